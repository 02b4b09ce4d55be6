"""Accessibility, languages spoken and getting there: shown on place, stop and tour pages when known, used by the
finder's filters, kept out of the open-data exports; and the meta description of place and tour pages."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from places import finder
from places.forms import FinderForm
from places.models import MediationPlacePage, PlaceIndexPage
from tests.places.factories import MediationPlacePageFactory, MobileStopPageFactory, MobileTourPageFactory
from tests.site.factories import translate

pytestmark = pytest.mark.django_db

LYON = (45.7640, 4.8357)


@pytest.fixture
def finder_page():
    return PlaceIndexPage.objects.get(locale__language_code="fr")


def place(finder_page, title, km_north=1, **kwargs):
    """A place `km_north` kilometres north of the Lyon point."""
    return MediationPlacePageFactory.at(LYON[0] + km_north / 111.2, LYON[1], parent=finder_page, title=title, **kwargs)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(html, heading_id):
    return html.find(attrs={"aria-labelledby": heading_id})


def rows(container):
    """(label, value) of each row of the container's fact lists, as read on the page."""
    return [
        (group.dt.get_text(" ", strip=True), group.dd.get_text(" ", strip=True))
        for group in container.select("dl.access-facts > div")
    ]


# The place page --------------------------------------------------------------------------------------------------


def test_place_page_shows_known_facts_each_beside_its_label_and_nothing_unknown(client, finder_page):
    page = place(
        finder_page,
        "Lieu accessible",
        step_free_entrance=True,
        accessible_toilets=False,
        sign_language=True,
        spoken_languages=["fr", "ar", "ber"],
        accessibility_url="https://acceslibre.beta.gouv.fr/app/13-martigues/a/bibliotheque/erp/exemple/",
    )
    html = soup(client, page.url)
    access = section(html, "place-access")
    assert access.h2.get_text(strip=True) == "Accessibilité"
    assert rows(access) == [
        ("Entrée sans marche", "Oui"),
        ("Toilettes accessibles en fauteuil roulant", "Non"),
        ("Accueil en langue des signes française (LSF)", "Oui"),
        ("Langues parlées", "français, arabe, berbère (tamazight)"),
    ]
    # Unknown facts (hearing loop, reserved parking) are not shown, not even as "Non".
    text = access.get_text(" ", strip=True)
    assert "Boucle" not in text and "Stationnement" not in text
    # The acceslibre record sits with the facts (and no longer in the contact list).
    link = access.find("a", string="Accessibilité du lieu (acceslibre)")
    assert link["href"].startswith("https://acceslibre.beta.gouv.fr/")
    assert not html.select(".contact-list a[href*=acceslibre]")


def test_place_page_says_when_nothing_is_known(client, finder_page):
    html = soup(client, place(finder_page, "Lieu inconnu").url)
    access = section(html, "place-access")
    assert not access.select("dl")
    assert "pas encore renseignée" in access.get_text()


def test_getting_there_is_shown_under_the_address(client, finder_page):
    page = place(
        finder_page,
        "Lieu desservi",
        public_transport="Bus 22, arrêt Mairie, puis 100 m à pied.",
        parking="Parking gratuit derrière la mairie.",
    )
    where = section(soup(client, page.url), "place-where")
    assert rows(where) == [
        ("Venir en transport en commun", "Bus 22, arrêt Mairie, puis 100 m à pied."),
        ("Stationnement", "Parking gratuit derrière la mairie."),
    ]
    assert not section(soup(client, place(finder_page, "Sans transport").url), "place-where").select("dl")


def test_a_translated_place_keeps_its_facts_and_translates_its_directions(client):
    directions = "Bus Ulysse lignes 22 et 25, arrêt Hôtel de Ville, puis 200 m à pied le long du canal."
    mediatheque = MediationPlacePageFactory(
        title="Médiathèque Louis-Aragon",
        step_free_entrance=True,
        accessible_toilets=True,
        disabled_parking=True,
        hearing_loop=True,
        spoken_languages=["fr", "en", "es"],
        public_transport=directions,
    )
    arabic_directions = "حافلات Ulysse الخطّان 22 و25، محطة Hôtel de Ville، ثم 200 متر سيرًا على الأقدام بمحاذاة القناة."
    arabic_page = translate(mediatheque, "ar", {directions: arabic_directions})
    french = soup(client, mediatheque.url)
    assert ("Entrée sans marche", "Oui") in rows(section(french, "place-access"))
    assert ("Langues parlées", "français, anglais, espagnol") in rows(section(french, "place-access"))
    arabic = soup(client, arabic_page.url)
    assert len(rows(section(arabic, "place-access"))) == len(rows(section(french, "place-access"))) == 5
    assert [value for _label, value in rows(section(arabic, "place-where"))] == [arabic_directions]


