"""Arabic is laid out right to left: the brand sits on the right, the language switcher on the left."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("path", "direction"), [("/", "ltr"), ("/ar/", "rtl")])
def test_header_follows_text_direction(page, path, direction):
    page.goto(path)
    assert page.evaluate("() => document.documentElement.dir") == direction

    brand = page.locator(".site-header .brand").bounding_box()
    languages = page.locator(".site-header nav.languages").bounding_box()
    if direction == "rtl":
        assert brand["x"] > languages["x"], f"brand {brand} should be right of the language switcher {languages}"
    else:
        assert brand["x"] < languages["x"], f"brand {brand} should be left of the language switcher {languages}"
