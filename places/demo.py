"""Demo places from the seed documents' territories (Martigues, Pau and Béarn, Biarritz, Strasbourg).

Fictional but plausible: each is marked `is_demo` and says so on its page. Re-runnable without duplicates.
"""

from datetime import date

from wagtail.models import Locale

from proxinum.demo import translate_page, upsert_child

from . import enums
from .models import MediationPlacePage, MobileStopPage, MobileTourPage, PlaceIndexPage

S = enums.Service
DEMO_PHONE = "+33199001234"  # reserved by ARCEP for fiction
# fmt: off
FIXED = [
    # slug, name, address, postcode, commune, insee, lat, lon, typology, hours, services, extra
    (
        "mediatheque-louis-aragon-martigues",
        "Médiathèque Louis-Aragon",
        "Quai des Anglais",
        "13500",
        "Martigues",
        "13056",
        43.4049,
        5.0536,
        ["BIB"],
        "Tu,Th,Fr 13:00-18:00; We,Sa 10:00-18:00; PH off",
        [S.EVERYDAY_TOOLS, S.INTERNET_ACCESS, S.LEISURE, S.UNDERSTANDING],
        {
            "publics": ["Familles et/ou enfants", "Seniors"],
            "support_modes": ["En autonomie", "Dans un atelier collectif"],
            "access_modes": ["Se présenter"],
            "national_programmes": ["Conseillers numériques"],
            "summary": "Des ordinateurs en accès libre et des ateliers pour apprendre à utiliser son téléphone ou internet.",
        },
    ),
    (
        "epn-paradis-saint-roch-martigues",
        "Espace public numérique de Paradis Saint-Roch",
        "Avenue Louis Sammut",
        "13500",
        "Martigues",
        "13056",
        43.4188,
        5.0592,
        ["EPN"],
        "Mo-Fr 09:00-12:00,14:00-17:30; PH off",
        [S.EVERYDAY_TOOLS, S.ADMIN_PROCEDURES, S.EMPLOYMENT, S.SAFE_USE],
        {
            "publics": ["Jeunes", "Seniors"],
            "support_modes": ["Accompagnement individuel", "Dans un atelier collectif"],
            "access_modes": ["Se présenter", "Téléphoner"],
            "specific_support": ["Illettrisme"],
            "summary": "Aide pour vos démarches en ligne et ateliers pour débuter sur ordinateur, avec un médiateur.",
        },
    ),
    (
        "cias-pole-social-martigues",
        "CIAS – Pôle social de Martigues",
        "Rue Lamartine",
        "13500",
        "Martigues",
        "13056",
        43.4036,
        5.0583,
        ["CCAS"],
        "Mo-Fr 08:30-12:00,13:30-16:30; PH off",
        [S.ADMIN_PROCEDURES, S.EQUIPMENT_PURCHASE],
        {
            "national_programmes": ["Aidants Connect"],
            "support_modes": ["Accompagnement individuel"],
            "access_modes": ["Téléphoner", "Prendre un RDV en ligne"],
            "specific_support": ["Langues étrangères (autres)"],
            "summary": "Un agent fait avec vous ou pour vous vos démarches CAF, retraite, santé, sur rendez-vous.",
        },
    ),
    (
        "maison-de-quartier-canto-perdrix-martigues",
        "Maison de quartier de Canto-Perdrix",
        "Boulevard Fernand Pouillon",
        "13500",
        "Martigues",
        "13056",
        43.4117,
        5.0421,
        ["MQ"],
        "Mo,Tu,Th 14:00-18:00; We 09:00-12:00; PH off",
        [S.EVERYDAY_TOOLS, S.PARENTING],
        {
            "publics": ["Familles et/ou enfants"],
            "support_modes": ["Dans un atelier collectif"],
            "access_modes": ["Se présenter"],
            "summary": "Ateliers parents : suivre la scolarité avec Pronote, protéger ses enfants sur internet.",
        },
    ),
    (
        "maison-du-citoyen-ousse-des-bois-pau",
        "Maison du citoyen de l'Ousse-des-Bois",
        "Rue Jules Supervielle",
        "64000",
        "Pau",
        "64445",
        43.3135,
        -0.3497,
        ["MDH"],
        "Mo-Fr 09:00-12:00,13:30-17:00; PH off",
        [S.ADMIN_PROCEDURES, S.EVERYDAY_TOOLS, S.EMPLOYMENT],
        {
            "national_programmes": ["France Services", "Conseillers numériques"],
            "support_modes": ["Accompagnement individuel"],
            "access_modes": ["Se présenter", "Téléphoner"],
            "summary": "France Services : aide aux démarches administratives et accès à un ordinateur, sans rendez-vous.",
        },
    ),
    (
        "maison-du-citoyen-saragosse-pau",
        "Maison du citoyen de Saragosse",
        "Avenue de Saragosse",
        "64000",
        "Pau",
        "64445",
        43.3021,
        -0.3903,
        ["MDH"],
        "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off",
        [S.ADMIN_PROCEDURES, S.EVERYDAY_TOOLS],
        {
            "support_modes": ["Accompagnement individuel", "En autonomie"],
            "access_modes": ["Se présenter"],
            "summary": "Accès libre à des ordinateurs et aide pour les démarches en ligne.",
        },
    ),
    (
        "cyber-base-mourenx",
        "Cyber-base de Mourenx",
        "Place des Chartreux",
        "64150",
        "Mourenx",
        "64410",
        43.3809,
        -0.6235,
        ["EPN"],
        "Tu-Fr 14:00-18:00; Sa 09:30-12:30; PH off",
        [S.EVERYDAY_TOOLS, S.LEISURE, S.EMPLOYMENT],
        {
            "support_modes": ["Dans un atelier collectif", "En autonomie"],
            "access_modes": ["Se présenter"],
            "training_labels": ["Étapes numériques (La Poste)"],
            "summary": "Ateliers d'initiation : ordinateur, tablette, courriel, recherche d'emploi.",
        },
    ),
    (
        "cyber-base-orthez",
        "Cyber-base d'Orthez",
        "Rue des Jacobins",
        "64300",
        "Orthez",
        "64430",
        43.4884,
        -0.7716,
        ["EPN"],
        "Mo-Fr 09:00-12:00,14:00-18:00; PH off",
        [S.EVERYDAY_TOOLS, S.SAFE_USE, S.INTERNET_ACCESS],
        {
            "support_modes": ["Dans un atelier collectif"],
            "access_modes": ["Se présenter", "Téléphoner"],
            "summary": "Ateliers pour débuter et pour éviter les arnaques sur internet.",
        },
    ),
    (
        "ccas-biarritz",
        "CCAS de Biarritz",
        "Rue Pelletier",
        "64200",
        "Biarritz",
        "64122",
        43.4815,
        -1.5560,
        ["CCAS"],
        "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
        [S.ADMIN_PROCEDURES],
        {
            "publics": ["Seniors"],
            "support_modes": ["Accompagnement individuel"],
            "access_modes": ["Téléphoner", "Prendre un RDV en ligne"],
            "fees": ["Gratuit"],
            "summary": "Aide pour les démarches en ligne des personnes âgées, sur rendez-vous.",
        },
    ),
    (
        "mediatheque-andre-malraux-strasbourg",
        "Médiathèque André-Malraux",
        "1 presqu'île André-Malraux",
        "67100",
        "Strasbourg",
        "67482",
        48.5779,
        7.7629,
        ["BIB"],
        "Tu-Sa 10:00-19:00; Su 14:00-18:00; PH off",
        [S.EVERYDAY_TOOLS, S.INTERNET_ACCESS, S.UNDERSTANDING, S.LEISURE],
        {
            "specific_support": ["Surdité", "Déficience visuelle", "Langues étrangères (anglais)"],
            "support_modes": ["En autonomie", "Dans un atelier collectif"],
            "access_modes": ["Se présenter"],
            "national_programmes": ["Bibliothèques numérique de référence"],
            "summary": "Postes internet, ateliers numériques et accueil adapté aux personnes sourdes ou malvoyantes.",
        },
    ),
    (
        "mediatheque-olympe-de-gouges-strasbourg", "Médiathèque Olympe-de-Gouges", "3 rue Kuhn", "67000",
        "Strasbourg", "67482", 48.5862, 7.7396, ["BIB"], "Tu,Th,Fr 13:00-19:00; We,Sa 10:00-18:00; PH off",
        [S.EVERYDAY_TOOLS, S.INTERNET_ACCESS, S.SAFE_USE],
        {"publics": ["Seniors"], "support_modes": ["Dans un atelier collectif", "En autonomie"],
         "access_modes": ["Se présenter"],
         "summary": "Ateliers « premiers pas » sur tablette et ordinateur, et postes internet en accès libre."},
    ),
    (
        "centre-socioculturel-hautepierre-strasbourg",
        "Centre socioculturel de Hautepierre",
        "Place André Maurois",
        "67200",
        "Strasbourg",
        "67482",
        48.5932,
        7.6998,
        ["CS"],
        "Mo-Fr 09:00-12:00,14:00-18:00",
        [S.ADMIN_PROCEDURES, S.PARENTING, S.EVERYDAY_TOOLS],
        {
            "publics": ["Familles et/ou enfants", "Femmes"],
            "specific_support": ["Langues étrangères (autres)", "Illettrisme"],
            "support_modes": ["Accompagnement individuel", "Dans un atelier collectif"],
            "access_modes": ["Se présenter"],
            "summary": "Permanences d'aide aux démarches et ateliers numériques pour les familles, en plusieurs langues.",
        },
    ),
    (
        "centre-social-meinau-strasbourg",
        "Centre social de la Meinau",
        "Rue de Provence",
        "67100",
        "Strasbourg",
        "67482",
        48.5522,
        7.7567,
        ["CS"],
        "Mo-Fr 14:00-18:00; PH off",
        [S.EVERYDAY_TOOLS, S.EQUIPMENT_PURCHASE],
        {
            "support_modes": ["Dans un atelier collectif"],
            "access_modes": ["Se présenter"],
            "national_programmes": ["Emmaüs Connect"],
            "summary": "Recharges téléphone et internet à prix solidaire, ordinateurs reconditionnés, ateliers.",
        },
    ),
]

