"""The place finder's search: where (postcode, commune or a point), what (filters), sorted by distance.

Used by the finder page, its embeddable version and the GeoJSON API, so that all three give the same results; what
they ask comes from one form (`places.forms.FinderForm`, the URL parameters). The number of SQL queries does not
depend on the number of results: one query fetches the candidates inside a bounding box (facts only), distances
and time-based filters are computed in Python, and one more query loads the pages of the current result page.
"""

import math
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from proxinum.fields import has_value

from . import accessibility, enums, gazetteer, hours

RADIUS_CHOICES = [5, 10, 20, 50, 100]
DEFAULT_RADIUS = 20
PER_PAGE = 20
EARTH_RADIUS_KM = 6371.0

# The yes/no filters: what each asks of a place, as a condition of the candidates query. "ouvert" depends on the
# time: it is checked in Python, against the opening hours.
OPEN_NOW = "ouvert"
FLAG_CONDITIONS = {
    "gratuit": has_value("fees", enums.Fee.FREE),
    "weekend": Q(opens_on_weekend=True),
    "itinerant": has_value("itinerance", enums.Itinerance.MOBILE),
    # Known to be true: an unknown fact (NULL) does not pass.
    **{flag: Q(**{field_name: True}) for flag, field_name in accessibility.FLAG_FIELDS.items()},
}
FLAGS = [OPEN_NOW, *FLAG_CONDITIONS]


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat, lon, radius_km):
    dlat = radius_km / 111.32
    dlon = radius_km / (111.32 * max(0.01, math.cos(math.radians(lat))))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


@dataclass
class FinderQuery:
    """What the visitor asked, once understood (see `places.forms.FinderForm.query()`)."""

    where: str = ""  # the postcode or commune typed
    insee: str = ""  # a commune chosen among several with the same name or postcode
    lat: float | None = None
    lon: float | None = None
    radius: int = DEFAULT_RADIUS
    filters: dict = field(default_factory=dict)  # place field → standard values the place must all have
    flags: set = field(default_factory=set)  # names of the yes/no filters in force (FLAGS)
    page: int = 1

    @property
    def has_point(self):
        return self.lat is not None and self.lon is not None

    @property
    def has_place(self):
        """Somewhere to search around was asked: a point, a place typed or a commune chosen."""
        return bool(self.where or self.insee or self.has_point)


@dataclass
class FinderResult:
    query: FinderQuery
    communes: list = field(default_factory=list)  # candidates when the place typed is ambiguous
    commune: object = None  # the commune searched, when there is one
    # The commune's name only starts like what was typed ("Lavéra" found "Laveraët"): say so, offer alternatives.
    approximate: bool = False
    named_places: list = field(default_factory=list)  # places whose name or address holds what was typed
    unknown_place: bool = False
    gazetteer_missing: bool = False  # nothing found because no commune was ever loaded (`load_gazetteer`)
    rows: list = field(default_factory=list)  # every match: (distance_km, candidate dict), sorted
    pages: list = field(default_factory=list)  # the pages of the current result page, with .distance_km
    page_count: int = 0
    # Nothing within the radius: the nearest places further away, and the radius that reaches the first of them.
    nearest: list = field(default_factory=list)
    wider_radius: int | None = None
    tour_paths: set = field(default_factory=set)  # bus tours with a stop among the results

    @property
    def total(self):
        return len(self.rows)

    @property
    def needs_place(self):
        return not self.query.has_point


CANDIDATE_FIELDS = [
    "pk", "translation_key", "locale__language_code", "latitude", "longitude", "opening_hours", "path", "itinerance",
]  # fmt: skip


def resolve_where(query, result):
    """The point to search around, from the place typed or the commune chosen; else what the visitor may mean."""
    if query.has_point or not (query.where or query.insee):
        return
    matches, approximate = matching_communes(query)
    if approximate:
        result.named_places = places_named(query.where)
    if len(matches) == 1:
        result.commune = matches[0]
        result.approximate = approximate
        query.lat, query.lon = matches[0].latitude, matches[0].longitude
    elif matches:
        result.communes = matches
    elif not result.named_places:
        result.unknown_place = True
        result.gazetteer_missing = gazetteer.is_empty()


def matching_communes(query):
    """(communes, approximate): the communes the visitor means, and whether the one found is only a guess."""
    chosen = chosen_commune(query)
    if chosen or not query.where:
        return chosen, False
    found = gazetteer.find(query.where, limit=10)
    matches = list(found)
    # A full name that only one commune bears resolves even when longer names start with it ("Martigues",
    # not "Châteauneuf-les-Martigues"); a partial name ("martig") offers the choice, most populated first.
    typed = gazetteer.normalize(query.where)
    exact = [commune for commune in matches if commune.search_name == typed]
    if len(matches) > 1 and len(exact) == 1:
        return exact, False
    # A name that only one commune starts with is a guess, not an answer: "Lavéra" (a district of Martigues)
    # is not "Laveraët" (Gers). Postcodes and exact names are answers.
    approximate = found.kind == gazetteer.NAME and bool(matches) and matches[0].match_rank != gazetteer.EXACT
    return matches, approximate


def chosen_commune(query):
    """[the commune chosen among several], while the text still names it (the visitor may type another place)."""
    from .models import Commune

    if not query.insee:
        return []
    chosen = list(Commune.objects.filter(insee_code=query.insee))
    if chosen and query.where and gazetteer.normalize(query.where) not in gazetteer.normalize(chosen[0].name):
        return []
    return chosen


