"""Each factory of tests/places/factories.py makes valid data, in its place in the tree, that the site shows."""

import pytest

from places.models import Commune, CommunePostcode, PlaceIndexPage
from tests.places.factories import (
    CommuneFactory,
    CommunePostcodeFactory,
    MediationPlacePageFactory,
    MobileStopPageFactory,
    MobileTourPageFactory,
    PlaceErrorReportFactory,
    PlacePhotoFactory,
)
from tests.site.factories import section_page

pytestmark = pytest.mark.django_db


def test_a_place_is_valid_published_under_the_french_finder_and_answers(client):
    place = MediationPlacePageFactory()
    place.full_clean()
    assert place.get_parent().specific == section_page(PlaceIndexPage)
    assert place.live and place.live_revision_id and place.first_published_at and not place.has_unpublished_changes
    assert (place.latitude, place.longitude) == (43.4045, 5.0548) and place.itinerance == ["Fixe"]
    response = client.get(place.url)
    assert response.status_code == 200 and place.title in response.content.decode()


def test_a_place_in_a_real_commune_of_the_gazetteer():
    place = MediationPlacePageFactory()
    commune = Commune.objects.get(insee_code=place.insee_code)
    assert commune.name == place.commune and commune.postcodes.filter(code=place.postcode).exists()
    assert abs(commune.latitude - place.latitude) < 0.05 and abs(commune.longitude - place.longitude) < 0.05


def test_a_place_in_another_language_goes_under_that_languages_finder(client):
    place = MediationPlacePageFactory(language="en")
    assert place.locale.language_code == "en" and place.url.startswith("/en/places/")
    assert client.get(place.url).status_code == 200


def test_a_tour_is_valid_and_answers(client):
    tour = MobileTourPageFactory()
    tour.full_clean()
    assert tour.get_parent().specific == section_page(PlaceIndexPage)
    response = client.get(tour.url)
    assert response.status_code == 200 and tour.title in response.content.decode()


def test_a_stop_is_valid_under_its_own_tour_with_the_tours_offer(client):
    stop = MobileStopPageFactory()
    stop.full_clean()
    tour = stop.tour
    assert tour is not None and stop.services == tour.services and stop.itinerance == ["Itinérant"]
    html = client.get(stop.url).content.decode()
    assert "Arrêt du bus" in html and tour.title in html


def test_a_photo_is_valid_and_shown_on_its_place(client):
    photo = PlacePhotoFactory()
    photo.full_clean()
    html = client.get(photo.page.url).content.decode()
    assert photo.caption in html and 'type="image/webp"' in html


def test_an_error_report_is_valid_and_listed_for_editors(client, django_user_model):
    report = PlaceErrorReportFactory()
    report.full_clean()
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "motdepasse-solide"))
    html = client.get("/admin/place_error_reports/").content.decode()
    assert report.message in html and report.place.title in html


def test_the_default_commune_is_the_gazetteers_own():
    communes = Commune.objects.count()
    commune = CommuneFactory()
    commune.full_clean()
    assert commune.name == "Martigues" and commune.department_code == "13"
    assert Commune.objects.count() == communes
    postcode = CommunePostcodeFactory()
    assert (postcode.code, postcode.commune) == ("13500", commune)


def test_a_new_commune_and_its_postcode_are_found_by_the_finder(client):
    commune = CommuneFactory(
        insee_code="2A999", name="Sant'Andréa-di-u-Mare", population=850, latitude=41.9, longitude=8.7
    )
    postcode = CommunePostcodeFactory(code="20999", commune=commune)
    commune.full_clean()
    postcode.full_clean()
    assert (commune.search_name, commune.department_code) == ("sant andrea di u mare", "2A")
    assert CommunePostcode.objects.filter(commune=commune).count() == 1
    for query in ["20999", "sant andrea di u mare"]:
        assert client.get("/lieux/", {"q": query}).context["result"].commune == commune, query
