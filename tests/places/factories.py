"""Factories for places: mediation places, bus tours and their stops, photos, error reports, and the gazetteer.

A place goes under the French finder of the starter tree (`language="en"`: the English one), in Martigues, a real
commune of the gazetteer (INSEE 13056, postcode 13500) near its town hall; a stop goes under a new bus tour unless
given its tour as `parent`. Hours are written in the OpenStreetMap format the editors use.
"""

import factory

from places import gazetteer
from places.models import (
    Commune,
    CommunePostcode,
    MediationPlacePage,
    MobileStopPage,
    MobileTourPage,
    PlaceErrorReport,
    PlaceIndexPage,
    PlacePhoto,
)
from tests.site.factories import ImageFactory, PageFactory, section_page

# Martigues (Bouches-du-Rhône), as the gazetteer has it.
MARTIGUES = {"commune": "Martigues", "postcode": "13500", "insee_code": "13056"}


def point(latitude, longitude):
    """A position as the map widget stores it."""
    return f"SRID=4326;POINT({longitude} {latitude})"


class MediationPlacePageFactory(PageFactory):
    parent = factory.LazyAttribute(lambda page: section_page(PlaceIndexPage, page.language))
    title = factory.Sequence(lambda n: f"Lieu de test {n}")
    pivot = "00000000000000"
    typology = factory.LazyFunction(lambda: ["EPN"])
    address = "1 place de la Mairie"
    postcode = MARTIGUES["postcode"]
    commune = MARTIGUES["commune"]
    insee_code = MARTIGUES["insee_code"]
    location = point(43.4045, 5.0548)
    opening_hours = "Mo-Fr 09:00-12:00,14:00-17:00; PH off"
    services = factory.LazyFunction(lambda: ["Aide aux démarches administratives"])
    fees = factory.LazyFunction(lambda: ["Gratuit"])
    phone = "+33442000000"
    emails = factory.LazyFunction(lambda: ["numerique@mairie-martigues.example.org"])
    source = "Ville de Martigues"

    class Params:
        language = "fr"

    class Meta:
        model = MediationPlacePage

    @classmethod
    def at(cls, lat, lon, **kwargs):
        return cls(location=point(lat, lon), **kwargs)


class MobileTourPageFactory(PageFactory):
    parent = factory.LazyAttribute(lambda page: section_page(PlaceIndexPage, page.language))
    title = factory.Sequence(lambda n: f"Bus numérique {n}")
    pivot = "00000000000000"
    services = factory.LazyFunction(
        lambda: ["Aide aux démarches administratives", "Accès internet et matériel informatique"]
    )
    fees = factory.LazyFunction(lambda: ["Gratuit"])
    access_modes = factory.LazyFunction(lambda: ["Se présenter"])
    source = "Ville de Martigues"

    class Params:
        language = "fr"

    class Meta:
        model = MobileTourPage


class MobileStopPageFactory(MediationPlacePageFactory):
    """A stop: its own name, address, point and hours; what the bus offers comes from its tour."""

    parent = factory.SubFactory(MobileTourPageFactory, language=factory.SelfAttribute("..language"))
    title = factory.Sequence(lambda n: f"Arrêt {n}")
    address = "Place du village"
    location = point(43.33, 5.05)
    opening_hours = "Tu 14:00-17:00; PH off"

    class Meta:
        model = MobileStopPage


class PlacePhotoFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(MediationPlacePageFactory)
    image = factory.SubFactory(ImageFactory, file__width=1200, file__height=800)
    caption = factory.Sequence(lambda n: f"La salle des ordinateurs, vue {n}")

    class Meta:
        model = PlacePhoto


class PlaceErrorReportFactory(factory.django.DjangoModelFactory):
    place = factory.SubFactory(MediationPlacePageFactory)
    message = "Le numéro de téléphone ne répond plus."
    email = "visiteuse@example.org"

    class Meta:
        model = PlaceErrorReport


class CommuneFactory(factory.django.DjangoModelFactory):
    """A commune of the gazetteer: Martigues, the one the gazetteer already has (give another `insee_code` to add
    a new one)."""

    insee_code = MARTIGUES["insee_code"]
    name = "Martigues"
    search_name = factory.LazyAttribute(lambda commune: gazetteer.normalize(commune.name))
    department_code = factory.LazyAttribute(lambda commune: gazetteer.department_of(commune.insee_code))
    population = 48_000
    latitude = 43.4045
    longitude = 5.0548

    class Meta:
        model = Commune
        django_get_or_create = ["insee_code"]


class CommunePostcodeFactory(factory.django.DjangoModelFactory):
    code = MARTIGUES["postcode"]
    commune = factory.SubFactory(CommuneFactory)

    class Meta:
        model = CommunePostcode
        django_get_or_create = ["code", "commune"]
