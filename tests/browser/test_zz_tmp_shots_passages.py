import pytest
pytestmark = pytest.mark.browser
def test_shots(new_page):
    page = new_page(width=375, height=800)
    page.goto("/lieux/mairiebus-martigues/arret-carro/")
    page.locator("#place-hours").scroll_into_view_if_needed()
    page.locator("section[aria-labelledby=place-hours]").screenshot(path="/tmp/shot_stop.png")
    page.goto("/lieux/mairiebus-martigues/")
    page.locator("section[aria-labelledby=tour-today]").screenshot(path="/tmp/shot_tour_today.png")
    page.locator("ol.stop-list > li").first.screenshot(path="/tmp/shot_tour_stop.png")
    page.goto("/lieux/mairiebus-martigues/arret-la-couronne/")
    page.locator("section[aria-labelledby=place-hours]").screenshot(path="/tmp/shot_weekly.png")
