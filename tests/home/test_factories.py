"""The home app's factories make valid pages in their place, and the other apps' factories feed the home page."""

import pytest

from home.models import SearchPage, StandardPage
from tests.events.factories import EventPageFactory
from tests.places.factories import MobileTourPageFactory
from tests.resources.factories import CaseStudyPageFactory, TutorialPageFactory

from .factories import SearchPageFactory, StandardPageFactory, home_page

pytestmark = pytest.mark.django_db


def test_a_standard_page_under_another_one(client):
    parent = StandardPageFactory(title="Le réseau")
    child = StandardPageFactory(parent=parent, title="Nos partenaires")
    child.full_clean()
    assert StandardPage.objects.child_of(parent).get() == child
    assert client.get(child.url).status_code == 200 and child.url == f"{parent.url}nos-partenaires/"


def test_the_search_page_is_the_starter_one(client):
    page = SearchPageFactory()
    assert page == SearchPage.objects.child_of(home_page()).get()
    assert client.get(page.url, {"q": "accessibilité"}).status_code == 200


def test_the_home_page_shows_what_the_other_factories_make(client):
    tutorial, event, case = TutorialPageFactory(), EventPageFactory(), CaseStudyPageFactory()
    tour = MobileTourPageFactory()
    html = client.get(home_page().url).content.decode()
    for page in (tutorial, event, case, tour):
        assert f'href="{page.url}"' in html, page
