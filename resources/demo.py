"""Demo content of the resource library: themes, tutorials, guides for aidants and a learning path.

Written for this project in plain French (short sentences, one action per step), with en/ar/es translations of
the themes, of three tutorials, of the guide « Faire pour ou faire avec ? », of the learning path and of one
inspiring case (the Toulouse mairie bus, from `resources.seed_cases`). The guides follow the support path of the
Pau workshop (seed 001): sensibiliser, détecter, orienter, accompagner (« faire pour » / « faire avec »), former.

The content lives in the data structures below; the functions at the bottom turn it into pages. Illustrations
are drawn by `resources.illustrations` (no photos, no logos). Re-runnable: a second run changes nothing.

Conventions of the data:
- a step's "text" is a list: a string is a paragraph, a nested list is a bulleted list;
- a step's callouts are its "tip" (astuce), "warning" (attention) and "info" (bon à savoir) keys, in that order
  of appearance;
- in a tuple such as ("info", "Texte"), the last item is the text to translate; a translation with several texts
  is a tuple of the last items, e.g. ("Quote", "Author") for ("quote", q, a);
- an image placed in a page is written with its alternative text for that use, in the page's language (the text of
  the image itself is only the editor's suggestion): a step's "image" is ("clé", "Texte alternatif"), translated
  into "Alternative text"; an image of the easy-to-read version is ("image", "clé", "Texte alternatif", "Légende"),
  translated into ("Alternative text", "Caption");
- a translation has the same shape as the French text it translates, without the non-text keys.
"""

import uuid
from datetime import date
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from wagtail_localize.strings import extract_strings

import resources
from places.enums import Service
from proxinum.demo import ensure_locales, translate_page, translate_snippet, upsert_child
from proxinum.image_alt_text import image_use
from proxinum.models import CustomImage

from . import illustrations
from .cases_import import import_cases
from .models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GuidePage,
    LearningPathPage,
    ResourceIndexPage,
    Theme,
    TutorialPage,
)
from .seed_cases import SEED_CASES, load_seed_cases

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "fr"]
ALL_DEVICES = ["ordinateur", "smartphone", "tablette"]
CALLOUT_KINDS = ("tip", "warning", "info")
PAU_WORKSHOP = "Groupe de travail du réseau d'inclusion numérique des Pyrénées-Atlantiques, Pau, mai 2018"

# Themes: slug, {language: (name, description)}. The slug is shared by every language.
THEMES = [
    ("decouvrir-l-ordinateur", {
        "fr": ("Découvrir l'ordinateur", "Allumer l'ordinateur, utiliser la souris et le clavier, ranger ses fichiers."),
        "en": ("Getting started with computers", "Switch on the computer, use the mouse and keyboard, organise your files."),
        "ar": ("اكتشاف الحاسوب", "تشغيل الحاسوب، واستعمال الفأرة ولوحة المفاتيح، وترتيب الملفات."),
        "es": ("Descubrir el ordenador", "Encender el ordenador, usar el ratón y el teclado, ordenar sus archivos."),
    }),
    ("smartphone-et-tablette", {
        "fr": ("Smartphone et tablette", "Prendre en main son téléphone ou sa tablette, installer des applications."),
        "en": ("Smartphone and tablet", "Get to grips with your phone or tablet, install apps."),
        "ar": ("الهاتف الذكي واللوحة الرقمية", "التعرّف على هاتفك أو لوحتك الرقمية، وتثبيت التطبيقات."),
        "es": ("Smartphone y tableta", "Manejar su teléfono o su tableta, instalar aplicaciones."),
    }),
    ("internet", {
        "fr": ("Internet", "Se connecter, aller sur un site, chercher une information."),
        "en": ("Internet", "Get connected, visit a website, look for information."),
        "ar": ("الإنترنت", "الاتصال بالإنترنت، وزيارة المواقع، والبحث عن معلومة."),
        "es": ("Internet", "Conectarse, visitar un sitio, buscar información."),
    }),
    ("courriel", {
        "fr": ("Courriel", "Créer une adresse e-mail, écrire, envoyer et recevoir des messages."),
        "en": ("Email", "Create an email address, write, send and receive messages."),
        "ar": ("البريد الإلكتروني", "إنشاء عنوان بريد إلكتروني، وكتابة الرسائل وإرسالها واستقبالها."),
        "es": ("Correo electrónico", "Crear una dirección de correo, escribir, enviar y recibir mensajes."),
    }),
    ("demarches-en-ligne", {
        "fr": ("Démarches en ligne", "Faire ses démarches administratives sur internet : impôts, CAF, retraite, santé."),
        "en": ("Online procedures", "Do your paperwork online: taxes, family benefits, pension, health."),
        "ar": ("الإجراءات عبر الإنترنت", "إنجاز الإجراءات الإدارية عبر الإنترنت: الضرائب، والمنح العائلية، والتقاعد، والصحة."),
        "es": ("Trámites en línea", "Hacer sus trámites administrativos por internet: impuestos, prestaciones familiares, "
               "jubilación, salud."),
    }),
    ("sante", {
        "fr": ("Santé", "Prendre rendez-vous, suivre ses remboursements, consulter son compte santé."),
        "en": ("Health", "Book an appointment, follow your refunds, check your health insurance account."),
        "ar": ("الصحة", "حجز موعد، ومتابعة التعويضات، والاطلاع على حسابك في التأمين الصحي."),
        "es": ("Salud", "Pedir cita, seguir sus reembolsos, consultar su cuenta del seguro de salud."),
    }),
    ("securite-et-arnaques", {
        "fr": ("Sécurité et arnaques", "Protéger ses comptes, reconnaître les messages frauduleux, réagir en cas de "
               "problème."),
        "en": ("Security and scams", "Protect your accounts, spot fraudulent messages, react when something goes wrong."),
        "ar": ("الأمان والاحتيال", "حماية حساباتك، والتعرّف على الرسائل الاحتيالية، والتصرّف عند حدوث مشكلة."),
        "es": ("Seguridad y estafas", "Proteger sus cuentas, reconocer los mensajes fraudulentos, reaccionar ante un "
               "problema."),
    }),
    ("ecole-et-parentalite", {
        "fr": ("École et parentalité", "Suivre la scolarité de ses enfants et les accompagner sur internet."),
        "en": ("School and parenting", "Follow your children's schooling and support them online."),
        "ar": ("المدرسة ودور الوالدين", "متابعة دراسة أطفالك ومرافقتهم على الإنترنت."),
        "es": ("Escuela y crianza", "Seguir la escolaridad de sus hijos y acompañarlos en internet."),
    }),
    ("emploi", {
        "fr": ("Emploi", "Chercher un emploi, préparer son CV, répondre à une offre."),
        "en": ("Jobs", "Look for a job, prepare your CV, apply for a job offer."),
        "ar": ("العمل", "البحث عن عمل، وإعداد السيرة الذاتية، والرد على عرض عمل."),
        "es": ("Empleo", "Buscar empleo, preparar su currículum, responder a una oferta."),
    }),
    ("vie-quotidienne", {
        "fr": ("Vie quotidienne", "Garder le lien avec ses proches, scanner un papier, se simplifier la vie."),
        "en": ("Everyday life", "Keep in touch with your loved ones, scan a paper, make life easier."),
        "ar": ("الحياة اليومية", "البقاء على تواصل مع أقاربك، ومسح ورقة ضوئيًا، وتسهيل حياتك اليومية."),
        "es": ("Vida cotidiana", "Mantener el contacto con sus seres queridos, escanear un papel, facilitarse la vida."),
    }),
]  # fmt: skip

# Illustrations (drawn by resources.illustrations): key -> the image's own description, compulsory on every image
# (cards show it; in a page, each use of an image has its own alternative text, see the steps below).
IMAGES = {
    "clavier-souris": "Dessin d'un ordinateur portable, d'un clavier et d'une souris.",
    "adresse-email": "Dessin d'un ordinateur portable avec une enveloppe jaune à l'écran et un signe plus vert.",
    "email-creer-compte": "Dessin d'un écran d'ordinateur avec un bouton vert et la flèche de la souris posée dessus.",
    "email-formulaire": "Dessin d'un formulaire à l'écran : trois cases à remplir et un bouton bleu.",
    "email-pret": "Dessin d'une enveloppe jaune avec une coche verte : l'adresse est prête.",
    "piece-jointe": "Dessin d'une enveloppe, d'un trombone bleu et d'une feuille de papier.",
    "choisir-fichier": "Dessin d'un écran d'ordinateur avec trois documents ; la flèche de la souris en choisit un.",
    "envoyer": "Dessin d'une enveloppe avec un trombone et une flèche bleue vers la droite : le message part.",
    "connexion-compte": "Dessin d'un écran d'ordinateur avec un grand bouton bleu de connexion marqué d'une silhouette.",
    "choisir-compte": "Dessin d'un écran d'ordinateur avec une liste de trois comptes au choix.",
    "rdv-medical": "Dessin d'un calendrier avec un jour coloré et une croix médicale verte.",
    "sms-arnaque": "Dessin d'un téléphone avec deux messages, dont un rouge, et un panneau « attention » jaune.",
    "sms-lien": "Dessin d'un téléphone avec un message qui contient un lien bleu, et une croix rouge : on ne touche pas.",
    "sms-signaler": "Dessin d'un téléphone avec un message rouge, une flèche et un bouclier bleu : le message est signalé.",
    "sms-banque": "Dessin d'un téléphone avec une coche verte à côté d'une banque : on appelle sa banque.",
    "appel-video": "Dessin d'une tablette pendant un appel vidéo : deux visages et un bouton rouge pour raccrocher.",
    "pronote": "Dessin d'un cartable orange à côté d'un ordinateur qui affiche des notes en barres de couleur.",
    "installer-appli": "Dessin d'un téléphone avec des applications en carrés de couleur et une flèche verte vers le bas.",
    "mot-de-passe": "Dessin d'un cadenas jaune fermé à côté d'une case de mot de passe remplie de points.",
    "emploi": "Dessin d'un écran d'ordinateur avec une liste d'offres et une loupe.",
    "scanner": "Dessin d'un téléphone au-dessus d'une feuille : un cadre bleu entoure le document à scanner.",
    "impots": "Dessin d'une feuille de déclaration, d'un stylo orange et d'une coche verte.",
    "compte-sante": "Dessin d'une carte de santé verte devant un écran qui affiche une liste de remboursements.",
    "wifi": "Dessin d'un téléphone qui affiche le symbole du wifi, à côté d'une box internet.",
    "faire-avec": "Dessin de deux personnes assises côte à côte devant un ordinateur.",
    "reperer": "Dessin d'une personne qui parle, avec une bulle, une loupe et un point d'interrogation.",
    "orienter": "Dessin d'une personne à côté d'un poteau indicateur à trois flèches et d'un repère de carte rouge.",
    "cadre-legal": "Dessin d'un document, d'un cadenas et d'un bouclier bleu avec une coche.",
    "parcours": "Dessin d'un chemin avec des étapes de couleur qui mène à un drapeau, et d'un téléphone.",
}

