"""The place finder and the place pages, used as a person would: by postcode, with filters, on a map, around me,
keyboard only, without JavaScript; axe-core finds no WCAG 2.1 A/AA violation (French and Arabic, 375 and 1280 px);
nothing but map tiles asks another host, and the console stays free of errors (CSP violations included).

Map tiles come from a tile server this machine cannot reach: every request to another host is aborted
(`abort_foreign_requests`), and the maps must still show their markers.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from .helpers import (
    FOCUSED_ELEMENT,
    abort_foreign_requests,
    axe_violations,
    format_violations,
    has_focus_indicator,
    is_local,
    record_console_errors,
)

pytestmark = pytest.mark.browser

FINDER = {"fr": "/lieux/", "ar": "/ar/amakin/"}
MEDIATHEQUE = "Médiathèque Louis-Aragon"
MEDIATHEQUE_URL = {
    "fr": "/lieux/mediatheque-louis-aragon-martigues/",
    "ar": "/ar/amakin/mediatheque-louis-aragon-martigues/",
}
TOUR_URL = "/lieux/mairiebus-martigues/"
STOP_URL = "/lieux/mairiebus-martigues/arret-carro/"
SERVICE_LABEL = "Démarches en ligne"  # the short label of the standard's service below
SERVICE_VALUE = "Aide aux démarches administratives"
SERVICE = "aide-aux-demarches-administratives"
WIDTHS = [375, 1280]
# Where "Autour de moi" finds the browser: the old town of Martigues. Sent rounded to 2 decimals (about 1 km).
POSITION = {"latitude": 43.4045, "longitude": 5.0548}
# Leaflet's tile URL placeholders: subdomain, zoom, column, row, retina suffix.
TILE_PLACEHOLDERS = {"s": r"[a-z0-9-]+", "z": r"\d+", "x": r"\d+", "y": r"\d+", "r": r"(@2x)?"}
DISTANCE = re.compile(r"(\d+(?:[.,]\d+)?)\s*km")
# Resolves once the page has drawn two more frames: what its scripts had in hand when asked has run by then.
NEXT_FRAMES = "() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))"


def _cards(page):
    return page.locator("ol.place-list > li")


def _titles(page):
    return [title.strip() for title in page.locator("ol.place-list .card__title").all_inner_texts()]


def _distances(page):
    """The distances written on the cards, in km, top to bottom."""
    texts = page.locator("ol.place-list .place-card__distance").all_inner_texts()
    return [float(DISTANCE.search(text).group(1).replace(",", ".")) for text in texts]


def _results_heading(page):
    return page.locator(".finder-results h2").first.inner_text()


def _assert_sorted_by_distance(page):
    distances = _distances(page)
    assert len(distances) == _cards(page).count() > 0, "Every card should tell its distance"
    assert distances == sorted(distances), f"Cards are not sorted by distance: {distances}"


def _query(page):
    return parse_qs(urlsplit(page.url).query)


def _search(page, where):
    """Type a postcode or commune in the finder and submit it, as a visitor would."""
    page.fill("#finder-q", where)
    with page.expect_navigation():
        page.locator("form.finder").get_by_role("button", name="Rechercher", exact=True).click()


def _apply_filter(page, label):
    """Open the filters, tick the checkbox with this label and apply."""
    filters = page.locator("details.finder__filters")
    if filters.get_attribute("open") is None:
        filters.locator(":scope > summary").click()
    page.locator("form.finder").get_by_label(label, exact=True).check()
    with page.expect_navigation():
        page.locator("button[data-apply-count]").click()


def _tile_pattern(page):
    """The configured tile URL template (`data-tiles` on the finder script) as a regular expression."""
    template = page.locator("script[data-tiles]").get_attribute("data-tiles")
    pattern = re.escape(template)
    for placeholder, replacement in TILE_PLACEHOLDERS.items():
        pattern = pattern.replace(re.escape("{" + placeholder + "}"), replacement)
    return template, re.compile(pattern + r"(\?.*)?")


def _wait_for_tiles(page):
    """Wait until the map has asked for its tiles and each has loaded or failed (aborted); return the tile template."""
    template = page.locator("script[data-tiles]").get_attribute("data-tiles")
    if template:
        page.wait_for_function(
            "() => { const tiles = document.querySelectorAll('img.leaflet-tile');"
            " return tiles.length > 0 && Array.prototype.every.call(tiles, tile => tile.complete); }"
        )
    return template


# 1. Postcode search ------------------------------------------------------------------------------------------------


def test_postcode_search_lists_nearest_places_first(page):
    response = page.goto(FINDER["fr"])
    assert response.status == 200

    _search(page, "13500")

    assert _query(page)["q"] == ["13500"]
    heading = _results_heading(page)
    assert "lieux à moins de" in heading, heading
    assert MEDIATHEQUE in _titles(page)
    assert _titles(page)[0] == MEDIATHEQUE, "The médiathèque is the closest place to the centre of Martigues"
    _assert_sorted_by_distance(page)


# 2. Filters --------------------------------------------------------------------------------------------------------


def test_filter_narrows_the_results_and_its_url_can_be_shared(page, new_page):
    page.goto(FINDER["fr"] + "?q=13500")
    all_titles = _titles(page)
    assert all_titles

    _apply_filter(page, SERVICE_LABEL)

    query = _query(page)
    assert query["service"] == [SERVICE] and query["q"] == ["13500"], page.url
    filtered = _titles(page)
    assert filtered, "No place offers help with administrative procedures around Martigues"
    assert len(filtered) <= len(all_titles)
    assert set(filtered) <= set(all_titles)
    assert MEDIATHEQUE not in filtered, "The médiathèque does not help with administrative procedures"
    _assert_sorted_by_distance(page)
    # The panel closes so that results start high on a phone; the filter in force is listed, and still ticked.
    assert page.locator("details.finder__filters").get_attribute("open") is None
    assert "(1 filtre actif)" in page.locator("details.finder__filters > summary").inner_text()
    assert page.locator(".active-filters").get_by_role("link", name=SERVICE_LABEL).count() == 1
    assert page.get_by_label(SERVICE_LABEL, exact=True).is_checked()
    # Every place listed offers the service (the map's GeoJSON, for the same search, says which services each has).
    geojson_url = page.locator("#finder-map").get_attribute("data-geojson")
    features = page.request.get(geojson_url).json()["features"]
    assert [feature["properties"]["nom"] for feature in features] == filtered
    for feature in features:
        assert SERVICE_VALUE in feature["properties"]["services"], feature["properties"]["nom"]

    # Shareable: someone opening the same address sees the same list.
    shared = new_page()
    shared.goto(page.url)
    assert _titles(shared) == filtered
    assert shared.get_by_label(SERVICE_LABEL, exact=True).is_checked()


# 3. Map ------------------------------------------------------------------------------------------------------------


def test_map_shows_a_named_marker_per_place_without_tiles(page):
    aborted = abort_foreign_requests(page)
    # On a slow connection Leaflet's stylesheet may arrive after its script: hold it back until the script has run.
    held_stylesheet = []
    page.route("**/vendor/leaflet/leaflet.css", lambda route: held_stylesheet.append(route))
    page.goto(FINDER["fr"] + "?q=13500")
    titles = _titles(page)
    show_map = page.get_by_role("button", name="Afficher la carte")
    assert show_map.get_attribute("aria-expanded") == "false"

    with page.expect_response(lambda response: "/api/places/" in response.url) as geojson:
        show_map.click()
    geojson.value.finished()
    page.wait_for_function("() => typeof window.L === 'object'")
    # All the map needs is there but its stylesheet: let the page run what follows, then no marker may be drawn yet.
    page.evaluate(NEXT_FRAMES)
    markers = page.locator("#finder-map .leaflet-marker-icon")
    assert markers.count() == 0, "The map drew its markers before Leaflet's stylesheet arrived"
    assert held_stylesheet, "Leaflet's stylesheet was not requested"
    held_stylesheet[0].continue_()

    markers.first.wait_for()
    assert show_map.get_attribute("aria-expanded") == "true"
    assert markers.count() == len(titles)
    # Markers are keyboard-focusable buttons: each is named after its place, a bus stop saying it is one.
    names = markers.evaluate_all("els => els.map(el => el.getAttribute('alt') || el.getAttribute('aria-label'))")
    assert sorted(name.removeprefix("Arrêt du bus : ") for name in names) == sorted(titles)
    # ... and a fixed place shows Leaflet's marker image (found through the stylesheet).
    page.wait_for_function(
        "() => Array.prototype.every.call(document.querySelectorAll('#finder-map img.leaflet-marker-icon'),"
        " img => img.complete)"
    )
    broken = markers.evaluate_all("els => els.filter(el => el.tagName === 'IMG' && !el.naturalWidth).map(el => el.src)")
    assert not broken, f"Marker images not found: {broken}"
    template = _wait_for_tiles(page)
    _, pattern = _tile_pattern(page)
    if template and not is_local(template):
        assert aborted, "The map asked for no tile"
    assert all(pattern.fullmatch(url) for url in aborted), aborted
    violations = axe_violations(page)
    assert not violations, f"{page.url} (map shown)\n{format_violations(violations)}"


# 4. Around me ------------------------------------------------------------------------------------------------------


def test_around_me_uses_a_rounded_position(new_page):
    page = new_page(permissions=["geolocation"], geolocation=POSITION)
    sent = []
    page.on("request", lambda request: sent.append(request.url))
    page.goto(FINDER["fr"])

    with page.expect_navigation():
        page.get_by_role("button", name="Autour de moi").click()

    query = _query(page)
    for name, exact in [("lat", POSITION["latitude"]), ("lng", POSITION["longitude"])]:
        (value,) = query[name]
        assert re.fullmatch(r"-?\d+(\.\d{1,2})?", value), f"{name}={value}: more than 2 decimals leave the browser"
        assert abs(float(value) - exact) <= 0.005
    assert not query.get("q", [""])[0], "The postcode field is emptied when the position is used"
    # The precise position never left the browser, in any request.
    assert not [url for url in sent if "43.4045" in url or "5.0548" in url]

    assert "lieux à moins de" in _results_heading(page)
    assert _titles(page)[0] == MEDIATHEQUE
    assert "Martigues" in page.locator("ol.place-list .place-card__address").first.inner_text()
    _assert_sorted_by_distance(page)


# 5. Keyboard only --------------------------------------------------------------------------------------------------


def _tab(page, describe):
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED_ELEMENT)
    assert focused, "Tab moved the focus out of the page"
    assert focused["focusVisible"] and has_focus_indicator(focused), f"No visible focus on {describe(focused)}"
    return focused


def test_finder_works_with_the_keyboard_only(page):
    page.goto(FINDER["fr"])
    page.focus("#finder-q")
    page.keyboard.type("13500")

    def describe(item):
        return f"{item['tag']}#{item['id']}[{item['name'] or ''}] {item['text'][:40]!r}"

    seen = []
    for _ in range(8):  # the radius, the submit button, "Autour de moi", then the filters
        focused = _tab(page, describe)
        seen.append(focused)
        if focused["tag"] == "summary":
            break
    order = [describe(item) for item in seen]
    assert seen[0]["id"] == "finder-radius", f"Tab does not go from the search field to the radius: {order}"
    assert seen[1]["tag"] == "button" and seen[1]["type"] == "submit", f"Then the submit button: {order}"
    assert seen[-1]["tag"] == "summary", f"Tab never reached the filters: {order}"
    assert all(item["inFinder"] for item in seen), f"The focus left the finder form: {order}"

    page.keyboard.press("Enter")
    assert page.locator("details.finder__filters").get_attribute("open") is not None, "Enter does not open the filters"

    checkbox = _tab(page, describe)
    assert checkbox["tag"] == "input" and checkbox["type"] == "checkbox", describe(checkbox)
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked"), "Space does not tick the checkbox"

    # On to the button that applies them ("Voir les lieux", then how many), past the folded criteria, then Enter:
    # the results for 13500, with the ticked filter.
    for _ in range(20):
        focused = _tab(page, describe)
        if focused["tag"] == "button" and focused["text"].startswith("Voir "):
            break
    else:
        pytest.fail("Tab never reached the button that applies the filters")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    query = _query(page)
    assert query["q"] == ["13500"] and query[checkbox["name"]] == [checkbox["value"]], page.url
    assert "lieux à moins de" in _results_heading(page)


# 6. Without JavaScript ---------------------------------------------------------------------------------------------


def test_finder_works_without_javascript(new_page):
    page = new_page(java_script_enabled=False)
    page.goto(FINDER["fr"])
    # The buttons that need JavaScript stay hidden.
    assert page.locator("[data-locate]").is_hidden()

    _search(page, "13500")
    all_titles = _titles(page)
    assert MEDIATHEQUE in all_titles
    _assert_sorted_by_distance(page)
    assert page.locator("[data-show-map]").count() == 1 and page.locator("[data-show-map]").is_hidden()
    # The cards' "Voir sur la carte" buttons too (a display rule of .button must not show them).
    map_buttons = page.locator("[data-map-focus]")
    assert map_buttons.count() > 0 and all(not button.is_visible() for button in map_buttons.all())
    assert page.locator("[data-locate]").is_hidden()

    _apply_filter(page, SERVICE_LABEL)  # <details> opens without JavaScript
    assert _query(page)["service"] == [SERVICE]
    filtered = _titles(page)
    assert filtered and len(filtered) <= len(all_titles) and MEDIATHEQUE not in filtered


# 7. axe-core -------------------------------------------------------------------------------------------------------


# Visible headings, in document order, as "level text".
HEADINGS = """() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"))
  .filter(h => h.getClientRects().length > 0)
  .map(h => h.tagName[1] + " " + h.textContent.trim().replace(/\\s+/g, " ").slice(0, 50))"""


def _check(page, label, found):
    """Run axe on the page as it is now, at each width; remember the violations under this label.

    Also checks what axe leaves to its best-practice rules: a single h1, first, and no heading level skipped.
    """
    headings = page.evaluate(HEADINGS)
    levels = [int(heading[0]) for heading in headings]
    skips = [headings[i] for i in range(1, len(levels)) if levels[i] > levels[i - 1] + 1]
    if levels[:1] != [1] or levels.count(1) != 1 or skips:
        found.append(f"--- {label}: {page.url}\nHeadings out of order: {headings}")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        violations = axe_violations(page)
        if violations:
            found.append(f"--- {label} at {width} px: {page.url}\n{format_violations(violations)}")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_finder_and_place_page_have_no_axe_violation(new_page, language):
    page = new_page(width=WIDTHS[0])
    found = []
    response = page.goto(FINDER[language] + "?q=13500")
    assert response.status == 200
    assert _cards(page).count() > 0
    _check(page, "finder with results", found)

    page.locator("details.finder__filters > summary").click()
    _check(page, "finder, filters opened", found)

    # The first card, as a visitor would follow it: the médiathèque, translated into Arabic.
    with page.expect_navigation():
        page.locator("ol.place-list .card__title a").first.click()
    assert urlsplit(page.url).path == MEDIATHEQUE_URL[language]
    _check(page, "place page", found)

    assert not found, "\n\n".join(found)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_tour_stop_report_form_and_embed_have_no_axe_violation(new_page, language):
    page = new_page(width=WIDTHS[0])
    found = []
    for path, label in [(TOUR_URL, "tour page"), (STOP_URL, "stop page")]:
        assert page.goto(path).status == 200
        if language != "fr":
            # Checked in this language only once translated (the demo tour is not): the page then links to it.
            translation = page.locator(f"link[rel=alternate][hreflang={language}]")
            if not translation.count():
                continue
            # Absolute on the Wagtail site's root URL (as in the sitemap): follow its path on the test server.
            assert page.goto(urlsplit(translation.get_attribute("href")).path).status == 200
        _check(page, label, found)

    page.goto(MEDIATHEQUE_URL[language])
    with page.expect_navigation():
        page.locator(f"a[href$='{MEDIATHEQUE_URL[language]}signaler/']").click()
    assert urlsplit(page.url).path == MEDIATHEQUE_URL[language] + "signaler/"
    _check(page, "report form", found)

    with page.expect_navigation():
        page.locator("form[method=post] button[type=submit]").click()
    assert page.locator(".field--error [aria-invalid=true]").count() > 0, "Submitting it empty shows no error"
    _check(page, "report form, submitted empty", found)

    assert page.goto(FINDER[language] + "embed/?q=13500").status == 200
    assert _cards(page).count() > 0
    _check(page, "embeddable finder", found)

    assert not found, "\n\n".join(found)


# 8. Privacy: no other host, no console error (CSP violations included) ---------------------------------------------


@pytest.mark.parametrize(
    ("path", "show_map"),
    [
        pytest.param(FINDER["fr"] + "?q=13500", "[data-show-map]", id="finder"),
        pytest.param(MEDIATHEQUE_URL["fr"], "[data-show-mini-map]", id="place"),
    ],
)
def test_only_tile_requests_leave_and_no_console_error(page, server_url, path, show_map):
    origin = urlsplit(server_url).netloc
    foreign = []

    def on_request(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https") and url.netloc != origin:
            foreign.append(request.url)

    page.on("request", on_request)
    aborted = abort_foreign_requests(page)
    console_errors = record_console_errors(page)

    def unexpected_errors():
        # Each aborted tile logs "Failed to load resource": that is the test's doing, not the page's.
        return [text for text, url in console_errors if not (url in aborted and text.startswith("Failed to load"))]

    assert page.goto(path, wait_until="networkidle").status == 200
    assert not foreign, "Requests to other hosts before any map is shown:\n" + "\n".join(foreign)
    assert not unexpected_errors(), "Console errors:\n" + "\n".join(unexpected_errors())

    # Showing the map: Leaflet and the GeoJSON come from our server; only the tiles come from the tile server.
    page.click(show_map)
    page.locator(".leaflet-marker-icon").first.wait_for()
    _wait_for_tiles(page)
    template, tile = _tile_pattern(page)
    not_tiles = [url for url in foreign if not tile.fullmatch(url)]
    assert not not_tiles, f"Requests to other hosts, other than map tiles ({template}):\n" + "\n".join(not_tiles)
    assert sorted(foreign) == sorted(aborted), "Requests to other hosts were not all aborted"
    assert not unexpected_errors(), "Console errors once the map is shown:\n" + "\n".join(unexpected_errors())
