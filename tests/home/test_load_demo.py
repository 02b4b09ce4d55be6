"""load_demo builds the multilingual page tree and can run again without changing anything."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Revision

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def run_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_tree_in_four_languages(site):
    assert isinstance(site.root_page.specific, HomePage)
    homes = HomePage.objects.all()
    assert {home.locale.language_code for home in homes} == {"fr", "en", "ar", "es"}
    for home in homes:
        assert home.get_children().live().count() == 9
        assert all(child.locale_id == home.locale_id for child in home.get_children())
    assert StandardPage.objects.filter(locale__language_code="ar").count() == 4


def test_running_it_again_changes_nothing():
    before = (Page.objects.count(), Revision.objects.count())
    run_demo()
    assert (Page.objects.count(), Revision.objects.count()) == before


def test_it_repairs_what_an_editor_changed(site):
    contact = StandardPage.objects.get(locale__language_code="fr", slug="contact")
    contact.intro = "Texte modifié"
    contact.save_revision().publish()
    run_demo()
    contact.refresh_from_db()
    assert contact.intro.startswith("Une question")


@override_settings(DEBUG=True)
def test_development_admin_account_in_debug_only():
    output = run_demo()
    assert "admin / proxinum-admin" in output
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("proxinum-admin")


def test_no_known_password_account_when_debug_is_off():
    run_demo()
    assert not get_user_model().objects.filter(username="admin").exists()
