"""Registering on a phone (375 px), in French and Arabic: the "S'inscrire" link near the title, the error summary that
gets the focus (with and without JavaScript), a registration with a phone number only, the confirmation page with its
booking code, and cancelling with the code; axe-core finds no violation on the form, its errors, the confirmation and
the cancelling page, at 375 px and 1280 px.
"""

import re

import pytest

from .helpers import axe_all_violations, format_violations, wait_until_a_person_could_send

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
# The demo workshop translated into Arabic, at the Médiathèque Louis-Aragon.
WORKSHOP = {
    "fr": "/agenda/atelier-bien-utiliser-son-smartphone/",
    "ar": "/ar/fa-aliyat/warsha-istimal-al-hatif-al-dhaki/",
}
NAMES = {"fr": "Camille Sans-Courriel", "ar": "ليلى بلا بريد"}
FORM = "form.registration-form"

ON_SCREEN = """(selector) => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, focused: document.activeElement === el, viewport: window.innerHeight};
}"""

# Fills the form in and sends it at once, as a browser's autofill may; returns how long after the page arrived (ms).
AUTOFILL_AND_SEND = """(values) => {
  const form = document.querySelector(values.form);
  form.querySelector("#id_name").value = values.name;
  form.querySelector("#id_phone").value = values.phone;
  form.querySelector("#id_consent").checked = true;
  const sentAfter = performance.now() - performance.getEntriesByType("navigation")[0].responseStart;
  form.querySelector("button[type=submit]").click();
  return Math.round(sentAfter);
}"""


def assert_no_violations(page):
    """axe-core at 375 px, then at 1280 px; the page is left at the phone's size."""
    for width, height in [(PHONE["width"], PHONE["height"]), (1280, 800)]:
        page.set_viewport_size({"width": width, "height": height})
        violations = axe_all_violations(page)
        assert not violations, f"{page.url} at {width} px\n{format_violations(violations)}"
    page.set_viewport_size(PHONE)


def submit(page):
    with page.expect_navigation():
        page.locator(f"{FORM} button[type=submit]").click()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_registering_with_a_phone_number_on_a_phone(new_page, language):
    page = new_page(**PHONE)
    assert page.goto(WORKSHOP[language]).status == 200

    # "S'inscrire" is on the first screen, under the title; the form is screens below, and the link leads there.
    link = page.evaluate(ON_SCREEN, ".event__register a[href='#inscription']")
    assert link is not None and link["top"] >= 0 and link["bottom"] <= link["viewport"], link
    assert page.evaluate(ON_SCREEN, "h1")["bottom"] <= link["top"]
    assert page.evaluate(ON_SCREEN, "#inscription")["top"] > link["viewport"]
    page.locator(".event__register a").click()
    page.wait_for_url(re.compile(r"#inscription$"))
    box = page.evaluate(ON_SCREEN, "#inscription")
    assert box["focused"] and -1 <= box["top"] < box["viewport"] / 2, box
    assert_no_violations(page)

    # An empty form: the summary of the errors is focused, at the top of the form, each error a link to its field.
    wait_until_a_person_could_send(page)
    submit(page)
    assert page.url.endswith("#erreurs"), page.url
    summary = page.evaluate(ON_SCREEN, "#erreurs")
    assert summary["focused"] and -1 <= summary["top"] < summary["viewport"], summary
    links = page.locator("#erreurs .error-summary a")
    assert links.evaluate_all("links => links.map(link => link.getAttribute('href'))") == [
        "#id_name",
        "#id_phone",
        "#id_consent",
    ]
    if language == "fr":
        assert page.locator("#erreurs-titre").inner_text() == "Le formulaire contient 3 erreurs"
    assert_no_violations(page)
    links.first.click()
    assert page.evaluate("() => document.activeElement.id") == "id_name"

    # A phone number only.
    page.locator("#id_name").fill(NAMES[language])
    page.locator("#id_phone").fill("06 12 34 56 78")
    page.locator("#id_consent").check()
    wait_until_a_person_could_send(page)
    submit(page)
    assert "/inscriptions/" in page.url, (page.url, page.locator(".error, .notice").all_inner_texts())
    assert page.get_by_role("status").inner_text().startswith(NAMES[language])
    code = page.locator(".booking-code__value").inner_text()
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", code), code
    assert page.locator("a[href$='/calendrier/'][download]").count() == 1
    assert page.locator(".facts dd a[href*='mediatheque-louis-aragon']").count() == 1  # the place, named and linked
    assert_no_violations(page)

    # Cancelling with the code and the phone number, written otherwise.
    cancel_link = page.locator("a[href$='/annuler/']")
    assert cancel_link.count() == 1
    cancel_link.click()
    page.wait_for_url(re.compile(r"/annuler/$"))
    assert_no_violations(page)
    page.locator("#id_code").fill(code.lower().replace("-", " "))
    page.locator("#id_contact").fill("+33 6 12 34 56 78")
    with page.expect_navigation():
        page.locator("form.registration button[type=submit]").click()
    assert "/inscriptions/" in page.url
    assert page.get_by_role("status").count() == 1
    assert page.locator(".booking-code").count() == 0  # cancelled: no code to keep


def test_error_summary_gets_the_focus_without_javascript(new_page):
    page = new_page(java_script_enabled=False, **PHONE)
    page.goto(WORKSHOP["fr"] + "inscription/")
    page.locator("#id_name").fill("Dominique Sans-Script")
    wait_until_a_person_could_send(page)
    submit(page)
    summary = page.evaluate(ON_SCREEN, "#erreurs")
    assert summary["focused"] and -1 <= summary["top"] < summary["viewport"], summary
    assert page.locator("#erreurs-titre").inner_text() == "Le formulaire contient 2 erreurs"
    assert page.locator("#id_name").input_value() == "Dominique Sans-Script"  # what was typed stays


def test_a_submission_faster_than_autofill_allows_says_to_wait_and_keeps_the_values(new_page):
    page = new_page(**PHONE)
    page.goto(WORKSHOP["fr"] + "inscription/", wait_until="domcontentloaded")
    with page.expect_navigation():
        sent_after_ms = page.evaluate(
            AUTOFILL_AND_SEND, {"form": FORM, "name": "Sacha Rapide", "phone": "06 98 76 54 32"}
        )
    notice = page.locator("#erreurs .notice")
    assert notice.count() == 1, f"{page.url}: sent {sent_after_ms} ms after the page arrived, and not refused"
    assert notice.inner_text().startswith("Votre inscription n'est pas encore enregistrée."), notice.inner_text()
    assert page.locator(".error-summary").count() == 0
    assert page.locator("#id_phone").input_value() == "06 98 76 54 32"
    assert page.locator("#id_consent").is_checked()
    wait_until_a_person_could_send(page)
    submit(page)
    assert "/inscriptions/" in page.url, page.locator(".notice").all_inner_texts()
