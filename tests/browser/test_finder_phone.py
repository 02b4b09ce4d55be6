"""The finder on a phone (375 × 812) and a desktop, French and Arabic: the answer is on the first screen after a
search, or the focus is on it; never a dead end; the bus tours can be reached; the map tells a fixed place from a bus
stop, and ties each marker to its card both ways; "Autour de moi" shows where the visitor is, from the browser only.
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from .helpers import abort_foreign_requests

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"phone": PHONE, "desktop": DESKTOP}
HOME = {"fr": "/", "ar": "/ar/"}
FINDER = {"fr": "/lieux/", "ar": "/ar/amakin/"}
SEARCH = {"fr": "/recherche/", "ar": "/ar/bahth/"}
TOUR_PATH = "/lieux/mairiebus-martigues/"
POSITION = {"latitude": 43.4045, "longitude": 5.0548}

# Where the element is on the screen now (the viewport), and whether it has the focus.
ON_SCREEN = """(selector) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, focused: document.activeElement === el, viewport: window.innerHeight};
}"""


def _submit_from(page, form_selector, where):
    form = page.locator(form_selector)
    form.locator("input[name=q]").fill(where)
    with page.expect_navigation():
        form.locator("button[type=submit]").first.click()


def _assert_answer_first(page, selector):
    """The answer (its heading, and the first result when there is one) is on the first screen, focused."""
    page.wait_for_load_state("load")
    heading = page.evaluate(ON_SCREEN, "#resultats")
    assert heading is not None, f"No results heading on {page.url}"
    assert heading["focused"], f"The focus is not on the results heading of {page.url}"
    assert -1 <= heading["top"] < heading["viewport"], f"The results heading is off screen: {heading}"
    if selector:
        first = page.evaluate(ON_SCREEN, selector)
        assert first is not None and first["top"] < first["viewport"], f"{selector} is below the first screen: {first}"


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_after_a_search_the_answer_is_on_the_first_screen(new_page, language, size, javascript):
    page = new_page(java_script_enabled=javascript, **SIZES[size])
    # From the home page's form, as most visitors start.
    page.goto(HOME[language])
    _submit_from(page, "form.finder-form", "13500")
    assert urlsplit(page.url).path == FINDER[language]
    _assert_answer_first(page, "ol.place-list > li")

    # The other answers: a choice of communes, a place not found, and the site's search.
    for where, selector in [("Saint-Martin", ".choice-list li"), ("Zzyzxville", None)]:
        _submit_from(page, "form.finder", where)
        _assert_answer_first(page, selector)
    page.goto(SEARCH[language])
    _submit_from(page, "form.search-form", "mail")
    _assert_answer_first(page, None)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_with_nothing_near_the_nearest_places_and_a_wider_search_are_one_tap_away(new_page, language):
    page = new_page(**PHONE)
    page.goto(FINDER[language] + "?q=Aix-en-Provence&radius=5#resultats")  # the nearest demo place: Martigues
    _assert_answer_first(page, None)
    nearest = page.locator(".finder-results ol.place-list .place-card__distance")
    assert nearest.count() > 0, "No nearest place offered"
    wider = page.locator(".finder-results a[href*='radius=']").first
    with page.expect_navigation():
        wider.click()
    radius = int(parse_qs(urlsplit(page.url).query)["radius"][0])
    assert radius > 5
    assert page.locator("ol.place-list > li").count() > 0


def test_a_district_name_says_which_commune_it_found_and_offers_the_place_so_named(new_page):
    page = new_page(**PHONE)
    page.goto(FINDER["fr"])
    _submit_from(page, "form.finder", "Lavéra")
    _assert_answer_first(page, ".finder-guess")
    guess = page.locator(".finder-guess")
    assert "Résultats pour Laveraët (Gers)" in guess.inner_text()
    with page.expect_navigation():
        guess.get_by_role("link", name="Lavéra – salle polyvalente").click()
    assert page.locator("h1").inner_text() == "Lavéra – salle polyvalente"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_bus_tour_is_linked_from_the_finder_the_home_page_and_each_stops_card(new_page, language):
    page = new_page(**PHONE)
    page.goto(HOME[language])
    assert page.locator(f"a[href$='{TOUR_PATH}']").count() >= 1, "The home page does not link the bus tour"
    page.goto(FINDER[language])
    assert page.locator(f".finder-tours a[href$='{TOUR_PATH}']").count() == 1, "The finder page does not link it"
    page.goto(FINDER[language] + "?q=13500")
    stop_cards = page.locator(".place-card--bus")
    assert stop_cards.count() > 0
    assert stop_cards.first.locator(f".place-card__kind a[href$='{TOUR_PATH}']").count() == 1
    # A stop's next passage is not drawn as "closed".
    assert stop_cards.locator(".status--closed").count() == 0
    assert stop_cards.locator(".status--next").count() > 0
    with page.expect_navigation():
        stop_cards.first.locator(".place-card__kind a").click()
    assert urlsplit(page.url).path == TOUR_PATH


def _show_map(page):
    abort_foreign_requests(page)
    page.get_by_role("button", name=page.locator("[data-show-map]").inner_text()).click()
    page.locator("#finder-map .leaflet-marker-icon").first.wait_for()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_map_tells_places_from_bus_stops_and_ties_markers_to_cards_both_ways(new_page, language):
    page = new_page(**PHONE)
    page.goto(FINDER[language] + "?q=13500")
    _show_map(page)
    pins = page.locator("#finder-map img.leaflet-marker-icon")
    bus_signs = page.locator("#finder-map .map-marker--bus")
    assert pins.count() > 0 and bus_signs.count() > 0
    assert pins.count() + bus_signs.count() == page.locator("ol.place-list > li").count()
    assert page.locator(".map-legend li").count() == 2  # a fixed place, a bus stop (no position: no "you")

    # From a card to its marker, with the keyboard: the popup opens and the marker has the focus.
    card = page.locator("ol.place-list > li").nth(1)
    title = card.locator(".card__title").inner_text().strip()
    card.locator("[data-map-focus]").focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup").wait_for()
    assert title in page.locator(".leaflet-popup").inner_text()
    focused_name = page.evaluate(
        "() => document.activeElement.getAttribute('alt') || document.activeElement.getAttribute('aria-label') || ''"
    )
    assert focused_name.endswith(title), f"The marker of {title!r} does not have the focus: {focused_name!r}"

    # ... and back from the marker's popup to its card.
    page.locator(".leaflet-popup a[href^='#lieu-']").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == title
    assert "is-highlighted" in card.locator(".place-card").get_attribute("class")


def test_around_me_shows_you_are_here_from_the_exact_position_kept_in_the_browser(new_page):
    page = new_page(permissions=["geolocation"], geolocation=POSITION, **PHONE)
    sent = []
    page.on("request", lambda request: sent.append(request.url))
    page.goto(FINDER["fr"])
    with page.expect_navigation():
        page.locator("[data-locate]").click()
    _show_map(page)
    you = page.locator("#finder-map .map-marker--you")
    you.wait_for()
    assert page.locator(".map-legend li").count() == 3
    # The marker stands at the exact position, which never left the browser (only 2 decimals are sent).
    assert not [url for url in sent if "43.4045" in url or "5.0548" in url]
    exact = page.evaluate(
        """() => { const saved = JSON.parse(sessionStorage.getItem('proxinum-position')); return [saved.lat, saved.lng]; }"""
    )
    assert exact == [POSITION["latitude"], POSITION["longitude"]]


def test_the_apply_button_counts_the_places_as_filters_are_ticked(new_page):
    page = new_page(**PHONE)
    page.goto(FINDER["fr"] + "?q=13500")
    total = page.locator("ol.place-list > li").count()
    page.locator("details.finder__filters > summary").click()
    apply = page.locator("button[data-apply-count]")
    assert apply.inner_text() == "Voir les lieux"
    page.locator("form.finder").get_by_label("Démarches en ligne", exact=True).check()
    page.wait_for_function("() => /\\d/.test(document.querySelector('[data-apply-count]').textContent)")
    count = int("".join(ch for ch in apply.inner_text() if ch.isdigit()))
    assert 0 < count < total
    # Within reach: the button is on the screen while the panel is open, though the panel is longer than it.
    box = page.evaluate(ON_SCREEN, "button[data-apply-count]")
    assert box["top"] >= -1 and box["bottom"] <= box["viewport"] + 1, box
    with page.expect_navigation():
        apply.click()
    assert page.locator("ol.place-list > li").count() == count


# Each label of a place's facts on the same row as its value (the .facts rules of the stylesheet collided).
FACT_ROWS = """() => Array.from(document.querySelectorAll("dl.facts dt")).map(dt => {
  const rtl = getComputedStyle(dt).direction === "rtl";
  const dd = dt.nextElementSibling;
  const a = dt.getBoundingClientRect(), b = dd.getBoundingClientRect();
  return {label: dt.textContent.trim(), labelTop: a.top, valueTop: b.top, valueLeft: b.left, labelLeft: a.left,
          valueRight: b.right, labelRight: a.right, rtl};
})"""


@pytest.mark.parametrize("language", ["fr", "ar"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_each_fact_of_a_place_sits_on_its_row_beside_its_value(new_page, language, size):
    page = new_page(**SIZES[size])
    # The demo's stops exist in French only: the Arabic visitor reads the médiathèque, translated.
    paths = [FINDER[language] + "mediatheque-louis-aragon-martigues/"] + (
        [TOUR_PATH + "arret-carro/"] * (language == "fr")
    )
    for path in paths:
        assert page.goto(path).status == 200
        rows = page.evaluate(FACT_ROWS)
        assert len(rows) >= 3, f"Too few facts on {path}: {rows}"
        for row in rows:
            assert abs(row["labelTop"] - row["valueTop"]) <= 2, f"{path}: {row['label']!r} is not beside its value"
            assert row["rtl"] == (language == "ar"), f"{path}: {row}"
            if row["rtl"]:  # right to left: the label on the right, its value to its left
                assert row["valueRight"] <= row["labelLeft"] + 1, f"{path}: {row}"
            else:
                assert row["labelRight"] <= row["valueLeft"] + 1, f"{path}: {row}"
