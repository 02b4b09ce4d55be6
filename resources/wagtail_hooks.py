from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thèmes")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)
