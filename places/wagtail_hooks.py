from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
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


@hooks.register("register_admin_urls")
def register_hours_preview_url():
    return [path("places/horaires/apercu/", hours_preview, name="places_hours_preview")]


@hooks.register("insert_editor_js")
def hours_preview_js():
    return format_html('<script src="{}"></script>', static("js/hours-preview.js"))


def hours_preview(request):
    """Plain-language reading of an opening-hours expression, for the editor's live preview."""
    from django.core.exceptions import ValidationError

    from .hours import readable, validate_opening_hours

    value = request.GET.get("value", "")[:500]
    try:
        validate_opening_hours(value)
    except ValidationError as error:
        return JsonResponse({"preview": "", "error": " ".join(error.messages)})
    return JsonResponse({"preview": readable(value) if value.strip() else ""})
