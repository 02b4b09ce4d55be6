"""The place finder: where, filters, distance order, pagination, time-based filters, query count."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup

from places.models import PlaceIndexPage
from tests.places.factories import MediationPlacePageFactory, MobileStopPageFactory, MobileTourPageFactory, point
from tests.site.factories import translate

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
LYON = (45.7640, 4.8357)


@pytest.fixture
def finder_page():
    return PlaceIndexPage.objects.get(locale__language_code="fr")


def place(finder_page, title, km_north, **kwargs):
    """A place `km_north` kilometres north of the Lyon point."""
    return MediationPlacePageFactory.at(LYON[0] + km_north / 111.2, LYON[1], parent=finder_page, title=title, **kwargs)


def titles(response):
    return [page.title for page in response.context["result"].pages]


def search(client, **params):
    return client.get("/lieux/", {"lat": LYON[0], "lng": LYON[1], **params})


def test_results_are_sorted_by_distance_with_the_distance_shown(client, finder_page):
    place(finder_page, "Loin", 8)
    place(finder_page, "Près", 1)
    place(finder_page, "Milieu", 4)
    response = search(client)
    assert titles(response) == ["Près", "Milieu", "Loin"]
    html = response.content.decode()
    assert "à 1,0 km" in html and "à 8,0 km" in html


def test_radius_limits_results(client, finder_page):
    place(finder_page, "À 3 km", 3)
    place(finder_page, "À 15 km", 15)
    assert titles(search(client, radius=5)) == ["À 3 km"]
    assert titles(search(client, radius=20)) == ["À 3 km", "À 15 km"]


@pytest.mark.parametrize(
    ("param", "slug", "field", "value"),
    [
        (
            "service",
            "acquisition-de-materiel-informatique-a-prix-solidaire",
            "services",
            ["Acquisition de matériel informatique à prix solidaire"],
        ),
        ("public", "seniors", "publics", ["Seniors"]),
        ("prise_en_charge", "surdite", "specific_support", ["Surdité"]),
        ("accompagnement", "a-distance", "support_modes", ["À distance"]),
        ("programme", "france-services", "national_programmes", ["France Services"]),
    ],
)
def test_each_multi_value_filter(client, finder_page, param, slug, field, value):
    place(finder_page, "Avec", 2, **{field: value})
    place(finder_page, "Sans", 1)
    assert titles(search(client, **{param: slug})) == ["Avec"]


def test_several_services_must_all_be_offered(client, finder_page):
    both = ["Aide aux démarches administratives", "Accès internet et matériel informatique"]
    place(finder_page, "Les deux", 2, services=both)
    place(finder_page, "Un seul", 1, services=both[:1])
    response = search(client, service=["aide-aux-demarches-administratives", "acces-internet-et-materiel-informatique"])
    assert titles(response) == ["Les deux"]


def test_filters_in_force_are_listed_each_with_a_link_that_removes_it(client, finder_page):
    both = ["Aide aux démarches administratives", "Accès internet et matériel informatique"]
    place(finder_page, "Les deux, gratuit", 2, services=both, fees=["Gratuit"])
    place(finder_page, "Démarches seulement", 1, services=both[:1], fees=["Gratuit"])
    params = {"service": ["aide-aux-demarches-administratives", "acces-internet-et-materiel-informatique"]}
    response = search(client, radius=10, gratuit="1", **params)
    assert titles(response) == ["Les deux, gratuit"]
    links = {value: query for _facet, value, query in response.context["active_filters"]}
    # Worded as the boxes the visitor ticked.
    assert set(links) == {"Démarches en ligne", "Accès à internet", "Gratuit"}
    # Following "remove" for one service keeps the place, the radius and the other filters.
    without = client.get("/lieux/?" + links["Accès à internet"])
    assert titles(without) == ["Démarches seulement", "Les deux, gratuit"]
    assert without.context["query"].radius == 10 and without.context["query"].flags == {"gratuit"}
    # "Tout retirer" keeps where and how far, and nothing else.
    cleared = client.get("/lieux/?" + response.context["clear_filters_query"])
    assert cleared.context["active_filters"] == [] and cleared.context["query"].radius == 10
    assert titles(cleared) == ["Démarches seulement", "Les deux, gratuit"]
    html = response.content.decode()
    assert "3 filtres actifs" in html and '<details class="finder__filters">' in html


def test_free_of_charge_filter(client, finder_page):
    place(finder_page, "Payant", 1, fees=["Payant"])
    place(finder_page, "Gratuit", 2, fees=["Gratuit"])
    assert titles(search(client, gratuit="1")) == ["Gratuit"]


def test_mobile_only_filter_finds_bus_stops(client, finder_page):
    place(finder_page, "Fixe", 1)
    tour = MobileTourPageFactory(parent=finder_page, title="Bus du Rhône")
    MobileStopPageFactory(
        parent=tour, title="Arrêt Croix-Rousse", location=f"SRID=4326;POINT({LYON[1]} {LYON[0] + 0.02})"
    )
    response = search(client, itinerant="1")
    assert titles(response) == ["Arrêt Croix-Rousse"]
    html = response.content.decode()
    assert "Arrêt du bus" in html and "Bus du Rhône" in html


def test_open_now_filter_uses_paris_time(client, finder_page):
    place(finder_page, "Matin", 1, opening_hours="Mo-Fr 09:00-12:00")
    place(finder_page, "Après-midi", 2, opening_hours="Mo-Fr 14:00-18:00")
    # Tuesday 24 November 2026, 10:30 in Paris (09:30 UTC).
    with time_machine.travel(datetime(2026, 11, 24, 10, 30, tzinfo=PARIS), tick=False):
        assert titles(search(client, ouvert="1")) == ["Matin"]
    with time_machine.travel(datetime(2026, 11, 24, 15, 0, tzinfo=PARIS), tick=False):
        assert titles(search(client, ouvert="1")) == ["Après-midi"]


def test_open_at_the_weekend_filter(client, finder_page):
    place(finder_page, "Semaine", 1, opening_hours="Mo-Fr 09:00-17:00")
    place(finder_page, "Samedi", 2, opening_hours="Sa 09:00-12:00")
    assert titles(search(client, weekend="1")) == ["Samedi"]


def test_opening_status_is_shown(client, finder_page):
    place(finder_page, "Lieu", 1, opening_hours="Mo-Fr 09:00-12:00; PH off")
    with time_machine.travel(datetime(2026, 11, 23, 8, 0, tzinfo=PARIS), tick=False):
        html = search(client).content.decode()
    assert "Fermé, ouvre aujourd'hui à 9\u00a0h" in html or "Fermé, ouvre aujourd&#x27;hui à 9\u00a0h" in html


def test_results_are_paginated_with_a_shareable_url(client, finder_page):
    for index in range(23):
        place(finder_page, f"Lieu {index:02d}", 0.1 + index * 0.1)
    first = search(client, service="aide-aux-demarches-administratives")
    assert len(titles(first)) == 20
    html = first.content.decode()
    assert "page=2" in html and "service=aide-aux-demarches-administratives" in html
    second = search(client, service="aide-aux-demarches-administratives", page=2)
    assert titles(second) == ["Lieu 20", "Lieu 21", "Lieu 22"]


def test_query_count_does_not_grow_with_the_number_of_results(client, finder_page, django_assert_max_num_queries):
    place(finder_page, "Un", 1)
    tour = MobileTourPageFactory(parent=finder_page, title="Bus")
    MobileStopPageFactory(parent=tour, location=f"SRID=4326;POINT({LYON[1]} {LYON[0] + 0.05})")
    search(client)  # warm caches
    with django_assert_max_num_queries(15) as few:
        search(client)
    few = len(few.captured_queries)  # now: the connection keeps only the last 9000 queries
    for index in range(30):
        place(finder_page, f"Lieu {index}", 0.2 + index * 0.1)
        MobileStopPageFactory(parent=tour, location=f"SRID=4326;POINT({LYON[1]} {LYON[0] + 0.001 * index})")
    search(client, radius=50)  # warm again: publishing pages renews the cached navigation
    with django_assert_max_num_queries(few):
        response = search(client, radius=50)
    assert response.context["result"].total == 62


def test_commune_name_and_postcode_find_the_place(client):
    MediationPlacePageFactory(title="Médiathèque Louis-Aragon", commune="Martigues", postcode="13500")
    for query in ["13500", "Martigues", "martigues", "MARTIGUES 13500"]:
        response = client.get("/lieux/", {"q": query})
        assert response.context["result"].commune.name == "Martigues", query
        assert "Médiathèque Louis-Aragon" in titles(response)


def test_a_partial_name_offers_the_communes_it_starts_most_populated_first(client):
    response = client.get("/lieux/", {"q": "martig"})
    assert response.context["result"].communes[0].name == "Martigues"
    assert "commune=13056" in response.content.decode()


def test_an_ambiguous_name_offers_the_choice(client):
    response = client.get("/lieux/", {"q": "Saint-Martin"})
    result = response.context["result"]
    assert len(result.communes) > 1 and not result.pages
    html = response.content.decode()
    assert "Plusieurs communes correspondent" in html
    choice = result.communes[0]
    chosen = client.get("/lieux/", {"q": choice.name, "commune": choice.insee_code})
    assert chosen.context["result"].commune.insee_code == choice.insee_code


def test_unknown_place_says_so(client):
    html = client.get("/lieux/", {"q": "Zzyzxville"}).content.decode()
    assert "Nous ne trouvons pas" in html


@pytest.mark.parametrize("value", ["", "x" * 2000, "'; DROP TABLE wagtailcore_page; --", "😀", "مرسيليا", "<script>"])
def test_odd_input_never_fails(client, value):
    response = client.get("/lieux/", {"q": value, "lat": value, "radius": value, "page": value, "service": value})
    assert response.status_code == 200


def test_around_me_uses_coordinates_without_storing_them(client, finder_page):
    place(finder_page, "Proche", 1)
    response = client.get("/lieux/", {"lat": "45.76", "lng": "4.84"})
    assert titles(response) == ["Proche"]


def test_finder_in_another_language_shows_translations_and_french_places(client):
    mediatheque = MediationPlacePageFactory(title="Médiathèque Louis-Aragon")
    translate(mediatheque, "en", {"Médiathèque Louis-Aragon": "Louis-Aragon library"})
    MediationPlacePageFactory(title="CIAS – Pôle social de Martigues")
    response = client.get("/en/places/", {"q": "13500"})
    found = titles(response)
    assert sorted(found) == ["CIAS – Pôle social de Martigues", "Louis-Aragon library"]  # translated, else French


def test_the_finder_works_without_javascript(client):
    html = BeautifulSoup(client.get("/lieux/", {"q": "13500"}).content, "html.parser")
    # The form sends the browser straight to the results, whose heading is the fragment's target.
    form = html.select_one("form.finder")
    assert form["method"] == "get" and form["action"] == "#resultats"
    (heading,) = html.select("#resultats")
    assert heading["tabindex"] == "-1"
    assert form.select("[name=service]") and form.select("[name=ouvert]")


def test_a_postcode_shared_by_several_communes_offers_the_choice(client):
    response = client.get("/lieux/", {"q": "20200"})
    communes = response.context["result"].communes
    assert len(communes) > 1 and "Bastia" in {commune.name for commune in communes}
    assert "Plusieurs communes correspondent" in response.content.decode()


# Never a dead end ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("postcode", "city"), [("13000", "Marseille"), ("69000", "Lyon"), ("75000", "Paris")])
def test_a_citys_general_postcode_finds_the_city(client, postcode, city):
    result = client.get("/lieux/", {"q": postcode}).context["result"]
    assert result.commune is not None and result.commune.name == city
    assert not result.approximate and not result.unknown_place


def test_a_name_matched_only_approximately_says_what_it_matched_and_offers_the_places_so_named(client):
    tour = MobileTourPageFactory(title="MairieBus de Martigues")
    MobileStopPageFactory(parent=tour, title="Lavéra – salle polyvalente", address="Avenue de Lavéra", postcode="13117")
    # Lavéra is a district of Martigues, not a commune: the only commune starting so is Laveraët, in the Gers.
    response = client.get("/lieux/", {"q": "Lavéra"})
    result = response.context["result"]
    assert result.commune.name == "Laveraët" and result.approximate
    assert "Lavéra – salle polyvalente" in [place.title for place in result.named_places]
    html = response.content.decode()
    assert "Résultats pour Laveraët (Gers)" in html
    assert "Vous cherchiez peut-être" in html and "Lavéra – salle polyvalente" in html


def test_an_exact_name_or_a_postcode_is_no_guess(client):
    for query in ["Martigues", "13500", "Laveraët"]:
        assert not client.get("/lieux/", {"q": query}).context["result"].approximate, query


def test_with_nothing_within_the_radius_the_nearest_places_and_a_wider_search_are_offered(client, finder_page):
    place(finder_page, "À 30 km", 30)
    place(finder_page, "À 40 km", 40)
    response = search(client, radius=10)
    result = response.context["result"]
    assert result.total == 0 and result.wider_radius == 50
    assert [page.title for page in result.nearest] == ["À 30 km", "À 40 km"]
    html = response.content.decode()
    assert "Les lieux les plus proches" in html and "à 30,0 km" in html
    assert "radius=50#resultats" in html and "Chercher à moins de 50 km" in html
    wider = search(client, radius=50)
    assert titles(wider) == ["À 30 km", "À 40 km"]


def test_the_nearest_places_keep_the_filters(client, finder_page):
    place(finder_page, "Payant", 20, fees=["Payant"])
    place(finder_page, "Gratuit loin", 60, fees=["Gratuit"])
    result = search(client, radius=5, gratuit="1").context["result"]
    assert [page.title for page in result.nearest] == ["Gratuit loin"] and result.wider_radius == 100
    assert "Retirer les filtres" in search(client, radius=5, gratuit="1").content.decode()


# Result cards -------------------------------------------------------------------------------------------------------


def test_result_cards_show_services_in_short_words_and_a_phone_to_tap(client, finder_page):
    place(finder_page, "Lieu", 1, services=["Aide aux démarches administratives"], phone="+33442000000")
    html = search(client).content.decode()
    assert "Démarches en ligne" in html
    assert 'href="tel:+33442000000"' in html and '<bdi dir="ltr">04 42 00 00 00</bdi>' in html


def test_a_stops_next_passage_is_not_drawn_as_closed(client, finder_page):
    tour = MobileTourPageFactory(parent=finder_page, title="Bus du Rhône")
    MobileStopPageFactory(
        parent=tour,
        title="Arrêt",
        opening_hours="We 09:00-12:00",
        location=f"SRID=4326;POINT({LYON[1]} {LYON[0] + 0.02})",
    )
    with time_machine.travel(datetime(2026, 11, 24, 15, 0, tzinfo=PARIS), tick=False):  # a Tuesday
        html = search(client).content.decode()
    assert '<span class="status status--next">Prochain passage' in html
    assert "status--closed" not in html
    assert f'href="{tour.url}"' in html  # the stop's card leads to its tour


# Bus tours are reachable --------------------------------------------------------------------------------------------


def test_the_finder_lists_the_bus_tours_with_a_stop_among_the_results(client):
    tour = MobileTourPageFactory(title="MairieBus de Martigues")
    MobileStopPageFactory(parent=tour, title="Carro – place du port")
    MediationPlacePageFactory(
        title="Médiathèque André-Malraux", commune="Strasbourg", postcode="67000", insee_code="67482",
        location=point(48.5779, 7.7629),
    )  # fmt: skip
    html = client.get("/lieux/", {"q": "13500"}).content.decode()
    assert "Les bus numériques près de chez vous" in html and "MairieBus de Martigues" in html
    far = client.get("/lieux/", {"q": "67000"}).content.decode()  # Strasbourg: a place, no bus
    assert "Médiathèque André-Malraux" in far and "Les bus numériques près de chez vous" not in far


def test_the_finder_page_and_the_home_page_link_the_bus_tours(client):
    tour = MobileTourPageFactory(title="MairieBus de Martigues")
    MobileStopPageFactory(parent=tour)
    tour_url = tour.url
    assert f'href="{tour_url}"' in client.get("/lieux/").content.decode()
    assert f'href="{tour_url}"' in client.get("/").content.decode()


# A short filter panel -----------------------------------------------------------------------------------------------


def test_the_most_asked_filters_come_first_and_the_others_are_folded(client):
    html = client.get("/lieux/", {"q": "13500"}).content.decode()
    more = html.index('<details class="finder__more">')
    for first in ["Démarches en ligne", 'name="ouvert"', 'name="gratuit"']:
        assert html.index(first) < more, first
    for folded in ['name="weekend"', 'name="public"', "Matériel à petit prix"]:
        assert html.index(folded) > more, folded
    # A folded filter in force opens its fold.
    assert (
        '<details class="finder__more" open>' in client.get("/lieux/", {"q": "13500", "weekend": "1"}).content.decode()
    )


def test_the_apply_button_can_say_how_many_places_it_will_show(client):
    for title in [
        "CIAS – Pôle social de Martigues",
        "Maison de quartier de Canto-Perdrix",
        "Mairie annexe de Croix-Sainte",
    ]:
        MediationPlacePageFactory(title=title, services=["Aide aux démarches administratives"])
    MediationPlacePageFactory(title="Médiathèque Louis-Aragon", services=["Loisirs et créations numériques"])
    response = client.get(
        "/api/places/", {"near": "13500", "compte": "1", "service": "aide-aux-demarches-administratives"}
    )
    body = response.json()
    expected = client.get("/lieux/", {"q": "13500", "service": "aide-aux-demarches-administratives"}).context["result"]
    assert body["total"] == expected.total == 3
    assert body["libelle"] == "Voir les 3 lieux"
    arabic = client.get("/api/places/", {"near": "13500", "compte": "1", "lang": "ar"}).json()
    assert arabic["total"] == 4 and "Voir" not in arabic["libelle"]


def test_dead_end_pages_stay_within_the_query_budget(client, finder_page, django_assert_max_num_queries):
    place(finder_page, "Loin", 60)
    # Nothing in Marseille (13000): the nearest place is in Martigues, 30 km away.
    MediationPlacePageFactory(title="Médiathèque Louis-Aragon", commune="Martigues")
    for params in [{"radius": 5}, {"q": "Lavéra"}, {"q": "13000"}]:
        url_params = params if "q" in params else {"lat": LYON[0], "lng": LYON[1], **params}
        client.get("/lieux/", url_params)  # warm caches
        with django_assert_max_num_queries(15):
            client.get("/lieux/", url_params)