# fmt: off
TUTORIALS = [
    {
        "slug": "creer-une-adresse-e-mail",
        "title": "Créer une adresse e-mail",
        "intro": "Une adresse e-mail (ou courriel) sert à recevoir des messages et à créer vos comptes en ligne : CAF, "
                 "impôts, santé. À la fin, vous aurez votre propre adresse.",
        "summary": "Choisir une messagerie gratuite, remplir le formulaire et noter son adresse. Pas à pas, en 20 "
                   "minutes.",
        "themes": ["courriel", "internet"], "level": "je-decouvre", "audience": "public", "devices": ALL_DEVICES,
        "duration": 20, "reviewed": date(2026, 9, 14), "featured": True, "image": "adresse-email", "requires": [],
        "steps": [
            {"title": "Choisissez votre messagerie",
             "text": ["Une messagerie est un service qui garde vos e-mails. La plupart sont gratuites.",
                      "Par exemple : Gmail, Outlook ou laposte.net. Choisissez celle que vos proches utilisent : ils "
                      "pourront vous aider."]},
            {"title": "Ouvrez la page de création de compte",
             "image": ("email-creer-compte", "La flèche de la souris posée sur le bouton vert qui crée le compte."),
             "text": ["Allez sur le site de la messagerie choisie.",
                      "Cliquez sur <b>Créer un compte</b>. Sur un téléphone, le bouton peut s'appeler "
                      "<b>S'inscrire</b>."],
             "tip": "Sur un smartphone, vous avez peut-être déjà une adresse : elle a été créée quand le téléphone a "
                    "été allumé pour la première fois. Demandez à un proche ou à un médiateur numérique de vérifier."},
            {"title": "Écrivez votre nom et votre date de naissance",
             "image": ("email-formulaire", "Le formulaire d'inscription : trois cases à remplir, puis un bouton bleu "
                                           "pour continuer."),
             "text": ["Tapez votre prénom, puis votre nom.",
                      "Indiquez votre date de naissance. Elle servira si vous perdez l'accès à votre compte."],
             "info": "Mettez votre vrai nom : vous utiliserez cette adresse pour vos démarches officielles."},
            {"title": "Choisissez votre adresse",
             "text": ["Le site propose des adresses. Vous pouvez aussi en inventer une.",
                      "Le plus simple : <b>prenom.nom</b>, avec un chiffre si elle est déjà prise. Par exemple : "
                      "marie.dupont64."],
             "tip": "Évitez les surnoms : un employeur ou une administration verra cette adresse."},
            {"title": "Choisissez un mot de passe",
             "image": ("mot-de-passe", "Un cadenas jaune fermé à côté de la case du mot de passe, remplie de points : "
                                       "le mot de passe reste caché."),
             "text": ["Tapez un mot de passe long : au moins 12 caractères.",
                      "Une bonne idée : trois ou quatre mots qui n'ont pas de lien entre eux, avec un chiffre. "
                      "Tapez-le une deuxième fois pour confirmer."],
             "warning": "Ne donnez jamais ce mot de passe, même à quelqu'un qui dit travailler pour la messagerie.",
             "tip": "Notez-le dans un carnet que vous gardez chez vous."},
            {"title": "Ajoutez votre numéro de téléphone",
             "text": ["Le site demande souvent un numéro de téléphone portable.",
                      "Vous recevez un code par SMS. Tapez ce code sur le site pour prouver que c'est bien vous."],
             "info": "Ce numéro vous aidera à récupérer votre compte si vous oubliez votre mot de passe."},
            {"title": "Acceptez les conditions et terminez",
             "image": ("email-pret", "Une enveloppe jaune avec une coche verte : votre adresse e-mail est prête."),
             "text": ["Lisez les conditions d'utilisation, puis cliquez sur <b>J'accepte</b>.",
                      "Votre boîte de réception s'ouvre : votre adresse est prête."],
             "tip": "Écrivez votre adresse sur une feuille et envoyez un premier message, par exemple à un proche, "
                    "pour essayer."},
        ],
        "note": ("info", "Besoin d'aide ? Un médiateur numérique peut créer l'adresse avec vous. Cherchez un lieu près "
                         "de chez vous dans la rubrique « Trouver un lieu »."),
    },
    {
        "slug": "joindre-un-document-a-un-e-mail",
        "title": "Joindre un document à un e-mail",
        "intro": "Envoyer une photo, une attestation ou un CV par e-mail : on appelle cela une pièce jointe. À la fin, "
                 "vous saurez l'ajouter à votre message.",
        "summary": "Ajouter une pièce jointe avec le trombone, vérifier le fichier et envoyer le message.",
        "themes": ["courriel"], "level": "je-progresse", "audience": "public", "devices": ALL_DEVICES,
        "duration": 10, "reviewed": date(2026, 9, 14), "featured": False, "image": "piece-jointe",
        "requires": ["creer-une-adresse-e-mail"],
        "steps": [
            {"title": "Écrivez un nouveau message",
             "text": ["Ouvrez votre messagerie.",
                      "Cliquez sur <b>Nouveau message</b> ou <b>Écrire</b>. Remplissez l'adresse de la personne, "
                      "l'objet et quelques mots."],
             "tip": "Dans l'objet, dites ce que vous envoyez : « Attestation de domicile – Marie Dupont »."},
            {"title": "Cliquez sur le trombone",
             "image": ("piece-jointe", "Une enveloppe et une feuille de papier reliées par un trombone bleu : le "
                                       "trombone sert à joindre un document."),
             "text": ["Cherchez le petit dessin de trombone, en haut ou en bas du message.",
                      "Cliquez dessus. Il s'appelle aussi <b>Joindre</b> ou <b>Pièce jointe</b>."]},
            {"title": "Choisissez le document",
             "image": ("choisir-fichier", "Trois documents à l'écran ; la flèche de la souris clique sur celui à "
                                          "joindre."),
             "text": ["Une fenêtre s'ouvre avec vos dossiers.",
                      "Sur un ordinateur, regardez d'abord dans <b>Téléchargements</b> ou <b>Documents</b>. Sur un "
                      "téléphone, choisissez <b>Photos</b> ou <b>Fichiers</b>.",
                      "Cliquez sur le document, puis sur <b>Ouvrir</b>."],
             "info": "Un document reçu par e-mail ou pris sur un site se range presque toujours dans "
                     "<b>Téléchargements</b>."},
            {"title": "Vérifiez la pièce jointe",
             "text": ["Le nom du document apparaît sous le message. Attendez la fin du chargement.",
                      "Si ce n'est pas le bon, cliquez sur la petite croix à côté du nom pour le retirer."],
             "warning": "Un message ne peut pas être trop lourd : souvent 20 à 25 Mo au plus. Pour beaucoup de photos, "
                        "envoyez plusieurs messages."},
            {"title": "Envoyez le message",
             "image": ("envoyer", "L'enveloppe et son trombone partent vers la droite avec une flèche bleue : le "
                                  "message est envoyé avec sa pièce jointe."),
             "text": ["Relisez le message.",
                      "Cliquez sur <b>Envoyer</b>. Le message se range dans <b>Messages envoyés</b> : vous pouvez "
                      "vérifier que la pièce jointe y est."],
             "tip": "Pour une démarche, préférez un document au format PDF : il s'ouvre partout et ne se modifie pas. "
                    "Le tutoriel « Scanner un document avec son smartphone » explique comment en faire un."},
        ],
    },
    {
        "slug": "se-connecter-avec-franceconnect",
        "title": "Se connecter avec FranceConnect",
        "intro": "FranceConnect vous permet d'entrer sur de nombreux sites publics avec un compte que vous avez déjà, "
                 "par exemple celui des impôts ou de l'Assurance Maladie. Pas de nouveau mot de passe à retenir.",
        "summary": "Pas de compte à créer : utilisez votre compte des impôts, d'Ameli ou de La Poste pour entrer sur "
                   "les sites publics.",
        "themes": ["demarches-en-ligne"], "level": "je-progresse", "audience": "public", "devices": ALL_DEVICES,
        "duration": 15, "reviewed": date(2026, 10, 5), "featured": False, "image": "connexion-compte",
        "requires": ["creer-une-adresse-e-mail"],
        "steps": [
            {"title": "Vérifiez que vous avez un compte partenaire",
             "text": ["FranceConnect n'est pas un compte de plus. C'est une porte d'entrée commune.",
                      "Il vous faut un compte sur l'un de ces services, par exemple :",
                      ["impots.gouv.fr (les impôts) ;", "ameli.fr (l'Assurance Maladie) ;",
                       "l'Identité Numérique La Poste ;", "la MSA (pour le monde agricole) ;",
                       "l'application France Identité, avec une carte d'identité récente."]],
             "info": "Le plus courant : le compte des impôts. Son identifiant est votre numéro fiscal, écrit sur votre "
                     "avis d'impôt."},
            {"title": "Cliquez sur le bouton FranceConnect",
             "image": ("connexion-compte", "Le grand bouton bleu de connexion, marqué d'une silhouette, sur lequel "
                                           "cliquer."),
             "text": ["Allez sur le site de votre démarche : CAF, retraite, permis de conduire…",
                      "Cherchez le bouton bleu <b>S'identifier avec FranceConnect</b> et cliquez dessus."],
             "warning": "Vérifiez l'adresse du site en haut de l'écran. Les sites publics se terminent souvent par "
                        "<b>.gouv.fr</b>. Ne passez jamais par un lien reçu par SMS."},
            {"title": "Choisissez votre compte",
             "image": ("choisir-compte", "L'écran propose trois comptes pour se connecter."),
             "text": ["FranceConnect affiche la liste des comptes possibles.",
                      "Cliquez sur celui que vous connaissez, par exemple <b>impots.gouv.fr</b>."]},
            {"title": "Entrez vos identifiants habituels",
             "text": ["Vous arrivez sur le site du compte choisi.",
                      "Tapez l'identifiant et le mot de passe de ce compte, comme d'habitude. Cliquez sur "
                      "<b>Continuer</b> ou <b>Se connecter</b>."],
             "tip": "Mot de passe oublié ? Cliquez sur <b>Mot de passe oublié</b> sur cette page : vous recevrez un "
                    "lien par e-mail."},
            {"title": "Vérifiez vos informations",
             "text": ["FranceConnect affiche votre nom, votre prénom et votre date de naissance.",
                      "Si tout est juste, cliquez sur <b>Continuer</b>. Vous êtes connecté au site de votre démarche."],
             "warning": "Si une information est fausse, ne continuez pas. Faites-la corriger d'abord par le service du "
                        "compte choisi, par exemple les impôts."},
            {"title": "Déconnectez-vous à la fin",
             "text": ["Quand votre démarche est finie, cliquez sur <b>Se déconnecter</b>.",
                      "Sur un ordinateur partagé (médiathèque, mairie), fermez aussi le navigateur."],
             "info": "Un aidant habilité peut faire une démarche pour vous, en sécurité, avec Aidants Connect. "
                     "Demandez-le dans une maison France Services."},
        ],
    },
    {
        "slug": "prendre-un-rendez-vous-medical-en-ligne",
        "title": "Prendre un rendez-vous médical en ligne",
        "intro": "Beaucoup de médecins, dentistes et kinés proposent des rendez-vous sur internet. À la fin, vous "
                 "saurez réserver, recevoir la confirmation et annuler si besoin.",
        "summary": "Chercher un professionnel de santé, choisir un créneau, confirmer, et annuler si vous ne pouvez "
                   "pas venir.",
        "themes": ["sante"], "level": "je-progresse", "audience": "public", "devices": ALL_DEVICES,
        "duration": 15, "reviewed": date(2026, 8, 24), "featured": False, "image": "rdv-medical",
        "requires": ["creer-une-adresse-e-mail"],
        "steps": [
            {"title": "Ouvrez le site de prise de rendez-vous",
             "text": ["Votre médecin vous indique souvent le site à utiliser, par exemple Doctolib ou Maiia.",
                      "Ouvrez ce site, ou son application sur votre téléphone."],
             "info": "Prendre rendez-vous en ligne est gratuit. Vous pouvez toujours appeler le cabinet."},
            {"title": "Cherchez le professionnel",
             "text": ["Tapez le nom du médecin, ou la spécialité : par exemple <b>dentiste</b>.",
                      "Tapez votre ville. Cliquez sur <b>Rechercher</b>."]},
            {"title": "Choisissez le motif et l'horaire",
             "image": ("rdv-medical", "Un calendrier avec le jour du rendez-vous en couleur et une croix médicale "
                                      "verte."),
             "text": ["Sur la fiche du professionnel, choisissez le motif : première consultation, suivi, vaccin…",
                      "Les jours et les heures libres s'affichent. Cliquez sur celui qui vous convient."],
             "tip": "Pas de place ? Regardez les semaines suivantes, ou revenez le lendemain matin : des places se "
                    "libèrent."},
            {"title": "Connectez-vous ou créez votre compte",
             "text": ["Le site demande un compte pour noter votre rendez-vous.",
                      "Tapez votre adresse e-mail et votre numéro de portable. Vous recevez un code par SMS : "
                      "recopiez-le."],
             "warning": "Méfiez-vous des sites qui font payer la prise de rendez-vous : sur les sites des médecins, "
                        "réserver est gratuit."},
            {"title": "Confirmez le rendez-vous",
             "text": ["Vérifiez le jour, l'heure et l'adresse du cabinet.",
                      "Cliquez sur <b>Confirmer</b>. Vous recevez un e-mail ou un SMS de confirmation."],
             "tip": "Notez le rendez-vous dans votre agenda ou sur le calendrier de la cuisine."},
            {"title": "Annulez si vous ne pouvez pas venir",
             "text": ["Ouvrez le site, puis <b>Mes rendez-vous</b>.",
                      "Cliquez sur <b>Annuler le rendez-vous</b>. Faites-le le plus tôt possible."],
             "info": "Annuler laisse la place à un autre patient. Certains cabinets refusent les patients qui ne "
                     "viennent pas plusieurs fois sans prévenir."},
        ],
    },
    {
        "slug": "reconnaitre-un-sms-frauduleux",
        "title": "Reconnaître un SMS frauduleux",
        "intro": "Des escrocs envoient de faux SMS pour voler votre argent ou vos codes. À la fin, vous saurez "
                 "repérer un SMS suspect, le signaler et réagir si vous avez cliqué.",
        "summary": "Colis bloqué, amende, carte Vitale : les signes d'un faux SMS, le numéro 33700 pour le signaler, "
                   "et quoi faire si vous avez cliqué.",
        "themes": ["securite-et-arnaques", "smartphone-et-tablette"], "level": "je-decouvre", "audience": "public",
        "devices": ["smartphone"], "duration": 10, "reviewed": date(2026, 10, 19), "featured": True,
        "image": "sms-arnaque", "requires": [],
        "steps": [
            {"title": "Lisez le message sans cliquer",
             "image": ("sms-arnaque", "Un téléphone reçoit deux messages ; le rouge est suspect, signalé par un "
                                      "panneau « attention » jaune."),
             "text": ["Un SMS inattendu arrive. Ne touchez pas au lien.", "Lisez-le calmement : vous avez le temps."],
             "info": "Lire un SMS ne présente pas de danger. Le danger vient du lien ou de la réponse."},
            {"title": "Cherchez les signes d'une arnaque",
             "text": ["Méfiez-vous si le message :",
                      ["vous presse : « dernier jour », « sous 24 heures » ;",
                       "demande de payer une petite somme : colis, amende, frais de dossier ;",
                       "parle d'un compte bloqué, d'un remboursement ou d'une carte Vitale à renouveler ;",
                       "contient un lien avec une adresse bizarre."]],
             "warning": "Votre banque, l'Assurance Maladie ou les impôts ne vous demandent jamais vos codes ou votre "
                        "numéro de carte par SMS."},
            {"title": "Ne cliquez pas sur le lien",
             "image": ("sms-lien", "Un message qui contient un lien bleu, barré d'une croix rouge : on ne touche pas "
                                   "au lien."),
             "text": ["Ne touchez pas le lien et ne répondez pas, même pour dire « stop ».",
                      "En cas de doute, allez vous-même sur le site officiel, ou appelez l'organisme au numéro que "
                      "vous connaissez."],
             "tip": "Vous attendez un colis ? Regardez le suivi sur le site du vendeur, pas avec le lien du SMS."},
            {"title": "Signalez le SMS au 33700",
             "image": ("sms-signaler", "Le message rouge part avec une flèche vers un bouclier bleu : il est signalé "
                                       "au 33700."),
             "text": ["Transférez le SMS au numéro <b>33700</b>. C'est gratuit.",
                      "Appuyez longtemps sur le message, choisissez <b>Transférer</b>, tapez 33700 et envoyez. Un SMS "
                      "vous demande ensuite le numéro de l'expéditeur : envoyez-le aussi."],
             "info": "Le 33700 est le service officiel de signalement des SMS et des appels indésirables. Vos "
                     "signalements aident à bloquer les escrocs."},
            {"title": "Supprimez le message et bloquez le numéro",
             "text": ["Après le signalement, supprimez le SMS, sauf si vous avez cliqué ou payé : gardez-le alors "
                      "comme preuve.",
                      "Vous pouvez aussi bloquer le numéro : touchez le numéro, puis <b>Bloquer</b>."]},
            {"title": "Si vous avez donné vos codes, réagissez vite",
             "image": ("sms-banque", "Un téléphone avec une coche verte, à côté d'une banque : vous appelez votre "
                                     "banque."),
             "text": ["Appelez tout de suite votre banque pour faire opposition sur votre carte.",
                      "Changez le mot de passe du compte concerné.",
                      "Portez plainte au commissariat ou à la gendarmerie. Gardez le SMS : c'est une preuve."],
             "info": "Pour être conseillé : Info Escroqueries, <b>0 805 805 817</b> (appel gratuit), ou le site "
                     "cybermalveillance.gouv.fr."},
        ],
        "easy_read": [
            ("heading", "Un SMS peut être faux"),
            ("paragraph", "Des personnes envoient de faux SMS."),
            ("paragraph", "Elles veulent prendre votre argent."),
            ("image", "sms-arnaque", "Un téléphone et un message rouge.", "Un SMS bizarre arrive sur le téléphone."),
            ("heading", "Comment savoir si un SMS est faux ?"),
            ("paragraph", "Le SMS dit de payer vite."),
            ("paragraph", "Le SMS parle d'un colis, d'une amende ou de la carte Vitale."),
            ("paragraph", "Le SMS a un lien à toucher."),
            ("heading", "Que faire ?"),
            ("image", "sms-lien", "Un lien barré d'une croix rouge.", "Le lien est barré : on ne le touche pas."),
            ("paragraph", "Ne touchez pas le lien."),
            ("paragraph", "Ne répondez pas."),
            ("paragraph", "Envoyez le SMS au 33700. C'est gratuit."),
            ("heading", "Vous avez donné votre carte bancaire ?"),
            ("paragraph", "Appelez tout de suite votre banque."),
            ("paragraph", "Demandez de l'aide à une personne de confiance."),
        ],
    },
    {
        "slug": "appeler-sa-famille-en-video",
        "title": "Appeler sa famille en vidéo",
        "intro": "Voir ses enfants ou ses petits-enfants pendant un appel, même de loin : c'est possible avec un "
                 "smartphone ou une tablette. À la fin, vous saurez passer et terminer un appel vidéo.",
        "summary": "Choisir la même application que vos proches, lancer l'appel vidéo, bien se placer et raccrocher.",
        "themes": ["vie-quotidienne", "smartphone-et-tablette"], "level": "je-decouvre", "audience": "public",
        "devices": ["smartphone", "tablette"], "duration": 15, "reviewed": date(2026, 6, 8), "featured": False,
        "image": "appel-video", "requires": ["se-connecter-a-un-reseau-wifi", "installer-une-application"],
        "steps": [
            {"title": "Mettez-vous d'accord sur l'application",
             "text": ["Pour se voir, il faut utiliser la même application des deux côtés.",
                      "Demandez à vos proches laquelle ils utilisent : par exemple WhatsApp, Messenger, ou FaceTime "
                      "entre deux iPhone."],
             "info": "Ces applications sont gratuites. L'appel passe par internet, pas par vos minutes d'appel."},
            {"title": "Connectez-vous au wifi",
             "image": ("wifi", "Le téléphone affiche le symbole du wifi, à côté de la box internet de la maison."),
             "text": ["Un appel vidéo utilise beaucoup d'internet.",
                      "Chez vous, connectez le téléphone au wifi de votre box avant d'appeler."],
             "tip": "Sans wifi, un appel vidéo use vite l'internet de votre forfait mobile."},
            {"title": "Ouvrez la conversation avec votre proche",
             "text": ["Ouvrez l'application.",
                      "Touchez le nom de la personne dans la liste de vos contacts ou de vos conversations."]},
            {"title": "Touchez la caméra",
             "image": ("appel-video", "Un appel vidéo sur une tablette : deux visages à l'écran et, en bas, le bouton "
                                      "rouge pour raccrocher."),
             "text": ["En haut de l'écran, touchez le petit dessin de <b>caméra</b>.",
                      "Le téléphone de votre proche sonne. Attendez qu'il décroche."],
             "warning": "Le dessin de <b>téléphone</b> lance un appel sans image. Pour la vidéo, choisissez bien la "
                        "<b>caméra</b>."},
            {"title": "Placez-vous bien",
             "text": ["Tenez le téléphone devant vous, à la hauteur des yeux.",
                      "Mettez-vous face à une fenêtre ou à une lampe : votre visage sera éclairé."],
             "tip": "Posez le téléphone contre un objet pour ne pas le tenir pendant tout l'appel."},
            {"title": "Raccrochez",
             "text": ["Pour finir, touchez le bouton <b>rouge</b>.", "L'appel s'arrête des deux côtés."]},
        ],
    },
    {
        "slug": "suivre-la-scolarite-avec-pronote",
        "title": "Suivre la scolarité de son enfant avec Pronote",
        "intro": "Au collège et au lycée, Pronote montre les devoirs, les notes, les absences et les messages des "
                 "professeurs. À la fin, vous saurez vous connecter et trouver ces informations.",
        "summary": "Se connecter avec son compte de parent, lire les devoirs, les notes et les absences, écrire à un "
                   "professeur.",
        "themes": ["ecole-et-parentalite"], "level": "je-progresse", "audience": "public", "devices": ALL_DEVICES,
        "duration": 20, "reviewed": date(2026, 9, 1), "featured": True, "image": "pronote",
        "requires": ["creer-une-adresse-e-mail", "installer-une-application"],
        "steps": [
            {"title": "Récupérez vos codes de parent",
             "text": ["L'établissement vous donne un moyen de vous connecter, souvent au début de l'année.",
                      "Le plus souvent, c'est un compte <b>ÉduConnect</b> : vous l'activez avec le numéro de portable "
                      "donné à l'école."],
             "info": "Chaque parent peut avoir son propre compte. Demandez au secrétariat si vous n'avez rien reçu."},
            {"title": "Ouvrez l'espace numérique de l'établissement",
             "text": ["Allez sur le site de l'espace numérique de travail (ENT) du collège ou du lycée. Son adresse "
                      "est sur le courrier de l'école.",
                      "Choisissez <b>Parent ou responsable d'élève</b>, puis <b>ÉduConnect</b>. Tapez votre "
                      "identifiant et votre mot de passe."],
             "tip": "Si le site le propose, vous pouvez aussi vous connecter avec FranceConnect."},
            {"title": "Ouvrez Pronote",
             "image": ("pronote", "Un cartable à côté d'un ordinateur qui affiche les notes de l'élève en barres de "
                                  "couleur."),
             "text": ["Dans l'espace numérique de travail, cliquez sur <b>Pronote</b>.",
                      "La page d'accueil montre les dernières informations."]},
            {"title": "Regardez les devoirs",
             "text": ["Cliquez sur <b>Cahier de textes</b>.",
                      "Vous voyez le travail à faire pour chaque jour et chaque matière."],
             "tip": "Regardez avec votre enfant, le soir ou le week-end : c'est l'occasion d'en parler."},
            {"title": "Consultez les notes",
             "text": ["Cliquez sur <b>Notes</b>.", "Chaque note s'affiche avec la moyenne de la classe."],
             "info": "Une note seule ne dit pas tout. Parlez-en avec votre enfant avant de vous inquiéter."},
            {"title": "Vérifiez les absences et les retards",
             "text": ["Cliquez sur <b>Vie scolaire</b>.",
                      "Les absences et les retards s'affichent. Vous pouvez parfois justifier une absence en ligne."]},
            {"title": "Écrivez à un professeur",
             "text": ["Cliquez sur <b>Communication</b>, puis sur <b>Discussions</b>.",
                      "Choisissez le professeur, écrivez un message court et poli, puis envoyez."],
             "tip": "Installez l'application Pronote sur votre téléphone pour être prévenu des nouvelles "
                    "informations. Le tutoriel « Installer une application sur son smartphone » vous guide."},
        ],
    },
    {
        "slug": "installer-une-application",
        "title": "Installer une application sur son smartphone",
        "intro": "Une application est un petit programme pour votre téléphone : messagerie, banque, bus, santé. À la "
                 "fin, vous saurez en trouver une, l'installer et l'ouvrir.",
        "summary": "Ouvrir le magasin d'applications, trouver la bonne application, l'installer et l'ouvrir, sans "
                   "payer par erreur.",
        "themes": ["smartphone-et-tablette"], "level": "je-decouvre", "audience": "public",
        "devices": ["smartphone", "tablette"], "duration": 10, "reviewed": date(2026, 7, 6), "featured": False,
        "image": "installer-appli", "requires": [],
        "steps": [
            {"title": "Ouvrez le magasin d'applications",
             "text": ["Sur un téléphone Android, touchez <b>Play Store</b>.",
                      "Sur un iPhone ou un iPad, touchez <b>App Store</b>."],
             "info": "Il faut un compte Google (Android) ou Apple (iPhone). Il est souvent créé quand on allume le "
                     "téléphone pour la première fois."},
            {"title": "Cherchez l'application",
             "image": ("installer-appli", "Un téléphone avec des applications en carrés de couleur et une flèche "
                                          "verte vers le bas : l'application s'installe."),
             "text": ["Touchez la barre de recherche, en haut ou en bas de l'écran.",
                      "Tapez le nom de l'application, puis touchez la loupe."]},
            {"title": "Vérifiez que c'est la bonne",
             "text": ["Regardez le nom de l'éditeur, sous l'application : l'application de votre banque vient de "
                      "votre banque.",
                      "Lisez les avis et regardez le nombre de téléchargements."],
             "warning": "De fausses applications imitent les vraies. En cas de doute, demandez le nom exact à "
                        "l'organisme, ou passez par le lien de son site officiel."},
            {"title": "Touchez Installer",
             "text": ["Touchez <b>Installer</b> (Android) ou <b>Obtenir</b> (iPhone).",
                      "Attendez la fin du téléchargement. Le bouton devient <b>Ouvrir</b>."],
             "warning": "Si un prix est écrit à la place de <b>Installer</b>, l'application est payante. Ne touchez "
                        "pas si vous ne voulez pas payer.",
             "tip": "Installez les applications avec le wifi : elles peuvent être lourdes."},
            {"title": "Ouvrez l'application",
             "text": ["Touchez <b>Ouvrir</b>. L'application est aussi sur votre écran d'accueil.",
                      "L'application pose parfois des questions : accès aux photos, à votre position, aux "
                      "notifications."],
             "info": "Vous pouvez répondre <b>Refuser</b> si l'accès demandé n'a pas de rapport avec l'application. "
                     "Une lampe de poche n'a pas besoin de vos contacts."},
        ],
    },
    {
        "slug": "garder-ses-mots-de-passe-en-securite",
        "title": "Garder ses mots de passe en sécurité",
        "intro": "Vos mots de passe protègent votre messagerie, votre banque et vos démarches. À la fin, vous saurez en "
                 "choisir de solides, les garder au bon endroit et réagir en cas de problème.",
        "summary": "Des mots de passe longs, un par compte, rangés au bon endroit ; la double vérification ; que faire "
                   "si un compte est piraté.",
        "themes": ["securite-et-arnaques"], "level": "je-progresse", "audience": "tous", "devices": ALL_DEVICES,
        "duration": 15, "reviewed": date(2026, 10, 19), "featured": False, "image": "mot-de-passe", "requires": [],
        "steps": [
            {"title": "Choisissez des mots de passe longs",
             "text": ["Un bon mot de passe a au moins 12 caractères.",
                      "Le plus facile : plusieurs mots sans rapport entre eux, avec un chiffre et un signe. Par "
                      "exemple : <b>Tortue!Parapluie7Citron</b>."],
             "warning": "N'utilisez pas votre date de naissance, le prénom d'un enfant ou le nom de votre animal : ils "
                        "se devinent facilement.",
             "tip": "N'utilisez pas l'exemple de ce tutoriel : inventez le vôtre."},
            {"title": "Un mot de passe différent pour chaque compte",
             "text": ["Quand un site se fait voler ses mots de passe, les escrocs les essaient partout.",
                      "Commencez par votre messagerie : elle permet de changer tous vos autres mots de passe."],
             "info": "Votre adresse e-mail est la clé de tous vos comptes. Protégez-la en premier."},
            {"title": "Rangez vos mots de passe au bon endroit",
             "image": ("mot-de-passe", "Un cadenas jaune fermé à côté d'une case de mot de passe : vos mots de passe "
                                       "sont à l'abri."),
             "text": ["Vous pouvez les noter dans un carnet rangé chez vous, jamais dans votre portefeuille ni à côté "
                      "de l'ordinateur.",
                      "Vous pouvez aussi utiliser un gestionnaire de mots de passe : une application qui les garde en "
                      "sécurité derrière un seul mot de passe."]},
            {"title": "Activez la double vérification",
             "text": ["Dans les réglages de votre compte, cherchez <b>Sécurité</b>, puis <b>Validation en deux "
                      "étapes</b> ou <b>Double authentification</b>.",
                      "En plus du mot de passe, un code arrive sur votre téléphone. Un escroc qui connaît votre mot de "
                      "passe ne peut pas entrer."]},
            {"title": "Ne donnez jamais vos mots de passe",
             "text": ["Personne n'a besoin de votre mot de passe : ni votre banque, ni la CAF, ni un technicien au "
                      "téléphone.",
                      "Ne le donnez pas par SMS, par e-mail ou par téléphone."],
             "warning": "Si quelqu'un vous demande un code reçu par SMS, c'est presque toujours une arnaque.",
             "info": "Un aidant n'a pas à connaître vos mots de passe. Tapez-les vous-même ; il peut regarder "
                     "ailleurs."},
            {"title": "En cas de doute, changez-le",
             "text": ["Un message bizarre envoyé depuis votre compte ? Une connexion que vous ne reconnaissez pas ?",
                      "Changez tout de suite le mot de passe de ce compte, puis celui de votre messagerie."],
             "tip": "Le site cybermalveillance.gouv.fr vous guide pas à pas si vous pensez avoir été piraté."},
        ],
    },
    {
        "slug": "trouver-une-offre-d-emploi-sur-france-travail",
        "title": "Trouver une offre d'emploi sur France Travail",
        "intro": "Le site de France Travail publie des milliers d'offres d'emploi. À la fin, vous saurez chercher une "
                 "offre près de chez vous, la garder et y répondre.",
        "summary": "Chercher par métier et par ville, trier les offres, les enregistrer, créer une alerte et postuler.",
        "themes": ["emploi", "demarches-en-ligne"], "level": "je-progresse", "audience": "public",
        "devices": ["ordinateur", "smartphone"], "duration": 20, "reviewed": date(2026, 5, 18), "featured": False,
        "image": "emploi", "requires": ["creer-une-adresse-e-mail", "joindre-un-document-a-un-e-mail"],
        "steps": [
            {"title": "Ouvrez le site de France Travail",
             "text": ["Tapez <b>francetravail.fr</b> dans la barre d'adresse.",
                      "Cliquez sur <b>Candidat</b>, puis sur <b>Offres d'emploi</b>."],
             "info": "Vous pouvez chercher des offres sans compte. Pour postuler, il vaut mieux être connecté à votre "
                     "espace."},
            {"title": "Tapez un métier et un lieu",
             "image": ("emploi", "Une liste d'offres d'emploi à l'écran, avec une loupe pour chercher."),
             "text": ["Dans la première case, tapez un métier ou un mot : <b>aide à domicile</b>, <b>cariste</b>, "
                      "<b>vendeur</b>.",
                      "Dans la deuxième, tapez votre ville ou votre code postal. Cliquez sur <b>Rechercher</b>."],
             "tip": "Essayez plusieurs mots : « agent d'entretien » et « agent de propreté » donnent des offres "
                    "différentes."},
            {"title": "Affinez votre recherche",
             "text": ["Utilisez les filtres : distance, type de contrat (CDI, CDD, intérim), temps plein ou partiel.",
                      "Vous voyez moins d'offres, mais elles vous correspondent mieux."]},
            {"title": "Lisez l'offre en entier",
             "text": ["Cliquez sur une offre pour l'ouvrir.",
                      "Regardez le lieu, les horaires, le salaire, l'expérience demandée et la date de publication."],
             "warning": "Une offre ne doit jamais vous demander de payer, ni de donner vos codes bancaires. Signalez-la "
                        "à France Travail."},
            {"title": "Enregistrez l'offre et créez une alerte",
             "text": ["Cliquez sur l'étoile ou sur le cœur pour garder l'offre dans vos favoris.",
                      "Cliquez sur <b>Créer une alerte</b> : les nouvelles offres arriveront dans votre boîte e-mail."]},
            {"title": "Postulez",
             "text": ["Cliquez sur <b>Postuler</b>. Faites ce que demande l'offre : envoyer votre CV, remplir un "
                      "formulaire ou appeler.",
                      "Pour envoyer un CV par e-mail, ajoutez-le en pièce jointe, au format PDF."],
             "tip": "Notez chaque candidature dans un carnet : la date, l'entreprise et le poste. Vous pourrez "
                    "relancer au bout d'une semaine.",
             "info": "Votre conseiller France Travail ou un médiateur numérique peut vous aider à préparer votre CV."},
        ],
    },
    {
        "slug": "scanner-un-document-avec-son-smartphone",
        "title": "Scanner un document avec son smartphone",
        "intro": "Pour beaucoup de démarches, il faut envoyer un papier : pièce d'identité, avis d'impôt, justificatif "
                 "de domicile. Votre téléphone peut en faire un document PDF bien lisible.",
        "summary": "Poser le papier à plat, le prendre avec l'outil de numérisation du téléphone, recadrer et "
                   "enregistrer en PDF.",
        "themes": ["vie-quotidienne", "smartphone-et-tablette", "demarches-en-ligne"], "level": "je-progresse",
        "audience": "public", "devices": ["smartphone", "tablette"], "duration": 10, "reviewed": date(2026, 7, 6),
        "featured": False, "image": "scanner", "requires": [],
        "steps": [
            {"title": "Préparez le papier",
             "text": ["Posez le document bien à plat sur une table de couleur foncée.",
                      "Mettez-vous près d'une fenêtre ou sous une lampe, sans ombre sur la feuille."],
             "tip": "Une table sombre aide le téléphone à trouver les bords de la feuille."},
            {"title": "Ouvrez l'outil de numérisation",
             "text": ["Sur un iPhone, ouvrez l'application <b>Notes</b>, touchez le trombone ou l'appareil photo, puis "
                      "<b>Scanner des documents</b>.",
                      "Sur Android, ouvrez l'application <b>Drive</b>, touchez <b>+</b>, puis <b>Scanner</b>. "
                      "L'appareil photo a parfois aussi un mode <b>Document</b>."],
             "info": "Pas besoin d'une application payante : ces outils sont déjà sur la plupart des téléphones."},
            {"title": "Cadrez la feuille",
             "image": ("scanner", "Le téléphone tenu au-dessus de la feuille ; un cadre bleu entoure le document à "
                                  "scanner."),
             "text": ["Tenez le téléphone bien au-dessus de la feuille, à plat.",
                      "Un cadre apparaît autour de la feuille. Attendez qu'il ne bouge plus, puis touchez le bouton "
                      "rond."]},
            {"title": "Vérifiez et recadrez",
             "text": ["Regardez l'aperçu : tout le texte doit être lisible, les quatre coins visibles.",
                      "Si besoin, déplacez les coins du cadre, ou touchez <b>Reprendre</b>."],
             "tip": "Pour un document recto verso, scannez les deux faces dans le même fichier."},
            {"title": "Enregistrez en PDF",
             "text": ["Touchez <b>Enregistrer</b> ou <b>OK</b>.",
                      "Donnez un nom clair au fichier, par exemple <b>justificatif-domicile-mars</b>."],
             "info": "Le format PDF est accepté par presque tous les sites de démarches."},
            {"title": "Envoyez ou déposez le document",
             "text": ["Touchez <b>Partager</b> pour l'envoyer par e-mail.",
                      "Sur un site de démarches, cliquez sur <b>Ajouter un fichier</b> et choisissez votre PDF."],
             "warning": "Une pièce d'identité est un document sensible. Envoyez-la seulement aux organismes qui la "
                        "demandent vraiment, puis supprimez-la du téléphone si vous n'en avez plus besoin."},
        ],
    },
    {
        "slug": "declarer-ses-revenus-en-ligne",
        "title": "Déclarer ses revenus en ligne",
        "intro": "Chaque printemps, on déclare les revenus de l'année passée. En ligne, la plupart des montants sont "
                 "déjà remplis. À la fin, vous saurez vérifier, corriger et signer votre déclaration.",
        "summary": "Se connecter à son espace particulier, vérifier les montants déjà remplis, corriger si besoin, "
                   "signer et garder l'accusé de réception.",
        "themes": ["demarches-en-ligne"], "level": "je-suis-autonome", "audience": "tous",
        "devices": ["ordinateur", "tablette"], "duration": 30, "reviewed": date(2026, 4, 13), "featured": False,
        "image": "impots", "requires": ["se-connecter-avec-franceconnect"],
        "steps": [
            {"title": "Préparez vos papiers",
             "text": ["Gardez près de vous :",
                      ["votre dernier avis d'impôt : votre numéro fiscal y est écrit ;",
                       "vos attestations de salaire, de retraite ou d'allocations chômage ;",
                       "les reçus de vos dons, de vos frais de garde d'enfant ou d'emploi à domicile."]]},
            {"title": "Connectez-vous à votre espace particulier",
             "text": ["Allez sur <b>impots.gouv.fr</b>, puis cliquez sur <b>Votre espace particulier</b>.",
                      "Tapez votre numéro fiscal (13 chiffres) et votre mot de passe. Vous pouvez aussi utiliser "
                      "FranceConnect."],
             "warning": "Les impôts ne vous envoient jamais de lien par SMS pour un remboursement. Tapez toujours "
                        "l'adresse vous-même.",
             "info": "Première fois ? Cliquez sur <b>Créer mon espace</b>. Il faut votre numéro fiscal, le revenu "
                     "fiscal de référence écrit sur votre avis d'impôt, et une adresse e-mail."},
            {"title": "Ouvrez la déclaration",
             "image": ("impots", "La feuille de déclaration de revenus, un stylo orange et une coche verte."),
             "text": ["Cliquez sur <b>Déclarer mes revenus</b>.",
                      "Vérifiez d'abord votre situation : adresse, situation de famille, personnes à charge."]},
            {"title": "Vérifiez les montants déjà remplis",
             "text": ["Comparez chaque montant avec vos attestations : salaires, retraites, allocations.",
                      "Si un montant est faux ou manque, cliquez dessus et corrigez-le."],
             "tip": "Les dons, les frais de garde d'enfant ou d'aide à domicile ne sont pas toujours remplis : "
                    "ajoutez-les, ils peuvent réduire votre impôt."},
            {"title": "Signez la déclaration",
             "text": ["Lisez le résumé, puis cliquez sur <b>Signer</b>.",
                      "Un avis de situation déclarative s'affiche : il donne une estimation de votre impôt."]},
            {"title": "Gardez l'accusé de réception",
             "text": ["Vous recevez un e-mail de confirmation.",
                      "Téléchargez l'accusé de réception et gardez-le : il prouve que vous avez déclaré à temps."],
             "info": "Si vos revenus sont bien connus et votre situation n'a pas changé, vous êtes peut-être en "
                     "déclaration automatique : vous n'avez rien à faire. Le site vous le dit.",
             "tip": "Une erreur après la signature ? Vous pouvez corriger la déclaration en ligne pendant plusieurs "
                    "mois."},
        ],
        "note": ("warning", "Les dates limites changent chaque année et selon votre département. Vérifiez-les sur "
                            "impots.gouv.fr."),
    },
    {
        "slug": "consulter-son-compte-ameli",
        "title": "Consulter son compte Ameli",
        "intro": "Le compte Ameli est votre espace sur le site de l'Assurance Maladie. À la fin, vous saurez suivre "
                 "vos remboursements et télécharger une attestation de droits.",
        "summary": "Se connecter à son compte Ameli, suivre ses remboursements, télécharger une attestation et écrire "
                   "à sa caisse.",
        "themes": ["sante", "demarches-en-ligne"], "level": "je-progresse", "audience": "public",
        "devices": ALL_DEVICES, "duration": 15, "reviewed": date(2026, 8, 24), "featured": False,
        "image": "compte-sante", "requires": ["se-connecter-avec-franceconnect"],
        "steps": [
            {"title": "Ouvrez le site ou l'application",
             "text": ["Allez sur <b>ameli.fr</b> et cliquez sur <b>Compte ameli</b>, ou ouvrez l'application ameli.",
                      "Choisissez <b>Se connecter</b>."],
             "info": "Pas encore de compte ? Cliquez sur <b>Créer mon compte</b>. Il faut votre numéro de sécurité "
                     "sociale (écrit sur la carte Vitale), votre code postal et une adresse e-mail."},
            {"title": "Connectez-vous",
             "image": ("connexion-compte", "Le grand bouton bleu de connexion, marqué d'une silhouette, pour entrer "
                                           "dans votre compte."),
             "text": ["Tapez votre numéro de sécurité sociale et votre mot de passe.",
                      "Vous pouvez aussi cliquer sur <b>S'identifier avec FranceConnect</b>."],
             "warning": "L'Assurance Maladie ne vous demande jamais vos coordonnées bancaires par SMS ou par e-mail, "
                        "ni de payer une nouvelle carte Vitale."},
            {"title": "Suivez vos remboursements",
             "image": ("compte-sante", "Une carte de santé verte devant un écran qui liste vos remboursements."),
             "text": ["Cliquez sur <b>Mes paiements</b>.",
                      "Chaque soin s'affiche avec la date, le montant payé et le montant remboursé."]},
            {"title": "Téléchargez une attestation de droits",
             "text": ["Cliquez sur <b>Mes démarches</b>, puis sur <b>Obtenir une attestation de droits</b>.",
                      "Choisissez la personne, puis téléchargez le document PDF. Vous pouvez l'imprimer ou "
                      "l'envoyer."],
             "tip": "Cette attestation est souvent demandée par l'hôpital, la mutuelle ou une administration."},
            {"title": "Écrivez à votre caisse",
             "text": ["Cliquez sur <b>Messagerie</b>, puis sur <b>Écrire un message</b>.",
                      "Choisissez le sujet, écrivez votre question et joignez un document si besoin."],
             "info": "La réponse arrive dans la messagerie du compte. Vous êtes prévenu par e-mail."},
            {"title": "Déconnectez-vous",
             "text": ["Cliquez sur <b>Me déconnecter</b>, en haut de la page.",
                      "Sur un ordinateur partagé, fermez aussi le navigateur."]},
        ],
    },
    {
        "slug": "se-connecter-a-un-reseau-wifi",
        "title": "Se connecter à un réseau wifi",
        "intro": "Le wifi permet d'aller sur internet sans user votre forfait mobile : chez vous, à la médiathèque, à "
                 "la mairie. À la fin, vous saurez y connecter votre téléphone ou votre tablette.",
        "summary": "Trouver le nom du réseau et sa clé, activer le wifi, se connecter et reconnaître le symbole du "
                   "wifi.",
        "themes": ["internet", "smartphone-et-tablette"], "level": "je-decouvre", "audience": "public",
        "devices": ALL_DEVICES, "duration": 10, "reviewed": date(2026, 6, 8), "featured": False, "image": "wifi",
        "requires": [],
        "steps": [
            {"title": "Trouvez le nom du réseau et la clé",
             "text": ["Chez vous, regardez l'étiquette collée sous ou derrière votre box internet.",
                      "Elle donne le nom du réseau et la clé de sécurité : une suite de lettres et de chiffres."],
             "tip": "Prenez l'étiquette en photo : vous aurez la clé sous la main.",
             "info": "Dans un lieu public, le nom du réseau et la clé sont souvent affichés à l'accueil."},
            {"title": "Ouvrez les réglages",
             "text": ["Touchez <b>Paramètres</b> (Android) ou <b>Réglages</b> (iPhone).",
                      "Touchez <b>Wi-Fi</b>, ou <b>Connexions</b> puis <b>Wi-Fi</b>."]},
            {"title": "Activez le wifi",
             "image": ("wifi", "Un téléphone qui affiche le symbole du wifi, à côté d'une box internet."),
             "text": ["Touchez le bouton pour l'activer : il devient bleu ou vert.",
                      "La liste des réseaux autour de vous s'affiche."]},
            {"title": "Choisissez votre réseau et tapez la clé",
             "text": ["Touchez le nom de votre réseau.",
                      "Tapez la clé de sécurité, en respectant les majuscules et les minuscules. Touchez "
                      "<b>Connexion</b>."],
             "tip": "Touchez le petit œil à côté de la case pour voir ce que vous tapez."},
            {"title": "Vérifiez que vous êtes connecté",
             "text": ["Le mot <b>Connecté</b> s'affiche sous le nom du réseau.",
                      "Le symbole du wifi, en forme d'éventail, apparaît en haut de l'écran."],
             "info": "La prochaine fois, le téléphone se connectera tout seul à ce réseau."},
        ],
        "note": ("warning", "Sur un wifi public sans mot de passe (gare, café), évitez d'aller sur votre banque ou de "
                            "faire vos démarches."),
    },
    {
        "slug": "utiliser-la-souris-et-le-clavier",
        "title": "Utiliser la souris et le clavier",
        "intro": "La souris et le clavier servent à donner des ordres à l'ordinateur. À la fin, vous saurez cliquer, "
                 "faire défiler une page et écrire un texte.",
        "summary": "Tenir la souris, cliquer, double-cliquer, faire défiler ; taper, effacer, écrire une majuscule et "
                   "l'arobase.",
        "themes": ["decouvrir-l-ordinateur"], "level": "je-decouvre", "audience": "public", "devices": ["ordinateur"],
        "duration": 20, "reviewed": date(2026, 5, 18), "featured": False, "image": "clavier-souris", "requires": [],
        "steps": [
            {"title": "Tenez la souris",
             "image": ("clavier-souris", "Un ordinateur portable avec son clavier et, à côté, la souris."),
             "text": ["Posez la main sur la souris, l'index sur le bouton de gauche.",
                      "Faites glisser la souris sur la table : la flèche bouge sur l'écran."],
             "tip": "Plus de place ? Soulevez la souris et reposez-la au milieu du tapis : la flèche ne bouge pas "
                    "quand la souris est en l'air."},
            {"title": "Cliquez et double-cliquez",
             "text": ["Un clic : appuyez une fois sur le bouton de gauche. Il sert à choisir, ou à ouvrir un lien.",
                      "Un double-clic : deux appuis rapides. Il sert à ouvrir un dossier ou un programme sur le "
                      "bureau."],
             "info": "Le bouton de droite ouvre un petit menu. Si vous l'ouvrez par erreur, appuyez sur la touche "
                     "<b>Échap</b>."},
            {"title": "Faites défiler une page",
             "text": ["Tournez la molette, entre les deux boutons, avec l'index.", "La page monte ou descend."]},
            {"title": "Écrivez avec le clavier",
             "text": ["Cliquez d'abord dans la case où vous voulez écrire : un petit trait clignote.",
                      "Tapez les lettres. La grande touche du bas fait un espace."]},
            {"title": "Corrigez une erreur",
             "text": ["La touche <b>Retour arrière</b> (une flèche vers la gauche, au-dessus de <b>Entrée</b>) efface "
                      "la lettre à gauche du trait.",
                      "La touche <b>Entrée</b> valide, ou passe à la ligne."]},
            {"title": "Écrivez une majuscule et l'arobase",
             "text": ["Pour une majuscule, gardez le doigt sur la touche <b>Maj</b> (une flèche vers le haut) et tapez "
                      "la lettre.",
                      "Pour l'arobase @ d'une adresse e-mail, gardez le doigt sur <b>Alt Gr</b> et tapez la touche "
                      "<b>à</b>, celle du 0."],
             "tip": "Sur un clavier d'ordinateur Apple, l'arobase a sa propre touche, en haut à gauche."},
        ],
    },
]

