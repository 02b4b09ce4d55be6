"""The finder's parameters (places.forms.FinderForm): each filter's validation, and the three places that read them
(the finder page, its embeddable version, the GeoJSON API) accept and refuse the same addresses, never with a 500."""

import random
from urllib.parse import urlencode

import pytest
from django.http import QueryDict

from places import enums, finder
from places.forms import FinderForm
from places.models import MediationPlacePage
from proxinum.services import Service, url_slug
from tests.places.factories import MediationPlacePageFactory

LYON = (45.7640, 4.8357)


def form(query_string):
    return FinderForm(QueryDict(query_string))


def query(query_string):
    return form(query_string).query()


def errors(query_string):
    return dict(form(query_string).errors)


# Each filter ---------------------------------------------------------------------------------------------------------


def test_an_empty_query_string_asks_nothing_and_is_valid():
    understood = form("")
    assert understood.is_valid()
    assert understood.query() == finder.FinderQuery()
    assert not understood.query().has_place


def test_the_place_typed_is_folded_and_at_most_100_characters():
    assert query("q=%20%2013500%20%20Martigues%20").where == "13500 Martigues"
    assert query("q=" + "x" * 100).where == "x" * 100
    assert "q" in errors("q=" + "x" * 101)
    assert query("q=" + "x" * 101).where == ""  # refused: not searched, not cut to a guess
    assert "q" in errors("q=Mar%00tigues")  # a NUL character, which PostgreSQL refuses in a query


def test_near_is_a_place_or_a_point():
    assert query("near=13500").where == "13500"
    near_point = query("near=43.40,5.05")
    assert (near_point.lat, near_point.lon, near_point.where) == (43.4, 5.05, "")
    assert query("q=13500&near=Martigues").where == "Martigues"  # as before: near stands for q
    assert errors("near=95,5") == {"near": ["La latitude va de -90 à 90 et la longitude de -180 à 180."]}
    assert query("near=nan,nan").where == "nan,nan"  # not numbers: a (strange) name, that nothing will match


def test_a_point_needs_both_coordinates_in_range():
    point = query("lat=45.764012345&lng=4.835749")
    assert (point.lat, point.lon) == (45.76401, 4.83575) and point.has_point
    assert (query("lat=45.76&lon=4.83").lon) == 4.83  # `lon` is another name for `lng`
    assert set(errors("lat=45.76")) == {"lng"}
    assert set(errors("lat=91&lng=4")) == {"lat"}
    assert set(errors("lat=45&lng=-181")) == {"lng"}
    for bad in ["nan", "inf", "-inf", "1e400", "45,76", "abc", "0x10"]:
        assert "lat" in errors(f"lat={bad}&lng=4"), bad
        assert not query(f"lat={bad}&lng=4").has_point, bad
    # A point given by lat and lng wins over near.
    assert query("lat=45&lng=4&near=13500").lat == 45


def test_the_commune_chosen_is_an_insee_code():
    assert query("commune=13056").insee == "13056"
    assert query("commune=2a004").insee == "2A004"  # Corsica, whatever the case
    for bad in ["1305", "130566", "ABCDE", "13 56", "'; DROP TABLE--"]:
        assert set(errors(f"commune={bad}")) == {"commune"}, bad
        assert query(f"commune={bad}").insee == "", bad


def test_the_radius_is_a_whole_number_of_km_up_to_100():
    assert query("").radius == finder.DEFAULT_RADIUS == 20
    assert query("radius=5").radius == 5
    assert query("radius=20.0").radius == 20
    assert query("radius_km=50").radius == 50  # the API's documented name
    assert query("radius=&radius_km=10").radius == 10
    for bad in ["0", "-5", "101", "1000000000000000000000", "2.5", "abc", "٣٠٠"]:
        assert set(errors(f"radius={bad}")) == {"radius"}, bad
        assert query(f"radius={bad}").radius == finder.DEFAULT_RADIUS, bad


def test_the_page_is_a_positive_whole_number():
    assert query("page=3").page == 3
    for bad in ["0", "-1", "abc", "1.5", "9" * 5000]:
        assert set(errors(f"page={bad}")) == {"page"}, bad
        assert query(f"page={bad}").page == 1, bad


@pytest.mark.parametrize(
    ("param", "slug", "field", "value"),
    [
        ("service", "aide-aux-demarches-administratives", "services", "Aide aux démarches administratives"),
        ("public", "seniors", "publics", "Seniors"),
        ("prise_en_charge", "surdite", "specific_support", "Surdité"),
        ("accompagnement", "a-distance", "support_modes", "À distance"),
        ("programme", "france-services", "national_programmes", "France Services"),
        ("langue", "ar", "spoken_languages", "ar"),
    ],
)
def test_each_list_takes_slugs_and_refuses_unknown_values(param, slug, field, value):
    assert query(f"{param}={slug}").filters == {field: [value]}
    assert form(f"{param}={slug}").selected() == {param: [slug]}
    refused = form(f"{param}=inconnu&{param}={slug}")
    assert refused.errors[param] == ["« inconnu » n'est pas un choix possible."]
    # The unknown value is left out; the known one still applies, and its box stays ticked.
    assert refused.query().filters == {field: [value]}
    assert refused.selected() == {param: [slug]}


