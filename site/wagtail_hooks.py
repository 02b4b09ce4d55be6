from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteTexts, SynonymGroup
from .navigation import show_only_in_french


class SynonymGroupViewSet(SnippetViewSet):
    """Editors keep the search's synonyms: a search for one word of a group finds pages with the others."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonymes de la recherche")
    add_to_settings_menu = True
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymGroupViewSet)


class SiteTextsViewSet(SnippetViewSet):
    """The site's tagline, postal address and phone hours, translated like pages (wagtail-localize's "Traduire")."""

    model = SiteTexts
    icon = "site"
    menu_label = _("Textes du site")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(SiteTextsViewSet)


@hooks.register("before_serve_page")
def interface_in_the_visitors_language(page, request, serve_args, serve_kwargs):
    return show_only_in_french(page, request)