# Bus tours and stops ----------------------------------------------------------------------------------------------


def test_the_bus_facts_come_from_the_tour_and_parking_from_each_stop(client, finder_page):
    tour = MobileTourPageFactory(
        parent=finder_page, step_free_entrance=True, hearing_loop=False, spoken_languages=["fr", "tr"]
    )
    stop = MobileStopPageFactory(parent=tour, disabled_parking=True, public_transport="Tram T1, arrêt Gare.")
    stop = MediationPlacePage.objects.get(pk=stop.pk)
    assert (stop.step_free_entrance, stop.hearing_loop, stop.spoken_languages) == (True, False, ["fr", "tr"])
    assert (stop.disabled_parking, stop.public_transport) == (True, "Tram T1, arrêt Gare.")

    # Publishing the tour copies the bus's facts to its stops, and leaves what belongs to the stop.
    tour.step_free_entrance = None
    tour.sign_language = True
    tour.save_revision().publish()
    stop = MediationPlacePage.objects.get(pk=stop.pk)
    assert (stop.step_free_entrance, stop.sign_language) == (None, True)
    assert (stop.disabled_parking, stop.public_transport) == (True, "Tram T1, arrêt Gare.")

    stop_rows = rows(section(soup(client, stop.url), "place-access"))
    assert ("Stationnement réservé aux personnes handicapées", "Oui") in stop_rows
    assert ("Accueil en langue des signes française (LSF)", "Oui") in stop_rows
    assert not any(label == "Entrée sans marche" for label, _value in stop_rows)
    tour_rows = rows(section(soup(client, tour.url), "tour-access"))
    assert tour_rows == [
        ("Boucle magnétique", "Non"),
        ("Accueil en langue des signes française (LSF)", "Oui"),
        ("Langues parlées", "français, turc"),
    ]


def test_a_bus_shows_its_accessibility_on_the_tour_and_on_each_stop(client):
    tour = MobileTourPageFactory(title="MairieBus de Martigues", step_free_entrance=True, accessible_toilets=False)
    carro = MobileStopPageFactory(parent=tour, title="Carro – place du port", disabled_parking=True)
    html = soup(client, tour.url)
    assert section(html, "tour-access").h2.get_text(strip=True) == "Accessibilité du bus"
    assert ("Entrée sans marche", "Oui") in rows(section(html, "tour-access"))
    stop = soup(client, carro.url)
    assert ("Entrée sans marche", "Oui") in rows(section(stop, "place-access"))
    assert ("Stationnement réservé aux personnes handicapées", "Oui") in rows(section(stop, "place-access"))


# Finder filters ---------------------------------------------------------------------------------------------------


def titles(response):
    return [page.title for page in response.context["result"].pages]


def search(client, **params):
    return client.get("/lieux/", {"lat": LYON[0], "lng": LYON[1], **params})


@pytest.mark.parametrize(
    ("flag", "field", "label"),
    [
        ("sans_marche", "step_free_entrance", "Entrée sans marche"),
        ("toilettes", "accessible_toilets", "Toilettes accessibles"),
        ("stationnement", "disabled_parking", "Stationnement réservé"),
        ("boucle", "hearing_loop", "Boucle magnétique"),
        ("lsf", "sign_language", "Langue des signes"),
    ],
)
def test_each_accessibility_filter_keeps_only_places_where_it_is_known_true(client, finder_page, flag, field, label):
    place(finder_page, "Oui", 3, **{field: True})
    place(finder_page, "Non", 2, **{field: False})
    place(finder_page, "Inconnu", 1)
    assert titles(search(client)) == ["Inconnu", "Non", "Oui"]
    response = search(client, **{flag: "1"})
    assert titles(response) == ["Oui"]
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one(f"form.finder input[name={flag}]").has_attr("checked")  # still ticked
    # The filter in force is listed above the results, as a link that removes it.
    (badge,) = html.select(".active-filters a.badge")
    assert badge.get_text(" ", strip=True).startswith(f"Accessibilité : {label}")
    assert flag not in badge["href"]