def test_a_list_counts_a_value_once_and_ignores_empty_values():
    both = "service=acces-internet-et-materiel-informatique&service=aide-aux-demarches-administratives"
    assert query(both + "&service=acces-internet-et-materiel-informatique&service=").filters == {
        "services": ["Accès internet et matériel informatique", "Aide aux démarches administratives"]
    }
    assert form("service=").is_valid() and query("service=").filters == {}


def test_only_the_finders_languages_and_programmes_are_filters():
    assert "langue" in errors("langue=fr")  # spoken everywhere: not a filter
    assert "programme" in errors("programme=" + url_slug(enums.NationalProgramme.PIX))


@pytest.mark.parametrize("value", ["1", "on", "true", "oui", "ON", " 1 "])
def test_a_yes_no_filter_is_on_with_1(value):
    assert query(urlencode({"gratuit": value, "sans_marche": value})).flags == {"gratuit", "sans_marche"}


@pytest.mark.parametrize("value", ["", "0", "off", "false", "non"])
def test_a_yes_no_filter_is_off_with_0_or_nothing(value):
    understood = form(urlencode({"toilettes": value}))
    assert understood.is_valid() and understood.query().flags == set()


@pytest.mark.parametrize("value", ["2", "yes please", "<script>", "\x00"])
def test_a_yes_no_filter_refuses_anything_else(value):
    refused = form(urlencode({"lsf": value, "gratuit": "1"}))
    assert set(refused.errors) == {"lsf"}
    assert refused.query().flags == {"gratuit"}


@pytest.mark.parametrize(
    "query_string",
    ["radius=5&radius=10", "radius=5&radius_km=10", "q=13500&q=Martigues", "gratuit=1&gratuit=1", "page=1&page=2"],
)
def test_a_parameter_given_twice_is_refused_clearly(query_string):
    refused = form(query_string)
    (name,) = refused.errors
    assert refused.errors[name] == ["Ce paramètre est donné plusieurs fois ; une seule valeur est possible."]


def test_problems_name_the_field_and_quote_a_long_value_shortened():
    problems = form("radius=abc&service=" + "x" * 2000).problems()
    assert problems[0] == "Distance : Saisissez un nombre entier."
    assert problems[1] == f"Votre besoin : « {'x' * 39}… » n'est pas un choix possible."


def test_the_form_and_the_search_know_the_same_filters():
    understood = form("")
    assert {name for name, _field in understood.flag_fields()} == set(finder.FLAGS)
    place_fields = {field.name for field in MediationPlacePage._meta.get_fields()}
    for name, field in understood.closed_lists():
        assert field.model_field in place_fields, name
        assert set(field.values_by_slug.values()) <= set(enums.FIELD_CHOICES[field.model_field].values), name


def test_every_service_a_guide_links_to_is_a_filter_of_the_finder():
    # Guides link to the finder with proxinum.services.url_slug: each such link must be understood.
    for service in Service:
        assert query(f"service={url_slug(service)}").filters == {"services": [service.value]}


def test_valid_params_keep_what_was_understood():
    understood = form("q=13500&radius=abc&service=inconnu&service=seniors&public=seniors&interface=en&page=2")
    assert understood.valid_params() == [("q", "13500"), ("public", "seniors"), ("interface", "en")]


# The three consumers -------------------------------------------------------------------------------------------------

HOSTILE = [
    "x" * 2000,
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "\x00",
    "😀",
    "مرسيليا",
    "9" * 400,
    "-1e309",
    "%",
    "../../etc/passwd",
]
PARAMS = ["q", "near", "commune", "lat", "lng", "lon", "radius", "radius_km", "page", "service", "langue", "lsf"]

