import re

import pytest
from django.conf import settings
from django.utils.html import escape

from tests.resources.factories import CaseStudyPageFactory, TutorialPageFactory
from tests.site.factories import ImageFactory

pytestmark = pytest.mark.django_db

HOMES = {"fr": "/", "en": "/en/", "ar": "/ar/", "es": "/es/"}


@pytest.mark.parametrize(("language", "url"), HOMES.items())
def test_each_language_home_answers_with_its_lang_and_direction(client, language, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language in settings.LANGUAGES_BIDI else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html


def test_pages_describe_themselves_for_search_engines_and_sharing(client, home_page, site):
    legal = client.get("/mentions-legales/").content.decode()
    assert '<meta name="description" content="Qui publie ce site' in legal
    # The canonical address comes from the Wagtail site record, whatever host the request used.
    assert f'<meta property="og:url" content="{site.root_url}/mentions-legales/">' in legal
    assert "<title>Mentions légales – Proxinum</title>" in legal

    home_page.listing_image = ImageFactory(file__width=1400, file__height=800)
    home_page.save_revision().publish()
    html = client.get("/").content.decode()
    assert '<meta property="og:image" content="http://testserver/media/images/' in html


def test_home_page_offers_the_place_search_and_honest_empty_slots(client):
    html = client.get("/").content.decode()
    assert (
        '<form class="finder-form" role="search" aria-label="Trouver un lieu" action="/lieux/#resultats" method="get">'
        in html
    )
    # Without tutorials, events or cases in a language, the slot says so instead of showing an empty list (a
    # tutorial in English is none in French).
    TutorialPageFactory(language="en")
    html = client.get("/").content.decode()
    assert "Aucun événement n" in html and "est annoncé pour le moment." in html
    assert "Les premiers tutoriels sont en préparation" in html
    assert "Les premiers cas inspirants seront bientôt publiés." in html


def test_home_page_shows_three_tutorials_featured_first_and_the_latest_cases(client):
    featured = TutorialPageFactory(featured=True)
    older, newer, newest = TutorialPageFactory.create_batch(3)
    TutorialPageFactory(featured=True, live=False)  # a draft is not shown
    first_case, latest_case = CaseStudyPageFactory.create_batch(2)

    html = client.get("/").content.decode()
    tutorials = html.split('id="home-tutorials"', 1)[1].split("</section>", 1)[0]
    assert re.findall(r'<a href="([^"]+)"', tutorials)[:3] == [featured.url, newest.url, newer.url]
    assert tutorials.count('class="card__title"') == 3 and older.url not in tutorials
    cases = html.split('id="home-cases"', 1)[1].split("</section>", 1)[0]
    assert cases.index(f'href="{latest_case.url}"') < cases.index(f'href="{first_case.url}"')
    assert escape(latest_case.territory) in cases


def test_search_page_finds_published_pages_in_the_visitors_language(client):
    html = client.get("/recherche/", {"q": "Défenseur des droits"}).content.decode()
    assert 'href="/accessibilite/"' in html
    english = client.get("/en/search/", {"q": "ombudsman"}).content.decode()
    assert 'href="/en/accessibility/"' in english
    assert 'href="/accessibilite/"' not in english
