"""Demo places from the seed documents' territories (Martigues, Pau and Béarn, Biarritz, Strasbourg), and the
MairieBus of Martigues with its stops (demo/data/places/).

Fictional but plausible: each is marked `is_demo` and says so on its page. A place's file holds the fields of its
page as they are stored (the national open-data standard's values), plus `latitude` and `longitude`; a tour's
folder holds its stops (`stops/`). Accessibility, languages and how to get there are not in the standard (see
places/accessibility.py): a fact left out is unknown, and the page says nothing of it.
"""

from places.models import MediationPlacePage, MobileStopPage, MobileTourPage, PlaceIndexPage
from proxinum.content import ensure_locales, translate_page, upsert_child

from .. import data

MODELS = {"place": MediationPlacePage, "tour": MobileTourPage, "stop": MobileStopPage}


def page_fields(content):
    """The page's fields from its data: everything but the file's own keys, the point as the map field stores it."""
    fields = {key: value for key, value in content.items() if key not in ("type", "order", "slug")}
    if "latitude" in fields:
        latitude, longitude = fields.pop("latitude"), fields.pop("longitude")
        fields["location"] = f"SRID=4326;POINT({longitude} {latitude})"
    return fields


def _upsert(parent, place, locales):
    page, _changed = upsert_child(parent, MODELS[place.type], place.slug, **page_fields(place.content))
    for code, translation in place.translations.items():
        translate_page(page, locales[code], dict(data.pairs(place.content, translation)))
    return page


def load(log=print):
    locales = ensure_locales(data.LANGUAGES)
    finder = PlaceIndexPage.objects.get(locale=locales[data.SOURCE_LANGUAGE])
    counts = {"place": 0, "tour": 0, "stop": 0}
    for place in data.entries("places", {"place", "tour"}):
        page = _upsert(finder, place, locales)
        counts[place.type] += 1
        if place.type == "tour":
            for stop in data.entries(f"places/{place.slug}/stops", {"stop"}):
                _upsert(page, stop, locales)
                counts["stop"] += 1
            page.update_stops()
    log(f"  {counts['place']} demo places, {counts['tour']} tour with {counts['stop']} stops")