GUIDES = [
    {
        "slug": "faire-pour-ou-faire-avec",
        "title": "Faire pour ou faire avec ?",
        "intro": "Une personne vous demande de l'aide pour une démarche en ligne. Faut-il la faire à sa place, ou "
                 "l'accompagner pour qu'elle la fasse elle-même ? Des repères pour choisir, à chaque fois.",
        "summary": "Deux façons d'accompagner une démarche en ligne : quand faire à la place de la personne, quand "
                   "l'aider à faire seule, et comment passer de l'un à l'autre.",
        "themes": ["demarches-en-ligne"], "reviewed": date(2026, 10, 12), "image": "faire-avec",
        "tutorials": ["creer-une-adresse-e-mail", "se-connecter-avec-franceconnect", "joindre-un-document-a-un-e-mail",
                      "garder-ses-mots-de-passe-en-securite"],
        "services": [Service.ADMIN_PROCEDURES, Service.EVERYDAY_TOOLS],
        "body": [
            ("h2", "Deux façons d'accompagner"),
            ("p", "Le réseau d'inclusion numérique des Pyrénées-Atlantiques, réuni à Pau en 2018, a décrit les étapes "
                  "d'un parcours d'accompagnement : sensibiliser, repérer, orienter, accompagner, former. Pour "
                  "l'accompagnement, il distingue deux postures."),
            ("ul", ["<b>Faire pour</b> : vous faites la démarche à la place de la personne. C'est utile quand elle ne "
                    "peut pas la faire : handicap, langue, urgence, démarche trop complexe.",
                    "<b>Faire avec</b> : la personne fait elle-même, vous êtes à côté. Elle peut faire ou apprendre, "
                    "mais elle a besoin d'être rassurée."]),
            ("quote", "Éviter de faire à la place de quelqu'un quand la personne peut être en capacité d'apprendre.",
             PAU_WORKSHOP),
            ("h2", "Comment choisir ?"),
            ("p", "Posez-vous trois questions avant de commencer :"),
            ("ul", ["<b>Est-ce urgent ?</b> Un dossier à rendre demain, des droits qui vont être coupés : faites pour, "
                    "puis proposez de revenir pour apprendre.",
                    "<b>La personne veut-elle apprendre ?</b> Certaines veulent seulement que ce soit fait, d'autres "
                    "veulent devenir autonomes. Demandez-le-lui.",
                    "<b>Devra-t-elle refaire cette démarche ?</b> Si elle revient chaque mois ou chaque trimestre, "
                    "apprendre lui fera gagner du temps, et à vous aussi."]),
            ("tip", "Dites à voix haute ce que vous faites, même quand vous faites pour : « Je clique sur Mes paiements "
                    "pour voir vos remboursements. » La personne apprend en vous regardant."),
            ("h2", "Faire avec, en pratique"),
            ("ul", ["Laissez la personne tenir la souris ou le téléphone. Gardez vos mains loin du clavier.",
                    "Montrez une seule action à la fois, puis laissez-la faire.",
                    "Utilisez ses mots plutôt que le jargon : « la petite flèche » plutôt que « le curseur ».",
                    "Notez avec elle les étapes sur une fiche, ou imprimez le tutoriel qui correspond.",
                    "Terminez sur une réussite : une démarche finie, un e-mail envoyé."]),
            ("info", "Les tutoriels de ce site sont faits pour être suivis à deux : une action par étape, des phrases "
                     "courtes et une version à imprimer."),
            ("h2", "Faire pour, en sécurité"),
            ("p", "Faire à la place de quelqu'un engage votre responsabilité. Quelques règles protègent la personne, et "
                  "vous protègent aussi :"),
            ("ul", ["La personne est présente et donne son accord à chaque étape importante.",
                    "Elle tape elle-même ses mots de passe. Vous ne les notez pas et vous ne les gardez pas.",
                    "Vous ne gardez aucune copie de ses papiers.",
                    "À la fin, vous la déconnectez de tous ses comptes et vous fermez le navigateur."]),
            ("warning", "Pour faire régulièrement des démarches à la place d'une personne, un cadre existe : Aidants "
                        "Connect. Lisez le guide « Le cadre légal de l'aidant »."),
            ("h2", "Passer du « faire pour » au « faire avec »"),
            ("p", "Une personne accompagnée peut progresser. La première fois, vous faites pour. La deuxième, vous "
                  "faites ensemble. La troisième, elle fait et vous regardez."),
            ("p", "Le groupe de Pau insistait aussi sur le transfert : « j'ai appris à créer une adresse e-mail, donc "
                  "demain je saurai créer un compte sur le site d'un autre organisme ». Pour continuer à apprendre, "
                  "proposez un atelier dans un lieu de médiation numérique."),
        ],
    },
    {
        "slug": "reperer-un-besoin-d-accompagnement-numerique",
        "title": "Repérer un besoin d'accompagnement numérique",
        "intro": "Beaucoup de personnes n'osent pas dire qu'elles ont du mal avec le numérique. À l'accueil, au "
                 "guichet ou à domicile, quelques signes et quelques questions aident à repérer un besoin, sans mettre "
                 "la personne mal à l'aise.",
        "summary": "Les signes qui doivent alerter, les questions simples à poser et les erreurs à éviter pour repérer "
                   "une difficulté avec le numérique.",
        "themes": ["demarches-en-ligne", "decouvrir-l-ordinateur"], "reviewed": date(2026, 10, 12),
        "image": "reperer",
        "tutorials": ["utiliser-la-souris-et-le-clavier", "creer-une-adresse-e-mail", "reconnaitre-un-sms-frauduleux"],
        "services": [Service.EVERYDAY_TOOLS, Service.UNDERSTANDING, Service.SAFE_USE],
        "body": [
            ("h2", "Un besoin n'est pas toujours une demande"),
            ("p", "Le groupe de travail de Pau l'a rappelé : il faut distinguer le besoin, que la personne ne dit pas "
                  "toujours, de la demande qu'elle exprime. Une personne vient pour un dossier de la CAF ; en fait, "
                  "elle n'a pas d'adresse e-mail, ou elle ne se souvient plus de son mot de passe."),
            ("p", "Repérer revient à tous ceux qui accueillent le public : services sociaux, guichets, mairies. "
                  "L'entourage, les associations, le facteur ou la secrétaire de mairie, en milieu rural, peuvent "
                  "aussi donner l'alerte."),
            ("h2", "Les signes qui doivent alerter"),
            ("ul", ["La personne vient avec un courrier qui lui demande d'aller « sur internet ».",
                    "Elle demande qu'on fasse « juste ça » pour elle, et revient souvent pour la même chose.",
                    "Elle n'a pas d'adresse e-mail, ou elle utilise celle d'un proche.",
                    "Elle a oublié ses mots de passe, ou les garde sur un papier dans son portefeuille.",
                    "Une aide a été suspendue parce qu'une démarche en ligne n'a pas été faite.",
                    "Elle a reçu un SMS ou un appel étrange et ne sait pas quoi en penser."]),
            ("h2", "Des questions simples, sans jugement"),
            ("p", "« Vous savez utiliser internet ? » appelle souvent un « oui » gêné. Posez plutôt des questions "
                  "concrètes :"),
            ("ul", ["« Avez-vous une adresse e-mail ? Pouvez-vous l'ouvrir maintenant ? »",
                    "« Comment faites-vous d'habitude pour vos papiers de la CAF ou des impôts ? »",
                    "« Avez-vous un téléphone qui va sur internet ? Un ordinateur chez vous ? »",
                    "« Qui vous aide d'habitude ? »"]),
            ("tip", "Une courte mise en situation en dit plus qu'une question : proposez à la personne d'ouvrir sa "
                    "messagerie devant vous, à son rythme."),
            ("info", "Des outils de diagnostic permettent d'évaluer en quelques minutes ce qu'une personne sait faire. "
                     "Le réseau de Pau insistait sur un point : se former à leur utilisation."),
            ("h2", "Ce qu'il faut éviter"),
            ("ul", ["Faire sans expliquer, parce que c'est plus rapide.",
                    "Parler de « fracture numérique » ou d'« illettrisme » devant la personne.",
                    "Croire que l'âge explique tout : des jeunes aussi ont du mal avec les démarches en ligne.",
                    "Laisser partir la personne sans solution ni rendez-vous."]),
            ("warning", "Une difficulté avec le numérique cache parfois une difficulté avec la lecture, le français ou "
                        "la vue. Orientez vers un lieu qui sait accueillir ces besoins : la fiche de chaque lieu "
                        "indique ses accompagnements spécifiques."),
            ("h2", "Et ensuite ?"),
            ("p", "Repérer, c'est déjà commencer à orienter. Le guide « Orienter une personne vers le bon lieu » vous "
                  "aide à trouver la bonne structure près de chez elle."),
        ],
    },
    {
        "slug": "orienter-une-personne-vers-le-bon-lieu",
        "title": "Orienter une personne vers le bon lieu",
        "intro": "Vous avez repéré qu'une personne a besoin d'aide avec le numérique. Comment trouver le lieu qui lui "
                 "convient, et faire en sorte qu'elle y aille vraiment ?",
        "summary": "Choisir le lieu selon le besoin, les horaires et la distance, présenter une personne plutôt "
                   "qu'une adresse, et garder le lien.",
        "themes": ["demarches-en-ligne"], "reviewed": date(2026, 10, 12), "image": "orienter",
        "tutorials": ["se-connecter-a-un-reseau-wifi", "creer-une-adresse-e-mail", "se-connecter-avec-franceconnect"],
        "services": [Service.ADMIN_PROCEDURES, Service.EVERYDAY_TOOLS, Service.EMPLOYMENT, Service.PARENTING,
                     Service.INTERNET_ACCESS],
        "body": [
            ("h2", "Orienter, ce n'est pas se débarrasser"),
            ("quote", "Il est important d'avoir une notion de parcours, garder un lien avec l'usager et ne pas donner "
                      "l'impression de se débarrasser de la personne.", PAU_WORKSHOP),
            ("p", "Une orientation réussie, c'est une personne qui arrive au bon endroit, au bon moment, et qui se sent "
                  "attendue."),
            ("h2", "Partir du besoin"),
            ("p", "Chaque lieu ne fait pas tout. Les fiches des lieux indiquent leurs services :"),
            ("ul", ["<b>Aide aux démarches administratives</b> : CAF, retraite, impôts, papiers d'identité. Les "
                    "maisons France Services et certains CCAS.",
                    "<b>Maîtrise des outils numériques du quotidien</b> : apprendre à se servir de son téléphone, de "
                    "son ordinateur, de sa messagerie. Les espaces publics numériques, les médiathèques.",
                    "<b>Insertion professionnelle via le numérique</b> : CV, candidatures, espace France Travail.",
                    "<b>Parentalité et éducation avec le numérique</b> : suivre la scolarité, accompagner les enfants "
                    "sur internet.",
                    "<b>Accès internet et matériel informatique</b> : un ordinateur en libre accès, une imprimante, "
                    "du wifi."]),
            ("h2", "Vérifier ce qui compte pour la personne"),
            ("ul", ["Les horaires : vont-ils avec son travail, la sortie de l'école, les bus ?",
                    "L'accueil : sans rendez-vous, sur rendez-vous, en atelier collectif.",
                    "La distance et le transport. En zone rurale, un bus numérique ou une permanence en mairie est "
                    "parfois plus proche.",
                    "Les besoins particuliers : langue, handicap, difficulté avec l'écrit.",
                    "Le coût : la plupart des lieux sont gratuits, certains sous conditions."]),
            ("tip", "Dans la recherche de lieux, filtrez par service et par commune, puis imprimez la fiche du lieu ou "
                    "donnez son adresse courte à la personne."),
            ("h2", "Présenter une personne, pas seulement une adresse"),
            ("p", "Dites « Allez voir Mme Martin à la médiathèque, le mardi après-midi » plutôt que « Allez à la "
                  "médiathèque ». Quand c'est possible, appelez le lieu devant la personne, ou prenez le rendez-vous "
                  "avec elle."),
            ("info", "Le réseau de Pau proposait un référent dans chaque structure : la personne comprend que les deux "
                     "lieux se parlent, et elle ose y aller."),
            ("h2", "Garder le lien"),
            ("p", "Proposez à la personne de revenir vous dire comment cela s'est passé. Si elle n'y est pas allée, "
                  "cherchez ensemble ce qui a bloqué : les horaires, la peur, le transport."),
            ("p", "Les personnes très isolées ou très occupées ont besoin d'une aide qui vient à elles : bus "
                  "numérique, permanence en mairie, visite à domicile."),
        ],
    },
    {
        "slug": "le-cadre-legal-de-l-aidant",
        "title": "Le cadre légal de l'aidant : Aidants Connect et données personnelles",
        "intro": "Faire une démarche en ligne pour quelqu'un engage votre responsabilité. Ce que dit le cadre, ce "
                 "qu'apporte Aidants Connect, et les bons gestes pour protéger les données de la personne.",
        "summary": "Pourquoi ne pas utiliser les mots de passe d'une personne, ce qu'est le mandat Aidants Connect, et "
                   "les règles de base pour protéger les données personnelles.",
        "themes": ["demarches-en-ligne", "securite-et-arnaques"], "reviewed": date(2026, 10, 12),
        "image": "cadre-legal",
        "tutorials": ["se-connecter-avec-franceconnect", "garder-ses-mots-de-passe-en-securite",
                      "declarer-ses-revenus-en-ligne", "consulter-son-compte-ameli"],
        "services": [Service.ADMIN_PROCEDURES, Service.SAFE_USE],
        "body": [
            ("h2", "Le problème : agir avec les identifiants d'une autre personne"),
            ("p", "Beaucoup d'aidants font des démarches avec l'identifiant et le mot de passe de la personne aidée, "
                  "parfois notés dans un carnet. C'est courant, mais risqué : rien ne prouve qui a fait quoi, et en cas "
                  "d'erreur, ni la personne ni l'aidant ne sont protégés."),
            ("quote", "Cadre d'intervention juridique : quelles conséquences pour les aidants numériques qui font à la "
                      "place ? Quels engagements en cas d'erreur ?", PAU_WORKSHOP),
            ("h2", "Aidants Connect : un mandat pour agir en sécurité"),
            ("p", "Aidants Connect est un service public pour les aidants professionnels : travailleurs sociaux, "
                  "agents France Services, conseillers numériques, secrétaires de mairie. Il permet de faire une "
                  "démarche en ligne à la place d'une personne, avec son accord, et en gardant une trace."),
            ("ul", ["La personne et l'aidant signent un <b>mandat</b>. Il dit quelles démarches l'aidant peut faire, et "
                    "pour combien de temps : d'une journée à un an.",
                    "L'aidant se connecte avec ses propres identifiants, jamais avec ceux de la personne.",
                    "Chaque action est enregistrée. La personne peut mettre fin au mandat quand elle veut."]),
            ("info", "Pour utiliser Aidants Connect, votre structure doit être habilitée et vous devez suivre une "
                     "formation. Renseignez-vous sur le site aidantsconnect.beta.gouv.fr."),
            ("h2", "Sans Aidants Connect : les règles de base"),
            ("ul", ["La personne est présente, donne son accord et tape elle-même ses mots de passe.",
                    "Vous ne notez pas ses mots de passe et vous ne les gardez pas.",
                    "Vous expliquez chaque étape et vous lui montrez le résultat avant de valider.",
                    "Vous ne signez rien à sa place."]),
            ("warning", "Une personne sous tutelle ou sous curatelle est représentée ou assistée par son mandataire "
                        "pour certaines démarches. Renseignez-vous avant d'agir."),
            ("h2", "Protéger les données personnelles"),
            ("p", "Les papiers d'une personne (avis d'impôt, pièce d'identité, relevés) contiennent des données "
                  "personnelles. Le règlement général sur la protection des données (RGPD) s'applique aussi aux "
                  "structures qui accompagnent."),
            ("ul", ["Ne gardez aucune copie des documents : ni sur l'ordinateur, ni sur une clé USB, ni dans votre "
                    "téléphone.",
                    "Sur un poste partagé, utilisez la navigation privée, déconnectez chaque compte et videz le "
                    "dossier Téléchargements.",
                    "Ne prenez pas les papiers en photo avec votre téléphone personnel.",
                    "Ne demandez que les informations utiles à la démarche."]),
            ("tip", "Affichez ces règles au poste d'accueil : les personnes accompagnées voient que leurs données sont "
                    "respectées."),
            ("h2", "En cas d'erreur"),
            ("p", "Si une erreur est faite pendant une démarche, dites-le tout de suite à la personne et contactez "
                  "ensemble l'organisme concerné. Beaucoup d'erreurs se corrigent en ligne, comme une déclaration de "
                  "revenus. Parlez-en aussi à votre responsable : votre structure doit connaître ses règles et son "
                  "assurance."),
        ],
    },
]

