"""Accessibility of a place, the languages spoken there and how to get there without a car.

Facts the editors know, shown on the place page and used as finder filters. They are not in the national open-data
standard (which only links to the place's acceslibre record, `accessibility_url`): never exported nor imported.

Each accessibility fact is tri-state, a nullable boolean: yes, no, or not known (NULL, the default). A plain
boolean would turn "nobody checked" into "no" and tell a wheelchair user that a place is out of reach when nobody
knows; an unknown fact is not shown on the page, and a finder filter keeps only the places where it is known true.

A bus is a vehicle: what concerns the bus and its team (entrance, toilets, hearing loop, sign language, languages)
is edited on the tour and copied to its stops (`PlaceServicesMixin`); what concerns the spot where it parks
(reserved parking, public transport, parking) is edited on each stop (`LocatedMixin`).
"""

from django import forms
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from proxinum.text import join_list


class Language(models.TextChoices):
    """Languages commonly spoken in places in France (ISO 639 codes; "ber": Berber languages)."""

    FRENCH = "fr", _("français")
    ENGLISH = "en", _("anglais")
    ARABIC = "ar", _("arabe")
    SPANISH = "es", _("espagnol")
    PORTUGUESE = "pt", _("portugais")
    TURKISH = "tr", _("turc")
    BERBER = "ber", _("berbère (tamazight)")
    RUSSIAN = "ru", _("russe")
    UKRAINIAN = "uk", _("ukrainien")
    ROMANIAN = "ro", _("roumain")
    ITALIAN = "it", _("italien")
    GERMAN = "de", _("allemand")
    CHINESE = "zh", _("chinois")
    VIETNAMESE = "vi", _("vietnamien")


# French is spoken everywhere: filtering on it would only hide the places that did not say so.
LANGUAGES_IN_FINDER = [language for language in Language if language != Language.FRENCH]


def fact_field(verbose_name, help_text=""):
    """A tri-state fact: True (yes), False (no), None (not known, the default)."""
    return models.BooleanField(verbose_name, null=True, blank=True, default=None, help_text=help_text)


# Radio buttons rather than a select: the three answers are visible at once in the admin.
TRI_STATE_WIDGET = forms.RadioSelect(choices=[("", _("Je ne sais pas")), ("True", _("Oui")), ("False", _("Non"))])

# Each accessibility fact the finder filters on: URL parameter, model field, the filter's label.
ACCESSIBILITY_FLAGS = [
    ("sans_marche", "step_free_entrance", _("Entrée sans marche")),
    ("toilettes", "accessible_toilets", _("Toilettes accessibles")),
    ("stationnement", "disabled_parking", _("Stationnement réservé")),
    ("boucle", "hearing_loop", _("Boucle magnétique")),
    ("lsf", "sign_language", _("Langue des signes")),
]
FLAG_FIELDS = {flag: field for flag, field, _label in ACCESSIBILITY_FLAGS}
FINDER_FLAGS = [(flag, label) for flag, _field, label in ACCESSIBILITY_FLAGS]


def known_facts(page):
    """What is known of the place's accessibility, as (label, value) pairs: unknown facts are left out."""
    facts = []
    for name in FLAG_FIELDS.values():
        value = getattr(page, name, None)
        if value is not None:
            facts.append((capfirst(page._meta.get_field(name).verbose_name), _("Oui") if value else _("Non")))
    languages = getattr(page, "spoken_languages", None)
    if languages:
        labels = dict(Language.choices)
        facts.append((_("Langues parlées"), join_list(str(labels.get(code, code)) for code in languages)))
    return facts
