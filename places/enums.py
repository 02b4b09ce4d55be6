"""Closed lists of the national open-data standard for digital mediation places (schéma v1.0.1 / v1.0.2).

Each value is stored exactly as the standard writes it (the French text); the label shown to visitors is the
same text through gettext, translated in en/ar/es. Typology codes come from data·inclusion v0.27.0. The services,
which resources use too, are in `proxinum.services`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from proxinum.services import Service

from .accessibility import Language


class Itinerance(models.TextChoices):
    MOBILE = "Itinérant", _("Itinérant")
    FIXED = "Fixe", _("Fixe")


class Public(models.TextChoices):
    """Publics the place specifically addresses."""

    YOUTH = "Jeunes", _("Jeunes")
    STUDENTS = "Étudiants", _("Étudiants")
    FAMILIES = "Familles et/ou enfants", _("Familles et/ou enfants")
    SENIORS = "Seniors", _("Seniors")
    WOMEN = "Femmes", _("Femmes")


class SpecificSupport(models.TextChoices):
    """Specific needs the place can support."""

    DEAFNESS = "Surdité", _("Surdité")
    MOTOR_DISABILITY = "Handicaps moteurs", _("Handicaps moteurs")
    MENTAL_DISABILITY = "Handicaps mentaux", _("Handicaps mentaux")
    ILLITERACY = "Illettrisme", _("Illettrisme")
    ENGLISH = "Langues étrangères (anglais)", _("Langues étrangères (anglais)")
    OTHER_LANGUAGES = "Langues étrangères (autres)", _("Langues étrangères (autres)")
    VISUAL_IMPAIRMENT = "Déficience visuelle", _("Déficience visuelle")


class Fee(models.TextChoices):
    """What the visitor pays."""

    FREE = "Gratuit", _("Gratuit")
    FREE_UNDER_CONDITIONS = "Gratuit sous condition", _("Gratuit sous condition")
    PAID = "Payant", _("Payant")


class NationalProgramme(models.TextChoices):
    """National schemes and programmes the place belongs to."""

    AIDANTS_CONNECT = "Aidants Connect", _("Aidants Connect")
    BNR = "Bibliothèques numérique de référence", _("Bibliothèques numérique de référence")
    PIX = "Certification PIX", _("Certification PIX")
    CONSEILLERS_NUMERIQUES = "Conseillers numériques", _("Conseillers numériques")
    EMMAUS_CONNECT = "Emmaüs Connect", _("Emmaüs Connect")
    FRANCE_SERVICES = "France Services", _("France Services")
    GEN = "Grande école du numérique", _("Grande école du numérique")
    CROIX_ROUGE = "La Croix Rouge", _("La Croix Rouge")
    CAF = "Point d'accès numérique CAF", _("Point d'accès numérique CAF")
    PROMENEURS = "Promeneurs du net", _("Promeneurs du net")
    RELAIS_EMMAUS = "Relais numérique (Emmaüs Connect)", _("Relais numérique (Emmaüs Connect)")


class TrainingLabel(models.TextChoices):
    """Trainings and labels (v1.0.2 adds « Étapes numériques (La Poste) », outside v1.0.1)."""

    MON_ESPACE_SANTE = "Formé à « Mon Espace Santé »", _("Formé à « Mon Espace Santé »")
    DUPLEX = "Formé à « DUPLEX » (illettrisme)", _("Formé à « DUPLEX » (illettrisme)")
    ARNIA = "Arnia/MedNum BFC (Bourgogne-Franche-Comté)", _("Arnia/MedNum BFC (Bourgogne-Franche-Comté)")
    RESSOURCES_REEMPLOI = (
        "Collectif ressources et acteurs réemploi (Normandie)",
        _("Collectif ressources et acteurs réemploi (Normandie)"),
    )
    ETAPES_NUMERIQUES = "Étapes numériques (La Poste)", _("Étapes numériques (La Poste)")
    FABRIQUES = "Fabriques de Territoire", _("Fabriques de Territoire")
    ECLAIREURS = "Les Éclaireurs du numérique (Drôme)", _("Les Éclaireurs du numérique (Drôme)")
    MES_PAPIERS = "Mes Papiers (Métropole de Lyon)", _("Mes Papiers (Métropole de Lyon)")
    ORDI_3_0 = "ORDI 3.0", _("ORDI 3.0")
    SUD_LABS = "SUD LABS (PACA)", _("SUD LABS (PACA)")


class AccessMode(models.TextChoices):
    """How to get the service."""

    WALK_IN = "Se présenter", _("Se présenter")
    PHONE = "Téléphoner", _("Téléphoner")
    EMAIL = "Contacter par mail", _("Contacter par mail")
    BOOK_ONLINE = "Prendre un RDV en ligne", _("Prendre un RDV en ligne")
    NO_PUBLIC = "Ce lieu n'accueille pas de public", _("Ce lieu n'accueille pas de public")
    PRESCRIPTION = "Envoyer un mail avec une fiche de prescription", _("Envoyer un mail avec une fiche de prescription")


class SupportMode(models.TextChoices):
    """How people are accompanied."""

    AUTONOMOUS = "En autonomie", _("En autonomie")
    INDIVIDUAL = "Accompagnement individuel", _("Accompagnement individuel")
    WORKSHOP = "Dans un atelier collectif", _("Dans un atelier collectif")
    REMOTE = "À distance", _("À distance")


# Values found in real files that mean a standard value.
ALIASES = {
    "Étapes numériques(La Poste)": TrainingLabel.ETAPES_NUMERIQUES,
    "Ce lieu n’accueille pas de public": AccessMode.NO_PUBLIC,
}

# v1.0.1 does not know this label: exports put it in autres_formations_labels.
NOT_IN_V1_0_1 = {TrainingLabel.ETAPES_NUMERIQUES}

# Model field → its closed list (labels of stored values, finder filters).
FIELD_CHOICES = {
    "services": Service,
    "publics": Public,
    "specific_support": SpecificSupport,
    "fees": Fee,
    "national_programmes": NationalProgramme,
    "training_labels": TrainingLabel,
    "access_modes": AccessMode,
    "support_modes": SupportMode,
    "itinerance": Itinerance,
    "spoken_languages": Language,  # not in the standard (see accessibility.py)
}

# Short words for the services, where space is scarce (result cards, the finder's filters on a phone).
SERVICE_SHORT_LABELS = {
    Service.ADMIN_PROCEDURES: _("Démarches en ligne"),
    Service.EVERYDAY_TOOLS: _("Téléphone, ordinateur, courriel"),
    Service.EMPLOYMENT: _("Emploi"),
    Service.SAFE_USE: _("Sécurité en ligne"),
    Service.PARENTING: _("Parents et enfants"),
    Service.LEISURE: _("Loisirs numériques"),
    Service.UNDERSTANDING: _("Comprendre le numérique"),
    Service.INTERNET_ACCESS: _("Accès à internet"),
    Service.EQUIPMENT_PURCHASE: _("Matériel à petit prix"),
}
# The needs people ask for most, first in the finder's filters; the others are folded.
TOP_SERVICES = [Service.ADMIN_PROCEDURES, Service.EVERYDAY_TOOLS, Service.INTERNET_ACCESS, Service.EMPLOYMENT]

# The national map groups the 9 services into three needs.
SERVICE_GROUPS = [
    (
        "learn",
        _("Apprendre"),
        [
            Service.EVERYDAY_TOOLS,
            Service.SAFE_USE,
            Service.PARENTING,
            Service.LEISURE,
            Service.UNDERSTANDING,
        ],
    ),
    ("procedures", _("Faire ses démarches"), [Service.ADMIN_PROCEDURES, Service.EMPLOYMENT]),
    ("equipment", _("S'équiper et se connecter"), [Service.INTERNET_ACCESS, Service.EQUIPMENT_PURCHASE]),
]

NATIONAL_PROGRAMMES_IN_FINDER = [
    NationalProgramme.FRANCE_SERVICES,
    NationalProgramme.CONSEILLERS_NUMERIQUES,
    NationalProgramme.AIDANTS_CONNECT,
]

# data·inclusion structure types (v0.27.0) and the four extra codes of the ANCT library.
TYPOLOGIES = {
    "ACI": _("Structures porteuses d’ateliers et chantiers d’insertion (ACI)"),
    "ACIPHC": _("SIAE — Atelier chantier d’insertion premières heures en chantier"),
    "AFPA": _("Agence nationale pour la formation professionnelle des adultes (AFPA)"),
    "AI": _("Associations intermédiaires (AI)"),
    "ASE": _("Aide sociale à l’enfance (ASE)"),
    "ASSO": _("Associations"),
    "ASSO_CHOMEUR": _("Associations de chômeurs"),
    "AVIP": _("Crèche À Vocation d’Insertion Professionnelle (AVIP)"),
    "Autre": _("Autre"),
    "BIB": _("Bibliothèque / Médiathèque"),
    "CAARUD": _("CAARUD - Centre d’accueil et d’accompagnement à la réduction de risques pour usagers de drogues"),
    "CADA": _("Centres d’accueil de demandeurs d’asile (CADA)"),
    "CAF": _("Caisses d’allocations familiales (CAF)"),
    "CAP_EMPLOI": _("Cap Emploi"),
    "CAVA": _("Centres d’adaptation à la vie active (CAVA)"),
    "CC": _("Communautés de communes"),
    "CCAS": _("Centres communaux d’action sociale (CCAS)"),
    "CCONS": _("Chambres consulaires (CCI, CMA, CA)"),
    "CD": _("Conseils Départementaux (CD)"),
    "CDAS": _("Centre départemental d’action sociale (CDAS)"),
    "CFP": _("Centre des Finances Publiques (CFP)"),
    "CHRS": _("Centres d’hébergement et de réinsertion sociale (CHRS)"),
    "CHU": _("Centres d’hébergement d’urgence (CHU)"),
    "CIAS": _("Centres intercommunaux d’action sociale (CIAS)"),
    "CIDFF": _("Centres d’information sur les droits des femmes et des familles (CIDFF)"),
    "CITMET": _("Cité des métiers"),
    "CMP": _("Centre Médico-Psychologique (CMP)"),
    "CMS": _("Centre Médico-Social (CMS)"),
    "CPAM": _("Caisse Primaire d’Assurance Maladie (CPAM)"),
    "CPH": _("Centres provisoires d’hébergement (CPH)"),
    "CS": _("Centre social"),
    "CSAPA": _("CSAPA - Centre de soins, d’accompagnement et de prévention en addictologie"),
    "CSC": _("Centre Socio-Culturel (CSC)"),
    "DEETS": _("Directions de l’Économie, de l’Emploi, du Travail et des Solidarités (DEETS)"),
    "DEPT": _("Services sociaux du Conseil départemental"),
    "DIPLP": _("Délégation interministérielle à la prévention et à la lutte contre la pauvreté"),
    "E2C": _("E2C - École de la 2e chance"),
    "EA": _("Entreprise adaptée (EA)"),
    "EATT": _("Entreprise Adaptée (EATT)"),
    "EI": _("Entreprises d’insertion (EI)"),
    "EITI": _("Entreprises d’insertion par le travail indépendant (EITI)"),
    "ENM": _("Espace Numérique Mobile (ENM)"),
    "EPCI": _("Intercommunalité (EPCI)"),
    "EPI": _("Espace Public Internet (EPI)"),
    "EPIDE": _("EPIDE - Établissement pour l’insertion dans l’emploi"),
    "EPN": _("Espace Public Numérique (EPN)"),
    "ES": _("Épicerie Solidaire"),
    "ESS": _("Entreprise de l’Économie Sociale et Solidaire"),
    "ETABL_PRI": _("Établissement privé"),
    "ETABL_PUB": _("Établissement public"),
    "ETAT": _("Service de l’État"),
    "ETTI": _("Entreprises de travail temporaire d’insertion (ETTI)"),
    "EVS": _("Espace de Vie Sociale (EVS)"),
    "FABLAB": _("Fablab / Atelier partagé"),
    "FAIS": _("Fédérations d’acteurs de l’insertion et de la solidarité"),
    "FT": _("France Travail"),
    "GEIQ": _("Groupements d’employeurs pour l’insertion et la qualification (GEIQ)"),
    "HUDA": _("HUDA - Hébergement d’urgence pour demandeurs d’asile"),
    "LA_POSTE": _("Bureau de poste / Agence postale"),
    "MDE": _("Maison de l’emploi"),
    "MDEF": _("Maison de l’emploi et de la formation"),
    "MDPH": _("Maison Départementale des Personnes Handicapées"),
    "MDS": _("Maison Départementale des Solidarités"),
    "MJC": _("Maison des jeunes et de la culture"),
    "ML": _("Mission Locale"),
    "MQ": _("Maison de quartier"),
    "MSA": _("Mutualité Sociale Agricole"),
    "MSAP": _("Maison de Services Au Public (MSAP)"),
    "MUNI": _("Municipalités"),
    "OACAS": _("Structures agréées Organisme d’accueil communautaire et d’activité solidaire (OACAS)"),
    "ODC": _("Organisation délégataire d’un CD"),
    "OF": _("Organisme de formation"),
    "OIL": _("Opérateur d’intermédiation locative"),
    "OPCS": _("Organisation porteuse de la clause sociale"),
    "PAD": _("Point d’Accès au Droit"),
    "PENSION": _("Pension de famille / résidence accueil"),
    "PI": _("Point Information (PI)"),
    "PIJ_BIJ": _("Points et bureaux information jeunesse (PIJ/BIJ)"),
    "PIMMS": _("Point Information Médiation Multi Services (PIMMS)"),
    "PJJ": _("Protection judiciaire de la jeunesse (PJJ)"),
    "PLIE": _("Plans locaux pour l’insertion et l’emploi (PLIE)"),
    "PREF": _("Préfecture, Sous-Préfecture"),
    "PREVENTION": _("Service ou club de prévention"),
    "REG": _("Région"),
    "RESSOURCERIE": _("Ressourcerie"),
    "RFS": _("Réseau France Services"),
    "RS_FJT": _("Résidence sociale / FJT - Foyer de Jeunes Travailleurs"),
    "SCP": _("Services et clubs de prévention"),
    "SPIP": _("Services pénitentiaires d’insertion et de probation (SPIP)"),
    "TIERS_LIEUX": _("Tiers lieu & coworking"),
    "UDAF": _("Union départementale des associations familiales (UDAF)"),
    "ESAT": _("Établissement et service d’aide par le travail (ESAT)"),
    "FABRIQUE": _("Fabrique de territoire"),
    "MDH": _("Maison des habitants"),
    "RELAIS_LECTURE": _("Relais lecture"),
}
TYPOLOGY_CHOICES = sorted(TYPOLOGIES.items(), key=lambda item: str(item[1]))
MOBILE_TYPOLOGY = "ENM"  # espace numérique mobile
