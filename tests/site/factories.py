"""Factories for the site-wide models: images, the home, standard, search and section pages, site settings and texts,
search synonyms (wagtail-factories / factory_boy).

Pages go under their parent in the starter tree (tests/conftest.py builds it for every test database): a standard
page under the French home page, a place under the French finder... `language="en"` puts them in another language's
tree; `parent=` anywhere else. Each page is published as an editor would publish it (a revision, first and last
publication dates); `publish=False` leaves a page as `add_child` saved it.
"""

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from events.models import EventIndexPage
from home.models import HomePage, SearchPage, StandardPage
from places.models import PlaceIndexPage
from proxinum.content import body_stream, translate_page
from proxinum.models import CustomImage, CustomRendition, SiteSettings, SiteTexts, SynonymGroup
from resources.models import CaseStudyIndexPage, ResourceIndexPage


def home_page(language="fr"):
    """The default site's home page in `language` (the starter pages hold one per language)."""
    home = Site.objects.get(is_default_site=True).root_page
    if language != settings.LANGUAGE_CODE:
        home = home.get_translation(Locale.objects.get(language_code=language))
    return home.specific


def section_page(model, language="fr"):
    """The section page of type `model` (finder, library, agenda...) under the home page of `language`."""
    return model.objects.child_of(home_page(language)).get()


def translate(page, language, strings=None):
    """`page` translated into `language` with wagtail-localize, as an editor does with « Traduire ».

    `strings` maps the French texts (title, slug, summary...) to their translation; the others stay in French.
    Synchronised facts (address, hours, phone...) follow the French page.
    """
    return translate_page(page, Locale.objects.get(language_code=language), strings or {}, force=True)


class PageFactory(wagtail_factories.PageFactory):
    """A page published as an editor publishes it (the starter pages a factory returns are left alone)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and extracted is not False and page.live and page.latest_revision_id is None:
            page.save_revision().publish()
            page.refresh_from_db()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Atelier numérique à la médiathèque {n}")
    description = factory.Sequence(lambda n: f"Une conseillère numérique aide une personne, photo {n}")
    credit = "Ville de Martigues"
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = CustomImage


class RenditionFactory(factory.django.DjangoModelFactory):
    """A rendition, made as templates make them: `image.get_rendition(filter_spec)`."""

    image = factory.SubFactory(ImageFactory, file__width=1200, file__height=800)
    filter_spec = "fill-400x300|format-webp"

    class Meta:
        model = CustomRendition

    @classmethod
    def _create(cls, model_class, image, filter_spec, **kwargs):
        return image.get_rendition(filter_spec)


class HomePageFactory(PageFactory):
    """Another home page, at the top of the tree (give it a site with `SiteFactory` to serve it)."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    locale = factory.LazyFunction(Locale.get_default)
    title = factory.Sequence(lambda n: f"Accueil de la commune partenaire {n}")
    hero_title = "Trouver de l'aide pour le numérique"
    hero_text = "Des personnes vous accueillent, souvent gratuitement, pour vos démarches en ligne."
    finder_label = "Votre code postal ou votre commune"

    class Meta:
        model = HomePage


class SiteFactory(wagtail_factories.SiteFactory):
    """A second site (a partner commune's portal) with its own home page."""

    hostname = factory.Sequence(lambda n: f"commune-{n}.example.org")
    port = 80
    site_name = factory.Sequence(lambda n: f"Numérique en commun {n}")
    root_page = factory.SubFactory(HomePageFactory)


class StandardPageFactory(PageFactory):
    parent = factory.LazyAttribute(lambda page: home_page(page.language))
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page simple."
    body = factory.LazyFunction(
        lambda: body_stream(
            [
                ("heading", "Nous écrire"),
                ("paragraph", "Réseau d'inclusion numérique de proximité, Hôtel de ville, 13500 Martigues."),
            ]
        )
    )

    class Params:
        language = "fr"

    class Meta:
        model = StandardPage


class SectionPageFactory(PageFactory):
    """A section page: one per home page. Under a home page of the starter tree, the one it already has."""

    parent = factory.LazyAttribute(lambda page: home_page(page.language))

    class Params:
        language = "fr"

    class Meta:
        abstract = True
        django_get_or_create = ["parent"]


class SearchPageFactory(SectionPageFactory):
    title = "Rechercher"
    intro = "Cherchez un tutoriel, un lieu, un événement."

    class Meta:
        model = SearchPage


class PlaceIndexPageFactory(SectionPageFactory):
    title = "Trouver un lieu"
    intro = "Trouvez près de chez vous un lieu où quelqu'un peut vous aider."
    map_centre_address = "Hôtel de ville, avenue Louis Sammut, 13500 Martigues"
    map_centre = "SRID=4326;POINT(5.0548 43.4045)"
    map_zoom = 12

    class Meta:
        model = PlaceIndexPage


class ResourceIndexPageFactory(SectionPageFactory):
    title = "Ressources"
    intro = "Des tutoriels pas à pas pour le public et des guides pour les aidants."

    class Meta:
        model = ResourceIndexPage


class CaseStudyIndexPageFactory(SectionPageFactory):
    title = "Cas inspirants"
    intro = "Ce que d'autres territoires ont fait pour l'inclusion numérique."

    class Meta:
        model = CaseStudyIndexPage


class EventIndexPageFactory(SectionPageFactory):
    title = "Agenda"
    intro = "Ateliers, permanences et rencontres près de chez vous."

    class Meta:
        model = EventIndexPage


class SynonymGroupFactory(factory.django.DjangoModelFactory):
    language = "fr"
    terms = "CAF, allocations familiales, caisse d'allocations familiales"

    class Meta:
        model = SynonymGroup


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    """A site's settings (one per site: those of `site` are updated, as the settings form does)."""

    site = factory.SubFactory(SiteFactory)
    site_name = "Numérique en commun"
    contact_phone = "+33 4 42 00 00 00"
    contact_email = "numerique@mairie-martigues.example.org"
    accessibility_status = "partiellement"
    mastodon_url = "https://mastodon.example.org/@numerique"

    class Meta:
        model = SiteSettings

    @classmethod
    def _create(cls, model_class, site, **fields):
        site_settings = model_class.for_site(site)
        for name, value in fields.items():
            setattr(site_settings, name, value)
        site_settings.save()
        return site_settings


class SiteTextsFactory(factory.django.DjangoModelFactory):
    """What a site says about itself in one language (one per site and language: an existing one is updated)."""

    site = factory.SubFactory(SiteFactory)
    locale = factory.LazyFunction(Locale.get_default)
    tagline = "L'aide au numérique près de chez vous"
    contact_phone_hours = "Du lundi au vendredi, 9 h – 17 h"
    contact_address = "Réseau d'inclusion numérique de proximité\nHôtel de ville\n13500 Martigues"

    class Meta:
        model = SiteTexts

    @classmethod
    def _create(cls, model_class, site, locale, **fields):
        texts, _created = model_class.objects.update_or_create(site=site, locale=locale, defaults=fields)
        return texts
