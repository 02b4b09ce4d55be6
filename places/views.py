"""GeoJSON API of the place finder: the same query and filters as /lieux/, read only, open to other sites."""

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from . import finder, hours
from .forms import FinderForm

MAX_FEATURES = 500


def feature(page, request):
    status = hours.status(page.opening_hours)
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [page.longitude, page.latitude]},
        "properties": {
            "id": page.place_id,
            "page": page.pk,
            "nom": page.title,
            "adresse": page.address,
            "code_postal": page.postcode,
            "commune": page.commune,
            "distance_km": round(page.distance_km, 2),
            "url": page.get_full_url(request),
            "chemin": page.get_url(request),
            "langue": page.locale.language_code,
            "itinerant": page.tour is not None,
            "tournee": page.tour.title if page.tour else None,
            "ouvert": status.is_open,
            "statut": status.text,
            "services": page.services,
            "telephone": page.phone,
        },
    }


@require_GET
def geojson(request):
    """/api/places/?near=<postcode|commune|lat,lng>&radius_km=20&service=...: a FeatureCollection by distance."""
    # ?lang=en|ar|es: places (and sentences) in that language when translated, else in French.
    language = request.GET.get("lang", "")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        return _geojson(request, language)


def _geojson(request, language):
    form = FinderForm(request.GET)
    if form.errors:  # the same values as the finder page refuses, said the same way
        errors = {name: list(messages) for name, messages in form.errors.items()}
        return _bad_request(" ".join(form.problems()), errors=errors)
    query = form.query()
    if not query.has_place:
        return _bad_request(_("Indiquez near=<code postal, commune ou lat,lng>."))
    if request.GET.get("compte") == "1":
        return _count(query, language)
    result = finder.search(query, language=language, per_page=MAX_FEATURES)
    body = {
        "type": "FeatureCollection",
        "features": [feature(page, request) for page in result.pages],
        "meta": {
            "total": result.total,
            "returned": len(result.pages),
            "radius_km": query.radius,
            "centre": [query.lon, query.lat] if query.has_point else None,
            "communes": [
                {"nom": commune.name, "code_insee": commune.insee_code, "departement": commune.department_code}
                for commune in result.communes
            ],
        },
    }
    # An unknown place is a 404; several communes with that name give an empty collection listing them.
    status = 404 if result.unknown_place else 200
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def _bad_request(message, **details):
    return JsonResponse({"error": message, **details}, status=400, json_dumps_params={"ensure_ascii": False})


def _count(query, language):
    """?compte=1: how many places the finder's form would show, worded for its button ("Voir les 9 lieux")."""
    result = finder.search(query, language=language, per_page=0)
    total = result.total
    if result.needs_place:
        label = _("Voir les lieux")
    elif total:
        label = ngettext("Voir %(count)s lieu", "Voir les %(count)s lieux", total) % {"count": total}
    else:
        label = _("Aucun lieu avec ces critères : voir quand même")
    return JsonResponse({"total": total, "libelle": label}, json_dumps_params={"ensure_ascii": False})
