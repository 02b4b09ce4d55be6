from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from proxinum.models import BaseIndexPage
from proxinum.widgets import LocalLeafletPanel


class PlaceIndexPage(BaseIndexPage):
    """The place finder (/lieux/)."""

    map_centre_address = models.CharField(
        _("adresse du centre de la carte"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple la mairie de votre commune : la carte des lieux s'ouvre sur ce point."),
    )
    map_centre = models.CharField(
        _("centre de la carte"),
        max_length=250,
        blank=True,
        help_text=_("Cliquez sur la carte ou déplacez le repère. Vide : la France entière."),
    )
    map_zoom = models.PositiveSmallIntegerField(
        _("zoom de la carte"), default=11, help_text=_("De 5 (la France) à 15 (un quartier).")
    )

    content_panels = [
        *BaseIndexPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("map_centre_address"),
                LocalLeafletPanel("map_centre", address_field="map_centre_address", zoom_field="map_zoom"),
                FieldPanel("map_zoom"),
            ],
            heading=_("Carte"),
        ),
    ]

    class Meta:
        verbose_name = _("recherche de lieux")
        verbose_name_plural = _("recherches de lieux")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["finder_query"] = request.GET.get("q", "")[:100]
        return context
