"""Mobile places: a bus tour (MairieBus, bus numérique) and its stops, each with its own schedule.

A stop is a MediationPlacePage (the finder, exports and API treat it like a place, one row per stop as the
national practice does); what the bus offers is edited once on the tour and copied to every stop.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList, TabbedInterface
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from proxinum.models import BasePage

from .. import enums
from .places import LocatedMixin, MediationPlacePage, PlaceServicesMixin


class MobileTourPage(PlaceServicesMixin, BasePage):
    """A bus tour: what it offers, shown with its stops, a map and where the bus is today."""

    content_panels = [*Page.content_panels, *PlaceServicesMixin.services_panels[:1]]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Tournée")),
            ObjectList(PlaceServicesMixin.services_panels[1:], heading=_("Services")),
            ObjectList(BasePage.promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )
    search_fields = [*BasePage.search_fields, index.SearchField("summary", boost=2), index.SearchField("description")]
    override_translatable_fields = [
        *[SynchronizedField(name) for name in PlaceServicesMixin.SYNCHRONISED],
        TranslatableField("summary"),
        TranslatableField("description"),
    ]

    parent_page_types = ["places.PlaceIndexPage"]
    subpage_types = ["places.MobileStopPage"]

    class Meta:
        verbose_name = _("tournée itinérante")
        verbose_name_plural = _("tournées itinérantes")

    def shared_values(self):
        """The tour's offer, as copied onto each stop."""
        values = {name: getattr(self, name) for name in PlaceServicesMixin.SYNCHRONISED}
        values["itinerance"] = [enums.Itinerance.MOBILE]
        values["typology"] = self.typology or [enums.MOBILE_TYPOLOGY]
        values["summary"] = self.summary
        values["description"] = self.description
        return values

    def update_stops(self):
        """Copy the tour's offer onto the live data of every stop (called when the tour is published)."""
        stop_ids = MobileStopPage.objects.child_of(self).values_list("pk", flat=True)
        values = self.shared_values()
        field = MediationPlacePage._meta.get_field
        prepared = {name: field(name).get_prep_value(value) for name, value in values.items()}
        MediationPlacePage.objects.filter(pk__in=list(stop_ids)).update(**prepared)

    @property
    def stops(self):
        return MobileStopPage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        from .. import hours
        from ..templatetags.places_tags import next_passage

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        stops = list(self.stops)
        today, upcoming = [], []
        for stop in stops:
            stop.readable_hours = hours.readable(stop.opening_hours) if stop.opening_hours else ""
            day = next((d for d in hours.week_table(stop.opening_hours, now=now) if d.is_today), None)
            if day is not None and day.hours:
                stop.today = day
                today.append(stop)
            opens = hours.next_opening(stop.opening_hours, now=now)
            if opens is not None:
                upcoming.append((opens, stop))
        next_stop = None
        if not today and upcoming:
            opens, stop = min(upcoming, key=lambda item: item[0])
            next_stop = {"title": stop.title, "when": next_passage(stop.opening_hours, opens)}
        context.update(
            stops=stops,
            stops_today=today,
            next_stop=next_stop,
        )
        return context


class MobileStopPage(MediationPlacePage):
    """One stop of a tour: a name, an address, a point and its own schedule (e.g. every other Tuesday)."""

    content_panels = [
        *Page.content_panels,
        HelpPanel(content=_("Les services, publics et contacts viennent de la tournée : modifiez-les sur la tournée.")),
        *LocatedMixin.location_panels,
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Arrêt")),
            ObjectList([FieldPanel("place_id")], heading=_("Données ouvertes")),
            ObjectList(BasePage.promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )

    parent_page_types = ["places.MobileTourPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("arrêt de bus itinérant")
        verbose_name_plural = _("arrêts de bus itinérants")

    def full_clean(self, *args, **kwargs):
        self.copy_from_tour()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.copy_from_tour()
        super().save(*args, **kwargs)

    def copy_from_tour(self):
        tour = self.tour
        if tour is not None:
            for name, value in tour.shared_values().items():
                setattr(self, name, value)

    @property
    def tour(self):
        parent = self.get_parent() if self.pk or getattr(self, "path", "") else None
        parent = parent.specific if parent is not None else None
        return parent if isinstance(parent, MobileTourPage) else None