def test_accessibility_filters_are_offered_in_their_own_group(client):
    html = soup(client, "/lieux/?q=13500")
    groups = {fieldset.legend.string: fieldset for fieldset in html.select("form.finder fieldset")}
    group = groups["Accessibilité"]
    assert [label.get_text(strip=True) for label in group.select("label")] == [
        "Entrée sans marche",
        "Toilettes accessibles",
        "Stationnement réservé",
        "Boucle magnétique",
        "Langue des signes",
    ]
    options = {
        box["value"]: box.parent.get_text(strip=True) for box in groups["Langues parlées"].select("[name=langue]")
    }
    assert options["ar"] == "arabe" and options["ber"] == "berbère (tamazight)"
    assert "fr" not in options  # spoken everywhere: not a filter


def test_language_filter(client, finder_page):
    place(finder_page, "Arabe et turc", 2, spoken_languages=["fr", "ar", "tr"])
    place(finder_page, "Turc", 1, spoken_languages=["fr", "tr"])
    place(finder_page, "Inconnues", 3)
    assert titles(search(client, langue="ar")) == ["Arabe et turc"]
    assert titles(search(client, langue="tr")) == ["Turc", "Arabe et turc"]
    assert titles(search(client, langue=["ar", "tr"])) == ["Arabe et turc"]  # all chosen, as the other filters
    assert len(titles(search(client, langue="xx"))) == 3  # unknown values are ignored


def test_filters_combine_and_the_geojson_api_applies_them(client, finder_page):
    place(finder_page, "Tout", 2, step_free_entrance=True, hearing_loop=True, spoken_languages=["uk"])
    place(finder_page, "Sans boucle", 1, step_free_entrance=True, spoken_languages=["uk"])
    assert titles(search(client, sans_marche="1", boucle="1", langue="uk")) == ["Tout"]
    features = client.get("/api/places/", {"near": f"{LYON[0]},{LYON[1]}", "sans_marche": "1", "boucle": "1"}).json()
    assert [feature["properties"]["nom"] for feature in features["features"]] == ["Tout"]


def test_accessibility_filters_are_conditions_of_the_candidates_query(finder_page):
    yes = place(finder_page, "Oui", step_free_entrance=True, sign_language=True)
    place(finder_page, "Sans LSF", step_free_entrance=True, sign_language=False)
    query = FinderForm(QueryDict(f"lat={LYON[0]}&lng={LYON[1]}&sans_marche=1&lsf=on&toilettes=0")).query()
    assert query.flags == {"sans_marche", "lsf"}
    with CaptureQueriesContext(connection) as queries:
        candidates = finder.candidates(query, "fr")
    assert [row["pk"] for row in candidates] == [yes.pk]
    (sql,) = [entry["sql"] for entry in queries.captured_queries]
    assert "step_free_entrance" in sql and "sign_language" in sql and "accessible_toilets" not in sql


def test_the_finder_in_martigues_with_step_free_entrance(client):
    MediationPlacePageFactory(title="Médiathèque Louis-Aragon", step_free_entrance=True)
    MediationPlacePageFactory(title="Maison de quartier de Canto-Perdrix", step_free_entrance=False)
    MediationPlacePageFactory(title="Espace public numérique de Paradis Saint-Roch")
    assert len(titles(client.get("/lieux/", {"q": "13500"}))) == 3
    # A step at the entrance is no; unknown is not yes.
    assert titles(client.get("/lieux/", {"q": "13500", "sans_marche": "1"})) == ["Médiathèque Louis-Aragon"]


# Meta description -------------------------------------------------------------------------------------------------


def meta_description(client, url):
    tag = soup(client, url).find("meta", attrs={"name": "description"})
    return tag["content"] if tag else None


def test_meta_description_prefers_what_editors_wrote(client, finder_page):
    page = place(finder_page, "Décrit", search_description="Pour les moteurs de recherche.", summary="Résumé.")
    assert meta_description(client, page.url) == "Pour les moteurs de recherche."
    page = place(finder_page, "Résumé seul", summary="Des ordinateurs en accès libre.")
    assert meta_description(client, page.url) == "Des ordinateurs en accès libre."


