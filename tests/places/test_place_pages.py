"""Place pages, bus tours and stops, the error report form, the embeddable finder and the GeoJSON API."""

import time
from datetime import date, datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import signing
from django.core.cache import cache
from django.test import override_settings

from places.models import MediationPlacePage, PlaceErrorReport
from tests.places.factories import (
    MediationPlacePageFactory,
    MobileStopPageFactory,
    MobileTourPageFactory,
    PlaceErrorReportFactory,
    PlacePhotoFactory,
    point,
)
from tests.site.factories import ImageFactory, SiteSettingsFactory, translate

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
SUMMARY = "Des ordinateurs en accès libre et des ateliers pour apprendre à utiliser son téléphone ou internet."


@pytest.fixture
def mediatheque():
    """A médiathèque by the canal in Martigues, open from Tuesday to Saturday."""
    return MediationPlacePageFactory(
        title="Médiathèque Louis-Aragon",
        slug="mediatheque-louis-aragon-martigues",
        address="Quai des Anglais",
        location=point(43.4049, 5.0536),
        opening_hours="Tu,Th,Fr 13:00-18:00; We,Sa 10:00-18:00; PH off",
        phone="+33442102030",
        emails=["mediatheque@ville-martigues.example.org"],
        summary=SUMMARY,
        services=["Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique"],
        access_modes=["Se présenter", "Téléphoner"],
        support_modes=["En autonomie", "Dans un atelier collectif"],
        updated_on=date(2026, 11, 1),
        is_demo=True,
    )


@pytest.fixture
def bus():
    """A bus in Martigues: at Carro on Tuesday mornings of odd ISO weeks, at La Couronne every Tuesday afternoon,
    at Saint-Julien every Wednesday morning."""
    tour = MobileTourPageFactory(title="MairieBus de Martigues", slug="mairiebus-martigues")
    return SimpleNamespace(
        tour=tour,
        carro=MobileStopPageFactory(
            parent=tour,
            title="Carro – place du port",
            slug="arret-carro",
            opening_hours="week 1-53/2 Tu 09:00-12:00; PH off",
            location=point(43.3306, 5.0404),
        ),
        couronne=MobileStopPageFactory(
            parent=tour,
            title="La Couronne – place de la mairie annexe",
            opening_hours="Tu 14:00-17:00; PH off",
            location=point(43.3381, 5.0555),
        ),
        saint_julien=MobileStopPageFactory(
            parent=tour,
            title="Saint-Julien – école",
            opening_hours="We 09:00-12:00; PH off",
            location=point(43.3632, 5.1002),
        ),
    )


def test_place_page_gathers_what_the_public_needs(client, mediatheque):
    with time_machine.travel(datetime(2026, 11, 24, 15, 0, tzinfo=PARIS), tick=False):  # a Tuesday
        html = client.get(mediatheque.url).content.decode()
    assert "Comment bénéficier de ce service ?" in html and "Se présenter" in html
    assert 'href="tel:+33442102030"' in html and "04 42 10 20 30" in html
    assert 'href="mailto:mediatheque@ville-martigues.example.org"' in html
    assert 'href="geo:43.404900,5.053600"' in html
    assert "openstreetmap.org/directions?to=43.404900%2C5.053600" in html
    assert "Ouvert maintenant" in html
    assert '<tr class="is-today" aria-current="date">' in html
    assert "Mardi" in html.split('aria-current="date"')[1][:200]
    assert "Informations mises à jour le 1 novembre 2026" in html
    assert "Lieu fictif" in html
    assert f'href="{mediatheque.url}signaler/"' in html


def test_place_page_translated_prose_and_synchronised_facts(client, mediatheque):
    english = translate(mediatheque, "en", {SUMMARY: "Computers free to use and workshops to learn the internet."})
    assert english.url == "/en/places/mediatheque-louis-aragon-martigues/"
    html = client.get(english.url).content.decode()
    assert "Computers free to use" in html and SUMMARY not in html
    assert "Quai des Anglais" in html and 'href="tel:+33442102030"' in html


def test_editing_hours_recomputes_the_weekend_flag():
    page = MediationPlacePageFactory(opening_hours="Mo-Fr 09:00-12:00")
    assert page.opens_on_weekend is False
    page.opening_hours = "Sa 09:00-12:00"
    page.save()
    assert MediationPlacePage.objects.get(pk=page.pk).opens_on_weekend is True


