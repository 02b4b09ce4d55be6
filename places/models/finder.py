from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from proxinum.facets import removal_links
from proxinum.models import BaseIndexPage
from proxinum.widgets import LocalLeafletPanel

from .. import accessibility, enums, finder

FILTER_TITLES = [
    ("public", _("Publics")),
    ("prise_en_charge", _("Accueil adapté")),
    ("accompagnement", _("Façon d'être accompagné")),
    ("programme", _("Dispositifs nationaux")),
    ("langue", _("Langues parlées")),
]
TOP_FLAGS = ["ouvert", "gratuit"]  # shown first in the filters; the others are folded
FLAG_GROUPS = [  # the yes/no filters (finder.FLAGS), as the form groups them
    (_("Quand"), [("ouvert", _("Ouvert maintenant")), ("weekend", _("Ouvert le week-end"))]),
    (_("Conditions"), [("gratuit", _("Gratuit")), ("itinerant", _("Bus et lieux itinérants seulement"))]),
    (_("Accessibilité"), accessibility.FINDER_FLAGS),
]


def nearby_tours(result, language, limit=6):
    """The bus tours with a stop among the results; before any search, every tour (there are few); none while the
    visitor has still to choose a commune."""
    from .mobile import MobileTourPage

    asked_somewhere = result.query.where or result.query.insee or result.query.has_point
    if (result.needs_place and asked_somewhere) or (not result.needs_place and not result.tour_paths):
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
        result = finder.search(request.GET)
        query = result.query
        params = [(key, value) for key in request.GET for value in request.GET.getlist(key) if key != "page"]
        selected = {param: [finder.slugify(str(v)) for v in values] for param, values in query.filters.items()}
        where_keys = {"q", "lat", "lng", "near", "commune"}
        base_params = [(key, value) for key, value in params if key not in where_keys]
        filter_options = {param: self._labels(param) for param in finder.MULTI_FILTERS}
        services = [(finder.slugify(str(value)), enums.SERVICE_SHORT_LABELS[value]) for value in enums.Service]
        top_slugs = {finder.slugify(str(value)) for value in enums.TOP_SERVICES}
        more_flag_groups = [
            (title, [(flag, label) for flag, label in group if flag not in TOP_FLAGS]) for title, group in FLAG_GROUPS
        ]
        top_flag_labels = dict(flag for _title, group in FLAG_GROUPS for flag in group)
        more_selected = (
            any(slug not in top_slugs for slug in selected.get("service", ()))
            or any(param != "service" for param in selected)
            or any(flag not in TOP_FLAGS for flag in query.flags)
        )
        wider_query = ""
        if result.wider_radius:
            wider_query = urlencode([*[(k, v) for k, v in params if k != "radius"], ("radius", result.wider_radius)])
        return {
            "selected": selected,
            "filter_titles": FILTER_TITLES,
            "flag_groups": FLAG_GROUPS,
            "top_services": [(slug, label) for slug, label in services if slug in top_slugs],
            "more_services": [(slug, label) for slug, label in services if slug not in top_slugs],
            "top_flags": [(flag, top_flag_labels[flag]) for flag in TOP_FLAGS],
            "more_flag_groups": [(title, group) for title, group in more_flag_groups if group],
            "more_selected": more_selected,
            "wider_query": wider_query,
            "count_url": reverse("places_api") + "?" + urlencode([("compte", "1"), ("lang", get_language())]),
            "nearby_tours": nearby_tours(result, get_language()),
            "active_filters": self._active_filters(request, query.flags, selected, services, filter_options),
            "clear_filters_query": urlencode([(key, value) for key, value in params if key in where_keys | {"radius"}]),
            "commune_links": {
                commune.insee_code: urlencode([("q", commune.name), ("commune", commune.insee_code), *base_params])
                for commune in result.communes
            },
            "page_obj": Paginator(result.rows, finder.PER_PAGE).get_page(query.page),
            "geojson_url": reverse("places_api") + "?" + urlencode([*params, ("lang", get_language())]),
            "result": result,
            "query": query,
            "radius_choices": finder.RADIUS_CHOICES,
            "filter_options": filter_options,
            "query_string": urlencode(params),
        }

    @staticmethod
    def _active_filters(request, flags, selected, services, filter_options):
        """The filters in force, each a link that removes it: visible above the results while the panel is closed.
        Worded as the boxes the visitor ticked (the services' short labels)."""
        chosen = [
            ("service", slug, _("Votre besoin"), label)
            for slug, label in services
            if slug in selected.get("service", ())
        ]
        for param, title in FILTER_TITLES:
            chosen += [
                (param, slug, title, label) for slug, label in filter_options[param] if slug in selected.get(param, ())
            ]
        for title, group in FLAG_GROUPS:
            chosen += [(flag, request.GET.get(flag), title, label) for flag, label in group if flag in flags]
        return removal_links(request, chosen)

    @staticmethod
    def _labels(param):
        field_name, slugs = finder.MULTI_FILTERS[param]
        labels = dict(enums.FIELD_CHOICES[field_name].choices)
        return [(slug, labels[value]) for slug, value in slugs.items()]

    @path("")
    def finder_view(self, request):
        return self.render(request, context_overrides=self.finder_context(request))

    @path("embed/")
    def embed_view(self, request):
        context = self.get_context(request)
        context.update(self.finder_context(request))
        response = TemplateResponse(request, "places/embed.html", context)
        # Partner sites may frame this page, and only this one (every other page: frame-ancestors 'none').
        response._csp_replace = {"frame-ancestors": settings.EMBED_FRAME_ANCESTORS}
        response.xframe_options_exempt = True
        return response
