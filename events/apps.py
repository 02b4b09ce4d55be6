from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from proxinum.registry import NavigationSection, SearchGroup


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Agenda")
    navigation_sections = [
        NavigationSection("agenda", "events.EventIndexPage", order=40, menu_label=_("Agenda")),
    ]
    search_groups = [
        SearchGroup("evenements", _("Événements"), ("events.EventPage",), order=50),
    ]

    def ready(self):
        from . import signals  # noqa: F401
