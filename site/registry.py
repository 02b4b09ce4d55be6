"""What the apps declare to the site-wide code, so that it never names them: their navigation sections and their
kinds of search result.

An app's AppConfig may declare, each optional:

- `navigation_sections`: [NavigationSection], the section pages linked site-wide (`nav.sections.<key>` in
  templates; those with a `menu_label` make the main menu);
- `search_groups`: [SearchGroup], the kinds of result the search page counts and filters by;
- `search_excluded`: ["app.Model"], page types the search never lists.

Each list is read once from every installed app and ordered by the declared `order` (then by key).
"""

import functools
from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class NavigationSection:
    key: str  # the name templates use: nav.sections.places
    page_model: str  # "places.PlaceIndexPage": the live child of each language's home page of that type
    order: int
    menu_label: object = None  # a (lazily translated) label: shown in the main menu when set

    @property
    def model_label(self):
        """The page type as its content type names it: places.placeindexpage."""
        return apps.get_model(self.page_model)._meta.label_lower


@dataclass(frozen=True)
class SearchGroup:
    key: str  # the search page's ?type= value
    label: object  # a (lazily translated) label
    page_models: tuple  # ("resources.GuidePage", ...)
    order: int


def collect(attribute, app_configs):
    """The items the apps of `app_configs` declare under `attribute`, by declared order; a key declared twice is an
    error (two apps would fight over one link or one facet)."""
    declared = [item for config in app_configs for item in getattr(config, attribute, None) or ()]
    twice = sorted(key for key, count in Counter(item.key for item in declared).items() if count > 1)
    if twice:
        raise ImproperlyConfigured(f"{attribute}: key(s) declared more than once: {', '.join(twice)}")
    return sorted(declared, key=lambda item: (item.order, item.key))


@functools.cache
def navigation_sections():
    return collect("navigation_sections", apps.get_app_configs())


@functools.cache
def search_groups():
    return collect("search_groups", apps.get_app_configs())


@functools.cache
def search_excluded():
    return [label for config in apps.get_app_configs() for label in getattr(config, "search_excluded", None) or ()]


def clear_cache():
    for declared in (navigation_sections, search_groups, search_excluded):
        declared.cache_clear()


@receiver(setting_changed)
def _installed_apps_changed(setting, **kwargs):
    if setting == "INSTALLED_APPS":
        clear_cache()


@checks.register()
def declarations_are_valid(app_configs=None, **kwargs):
    """`manage.py check` (and so `make lint` and CI) rather than the first page shown: every declared page type
    exists, and no key is declared twice."""
    try:
        labels = [section.page_model for section in navigation_sections()]
        labels += [label for group in search_groups() for label in group.page_models]
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="proxinum.E001")]
    errors = []
    for label in [*labels, *search_excluded()]:
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            errors.append(
                checks.Error(
                    _("« %(label)s » n'est pas un type de page installé.") % {"label": label},
                    hint=_(
                        "Corrigez la déclaration de l'application (navigation_sections, search_groups ou search_excluded)."
                    ),
                    id="proxinum.E002",
                )
            )
    return errors
