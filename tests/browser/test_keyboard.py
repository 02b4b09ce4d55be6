"""Keyboard only: Tab reaches the skip link first, then the language switcher and the site search, all visibly focused."""

import pytest

from .helpers import FOCUSED_ELEMENT, has_focus_indicator

pytestmark = pytest.mark.browser

MAX_TABS = 40


def _tab_through(page):
    """Press Tab until the focus has reached the search input and a language link; return every focused element."""
    seen = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_ELEMENT)
        if focused is None:
            continue
        seen.append(focused)
        reached_search = any(item["id"] == "site-search-q" for item in seen)
        reached_languages = any(item["inLanguages"] for item in seen)
        if reached_search and reached_languages:
            break
    return seen


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_tab_reaches_skip_link_search_and_language_switcher(page, path):
    page.goto(path)
    seen = _tab_through(page)
    order = [f"{item['tag']}#{item['id']} {item['text'][:30]!r}" for item in seen]

    assert seen, "Tab never moved the focus"
    first = seen[0]
    assert first["skipLink"] and first["href"] == "#contenu", f"The first Tab stop is not the skip link: {order}"
    if path == "/":
        assert first["text"] == "Aller au contenu"
    assert any(item["inLanguages"] for item in seen), f"Tab never reached the language switcher: {order}"
    assert any(item["id"] == "site-search-q" for item in seen), f"Tab never reached the site search: {order}"

    for item in seen:
        assert item["focusVisible"], f"{item['tag']} {item['text'][:30]!r} does not match :focus-visible"
        assert has_focus_indicator(item), f"No visible focus indicator on {item}"


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_skip_link_moves_focus_to_main_content(new_page, path):
    page = new_page(width=375, height=640)
    page.goto(path)
    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert skip_link.is_visible()
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0, "The focused skip link is off screen"

    page.keyboard.press("Enter")
    page.wait_for_function("() => location.hash === '#contenu'")
    assert page.evaluate("() => document.activeElement && document.activeElement.id") == "contenu"
    # The header is now out of the way: main content starts at (or above) the top of the viewport.
    assert page.evaluate("() => Math.round(document.getElementById('contenu').getBoundingClientRect().top)") <= 1
