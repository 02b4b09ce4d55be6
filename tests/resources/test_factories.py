"""Each factory of the library and the cases makes valid data that the site shows."""

import pytest

from resources.models import CaseStudyIndexPage, ResourceIndexPage
from resources.models.taxonomy import themes_by_slug

from .factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    GuidePageFactory,
    GuideRelatedTutorialFactory,
    LearningPathPageFactory,
    LearningPathStepFactory,
    ResourceIndexPageFactory,
    ThemeFactory,
    TutorialPageFactory,
    TutorialPrerequisiteFactory,
)

pytestmark = pytest.mark.django_db


def test_the_section_factories_give_the_starter_pages(client):
    library, cases = ResourceIndexPageFactory(), CaseStudyIndexPageFactory()
    assert library == ResourceIndexPage.objects.get(locale__language_code="fr")
    assert cases == CaseStudyIndexPage.objects.get(locale__language_code="fr")
    assert ResourceIndexPageFactory(language="es").url == "/es/recursos/"
    for page in (library, cases):
        assert client.get(page.url).status_code == 200


@pytest.mark.parametrize(
    ("factory", "traits"),
    [
        (TutorialPageFactory, {}),
        (TutorialPageFactory, {"with_easy_read": True, "with_handout": True}),
        (TutorialPageFactory, {"language": "ar"}),
        (GuidePageFactory, {}),
        (LearningPathPageFactory, {}),
        (CaseStudyPageFactory, {}),
    ],
    ids=["tutorial", "tutorial-easy-read-handout", "arabic-tutorial", "guide", "learning-path", "case"],
)
def test_page_factory(client, factory, traits):
    page = factory(**traits)
    page.full_clean()
    assert page.live and page.first_published_at is not None
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_tutorial_variants_render(client):
    tutorial = TutorialPageFactory(with_easy_read=True, with_handout=True)
    assert client.get(tutorial.url + "facile/").status_code == 200
    assert "La fiche à imprimer" in client.get(tutorial.url).content.decode()


def test_a_learning_path_lists_its_own_tutorials(client):
    path = LearningPathPageFactory()
    html = client.get(path.url).content.decode()
    for step in path.path_steps.all():
        assert step.tutorial.title in html


def test_a_case_is_placed_in_its_region(client):
    case = CaseStudyPageFactory()
    assert case.territory == "Communauté de communes Brenne Val de Creuse, Indre (36), Centre-Val de Loire"
    assert case.title in client.get("/cas-inspirants/", {"region": "24"}).content.decode()


@pytest.mark.parametrize(
    "factory",
    [TutorialPrerequisiteFactory, GuideRelatedTutorialFactory, LearningPathStepFactory],
    ids=["prerequisite", "guide-tutorial", "path-step"],
)
def test_inline_row_factory(client, factory):
    row = factory()
    row.full_clean()
    page = row.page
    page.refresh_from_db()
    assert not page.has_unpublished_changes  # published with its new row
    html = client.get(page.url).content.decode()
    assert f'href="{row.tutorial.url}"' in html


def test_theme_factory_and_its_translation(client):
    theme = ThemeFactory(name="Courriel")
    english = ThemeFactory(translation_of=theme, language="en", name="Email")
    theme.full_clean()
    english.full_clean()
    assert (english.slug, english.translation_key) == (theme.slug, theme.translation_key)
    assert themes_by_slug("en")[theme.slug].name == "Email"
    tutorial = TutorialPageFactory(themes=[theme])
    response = client.get("/ressources/", {"theme": theme.slug})
    assert [page.title for page in response.context["page_obj"].object_list] == [tutorial.title]
    assert '<span>Courriel <span class="count">(1)</span>' in response.content.decode()
