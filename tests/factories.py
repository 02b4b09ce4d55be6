"""Factories for the page types and images (wagtail-factories / factory_boy)."""

import factory
import wagtail_factories
from wagtail_factories import PageFactory

from events.models import EventIndexPage
from home.models import HomePage, SearchPage, StandardPage
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage, PlaceIndexPage
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


class MediationPlacePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Lieu de test {n}")
    pivot = "00000000000000"
    address = "1 place de la Mairie"
    postcode = "13500"
    commune = "Martigues"
    insee_code = "13056"
    location = "SRID=4326;POINT(5.0548 43.4045)"
    opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
    services = factory.LazyFunction(lambda: ["Aide aux démarches administratives"])
    fees = factory.LazyFunction(lambda: ["Gratuit"])

    class Meta:
        model = MediationPlacePage

    @classmethod
    def at(cls, lat, lon, **kwargs):
        return cls(location=f"SRID=4326;POINT({lon} {lat})", **kwargs)


class MobileTourPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Bus numérique {n}")
    pivot = "00000000000000"
    services = factory.LazyFunction(
        lambda: ["Aide aux démarches administratives", "Accès internet et matériel informatique"]
    )

    class Meta:
        model = MobileTourPage


class MobileStopPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Arrêt {n}")
    address = "Place du village"
    postcode = "13500"
    commune = "Martigues"
    location = "SRID=4326;POINT(5.05 43.33)"
    opening_hours = "Tu 14:00-17:00; PH off"

    class Meta:
        model = MobileStopPage