LEARNING_PATH = {
    "slug": "premiers-pas-avec-le-smartphone",
    "title": "Premiers pas avec le smartphone",
    "intro": "Six tutoriels, dans l'ordre, pour prendre en main votre téléphone : du wifi à la sécurité. Avancez à "
             "votre rythme : votre progression reste sur votre appareil.",
    "summary": "Un parcours en six étapes : se connecter au wifi, installer une application, appeler en vidéo, scanner "
               "un papier, éviter les arnaques et protéger ses comptes.",
    "themes": ["smartphone-et-tablette"], "level": "je-decouvre", "audience": "public",
    "devices": ["smartphone", "tablette"], "reviewed": date(2026, 10, 19), "image": "parcours",
    "steps": [
        ("se-connecter-a-un-reseau-wifi", "Commencez ici : avec le wifi, vous n'usez pas votre forfait."),
        ("installer-une-application", "Vous en aurez besoin pour les étapes suivantes."),
        ("appeler-sa-famille-en-video", "Pour garder le lien avec vos proches, même de loin."),
        ("scanner-un-document-avec-son-smartphone", "Utile pour presque toutes vos démarches."),
        ("reconnaitre-un-sms-frauduleux", "Pour utiliser votre téléphone sans vous faire piéger."),
        ("garder-ses-mots-de-passe-en-securite", "Pour protéger tout ce que vous venez d'apprendre."),
    ],
}

