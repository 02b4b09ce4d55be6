"""The services of the national open-data standard for digital mediation places (schéma v1.0), and their short
forms in addresses.

Shared by places (what a place offers, the finder's filter) and resources (a guide links to the places that offer
a service), so that neither app imports the other.
"""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Service(models.TextChoices):
    """The 9 services (v1.0): stored as the standard writes them, shown translated."""

    ADMIN_PROCEDURES = "Aide aux démarches administratives", _("Aide aux démarches administratives")
    EVERYDAY_TOOLS = "Maîtrise des outils numériques du quotidien", _("Maîtrise des outils numériques du quotidien")
    EMPLOYMENT = "Insertion professionnelle via le numérique", _("Insertion professionnelle via le numérique")
    SAFE_USE = "Utilisation sécurisée du numérique", _("Utilisation sécurisée du numérique")
    PARENTING = "Parentalité et éducation avec le numérique", _("Parentalité et éducation avec le numérique")
    LEISURE = "Loisirs et créations numériques", _("Loisirs et créations numériques")
    UNDERSTANDING = "Compréhension du monde numérique", _("Compréhension du monde numérique")
    INTERNET_ACCESS = "Accès internet et matériel informatique", _("Accès internet et matériel informatique")
    EQUIPMENT_PURCHASE = (
        "Acquisition de matériel informatique à prix solidaire",
        _("Acquisition de matériel informatique à prix solidaire"),
    )


def url_slug(value):
    """A value of a closed list as shared addresses write it: "Aide aux démarches administratives" →
    "aide-aux-demarches-administratives" (the finder's `?service=`, `?public=`...)."""
    return slugify(str(value))
