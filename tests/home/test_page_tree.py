"""Where each page type may be created: the page tree stays the one the navigation expects."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage
from home.models import HomePage, SearchPage, StandardPage
from places.models import PlaceIndexPage
from resources.models import CaseStudyIndexPage, ResourceIndexPage

SECTIONS = {PlaceIndexPage, ResourceIndexPage, CaseStudyIndexPage, EventIndexPage, SearchPage}


class PagePlacementTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        for model in [HomePage, StandardPage, *SECTIONS]:
            self.assertCanNotCreateAt(model, HomePage)

    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, *SECTIONS})

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_sections_sit_under_a_home_page_and_take_no_children_yet(self):
        for model in SECTIONS:
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanNotCreateAt(Page, model)
            self.assertCanNotCreateAt(StandardPage, model)

    def test_one_section_of_each_kind_per_language_home(self):
        home = HomePage.objects.get(locale__language_code="fr")
        for model in SECTIONS:
            assert model.max_count_per_parent == 1
            assert not model.can_create_at(home), f"a second {model.__name__} could be created"
