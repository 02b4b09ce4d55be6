"""Language switcher, translated slugs, sitemap and error pages in the visitor's language."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.site.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SWITCHER = re.compile(r'<nav class="languages".*?</nav>', re.S)
LINK = re.compile(r'<a href="([^"]+)"\s+lang="(\w+)"')
# The switcher's link to the French page inside the English interface, and where it really leads.
ENGLISH_INTERFACE_LINK = re.compile(r'href="/seulement-en-francais/\?interface=en"\s+lang="en"\s+hreflang="fr"')


def switcher_links(html):
    return {lang: url for url, lang in LINK.findall(SWITCHER.search(html).group(0))}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/lieux/", {"fr": "/lieux/", "en": "/en/places/", "ar": "/ar/amakin/", "es": "/es/lugares/"}),
        (
            "/en/legal-notice/",
            {
                "fr": "/mentions-legales/",
                "en": "/en/legal-notice/",
                "ar": "/ar/ishaar-qanuni/",
                "es": "/es/aviso-legal/",
            },
        ),
    ],
)
def test_switcher_links_to_each_translation_and_every_link_resolves(client, url, expected):
    links = switcher_links(client.get(url).content.decode())
    assert links == expected
    for target in links.values():
        assert client.get(target).status_code == 200


def test_switcher_leads_to_the_french_page_with_the_visitors_language_when_a_page_is_not_translated(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Seulement en français", slug="seulement-en-francais")
    links = switcher_links(client.get(page.url).content.decode())
    assert links == {
        "fr": "/seulement-en-francais/",
        "en": "/seulement-en-francais/?interface=en",
        "ar": "/seulement-en-francais/?interface=ar",
        "es": "/seulement-en-francais/?interface=es",
    }
    # The page in French, inside the Arabic interface, with a notice in Arabic.
    html = client.get(links["ar"]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "هذه الصفحة متوفرة باللغة الفرنسية فقط" in html
    content = html.split('<div lang="fr" dir="ltr">', 1)[1]
    assert "<h1>Seulement en français</h1>" in content
    # The switcher's link to French leaves the notice; hreflang says where each link really leads.
    links_from_arabic = switcher_links(html)
    assert links_from_arabic["fr"] == "/seulement-en-francais/"
    assert ENGLISH_INTERFACE_LINK.search(html)


def test_asking_for_a_language_a_page_is_translated_into_leads_to_the_translation(client):
    response = client.get("/mentions-legales/", {"interface": "ar"})
    assert response.status_code == 302 and response["Location"] == "/ar/ishaar-qanuni/"
    assert client.get("/mentions-legales/", {"interface": "xx"}).status_code == 200


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/lieux/?q=13500&radius=10&page=2", {"en": "/en/places/?q=13500&amp;radius=10"}),
        ("/recherche/?q=mail", {"es": "/es/buscar/?q=mail"}),
        ("/ressources/?theme=courriel", {"ar": "/ar/mawarid/?theme=courriel"}),
        ("/agenda/?type=atelier", {"en": "/en/events/?type=atelier"}),
    ],
)
def test_switcher_keeps_the_visitors_query_on_listings(client, url, expected):
    links = switcher_links(client.get(url).content.decode())
    for code, target in expected.items():
        assert links[code] == target, links


def test_a_content_page_does_not_carry_the_query_to_its_translation(client):
    links = switcher_links(client.get("/mentions-legales/", {"utm": "x"}).content.decode())
    assert links["en"] == "/en/legal-notice/"


def test_current_language_is_marked_in_the_switcher(client):
    html = client.get("/es/").content.decode()
    assert re.search(r'lang="es"[^>]*aria-current="true"', SWITCHER.search(html).group(0))


@pytest.mark.parametrize(
    ("url", "slug"),
    [("/lieux/", "lieux"), ("/en/places/", "places"), ("/es/lugares/", "lugares"), ("/ar/amakin/", "amakin")],
)
def test_sections_have_translated_slugs(client, url, slug):
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["page"].slug == slug


def test_sitemap_lists_every_language_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    for prefix in ["/en/", "/ar/", "/es/"]:
        assert any(prefix in loc for loc in locations), prefix
    assert any(loc.endswith("/mentions-legales/") for loc in locations)
    legal = next(u for u in root.findall("s:url", ns) if u.find("s:loc", ns).text.endswith("/mentions-legales/"))
    alternates = {link.get("hreflang"): link.get("href") for link in legal.findall("x:link", ns)}
    assert set(alternates) == {code for code, _ in settings.LANGUAGES} | {"x-default"}
    assert alternates["ar"].endswith("/ar/ishaar-qanuni/")
    assert alternates["x-default"] == alternates["fr"]


HEAD_ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">')
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def head_alternates(html):
    return dict(HEAD_ALTERNATE.findall(html.split("</head>", 1)[0]))


def sitemap_alternates(client):
    """{location: {hreflang: href}} of every URL of the sitemap."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.find("s:loc", SITEMAP_NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
        for url in root.findall("s:url", SITEMAP_NS)
    }


@pytest.mark.parametrize(
    ("url", "language"),
    [("/mentions-legales/", "fr"), ("/ar/ishaar-qanuni/", "ar"), ("/en/places/", "en"), ("/es/", "es")],
)
def test_head_alternates_are_absolute_with_x_default_and_match_the_sitemap(client, url, language):
    alternates = head_alternates(client.get(url).content.decode())
    assert set(alternates) == {code for code, _ in settings.LANGUAGES} | {"x-default"}
    for href in alternates.values():
        parts = urlsplit(href)
        assert parts.scheme in ("http", "https") and parts.netloc, href
    assert alternates["x-default"] == alternates["fr"]
    assert urlsplit(alternates[language]).path == url
    assert sitemap_alternates(client)[alternates[language]] == alternates


def test_a_page_in_one_language_has_no_alternates(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Seulement en français", slug="seulement-en-francais")
    html = client.get(page.url).content.decode()
    assert head_alternates(html) == {}
    # The switcher still offers English: the French page inside the English interface.
    assert ENGLISH_INTERFACE_LINK.search(html)


def test_unpublished_pages_are_not_in_the_sitemap(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Brouillon", slug="brouillon")
    page.unpublish()
    assert b"/brouillon/" not in client.get("/sitemap.xml").content


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/inconnue/", "fr", "ltr"), ("/ar/inconnue/", "ar", "rtl"), ("/en/nowhere/", "en", "ltr")],
)
def test_404_page_speaks_the_visitors_language(client, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 404
    assert f'<html lang="{lang}" dir="{direction}">' in response.content.decode()


def test_500_page_renders_in_the_active_language():
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("ar"):
        html = render_to_string("500.html")
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/ar/"' in html


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_favicon_redirects_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.ico")
