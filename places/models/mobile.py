"""Mobile places: a bus tour (MairieBus, bus numérique) and its stops, each with its own schedule.

A stop is a MediationPlacePage (the finder, exports and API treat it like a place, one row per stop as the
national practice does); what the bus offers is edited once on the tour and copied to every stop.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from proxinum.models import BasePage

from .. import enums, meta
from .places import LocatedMixin, MediationPlacePage, PlaceServicesMixin


class MobileTourPage(RoutablePageMixin, PlaceServicesMixin, BasePage):
    """A bus tour: what it offers, shown with its stops, a map and where the bus is today.

    Routable for its calendar of passages (calendrier/); every other path goes on to its stops.
    """

    # The next dated passages listed under each stop.
    PASSAGES_PER_STOP = 3

    content_panels = [*Page.content_panels, *PlaceServicesMixin.services_panels[:1]]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Tournée")),
            ObjectList(
                [
                    *PlaceServicesMixin.services_panels[1:],
                    MultiFieldPanel(
                        PlaceServicesMixin.access_panels,
                        heading=_("Accessibilité du bus"),
                        help_text=_(
                            "Copiée sur chaque arrêt. Ne répondez « Oui » ou « Non » que si vous le savez : "
                            "« Je ne sais pas » n'affiche rien."
                        ),
                    ),
                ],
                heading=_("Services"),
            ),
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

    @cached_property
    def meta_description(self):
        written = self.search_description or self.summary or self.listing_summary
        communes = [] if written else self.stops.values_list("commune", flat=True)
        return meta.meta_description(self, communes)

    def get_context(self, request, *args, **kwargs):
        from django.utils import timezone

        from .. import hours

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        stops = list(self.stops)
        today = []
        for stop in stops:
            stop.readable_hours = hours.readable(stop.opening_hours) if stop.opening_hours else ""
            # Dated: a stop every other week is listed on the days the bus really comes, not every week.
            stop.passages = hours.next_passages(stop.opening_hours, count=self.PASSAGES_PER_STOP, now=now)
            # Today's hours from the computed intervals: on an even week, an odd-week stop has none.
            day = next((d for d in hours.week_table(stop.opening_hours, now=now) if d.is_today), None)
            if day is not None and day.hours:
                stop.today = day
                today.append(stop)
        upcoming = [(stop.passages[0], stop) for stop in stops if stop.passages]
        next_stop = None
        if not today and upcoming:
            passage, stop = min(upcoming, key=lambda item: item[0].start)
            next_stop = {"title": stop.title, "when": passage.text}
        context.update(
            stops=stops,
            stops_today=today,
            next_stop=next_stop,
        )
        return context

    @path("calendrier/")
    def calendar_view(self, request):
        """The next passages at every stop, as an iCalendar file."""
        from ..calendar import passages_response

        return passages_response(request, self, list(self.stops), name=self.title, filename=f"{self.slug}.ics")


class MobileStopPage(MediationPlacePage):
    """One stop of a tour: a name, an address, a point and its own schedule (e.g. every other Tuesday)."""

    content_panels = [
        *Page.content_panels,
        HelpPanel(content=_("Les services, publics et contacts viennent de la tournée : modifiez-les sur la tournée.")),
        *LocatedMixin.location_panels,
        MultiFieldPanel(
            LocatedMixin.access_panels,
            heading=_("Accès à l'arrêt"),
            help_text=_("L'accessibilité du bus et les langues parlées se renseignent sur la tournée."),
        ),
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

    @path("calendrier/")
    def calendar_view(self, request):
        """The next passages at this stop, as an iCalendar file."""
        from django.http import Http404

        from ..calendar import passages_response

        tour = self.tour
        if tour is None:
            raise Http404
        name = _("%(tour)s : %(stop)s") % {"tour": tour.title, "stop": self.title}
        return passages_response(request, tour, [self], name=str(name), filename=f"{self.slug}.ics")

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