def test_location_from_the_map_sets_latitude_and_longitude():
    page = MediationPlacePageFactory(location="SRID=4326;POINT(-0.3708 43.2951)")
    page.refresh_from_db()
    assert (page.latitude, page.longitude) == (43.2951, -0.3708)


def test_invalid_hours_are_refused_with_a_readable_message():
    from django.core.exceptions import ValidationError

    page = MediationPlacePageFactory.build(opening_hours="lundi 9h-12h")
    with pytest.raises(ValidationError) as error:
        page.full_clean(exclude=["path", "depth", "slug", "translation_key", "locale", "content_type"])
    assert "opening_hours" in error.value.message_dict


# Bus tours ----------------------------------------------------------------------------------------------


def test_stops_take_the_tours_offer_and_are_itinerant():
    tour = MobileTourPageFactory(services=["Loisirs et créations numériques"], phone="+33442000000")
    stop = MobileStopPageFactory(parent=tour)
    stop.refresh_from_db()
    assert stop.services == ["Loisirs et créations numériques"]
    assert stop.phone == "+33442000000"
    assert stop.itinerance == ["Itinérant"]
    assert stop.typology == ["ENM"]


def test_publishing_the_tour_updates_its_stops():
    tour = MobileTourPageFactory()
    stop = MobileStopPageFactory(parent=tour)
    tour.services = ["Utilisation sécurisée du numérique"]
    tour.save_revision().publish()
    assert MediationPlacePage.objects.get(pk=stop.pk).services == ["Utilisation sécurisée du numérique"]


def test_tour_page_lists_stops_and_where_the_bus_is_today(client, bus):
    # Tuesday 24 November 2026 (ISO week 48, even): La Couronne every Tuesday, Carro on odd weeks only.
    with time_machine.travel(datetime(2026, 11, 24, 10, 0, tzinfo=PARIS), tick=False):
        html = client.get(bus.tour.url).content.decode()
    today = html.split("Où est le bus aujourd")[1].split("</section>")[0]
    assert "La Couronne" in today and "Carro" not in today
    for stop in ["Carro", "La Couronne", "Saint-Julien"]:
        assert stop in html
    assert "semaines impaires" in html


def test_stop_page_shows_its_tour_and_next_passage(client, bus):
    assert bus.carro.url == "/lieux/mairiebus-martigues/arret-carro/"
    with time_machine.travel(datetime(2026, 11, 24, 18, 0, tzinfo=PARIS), tick=False):
        html = client.get(bus.carro.url).content.decode()
    assert "Arrêt du bus" in html and 'href="/lieux/mairiebus-martigues/"' in html
    assert "mardi 1" in html  # next odd week
    # Good news, not a closed door: the next passage is not drawn in the red of "Fermé".
    header = html.split('class="page-header"')[1].split("</div>\n</div>")[0]
    assert "status--next" in header and "Prochain passage : mardi 1 décembre, 9\u00a0h – 12\u00a0h" in header
    assert "status--closed" not in header


def test_finder_labels_stops_with_their_next_passage(client, bus):
    # Tuesday evening: the bus is next at Saint-Julien, on Wednesday morning.
    with time_machine.travel(datetime(2026, 11, 24, 18, 0, tzinfo=PARIS), tick=False):
        html = client.get("/lieux/", {"q": "13500", "itinerant": "1"}).content.decode()
    card = html.split("Saint-Julien – école", 1)[1].split("</li>", 1)[0]
    assert "Prochain passage : mercredi 25 novembre, 9\u00a0h – 12\u00a0h" in card


# Error reports ------------------------------------------------------------------------------------------


def report_data(message="Le numéro de téléphone ne répond plus.", seconds_ago=10, **extra):
    token = signing.dumps(time.time() - seconds_ago, salt="place-report")
    return {"message": message, "email": "", "website": "", "token": token, **extra}


