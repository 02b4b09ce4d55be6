"""Editor panel for opening hours: the raw OSM syntax, with a plain-language preview that updates as one types."""

from django.urls import reverse
from wagtail.admin.panels import FieldPanel

from . import hours


class OpeningHoursPanel(FieldPanel):
    class BoundPanel(FieldPanel.BoundPanel):
        template_name = "places/admin/opening_hours_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            value = self.bound_field.value() or ""
            context["preview"] = hours.readable(value) if value else ""
            context["preview_url"] = reverse("places_hours_preview")
            return context
