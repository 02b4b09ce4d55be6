"""The resource library in a real browser: accessibility in French and Arabic, printed handouts, path progress."""

import pytest

from .helpers import violations_at_each_width

pytestmark = pytest.mark.browser

LIBRARY = {"fr": "/ressources/", "ar": "/ar/mawarid/"}
CASES = {"fr": "/cas-inspirants/", "ar": "/ar/tajarib-mulhima/"}


def first_link(page, listing, card_type=None):
    """The URL of the first card of a listing (optionally filtered by type), as a visitor would click it."""
    separator = "&" if "?" in listing else "?"
    page.goto(listing + (f"{separator}type={card_type}" if card_type else ""))
    link = page.locator(".card__title a").first
    return link.get_attribute("href")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_library_pages_have_no_axe_violation(new_page, language):
    """At 375 and 1280 px."""
    page = new_page(width=375)
    urls = {
        "library": LIBRARY[language],
        "library filtered": LIBRARY[language] + "?type=tutorialpage&niveau=je-decouvre&tri=az",
        "tutorial": first_link(page, LIBRARY[language], "tutorialpage"),
        "guide": first_link(page, LIBRARY[language], "guidepage"),
        "learning path": first_link(page, LIBRARY[language], "learningpathpage"),
        "cases": CASES[language],
        "case": first_link(page, CASES[language]),
    }
    for name, url in urls.items():
        response = page.goto(url)
        assert response.status == 200, (name, url)
        if language == "ar":
            assert page.get_attribute("html", "dir") == "rtl"
        report = violations_at_each_width(page)
        assert not report, report


def test_arabic_tutorial_exists_and_reads_right_to_left(new_page):
    page = new_page()
    url = first_link(page, LIBRARY["ar"] + "?langue=ar", "tutorialpage")
    assert url and url.startswith("/ar/mawarid/")
    page.goto(url)
    assert page.get_attribute("html", "lang") == "ar"
    assert page.locator(".step").count() >= 2


def test_tutorial_prints_as_a_handout_without_navigation(new_page):
    page = new_page(width=1280)
    url = first_link(page, LIBRARY["fr"], "tutorialpage")
    page.goto(url)
    step_titles = page.locator(".step h2").all_inner_texts()
    assert len(step_titles) >= 2
    # On screen: the print button (JavaScript) is offered, the handout footer is not shown.
    assert page.get_by_role("button", name="Imprimer la fiche").is_visible()
    assert not page.locator(".handout-footer").is_visible()

    page.emulate_media(media="print")
    for hidden in [
        ".site-header",
        ".site-footer",
        ".breadcrumb",
        ".main-nav",
        ".languages",
        ".need-help",
        "[data-print]",
    ]:
        assert page.locator(hidden).first.is_hidden(), hidden
    # Every step is printed, with the way back to the page.
    assert page.locator(".step h2").all_inner_texts() == step_titles
    for index in range(len(step_titles)):
        assert page.locator(".step").nth(index).is_visible()
    assert page.locator(".handout-footer .qr svg").is_visible()
    assert "/r/" in page.locator(".handout-footer__url").inner_text()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def test_learning_path_progress_stays_in_the_browser(new_page):
    page = new_page()
    url = first_link(page, LIBRARY["fr"], "learningpathpage")
    requests = []
    page.on("request", lambda request: requests.append(request.method))
    page.goto(url)
    boxes = page.locator(".path input[type=checkbox]")
    total = boxes.count()
    assert total >= 2
    progress = page.locator(".path-progress")
    assert progress.inner_text() == f"Étapes terminées : 0 sur {total}"

    boxes.nth(0).check()
    boxes.nth(1).check()
    boxes.nth(1).uncheck()
    assert progress.inner_text() == f"Étapes terminées : 1 sur {total}"
    assert "POST" not in requests  # nothing sent anywhere

    page.reload()
    assert page.locator(".path input[type=checkbox]").nth(0).is_checked()
    assert not page.locator(".path input[type=checkbox]").nth(1).is_checked()
    assert page.locator(".path-progress").inner_text() == f"Étapes terminées : 1 sur {total}"


def test_library_filters_work_without_javascript(new_page):
    page = new_page(java_script_enabled=False)
    page.goto(LIBRARY["fr"])
    page.locator(".finder__filters > summary").click()
    page.locator("input[name=type][value=guidepage]").check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    assert "type=guidepage" in page.url
    kinds = page.locator(".card__kind").all_inner_texts()
    assert kinds and set(kinds) == {"Guide pour les aidants"}
