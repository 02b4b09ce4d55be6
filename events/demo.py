"""Demo agenda: a dozen events from the seed documents (Martigues and Pau), some to come and some past.

Taken from the seeds: the Pau workshop (001) wished for webinars, quarterly network breakfasts held each time in a
different member's place, and hackathons; the Martigues « Campus des innovations » (002) planned a hackathon of
digital tools for the territory with challenges brought by local actors, and afterworks for professionals; the
MairieBus session (000) described the bus and the « double écran » drop-in of the Pôle social.

Fictional but plausible: every event says so at the top of its description (as the demo places do on their page),
the contacts use example.org addresses and +33 1 99 00 numbers reserved for fiction.

Dates are relative to the day of loading (in Paris time): « the first Friday at least 38 days from today ». A second
run on the same day changes nothing; on another day it moves the dates (and the translations' dates with them).
Three events are translated into en, ar and es; the next network breakfast gets three fictional registrations.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from places.hours import is_public_holiday
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage
from proxinum.demo import body_stream, ensure_locales, translate_page, upsert_child

from .enums import EventAudience, EventKind, RegistrationMode, Where
from .models import EventIndexPage, EventPage
from .registration import register

PARIS = ZoneInfo(settings.TIME_ZONE)
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "fr"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

K = EventKind
A = EventAudience
DEMO_NOTICE = "Événement fictif, présenté comme exemple sur ce site de démonstration."
CAMPUS = {
    "venue": "Campus des innovations, grande halle",
    "address": "Quai Paul Doumer",
    "postcode": "13500",
    "commune": "Martigues",
    "latitude": 43.4058,
    "longitude": 5.0489,
}
NETWORK_64 = "Réseau d'inclusion numérique des Pyrénées-Atlantiques"

# Conventions of the data:
# - "date": (days, weekday): the first such weekday at least `days` days from today (negative: in the past), a
#   week further from today when the event would fall on a public holiday;
#   "hours": (start, end) in Paris time; "last_day": how many days after the first day the event ends;
# - "where": {"place": slug} (a place of the directory), {"tour": slug, "stop": slug} (a bus stop),
#   {"address": {...}} or {"online": url} (the link is sent to registered people only);
# - "registration": absent (none), {"link": url}, or {"capacity": n, "waiting_list": bool, "deadline": (days before
#   the first day, hour)};
# - "price": only for the events that are not free;
# - "body": (block, text) pairs; the demo notice is added on top. Challenges are (title, description, brought by),
#   the schedule (when, what), the jury (name, role), results (project, team, prize, description, url).
# fmt: off
EVENTS = [
    {
        "slug": "hackathon-des-outils-numeriques-du-territoire",
        "title": "Hackathon des outils numériques du territoire",
        "kind": K.HACKATHON, "audience": A.EVERYONE,
        "intro": "Un week-end pour inventer, avec les habitants et les services de Martigues, des outils numériques "
                 "qui facilitent l'accès aux services publics. Ouvert à tous, pas besoin de savoir coder.",
        "date": (38, "vendredi"), "hours": ("18:00", "17:00"), "last_day": 2,
        "where": {"address": CAMPUS},
        "registration": {"capacity": 60, "waiting_list": True, "deadline": (2, "12:00")},
        "accessibility": "Salle de plain-pied, accessible en fauteuil roulant, avec des toilettes adaptées. Boucle "
                         "magnétique à l'accueil. Une salle calme permet de se reposer. Dites-nous à l'inscription si "
                         "vous avez besoin d'un interprète en langue des signes.",
        "organiser": "Ville de Martigues – Campus des innovations",
        "email": "campus@proxinum.example.org", "phone": "+33 1 99 00 12 41",
        "body": [
            ("heading", "Pourquoi ce hackathon ?"),
            ("paragraph", "Un hackathon est un temps de travail collectif : en un week-end, des équipes conçoivent un "
                          "site, une application ou un service, et le testent avec des habitants."),
            ("paragraph", "Ici, les défis viennent des acteurs du territoire : le CCAS, la médiathèque, l'équipe du "
                          "MairieBus, une association de retraités, la Mission locale. Ils connaissent les difficultés "
                          "des habitants et restent avec les équipes tout le week-end."),
            ("heading", "Qui peut venir ?"),
            ("paragraph", "Tout le monde : habitants, agents de la ville, étudiants, développeurs, graphistes, "
                          "médiateurs numériques. On a autant besoin de personnes qui connaissent le terrain que de "
                          "personnes qui savent coder."),
            ("paragraph", "Les repas du week-end sont offerts. Venez avec votre ordinateur si vous en avez un : sinon, "
                          "nous vous en prêtons un."),
        ],
        "challenges": [
            ("Le bon guichet en trois questions",
             "Aider un habitant à savoir où s'adresser pour une démarche (CAF, retraite, logement) en répondant à trois "
             "questions simples, sans créer de compte.",
             "le CCAS de Martigues"),
            ("Où passe le MairieBus ?",
             "Prévenir les habitants des quartiers éloignés du passage du bus, par SMS ou par une affiche simple, et "
             "leur dire quels papiers apporter.",
             "l'équipe du MairieBus"),
            ("Un atelier près de chez moi",
             "Montrer en un coup d'œil les ateliers numériques de la semaine et les places qui restent, pour les "
             "personnes qui ne lisent pas bien le français.",
             "la médiathèque Louis-Aragon"),
            ("Garder le lien avec ses petits-enfants",
             "Imaginer avec des seniors une façon très simple de partager des photos et de passer un appel vidéo, et "
             "des rencontres entre générations pour l'apprendre.",
             "l'association Les Aînés connectés"),
            ("J'ai droit à ça ?",
             "Un parcours qui part de la situation d'un jeune (logement, emploi, transport) pour lui montrer les aides "
             "et les activités auxquelles il a droit à Martigues.",
             "la Mission locale du Pays de Martigues"),
        ],
        "schedule": [
            ("Vendredi 18 h", "Accueil, café et présentation des défis par celles et ceux qui les portent"),
            ("Vendredi 19 h 30", "Formation des équipes, puis repas"),
            ("Samedi 9 h", "Travail en équipes, avec les porteurs de défis"),
            ("Samedi 14 h", "Tests avec des habitants venus du MairieBus et de la médiathèque"),
            ("Samedi 18 h", "Point d'étape : chaque équipe montre où elle en est"),
            ("Dimanche 9 h 30", "Dernières améliorations et préparation de la présentation"),
            ("Dimanche 14 h", "Présentations au jury : 5 minutes par équipe"),
            ("Dimanche 16 h 30", "Résultats et pot de clôture"),
        ],
        "jury": [
            ("Hélène Roussel", "adjointe au maire chargée de l'innovation publique"),
            ("Karim Belkacem", "conseiller numérique du MairieBus"),
            ("Josiane Ferrero", "présidente de l'association Les Aînés connectés"),
            ("Thomas Nguyen", "développeur au tiers-lieu du Campus des innovations"),
        ],
    },
    {
        "slug": "hackathon-du-reseau-inclusion-numerique-pyrenees-atlantiques",
        "title": "Hackathon du réseau d'inclusion numérique des Pyrénées-Atlantiques",
        "kind": K.HACKATHON, "audience": A.PROFESSIONALS,
        "intro": "Deux jours pour fabriquer ensemble les outils dont le réseau a besoin : un annuaire partagé, un "
                 "diagnostic simple, des tutoriels pour les parents.",
        "date": (-130, "samedi"), "hours": ("09:00", "17:00"), "last_day": 1,
        "where": {"address": {"venue": "Salle des associations", "address": "Rue Carnot", "postcode": "64000",
                              "commune": "Pau", "latitude": 43.2988, "longitude": -0.369}},
        "registration": {"capacity": 40, "waiting_list": False},
        "accessibility": "Salle au rez-de-chaussée, accessible en fauteuil roulant. Places de stationnement réservées "
                         "devant l'entrée.",
        "organiser": NETWORK_64,
        "email": "reseau64@proxinum.example.org", "phone": "+33 1 99 00 12 42",
        "body": [
            ("heading", "Ce qui s'est passé"),
            ("paragraph", "Quarante membres du réseau (médiathèques, CCAS, Maisons du citoyen, cyber-bases, "
                          "associations) ont travaillé en six équipes. Les idées venaient du groupe de travail de Pau : "
                          "mieux orienter, mieux repérer les besoins, mieux former."),
            ("paragraph", "Merci aux équipes, et aux personnes accompagnées venues tester les outils le dimanche."),
        ],
        "challenges": [
            ("Un annuaire partagé du réseau",
             "Savoir en un coup d'œil ce que fait chaque structure : horaires, ateliers, places disponibles, et à qui "
             "s'adresser.",
             "les Maisons du citoyen de Pau"),
            ("Repérer les besoins dès le premier accueil",
             "Un questionnaire très court pour repérer, sans mettre mal à l'aise, une personne qui a besoin d'aide "
             "avec le numérique.",
             "les cyber-bases du Béarn"),
            ("Pronote expliqué aux parents",
             "Des tutoriels courts, en vidéo et sur papier, pour suivre la scolarité de ses enfants sans se perdre.",
             "des parents d'élèves d'Orthez"),
        ],
        "jury": [
            ("Martine Lacoste", "coordinatrice du réseau"),
            ("Julien Etchebarne", "responsable d'une cyber-base"),
            ("Aïcha Benali", "mère d'élève à Orthez"),
        ],
        "results": [
            ("Le Bon Guichet 64", "Équipe Relais : deux médiatrices, un agent de CCAS et deux étudiants", "1er prix",
             "Un annuaire partagé où chaque structure met à jour ses horaires, ses ateliers et ses places libres en "
             "deux minutes.",
             "https://bon-guichet-64.example.org/"),
            ("Diag'Express", "Équipe Premier accueil", "2e prix",
             "Cinq questions à poser à l'accueil pour savoir si une personne a besoin d'aide, et vers qui l'orienter.",
             ""),
            ("Pronote pas à pas", "Équipe Parents connectés", "Prix du public",
             "Six fiches et six vidéos de deux minutes, testées par des parents pendant le hackathon.", ""),
        ],
    },
    {
        "slug": "afterwork-des-aidants-numeriques-faire-pour-ou-faire-avec",
        "title": "Afterwork des aidants numériques : faire pour ou faire avec ?",
        "kind": K.AFTERWORK, "audience": A.PROFESSIONALS,
        "intro": "Un moment convivial entre professionnels qui aident le public avec le numérique : quand faire à la "
                 "place de la personne, quand lui apprendre à faire seule ?",
        "date": (15, "jeudi"), "hours": ("18:00", "20:00"),
        "where": {"address": {**CAMPUS, "venue": "Campus des innovations, la terrasse"}},
        "price": "5 €, gratuit pour les demandeurs d'emploi",
        "accessibility": "Lieu de plain-pied, accessible en fauteuil roulant. Boucle magnétique sur demande.",
        "organiser": "Campus des innovations de Martigues",
        "email": "afterwork@proxinum.example.org", "phone": "+33 1 99 00 12 43",
        "body": [
            ("paragraph", "Agents d'accueil, travailleurs sociaux, médiateurs numériques, bénévoles : venez partager "
                          "vos situations difficiles et vos astuces, autour d'un verre."),
            ("heading", "Au programme"),
            ("paragraph", "Une courte présentation du cadre : ce qu'un aidant peut faire pour une personne, et ce qu'il "
                          "ne doit pas faire. Puis des échanges en petits groupes à partir de situations vécues, "
                          "rendues anonymes."),
            ("paragraph", "La participation couvre le buffet. Sans inscription : venez quand vous pouvez."),
        ],
    },
    {
        "slug": "afterwork-des-aidants-numeriques-arnaques-en-ligne",
        "title": "Afterwork des aidants numériques : les arnaques en ligne",
        "kind": K.AFTERWORK, "audience": A.PROFESSIONALS,
        "intro": "Faux SMS, faux conseillers bancaires : comment aider les personnes accompagnées à reconnaître une "
                 "arnaque, sans leur faire peur du numérique.",
        "date": (-30, "jeudi"), "hours": ("18:00", "20:00"),
        "where": {"place": "epn-paradis-saint-roch-martigues"},
        "accessibility": "Espace accessible en fauteuil roulant, avec une place de stationnement réservée.",
        "organiser": "Espace public numérique de Paradis Saint-Roch",
        "email": "epn-paradis@proxinum.example.org", "phone": "+33 1 99 00 12 44",
        "body": [
            ("paragraph", "Une vingtaine de professionnels ont partagé les arnaques les plus fréquentes dans leurs "
                          "accueils, et les réflexes à transmettre."),
            ("paragraph", "Les exemples présentés ce soir-là ont nourri les tutoriels de la rubrique Ressources."),
        ],
    },
    {
        "slug": "petit-dejeuner-du-reseau-orthez",
        "title": "Petit-déjeuner du réseau à la Cyber-base d'Orthez",
        "kind": K.BREAKFAST, "audience": A.PROFESSIONALS,
        "intro": "Le rendez-vous de tous les trois mois du réseau d'inclusion numérique du Béarn, chez un membre "
                 "différent à chaque fois. Thème : orienter une personne sans la perdre en route.",
        "date": (20, "mardi"), "hours": ("08:30", "10:30"),
        "where": {"place": "cyber-base-orthez"},
        "registration": {"capacity": 25, "waiting_list": True},
        "accessibility": "Salle au rez-de-chaussée, accessible en fauteuil roulant. Dites-nous à l'inscription si vous "
                         "avez un besoin particulier.",
        "organiser": NETWORK_64,
        "email": "reseau64@proxinum.example.org", "phone": "+33 1 99 00 12 42",
        "body": [
            ("paragraph", "Café, viennoiseries et une heure d'échanges entre structures : médiathèques, CCAS, Maisons du "
                          "citoyen, cyber-bases, associations, opérateurs de services publics."),
            ("heading", "Au programme"),
            ("paragraph", "La Cyber-base présente ses ateliers et ses places disponibles. Puis on travaille ensemble "
                          "sur une question : comment passer le relais à une autre structure en donnant le nom d'une "
                          "personne, et pas seulement une adresse ?"),
            ("paragraph", "Le compte rendu sera envoyé avec la lettre d'information du réseau."),
        ],
    },
    {
        "slug": "petit-dejeuner-du-reseau-saragosse-pau",
        "title": "Petit-déjeuner du réseau à la Maison du citoyen de Saragosse",
        "kind": K.BREAKFAST, "audience": A.PROFESSIONALS,
        "intro": "Le rendez-vous trimestriel du réseau, à Pau. Thème : repérer dès le premier accueil les personnes "
                 "qui ont besoin d'aide avec le numérique.",
        "date": (-75, "mardi"), "hours": ("08:30", "10:30"),
        "where": {"place": "maison-du-citoyen-saragosse-pau"},
        "registration": {"capacity": 25, "waiting_list": True},
        "accessibility": "Accueil de plain-pied, accessible en fauteuil roulant.",
        "organiser": NETWORK_64,
        "email": "reseau64@proxinum.example.org", "phone": "+33 1 99 00 12 42",
        "body": [
            ("paragraph", "Vingt-deux participants ont comparé leurs façons de repérer les besoins : questions posées à "
                          "l'accueil, signes qui doivent alerter, outils de diagnostic."),
            ("paragraph", "Prochaine étape : tester un questionnaire commun de cinq questions dans trois structures "
                          "volontaires."),
        ],
    },
    {
        "slug": "webinaire-aider-a-reperer-les-arnaques-en-ligne",
        "title": "Webinaire : aider quelqu'un à repérer les arnaques en ligne",
        "kind": K.WEBINAR, "audience": A.PROFESSIONALS,
        "intro": "Une heure en ligne pour les aidants et les médiateurs : reconnaître les faux messages, réagir quand "
                 "une personne s'est fait piéger, et transmettre les bons réflexes.",
        "date": (10, "jeudi"), "hours": ("11:00", "12:00"),
        "where": {"online": "https://visio.example.org/proxinum-arnaques"},
        "registration": {"capacity": 100, "waiting_list": True},
        "accessibility": "Sous-titres en direct. Le support de présentation est envoyé la veille aux personnes "
                         "inscrites, dans un format lisible par les lecteurs d'écran. L'enregistrement est envoyé après "
                         "le webinaire.",
        "organiser": NETWORK_64,
        "email": "webinaires@proxinum.example.org", "phone": "+33 1 99 00 12 45",
        "body": [
            ("heading", "Au programme"),
            ("paragraph", "Les arnaques les plus fréquentes : faux SMS de livraison, faux conseillers bancaires, faux "
                          "sites administratifs."),
            ("paragraph", "Que faire quand une personne a donné ses codes : qui appeler, et dans quel ordre."),
            ("paragraph", "En parler sans faire peur : des phrases simples à utiliser avec le public."),
            ("heading", "Comment participer ?"),
            ("paragraph", "Inscrivez-vous avec le formulaire de cette page. Le lien de connexion vous est envoyé par "
                          "courriel. Un ordinateur ou un téléphone avec internet suffit."),
        ],
    },
    {
        "slug": "webinaire-valoriser-les-competences-numeriques",
        "title": "Webinaire : valoriser les compétences numériques avec Pix et les Open Badges",
        "kind": K.WEBINAR, "audience": A.PROFESSIONALS,
        "intro": "Comment reconnaître les progrès des personnes accompagnées : présentation de Pix et des Open Badges, "
                 "avec des exemples de structures du réseau.",
        "date": (-12, "jeudi"), "hours": ("11:00", "12:00"),
        "where": {"online": "https://visio.example.org/proxinum-competences"},
        "registration": {"capacity": 100, "waiting_list": True},
        "accessibility": "Sous-titres en direct. L'enregistrement et le support sont envoyés aux personnes inscrites.",
        "organiser": NETWORK_64,
        "email": "webinaires@proxinum.example.org", "phone": "+33 1 99 00 12 45",
        "body": [
            ("paragraph", "Un badge ou une certification aide une personne à montrer ce qu'elle sait faire, par "
                          "exemple à un employeur."),
            ("paragraph", "L'enregistrement a été envoyé aux personnes inscrites."),
        ],
    },
    {
        "slug": "atelier-numerique-du-mairiebus",
        "title": "Atelier numérique du MairieBus : créer son adresse e-mail",
        "kind": K.WORKSHOP, "audience": A.PUBLIC,
        "intro": "Dans le MairieBus, la conseillère numérique vous aide à créer votre adresse e-mail et à vous en "
                 "servir. Pour les débutants, sans rendez-vous.",
        "date": (5, "mardi"), "hours": ("14:00", "16:00"),
        "where": {"tour": "mairiebus-martigues", "stop": "arret-la-couronne"},
        "accessibility": "Le bus a une rampe d'accès pour les fauteuils roulants. Une tablette avec de gros caractères "
                         "est disponible.",
        "organiser": "Ville de Martigues – MairieBus",
        "email": "mairiebus@proxinum.example.org", "phone": "+33 1 99 00 12 46",
        "body": [
            ("paragraph", "Venez avec votre téléphone si vous en avez un, et une pièce d'identité. Sans téléphone, vous "
                          "pouvez utiliser une tablette du bus."),
            ("paragraph", "À la fin de l'atelier, vous repartez avec votre adresse e-mail et votre mot de passe notés "
                          "sur une fiche, à garder chez vous."),
            ("paragraph", "Sans inscription : présentez-vous au bus. Quatre personnes à la fois au plus ; si le bus est "
                          "plein, l'agent d'accueil vous propose un autre jour."),
        ],
    },
    {
        "slug": "atelier-bien-utiliser-son-smartphone",
        "title": "Atelier : bien utiliser son smartphone",
        "kind": K.WORKSHOP, "audience": A.PUBLIC,
        "intro": "Deux heures pour être plus à l'aise avec son téléphone : régler l'écran, installer une application, "
                 "faire de la place et protéger ses données.",
        "date": (8, "samedi"), "hours": ("10:00", "12:00"),
        "where": {"place": "mediatheque-louis-aragon-martigues"},
        "registration": {"capacity": 12, "waiting_list": True},
        "accessibility": "Médiathèque accessible en fauteuil roulant par l'entrée du quai. Boucle magnétique dans la "
                         "salle d'atelier. Des loupes et des téléphones à grosses touches sont prêtés sur place.",
        "organiser": "Médiathèque Louis-Aragon",
        "email": "mediatheque@proxinum.example.org", "phone": "+33 1 99 00 12 47",
        "body": [
            ("heading", "Au programme"),
            ("paragraph", "Agrandir le texte et régler la luminosité de l'écran."),
            ("paragraph", "Installer une application sans se tromper, et supprimer celles qui ne servent pas."),
            ("paragraph", "Libérer de la place pour garder ses photos."),
            ("paragraph", "Mettre un code pour protéger son téléphone et ses données."),
            ("heading", "À apporter"),
            ("paragraph", "Votre smartphone chargé, et vos codes si vous les connaissez. Pas de smartphone ? La "
                          "médiathèque vous en prête un pour l'atelier."),
        ],
    },
    {
        "slug": "permanence-numerique-du-pole-social",
        "title": "Permanence numérique du Pôle social : vos démarches en double écran",
        "kind": K.DROP_IN, "audience": A.PUBLIC,
        "intro": "Un agent fait avec vous vos démarches en ligne (CAF, retraite, santé, impôts) : vous voyez tout sur "
                 "votre propre écran.",
        "date": (3, "lundi"), "hours": ("09:00", "12:00"),
        "where": {"place": "cias-pole-social-martigues"},
        "accessibility": "Accueil de plain-pied, accessible en fauteuil roulant. Un interprète par téléphone est "
                         "possible dans plusieurs langues : demandez à l'accueil.",
        "organiser": "CIAS – Pôle social de Martigues",
        "email": "pole-social@proxinum.example.org", "phone": "+33 1 99 00 12 48",
        "body": [
            ("paragraph", "Le « double écran » : l'agent et vous voyez la même chose, chacun sur son écran. Vous faites "
                          "vous-même avec son aide, ou vous le regardez faire."),
            ("paragraph", "Apportez vos identifiants si vous en avez, vos courriers et votre carte Vitale."),
            ("paragraph", "Sans rendez-vous. Pour être sûr d'être reçu, venez avant 11 h 30."),
        ],
    },
    {
        "slug": "formation-aidants-connect",
        "title": "Formation Aidants Connect pour les professionnels",
        "kind": K.HELPER_TRAINING, "audience": A.PROFESSIONALS,
        "intro": "Une journée pour apprendre à faire des démarches en ligne pour le compte d'une personne, en toute "
                 "sécurité, avec l'outil Aidants Connect.",
        "date": (27, "lundi"), "hours": ("09:00", "17:00"), "all_day": True,
        "where": {"place": "maison-du-citoyen-ousse-des-bois-pau"},
        "registration": {"link": "https://formation.example.org/aidants-connect"},
        "accessibility": "Salle accessible en fauteuil roulant. Supports de formation remis sur papier et en version "
                         "numérique accessible.",
        "organiser": "Maisons du citoyen de Pau",
        "email": "aidants@proxinum.example.org", "phone": "+33 1 99 00 12 49",
        "body": [
            ("paragraph", "Aidants Connect est un service public : un professionnel habilité peut faire une démarche à "
                          "la place d'une personne qui ne peut pas la faire seule, avec son accord écrit."),
            ("heading", "Pour qui ?"),
            ("paragraph", "Agents d'accueil, travailleurs sociaux et médiateurs numériques dont la structure est "
                          "habilitée ou en cours d'habilitation."),
            ("paragraph", "L'inscription se fait sur le site de l'organisme de formation. Repas de midi libre."),
        ],
    },
]

# The next network breakfast gets these registrations (only while it has none), for the admin list and its export.
BREAKFAST = "petit-dejeuner-du-reseau-orthez"
REGISTRATIONS = [
    {"name": "Camille Exemple", "email": "camille.exemple@example.org", "phone": "+33 1 99 00 12 60"},
    {"name": "Dominique Essai", "email": "dominique.essai@example.org", "needs": "Accès en fauteuil roulant."},
    {"name": "Sacha Démo", "email": "sacha.demo@example.org"},
]
# The smartphone workshop, for the public: someone without an e-mail address (the organiser calls them), and someone
# registered by an aidant of the médiathèque with the aidant's own contact.
WORKSHOP = "atelier-bien-utiliser-son-smartphone"
WORKSHOP_REGISTRATIONS = [
    {"name": "Yvette Exemple", "phone": "+33 1 99 00 12 61"},
    {"name": "Ali Exemple", "registered_by": "Camille Exemple", "email": "camille.exemple@example.org"},
]

# Translations, with the shape of the French event (its "venue" for an address; names stay in the jury).
NOTICE = {
    "en": "Fictional event, shown as an example on this demonstration website.",
    "ar": "فعالية خيالية، معروضة كمثال على موقع العرض التجريبي هذا.",
    "es": "Evento ficticio, presentado como ejemplo en este sitio de demostración.",
}
TRANSLATIONS = {
    "hackathon-des-outils-numeriques-du-territoire": {
        "en": {
            "slug": "hackathon-of-digital-tools-for-the-area",
            "title": "Hackathon of digital tools for the area",
            "intro": "A weekend to invent, with the people and public services of Martigues, digital tools that make "
                     "public services easier to reach. Open to everyone, no coding skills needed.",
            "venue": "Campus des innovations, main hall",
            "accessibility": "Step-free hall, wheelchair accessible, with adapted toilets. Hearing loop at the "
                             "reception desk. A quiet room is available to rest. Tell us when you register if you need "
                             "a sign language interpreter.",
            "body": [
                "Why this hackathon?",
                "A hackathon is a time of collective work: in one weekend, teams design a website, an app or a service, "
                "and test it with local people.",
                "Here, the challenges come from local actors: the social services (CCAS), the library, the MairieBus "
                "team, a seniors' association, the youth employment centre (Mission locale). They know the "
                "difficulties people face and stay with the teams all weekend.",
                "Who can come?",
                "Everyone: residents, town staff, students, developers, designers, digital mediators. We need people "
                "who know the field as much as people who can code.",
                "Meals are provided all weekend. Bring your computer if you have one: if not, we will lend you one.",
            ],
            "challenges": [
                ("The right desk in three questions",
                 "Help residents know where to go for a procedure (family benefits, pension, housing) by answering "
                 "three simple questions, without creating an account.",
                 "the Martigues social services (CCAS)"),
                ("Where is the MairieBus today?",
                 "Let people in outlying neighbourhoods know when the bus is coming, by text message or a simple "
                 "poster, and which papers to bring.",
                 "the MairieBus team"),
                ("A workshop near me",
                 "Show at a glance this week's digital workshops and the seats left, for people who do not read French "
                 "well.",
                 "the Louis-Aragon library"),
                ("Staying in touch with the grandchildren",
                 "Imagine with older people a very simple way to share photos and make a video call, and meetings "
                 "between generations to learn it.",
                 "the Les Aînés connectés association"),
                ("Am I entitled to that?",
                 "A journey that starts from a young person's situation (housing, work, transport) to show them the "
                 "support and activities they are entitled to in Martigues.",
                 "the Mission locale du Pays de Martigues (youth employment centre)"),
            ],
            "schedule": [
                ("Friday, 6 pm", "Welcome, coffee and presentation of the challenges by the people who bring them"),
                ("Friday, 7:30 pm", "Teams are formed, then dinner"),
                ("Saturday, 9 am", "Teamwork, with the challenge owners"),
                ("Saturday, 2 pm", "Tests with residents who came from the MairieBus and the library"),
                ("Saturday, 6 pm", "Progress check: each team shows where it stands"),
                ("Sunday, 9:30 am", "Final improvements and preparing the presentation"),
                ("Sunday, 2 pm", "Presentations to the jury: 5 minutes per team"),
                ("Sunday, 4:30 pm", "Results and closing drinks"),
            ],
            "jury": [
                ("Hélène Roussel", "deputy mayor for public innovation"),
                ("Karim Belkacem", "digital adviser on the MairieBus"),
                ("Josiane Ferrero", "chair of the Les Aînés connectés association"),
                ("Thomas Nguyen", "developer at the Campus des innovations third place"),
            ],
        },
        "ar": {
            "slug": "hakathon-al-adawat-al-raqmiya-lil-mintaqa",
            "title": "هاكاثون الأدوات الرقمية للمنطقة",
            "intro": "عطلة نهاية أسبوع لابتكار أدوات رقمية تسهّل الوصول إلى الخدمات العامة، مع سكان مارتيغ "
                     "ومصالحها. مفتوح للجميع، ولا حاجة إلى معرفة البرمجة.",
            "venue": "Campus des innovations، القاعة الكبرى",
            "accessibility": "قاعة بلا درج، يمكن الوصول إليها بالكرسي المتحرك، مع مراحيض مهيأة. حلقة سمعية في مكتب "
                             "الاستقبال. توجد غرفة هادئة للراحة. أخبرنا عند التسجيل إذا كنت تحتاج إلى مترجم بلغة "
                             "الإشارة.",
            "body": [
                "لماذا هذا الهاكاثون؟",
                "الهاكاثون وقت للعمل الجماعي: في عطلة نهاية أسبوع واحدة، تصمّم فرق موقعًا أو تطبيقًا أو خدمة، "
                "وتختبرها مع السكان.",
                "هنا، تأتي التحديات من الفاعلين في المنطقة: المركز البلدي للعمل الاجتماعي (CCAS)، والمكتبة، وفريق "
                "MairieBus، وجمعية للمتقاعدين، ومركز تشغيل الشباب (Mission locale). إنهم يعرفون الصعوبات التي "
                "يواجهها السكان ويبقون مع الفرق طوال عطلة نهاية الأسبوع.",
                "من يمكنه المشاركة؟",
                "الجميع: السكان، وموظفو البلدية، والطلاب، والمطوّرون، والمصمّمون، والوسطاء الرقميون. نحتاج إلى من "
                "يعرفون الميدان بقدر ما نحتاج إلى من يعرفون البرمجة.",
                "وجبات عطلة نهاية الأسبوع مجانية. أحضر حاسوبك إن كان لديك واحد، وإلا فسنعيرك حاسوبًا.",
            ],
            "challenges": [
                ("الشباك المناسب في ثلاثة أسئلة",
                 "مساعدة الساكن على معرفة الجهة التي يتوجه إليها لإنجاز إجراء (المنح العائلية، التقاعد، السكن) "
                 "بالإجابة عن ثلاثة أسئلة بسيطة، دون إنشاء حساب.",
                 "المركز البلدي للعمل الاجتماعي في مارتيغ (CCAS)"),
                ("أين تمر حافلة MairieBus؟",
                 "إعلام سكان الأحياء البعيدة بموعد مرور الحافلة، برسالة نصية أو بملصق بسيط، وإخبارهم بالوثائق التي "
                 "يجب إحضارها.",
                 "فريق MairieBus"),
                ("ورشة قريبة مني",
                 "عرض الورشات الرقمية لهذا الأسبوع والأماكن المتبقية فيها بنظرة واحدة، للأشخاص الذين لا يقرؤون "
                 "الفرنسية جيدًا.",
                 "مكتبة لويس أراغون"),
                ("البقاء على تواصل مع الأحفاد",
                 "ابتكار طريقة بسيطة جدًا مع كبار السن لمشاركة الصور وإجراء مكالمة فيديو، ولقاءات بين الأجيال "
                 "لتعلّمها.",
                 "جمعية Les Aînés connectés"),
                ("هل يحق لي ذلك؟",
                 "مسار ينطلق من وضع الشاب (السكن، العمل، التنقل) ليعرّفه بالمساعدات والأنشطة التي يحق له الاستفادة "
                 "منها في مارتيغ.",
                 "مركز تشغيل الشباب في منطقة مارتيغ (Mission locale)"),
            ],
            "schedule": [
                ("الجمعة، 18:00", "الاستقبال والقهوة وتقديم التحديات من قِبل أصحابها"),
                ("الجمعة، 19:30", "تكوين الفرق، ثم العشاء"),
                ("السبت، 9:00", "العمل ضمن الفرق، مع أصحاب التحديات"),
                ("السبت، 14:00", "اختبارات مع سكان قدموا من حافلة MairieBus ومن المكتبة"),
                ("السبت، 18:00", "نقطة مرحلية: يعرض كل فريق ما أنجزه"),
                ("الأحد، 9:30", "التحسينات الأخيرة وتحضير العرض"),
                ("الأحد، 14:00", "العروض أمام لجنة التحكيم: 5 دقائق لكل فريق"),
                ("الأحد، 16:30", "النتائج وحفل الختام"),
            ],
            "jury": [
                ("هيلين روسيل", "نائبة رئيس البلدية المكلفة بالابتكار العمومي"),
                ("كريم بلقاسم", "مستشار رقمي في حافلة MairieBus"),
                ("جوزيان فيريرو", "رئيسة جمعية Les Aînés connectés"),
                ("توما نغوين", "مطوّر في الفضاء الثالث Campus des innovations"),
            ],
        },
        "es": {
            "slug": "hackaton-de-herramientas-digitales-del-territorio",
            "title": "Hackatón de herramientas digitales del territorio",
            "intro": "Un fin de semana para inventar, con los vecinos y los servicios de Martigues, herramientas "
                     "digitales que faciliten el acceso a los servicios públicos. Abierto a todos, no hace falta saber "
                     "programar.",
            "venue": "Campus des innovations, nave principal",
            "accessibility": "Sala sin escalones, accesible en silla de ruedas, con aseos adaptados. Bucle magnético "
                             "en la recepción. Hay una sala tranquila para descansar. Indíquenos al inscribirse si "
                             "necesita un intérprete de lengua de signos.",
            "body": [
                "¿Por qué este hackatón?",
                "Un hackatón es un tiempo de trabajo colectivo: en un fin de semana, unos equipos diseñan un sitio "
                "web, una aplicación o un servicio, y lo prueban con vecinos.",
                "Aquí, los retos vienen de los actores del territorio: los servicios sociales (CCAS), la biblioteca, "
                "el equipo del MairieBus, una asociación de jubilados, la Mission locale (empleo juvenil). Conocen las "
                "dificultades de los vecinos y se quedan con los equipos todo el fin de semana.",
                "¿Quién puede venir?",
                "Todo el mundo: vecinos, personal del ayuntamiento, estudiantes, desarrolladores, diseñadores, "
                "mediadores digitales. Necesitamos tanto a personas que conocen el terreno como a personas que saben "
                "programar.",
                "Las comidas del fin de semana son gratuitas. Traiga su ordenador si tiene uno: si no, le prestamos "
                "uno.",
            ],
            "challenges": [
                ("La ventanilla adecuada en tres preguntas",
                 "Ayudar a un vecino a saber adónde dirigirse para un trámite (prestaciones familiares, jubilación, "
                 "vivienda) respondiendo a tres preguntas sencillas, sin crear una cuenta.",
                 "el CCAS de Martigues (servicios sociales)"),
                ("¿Por dónde pasa el MairieBus?",
                 "Avisar a los vecinos de los barrios alejados del paso del autobús, por SMS o con un cartel sencillo, "
                 "y decirles qué papeles deben llevar.",
                 "el equipo del MairieBus"),
                ("Un taller cerca de mí",
                 "Mostrar de un vistazo los talleres digitales de la semana y las plazas que quedan, para las personas "
                 "que no leen bien el francés.",
                 "la biblioteca Louis-Aragon"),
                ("Mantener el contacto con los nietos",
                 "Imaginar con personas mayores una forma muy sencilla de compartir fotos y hacer una videollamada, y "
                 "encuentros entre generaciones para aprenderlo.",
                 "la asociación Les Aînés connectés"),
                ("¿Tengo derecho a eso?",
                 "Un recorrido que parte de la situación de un joven (vivienda, empleo, transporte) para mostrarle las "
                 "ayudas y las actividades a las que tiene derecho en Martigues.",
                 "la Mission locale du Pays de Martigues (empleo juvenil)"),
            ],
            "schedule": [
                ("Viernes, 18:00", "Acogida, café y presentación de los retos por quienes los proponen"),
                ("Viernes, 19:30", "Formación de los equipos y cena"),
                ("Sábado, 9:00", "Trabajo en equipos, con quienes proponen los retos"),
                ("Sábado, 14:00", "Pruebas con vecinos que vienen del MairieBus y de la biblioteca"),
                ("Sábado, 18:00", "Punto de etapa: cada equipo muestra en qué punto está"),
                ("Domingo, 9:30", "Últimas mejoras y preparación de la presentación"),
                ("Domingo, 14:00", "Presentaciones ante el jurado: 5 minutos por equipo"),
                ("Domingo, 16:30", "Resultados y copa de clausura"),
            ],
            "jury": [
                ("Hélène Roussel", "teniente de alcalde de innovación pública"),
                ("Karim Belkacem", "asesor digital del MairieBus"),
                ("Josiane Ferrero", "presidenta de la asociación Les Aînés connectés"),
                ("Thomas Nguyen", "desarrollador en el tercer lugar del Campus des innovations"),
            ],
        },
    },
    "atelier-bien-utiliser-son-smartphone": {
        "en": {
            "slug": "workshop-making-good-use-of-your-smartphone",
            "title": "Workshop: making good use of your smartphone",
            "intro": "Two hours to feel more at ease with your phone: adjust the screen, install an app, free up space "
                     "and protect your data.",
            "accessibility": "The library is wheelchair accessible through the quayside entrance. Hearing loop in the "
                             "workshop room. Magnifiers and phones with big buttons are lent on site.",
            "body": [
                "What we will do",
                "Make the text bigger and adjust the screen brightness.",
                "Install an app without making a mistake, and delete the ones you do not use.",
                "Free up space to keep your photos.",
                "Set a code to protect your phone and your data.",
                "What to bring",
                "Your charged smartphone, and your codes if you know them. No smartphone? The library lends you one "
                "for the workshop.",
            ],
        },
        "ar": {
            "slug": "warsha-istimal-al-hatif-al-dhaki",
            "title": "ورشة: استعمال الهاتف الذكي استعمالًا جيدًا",
            "intro": "ساعتان لتكون أكثر ارتياحًا مع هاتفك: ضبط الشاشة، وتثبيت تطبيق، وتحرير المساحة، وحماية "
                     "بياناتك.",
            "accessibility": "يمكن الوصول إلى المكتبة بالكرسي المتحرك من مدخل الرصيف. حلقة سمعية في قاعة الورشة. "
                             "تُعار على عين المكان عدسات مكبّرة وهواتف بأزرار كبيرة.",
            "body": [
                "البرنامج",
                "تكبير النص وضبط سطوع الشاشة.",
                "تثبيت تطبيق دون خطأ، وحذف التطبيقات التي لا تستعملها.",
                "تحرير المساحة للاحتفاظ بصورك.",
                "وضع رمز لحماية هاتفك وبياناتك.",
                "ما يجب إحضاره",
                "هاتفك الذكي مشحونًا، ورموزك إن كنت تعرفها. ليس لديك هاتف ذكي؟ تعيرك المكتبة هاتفًا طوال الورشة.",
            ],
        },
        "es": {
            "slug": "taller-usar-bien-el-smartphone",
            "title": "Taller: usar bien el smartphone",
            "intro": "Dos horas para sentirse más cómodo con el teléfono: ajustar la pantalla, instalar una "
                     "aplicación, liberar espacio y proteger sus datos.",
            "accessibility": "Biblioteca accesible en silla de ruedas por la entrada del muelle. Bucle magnético en la "
                             "sala del taller. Se prestan lupas y teléfonos con teclas grandes.",
            "body": [
                "Programa",
                "Agrandar el texto y ajustar el brillo de la pantalla.",
                "Instalar una aplicación sin equivocarse, y borrar las que no se usan.",
                "Liberar espacio para guardar sus fotos.",
                "Poner un código para proteger el teléfono y sus datos.",
                "Qué traer",
                "Su smartphone cargado, y sus códigos si los conoce. ¿No tiene smartphone? La biblioteca le presta uno "
                "para el taller.",
            ],
        },
    },
    "webinaire-aider-a-reperer-les-arnaques-en-ligne": {
        "en": {
            "slug": "webinar-helping-someone-spot-online-scams",
            "title": "Webinar: helping someone spot online scams",
            "intro": "One hour online for helpers and mediators: recognise fake messages, react when someone has been "
                     "tricked, and pass on the right habits.",
            "accessibility": "Live captions. The slides are sent the day before to registered people, in a format "
                             "screen readers can read. The recording is sent after the webinar.",
            "body": [
                "Programme",
                "The most common scams: fake delivery text messages, fake bank advisers, fake government websites.",
                "What to do when someone has given away their codes: who to call, and in what order.",
                "Talking about it without frightening people: simple sentences to use with the public.",
                "How to take part?",
                "Register with the form on this page. The link to join is sent to you by email. A computer or a phone "
                "with internet is enough.",
            ],
        },
        "ar": {
            "slug": "nadwa-kashf-al-ihtiyal-ala-al-internet",
            "title": "ندوة عبر الإنترنت: مساعدة شخص على كشف الاحتيال عبر الإنترنت",
            "intro": "ساعة عبر الإنترنت للمرافقين والوسطاء: التعرّف على الرسائل المزيفة، والتصرّف عندما يقع شخص في "
                     "فخ، ونقل العادات الصحيحة.",
            "accessibility": "ترجمة نصية مباشرة. يُرسل عرض التقديم إلى المسجّلين في اليوم السابق، بصيغة تقرؤها "
                             "برامج قراءة الشاشة. ويُرسل التسجيل بعد الندوة.",
            "body": [
                "البرنامج",
                "أكثر أنواع الاحتيال شيوعًا: رسائل نصية مزيفة عن التوصيل، ومستشارون مصرفيون مزيفون، ومواقع إدارية "
                "مزيفة.",
                "ما العمل عندما يعطي شخص رموزه السرية: بمن نتصل، وبأي ترتيب.",
                "الحديث عن الموضوع دون إثارة الخوف: جمل بسيطة لاستعمالها مع الجمهور.",
                "كيف تشارك؟",
                "سجّل بواسطة الاستمارة في هذه الصفحة. يُرسل إليك رابط الاتصال بالبريد الإلكتروني. يكفي حاسوب أو "
                "هاتف متصل بالإنترنت.",
            ],
        },
        "es": {
            "slug": "webinario-ayudar-a-detectar-las-estafas-en-linea",
            "title": "Webinario: ayudar a alguien a detectar las estafas en línea",
            "intro": "Una hora en línea para acompañantes y mediadores: reconocer los mensajes falsos, reaccionar "
                     "cuando una persona ha caído en la trampa y transmitir los buenos reflejos.",
            "accessibility": "Subtítulos en directo. La presentación se envía la víspera a las personas inscritas, en "
                             "un formato legible por los lectores de pantalla. La grabación se envía después del "
                             "webinario.",
            "body": [
                "Programa",
                "Las estafas más frecuentes: falsos SMS de entrega, falsos asesores bancarios, falsos sitios de la "
                "administración.",
                "Qué hacer cuando una persona ha dado sus códigos: a quién llamar y en qué orden.",
                "Hablar de ello sin dar miedo: frases sencillas para usar con el público.",
                "¿Cómo participar?",
                "Inscríbase con el formulario de esta página. El enlace de conexión se le envía por correo "
                "electrónico. Basta con un ordenador o un teléfono con internet.",
            ],
        },
    },
}
# fmt: on


# Dates -----------------------------------------------------------------------------------------------------------


def first_day(today, days, weekday):
    """The first `weekday` (in French) at least `days` days after `today` (before it when negative)."""
    day = today + timedelta(days=days)
    return day + timedelta(days=(WEEKDAYS.index(weekday) - day.weekday()) % 7)


def _at(day, hour):
    hours, minutes = (int(part) for part in hour.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=PARIS)


def _dates(event, today):
    days, weekday = event["date"]
    day = first_day(today, days, weekday)
    span = [day + timedelta(days=offset) for offset in range(event.get("last_day", 0) + 1)]
    while any(is_public_holiday(one) for one in span):
        # Not on a public holiday (the places are closed): a week further from today.
        step = timedelta(days=7 if days >= 0 else -7)
        day, span = day + step, [one + step for one in span]
    start, end = event["hours"]
    return {
        "start": _at(day, start),
        "end": _at(day + timedelta(days=event.get("last_day", 0)), end),
        "all_day": event.get("all_day", False),
    }


# Fields ----------------------------------------------------------------------------------------------------------


def _place_id(where, french):
    if "stop" in where:
        tour = MobileTourPage.objects.get(locale=french, slug=where["tour"])
        stops = MobileStopPage.objects.child_of(tour).live().order_by("path")
        stop = stops.filter(slug=where["stop"]).first() or stops.first()
        if stop is None:
            raise LookupError(f"The tour {where['tour']} has no live stop: run the places demo first.")
        return stop.pk
    place = MediationPlacePage.objects.live().filter(locale=french, slug=where["place"]).first()
    if place is None:
        raise LookupError(f"No live place {where['place']}: run the places demo first.")
    return place.pk


def _where(where, french):
    """The location fields. An event in a place takes its address from the place (EventPage.copy_place_facts)."""
    if "place" in where or "stop" in where:
        return {
            "where": Where.PLACE,
            "place_id": _place_id(where, french),
            "venue": "",
            "online_url": "",
            "online_url_private": False,
        }
    if "online" in where:
        return {
            "where": Where.ONLINE,
            "place_id": None,
            "venue": "",
            "address": "",
            "postcode": "",
            "commune": "",
            "latitude": None,
            "longitude": None,
            "online_url": where["online"],
            "online_url_private": True,
        }
    return {"where": Where.ADDRESS, "place_id": None, **where["address"], "online_url": "", "online_url_private": False}


def _registration(registration, event_start):
    fields = {
        "registration": RegistrationMode.NONE,
        "registration_url": "",
        "capacity": None,
        "waiting_list": True,
        "registration_deadline": None,
    }
    if registration is None:
        return fields
    if "link" in registration:
        return {**fields, "registration": RegistrationMode.EXTERNAL, "registration_url": registration["link"]}
    deadline = None
    if "deadline" in registration:
        days_before, hour = registration["deadline"]
        deadline = _at(event_start.astimezone(PARIS).date() - timedelta(days=days_before), hour)
    return {
        **fields,
        "registration": RegistrationMode.FORM,
        "capacity": registration["capacity"],
        "waiting_list": registration["waiting_list"],
        "registration_deadline": deadline,
    }


def _body(blocks):
    return [{"type": "callout", "value": {"kind": "info", "text": f"<p>{DEMO_NOTICE}</p>"}}, *body_stream(blocks)]


def _stream(block_type, names, rows):
    """A hackathon list (challenges, schedule, jury, results) from tuples, with every field of the block."""
    return [{"type": block_type, "value": dict(zip(names, row, strict=True))} for row in rows]


def event_fields(event, today, french):
    dates = _dates(event, today)
    return {
        "title": event["title"],
        "kind": event["kind"],
        "audience": event["audience"],
        "intro": event["intro"],
        **dates,
        **_where(event["where"], french),
        **_registration(event.get("registration"), dates["start"]),
        "is_free": "price" not in event,
        "price": event.get("price", ""),
        "accessibility": event["accessibility"],
        "organiser": event["organiser"],
        "contact_email": event["email"],
        "contact_phone": event["phone"],
        "body": _body(event["body"]),
        "challenges": _stream("challenge", ["title", "description", "brought_by"], event.get("challenges", [])),
        "schedule": _stream("item", ["time", "activity"], event.get("schedule", [])),
        "jury": _stream("member", ["name", "role"], event.get("jury", [])),
        "results": _stream("result", ["project", "team", "prize", "description", "url"], event.get("results", [])),
    }


# Translations ----------------------------------------------------------------------------------------------------


def translation_strings(event, translation, language):
    """Map each French string of `event` to its translation (same shape, see TRANSLATIONS)."""
    strings = {DEMO_NOTICE: NOTICE[language]}
    french = {**event, "venue": event["where"].get("address", {}).get("venue")}
    for key in ("slug", "title", "intro", "venue", "accessibility"):
        if key in translation:
            strings[french[key]] = translation[key]
    for (_kind, source), target in zip(event["body"], translation["body"], strict=True):
        strings[source] = target
    for key in ("challenges", "schedule", "jury"):
        for source_row, target_row in zip(event.get(key, []), translation.get(key, []), strict=True):
            strings.update(zip(source_row, target_row, strict=True))
    return strings


# Loading ---------------------------------------------------------------------------------------------------------


def _demo_registrations(page, people):
    """Registrations through the site's own rules, only while the event has none (re-runs add nothing)."""
    if page.registrations.exists():
        return 0
    for person in people:
        register(page, **person)
    return len(people)


