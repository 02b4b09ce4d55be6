"""Four languages on a 375 px phone: in Arabic, numbers read in the right order and lists use the Arabic comma; the
language switcher keeps what the visitor searched; a page that exists only in French is shown in French, inside the
visitor's interface, with a notice; the footer speaks each language.
"""

from urllib.parse import urlsplit

import pytest

from .helpers import axe_all_violations, format_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 812}
PLACE_AR = "/ar/amakin/mediatheque-louis-aragon-martigues/"
TUTORIAL_AR = "/ar/mawarid/insha-unwan-barid-iliktruni/"
TOUR = "/lieux/mairiebus-martigues/"

# The on-screen order of a phone number's digit groups inside `selector`: their x positions, left to right, and
# the direction the browser computed for the element that holds them.
DIGIT_GROUPS = """(selector) => {
  const holder = document.querySelector(selector);
  if (!holder) return null;
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  const groups = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const pattern = /\\d+/g;
    let match;
    while ((match = pattern.exec(node.data))) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      groups.push({text: match[0], x: box.left, y: Math.round(box.top)});
    }
  }
  return {groups, direction: getComputedStyle(holder).direction, text: holder.textContent.trim()};
}"""


def _assert_reads_left_to_right(page, selector):
    found = page.evaluate(DIGIT_GROUPS, selector)
    assert found and found["groups"], f"No number in {selector}"
    assert found["direction"] == "ltr", f"{selector} is not isolated left to right: {found}"
    line = [group for group in found["groups"] if group["y"] == found["groups"][0]["y"]]
    xs = [group["x"] for group in line]
    assert xs == sorted(xs), f"{found['text']!r} reads in the wrong order on screen: {line}"
    return found["text"]


def test_arabic_phone_numbers_read_in_the_right_order_on_the_page_the_footer_and_the_handout(new_page):
    page = new_page(**PHONE)
    page.goto(PLACE_AR)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert _assert_reads_left_to_right(page, ".contact-list a[href^='tel:'] bdi") == "01 99 00 12 34"
    assert _assert_reads_left_to_right(page, ".site-footer a[href^='tel:'] bdi") == "+33 1 99 00 12 34"
    assert _assert_reads_left_to_right(page, ".place-address bdi").endswith("Martigues")

    # The printed handout of a tutorial, in Arabic.
    page.goto(TUTORIAL_AR)
    page.emulate_media(media="print")
    assert _assert_reads_left_to_right(page, ".handout-footer p:last-child bdi") == "+33 1 99 00 12 34"
    assert "/r/" in _assert_reads_left_to_right(page, ".handout-footer__url bdi")


def test_arabic_lists_use_the_arabic_comma(new_page):
    page = new_page(**PHONE)
    page.goto(PLACE_AR)
    values = page.locator("dl.facts dd").all_inner_texts()
    listed = [value for value in values if "\u060c" in value]
    assert listed, f"No list with the Arabic comma: {values}"
    assert not [value for value in values if ", " in value], values


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("/lieux/?q=13500#resultats", "/ar/amakin/?q=13500"),
        ("/recherche/?q=mail", "/ar/bahth/?q=mail"),
    ],
)
def test_the_switcher_keeps_the_query(new_page, start, expected):
    page = new_page(**PHONE)
    page.goto(start)
    with page.expect_navigation():
        page.locator("nav.languages a[lang=ar]").click()
    parts = urlsplit(page.url)
    assert f"{parts.path}?{parts.query}" == expected
    assert page.locator("#resultats").count() == 1


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_page_only_in_french_is_shown_in_french_with_a_notice_in_the_visitors_language(new_page, language):
    page = new_page(**PHONE)
    page.goto(TOUR)
    with page.expect_navigation():
        page.locator(f"nav.languages a[lang={language}]").click()
    assert urlsplit(page.url).path == TOUR, "The visitor was sent elsewhere than the French page"
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    notice = page.locator(".only-in-french")
    assert notice.is_visible()
    assert "français" not in notice.inner_text().lower() or language == "fr"
    content = page.locator("main [lang=fr]").first
    assert content.locator("h1").inner_text() == "MairieBus de Martigues"
    violations = axe_all_violations(page)
    assert not violations, format_violations(violations)


@pytest.mark.parametrize(
    ("home", "hours"),
    [
        ("/", "Du lundi au vendredi"),
        ("/en/", "Monday to Friday"),
        ("/ar/", "من الاثنين إلى الجمعة"),
        ("/es/", "De lunes a viernes"),
    ],
)
def test_the_footer_in_each_language(new_page, home, hours):
    page = new_page(**PHONE)
    page.goto(home)
    footer = page.locator(".site-footer").inner_text()
    assert hours in footer
    if home != "/":
        assert "Réseau d'inclusion numérique de proximité" not in footer
