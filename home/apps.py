from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from proxinum.registry import NavigationSection


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Accueil et pages")
    # The search page is linked by the header's search box, not by the main menu, and never lists itself.
    navigation_sections = [NavigationSection("search", "home.SearchPage", order=90)]
    search_excluded = ["home.SearchPage"]