# fmt: on

# Accessibility, languages and how to get there (not in the open-data standard: see places/accessibility.py).
# A fact left out is unknown, and the page says nothing of it.
ACCESS = {
    "mediatheque-louis-aragon-martigues": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True, "hearing_loop": True,
        "spoken_languages": ["fr", "en", "es"],
        "public_transport": "Bus Ulysse lignes 22 et 25, arrêt Hôtel de Ville, puis 200 m à pied le long du canal.",
        "parking": "Parking gratuit de l'Hôtel de Ville, à 200 m ; deux places réservées devant l'entrée.",
    },
    "epn-paradis-saint-roch-martigues": {
        "accessible_toilets": False, "spoken_languages": ["fr", "ar"],
        "public_transport": "Bus Ulysse ligne 3, arrêt Paradis Saint-Roch.",
    },
    "cias-pole-social-martigues": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True, "hearing_loop": True,
        "sign_language": False, "spoken_languages": ["fr", "ar", "es", "pt"],
        "public_transport": "Bus Ulysse lignes 1 et 4, arrêt Lamartine.",
        "parking": "Parking payant du cours du 4-Septembre, à 100 m.",
    },
    "maison-de-quartier-canto-perdrix-martigues": {
        "step_free_entrance": False, "spoken_languages": ["fr", "ar", "ber", "tr"],
        "public_transport": "Bus Ulysse ligne 2, arrêt Canto-Perdrix.",
        "parking": "Parking gratuit au pied des immeubles.",
    },
    "maison-du-citoyen-ousse-des-bois-pau": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True, "hearing_loop": True,
        "sign_language": True, "spoken_languages": ["fr", "ar", "tr"],
        "public_transport": "Bus Idelis ligne 9, arrêt Ousse-des-Bois.",
        "parking": "Parking gratuit devant la Maison du citoyen.",
    },
    "maison-du-citoyen-saragosse-pau": {
        "step_free_entrance": True, "accessible_toilets": False, "spoken_languages": ["fr", "es", "ar"],
        "public_transport": "Fébus, arrêt Saragosse.",
    },
    "cyber-base-mourenx": {
        "step_free_entrance": True, "disabled_parking": True, "parking": "Parking gratuit place des Chartreux.",
    },
    "cyber-base-orthez": {
        "step_free_entrance": False, "accessible_toilets": False,
        "parking": "Parking de la Moutète, gratuit, à 300 m.",
    },
    "ccas-biarritz": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True, "hearing_loop": False,
        "spoken_languages": ["fr", "es", "en"],
        "public_transport": "Bus Txik Txak ligne 10, arrêt Mairie de Biarritz.",
        "parking": "Parking payant de l'Hôtel de Ville, à 150 m.",
    },
    "mediatheque-andre-malraux-strasbourg": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True, "hearing_loop": True,
        "sign_language": True, "spoken_languages": ["fr", "de", "en"],
        "public_transport": "Tram C et E, arrêt Landsberg, puis 300 m à pied.",
        "parking": "Parking payant Presqu'île Malraux, places réservées au niveau -1.",
    },
    "mediatheque-olympe-de-gouges-strasbourg": {
        "step_free_entrance": True, "accessible_toilets": True, "spoken_languages": ["fr", "de"],
        "public_transport": "Tram A et D, arrêt Gare Centrale, puis 400 m à pied.",
    },
    "centre-socioculturel-hautepierre-strasbourg": {
        "step_free_entrance": True, "accessible_toilets": True, "disabled_parking": True,
        "spoken_languages": ["fr", "ar", "tr", "ru", "uk"],
        "public_transport": "Tram A, arrêt Hautepierre Maillon.",
        "parking": "Parking gratuit place André Maurois.",
    },
    "centre-social-meinau-strasbourg": {
        "spoken_languages": ["fr", "ar", "ro"],
        "public_transport": "Tram A et E, arrêt Émile Mathis.",
    },
}  # fmt: skip

