from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Registration


class RegistrationViewSet(ModelViewSet):
    """Organisers see who registered, by event, and export the list (CSV or Excel) for the welcome desk."""

    model = Registration
    icon = "group"
    menu_label = _("Inscriptions")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "event", "status", "seat", "created_at"]
    list_filter = ["status", "event"]
    search_fields = ["name", "email"]
    list_export = ["event", "name", "email", "phone", "needs", "status", "seat", "created_at", "language"]
    export_filename = "inscriptions"
    form_fields = ["name", "email", "phone", "needs"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("event_registrations")
