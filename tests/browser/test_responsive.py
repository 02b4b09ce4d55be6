"""The smallest phones (320 px wide) never need horizontal scrolling."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_no_horizontal_scroll_at_320px(new_page, path):
    page = new_page(width=320, height=640)
    page.goto(path)
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= 320, f"{path} is {scroll_width} px wide at 320 px"
