from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from proxinum.registry import NavigationSection, SearchGroup


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Ressources")
    navigation_sections = [
        NavigationSection("resources", "resources.ResourceIndexPage", order=20, menu_label=_("Ressources")),
        NavigationSection("cases", "resources.CaseStudyIndexPage", order=30, menu_label=_("Cas inspirants")),
    ]
    search_groups = [
        SearchGroup("tutoriels", _("Tutoriels"), ("resources.TutorialPage",), order=20),
        SearchGroup("guides", _("Guides et parcours"), ("resources.GuidePage", "resources.LearningPathPage"), order=30),
        SearchGroup("cas", _("Cas inspirants"), ("resources.CaseStudyPage",), order=40),
    ]