# Translations of three tutorials, in the shape of the French content (see the module's docstring).
TRANSLATIONS = {
    "creer-une-adresse-e-mail": {
        "en": {
            "slug": "create-an-email-address",
            "title": "Create an email address",
            "intro": "An email address lets you receive messages and create your online accounts: family benefits, "
                     "taxes, health. By the end, you will have your own address.",
            "summary": "Choose a free email service, fill in the form and write down your address. Step by step, in "
                       "20 minutes.",
            "steps": [
                {"title": "Choose your email service",
                 "text": ["An email service keeps your emails. Most of them are free.",
                          "For example: Gmail, Outlook or laposte.net. Choose the one your family uses: they will be "
                          "able to help you."]},
                {"title": "Open the sign-up page",
                 "image": "The mouse pointer on the green button that creates the account.",
                 "text": ["Go to the website of the email service you chose.",
                          "Click <b>Create account</b>. On a phone, the button may be called <b>Sign up</b>."],
                 "tip": "On a smartphone, you may already have an address: it was created when the phone was switched "
                        "on for the first time. Ask a relative or a digital mediator to check."},
                {"title": "Type your name and date of birth",
                 "image": "The sign-up form: three boxes to fill in, then a blue button to continue.",
                 "text": ["Type your first name, then your last name.",
                          "Enter your date of birth. It will help if you lose access to your account."],
                 "info": "Use your real name: you will use this address for official procedures."},
                {"title": "Choose your address",
                 "text": ["The website suggests some addresses. You can also make one up.",
                          "The simplest: <b>firstname.lastname</b>, with a number if it is already taken. For "
                          "example: marie.dupont64."],
                 "tip": "Avoid nicknames: an employer or a public office will see this address."},
                {"title": "Choose a password",
                 "image": "A closed yellow padlock next to the password box, filled with dots: the password stays "
                          "hidden.",
                 "text": ["Type a long password: at least 12 characters.",
                          "A good idea: three or four words that have nothing to do with each other, with a number. "
                          "Type it a second time to confirm."],
                 "warning": "Never give this password to anyone, even to someone who says they work for the email "
                            "service.",
                 "tip": "Write it down in a notebook that you keep at home."},
                {"title": "Add your phone number",
                 "text": ["The website often asks for a mobile phone number.",
                          "You receive a code by text message. Type this code on the website to prove that it is "
                          "really you."],
                 "info": "This number will help you get your account back if you forget your password."},
                {"title": "Accept the terms and finish",
                 "image": "A yellow envelope with a green tick: your email address is ready.",
                 "text": ["Read the terms of use, then click <b>I agree</b>.",
                          "Your inbox opens: your address is ready."],
                 "tip": "Write your address on a sheet of paper and send a first message, for example to a relative, "
                        "to try it out."},
            ],
            "note": "Need help? A digital mediator can create the address with you. Look for a place near you in the "
                    "“Find a place” section.",
        },
        "ar": {
            "slug": "insha-unwan-barid-iliktruni",
            "title": "إنشاء عنوان بريد إلكتروني",
            "intro": "يُستعمل عنوان البريد الإلكتروني لاستقبال الرسائل ولإنشاء حساباتك على الإنترنت: المنح العائلية، "
                     "والضرائب، والصحة. في النهاية، سيكون لديك عنوانك الخاص.",
            "summary": "اختر خدمة بريد مجانية، واملأ الاستمارة، ودوّن عنوانك. خطوة بخطوة، في 20 دقيقة.",
            "steps": [
                {"title": "اختر خدمة البريد",
                 "text": ["خدمة البريد الإلكتروني تحفظ رسائلك. أغلب هذه الخدمات مجاني.",
                          "على سبيل المثال: Gmail أو Outlook أو laposte.net. اختر الخدمة التي يستعملها أقاربك: "
                          "سيتمكّنون من مساعدتك."]},
                {"title": "افتح صفحة إنشاء الحساب",
                 "image": "سهم الفأرة على الزر الأخضر الذي يُنشئ الحساب.",
                 "text": ["ادخل إلى موقع خدمة البريد التي اخترتها.",
                          "انقر على <b>إنشاء حساب</b>. على الهاتف، قد يحمل الزر اسم <b>التسجيل</b>."],
                 "tip": "ربما لديك عنوان بالفعل على هاتفك الذكي: فقد أُنشئ عند تشغيل الهاتف لأول مرة. اطلب من أحد "
                        "أقاربك أو من وسيط رقمي أن يتحقق من ذلك."},
                {"title": "اكتب اسمك وتاريخ ميلادك",
                 "image": "استمارة التسجيل: ثلاث خانات للملء، ثم زر أزرق للمتابعة.",
                 "text": ["اكتب اسمك الشخصي، ثم اسم العائلة.",
                          "أدخل تاريخ ميلادك. سيفيدك إذا فقدت الوصول إلى حسابك."],
                 "info": "استعمل اسمك الحقيقي: ستستعمل هذا العنوان في إجراءاتك الرسمية."},
                {"title": "اختر عنوانك",
                 "text": ["يقترح الموقع عليك عناوين. يمكنك أيضًا أن تختار عنوانًا بنفسك.",
                          "الأسهل: <b>الاسم.اللقب</b> بالحروف اللاتينية، مع رقم إذا كان العنوان مستعملًا. مثلًا: "
                          "marie.dupont64."],
                 "tip": "تجنّب الألقاب المستعارة: سيرى هذا العنوانَ صاحبُ عمل أو إدارة."},
                {"title": "اختر كلمة مرور",
                 "image": "قفل أصفر مغلق بجانب خانة كلمة المرور المملوءة بالنقاط: كلمة المرور تبقى مخفية.",
                 "text": ["اكتب كلمة مرور طويلة: 12 حرفًا على الأقل.",
                          "فكرة جيدة: ثلاث أو أربع كلمات لا علاقة بينها، مع رقم. اكتبها مرة ثانية للتأكيد."],
                 "warning": "لا تعطِ كلمة المرور هذه لأي أحد، حتى لمن يقول إنه يعمل لدى خدمة البريد.",
                 "tip": "دوّنها في دفتر تحتفظ به في بيتك."},
                {"title": "أضف رقم هاتفك",
                 "text": ["يطلب الموقع غالبًا رقم هاتف محمول.",
                          "تصلك رسالة نصية فيها رمز. اكتب هذا الرمز على الموقع لتُثبت أنك صاحب الحساب."],
                 "info": "سيساعدك هذا الرقم على استرجاع حسابك إذا نسيت كلمة المرور."},
                {"title": "وافق على الشروط وأنهِ التسجيل",
                 "image": "ظرف أصفر عليه علامة صح خضراء: عنوان بريدك الإلكتروني جاهز.",
                 "text": ["اقرأ شروط الاستعمال، ثم انقر على <b>أوافق</b>.",
                          "يُفتح صندوق الوارد: عنوانك جاهز."],
                 "tip": "اكتب عنوانك على ورقة، وأرسل رسالة أولى لتجربته، مثلًا إلى أحد أقاربك."},
            ],
            "note": "هل تحتاج إلى مساعدة؟ يمكن لوسيط رقمي أن ينشئ العنوان معك. ابحث عن مكان قريب منك في قسم «ابحث عن "
                    "مكان».",
        },
        "es": {
            "slug": "crear-una-direccion-de-correo",
            "title": "Crear una dirección de correo electrónico",
            "intro": "Una dirección de correo electrónico sirve para recibir mensajes y crear sus cuentas en línea: "
                     "prestaciones familiares, impuestos, salud. Al final, tendrá su propia dirección.",
            "summary": "Elegir un servicio de correo gratuito, rellenar el formulario y apuntar su dirección. Paso a "
                       "paso, en 20 minutos.",
            "steps": [
                {"title": "Elija su servicio de correo",
                 "text": ["Un servicio de correo guarda sus mensajes. La mayoría son gratuitos.",
                          "Por ejemplo: Gmail, Outlook o laposte.net. Elija el que usan sus familiares: podrán "
                          "ayudarle."]},
                {"title": "Abra la página para crear una cuenta",
                 "image": "La flecha del ratón sobre el botón verde que crea la cuenta.",
                 "text": ["Vaya al sitio del servicio de correo elegido.",
                          "Haga clic en <b>Crear cuenta</b>. En un teléfono, el botón puede llamarse "
                          "<b>Registrarse</b>."],
                 "tip": "En un smartphone, quizá ya tenga una dirección: se creó cuando encendió el teléfono por "
                        "primera vez. Pida a un familiar o a un mediador digital que lo compruebe."},
                {"title": "Escriba su nombre y su fecha de nacimiento",
                 "image": "El formulario de registro: tres casillas que rellenar y luego un botón azul para "
                          "continuar.",
                 "text": ["Escriba su nombre y luego sus apellidos.",
                          "Indique su fecha de nacimiento. Le servirá si pierde el acceso a su cuenta."],
                 "info": "Ponga su nombre real: usará esta dirección para sus trámites oficiales."},
                {"title": "Elija su dirección",
                 "text": ["El sitio le propone direcciones. También puede inventar una.",
                          "Lo más sencillo: <b>nombre.apellido</b>, con un número si ya está ocupada. Por ejemplo: "
                          "marie.dupont64."],
                 "tip": "Evite los apodos: un empleador o una administración verá esta dirección."},
                {"title": "Elija una contraseña",
                 "image": "Un candado amarillo cerrado junto a la casilla de la contraseña, llena de puntos: la "
                          "contraseña queda oculta.",
                 "text": ["Escriba una contraseña larga: al menos 12 caracteres.",
                          "Una buena idea: tres o cuatro palabras sin relación entre ellas, con un número. Escríbala "
                          "una segunda vez para confirmar."],
                 "warning": "No dé nunca esta contraseña, ni siquiera a alguien que diga trabajar para el servicio de "
                            "correo.",
                 "tip": "Apúntela en una libreta que guarde en casa."},
                {"title": "Añada su número de teléfono",
                 "text": ["El sitio suele pedir un número de teléfono móvil.",
                          "Recibe un código por SMS. Escriba ese código en el sitio para demostrar que es usted."],
                 "info": "Este número le ayudará a recuperar su cuenta si olvida la contraseña."},
                {"title": "Acepte las condiciones y termine",
                 "image": "Un sobre amarillo con una marca verde: su dirección de correo está lista.",
                 "text": ["Lea las condiciones de uso y haga clic en <b>Acepto</b>.",
                          "Se abre su bandeja de entrada: su dirección está lista."],
                 "tip": "Escriba su dirección en una hoja y envíe un primer mensaje, por ejemplo a un familiar, para "
                        "probar."},
            ],
            "note": "¿Necesita ayuda? Un mediador digital puede crear la dirección con usted. Busque un lugar cerca de "
                    "usted en la sección «Encontrar un lugar».",
        },
    },
    "joindre-un-document-a-un-e-mail": {
        "en": {
            "slug": "attach-a-document-to-an-email",
            "title": "Attach a document to an email",
            "intro": "Sending a photo, a certificate or a CV by email: this is called an attachment. By the end, you "
                     "will know how to add one to your message.",
            "summary": "Add an attachment with the paperclip, check the file and send the message.",
            "steps": [
                {"title": "Write a new message",
                 "text": ["Open your email.",
                          "Click <b>New message</b> or <b>Compose</b>. Fill in the person's address, the subject and "
                          "a few words."],
                 "tip": "In the subject, say what you are sending: “Proof of address – Marie Dupont”."},
                {"title": "Click the paperclip",
                 "image": "An envelope and a sheet of paper held by a blue paperclip: the paperclip is used to attach "
                          "a document.",
                 "text": ["Look for the small paperclip drawing, at the top or at the bottom of the message.",
                          "Click it. It is also called <b>Attach</b> or <b>Attachment</b>."]},
                {"title": "Choose the document",
                 "image": "Three documents on the screen; the mouse pointer clicks on the one to attach.",
                 "text": ["A window opens with your folders.",
                          "On a computer, look first in <b>Downloads</b> or <b>Documents</b>. On a phone, choose "
                          "<b>Photos</b> or <b>Files</b>.",
                          "Click the document, then <b>Open</b>."],
                 "info": "A document received by email or taken from a website is almost always saved in "
                         "<b>Downloads</b>."},
                {"title": "Check the attachment",
                 "text": ["The document's name appears under the message. Wait until it has finished loading.",
                          "If it is the wrong one, click the small cross next to the name to remove it."],
                 "warning": "A message cannot be too heavy: often 20 to 25 MB at most. For many photos, send several "
                            "messages."},
                {"title": "Send the message",
                 "image": "The envelope and its paperclip leave to the right with a blue arrow: the message is sent "
                          "with its attachment.",
                 "text": ["Read the message again.",
                          "Click <b>Send</b>. The message is stored in <b>Sent</b>: you can check that the attachment "
                          "is there."],
                 "tip": "For official procedures, prefer a PDF document: it opens everywhere and cannot be changed. "
                        "The tutorial “Scan a document with your smartphone” explains how to make one."},
            ],
        },
        "ar": {
            "slug": "irfaq-wathiqa-bi-risala",
            "title": "إرفاق وثيقة برسالة بريد إلكتروني",
            "intro": "إرسال صورة أو شهادة أو سيرة ذاتية بالبريد الإلكتروني: هذا ما يسمى مرفقًا. في النهاية، ستعرف كيف "
                     "تضيفه إلى رسالتك.",
            "summary": "أضف مرفقًا بواسطة مشبك الورق، وتحقق من الملف، ثم أرسل الرسالة.",
            "steps": [
                {"title": "اكتب رسالة جديدة",
                 "text": ["افتح بريدك الإلكتروني.",
                          "انقر على <b>رسالة جديدة</b> أو <b>إنشاء</b>. املأ عنوان الشخص المرسَل إليه والموضوع وبضع "
                          "كلمات."],
                 "tip": "في الموضوع، اذكر ما ترسله: «شهادة السكن – Marie Dupont»."},
                {"title": "انقر على مشبك الورق",
                 "image": "ظرف وورقة يجمعهما مشبك ورق أزرق: المشبك يُستعمل لإرفاق وثيقة.",
                 "text": ["ابحث عن رسم مشبك الورق الصغير، في أعلى الرسالة أو في أسفلها.",
                          "انقر عليه. يسمى أيضًا <b>إرفاق</b> أو <b>مرفق</b>."]},
                {"title": "اختر الوثيقة",
                 "image": "ثلاث وثائق على الشاشة، وسهم الفأرة ينقر على الوثيقة التي تريد إرفاقها.",
                 "text": ["تُفتح نافذة فيها مجلداتك.",
                          "على الحاسوب، ابحث أولًا في <b>التنزيلات</b> أو <b>المستندات</b>. على الهاتف، اختر "
                          "<b>الصور</b> أو <b>الملفات</b>.",
                          "انقر على الوثيقة، ثم على <b>فتح</b>."],
                 "info": "الوثيقة التي وصلتك بالبريد أو أخذتها من موقع تُحفظ في أغلب الأحيان في <b>التنزيلات</b>."},
                {"title": "تحقق من المرفق",
                 "text": ["يظهر اسم الوثيقة تحت الرسالة. انتظر حتى ينتهي التحميل.",
                          "إذا لم تكن الوثيقة الصحيحة، انقر على العلامة الصغيرة × بجانب الاسم لحذفها."],
                 "warning": "لا يمكن أن تكون الرسالة ثقيلة جدًا: غالبًا 20 إلى 25 ميغابايت على الأكثر. إذا كانت لديك "
                            "صور كثيرة، أرسلها في عدة رسائل."},
                {"title": "أرسل الرسالة",
                 "image": "الظرف ومشبكه ينطلقان مع سهم أزرق: أُرسلت الرسالة مع مرفقها.",
                 "text": ["أعد قراءة الرسالة.",
                          "انقر على <b>إرسال</b>. تُحفظ الرسالة في <b>الرسائل المرسلة</b>: يمكنك التحقق من وجود "
                          "المرفق."],
                 "tip": "في الإجراءات الإدارية، فضّل وثيقة بصيغة PDF: فهي تُفتح على كل الأجهزة ولا يمكن تعديلها. "
                        "يشرح الدرس «مسح وثيقة ضوئيًا بالهاتف الذكي» كيف تصنعها."},
            ],
        },
        "es": {
            "slug": "adjuntar-un-documento-a-un-correo",
            "title": "Adjuntar un documento a un correo electrónico",
            "intro": "Enviar una foto, un certificado o un currículum por correo: a esto se le llama archivo adjunto. "
                     "Al final, sabrá añadirlo a su mensaje.",
            "summary": "Añadir un archivo adjunto con el clip, comprobar el archivo y enviar el mensaje.",
            "steps": [
                {"title": "Escriba un mensaje nuevo",
                 "text": ["Abra su correo.",
                          "Haga clic en <b>Mensaje nuevo</b> o <b>Redactar</b>. Rellene la dirección de la persona, "
                          "el asunto y unas palabras."],
                 "tip": "En el asunto, diga lo que envía: «Justificante de domicilio – Marie Dupont»."},
                {"title": "Haga clic en el clip",
                 "image": "Un sobre y una hoja de papel unidos por un clip azul: el clip sirve para adjuntar un "
                          "documento.",
                 "text": ["Busque el pequeño dibujo de un clip, arriba o abajo del mensaje.",
                          "Haga clic en él. También se llama <b>Adjuntar</b> o <b>Archivo adjunto</b>."]},
                {"title": "Elija el documento",
                 "image": "Tres documentos en la pantalla; la flecha del ratón hace clic en el que hay que adjuntar.",
                 "text": ["Se abre una ventana con sus carpetas.",
                          "En un ordenador, mire primero en <b>Descargas</b> o <b>Documentos</b>. En un teléfono, "
                          "elija <b>Fotos</b> o <b>Archivos</b>.",
                          "Haga clic en el documento y luego en <b>Abrir</b>."],
                 "info": "Un documento recibido por correo o sacado de un sitio se guarda casi siempre en "
                         "<b>Descargas</b>."},
                {"title": "Compruebe el archivo adjunto",
                 "text": ["El nombre del documento aparece debajo del mensaje. Espere a que termine de cargarse.",
                          "Si no es el correcto, haga clic en la pequeña cruz junto al nombre para quitarlo."],
                 "warning": "Un mensaje no puede pesar demasiado: a menudo 20 a 25 MB como máximo. Para muchas fotos, "
                            "envíe varios mensajes."},
                {"title": "Envíe el mensaje",
                 "image": "El sobre y su clip salen hacia la derecha con una flecha azul: el mensaje se envía con su "
                          "archivo adjunto.",
                 "text": ["Vuelva a leer el mensaje.",
                          "Haga clic en <b>Enviar</b>. El mensaje se guarda en <b>Enviados</b>: puede comprobar que "
                          "el archivo adjunto está ahí."],
                 "tip": "Para un trámite, prefiera un documento en PDF: se abre en todas partes y no se puede "
                        "modificar. El tutorial «Escanear un documento con el smartphone» explica cómo hacerlo."},
            ],
        },
    },
    "reconnaitre-un-sms-frauduleux": {
        "en": {
            "slug": "spot-a-scam-text-message",
            "title": "Spot a scam text message",
            "intro": "Scammers send fake text messages to steal your money or your codes. By the end, you will know "
                     "how to spot a suspicious text, report it and react if you have clicked.",
            "summary": "Parcel on hold, fine, health card: the signs of a fake text, the number 33700 to report it, "
                       "and what to do if you clicked.",
            "steps": [
                {"title": "Read the message without clicking",
                 "image": "A phone receives two messages; the red one is suspicious, flagged by a yellow “warning” "
                          "sign.",
                 "text": ["An unexpected text message arrives. Do not touch the link.",
                          "Read it calmly: you have time."],
                 "info": "Reading a text message is not dangerous. The danger comes from the link or from replying."},
                {"title": "Look for the signs of a scam",
                 "text": ["Be careful if the message:",
                          ["rushes you: “last day”, “within 24 hours”;",
                           "asks you to pay a small amount: parcel, fine, handling fee;",
                           "talks about a blocked account, a refund or a health card (carte Vitale) to renew;",
                           "contains a link with a strange address."]],
                 "warning": "Your bank, the health insurance (Assurance Maladie) or the tax office never ask for your "
                            "codes or your card number by text message."},
                {"title": "Do not click the link",
                 "image": "A message with a blue link, crossed out with a red cross: do not touch the link.",
                 "text": ["Do not touch the link and do not reply, not even to say “stop”.",
                          "If in doubt, go to the official website yourself, or call the organisation on the number "
                          "you know."],
                 "tip": "Expecting a parcel? Check the tracking on the seller's website, not with the link in the "
                        "text."},
                {"title": "Report the text to 33700",
                 "image": "The red message goes with an arrow to a blue shield: it is reported to 33700.",
                 "text": ["Forward the text message to the number <b>33700</b>. It is free.",
                          "Press and hold the message, choose <b>Forward</b>, type 33700 and send. A text message "
                          "then asks you for the sender's number: send it too."],
                 "info": "33700 is the official service for reporting unwanted text messages and calls. Your reports "
                         "help to block scammers."},
                {"title": "Delete the message and block the number",
                 "text": ["After reporting it, delete the text, unless you clicked or paid: then keep it as evidence.",
                          "You can also block the number: touch the number, then <b>Block</b>."]},
                {"title": "If you gave your codes, act fast",
                 "image": "A phone with a green tick, next to a bank: you call your bank.",
                 "text": ["Call your bank straight away to block your card.",
                          "Change the password of the account concerned.",
                          "Report it to the police or the gendarmerie. Keep the text: it is evidence."],
                 "info": "For advice: Info Escroqueries, <b>0 805 805 817</b> (free call), or the website "
                         "cybermalveillance.gouv.fr."},
            ],
            "easy_read": [
                "A text message can be fake", "Some people send fake text messages.", "They want to take your money.",
                ("A phone and a red message.", "A strange text message arrives on the phone."), "How can you tell a text message is fake?",
                "The text tells you to pay quickly.", "The text talks about a parcel, a fine or your health card.",
                "The text has a link to touch.", "What should you do?", ("A link crossed out with a red cross.", "The link is crossed out: do not touch it."),
                "Do not touch the link.", "Do not reply.", "Send the text message to 33700. It is free.",
                "Did you give your bank card details?", "Call your bank straight away.",
                "Ask a person you trust for help.",
            ],
        },
        "ar": {
            "slug": "kashf-risala-nassiya-ihtiyaliya",
            "title": "التعرّف على رسالة نصية احتيالية",
            "intro": "يرسل المحتالون رسائل نصية مزيفة لسرقة أموالك أو رموزك السرية. في النهاية، ستعرف كيف تكتشف رسالة "
                     "مشبوهة، وكيف تبلّغ عنها، وماذا تفعل إذا نقرت على الرابط.",
            "summary": "طرد محجوز، غرامة، بطاقة Vitale: علامات الرسالة المزيفة، والرقم 33700 للتبليغ عنها، وما يجب "
                       "فعله إذا نقرت على الرابط.",
            "steps": [
                {"title": "اقرأ الرسالة دون النقر",
                 "image": "هاتف تصله رسالتان، الحمراء منهما مشبوهة وتنبّه إليها علامة «تحذير» صفراء.",
                 "text": ["تصلك رسالة نصية غير متوقعة. لا تلمس الرابط.", "اقرأها بهدوء: لديك الوقت."],
                 "info": "قراءة الرسالة النصية لا خطر فيها. الخطر يأتي من الرابط أو من الرد."},
                {"title": "ابحث عن علامات الاحتيال",
                 "text": ["احذر إذا كانت الرسالة:",
                          ["تستعجلك: «آخر يوم»، «خلال 24 ساعة»؛",
                           "تطلب منك دفع مبلغ صغير: طرد، غرامة، مصاريف ملف؛",
                           "تتحدث عن حساب مجمّد، أو عن استرداد مال، أو عن بطاقة Vitale يجب تجديدها؛",
                           "تحتوي على رابط بعنوان غريب."]],
                 "warning": "البنك والتأمين الصحي (Assurance Maladie) ومصلحة الضرائب لا يطلبون منك أبدًا رموزك أو رقم "
                            "بطاقتك عبر رسالة نصية."},
                {"title": "لا تنقر على الرابط",
                 "image": "رسالة فيها رابط أزرق عليه علامة × حمراء: لا تلمس الرابط.",
                 "text": ["لا تلمس الرابط ولا ترد، ولو لتقول «توقّف».",
                          "إذا كان لديك شك، ادخل بنفسك إلى الموقع الرسمي، أو اتصل بالجهة المعنية على الرقم الذي "
                          "تعرفه."],
                 "tip": "تنتظر طردًا؟ تحقّق من تتبّعه على موقع البائع، لا عبر الرابط الموجود في الرسالة."},
                {"title": "بلّغ عن الرسالة على الرقم 33700",
                 "image": "الرسالة الحمراء تذهب مع سهم نحو درع أزرق: يتم التبليغ عنها على الرقم 33700.",
                 "text": ["أعد توجيه الرسالة إلى الرقم <b>33700</b>. هذا مجاني.",
                          "اضغط مطولًا على الرسالة، واختر <b>إعادة توجيه</b>، واكتب 33700 ثم أرسل. ستصلك بعد ذلك "
                          "رسالة تطلب رقم المرسِل: أرسله أيضًا."],
                 "info": "الرقم 33700 هو الخدمة الرسمية للتبليغ عن الرسائل والمكالمات غير المرغوب فيها. تساعد بلاغاتك "
                         "على إيقاف المحتالين."},
                {"title": "احذف الرسالة واحظر الرقم",
                 "text": ["بعد التبليغ، احذف الرسالة، إلا إذا نقرت على الرابط أو دفعت مالًا: احتفظ بها عندئذ دليلًا.",
                          "يمكنك أيضًا حظر الرقم: المس الرقم، ثم <b>حظر</b>."]},
                {"title": "إذا أعطيت رموزك، تصرّف بسرعة",
                 "image": "هاتف عليه علامة صح خضراء بجانب بنك: تتصل ببنكك.",
                 "text": ["اتصل فورًا ببنكك لإيقاف بطاقتك.",
                          "غيّر كلمة مرور الحساب المعني.",
                          "قدّم شكوى لدى الشرطة أو الدرك. احتفظ بالرسالة: فهي دليل."],
                 "info": "للحصول على نصيحة: Info Escroqueries على الرقم <b>0 805 805 817</b> (مكالمة مجانية)، أو موقع "
                         "cybermalveillance.gouv.fr."},
            ],
            "easy_read": [
                "قد تكون الرسالة النصية مزيفة", "بعض الناس يرسلون رسائل نصية مزيفة.", "يريدون أخذ أموالك.",
                ("هاتف ورسالة حمراء.", "تصل رسالة غريبة إلى الهاتف."), "كيف تعرف أن الرسالة مزيفة؟", "الرسالة تطلب منك الدفع بسرعة.",
                "الرسالة تتحدث عن طرد أو غرامة أو بطاقة Vitale.", "في الرسالة رابط يطلب منك أن تلمسه.", "ماذا تفعل؟",
                ("رابط عليه علامة × حمراء.", "الرابط مشطوب: لا تلمسه."), "لا تلمس الرابط.", "لا ترد.", "أرسل الرسالة إلى الرقم 33700. هذا مجاني.",
                "هل أعطيت معلومات بطاقتك البنكية؟", "اتصل فورًا ببنكك.", "اطلب المساعدة من شخص تثق به.",
            ],
        },
        "es": {
            "slug": "reconocer-un-sms-fraudulento",
            "title": "Reconocer un SMS fraudulento",
            "intro": "Los estafadores envían SMS falsos para robar su dinero o sus códigos. Al final, sabrá reconocer "
                     "un SMS sospechoso, denunciarlo y reaccionar si ha hecho clic.",
            "summary": "Paquete retenido, multa, tarjeta Vitale: las señales de un SMS falso, el número 33700 para "
                       "denunciarlo y qué hacer si ha hecho clic.",
            "steps": [
                {"title": "Lea el mensaje sin hacer clic",
                 "image": "Un teléfono recibe dos mensajes; el rojo es sospechoso, señalado por un cartel amarillo de "
                          "«atención».",
                 "text": ["Llega un SMS inesperado. No toque el enlace.", "Léalo con calma: tiene tiempo."],
                 "info": "Leer un SMS no es peligroso. El peligro viene del enlace o de la respuesta."},
                {"title": "Busque las señales de una estafa",
                 "text": ["Desconfíe si el mensaje:",
                          ["le mete prisa: «último día», «en 24 horas»;",
                           "le pide pagar una pequeña cantidad: paquete, multa, gastos de gestión;",
                           "habla de una cuenta bloqueada, de un reembolso o de una tarjeta Vitale que hay que "
                           "renovar;",
                           "contiene un enlace con una dirección extraña."]],
                 "warning": "Su banco, el seguro de salud (Assurance Maladie) o Hacienda nunca le piden sus códigos ni "
                            "su número de tarjeta por SMS."},
                {"title": "No haga clic en el enlace",
                 "image": "Un mensaje con un enlace azul, tachado con una cruz roja: no se toca el enlace.",
                 "text": ["No toque el enlace y no responda, ni siquiera para decir «stop».",
                          "Si tiene dudas, vaya usted mismo al sitio oficial, o llame al organismo al número que "
                          "conoce."],
                 "tip": "¿Espera un paquete? Compruebe el seguimiento en el sitio del vendedor, no con el enlace del "
                        "SMS."},
                {"title": "Denuncie el SMS al 33700",
                 "image": "El mensaje rojo va con una flecha hacia un escudo azul: se denuncia al 33700.",
                 "text": ["Reenvíe el SMS al número <b>33700</b>. Es gratis.",
                          "Mantenga pulsado el mensaje, elija <b>Reenviar</b>, escriba 33700 y envíe. Después, un SMS "
                          "le pide el número del remitente: envíelo también."],
                 "info": "El 33700 es el servicio oficial para denunciar SMS y llamadas no deseados. Sus denuncias "
                         "ayudan a bloquear a los estafadores."},
                {"title": "Borre el mensaje y bloquee el número",
                 "text": ["Después de denunciarlo, borre el SMS, salvo si ha hecho clic o ha pagado: en ese caso, "
                          "guárdelo como prueba.",
                          "También puede bloquear el número: toque el número y luego <b>Bloquear</b>."]},
                {"title": "Si ha dado sus códigos, actúe rápido",
                 "image": "Un teléfono con una marca verde, junto a un banco: usted llama a su banco.",
                 "text": ["Llame enseguida a su banco para bloquear la tarjeta.",
                          "Cambie la contraseña de la cuenta afectada.",
                          "Presente una denuncia en la comisaría o en la gendarmería. Guarde el SMS: es una prueba."],
                 "info": "Para recibir consejo: Info Escroqueries, <b>0 805 805 817</b> (llamada gratuita), o el "
                         "sitio cybermalveillance.gouv.fr."},
            ],
            "easy_read": [
                "Un SMS puede ser falso", "Algunas personas envían SMS falsos.", "Quieren quitarle su dinero.",
                ("Un teléfono y un mensaje rojo.", "Llega un SMS extraño al teléfono."), "¿Cómo saber si un SMS es falso?", "El SMS le dice que pague rápido.",
                "El SMS habla de un paquete, de una multa o de la tarjeta Vitale.", "El SMS tiene un enlace para tocar.",
                "¿Qué hacer?", ("Un enlace tachado con una cruz roja.", "El enlace está tachado: no se toca."), "No toque el enlace.", "No responda.",
                "Envíe el SMS al 33700. Es gratis.", "¿Ha dado los datos de su tarjeta bancaria?",
                "Llame enseguida a su banco.", "Pida ayuda a una persona de confianza.",
            ],
        },
    },
}

