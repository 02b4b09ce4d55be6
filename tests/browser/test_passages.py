"""A bus stop that comes every other week, on a phone (375 px): its next dated passages and never a weekly table;
the tour lists every stop's next passages and links to its calendar feed. French, and Arabic once the demo tour and
its stops are translated (they are not yet: the page then has no Arabic version to follow)."""

from datetime import datetime
from urllib.parse import urlsplit

import pytest

from .helpers import axe_all_violations, format_violations

pytestmark = pytest.mark.browser

TOUR_URL = "/lieux/mairiebus-martigues/"
STOP_URL = "/lieux/mairiebus-martigues/arret-carro/"  # week 1-53/2 Tu 09:00-12:00; PH off
PHONE = 375
LANGUAGES = ["fr", "ar"]


def _open(page, path, language):
    """The French page, or its translation in `language` through its hreflang link; skips when there is none."""
    assert page.goto(path).status == 200
    if language == "fr":
        return
    translation = page.locator(f"link[rel=alternate][hreflang={language}]")
    if not translation.count():
        pytest.skip(f"{path} is not translated into {language} in the demo content")
    # Absolute on the Wagtail site's root URL (as in the sitemap): follow its path on the test server.
    assert page.goto(urlsplit(translation.get_attribute("href")).path).status == 200
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")


def _scroll_width(page):
    return page.evaluate("() => document.documentElement.scrollWidth")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_odd_week_stop_lists_dated_passages_and_no_weekly_table(new_page, language):
    page = new_page(width=PHONE, height=800)
    _open(page, STOP_URL, language)
    hours = page.locator("section[aria-labelledby=place-hours]")
    assert hours.locator("table").count() == 0, "A stop every other week shows a weekly table"
    passages = hours.locator("ol.passages > li")
    assert passages.count() >= 4
    assert all(text.strip() for text in passages.all_inner_texts())
    # Every passage is a Tuesday of an odd ISO week, from 9 h, in Paris time.
    moments = hours.locator("ol.passages time").evaluate_all("times => times.map(t => t.getAttribute('datetime'))")
    for moment in map(datetime.fromisoformat, moments):
        assert (moment.weekday(), moment.isocalendar().week % 2, moment.hour) == (1, 1, 9), moment
    assert moments == sorted(moments)
    # The list is named by its visible heading.
    heading_id = hours.locator("ol.passages").get_attribute("aria-labelledby")
    heading = page.locator(f"#{heading_id}")
    assert heading.is_visible()
    if language == "fr":
        assert heading.inner_text() == "Prochains passages"
        assert "semaines impaires" in hours.inner_text()  # the readable hours stay
    assert hours.locator("a[href$='arret-carro/calendrier/']").is_visible()
    assert _scroll_width(page) <= PHONE
    violations = axe_all_violations(page)
    assert not violations, format_violations(violations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tour_lists_dated_passages_and_links_to_its_feed(new_page, language):
    page = new_page(width=PHONE, height=800)
    _open(page, TOUR_URL, language)
    stops = page.locator("ol.stop-list > li")
    assert stops.count() == 5
    for index in range(stops.count()):
        assert stops.nth(index).locator("ol.passages > li").count() >= 1
    link = page.locator("a[href$='mairiebus-martigues/calendrier/']")
    assert link.count() == 1 and link.is_visible()
    if language == "fr":
        assert link.inner_text() == "Ajouter les passages du bus à mon agenda (fichier de calendrier)"
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    body = response.text()
    assert body.startswith("BEGIN:VCALENDAR") and "TZID:Europe/Paris" in body
    assert body.count("BEGIN:VEVENT") >= 4
    assert _scroll_width(page) <= PHONE
