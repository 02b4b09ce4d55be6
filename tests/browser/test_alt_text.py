"""Images read their alternative text in the page's language (per use, translated with the page), at 375 px."""

import pytest

from .helpers import axe_all_violations, format_violations

pytestmark = pytest.mark.browser

# The demo tutorial « Créer une adresse e-mail » and its translations; the alternative text of its second step's image.
TUTORIAL = {
    "fr": "/ressources/creer-une-adresse-e-mail/",
    "en": "/en/resources/create-an-email-address/",
    "ar": "/ar/mawarid/insha-unwan-barid-iliktruni/",
}
ALT_TEXT = {
    "fr": "La flèche de la souris posée sur le bouton vert qui crée le compte.",
    "en": "The mouse pointer on the green button that creates the account.",
    "ar": "سهم الفأرة على الزر الأخضر الذي يُنشئ الحساب.",
}
IMAGE_DESCRIPTION = "Dessin d'un écran d'ordinateur avec un bouton vert et la flèche de la souris posée dessus."


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_step_images_speak_the_language_of_the_page(new_page, language):
    page = new_page(width=375)
    response = page.goto(TUTORIAL[language])
    assert response.status == 200
    assert page.get_attribute("html", "lang") == language

    images = page.locator(".step__image img")
    alts = images.evaluate_all("images => images.map(image => image.getAttribute('alt'))")
    assert len(alts) == 4 and all(alt.strip() for alt in alts)
    assert alts[0] == ALT_TEXT[language]
    assert IMAGE_DESCRIPTION not in alts  # written for this use, not the image's own (French) description
    # No lang="fr" on the images: their text is in the page's language. Assistive technologies name them with it.
    assert images.evaluate_all("images => images.filter(image => image.hasAttribute('lang')).length") == 0
    assert page.get_by_role("img", name=ALT_TEXT[language], exact=True).count() == 1

    violations = axe_all_violations(page)
    assert not violations, f"{page.url}\n{format_violations(violations)}"