TOUR = {
    "slug": "mairiebus-martigues",
    "title": "MairieBus de Martigues",
    "summary": "Le bus de la mairie vient dans les quartiers éloignés : aide aux démarches et au numérique, gratuitement.",
    "description": "Dans le MairieBus, un agent d'accueil et une conseillère numérique vous aident à faire vos démarches "
    "en ligne, à créer une adresse courriel ou à utiliser votre téléphone. Pas besoin de rendez-vous.",
    "services": [S.ADMIN_PROCEDURES, S.EVERYDAY_TOOLS, S.INTERNET_ACCESS],
    "support_modes": ["Accompagnement individuel"],
    "access_modes": ["Se présenter"],
    "national_programmes": ["Conseillers numériques"],
    # The bus itself, copied to every stop: a lift for wheelchairs, no toilets on board.
    "step_free_entrance": True,
    "accessible_toilets": False,
    "sign_language": False,
    "spoken_languages": ["fr", "ar"],
}
# Where the bus parks.
STOP_ACCESS = {
    "arret-carro": {
        "disabled_parking": True, "public_transport": "Bus Ulysse ligne 22, arrêt Carro Port.",
        "parking": "Parking du port, gratuit.",
    },
    "arret-la-couronne": {"public_transport": "Bus Ulysse ligne 22, arrêt La Couronne Mairie."},
    "arret-saint-julien": {"parking": "Cour de l'école, gratuit."},
}  # fmt: skip
# fmt: off
STOPS = [
    (
        "arret-carro",
        "Carro – place du port",
        "Place Joseph Tuffet",
        "13500",
        43.3306,
        5.0404,
        "week 1-53/2 Tu 09:00-12:00; PH off",
    ),
    (
        "arret-la-couronne",
        "La Couronne – place de la mairie annexe",
        "Avenue de la Couronne",
        "13500",
        43.3381,
        5.0555,
        "Tu 14:00-17:00; PH off",
    ),
    (
        "arret-saint-julien",
        "Saint-Julien – école",
        "Chemin de Saint-Julien",
        "13500",
        43.3632,
        5.1002,
        "We 09:00-12:00; PH off",
    ),
    (
        "arret-saint-pierre",
        "Saint-Pierre – place du village",
        "Route de Saint-Pierre",
        "13500",
        43.3797,
        5.1089,
        "Th 14:00-17:00; PH off",
    ),
    (
        "arret-lavera",
        "Lavéra – salle polyvalente",
        "Avenue de Lavéra",
        "13117",
        43.3877,
        4.9936,
        "week 2-52/2 Fr 09:00-12:00; PH off",
    ),
]

