from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import PlaceErrorReport


class PlaceErrorReportViewSet(ModelViewSet):
    """Visitors' error reports, for editors to check and mark as handled."""

    model = PlaceErrorReport
    icon = "warning"
    menu_label = _("Signalements")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["place", "message", "created_at", "handled"]
    list_filter = ["handled"]
    search_fields = ["message"]
    form_fields = ["handled", "message", "email"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_place_error_reports():
    return PlaceErrorReportViewSet("place_error_reports")