def places_named(text, limit=5):
    """Live places whose name or address holds what the visitor typed, through the site's search (accents and case
    ignored, the database when Elasticsearch is down): the districts and hamlets that are no commune of the
    gazetteer ("Lavéra", in Martigues)."""
    from wagtail.models import Locale

    from proxinum.search import with_database_fallback
    from proxinum.search_query import words

    from .models import MediationPlacePage

    terms = words(text)
    if not terms:
        return []
    french = Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
    places = MediationPlacePage.objects.live().filter(locale__in=french)
    query = " ".join(terms)
    return with_database_fallback(lambda backend: list(places.search(query, operator="and", backend=backend)[:limit]))


def candidates(query, language, radius=None):
    """Live places and stops inside the search box, in the visitor's language or else in French."""
    from .models import MediationPlacePage

    south, north, west, east = bounding_box(query.lat, query.lon, radius or query.radius)
    # Conditions on the places table only, so that the database walks the latitude index; being live and
    # the language are checked below, in Python (a condition on the page table makes SQLite scan by locale).
    queryset = MediationPlacePage.objects.filter(
        *filter_conditions(query),
        latitude__gte=south,
        latitude__lte=north,
        longitude__gte=west,
        longitude__lte=east,
    ).order_by()
    languages = {language, settings.LANGUAGE_CODE}
    rows = [
        row
        for row in queryset.values(*CANDIDATE_FIELDS, "live")
        if row["live"] and row["locale__language_code"] in languages
    ]
    return one_per_place(rows, language)


def filter_conditions(query):
    """The conditions of the filters in force: every value chosen of each list, every yes/no filter but "ouvert"."""
    conditions = [has_value(field_name, value) for field_name, values in query.filters.items() for value in values]
    conditions += [condition for flag, condition in FLAG_CONDITIONS.items() if flag in query.flags]
    return conditions


def one_per_place(rows, language):
    """One row per place: its translation in the visitor's language when there is one, else the French one."""
    by_key = {}
    for row in rows:
        kept = by_key.get(row["translation_key"])
        if kept is None or row["locale__language_code"] == language:
            by_key[row["translation_key"]] = row
    return list(by_key.values())


def search(query, language=None, now=None, per_page=PER_PAGE):
    """The places around the point asked, nearest first; `per_page=0` only counts them."""
    language = language or get_language() or settings.LANGUAGE_CODE
    now = now or timezone.now()
    result = FinderResult(query=query)
    resolve_where(query, result)
    if not query.has_point:
        return result
    result.rows = within(query, candidates(query, language), query.radius, now)
    result.tour_paths = {
        row["path"][: -Page.steplen]
        for _distance, row in result.rows
        if enums.Itinerance.MOBILE in (row["itinerance"] or [])
    }
    if per_page:
        show_page(result, language, now, per_page)
    return result


def show_page(result, language, now, per_page):
    """Loads the pages of the result page asked (the last one if it asked further); none: the nearest places."""
    query = result.query
    result.page_count = max(1, math.ceil(len(result.rows) / per_page))
    query.page = min(query.page, result.page_count)
    if not result.rows:
        result.nearest, result.wider_radius = nearest(query, language, now)
        return
    selected = result.rows[(query.page - 1) * per_page : query.page * per_page]
    result.pages = load_pages([(distance, row["pk"]) for distance, row in selected])


def within(query, rows, radius, now):
    """(distance, row) of the rows within `radius` km that pass the time filters, nearest first."""
    matches = []
    open_now = {}  # many places share the same hours: compute each expression once
    for row in rows:
        distance = distance_km(query.lat, query.lon, row["latitude"], row["longitude"])
        if distance > radius:
            continue
        if OPEN_NOW in query.flags:
            expression = row["opening_hours"]
            if expression not in open_now:
                open_now[expression] = bool(hours.status(expression, now=now).is_open)
            if not open_now[expression]:
                continue
        matches.append((distance, row))
    matches.sort(key=lambda item: (item[0], item[1]["pk"]))
    return matches


# How far the finder looks when nothing is within the radius asked (one query per step, until something is found).
NEAREST_STEPS_KM = [100, 300, 1000]
NEAREST_COUNT = 3


def nearest(query, language, now):
    """Never a dead end: the few nearest places beyond the radius, with the same filters, and the smallest radius
    offered that reaches the first of them (None when it is further than the largest one)."""
    for step in NEAREST_STEPS_KM:
        if step <= query.radius:
            continue
        matches = within(query, candidates(query, language, radius=step), step, now)
        if matches:
            selected = matches[:NEAREST_COUNT]
            reach = math.ceil(selected[0][0])
            wider = next((radius for radius in RADIUS_CHOICES if radius >= reach), None)
            return load_pages([(distance, row["pk"]) for distance, row in selected]), wider
    return [], None


def load_pages(distances_and_ids):
    """The pages to show, in order, each with `distance_km`, and stops with their `tour` (2 queries)."""
    from .models import MediationPlacePage, MobileTourPage

    ids = [pk for _distance, pk in distances_and_ids]
    pages = {page.pk: page for page in MediationPlacePage.objects.filter(pk__in=ids).select_related("locale")}
    stop_parent_paths = {
        page.path[: -MediationPlacePage.steplen]
        for page in pages.values()
        if enums.Itinerance.MOBILE in page.itinerance
    }
    tours = {}
    if stop_parent_paths:
        tours = {tour.path: tour for tour in MobileTourPage.objects.filter(path__in=stop_parent_paths)}
    ordered = []
    for distance, pk in distances_and_ids:
        page = pages.get(pk)
        if page is None:
            continue
        page.distance_km = distance
        page.tour = tours.get(page.path[: -MediationPlacePage.steplen])
        ordered.append(page)
    return ordered
