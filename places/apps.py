from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from proxinum.registry import NavigationSection, SearchGroup


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = _("Lieux de médiation numérique")
    navigation_sections = [
        NavigationSection("places", "places.PlaceIndexPage", order=10, menu_label=_("Trouver un lieu")),
    ]
    search_groups = [
        SearchGroup(
            "lieux",
            _("Lieux"),
            ("places.MediationPlacePage", "places.MobileTourPage", "places.MobileStopPage"),
            order=10,
        ),
    ]

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, signals  # noqa: F401 - registers the system checks and the signal handlers

        post_migrate.connect(checks.warn_after_migrate, sender=self)
