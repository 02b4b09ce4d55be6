from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProxinumConfig(AppConfig):
    name = "proxinum"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (cache invalidation on publish)