# Translations of one guide for aidants, in the shape of its French content. A quote translates into a tuple
# (quote, author); the other blocks into their text.
GUIDE_TRANSLATIONS = {
    "faire-pour-ou-faire-avec": {
        "en": {
            "slug": "doing-for-or-doing-with",
            "title": "Doing for or doing with?",
            "intro": "Someone asks you for help with an online procedure. Should you do it for them, or support them "
                     "so that they do it themselves? Some pointers to help you choose, every time.",
            "summary": "Two ways to support an online procedure: when to do it for the person, when to help them do "
                       "it alone, and how to move from one to the other.",
            "body": [
                "Two ways to support someone",
                "The digital inclusion network of the Pyrénées-Atlantiques, which met in Pau in 2018, described the "
                "stages of a support path: raising awareness, spotting needs, referring, supporting, training. For "
                "support, it identifies two approaches.",
                ["<b>Doing for</b>: you do the procedure in the person's place. This is useful when they cannot do "
                 "it: disability, language, urgency, a procedure that is too complex.",
                 "<b>Doing with</b>: the person does it themselves and you are beside them. They can do it or learn, "
                 "but they need to be reassured."],
                ("Avoid doing things for someone when the person may be able to learn.",
                 "Working group of the Pyrénées-Atlantiques digital inclusion network, Pau, May 2018"),
                "How to choose?",
                "Ask yourself three questions before you start:",
                ["<b>Is it urgent?</b> A form to hand in tomorrow, benefits about to be stopped: do it for them, then "
                 "offer to come back to learn.",
                 "<b>Does the person want to learn?</b> Some only want it done, others want to become independent. "
                 "Ask them.",
                 "<b>Will they have to do this procedure again?</b> If it comes back every month or every quarter, "
                 "learning will save them time, and you too."],
                "Say out loud what you are doing, even when you do it for them: “I'm clicking on My payments to see "
                "your refunds.” The person learns by watching you.",
                "Doing with, in practice",
                ["Let the person hold the mouse or the phone. Keep your hands away from the keyboard.",
                 "Show one action at a time, then let them do it.",
                 "Use their words rather than jargon: “the little arrow” rather than “the cursor”.",
                 "Write down the steps on a sheet with them, or print the matching tutorial.",
                 "End on a success: a procedure completed, an email sent."],
                "The tutorials on this website are made to be followed by two people together: one action per step, "
                "short sentences and a version to print.",
                "Doing for, safely",
                "Doing things in someone's place makes you responsible. A few rules protect the person, and protect "
                "you too:",
                ["The person is there and gives their consent at every important step.",
                 "They type their passwords themselves. You do not write them down and you do not keep them.",
                 "You keep no copy of their papers.",
                 "At the end, you log them out of all their accounts and you close the browser."],
                "To do procedures regularly in someone's place, there is a framework: Aidants Connect. Read the guide "
                "“The helper's legal framework”.",
                "Moving from “doing for” to “doing with”",
                "A person you support can make progress. The first time, you do it for them. The second time, you do "
                "it together. The third time, they do it and you watch.",
                "The Pau group also stressed the transfer of skills: “I have learnt to create an email address, so "
                "tomorrow I will know how to create an account on another organisation's website”. To keep learning, "
                "suggest a workshop in a place that gives digital help.",
            ],
        },
        "ar": {
            "slug": "al-amal-niyaba-am-maa",
            "title": "العمل نيابةً عن الشخص أم معه؟",
            "intro": "يطلب منك شخصٌ المساعدة في إجراء عبر الإنترنت. هل تقوم به مكانه، أم ترافقه ليقوم به بنفسه؟ "
                     "إليك نقاطًا تساعدك على الاختيار في كل مرة.",
            "summary": "طريقتان لمرافقة إجراء عبر الإنترنت: متى تقوم به مكان الشخص، ومتى تساعده على القيام به وحده، "
                       "وكيف تنتقل من طريقة إلى أخرى.",
            "body": [
                "طريقتان للمرافقة",
                "وصفت شبكة الإدماج الرقمي في مقاطعة البيرينيه الأطلسية، التي اجتمعت في مدينة بو سنة 2018، مراحلَ "
                "مسار المرافقة: التوعية، ورصد الحاجة، والتوجيه، والمرافقة، والتدريب. وفي مرحلة المرافقة، تميّز "
                "الشبكة بين طريقتين في العمل.",
                ["<b>العمل نيابةً عن الشخص</b>: تقوم أنت بالإجراء مكانه. يفيد ذلك عندما لا يستطيع القيام به: بسبب "
                 "إعاقة، أو اللغة، أو حالة مستعجلة، أو إجراء معقّد جدًا.",
                 "<b>العمل معه</b>: يقوم الشخص بالإجراء بنفسه، وأنت بجانبه. يستطيع أن يقوم به أو أن يتعلّمه، لكنه "
                 "يحتاج إلى من يطمئنه."],
                ("تجنّب القيام بالأمر مكان شخصٍ ما عندما يكون هذا الشخص قادرًا على التعلّم.",
                 "فريق عمل شبكة الإدماج الرقمي في البيرينيه الأطلسية، بو، مايو 2018"),
                "كيف تختار؟",
                "اطرح على نفسك ثلاثة أسئلة قبل أن تبدأ:",
                ["<b>هل الأمر مستعجل؟</b> ملفٌّ يجب تسليمه غدًا، أو مساعداتٌ ستتوقف قريبًا: قم بالإجراء مكانه، ثم "
                 "اقترح عليه أن يعود ليتعلّم.",
                 "<b>هل يريد الشخص أن يتعلّم؟</b> بعض الناس يريدون فقط أن يُنجَز الأمر، وآخرون يريدون أن يصبحوا "
                 "مستقلّين. اسأله عن ذلك.",
                 "<b>هل سيحتاج إلى القيام بهذا الإجراء مرة أخرى؟</b> إذا كان الإجراء يتكرّر كل شهر أو كل ثلاثة أشهر، "
                 "فإن التعلّم سيوفّر عليه الوقت، وعليك أيضًا."],
                "قل بصوت عالٍ ما تفعله، حتى عندما تعمل نيابةً عنه: «أنقر على مدفوعاتي لأرى تعويضاتك.» يتعلّم الشخص "
                "وهو ينظر إليك.",
                "العمل معه في الواقع",
                ["اترك الشخص يمسك الفأرة أو الهاتف. أبعِد يديك عن لوحة المفاتيح.",
                 "أرِه عملًا واحدًا في كل مرة، ثم اتركه يقوم به.",
                 "استعمل كلماته بدل المصطلحات التقنية: «السهم الصغير» بدل «المؤشّر».",
                 "دوّن معه الخطوات على ورقة، أو اطبع الدرس المناسب.",
                 "اختم بنجاح: إجراءٌ مكتمل، أو رسالة بريد إلكتروني مُرسَلة."],
                "دروس هذا الموقع مصمَّمة ليتابعها شخصان معًا: عمل واحد في كل خطوة، وجمل قصيرة، ونسخة للطباعة.",
                "العمل نيابةً عن الشخص بأمان",
                "القيام بالأمر مكان شخص آخر يجعلك مسؤولًا. بعض القواعد تحمي الشخص، وتحميك أنت أيضًا:",
                ["يكون الشخص حاضرًا ويعطي موافقته في كل خطوة مهمّة.",
                 "يكتب كلمات المرور بنفسه. لا تدوّنها ولا تحتفظ بها.",
                 "لا تحتفظ بأي نسخة من أوراقه.",
                 "في النهاية، تسجّل خروجه من كل حساباته وتغلق المتصفح."],
                "للقيام بالإجراءات بانتظام مكان شخص ما، يوجد إطار خاص: Aidants Connect. اقرأ الدليل «الإطار القانوني "
                "للمرافق».",
                "الانتقال من «العمل نيابةً عنه» إلى «العمل معه»",
                "يستطيع الشخص الذي ترافقه أن يتقدّم. في المرة الأولى، تعمل نيابةً عنه. في المرة الثانية، تعملان معًا. "
                "في المرة الثالثة، يعمل هو وأنت تنظر.",
                "وأكّدت مجموعة بو أيضًا على نقل المهارات: «تعلّمتُ إنشاء عنوان بريد إلكتروني، إذن سأعرف غدًا كيف أنشئ "
                "حسابًا على موقع هيئة أخرى». ولكي يواصل التعلّم، اقترح عليه ورشة في مكان للمساعدة الرقمية.",
            ],
        },
        "es": {
            "slug": "hacer-por-o-hacer-con",
            "title": "¿Hacer por o hacer con?",
            "intro": "Una persona le pide ayuda para un trámite en línea. ¿Hay que hacerlo en su lugar, o acompañarla "
                     "para que lo haga ella misma? Pautas para elegir, cada vez.",
            "summary": "Dos formas de acompañar un trámite en línea: cuándo hacerlo en lugar de la persona, cuándo "
                       "ayudarla a hacerlo sola y cómo pasar de una a otra.",
            "body": [
                "Dos formas de acompañar",
                "La red de inclusión digital de Pirineos Atlánticos, reunida en Pau en 2018, describió las etapas de "
                "un itinerario de acompañamiento: sensibilizar, detectar, orientar, acompañar, formar. Para el "
                "acompañamiento, distingue dos actitudes.",
                ["<b>Hacer por</b>: usted hace el trámite en lugar de la persona. Es útil cuando ella no puede "
                 "hacerlo: discapacidad, idioma, urgencia, trámite demasiado complejo.",
                 "<b>Hacer con</b>: la persona lo hace ella misma y usted está a su lado. Puede hacerlo o aprender, "
                 "pero necesita que la tranquilicen."],
                ("Evitar hacer las cosas en lugar de alguien cuando la persona puede ser capaz de aprender.",
                 "Grupo de trabajo de la red de inclusión digital de Pirineos Atlánticos, Pau, mayo de 2018"),
                "¿Cómo elegir?",
                "Hágase tres preguntas antes de empezar:",
                ["<b>¿Es urgente?</b> Un expediente que hay que entregar mañana, prestaciones que se van a cortar: "
                 "hágalo por ella y luego propóngale volver para aprender.",
                 "<b>¿La persona quiere aprender?</b> Algunas solo quieren que se haga, otras quieren ser autónomas. "
                 "Pregúnteselo.",
                 "<b>¿Tendrá que repetir este trámite?</b> Si vuelve cada mes o cada trimestre, aprender le hará ganar "
                 "tiempo, y a usted también."],
                "Diga en voz alta lo que hace, incluso cuando lo hace por ella: «Hago clic en Mis pagos para ver sus "
                "reembolsos». La persona aprende mirándole.",
                "Hacer con, en la práctica",
                ["Deje que la persona tenga el ratón o el teléfono. Mantenga las manos lejos del teclado.",
                 "Muestre una sola acción cada vez y luego deje que la haga.",
                 "Use sus palabras en vez de la jerga: «la flechita» en vez de «el cursor».",
                 "Apunte con ella los pasos en una ficha, o imprima el tutorial que corresponde.",
                 "Termine con un logro: un trámite terminado, un correo enviado."],
                "Los tutoriales de este sitio están hechos para seguirlos entre dos: una acción por paso, frases "
                "cortas y una versión para imprimir.",
                "Hacer por, con seguridad",
                "Hacer las cosas en lugar de alguien le hace responsable. Algunas reglas protegen a la persona, y "
                "también le protegen a usted:",
                ["La persona está presente y da su acuerdo en cada paso importante.",
                 "Ella misma escribe sus contraseñas. Usted no las apunta ni las guarda.",
                 "Usted no guarda ninguna copia de sus papeles.",
                 "Al final, usted cierra la sesión de todas sus cuentas y cierra el navegador."],
                "Para hacer trámites con regularidad en lugar de una persona, existe un marco: Aidants Connect. Lea "
                "la guía «El marco legal de quien acompaña».",
                "Pasar del «hacer por» al «hacer con»",
                "Una persona acompañada puede progresar. La primera vez, usted lo hace por ella. La segunda, lo hacen "
                "juntos. La tercera, ella lo hace y usted mira.",
                "El grupo de Pau insistía también en la transferencia: «he aprendido a crear una dirección de correo, "
                "así que mañana sabré crear una cuenta en el sitio de otro organismo». Para seguir aprendiendo, "
                "propóngale un taller en un lugar de ayuda digital.",
            ],
        },
    },
}

