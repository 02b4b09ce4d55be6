"""Every public page type stays within 15 SQL queries once the caches are warm, whatever the language."""

import pytest

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15

PAGES = {
    "home": "/",
    "home (ar)": "/ar/",
    "standard page": "/mentions-legales/",
    "place finder": "/lieux/",
    "resource library": "/ressources/",
    "case studies": "/cas-inspirants/",
    "agenda": "/agenda/",
    "search": "/recherche/?q=accessibilite",
    "search (en)": "/en/search/?q=data",
    "not found": "/inconnue/",
}


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_page_query_budget_once_warm(client, django_assert_max_num_queries, url):
    client.get(url)  # warm: navigation, site root paths
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("url", ["/", "/mentions-legales/", "/recherche/?q=lieu"])
def test_page_weight_budget(client, url):
    """HTML + CSS + JS of a page (before content images) stay under 100 KiB."""
    import re

    from django.contrib.staticfiles import finders

    html = client.get(url).content
    total = len(html)
    for asset in re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html):
        with open(finders.find(asset.decode()), "rb") as handle:
            total += len(handle.read())
    assert total <= 100 * 1024, total
