"""The agenda in a real browser: accessibility of the agenda, an event and the registration form; registering."""

import pytest

from .helpers import violations_at_each_width, wait_until_a_person_could_send

pytestmark = pytest.mark.browser

AGENDA = {"fr": "/agenda/", "ar": "/ar/fa-aliyat/"}


def assert_no_violations(page):
    report = violations_at_each_width(page)
    assert not report, report


def event_with_form(page, agenda):
    """The first upcoming event of the agenda that takes registrations on the site."""
    page.goto(agenda)
    for href in page.locator(".card__title a").evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        page.goto(href)
        if page.locator("form[action*='inscription/']").count():
            return href
    raise AssertionError("no upcoming event with a registration form in the demo agenda")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_agenda_event_and_registration_form_have_no_axe_violation(new_page, language):
    """At 375 and 1280 px."""
    page = new_page(width=375)
    for url in [
        AGENDA[language],
        AGENDA[language] + "?periode=passes",
        AGENDA[language] + "?type=atelier&du=2020-01-01",
    ]:
        assert page.goto(url).status == 200
        assert_no_violations(page)
    event = event_with_form(page, AGENDA[language])
    assert page.goto(event).status == 200
    assert_no_violations(page)
    # The form with its errors shown is accessible too.
    page.locator("form[action*='inscription/'] button[type=submit]").click()
    assert page.locator(".error, .notice--error").count() >= 1
    assert_no_violations(page)


def test_registering_without_javascript_leads_to_the_personal_page(new_page):
    page = new_page(java_script_enabled=False)
    event = event_with_form(page, AGENDA["fr"])
    page.goto(event)
    page.get_by_label("Votre nom et prénom").fill("Camille Essai")
    page.get_by_label("Votre courriel").fill("camille.essai@example.org")
    page.get_by_label("J'accepte", exact=False).check()
    wait_until_a_person_could_send(page)  # faster submissions are refused as robots
    page.locator("form[action*='inscription/'] button[type=submit]").click()
    assert "/inscriptions/" in page.url, (page.url, page.locator(".error, .notice").all_inner_texts())
    assert page.get_by_role("status").inner_text().startswith("Camille Essai, ")
    # Cancelling is a button (a POST), so that a link opened by a mail scanner never cancels.
    page.get_by_role("button", name="Annuler mon inscription").click()
    assert page.get_by_role("status").inner_text() == "Cette inscription est annulée."
