"""Every public page type stays within 15 SQL queries once the caches are warm, whatever the language."""

import pytest

from benchmarks.measure import page_weight

# Measured on the demo site: pages as full as the real ones.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]

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
    "finder, nothing near: the nearest places": "/lieux/?q=Aix-en-Provence&radius=5",
    "finder, a name matched approximately": "/lieux/?q=Lav%C3%A9ra",
    "finder, a city's general postcode": "/lieux/?q=13000",
    "finder, count for the apply button": "/api/places/?q=13500&compte=1&service=aide-aux-demarches-administratives",
    "embeddable finder": "/lieux/embed/?q=64000",
    "place page": "/lieux/mediatheque-louis-aragon-martigues/",
    "place page (en)": "/en/places/mediatheque-louis-aragon-martigues/",
    "report form": "/lieux/cias-pole-social-martigues/signaler/",
    "bus tour": "/lieux/mairiebus-martigues/",
    "bus stop": "/lieux/mairiebus-martigues/arret-carro/",
    "bus tour calendar": "/lieux/mairiebus-martigues/calendrier/",
    "bus stop calendar": "/lieux/mairiebus-martigues/arret-carro/calendrier/",
    "library, filtered": "/ressources/?type=tutorialpage&theme=courriel&niveau=je-decouvre&tri=az",
    "tutorial": "/ressources/creer-une-adresse-e-mail/",
    "tutorial (ar)": "/ar/mawarid/insha-unwan-barid-iliktruni/",
    "tutorial, easy-read version": "/ressources/reconnaitre-un-sms-frauduleux/facile/",
    "guide": "/ressources/faire-pour-ou-faire-avec/",
    "learning path": "/ressources/premiers-pas-avec-le-smartphone/",
    "case studies, filtered": "/cas-inspirants/?region=84&theme=inclusion-numerique",
    "case study": "case-study",  # an imported case: its address is looked up
    "agenda, past, filtered": "/agenda/?periode=passes&type=hackathon&type=webinaire",
    "event with registration form": "/agenda/atelier-bien-utiliser-son-smartphone/",
    "event (ar)": "/ar/fa-aliyat/warsha-istimal-al-hatif-al-dhaki/",
    "registration form page": "/agenda/atelier-bien-utiliser-son-smartphone/inscription/",
    "search with results": "/recherche/?q=ateliers+seniors",
    "search (es) with French fallback": "/es/buscar/?q=impots",
    "search without result": "/recherche/?q=zzzqqq",
}


def resolve(url):
    if url == "case-study":
        from resources.models import CaseStudyPage

        return CaseStudyPage.objects.live().filter(locale__language_code="fr").order_by("pk").first().url
    return url


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_page_query_budget_once_warm(client, django_assert_max_num_queries, url):
    url = resolve(url)
    client.get(url)  # warm: navigation, site root paths
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == (404 if url == PAGES["not found"] else 200)


@pytest.mark.parametrize("url", PAGES.values(), ids=PAGES.keys())
def test_page_weight_budget(client, url):
    """HTML + CSS + JS of a page (before content images) stay under 100 KiB."""
    total = page_weight(client, resolve(url))
    assert total <= 100 * 1024, total