# fmt: on

# Translations of the médiathèque's presentation, to show translated places.
TRANSLATED = {
    "mediatheque-louis-aragon-martigues": {
        "en": {
            "Médiathèque Louis-Aragon": "Louis-Aragon library",
            "Des ordinateurs en accès libre et des ateliers pour apprendre à utiliser son téléphone ou internet.": "Computers free to use and workshops to learn how to use your phone or the internet.",
            "Bus Ulysse lignes 22 et 25, arrêt Hôtel de Ville, puis 200 m à pied le long du canal.": "Ulysse buses 22 and 25, Hôtel de Ville stop, then a 200 m walk along the canal.",
            "Parking gratuit de l'Hôtel de Ville, à 200 m ; deux places réservées devant l'entrée.": "Free car park at the Hôtel de Ville, 200 m away; two disabled spaces in front of the entrance.",
        },
        "ar": {
            "Médiathèque Louis-Aragon": "مكتبة لويس أراغون",
            "Des ordinateurs en accès libre et des ateliers pour apprendre à utiliser son téléphone ou internet.": "حواسيب متاحة للجميع وورشات لتعلّم استعمال الهاتف أو الإنترنت.",
            "Bus Ulysse lignes 22 et 25, arrêt Hôtel de Ville, puis 200 m à pied le long du canal.": "حافلات Ulysse الخطّان 22 و25، محطة Hôtel de Ville، ثم 200 متر سيرًا على الأقدام بمحاذاة القناة.",
            "Parking gratuit de l'Hôtel de Ville, à 200 m ; deux places réservées devant l'entrée.": "موقف سيارات مجاني عند البلدية على بُعد 200 متر، ومكانان مخصّصان أمام المدخل.",
        },
        "es": {
            "Médiathèque Louis-Aragon": "Biblioteca Louis-Aragon",
            "Des ordinateurs en accès libre et des ateliers pour apprendre à utiliser son téléphone ou internet.": "Ordenadores de libre acceso y talleres para aprender a usar el teléfono o internet.",
            "Bus Ulysse lignes 22 et 25, arrêt Hôtel de Ville, puis 200 m à pied le long du canal.": "Autobuses Ulysse líneas 22 y 25, parada Hôtel de Ville, y luego 200 m a pie junto al canal.",
            "Parking gratuit de l'Hôtel de Ville, à 200 m ; deux places réservées devant l'entrée.": "Aparcamiento gratuito del ayuntamiento, a 200 m; dos plazas reservadas delante de la entrada.",
        },
    }
}

