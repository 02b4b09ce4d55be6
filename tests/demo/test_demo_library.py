"""The demo library (demo/data/resources/): complete tutorials, guides for aidants, a learning path, translations."""

import re
from io import BytesIO

import pytest
from PIL import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from demo import data
from demo.loaders import resources as library_loader
from proxinum.models import CustomImage
from proxinum.services import Service
from resources import illustrations
from resources.models import CaseStudyPage, GuidePage, LearningPathPage, Theme, TutorialPage

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

OTHER_LANGUAGES = ["en", "ar", "es"]
ARABIC = re.compile(r"[\u0600-\u06FF]")
# The guide, learning path and inspiring case translated for the browser tests: French slug -> translated slugs.
TRANSLATED_PAGES = {
    (GuidePage, "faire-pour-ou-faire-avec"): {
        "en": "doing-for-or-doing-with",
        "ar": "al-amal-niyaba-am-maa",
        "es": "hacer-por-o-hacer-con",
    },
    (LearningPathPage, "premiers-pas-avec-le-smartphone"): {
        "en": "first-steps-with-a-smartphone",
        "ar": "al-khutuwat-al-ula-maa-al-hatif-al-dhaki",
        "es": "primeros-pasos-con-el-smartphone",
    },
    (CaseStudyPage, "toulouse-mairie-bus"): {
        "en": "toulouse-town-hall-bus",
        "ar": "tuluz-hafilat-al-baladiya",
        "es": "toulouse-autobus-ayuntamiento",
    },
}


def french(model):
    return model.objects.live().filter(locale__language_code="fr")


def test_the_library_holds_tutorials_guides_and_a_learning_path():
    assert french(TutorialPage).count() >= 12
    assert french(GuidePage).count() >= 3
    assert french(LearningPathPage).count() == 1
    assert french(TutorialPage).filter(featured=True).count() == 3


def test_every_tutorial_is_complete():
    for page in french(TutorialPage):
        assert 4 <= len(page.step_blocks) <= 8, page.title
        assert page.listing_image is not None and page.listing_image.description.strip(), page.title
        assert page.themes.exists(), page.title
        assert page.devices, page.title
        assert page.listing_summary and page.intro and page.duration, page.title
        assert page.last_reviewed.year == 2026, page.title
        assert any(block.value["callouts"] for block in page.step_blocks), page.title


def test_several_tutorials_show_an_image_on_several_steps():
    with_images = [
        page for page in french(TutorialPage) if sum(1 for block in page.step_blocks if block.value["image"]) >= 3
    ]
    assert len(with_images) >= 2


def test_every_image_of_steps_and_easy_read_versions_has_alt_text_written_for_its_use():
    """Each use of an image has its own alternative text, in the page's language, not the image's own description."""
    uses = 0
    for page in TutorialPage.objects.select_related("locale"):
        images = [block.value["image"] for block in page.step_blocks if block.value["image"]]
        images += [block.value["image"] for block in page.easy_read if block.block_type == "image"]
        for image in images:
            assert image.description.strip(), f"{page.title}: {image.title}"
            assert not image.decorative and image.contextual_alt_text.strip(), f"{page.title}: {image.title}"
            assert image.contextual_alt_text != image.description, f"{page.title}: {image.title}"
            if page.locale.language_code == "ar":
                assert ARABIC.search(image.contextual_alt_text), f"{page.title}: {image.title}"
            uses += 1
    assert uses >= 26 + 3 * 11  # the French uses, and those of the three tutorials translated into en, ar and es


def test_one_tutorial_has_an_easy_read_version():
    easy = [page for page in french(TutorialPage) if page.easy_read]
    assert easy
    kinds = {block.block_type for block in easy[0].easy_read}
    assert {"heading", "paragraph", "image"} <= kinds


def test_prerequisites_point_to_live_tutorials():
    pages = list(french(TutorialPage))
    prerequisites = [(page, item.tutorial) for page in pages for item in page.prerequisites.all()]
    assert len(prerequisites) >= 5
    for page, tutorial in prerequisites:
        assert tutorial.live and tutorial.pk != page.pk
    email = TutorialPage.objects.get(locale__language_code="fr", slug="creer-une-adresse-e-mail")
    attach = TutorialPage.objects.get(locale__language_code="fr", slug="joindre-un-document-a-un-e-mail")
    assert [item.tutorial for item in attach.prerequisites.all()] == [email]


