from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Registration


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form only, which gives the seats and sends the e-mails: none is added here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


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
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return RegistrationPermissionPolicy(self.model)

    def get_index_view_kwargs(self, **kwargs):
        # Each row shows its event: fetched with the registrations, not one query per row (list and export).
        return super().get_index_view_kwargs(queryset=Registration.objects.select_related("event"), **kwargs)


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("event_registrations")
