"""Factories for the page types and images (wagtail-factories / factory_boy)."""

import factory
import wagtail_factories
from wagtail_factories import PageFactory

from events.models import EventIndexPage
from home.models import HomePage, SearchPage, StandardPage
from places.models import PlaceIndexPage
from proxinum.models import CustomImage
from resources.models import CaseStudyIndexPage, ResourceIndexPage


class ImageFactory(wagtail_factories.ImageFactory):
    description = factory.Sequence(lambda n: f"Une conseillère numérique aide une personne, photo {n}")

    class Meta:
        model = CustomImage


class HomePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Accueil {n}")
    hero_title = "Trouver de l'aide pour le numérique"

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page simple."

    class Meta:
        model = StandardPage


class SearchPageFactory(PageFactory):
    title = "Rechercher"

    class Meta:
        model = SearchPage


class PlaceIndexPageFactory(PageFactory):
    title = "Trouver un lieu"

    class Meta:
        model = PlaceIndexPage


class ResourceIndexPageFactory(PageFactory):
    title = "Ressources"

    class Meta:
        model = ResourceIndexPage


class CaseStudyIndexPageFactory(PageFactory):
    title = "Cas inspirants"

    class Meta:
        model = CaseStudyIndexPage


class EventIndexPageFactory(PageFactory):
    title = "Agenda"

    class Meta:
        model = EventIndexPage
