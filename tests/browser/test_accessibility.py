"""axe-core finds no WCAG 2.1 A/AA violation on the main page types, in French and Arabic, mobile and desktop."""

import pytest

from .helpers import axe_violations, format_violations

pytestmark = pytest.mark.browser

WIDTHS = [375, 1280]
PAGES = [
    pytest.param("/", id="home-fr"),
    pytest.param("/ar/", id="home-ar"),
    pytest.param("/mentions-legales/", id="standard-fr"),
    pytest.param("/ar/ishaar-qanuni/", id="standard-ar"),
]


def _assert_no_violations(page):
    violations = axe_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violation(new_page, path, width):
    page = new_page(width=width)
    response = page.goto(path)
    assert response.status == 200
    _assert_no_violations(page)


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
def test_search_results_page_has_no_axe_violation(new_page, width):
    page = new_page(width=width)
    response = page.goto("/recherche/?q=lieu")
    assert response.status == 200
    _assert_no_violations(page)


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
def test_not_found_page_has_no_axe_violation(new_page, width):
    page = new_page(width=width)
    response = page.goto("/page-qui-n-existe-pas/")
    assert response.status == 404
    _assert_no_violations(page)