COMMON = {
    "pivot": "00000000000000",
    "phone": DEMO_PHONE,
    "emails": ["contact@proxinum.example.org"],
    "source": "Proxinum (démonstration)",
    "fees": ["Gratuit"],
    "updated_on": date(2026, 11, 1),
    "is_demo": True,
}


def load(log=print):
    finder = PlaceIndexPage.objects.get(locale__language_code="fr")
    for slug, name, address, postcode, commune, insee, lat, lon, typology, hours, services, extra in FIXED:
        fields = {**COMMON, "title": name, "address": address, "postcode": postcode, "commune": commune,
                  "insee_code": insee, "typology": typology, "opening_hours": hours, "services": services,
                  "itinerance": ["Fixe"], "place_id": f"demo-{slug}", **extra, **ACCESS.get(slug, {})}  # fmt: skip
        fields["location"] = f"SRID=4326;POINT({lon} {lat})"
        page, _changed = upsert_child(finder, MediationPlacePage, slug, **fields)
        for code, strings in TRANSLATED.get(slug, {}).items():
            translate_page(page, Locale.objects.get(language_code=code), strings)
    tour_fields = {**COMMON, "typology": ["ENM"], **{k: v for k, v in TOUR.items() if k != "slug"}}
    tour, _changed = upsert_child(finder, MobileTourPage, TOUR["slug"], **tour_fields)
    for slug, name, address, postcode, lat, lon, hours in STOPS:
        fields = {"title": name, "address": address, "postcode": postcode, "commune": "Martigues",
                  "insee_code": "13056", "opening_hours": hours, "place_id": f"demo-{slug}",
                  "location": f"SRID=4326;POINT({lon} {lat})", **STOP_ACCESS.get(slug, {})}  # fmt: skip
        upsert_child(tour, MobileStopPage, slug, **fields)
    tour.update_stops()
    log(f"  {len(FIXED)} demo places, 1 tour with {len(STOPS)} stops")
