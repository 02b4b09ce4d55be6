"""load_demo builds the multilingual page tree from demo/data/ and can run again without changing anything."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Revision

from events.models import Registration
from home.models import HomePage, StandardPage
from places.models import MediationPlacePage
from proxinum.models import CustomImage, SiteSettings, SiteTexts
from resources.models import Theme, TutorialPage

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

DEMO_SECTION = {
    "fr": "Contenus de démonstration",
    "en": "Demonstration content",
    "ar": "محتوى تجريبي",
    "es": "Contenidos de demostración",
}


def run_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count() for model in (Page, Revision, CustomImage, Theme, SiteTexts, Registration)
    }


def test_demo_tree_in_four_languages(site):
    assert isinstance(site.root_page.specific, HomePage)
    homes = HomePage.objects.all()
    assert {home.locale.language_code for home in homes} == {"fr", "en", "ar", "es"}
    for home in homes:
        assert home.get_children().live().count() == 9
        assert all(child.locale_id == home.locale_id for child in home.get_children())
    assert StandardPage.objects.filter(locale__language_code="ar").count() == 4


def test_running_it_again_changes_nothing():
    before = counts()
    output = run_demo()
    assert counts() == before
    assert "0 demo registrations added" in output


def test_it_repairs_what_an_editor_changed(site):
    contact = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    contact.intro = "Texte modifié"
    contact.save_revision().publish()
    place = MediationPlacePage.objects.get(locale__language_code="fr", slug="cyber-base-orthez")
    place.summary = "Résumé modifié"
    place.save_revision().publish()
    tutorial = TutorialPage.objects.get(locale__language_code="fr", slug="creer-une-adresse-e-mail")
    tutorial.title = "Titre modifié"
    tutorial.save_revision().publish()

    run_demo()

    contact.refresh_from_db()
    place.refresh_from_db()
    tutorial.refresh_from_db()
    assert contact.intro.startswith("Une question")
    assert place.summary == "Ateliers pour débuter et pour éviter les arnaques sur internet."
    assert tutorial.title == "Créer une adresse e-mail"


def test_the_demo_gives_the_site_its_contact_details_and_texts_in_every_language(site):
    site_settings = SiteSettings.for_site(site)
    assert (site_settings.contact_phone, site_settings.contact_email) == (
        "+33 1 99 00 12 34",
        "contact@proxinum.example.org",
    )
    texts = {texts.locale.language_code: texts for texts in SiteTexts.objects.filter(site=site)}
    assert set(texts) == {"fr", "en", "ar", "es"}
    assert texts["fr"].contact_phone_hours == "Du lundi au vendredi, 9 h – 17 h"
    assert len({one.translation_key for one in texts.values()}) == 1
    assert all(one.contact_address.endswith("13500 Martigues") for one in texts.values())


@pytest.mark.parametrize(("language", "heading"), DEMO_SECTION.items())
def test_the_legal_notice_says_which_content_is_demonstration(language, heading):
    notice = StandardPage.objects.get(locale__language_code=language, translation_key=_legal_notice().translation_key)
    headings = [block.value["text"] for block in notice.body if block.block_type == "heading"]
    # After the publisher's section, before the open data one.
    assert headings.index(heading) == 1 and len(headings) == 3


def _legal_notice():
    return StandardPage.objects.get(locale__language_code="fr", slug="mentions-legales")


@override_settings(DEBUG=True)
def test_development_admin_account_in_debug_only():
    output = run_demo()
    assert "admin / proxinum-admin" in output
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("proxinum-admin")


def test_no_known_password_account_when_debug_is_off():
    run_demo()
    assert not get_user_model().objects.filter(username="admin").exists()
