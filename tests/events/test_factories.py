"""Each factory of the agenda makes valid data that the site shows."""

import pytest

from events.models import EventIndexPage
from tests.places.factories import MediationPlacePageFactory

from .factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_the_agenda_factory_gives_the_agenda_of_the_starter_pages(client):
    agenda = EventIndexPageFactory()
    assert agenda == EventIndexPage.objects.get(locale__language_code="fr", url_path__endswith="/agenda/")
    assert EventIndexPageFactory(language="en").url == "/en/events/"
    assert client.get(agenda.url).status_code == 200


@pytest.mark.parametrize(
    "traits",
    [{}, {"seats": 3}, {"webinar": True}, {"hackathon": True, "seats": 40}, {"past": True}, {"language": "ar"}],
    ids=["workshop", "seats", "webinar", "hackathon", "past", "arabic"],
)
def test_event_factory(client, traits):
    event = EventPageFactory(**traits)
    event.full_clean()
    assert event.live and event.first_published_at is not None
    assert event.get_parent().specific_class is EventIndexPage
    response = client.get(event.url)
    assert response.status_code == 200
    assert event.title in response.content.decode()


def test_an_event_at_a_place_takes_its_address(client):
    place = MediationPlacePageFactory(title="Médiathèque Louis-Aragon", address="Quai des Anglais")
    event = EventPageFactory(place=place)
    event.full_clean()
    assert (event.where, event.address, event.commune) == ("lieu", "Quai des Anglais", "Martigues")
    assert client.get(event.url).status_code == 200


@pytest.mark.parametrize(
    "traits",
    [{}, {"waitlisted": True}, {"cancelled": True}, {"phone_only": True}, {"by_aidant": True}],
    ids=["confirmed", "waitlisted", "cancelled", "phone-only", "by-aidant"],
)
def test_registration_factory(client, traits):
    registration = RegistrationFactory(**traits)
    registration.full_clean()
    response = client.get(f"/inscriptions/{registration.token}/")
    assert response.status_code == 200
    assert registration.event.title in response.content.decode()


def test_registrations_take_the_next_seats():
    event = EventPageFactory(seats=3)
    seats = [RegistrationFactory(event=event).seat for _ in range(2)]
    waiting = RegistrationFactory(event=event, waitlisted=True)
    assert (seats, waiting.seat) == ([1, 2], None)
    assert event.seats_left() == 1
