"""Each factory of tests/site/factories.py makes valid data, in its place in the tree, that the site shows."""

import html

import pytest
from django.urls import reverse
from wagtail.models import Page

from events.models import EventIndexPage
from home.models import HomePage, SearchPage
from places.models import PlaceIndexPage
from proxinum.models.search import synonyms_for
from resources.models import CaseStudyIndexPage, ResourceIndexPage
from tests.site.factories import (
    CaseStudyIndexPageFactory,
    EventIndexPageFactory,
    HomePageFactory,
    ImageFactory,
    PlaceIndexPageFactory,
    RenditionFactory,
    ResourceIndexPageFactory,
    SearchPageFactory,
    SiteFactory,
    SiteSettingsFactory,
    SiteTextsFactory,
    StandardPageFactory,
    SynonymGroupFactory,
    home_page,
    section_page,
    translate,
)

pytestmark = pytest.mark.django_db

SECTION_FACTORIES = [
    (SearchPageFactory, SearchPage),
    (PlaceIndexPageFactory, PlaceIndexPage),
    (ResourceIndexPageFactory, ResourceIndexPage),
    (CaseStudyIndexPageFactory, CaseStudyIndexPage),
    (EventIndexPageFactory, EventIndexPage),
]


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.org", "motdepasse-solide"))
    return client


def get_on_site(client, page, site):
    """The page as its own site serves it (a second site answers at its own host name)."""
    return client.get(page.relative_url(site), HTTP_HOST=site.hostname)


def text_of(response):
    return html.unescape(response.content.decode())


def test_an_image_is_valid_with_its_alternative_text_and_editable(editor_client):
    image = ImageFactory()
    image.full_clean()
    assert image.description and image.collection.is_root()
    assert editor_client.get(reverse("wagtailimages:edit", args=[image.pk])).status_code == 200


def test_a_rendition_is_made_as_templates_make_them():
    rendition = RenditionFactory()
    assert (rendition.width, rendition.height) == (400, 300) and rendition.url.endswith(".webp")
    assert rendition.image.get_rendition("fill-400x300|format-webp") == rendition


def test_a_standard_page_is_valid_published_under_the_home_page_and_answers(client):
    page = StandardPageFactory()
    page.full_clean()
    assert page.get_parent().specific == home_page()
    assert page.live_revision_id and page.first_published_at
    html = client.get(page.url).content.decode()
    assert page.title in html and "Nous écrire" in html


def test_a_standard_page_in_another_language(client):
    page = StandardPageFactory(language="es")
    assert page.get_parent().specific == home_page("es") and page.url.startswith("/es/")
    assert client.get(page.url).status_code == 200


def test_a_translation_follows_the_french_page(client):
    page = StandardPageFactory(title="Nous contacter", slug="nous-contacter")
    english = translate(page, "en", {"Nous contacter": "Contact us", "nous-contacter": "contact-us"})
    assert english.url == "/en/contact-us/" and english.translation_key == page.translation_key
    assert "Contact us" in client.get(english.url).content.decode()


@pytest.mark.parametrize(("factory", "model"), SECTION_FACTORIES, ids=lambda value: getattr(value, "__name__", ""))
def test_a_section_page_under_a_starter_home_page_is_the_one_it_has(client, factory, model):
    for language in ["fr", "ar"]:
        page = factory(language=language)
        assert page == section_page(model, language)
        assert model.objects.filter(locale__language_code=language).count() == 1
        assert client.get(page.url).status_code == 200


def test_a_second_site_has_its_own_home_page_and_sections(client):
    site = SiteFactory()
    home = site.root_page.specific
    assert isinstance(home, HomePage) and home.get_parent() == Page.get_first_root_node() and not site.is_default_site
    home.full_clean()
    response = get_on_site(client, home, site)
    assert response.status_code == 200 and home.hero_title in text_of(response)
    for factory, model in SECTION_FACTORIES:
        page = factory(parent=home)
        page.full_clean()
        assert isinstance(page, model) and page.get_parent() == home.page_ptr
        assert get_on_site(client, page, site).status_code == 200, model


def test_a_home_page_alone_is_valid():
    home = HomePageFactory()
    home.full_clean()
    assert home.depth == 2 and home.locale.language_code == "fr"


def test_site_settings_and_texts_are_valid_and_shown_in_the_footer(client):
    site = SiteFactory()
    settings = SiteSettingsFactory(site=site)
    texts = SiteTextsFactory(site=site, contact_address="Maison du numérique\n12 rue Jean-Jaurès\n13500 Martigues")
    settings.full_clean()
    texts.full_clean()
    page = text_of(get_on_site(client, site.root_page, site))
    assert 'href="tel:+33442000000"' in page and "12 rue Jean-Jaurès" in page and texts.tagline in page


def test_the_settings_of_the_default_site_are_updated_not_duplicated():
    default = home_page().get_site()
    settings = SiteSettingsFactory(site=default, contact_phone="+33 4 42 11 22 33")
    assert settings.contact_phone == "+33 4 42 11 22 33" and settings.contact_page is not None  # kept


def test_a_synonym_group_is_valid_and_used_by_the_search():
    group = SynonymGroupFactory()
    group.full_clean()
    assert "allocations familiales" in synonyms_for("fr")["caf"]
