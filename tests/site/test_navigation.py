"""Header and footer: navigation in the visitor's language, footer obligations, cache cleared on changes."""

import pytest

from proxinum.models import SiteSettings
from proxinum.models.settings import AccessibilityStatus

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
