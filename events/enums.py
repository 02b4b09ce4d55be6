from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    HACKATHON = "hackathon", _("Hackathon")
    AFTERWORK = "afterwork", _("Afterwork")
    WORKSHOP = "atelier", _("Atelier numérique")
    WEBINAR = "webinaire", _("Webinaire")
    BREAKFAST = "petit-dejeuner", _("Petit-déjeuner du réseau")
    DROP_IN = "permanence", _("Permanence")
    HELPER_TRAINING = "formation-aidants", _("Formation d'aidants")
    OTHER = "autre", _("Autre")


class EventAudience(models.TextChoices):
    PUBLIC = "public", _("Grand public")
    PROFESSIONALS = "professionnels", _("Professionnels et aidants")
    EVERYONE = "tous", _("Tout le monde")


class Where(models.TextChoices):
    PLACE = "lieu", _("Dans un de nos lieux")
    ADDRESS = "adresse", _("À une autre adresse")
    ONLINE = "en-ligne", _("En ligne")


class RegistrationMode(models.TextChoices):
    NONE = "aucune", _("Sans inscription")
    EXTERNAL = "lien", _("Sur un autre site (lien)")
    FORM = "formulaire", _("Avec le formulaire du site")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmee", _("Confirmée")
    WAITLISTED = "attente", _("Sur liste d'attente")
    CANCELLED = "annulee", _("Annulée")
