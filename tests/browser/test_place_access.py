"""Accessibility facts on a phone (375 px), in French and in Arabic (right to left): each label beside its value on
the place page, the finder's accessibility filter, and no axe-core violation."""

from urllib.parse import parse_qs, urlsplit

import pytest

from .helpers import axe_all_violations, format_violations

pytestmark = pytest.mark.browser

FINDER = {"fr": "/lieux/", "ar": "/ar/amakin/"}
MEDIATHEQUE_URL = {
    "fr": "/lieux/mediatheque-louis-aragon-martigues/",
    "ar": "/ar/amakin/mediatheque-louis-aragon-martigues/",
}
# The demo médiathèque: what its page tells (the labels are checked in French; in Arabic, the same rows).
MEDIATHEQUE_FACTS = [
    ("Entrée sans marche", "Oui"),
    ("Toilettes accessibles en fauteuil roulant", "Oui"),
    ("Stationnement réservé aux personnes handicapées", "Oui"),
    ("Boucle magnétique", "Oui"),
    ("Langues parlées", "français, anglais, espagnol"),
]
# Rows of each fact list: the label and the value, their boxes, as laid out.
ROWS = """els => els.map(row => {
  const box = el => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const dt = row.querySelector(":scope > dt"), dd = row.querySelector(":scope > dd");
  return {label: dt.innerText.trim(), value: dd.innerText.trim(), dt: box(dt), dd: box(dd)};
})"""


def _assert_side_by_side(rows):
    assert rows, "No fact shown"
    for row in rows:
        dt, dd = row["dt"], row["dd"]
        same_row = dt["top"] < dd["bottom"] and dd["top"] < dt["bottom"]
        apart = dt["right"] <= dd["left"] + 1 or dd["right"] <= dt["left"] + 1
        assert same_row and apart, f"{row['label']!r} is not beside its value {row['value']!r}: {dt} {dd}"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_place_page_shows_each_fact_beside_its_label_on_a_phone(new_page, language):
    page = new_page(width=375)
    assert page.goto(MEDIATHEQUE_URL[language]).status == 200
    access = page.locator("section[aria-labelledby=place-access]")
    rows = access.locator("dl.access-facts > div").evaluate_all(ROWS)
    _assert_side_by_side(rows)
    if language == "fr":
        assert access.locator("h2").inner_text() == "Accessibilité"
        assert [(row["label"], row["value"]) for row in rows] == MEDIATHEQUE_FACTS
    else:
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert len(rows) == len(MEDIATHEQUE_FACTS)
        # Right to left: the label is on the right of its value.
        assert all(row["dt"]["left"] > row["dd"]["left"] for row in rows)
    # Getting there, beside the address.
    directions = page.locator("section[aria-labelledby=place-where] dl.access-facts > div").evaluate_all(ROWS)
    _assert_side_by_side(directions)
    assert len(directions) == 2 and "Ulysse" in directions[0]["value"]
    # Nothing wider than the screen.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    violations = axe_all_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"


def _slugs(page):
    """The places listed in the results, by the last part of their address (the same in every language)."""
    hrefs = page.locator(".finder-results ol a[href]").evaluate_all("els => els.map(el => el.getAttribute('href'))")
    return {href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_step_free_filter_in_the_finder_on_a_phone(new_page, language):
    page = new_page(width=375)
    assert page.goto(FINDER[language] + "?q=13500").status == 200
    everything = _slugs(page)
    assert {"mediatheque-louis-aragon-martigues", "maison-de-quartier-canto-perdrix-martigues"} <= everything

    # Open the filters (and any folded group inside), tick "Entrée sans marche", apply: as a visitor would.
    form = page.locator("form.finder")
    for details in form.locator("details").all():
        if details.get_attribute("open") is None:
            details.locator(":scope > summary").click()
    checkbox = form.locator("input[name=sans_marche]")
    label = form.locator("label:has(input[name=sans_marche])")
    if language == "fr":
        assert label.inner_text().strip() == "Entrée sans marche"
    checkbox.check()
    with page.expect_navigation():
        form.locator("details.finder__filters button[type=submit]").click()

    query = parse_qs(urlsplit(page.url).query)
    assert query["q"] == ["13500"] and query["sans_marche"] == ["1"], page.url
    step_free = _slugs(page)
    assert "mediatheque-louis-aragon-martigues" in step_free
    assert "maison-de-quartier-canto-perdrix-martigues" not in step_free  # a step at the entrance
    assert "epn-paradis-saint-roch-martigues" not in step_free  # not known: not shown as step-free
    assert step_free < everything
    assert page.locator("form.finder input[name=sans_marche]").is_checked()
    violations = axe_all_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"
