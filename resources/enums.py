"""Closed lists of the resource library and the case catalogue: the value is a stable slug used in URLs."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    """How comfortable the reader already is; a short scale, as Les Bons Clics uses."""

    DISCOVER = "je-decouvre", _("Je découvre")
    PROGRESS = "je-progresse", _("Je progresse")
    AUTONOMOUS = "je-suis-autonome", _("Je suis autonome")


class Audience(models.TextChoices):
    PUBLIC = "public", _("Grand public")
    HELPERS = "aidants", _("Aidants et professionnels")
    EVERYONE = "tous", _("Tout le monde")


class Device(models.TextChoices):
    COMPUTER = "ordinateur", _("Ordinateur")
    SMARTPHONE = "smartphone", _("Smartphone")
    TABLET = "tablette", _("Tablette")


class ResourceType(models.TextChoices):
    """The library's page types, as facet values (the model name in lower case)."""

    TUTORIAL = "tutorialpage", _("Tutoriel")
    GUIDE = "guidepage", _("Guide pour les aidants")
    PATH = "learningpathpage", _("Parcours")


class CaseTheme(models.TextChoices):
    """Public-policy themes of the inspiring cases (the national investigations cover more than digital help)."""

    DIGITAL_INCLUSION = "inclusion-numerique", _("Inclusion numérique")
    PUBLIC_SERVICE = "accueil-et-services-publics", _("Accueil et services publics")
    SOCIAL = "action-sociale-et-sante", _("Action sociale et santé")
    LOCAL_ECONOMY = "commerce-et-attractivite", _("Commerce et attractivité")
    MOBILITY = "mobilite", _("Mobilité")
    ENVIRONMENT = "environnement-dechets-et-eau", _("Environnement, déchets et eau")
    CULTURE = "culture-sport-et-tourisme", _("Culture, sport et tourisme")
    PARTICIPATION = "participation-citoyenne", _("Participation citoyenne")
    EDUCATION = "education-et-jeunesse", _("Éducation et jeunesse")
    GOVERNANCE = "pilotage-et-organisation", _("Pilotage et organisation interne")