def test_meta_description_is_built_from_the_facts_and_kept_short(client, finder_page):
    page = place(finder_page, "Sans texte", commune="Lyon", services=["Aide aux démarches administratives"])
    assert meta_description(client, page.url) == "Lieu d'aide au numérique à Lyon : Aide aux démarches administratives"
    many = [
        "Maîtrise des outils numériques du quotidien",
        "Aide aux démarches administratives",
        "Accès internet et matériel informatique",
        "Acquisition de matériel informatique à prix solidaire",
        "Loisirs et créations numériques",
    ]
    page = place(finder_page, "Beaucoup", commune="Lyon", services=many)
    description = meta_description(client, page.url)
    assert len(description) <= 160 and description.endswith("…")
    assert description.startswith("Lieu d'aide au numérique à Lyon : Maîtrise des outils numériques du quotidien, ")
    long_summary = "Un résumé très long " * 14  # 280 characters
    page = place(finder_page, "Long", summary=long_summary.strip())
    description = meta_description(client, page.url)
    assert len(description) <= 160 and description.endswith("…") and "  " not in description


def test_meta_description_of_a_tour_names_the_communes_of_its_stops(client, finder_page):
    tour = MobileTourPageFactory(parent=finder_page, services=["Aide aux démarches administratives"])
    MobileStopPageFactory(parent=tour, commune="Martigues")
    MobileStopPageFactory(parent=tour, commune="Port-de-Bouc")
    assert meta_description(client, tour.url) == (
        "Bus d'aide au numérique à Martigues, Port-de-Bouc : Aide aux démarches administratives"
    )


def test_meta_description_is_in_the_pages_language(client, finder_page, locales):
    page = place(finder_page, "Traduit", services=["Aide aux démarches administratives"])
    english = page.copy_for_translation(locales["en"])
    english.save_revision().publish()
    english = MediationPlacePage.objects.get(pk=english.pk)
    with translation.override("fr"):  # whatever language is active, the page's own
        assert "Help with official paperwork" in english.meta_description
    assert "Help with official paperwork" in meta_description(client, english.url)
    with translation.override("en"):
        assert "Aide aux démarches administratives" in MediationPlacePage.objects.get(pk=page.pk).meta_description


# Admin ------------------------------------------------------------------------------------------------------------


def form_values(form):
    """What the browser sends for this form as it stands: [(name, value)]."""
    values = []
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            values.append((name, field.string or ""))
        elif field.name == "select":
            values += [(name, option.get("value", option.text)) for option in field.find_all("option", selected=True)]
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                values.append((name, field.get("value", "on")))
        elif field.get("type") not in ("submit", "button", "file"):
            values.append((name, field.get("value", "")))
    return values


def test_editors_answer_yes_no_or_unknown_in_the_admin(client, finder_page, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed3", "ed3@example.org", "motdepasse-solide"))
    page = place(finder_page, "Lieu à renseigner", hearing_loop=True)
    url = f"/admin/pages/{page.pk}/edit/"
    html = BeautifulSoup(client.get(url).content, "html.parser")
    assert "Accessibilité et accès" in html.get_text()
    radios = {radio["value"]: radio for radio in html.select("input[name=hearing_loop]")}
    assert set(radios) == {"", "True", "False"} and radios["True"].has_attr("checked")
    assert html.select_one("input[name=step_free_entrance][value='']").has_attr("checked")  # unknown

    data = [(name, value) for name, value in form_values(html.select_one("form#page-edit-form")) if name not in {
        "step_free_entrance", "hearing_loop", "spoken_languages", "public_transport"
    }]  # fmt: skip
    data += [
        ("step_free_entrance", "False"),
        ("hearing_loop", ""),
        ("spoken_languages", "ar"),
        ("spoken_languages", "tr"),
        ("public_transport", "Tram T1, arrêt Gare."),
        ("action-publish", "action-publish"),
    ]
    response = client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = MediationPlacePage.objects.get(pk=page.pk)
    assert (page.step_free_entrance, page.hearing_loop, page.accessible_toilets) == (False, None, None)
    assert page.spoken_languages == ["ar", "tr"] and page.public_transport == "Tram T1, arrêt Gare."


def test_the_tour_and_stop_edit_forms_split_bus_and_stop_facts(client, finder_page, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed4", "ed4@example.org", "motdepasse-solide"))
    tour = MobileTourPageFactory(parent=finder_page)
    stop = MobileStopPageFactory(parent=tour)
    tour_form = BeautifulSoup(client.get(f"/admin/pages/{tour.pk}/edit/").content, "html.parser")
    assert "Accessibilité du bus" in tour_form.get_text()
    assert tour_form.select("input[name=step_free_entrance]") and not tour_form.select("[name=disabled_parking]")
    stop_form = BeautifulSoup(client.get(f"/admin/pages/{stop.pk}/edit/").content, "html.parser")
    assert stop_form.select("input[name=disabled_parking]") and stop_form.select("[name=public_transport]")
    assert not stop_form.select("[name=step_free_entrance]")
