"""Header and footer: navigation in the visitor's language, footer obligations, cache cleared on changes."""

import re

import pytest
from django.apps import apps
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from proxinum import registry
from proxinum.models import SiteSettings
from proxinum.models.settings import AccessibilityStatus
from proxinum.registry import NavigationSection, collect, navigation_sections

pytestmark = pytest.mark.django_db


def test_main_navigation_points_to_the_sections_in_the_visitors_language(client):
    html = client.get("/es/").content.decode()
    for url in ["/es/lugares/", "/es/recursos/", "/es/casos-inspiradores/", "/es/agenda/"]:
        assert f'href="{url}"' in html
    assert 'action="/es/buscar/#resultats"' in html


def test_current_section_is_marked(client):
    html = client.get("/ressources/").content.decode()
    assert '<a href="/ressources/" aria-current="page">' in html


def test_layout_has_skip_link_search_box_and_landmarks(client):
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#contenu">' in html
    assert '<main id="contenu"' in html
    assert 'role="search"' in html and 'name="q"' in html
    assert "<header" in html and "<footer" in html


def test_footer_links_and_compulsory_accessibility_mention(client):
    html = client.get("/").content.decode()
    for url in ["/mentions-legales/", "/donnees-personnelles/", "/accessibilite/", "/contact/"]:
        assert f'href="{url}"' in html
    assert "Accessibilité : partiellement conforme" in html
    english = client.get("/en/").content.decode()
    assert 'href="/en/legal-notice/"' in english and 'href="/en/accessibility/"' in english


def test_accessibility_status_is_editable_and_shown_at_once(client, site):
    settings = SiteSettings.for_site(site)
    settings.accessibility_status = AccessibilityStatus.NON_COMPLIANT
    settings.save()
    assert "Accessibilité : non conforme" in client.get("/").content.decode()


def test_footer_follows_a_renamed_page_after_publication(client, site):
    client.get("/")  # warm the navigation cache
    legal = SiteSettings.for_site(site).legal_notice_page.specific
    legal.title = "Informations légales"
    legal.save_revision().publish()
    assert "Informations légales" in client.get("/").content.decode()


def test_footer_drops_an_unpublished_page(client, site):
    client.get("/")
    SiteSettings.for_site(site).privacy_page.specific.unpublish()
    assert 'href="/donnees-personnelles/"' not in client.get("/").content.decode()


def test_contact_details_come_from_site_settings(client, site):
    settings = SiteSettings.for_site(site)
    settings.contact_phone = "+33 4 42 00 11 22"
    settings.contact_email = "aide@ville.example.org"
    settings.save()
    html = client.get("/").content.decode()
    assert 'href="tel:+33442001122"' in html
    assert 'href="mailto:aide@ville.example.org"' in html


# Sections declared by the apps (site/registry.py) -------------------------------------------------------------


@pytest.fixture
def declare(monkeypatch):
    """Change what an installed app declares, for one test; the registry reads the declarations again."""

    def declare(app_label, **declarations):
        config = apps.get_app_config(app_label)
        for name, value in declarations.items():
            monkeypatch.setattr(config, name, value, raising=False)
        registry.clear_cache()

    yield declare
    monkeypatch.undo()
    registry.clear_cache()


def main_menu(html):
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<li><a href="([^"]+)"[^>]*>([^<]+)</a>', menu)


def test_the_main_menu_shows_the_sections_the_apps_declare_in_their_declared_order(client):
    assert main_menu(client.get("/").content.decode()) == [
        ("/lieux/", "Trouver un lieu"),
        ("/ressources/", "Ressources"),
        ("/cas-inspirants/", "Cas inspirants"),
        ("/agenda/", "Agenda"),
    ]


def test_a_section_an_app_declares_joins_the_menu_at_its_declared_order(client, declare):
    # The home app declares its search page with a menu label, between the resources (20) and the cases (30).
    declare(
        "home", navigation_sections=[NavigationSection("search", "home.SearchPage", order=25, menu_label="Chercher")]
    )
    html = client.get("/").content.decode()
    assert [label for _url, label in main_menu(html)] == [
        "Trouver un lieu",
        "Ressources",
        "Chercher",
        "Cas inspirants",
        "Agenda",
    ]
    assert ("/recherche/", "Chercher") in main_menu(html)
    assert 'action="/recherche/#resultats"' in html  # the header's search box still finds the search page


def test_a_section_no_app_declares_any_more_is_gone(client, declare):
    declare("events", navigation_sections=[])
    html = client.get("/").content.decode()
    assert "/agenda/" not in [url for url, _label in main_menu(html)]
    assert [label for _url, label in main_menu(html)] == ["Trouver un lieu", "Ressources", "Cas inspirants"]


def test_the_declared_order_wins_over_the_order_of_installed_apps_and_apps_may_declare_nothing():
    configs = list(apps.get_app_configs())
    assert [section.key for section in navigation_sections()] == ["places", "resources", "cases", "agenda", "search"]
    assert collect("navigation_sections", reversed(configs)) == navigation_sections()
    # Most installed apps (Wagtail's, Django's, taggit...) declare nothing.
    assert not hasattr(apps.get_app_config("taggit"), "navigation_sections")
    assert collect("navigation_sections", [apps.get_app_config("taggit")]) == []


def test_two_apps_cannot_declare_the_same_section(declare):
    declare("proxinum", navigation_sections=[NavigationSection("places", "home.StandardPage", order=1)])
    with pytest.raises(ImproperlyConfigured, match="places"):
        navigation_sections()


def test_manage_py_check_reports_a_declared_page_type_that_does_not_exist_and_a_key_declared_twice(declare):
    declare("home", navigation_sections=[NavigationSection("search", "home.SerchPage", order=90)])
    errors = [error for error in checks.run_checks() if error.id.startswith("proxinum.")]
    assert [(error.id, error.msg) for error in errors] == [
        ("proxinum.E002", "« home.SerchPage » n'est pas un type de page installé.")
    ]
    declare("proxinum", navigation_sections=[NavigationSection("places", "home.StandardPage", order=1)])
    errors = [error for error in checks.run_checks() if error.id.startswith("proxinum.")]
    assert [error.id for error in errors] == ["proxinum.E001"] and "places" in errors[0].msg
