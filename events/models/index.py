from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from proxinum.facets import query_string_without_page
from proxinum.models import BaseIndexPage

from .. import enums
from ..forms import AgendaFilterForm

PER_PAGE = 12


class EventIndexPage(BaseIndexPage):
    """The agenda (/agenda/): what is coming first, an archive of past events, filters that work without JS."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def events(self):
        from .events import EventPage

        return EventPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = self.events()
        communes = sorted(set(events.exclude(commune="").values_list("commune", flat=True)))
        places = list(
            Page.objects.filter(pk__in=events.exclude(place=None).values("place"))
            .order_by("title")
            .values_list("pk", "title")
        )
        form = AgendaFilterForm(request.GET or None, communes=communes, places=places)
        filters = {}
        if form.is_bound:
            form.is_valid()  # invalid fields are left out of cleaned_data (and shown with their error)
            filters = form.cleaned_data
        now = timezone.now()
        past = filters.get("periode") == "passes"
        events = (
            events.filter(end__lt=now).order_by("-start") if past else events.filter(end__gte=now).order_by("start")
        )
        if filters.get("type"):
            events = events.filter(kind__in=filters["type"])
        if filters.get("public"):
            events = events.filter(audience__in=[filters["public"], enums.EventAudience.EVERYONE])
        if filters.get("commune"):
            events = events.filter(commune=filters["commune"])
        if filters.get("lieu"):
            events = events.filter(place_id=filters["lieu"])
        if filters.get("du"):
            events = events.filter(end__date__gte=filters["du"])
        if filters.get("au"):
            events = events.filter(start__date__lte=filters["au"])
        page_obj = Paginator(events, PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            form=form,
            past=past,
            page_obj=page_obj,
            filtered=any(value for key, value in filters.items() if key != "periode"),
            query_string=query_string_without_page(request),
        )
        return context
