from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Registration


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form only, which gives the seats and sends the e-mails: none is added here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


def yes_or_blank(value):
    return gettext("Oui") if value else ""


class RegistrationIndexView(generic.IndexView):
    # The export says "Oui" for the people to call, and leaves the others blank (not "True"/"False").
    custom_field_preprocess = {"to_call": {"csv": yes_or_blank, "xlsx": yes_or_blank}}


class RegistrationViewSet(ModelViewSet):
    """Organisers see who registered, by event, and export the list (CSV or Excel) for the welcome desk.

    "À appeler": people registered without an e-mail address get no message from the site (confirmation, a seat
    freed on the waiting list): the organiser calls them. The column shows the number to call; a filter lists them.
    """

    model = Registration
    icon = "group"
    menu_label = _("Inscriptions")
    add_to_admin_menu = True
    menu_order = 310
    list_display = [
        "name",
        "event",
        "status",
        "seat",
        Column("phone_to_call", label=_("À appeler"), accessor="phone_to_call"),
        "created_at",
    ]
    list_filter = ["status", "to_call", "event"]
    search_fields = ["name", "email", "phone", "registered_by"]
    list_export = [
        "event",
        "name",
        "to_call",
        "phone",
        "email",
        "registered_by",
        "needs",
        "status",
        "seat",
        "created_at",
        "language",
    ]
    export_headings = {"to_call": _("À appeler")}
    index_view_class = RegistrationIndexView
    export_filename = "inscriptions"
    form_fields = ["name", "registered_by", "email", "phone", "needs"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "event",
        "name",
        "registered_by",
        "email",
        "phone",
        "to_call",
        "needs",
        "language",
        "status",
        "seat",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
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