# Translations of the learning path: its texts and the notes of its steps, in order.
PATH_TRANSLATIONS = {
    "en": {
        "slug": "first-steps-with-a-smartphone",
        "title": "First steps with a smartphone",
        "intro": "Six tutorials, in order, to get to grips with your phone: from wifi to security. Go at your own "
                 "pace: your progress stays on your device.",
        "summary": "A path in six steps: connect to wifi, install an app, make a video call, scan a paper, avoid "
                   "scams and protect your accounts.",
        "steps": [
            "Start here: with wifi, you do not use up your mobile data.",
            "You will need it for the next steps.",
            "To keep in touch with your loved ones, even from far away.",
            "Useful for almost all your paperwork.",
            "To use your phone without falling into a trap.",
            "To protect everything you have just learnt.",
        ],
    },
    "ar": {
        "slug": "al-khutuwat-al-ula-maa-al-hatif-al-dhaki",
        "title": "الخطوات الأولى مع الهاتف الذكي",
        "intro": "ستة دروس، بالترتيب، لتتعلّم استعمال هاتفك: من الواي فاي إلى الأمان. تقدّم حسب وتيرتك: يبقى "
                 "تقدّمك محفوظًا على جهازك.",
        "summary": "مسار من ست خطوات: الاتصال بشبكة الواي فاي، وتثبيت تطبيق، وإجراء مكالمة فيديو، ومسح ورقة ضوئيًا، "
                   "وتجنّب الاحتيال، وحماية حساباتك.",
        "steps": [
            "ابدأ من هنا: مع الواي فاي، لا تستهلك باقة الإنترنت في هاتفك.",
            "ستحتاج إلى ذلك في الخطوات التالية.",
            "لتبقى على تواصل مع أقاربك، حتى من بعيد.",
            "مفيد في كل إجراءاتك تقريبًا.",
            "لتستعمل هاتفك دون أن تقع في فخ.",
            "لحماية كل ما تعلّمته للتو.",
        ],
    },
    "es": {
        "slug": "primeros-pasos-con-el-smartphone",
        "title": "Primeros pasos con el smartphone",
        "intro": "Seis tutoriales, en orden, para manejar su teléfono: del wifi a la seguridad. Avance a su ritmo: "
                 "su progreso se queda en su dispositivo.",
        "summary": "Un itinerario en seis pasos: conectarse al wifi, instalar una aplicación, hacer una videollamada, "
                   "escanear un papel, evitar las estafas y proteger sus cuentas.",
        "steps": [
            "Empiece aquí: con el wifi, no gasta sus datos móviles.",
            "Lo necesitará para los pasos siguientes.",
            "Para mantener el contacto con sus seres queridos, incluso de lejos.",
            "Útil para casi todos sus trámites.",
            "Para usar su teléfono sin caer en trampas.",
            "Para proteger todo lo que acaba de aprender.",
        ],
    },
}

