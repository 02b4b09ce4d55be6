from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    name = "places"
    verbose_name = _("Lieux de médiation numérique")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks, signals  # noqa: F401 - registers the system checks and the signal handlers

        post_migrate.connect(checks.warn_after_migrate, sender=self)
