"""The site search in a real browser, over the demo content: type facets narrow the results (French and Arabic),
French results on other languages' pages are marked as French, suggestions come as one types; axe finds no
WCAG 2.1 A/AA violation on these pages."""

import re

import pytest
from django.utils import translation
from django.utils.text import capfirst

from resources.models import TutorialPage

from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.browser

# Home page, search page and a query giving, over the demo content, results of several types in the language.
SEARCHES = {
    "fr": ("/", "/recherche/", "mail"),
    "ar": ("/ar/", "/ar/bahth/", "الهاتف"),  # "the phone"
}
FACET = re.compile(r"^(?P<label>.+) \((?P<count>\d+)\)$")


def assert_no_violations(page):
    violations = axe_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"


def search_from_the_header(page, home, query):
    """Search as a visitor does: the header's search box on the home page, then Enter."""
    page.goto(home)
    page.locator("#site-search-q").fill(query)
    with page.expect_navigation():
        page.locator("#site-search-q").press("Enter")


def facets(page):
    """{link text's label: (count, link)} of the type facets, "All" included."""
    found = {}
    for link in page.locator("nav.tabs a").all():
        match = FACET.match(" ".join(link.inner_text().split()))
        assert match, link.inner_text()
        found[match["label"]] = (int(match["count"]), link)
    return found


def result_kinds(page):
    """The type label of each listed result (the first badge), in order."""
    return [
        text.strip() for text in page.locator(".result-list .result .result__type .badge:first-child").all_inner_texts()
    ]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_type_facets_count_and_narrow_the_results(new_page, language):
    home, search_path, query = SEARCHES[language]
    page = new_page()
    search_from_the_header(page, home, query)
    assert page.url.split("?")[0].endswith(search_path)
    assert page.get_attribute("html", "lang") == language
    assert page.locator("#search-q").input_value() == query

    # Several types, each with its count; together they make the total shown by "All".
    found = facets(page)
    everything, *types = list(found.values())
    assert len(types) >= 3, list(found)
    assert all(count > 0 for count, _link in types)
    assert sum(count for count, _link in types) == everything[0]
    assert everything[1].get_attribute("aria-current") == "page"
    assert len(set(result_kinds(page))) > 1  # the unfiltered list mixes the types

    # The tutorials' facet keeps the tutorials only, as many as it said.
    tutorials = page.locator('nav.tabs a[href*="type=tutoriels"]')
    expected_count = next(count for count, link in types if "type=tutoriels" in link.get_attribute("href"))
    with page.expect_navigation():
        tutorials.click()
    assert "type=tutoriels" in page.url
    assert page.locator('nav.tabs a[href*="type=tutoriels"]').get_attribute("aria-current") == "page"
    with translation.override(language):
        tutorial_label = capfirst(str(TutorialPage._meta.verbose_name))
    kinds = result_kinds(page)
    assert kinds and set(kinds) == {tutorial_label}, kinds
    assert len(kinds) == min(expected_count, 20)  # 20 results a page
    assert_no_violations(page)


def test_french_results_on_the_english_search_are_marked_french(new_page):
    page = new_page()
    # "atelier" is in French pages only: every result is French, and says so.
    search_from_the_header(page, "/en/", "atelier")
    assert page.url.split("?")[0].endswith("/en/search/")
    assert page.get_attribute("html", "lang") == "en"
    results = page.locator(".result-list .result")
    assert results.count() > 0
    for index in range(results.count()):
        result = results.nth(index)
        assert result.locator(".result__title").get_attribute("lang") == "fr"
        assert "In French" in result.locator(".result__type").inner_text()
        snippet = result.locator(".result__snippet")
        if snippet.count():
            assert snippet.get_attribute("lang") == "fr"
    assert_no_violations(page)

    # "mail" has a few English pages: they come first, unmarked, then the French ones, marked.
    page.goto("/en/search/?q=mail")
    languages = [title.get_attribute("lang") for title in page.locator(".result-list .result .result__title").all()]
    assert None in languages and "fr" in languages, languages
    first_french = languages.index("fr")
    assert set(languages[:first_french]) == {None} and set(languages[first_french:]) == {"fr"}, languages
    assert_no_violations(page)


@pytest.mark.parametrize(
    ("path", "box", "language", "typed", "title"),
    [
        ("/recherche/", "search-q", "fr", "Créer une adr", "Créer une adresse e-mail"),
        ("/ressources/", "site-search-q", "fr", "Créer une adr", "Créer une adresse e-mail"),
        ("/ar/", "site-search-q", "ar", "إنشاء عنوان", "إنشاء عنوان بريد إلكتروني"),
    ],
    ids=["search-page-fr", "header-fr", "header-ar"],
)
def test_typing_in_a_search_box_offers_suggestions(new_page, path, box, language, typed, title):
    """The search page's box and the header's box on any page suggest titles in the page's language."""
    page = new_page()
    page.goto(path)
    field = page.locator(f"#{box}")
    list_id = field.get_attribute("list")
    assert list_id and page.locator(f"datalist#{list_id}").count() == 1
    with page.expect_response(lambda response: "/api/search/suggest/" in response.url) as answer:
        field.press_sequentially(typed, delay=30)
    assert f"lang={language}" in answer.value.url
    option = page.locator(f'datalist#{list_id} option[value="{title}"]')
    option.wait_for(state="attached")
    offered = page.locator(f"datalist#{list_id} option").evaluate_all("options => options.map(o => o.value)")
    assert title in offered
    # Every suggestion is in the page's language: none of the French titles on the Arabic page.
    if language == "ar":
        assert "Créer une adresse e-mail" not in offered
