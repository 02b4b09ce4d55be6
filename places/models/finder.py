import copy
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from proxinum.facets import removal_links
from proxinum.models import BaseIndexPage
from proxinum.services import url_slug
from proxinum.widgets import LocalLeafletPanel

from .. import enums, finder
from ..forms import RADIUS_PARAMS, WHERE_PARAMS, FinderForm

TOP_FLAGS = ["ouvert", "gratuit"]  # shown first in the filters; the others are folded
TOP_SERVICES = {url_slug(value) for value in enums.TOP_SERVICES}


def nearby_tours(result, language, limit=6):
    """The bus tours with a stop among the results; before any search, every tour (there are few); none while the
    visitor has still to choose a commune."""
    from .mobile import MobileTourPage

    if (result.needs_place and result.query.has_place) or (not result.needs_place and not result.tour_paths):
        return []
    tours = MobileTourPage.objects.live().select_related("locale")  # as the finder lists stops: no view check
    if not result.needs_place:
        tours = tours.filter(path__in=result.tour_paths)
    return translated_or_french(tours.order_by("title"), language)[:limit]


def translated_or_french(pages, language):
    """One page per translation key: in the visitor's language when there is one, else in French (one query)."""
    chosen = {}
    for page in pages.filter(locale__language_code__in={language, settings.LANGUAGE_CODE}):
        if page.translation_key not in chosen or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return list(chosen.values())


def filter_panel(form, query):
    """The filters panel: the boxes of each list and yes/no filter, the most asked first, the others folded."""
    lists = form.closed_lists()
    services = form.fields["service"].choices  # the needs, worded as the boxes (short labels)
    selected = form.selected()
    return {
        "selected": selected,
        "top_services": [(slug, label) for slug, label in services if slug in TOP_SERVICES],
        "more_services": [(slug, label) for slug, label in services if slug not in TOP_SERVICES],
        **flag_boxes(form),
        "filter_titles": [(name, field.label) for name, field in lists if name != "service"],
        "filter_options": {name: field.choices for name, field in lists},
        "more_selected": folded_filter_in_force(selected, query.flags),
        "radius_choices": finder.RADIUS_CHOICES,
    }


def flag_boxes(form):
    """The yes/no filters: the most asked first, the others by group."""
    labels = {name: field.label for name, field in form.flag_fields()}
    more = [
        (title, [(name, field.label) for name, field in flags if name not in TOP_FLAGS])
        for title, flags in form.flag_groups()
    ]
    return {
        "top_flags": [(flag, labels[flag]) for flag in TOP_FLAGS],
        "more_flag_groups": [(title, group) for title, group in more if group],
    }


def folded_filter_in_force(selected, flags):
    """A folded filter is in force: the fold opens."""
    other_services = set(selected.get("service", ())) - TOP_SERVICES
    return bool(other_services or set(selected) - {"service"} or flags - set(TOP_FLAGS))


def result_links(result, params, language):
    """The addresses the results link to, each keeping the visitor's query: the next pages, a wider radius, each
    commune of an ambiguous name, without the filters, the map's GeoJSON and the apply button's count."""
    api = reverse("places_api")
    wider = [(key, value) for key, value in params if key not in RADIUS_PARAMS] + [("radius", result.wider_radius)]
    not_where = [(key, value) for key, value in params if key not in WHERE_PARAMS]
    return {
        "query_string": urlencode(params),
        "wider_query": urlencode(wider) if result.wider_radius else "",
        "commune_links": {
            commune.insee_code: urlencode([("q", commune.name), ("commune", commune.insee_code), *not_where])
            for commune in result.communes
        },
        "clear_filters_query": urlencode(
            [(key, value) for key, value in params if key in WHERE_PARAMS | RADIUS_PARAMS]
        ),
        "geojson_url": api + "?" + urlencode([*params, ("lang", language)]),
        "count_url": api + "?" + urlencode([("compte", "1"), ("lang", language)]),
    }


def active_filters(request, form, query, params):
    """The filters in force, each a link that removes it: visible above the results while the panel is closed.
    Worded as the boxes the visitor ticked (the services' short labels)."""
    selected = form.selected()
    chosen = [
        (name, slug, field.label, label)
        for name, field in form.closed_lists()
        for slug, label in field.choices
        if slug in selected.get(name, ())
    ]
    understood = QueryDict(urlencode(params))
    chosen += [
        (name, understood.get(name), title, field.label)
        for title, flags in form.flag_groups()
        for name, field in flags
        if name in query.flags
    ]
    # The links start from what was understood: a refused value is not carried on.
    request = copy.copy(request)
    request.GET = understood
    return removal_links(request, chosen)


class PlaceIndexPage(RoutablePageMixin, BaseIndexPage):
    """The place finder (/lieux/) and its embeddable version (/lieux/embed/)."""

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

    subpage_types = ["places.MediationPlacePage", "places.MobileTourPage"]

    class Meta:
        verbose_name = _("recherche de lieux")
        verbose_name_plural = _("recherches de lieux")

    def finder_context(self, request):
        form = FinderForm(request.GET)
        result = finder.search(form.query())
        language = get_language()
        params = form.valid_params()  # the links carry what was understood, not the values refused
        return {
            "finder_form": form,
            "result": result,
            "query": result.query,
            "page_obj": Paginator(result.rows, finder.PER_PAGE).get_page(result.query.page),
            "nearby_tours": nearby_tours(result, language),
            "active_filters": active_filters(request, form, result.query, params),
            **filter_panel(form, result.query),
            **result_links(result, params, language),
        }

    @path("")
    def finder_view(self, request):
        return self.render(request, context_overrides=self.finder_context(request))

    @path("embed/")
    def embed_view(self, request):
        context = self.get_context(request)
        context.update(self.finder_context(request))
        response = TemplateResponse(request, "places/embed.html", context)
        # Partner sites may frame this page, and only this one (every other page: frame-ancestors 'none').
        # `_csp_replace` is private to django-csp (4.0): what its `@csp_replace` decorator sets on a response, read
        # by its middleware. The decorator would read the setting once, at import; a test guards the attribute.
        response._csp_replace = {"frame-ancestors": settings.EMBED_FRAME_ANCESTORS}
        response.xframe_options_exempt = True
        return response
