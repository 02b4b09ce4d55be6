"""Alternative text per use of an image: written on the page, in its language, translated with wagtail-localize."""

import json
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from wagtail.blocks import StructBlockValidationError
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from proxinum.blocks import FigureBlock, ImageUseBlock
from proxinum.image_alt_text import image_use
from tests.site.factories import ImageFactory, translate

from .factories import GuidePageFactory, TutorialPageFactory, tutorial_step

pytestmark = pytest.mark.django_db

DESCRIPTION = "Dessin d'un écran d'ordinateur avec un bouton vert"  # the image's own text, in French
FRENCH_ALT = "La flèche de la souris posée sur le bouton vert « Nouveau message »."
ENGLISH_ALT = "The mouse pointer on the green “New message” button."
ARABIC_ALT = "سهم الفأرة على الزر الأخضر «رسالة جديدة»."


def figure(image, alt_text, caption="", decorative=False):
    return {"type": "image", "value": {"image": image_use(image.pk, alt_text, decorative), "caption": caption}}


@pytest.fixture
def image():
    return ImageFactory(description=DESCRIPTION, file__width=800, file__height=500)


def step_images(html):
    return re.findall(r'<figure class="step__image">.*?(<img [^>]+>)', html, re.S)


def test_each_language_reads_the_alt_text_written_for_it(client, image):
    page = TutorialPageFactory(
        title="Écrire un message d'essai",
        steps=[
            tutorial_step("Cliquez sur Nouveau message", image=image, alt_text=FRENCH_ALT),
            tutorial_step("Écrivez"),
        ],
    )
    strings = {"Écrire un message d'essai": "Write a test message", FRENCH_ALT: ENGLISH_ALT}
    english = translate(page, "en", strings)
    arabic = translate(page, "ar", {FRENCH_ALT: ARABIC_ALT})

    [french_img] = step_images(client.get(page.url).content.decode())
    [english_img] = step_images(client.get(english.url).content.decode())
    [arabic_img] = step_images(client.get(arabic.url).content.decode())
    assert 'alt="La flèche de la souris posée sur le bouton vert « Nouveau message »."' in french_img
    assert 'alt="The mouse pointer on the green “New message” button."' in english_img
    assert f'alt="{ARABIC_ALT}"' in arabic_img
    # Written in the page's language: no lang="fr" marker, and never the image's French description.
    for img in (french_img, english_img, arabic_img):
        assert "lang=" not in img and DESCRIPTION not in img
    assert english.url.startswith("/en/")


def test_a_text_of_use_still_equal_to_the_image_description_is_marked_french(client, image):
    """Content migrated from the image's own text reads in French until translated: screen readers are told so."""
    page = TutorialPageFactory(
        title="Tutoriel migré",
        steps=[tutorial_step("Cliquez", image=image, alt_text=DESCRIPTION), tutorial_step("Terminez")],
    )
    english = translate(page, "en", {"Tutoriel migré": "Migrated tutorial"})
    [img] = step_images(client.get(english.url).content.decode())
    assert f'alt="{DESCRIPTION}"' in img.replace("&#x27;", "'") and 'lang="fr"' in img


def test_a_decorative_image_has_an_empty_alt_and_keeps_its_caption(client, image):
    guide = GuidePageFactory(
        title="Guide illustré (essai)",
        intro="Pour les aidants.",
        body=[
            {"type": "paragraph", "value": "<p>Installez-vous côte à côte.</p>"},
            figure(image, "", caption="Deux chaises devant un ordinateur.", decorative=True),
        ],
    )
    html = client.get(guide.url).content.decode()
    figure_html = re.search(r'<figure class="figure">.*?</figure>', html, re.S).group(0)
    img = re.search(r"<img [^>]+>", figure_html).group(0)
    assert 'alt=""' in img and "lang=" not in img
    assert "<figcaption>Deux chaises devant un ordinateur." in figure_html  # then the image's credit
    assert re.search(r'<source [^>]*srcset="[^"]+\.webp 360w', figure_html)  # still the responsive picture


def test_a_figure_reads_its_own_alt_text_and_caption(client, image):
    guide = GuidePageFactory(
        title="Guide avec figure (essai)",
        intro="Pour les aidants.",
        body=[figure(image, "Une conseillère montre l'écran.", caption="Au point numérique de Pau.")],
    )
    figure_html = re.search(r'<figure class="figure">.*?</figure>', client.get(guide.url).content.decode(), re.S)
    assert 'alt="Une conseillère montre l&#x27;écran."' in figure_html.group(0)
    assert "<figcaption>Au point numérique de Pau." in figure_html.group(0)


def test_wagtail_localize_offers_the_alt_text_to_translators(image):
    page = TutorialPageFactory(
        title="Tutoriel à traduire",
        steps=[tutorial_step("Cliquez", image=image, alt_text=FRENCH_ALT), tutorial_step("Terminez")],
    )
    guide = GuidePageFactory(
        title="Guide à traduire (essai)",
        intro="Pour les aidants.",
        body=[figure(image, "Une conseillère montre l'écran.", caption="Au point numérique.")],
    )
    strings = {
        segment.path: segment.render_text()
        for segment in extract_segments(page) + extract_segments(guide)
        if isinstance(segment, StringSegmentValue)
    }
    step_id = page.steps[0].id
    figure_id = guide.body[0].id
    assert strings[f"steps.{step_id}.image.alt_text"] == FRENCH_ALT
    assert strings[f"body.{figure_id}.image.alt_text"] == "Une conseillère montre l'écran."
    assert strings[f"body.{figure_id}.caption"] == "Au point numérique."
    # A step without an image gives translators nothing to translate.
    assert not any(path.startswith(f"steps.{page.steps[1].id}.image") for path in strings)


def test_an_image_needs_its_alt_text_unless_it_is_decorative(image):
    block = FigureBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image_use(image.pk, "  "), "caption": ""}))
    message = error.value.block_errors["image"].block_errors["alt_text"].messages[0]
    assert message == "Écrivez le texte alternatif de l'image, ou cochez « image décorative »."

    decorative = block.clean(block.to_python({"image": image_use(image.pk, "", decorative=True), "caption": ""}))
    assert decorative["image"].decorative and decorative["image"].contextual_alt_text == ""
    described = block.clean(block.to_python({"image": image_use(image.pk, "Un bus garé."), "caption": ""}))
    assert described["image"].contextual_alt_text == "Un bus garé."
    # The image of a step is optional.
    assert ImageUseBlock(required=False).clean(ImageUseBlock(required=False).to_python(image_use(None, ""))) is None


def test_editors_write_the_alt_text_in_the_page_and_in_its_translation(client, image):
    user = get_user_model().objects.create_superuser("redaction", "redaction@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    page = TutorialPageFactory(
        title="Tutoriel en édition",
        steps=[tutorial_step("Cliquez", image=image, alt_text=FRENCH_ALT), tutorial_step("Terminez")],
    )
    english = translate(page, "en", {FRENCH_ALT: ENGLISH_ALT})

    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    data = unescape(response.content.decode())  # the StreamField's definition and value, as JSON
    assert as_json("texte alternatif") in data and as_json("image décorative") in data  # our labels
    assert as_json(FRENCH_ALT) in data

    translation_editor = client.get(f"/admin/pages/{english.pk}/edit/")  # wagtail-localize's editor
    assert translation_editor.status_code == 200
    data = unescape(translation_editor.content.decode())
    assert as_json(FRENCH_ALT) in data and as_json(ENGLISH_ALT) in data


def as_json(text):
    """`text` as it is written inside JSON (non-ASCII characters escaped)."""
    return json.dumps(text)[1:-1]