# Translations of one seed case (resources.seed_cases), by its slug there. Its rich text fields are written like a
# tutorial step's text: a string is a paragraph, a nested list is a bulleted list. The collectivity and the source
# are synchronised from the French page, not translated.
CASE_TRANSLATIONS = {
    "toulouse-mairie-bus": {
        "en": {
            "slug": "toulouse-town-hall-bus",
            "title": "Toulouse: a town hall bus that goes out to meet residents",
            "problem": ["Some residents who are isolated, far from services or who find it hard to get around, such "
                        "as older people, cannot get to the town hall. And more and more procedures are done "
                        "online."],
            "context": ["Case presented in Martigues at the inspiration session of the “Town hall bus, local digital "
                        "inclusion” project (17 December 2020); the town is preparing its own bus.",
                        "What the participants kept from it: being close to people; going out to meet residents; a "
                        "service that adds to the existing ones without replacing them; an answer to isolation, "
                        "distance and difficulty getting around; the local area, digital tools and the institution "
                        "brought together. One question remained: is a single bus enough for all this?"],
            "solutions": ["A bus fitted out as a town hall goes to the neighbourhoods:",
                          ["the public service is present where it was not before;",
                           "residents are welcomed close to home;",
                           "the bus adds to the town hall's services, it does not replace them."]],
        },
        "ar": {
            "slug": "tuluz-hafilat-al-baladiya",
            "title": "تولوز: حافلة البلدية التي تذهب إلى السكان",
            "problem": ["بعض السكان المعزولين، أو البعيدين عن الخدمات، أو الذين يصعب عليهم التنقل، مثل كبار السن، "
                        "لا يستطيعون الوصول إلى مقر البلدية. كما أن الإجراءات تتم عبر الإنترنت أكثر فأكثر."],
            "context": ["تجربة عُرضت في مدينة مارتيغ خلال جلسة الإلهام لمشروع «حافلة البلدية، الإدماج الرقمي عن قرب» "
                        "(17 ديسمبر 2020)، حيث تُعِدّ المدينة حافلتها الخاصة.",
                        "احتفظ المشاركون منها بما يلي: القرب من الناس؛ والذهاب إلى السكان حيث هم؛ وخدمة تُكمّل "
                        "الخدمات الموجودة دون أن تحلّ محلّها؛ واستجابة للعزلة والبُعد وصعوبات التنقل؛ والجمع بين "
                        "المنطقة والرقمي والمؤسسة. وبقي سؤال مطروح: هل تكفي حافلة واحدة لكل ذلك؟"],
            "solutions": ["حافلة مجهّزة كمقرّ للبلدية تتنقّل بين الأحياء:",
                          ["الخدمة العامة حاضرة حيث لم تكن موجودة من قبل؛",
                           "يُستقبَل السكان قرب بيوتهم؛",
                           "الحافلة تُكمّل خدمات البلدية ولا تحلّ محلّها."]],
        },
        "es": {
            "slug": "toulouse-autobus-ayuntamiento",
            "title": "Toulouse: un autobús-ayuntamiento que va al encuentro de los vecinos",
            "problem": ["Algunos vecinos aislados, alejados de los servicios o con dificultades para desplazarse, "
                        "como las personas mayores, no consiguen llegar al ayuntamiento. Y cada vez más trámites se "
                        "hacen por internet."],
            "context": ["Caso presentado en Martigues en la sesión de inspiración del proyecto «Autobús-ayuntamiento, "
                        "inclusión digital de proximidad» (17 de diciembre de 2020), donde la ciudad prepara su "
                        "propio autobús.",
                        "Los participantes se quedaron con: la proximidad; ir al encuentro de los vecinos; un "
                        "servicio que complementa los que ya existen, sin sustituirlos; una respuesta al aislamiento, "
                        "a la distancia y a las dificultades para desplazarse; el territorio, lo digital y la "
                        "institución reunidos. Quedó una pregunta: ¿basta un solo autobús para todo esto?"],
            "solutions": ["Un autobús acondicionado como ayuntamiento va a los barrios:",
                          ["el servicio público está presente donde antes no lo estaba;",
                           "los vecinos son atendidos cerca de su casa;",
                           "el autobús complementa la oferta de servicios del ayuntamiento, no la sustituye."]],
        },
    },
}
# fmt: on


# Images ------------------------------------------------------------------------------------------------------


def _image(key):
    """The illustration `key`, created once and found again by its title on the next runs."""
    title = f"Illustration : {key}"
    image = CustomImage.objects.filter(title=title).first()
    if image is None:
        png = BytesIO(illustrations.png_bytes(key))
        image = CustomImage(title=title, description=IMAGES[key], file=ImageFile(png, name=f"{key}.png"))
        image.save()
    elif image.description != IMAGES[key]:
        image.description = IMAGES[key]
        image.save(update_fields=["description"])
    return image


# Stream field content ----------------------------------------------------------------------------------------


def _image_use(images, key, alt_text):
    """An image block's value: the illustration `key` with its alternative text for this use."""
    return image_use(images[key].pk, alt_text)


def _block_id(*parts):
    """A stable id for nested list items, so that a re-run compares equal to what is stored."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "proxinum-demo:" + ":".join(map(str, parts))))


def _html(items):
    """Rich text from a list of paragraphs (strings) and bulleted lists (nested lists)."""
    if isinstance(items, str):
        items = [items]
    return "".join(
        f"<p>{item}</p>" if isinstance(item, str) else "<ul>" + "".join(f"<li>{i}</li>" for i in item) + "</ul>"
        for item in items
    )


def _callout(kind, text):
    return {"kind": kind, "text": _html(text)}


def _steps(tutorial, images):
    stream = []
    for number, step in enumerate(tutorial["steps"], start=1):
        callouts = [
            {"type": "item", "value": _callout(kind, text), "id": _block_id(tutorial["slug"], number, kind)}
            for kind, text in step.items()
            if kind in CALLOUT_KINDS
        ]
        value = {
            "title": step["title"],
            "instruction": _html(step["text"]),
            "image": _image_use(images, *step["image"]) if step.get("image") else image_use(None, ""),
            "callouts": callouts,
        }
        stream.append({"type": "step", "value": value})
    if tutorial.get("note"):
        stream.append({"type": "callout", "value": _callout(*tutorial["note"])})
    return stream


def _easy_read(items, images):
    stream = []
    for kind, *rest in items:
        if kind == "heading":
            stream.append({"type": "heading", "value": {"text": rest[0], "level": "h2"}})
        elif kind == "paragraph":
            stream.append({"type": "paragraph", "value": rest[0]})
        else:
            key, alt_text, caption = rest
            stream.append({"type": "image", "value": {"image": _image_use(images, key, alt_text), "caption": caption}})
    return stream


def _body(items):
    stream = []
    for kind, *rest in items:
        if kind in ("h2", "h3"):
            stream.append({"type": "heading", "value": {"text": rest[0], "level": kind}})
        elif kind in ("p", "ul"):
            stream.append({"type": "paragraph", "value": _html(rest[0] if kind == "p" else [rest[0]])})
        elif kind in CALLOUT_KINDS:
            stream.append({"type": "callout", "value": _callout(kind, rest[0])})
        else:
            quote, author = rest
            stream.append({"type": "quote", "value": {"quote": quote, "author": author}})
    return stream


# Pages -------------------------------------------------------------------------------------------------------


def _library_fields(content):
    """The LibraryPage fields shared by tutorials, guides and the learning path."""
    return {
        "title": content["title"],
        "intro": content["intro"],
        "listing_summary": content["summary"],
        "audience": content.get("audience", "aidants"),
        "level": content.get("level", "je-progresse"),
        "devices": content.get("devices", []),
        "last_reviewed": content["reviewed"],
        "featured": content.get("featured", False),
    }


def _sync_relations(page, themes, **children):
    """Give `page` these themes and inline children (lists of field dicts); publish only when they differ."""
    changed = False
    if {theme.pk for theme in page.themes.all()} != {theme.pk for theme in themes}:
        page.themes = themes
        changed = True
    for name, rows in children.items():
        existing = list(getattr(page, name).all())
        if len(existing) != len(rows) or any(
            {field: getattr(child, field) for field in row} != row for child, row in zip(existing, rows, strict=True)
        ):
            model = getattr(type(page), name).rel.related_model
            setattr(page, name, [model(**row) for row in rows])
            changed = True
    if changed:
        page.save_revision().publish()
    return changed


def _load_themes(locales):
    themes = {}
    for order, (slug, names) in enumerate(THEMES):
        name, description = names["fr"]
        theme = Theme.objects.filter(locale=locales["fr"], slug=slug).first() or Theme(locale=locales["fr"], slug=slug)
        if theme.pk is None or (theme.name, theme.description, theme.sort_order) != (name, description, order):
            theme.name, theme.description, theme.sort_order = name, description, order
            theme.save()
        for code in LANGUAGES:
            other_name, other_description = names[code]
            translate_snippet(theme, locales[code], {name: other_name, description: other_description})
        themes[slug] = theme
    return themes


def _load_tutorials(index, themes, images):
    pages = {}
    for tutorial in TUTORIALS:
        fields = _library_fields(tutorial)
        fields.update(
            duration=tutorial["duration"],
            listing_image=images[tutorial["image"]],
            steps=_steps(tutorial, images),
            easy_read=_easy_read(tutorial.get("easy_read", []), images),
        )
        pages[tutorial["slug"]], _changed = upsert_child(index, TutorialPage, tutorial["slug"], **fields)
    for tutorial in TUTORIALS:
        _sync_relations(
            pages[tutorial["slug"]],
            [themes[slug] for slug in tutorial["themes"]],
            prerequisites=[{"tutorial_id": pages[slug].pk} for slug in tutorial["requires"]],
        )
    return pages


def _load_guides(index, themes, images, tutorials):
    pages = {}
    for guide in GUIDES:
        fields = _library_fields(guide)
        fields.update(
            listing_image=images[guide["image"]],
            body=_body(guide["body"]),
            related_services=[str(service) for service in guide["services"]],
        )
        page, _changed = upsert_child(index, GuidePage, guide["slug"], **fields)
        _sync_relations(
            page,
            [themes[slug] for slug in guide["themes"]],
            related_tutorials=[{"tutorial_id": tutorials[slug].pk} for slug in guide["tutorials"]],
        )
        pages[guide["slug"]] = page
    return pages


def _load_learning_path(index, themes, images, tutorials):
    content = LEARNING_PATH
    fields = _library_fields(content)
    fields["listing_image"] = images[content["image"]]
    page, _changed = upsert_child(index, LearningPathPage, content["slug"], **fields)
    _sync_relations(
        page,
        [themes[slug] for slug in content["themes"]],
        path_steps=[{"tutorial_id": tutorials[slug].pk, "note": note} for slug, note in content["steps"]],
    )
    return page


# Translations ------------------------------------------------------------------------------------------------


def _pairs(french, other):
    """(French text, translation) pairs, walking both structures together (see the module's docstring)."""
    if isinstance(french, tuple):
        texts = other if isinstance(other, tuple) else (other,)
        yield from _pairs(list(french[-len(texts) :]), list(texts))
    elif isinstance(other, dict):
        for key, value in other.items():
            yield from _pairs(french[key], value)
    elif isinstance(other, list):
        for french_item, other_item in zip(french, other, strict=True):
            yield from _pairs(french_item, other_item)
    else:
        yield french, other


def _rich_text_segments(html):
    """The strings wagtail-localize extracts from rich text `html`."""
    return [string.data for string, _attrs in extract_strings(html)[1]]


def _segments(text):
    """The strings wagtail-localize extracts from `text` once it is rich text."""
    return _rich_text_segments(_html(text))


def _strings(french, other):
    strings = {}
    for source, target in _pairs(french, other):
        strings[source] = target
        strings.update(zip(_segments(source), _segments(target), strict=True))
    return strings


def _translate_pages(pages, contents, translations, locales):
    """Translate the demo `pages` (by slug) with `translations` of their French `contents`; returns how many."""
    by_slug = {content["slug"]: content for content in contents}
    for slug, languages in translations.items():
        for code, translation in languages.items():
            translate_page(pages[slug], locales[code], _strings(by_slug[slug], translation))
    return len(translations)


def _translate_learning_path(page, locales, tutorials):
    """Translate the path; its steps' notes are set on each translation, as wagtail-localize does not translate them.

    Inline rows that are not translatable models are synchronised: each translation gets a copy of the French rows,
    notes included (and again whenever the translation is updated from the French page).
    """
    for code, translation in PATH_TRANSLATIONS.items():
        translated = translate_page(page, locales[code], _strings(LEARNING_PATH, translation))
        steps = zip(LEARNING_PATH["steps"], translation["steps"], strict=True)
        _sync_relations(
            translated,
            list(translated.themes.all()),
            path_steps=[{"tutorial_id": tutorials[slug].pk, "note": note} for (slug, _note), note in steps],
        )


def _case_strings(case, page, translation):
    """`strings` for a seed case: its title, its page's slug and the segments of its rich text fields."""
    strings = {case.title: translation["title"], page.slug: translation["slug"]}
    for name, text in translation.items():
        if name not in ("title", "slug"):
            french = _rich_text_segments(getattr(case, name))
            strings.update(zip(french, _segments(text), strict=True))
    return strings


def _translate_cases(case_index, locales, seed_cases):
    by_slug = {case.slug: case for case in seed_cases}
    for slug, languages in CASE_TRANSLATIONS.items():
        case = by_slug[slug]
        page = CaseStudyPage.objects.child_of(case_index).get(import_key=case.import_key).specific
        for code, translation in languages.items():
            translate_page(page, locales[code], _case_strings(case, page, translation))
    return len(CASE_TRANSLATIONS)


# Inspiring cases (written by another module, loaded here once the library exists) -----------------------------


def _load_cases(locales, log):
    case_index = CaseStudyIndexPage.objects.get(locale=locales["fr"])

    def count():
        return CaseStudyPage.objects.child_of(case_index).count()

    import_cases(Path(resources.__file__).parent / "data" / "pni-2021-synthese.txt", case_index)
    log(f"  {count()} inspiring cases after the PNI 2021 import")
    load_seed_cases(case_index)
    translated = _translate_cases(case_index, locales, SEED_CASES)
    log(f"  {count()} inspiring cases after the seed cases ({translated} translated)")


def load(log=print):
    locales = ensure_locales(["fr", *LANGUAGES])
    index = ResourceIndexPage.objects.get(locale=locales["fr"])
    images = {key: _image(key) for key in IMAGES}
    themes = _load_themes(locales)
    tutorials = _load_tutorials(index, themes, images)
    guides = _load_guides(index, themes, images, tutorials)
    path = _load_learning_path(index, themes, images, tutorials)
    translated = _translate_pages(tutorials, TUTORIALS, TRANSLATIONS, locales)
    translated_guides = _translate_pages(guides, GUIDES, GUIDE_TRANSLATIONS, locales)
    _translate_learning_path(path, locales, tutorials)
    log(
        f"  {len(themes)} themes, {len(tutorials)} tutorials ({translated} translated), {len(guides)} guides "
        f"({translated_guides} translated), 1 learning path (translated), {len(images)} illustrations"
    )
    _load_cases(locales, log)
