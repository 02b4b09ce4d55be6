"""Everything essential works with JavaScript turned off: the header search form leads to results."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_header_search_works_without_javascript(new_page):
    page = new_page(java_script_enabled=False)
    response = page.goto("/")
    assert response.status == 200

    page.fill("#site-search-q", "accessibilite")
    with page.expect_navigation() as navigation:
        page.press("#site-search-q", "Enter")
    response = navigation.value

    assert response.status == 200
    assert "q=accessibilite" in page.url
    assert page.locator("main h2").filter(has_text=re.compile(r"\d+ résultats?")).count() == 1
