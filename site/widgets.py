"""wagtailgeowidget's Leaflet map panel, with Leaflet served from our own static files instead of a CDN."""

from django import forms
from wagtailgeowidget.panels import LeafletPanel
from wagtailgeowidget.widgets import LeafletField

LEAFLET_CSS = "vendor/leaflet/leaflet.css"
LEAFLET_JS = "vendor/leaflet/leaflet.js"


class LocalLeafletField(LeafletField):
    @property
    def media(self):
        return forms.Media(
            css={"all": ("wagtailgeowidget/css/leaflet-field.css", LEAFLET_CSS)},
            js=(
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
                LEAFLET_JS,
            ),
        )


class LocalLeafletPanel(LeafletPanel):
    def widget_overrides(self):
        field = self.model._meta.get_field(self.field_name)
        return {
            self.field_name: LocalLeafletField(
                address_field=self.address_field,
                zoom_field=self.zoom_field,
                hide_latlng=self.hide_latlng,
                zoom=self.zoom,
                srid=getattr(field, "srid", 4326),
                id_prefix="id_",
            )
        }