REFUSED = [
    "q=13500&radius=abc",
    "q=13500&radius=500",
    "q=13500&service=inconnu",
    "q=13500&gratuit=peut-etre",
    "q=13500&page=0",
    "q=13500&commune=XYZ",
    "lat=45.76",
    "near=100,200",
    "q=13500&radius=5&radius=10",
    "q=" + "x" * 150,
]
ACCEPTED = [
    "q=13500",
    "q=13500&radius=5&service=aide-aux-demarches-administratives&gratuit=1",
    f"lat={LYON[0]}&lng={LYON[1]}&toilettes=0",
    "near=43.40,5.05&radius_km=50",
    "q=13500&commune=13056&langue=ar&ouvert=on",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query_string", REFUSED)
def test_the_three_consumers_refuse_the_same_values_and_say_why(client, query_string):
    problems = form(query_string).problems()
    assert problems
    for url in ["/lieux/", "/lieux/embed/"]:
        response = client.get(f"{url}?{query_string}")
        assert response.status_code == 200
        assert response.context["finder_form"].problems() == problems
        html = response.content.decode()
        assert 'class="notice notice--error" role="alert"' in html
        assert "n'a pas été comprise" in html or "n&#x27;a pas été comprise" in html
    api = client.get(f"/api/places/?{query_string}")
    assert api.status_code == 400
    body = api.json()
    assert body["error"] == " ".join(problems)
    assert set(body["errors"]) == set(form(query_string).errors)


@pytest.mark.django_db
@pytest.mark.parametrize("query_string", ACCEPTED)
def test_the_three_consumers_accept_the_same_values(client, query_string):
    MediationPlacePageFactory(title="À Martigues")
    assert form(query_string).is_valid()
    for url in ["/lieux/", "/lieux/embed/"]:
        response = client.get(f"{url}?{query_string}")
        assert response.status_code == 200 and "notice--error" not in response.content.decode()
        assert not response.context["finder_form"].errors
    assert client.get(f"/api/places/?{query_string}").status_code == 200


@pytest.mark.django_db
def test_no_query_string_answers_500(client):
    rng = random.Random(13500)
    urls = ["/lieux/", "/lieux/embed/", "/api/places/"]
    for value in HOSTILE:
        for url in urls:
            assert client.get(url, dict.fromkeys(PARAMS, value)).status_code in {200, 400, 404}, (url, value)
    # Random mixes of parameters, values and repetitions.
    for _attempt in range(20):
        params = [
            (rng.choice(PARAMS + ["gratuit", "compte", "lang"]), rng.choice(HOSTILE + ["1", "13500"])) for _ in range(4)
        ]
        for url in urls:
            assert client.get(f"{url}?{urlencode(params)}").status_code in {200, 400, 404}, (url, params)


@pytest.mark.django_db
def test_a_refused_value_is_left_out_of_the_search_and_of_the_links(client):
    MediationPlacePageFactory(title="Avec le service", services=["Aide aux démarches administratives"])
    MediationPlacePageFactory(title="Sans", services=["Loisirs et créations numériques"])
    response = client.get(
        "/lieux/", {"q": "13500", "service": ["inconnu", "aide-aux-demarches-administratives"], "radius": "abc"}
    )
    assert [page.title for page in response.context["result"].pages] == ["Avec le service"]
    assert response.context["query"].radius == finder.DEFAULT_RADIUS
    # The map, the pages, the removal links and the button say nothing of the refused values.
    links = [response.context[key] for key in ["geojson_url", "query_string", "clear_filters_query"]]
    links += [query_string for _facet, _value, query_string in response.context["active_filters"]]
    assert not any("inconnu" in link or "abc" in link for link in links)
    assert client.get(response.context["geojson_url"]).status_code == 200
    html = response.content.decode()
    assert "Votre besoin : « inconnu » n&#x27;est pas un choix possible." in html
    assert 'value="aide-aux-demarches-administratives" checked' in html


@pytest.mark.django_db
def test_the_api_says_which_parameter_is_wrong(client):
    body = client.get("/api/places/", {"near": "13500", "radius_km": "500", "lsf": "peut-être"}).json()
    assert body["errors"] == {
        "radius": ["Assurez-vous que cette valeur est inférieure ou égale à 100."],
        "lsf": ["« peut-être » n'est pas compris : 1 pour oui, 0 pour non."],
    }
    assert body["error"].startswith("Distance : Assurez-vous")
    arabic = client.get("/api/places/", {"near": "13500", "radius_km": "500", "lang": "ar"}).json()
    assert arabic["errors"]["radius"] and "Assurez-vous" not in arabic["error"]


@pytest.mark.django_db
def test_a_refused_value_costs_no_query(client, django_assert_max_num_queries):
    MediationPlacePageFactory()
    client.get("/lieux/", {"q": "13500"})  # warm caches
    with django_assert_max_num_queries(15) as valid:
        client.get("/lieux/", {"q": "13500"})
    with django_assert_max_num_queries(len(valid.captured_queries)):
        client.get("/lieux/", {"q": "13500", "radius": "abc", "service": "inconnu", "gratuit": "x"})


def test_the_multi_value_field_lives_in_the_core():
    from proxinum.fields import PipeListField

    field = MediationPlacePage._meta.get_field("services")
    assert isinstance(field, PipeListField)
    assert field.deconstruct()[1] == "proxinum.fields.PipeListField"
