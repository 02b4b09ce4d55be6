"""Every public page type stays within 15 SQL queries once the caches are warm, whatever the language."""

import pytest

from benchmarks.measure import page_weight

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
    "finder with results": "/lieux/?q=13500&service=aide-aux-demarches-administratives",
    "finder (ar) with results": "/ar/amakin/?q=13500",
    "finder, ambiguous name": "/lieux/?q=saint-martin",
    "embeddable finder": "/lieux/embed/?q=64000",
    "place page": "/lieux/mediatheque-louis-aragon-martigues/",
    "place page (en)": "/en/places/mediatheque-louis-aragon-martigues/",
    "report form": "/lieux/cias-pole-social-martigues/signaler/",
    "bus tour": "/lieux/mairiebus-martigues/",
    "bus stop": "/lieux/mairiebus-martigues/arret-carro/",
}


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_page_query_budget_once_warm(client, django_assert_max_num_queries, url):
    client.get(url)  # warm: navigation, site root paths
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_page_weight_budget(client, url):
    """HTML + CSS + JS of a page (before content images) stay under 100 KiB."""
    total = page_weight(client, url)
    assert total <= 100 * 1024, total