def test_error_report_is_stored_for_editors(client, mediatheque):
    response = client.post(mediatheque.url + "signaler/", report_data())
    assert response.status_code == 302
    report = PlaceErrorReport.objects.get()
    assert report.place.title == "Médiathèque Louis-Aragon"
    assert report.message == "Le numéro de téléphone ne répond plus."
    assert "Merci" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"message": ""}, "Champ requis."),
        ({"message": "x" * 2001}, "2000"),
        ({"email": "pas-un-courriel"}, "Saisissez une adresse e-mail valide."),
        ({"website": "http://spam.example"}, "n&#x27;a pas pu être envoyé"),
        ({"seconds_ago": 0}, "n&#x27;a pas pu être envoyé"),
        ({"token": "falsifié"}, "expiré"),
    ],
)
def test_bad_or_abusive_reports_are_refused_and_not_stored(client, mediatheque, changes, reason):
    token = changes.pop("token", None)
    data = report_data(**changes)
    if token:
        data["token"] = token
    response = client.post(mediatheque.url + "signaler/", data)
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert not PlaceErrorReport.objects.exists()
    if data.get("message"):
        assert data["message"][:50] in response.content.decode()  # what was typed is kept


@override_settings(PLACE_REPORT_RATE="2/h")
def test_flooding_is_rate_limited(client, mediatheque):
    cache.clear()
    for _ in range(2):
        assert client.post(mediatheque.url + "signaler/", report_data()).status_code == 302
    response = client.post(mediatheque.url + "signaler/", report_data())
    assert response.status_code == 429
    assert PlaceErrorReport.objects.count() == 2


def test_editors_see_reports_in_the_admin(client, django_user_model):
    PlaceErrorReportFactory(place=MediationPlacePageFactory(title="CCAS de Martigues"), message="Fermé définitivement")
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "motdepasse-solide"))
    html = client.get("/admin/place_error_reports/").content.decode()
    assert "Fermé définitivement" in html and "CCAS de Martigues" in html


# Embed and API ------------------------------------------------------------------------------------------


def test_embed_page_may_be_framed_by_partner_sites_and_nothing_else_may(client, mediatheque):
    embed = client.get("/lieux/embed/", {"q": "13500"})
    assert embed.status_code == 200
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "X-Frame-Options" not in embed
    html = embed.content.decode()
    assert "<header" not in html and "Médiathèque Louis-Aragon" in html
    assert 'target="_blank"' in html
    place = client.get(mediatheque.url)
    assert "frame-ancestors 'none'" in place["Content-Security-Policy"] and place["X-Frame-Options"] == "DENY"