def test_guides_are_for_aidants_with_tutorials_and_place_services():
    services = {str(value) for value in Service.values}
    for guide in french(GuidePage):
        assert guide.audience == "aidants"
        kinds = {block.block_type for block in guide.body}
        assert {"heading", "paragraph", "callout"} <= kinds, guide.title
        tutorials = [item.tutorial for item in guide.related_tutorials.all()]
        assert tutorials and all(tutorial.live for tutorial in tutorials), guide.title
        assert guide.related_services and set(guide.related_services) <= services, guide.title
        assert guide.listing_image.description.strip()


def test_the_learning_path_lists_tutorials_in_order():
    path = french(LearningPathPage).get()
    steps = list(path.path_steps.all())
    assert 5 <= len(steps) <= 6
    assert all(step.tutorial.live and step.note for step in steps)
    assert steps[0].tutorial.slug == "se-connecter-a-un-reseau-wifi"


def test_tutorials_are_translated_with_their_titles_and_slugs():
    translated = 0
    for page in french(TutorialPage):
        versions = {other.locale.language_code: other for other in page.get_translations().live()}
        if set(OTHER_LANGUAGES) <= set(versions):
            for code in OTHER_LANGUAGES:
                assert versions[code].title != page.title and versions[code].slug != page.slug
            assert ARABIC.search(versions["ar"].title) and ARABIC.search(versions["ar"].intro)
            translated += 1
    assert translated >= 3
    assert TutorialPage.objects.filter(locale__language_code="en", slug="create-an-email-address").exists()


def assert_every_segment_is_translated(translations):
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done, f"{translation.source.object_repr} → {translation.target_locale}"


def test_every_segment_of_the_translated_tutorials_is_translated():
    translations = Translation.objects.filter(source__specific_content_type__model="tutorialpage")
    assert translations.count() >= 9
    assert_every_segment_is_translated(translations)


@pytest.mark.parametrize(("model", "slug"), list(TRANSLATED_PAGES), ids=[slug for _model, slug in TRANSLATED_PAGES])
def test_a_guide_the_learning_path_and_a_case_are_translated(model, slug):
    page = model.objects.get(locale__language_code="fr", slug=slug)
    versions = {other.locale.language_code: other for other in page.get_translations().live().specific()}
    assert set(OTHER_LANGUAGES) <= set(versions)
    for code in OTHER_LANGUAGES:
        assert versions[code].slug == TRANSLATED_PAGES[model, slug][code]
        assert versions[code].title != page.title
    assert ARABIC.search(versions["ar"].title)
    assert ARABIC.search(versions["ar"].problem if model is CaseStudyPage else versions["ar"].intro)
    translations = Translation.objects.filter(source__object_id=page.translation_key)
    assert {translation.target_locale.language_code for translation in translations} == set(OTHER_LANGUAGES)
    assert_every_segment_is_translated(translations)


def test_the_learning_path_notes_are_translated():
    """wagtail-localize copies the path's inline rows from the French page: the demo translates their notes."""
    path = french(LearningPathPage).get()
    notes = [step.note for step in path.path_steps.all()]
    for other in path.get_translations().live().specific():
        steps = list(other.path_steps.all())
        assert [step.tutorial_id for step in steps] == [step.tutorial_id for step in path.path_steps.all()]
        assert all(step.note and step.note not in notes for step in steps), other.locale
        if other.locale.language_code == "ar":
            assert all(ARABIC.search(step.note) for step in steps)


def test_themes_are_translated():
    themes = Theme.objects.filter(locale__language_code="fr")
    assert themes.count() == 10
    for theme in themes:
        translations = {other.locale.language_code: other for other in theme.get_translations()}
        assert set(OTHER_LANGUAGES) <= set(translations), theme.slug
        for code in OTHER_LANGUAGES:
            assert translations[code].slug == theme.slug
            assert translations[code].description != theme.description
        assert ARABIC.search(translations["ar"].name)


def test_illustrations_are_deterministic_pngs():
    png = illustrations.png_bytes("sms-arnaque")
    assert png == illustrations.png_bytes("sms-arnaque")
    assert Image.open(BytesIO(png)).size == (800, 500)
    assert set(data.single("resources/illustrations.yaml")) <= set(illustrations.DRAWINGS)


def test_running_it_again_creates_nothing():
    def counts():
        return Page.objects.count(), Revision.objects.count(), CustomImage.objects.count(), Theme.objects.count()

    before = counts()
    library_loader.load(log=lambda message: None)
    assert counts() == before