def load(log=print, today=None):
    """`today` (a date, for tests): the day the dates are counted from; by default today in Paris."""
    locales = ensure_locales(["fr", *LANGUAGES])
    agenda = EventIndexPage.objects.get(locale=locales["fr"], slug="agenda")
    today = today or timezone.localdate(timezone=PARIS)
    pages = {}
    for event in EVENTS:
        pages[event["slug"]] = upsert_child(
            agenda, EventPage, event["slug"], **event_fields(event, today, locales["fr"])
        )
    by_slug = {event["slug"]: event for event in EVENTS}
    for slug, languages in TRANSLATIONS.items():
        page, changed = pages[slug]
        for code, translation in languages.items():
            # When the French page changed (new dates), its translations take the new dates too.
            translate_page(page, locales[code], translation_strings(by_slug[slug], translation, code), force=changed)
    registered = _demo_registrations(pages[BREAKFAST][0], REGISTRATIONS)
    registered += _demo_registrations(pages[WORKSHOP][0], WORKSHOP_REGISTRATIONS)
    upcoming = sum(1 for page, _changed in pages.values() if not page.is_past())
    log(
        f"  {len(EVENTS)} demo events ({upcoming} to come), {len(TRANSLATIONS)} translated, "
        f"{registered} demo registrations added"
    )