def test_geojson_api_sorted_by_distance_with_the_finders_filters(client, mediatheque):
    paperwork = ["Aide aux démarches administratives"]
    MediationPlacePageFactory(
        title="Maison France services de Port-de-Bouc",
        services=paperwork,
        commune="Port-de-Bouc",
        postcode="13110",
        insee_code="13077",
        location=point(43.4058, 4.9853),
    )
    MediationPlacePageFactory(
        title="CIAS – Pôle social de Martigues", services=paperwork, location=point(43.4036, 5.0583)
    )
    MediationPlacePageFactory(
        title="CCAS de Pau", services=paperwork, commune="Pau", postcode="64000", insee_code="64445",
        location=point(43.2951, -0.3708),
    )  # fmt: skip
    response = client.get(
        "/api/places/",
        {"near": "13500", "radius_km": "20", "service": "aide-aux-demarches-administratives"},
        HTTP_ORIGIN="https://partenaire.example",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    # Within 20 km, offering the service (not the médiathèque), nearest first.
    names = [feature["properties"]["nom"] for feature in data["features"]]
    assert names == ["CIAS – Pôle social de Martigues", "Maison France services de Port-de-Bouc"]
    distances = [feature["properties"]["distance_km"] for feature in data["features"]]
    assert distances == sorted(distances)
    assert all("Aide aux démarches administratives" in f["properties"]["services"] for f in data["features"])
    first = data["features"][0]
    assert first["geometry"]["type"] == "Point" and len(first["geometry"]["coordinates"]) == 2


def test_geojson_api_accepts_a_point_and_rejects_nonsense(client, mediatheque):
    assert client.get("/api/places/", {"near": "43.40,5.05"}).json()["meta"]["total"] == 1
    assert client.get("/api/places/").status_code == 400
    assert client.get("/api/places/", {"near": "Zzyzxville"}).status_code == 404
    assert client.post("/api/places/", {"near": "13500"}).status_code == 405


def test_editors_get_a_readable_preview_of_the_hours(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed2", "ed2@example.org", "motdepasse-solide"))
    page = MediationPlacePageFactory(opening_hours="Mo-Fr 08:30-12:00,13:30-16:30; PH off")
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Aperçu :" in html and "lundi au vendredi" in html
    assert "js/hours-preview.js" in html
    live = client.get("/admin/places/horaires/apercu/", {"value": "Mo 09:00-12:00; PH off"}).json()
    assert live["preview"].startswith("lundi") and "fermé les jours fériés" in live["preview"]
    assert client.get("/admin/places/horaires/apercu/", {"value": "lundi 9h"}).json()["error"]
    client.logout()
    assert client.get("/admin/places/horaires/apercu/", {"value": "Mo 09:00-12:00"}).status_code == 302


def test_place_photos_are_responsive_and_within_the_query_budget(client, django_assert_max_num_queries):
    page = MediationPlacePageFactory(title="Lieu avec photos", slug="lieu-avec-photos")
    for index in range(3):
        PlacePhotoFactory(page=page, caption=f"Salle {index}")
    page.listing_image = ImageFactory(file__width=1200, file__height=800)
    page.save_revision().publish()
    client.get(page.url)  # warm: renditions are created on the first view
    with django_assert_max_num_queries(15):
        html = client.get(page.url).content.decode()
    assert html.count('type="image/webp"') >= 3 and "Salle 2" in html
    assert 'loading="lazy"' in html


def test_a_place_without_point_or_insee_code_gets_them_from_the_gazetteer():
    page = MediationPlacePageFactory(location="", insee_code="", postcode="64000", commune="Pau", title="Sans carte")
    page.refresh_from_db()
    assert page.insee_code == "64445"
    assert page.has_point and abs(page.latitude - 43.3) < 0.1 and abs(page.longitude + 0.37) < 0.1


def test_geojson_api_speaks_the_requested_language(client, mediatheque):
    translate(mediatheque, "en", {"Médiathèque Louis-Aragon": "Louis-Aragon library"})
    english = client.get("/api/places/", {"near": "13500", "lang": "en"}).json()
    names = {feature["properties"]["nom"] for feature in english["features"]}
    assert "Louis-Aragon library" in names and "Médiathèque Louis-Aragon" not in names
    first = next(f for f in english["features"] if f["properties"]["nom"] == "Louis-Aragon library")
    assert first["properties"]["chemin"] == "/en/places/mediatheque-louis-aragon-martigues/"
    assert first["properties"]["langue"] == "en"
    french = client.get("/api/places/", {"near": "13500", "lang": "xx"}).json()
    assert "Médiathèque Louis-Aragon" in {f["properties"]["nom"] for f in french["features"]}


# Right to left: numbers and addresses keep their order; lists use the Arabic comma ---------------------------------


def test_arabic_place_page_isolates_numbers_and_addresses_and_uses_the_arabic_comma(client, site, mediatheque):
    SiteSettingsFactory(site=site, contact_phone="+33 1 99 00 12 34", contact_email="contact@proxinum.example.org")
    arabic = translate(mediatheque, "ar", {"Médiathèque Louis-Aragon": "مكتبة لويس أراغون"})
    assert arabic.url == "/ar/amakin/mediatheque-louis-aragon-martigues/"
    html = client.get(arabic.url).content.decode()
    assert '<bdi dir="ltr">04 42 10 20 30</bdi>' in html  # the call button
    assert '<bdi dir="ltr">+33 1 99 00 12 34</bdi>' in html  # the footer (the site's phone)
    assert '<bdi dir="ltr">mediatheque@ville-martigues.example.org</bdi>' in html
    assert '<bdi dir="ltr">contact@proxinum.example.org</bdi>' in html  # the footer (the site's e-mail)
    assert '<bdi dir="ltr">13500 Martigues</bdi>' in html
    assert "\u060c " in html  # "، " between the labels of a list
    facts = html.split('class="facts"')[1].split("</dl>")[0]
    assert ", " not in facts.replace("، ", "")


def test_french_lists_keep_the_latin_comma(client, mediatheque):
    html = client.get(mediatheque.url).content.decode()
    facts = html.split('class="facts"')[1].split("</dl>")[0]
    assert "\u060c" not in facts and "Se présenter, Téléphoner" in facts
