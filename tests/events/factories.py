"""Factories for the agenda: events and registrations (wagtail-factories / factory_boy), and what a person types in
the registration form.

An event goes under the French agenda of the starter tree (`language="en"`: the English one) and is published as an
editor publishes it. By default it is a free smartphone workshop in ten days, at 14:00, in a room of Martigues, with
no registration; a few words say the rest:

    EventPageFactory(seats=3)            registration with the site's form, three seats and a waiting list
    EventPageFactory(place=library)      held at a place of the directory, whose address it takes
    EventPageFactory(webinar=True)       online
    EventPageFactory(hackathon=True)     a weekend with challenges, a schedule and a jury
    EventPageFactory(past=True)          ended last week

Dates are relative to now: freeze time with time-machine where a test needs a precise moment.
"""

import time
from datetime import timedelta

import factory
import time_machine
from django.core import signing
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify

from events.forms import RegistrationForm
from events.models import EventIndexPage, EventPage, Registration
from proxinum.content import body_stream
from tests.site.factories import EventIndexPageFactory, PageFactory, section_page

__all__ = [
    "EventIndexPageFactory",
    "EventPageFactory",
    "RegistrationFactory",
    "fresh",
    "registration_form_data",
]

PEOPLE = ["Awa Diallo", "Bernard Morel", "Chloé Petit", "Djamel Haddad", "Élodie Martin", "Fatou Ndiaye"]


def at_two_pm(days):
    """Today in `days` days at 14:00, Paris time."""
    return (timezone.localtime() + timedelta(days=days)).replace(hour=14, minute=0, second=0, microsecond=0)


class EventPageFactory(PageFactory):
    parent = factory.LazyAttribute(lambda event: section_page(EventIndexPage, event.language))
    title = factory.Sequence(lambda n: f"Atelier smartphone {n}")
    kind = "atelier"
    audience = "public"
    intro = "Apprendre à se servir de son téléphone : appeler, écrire un message, envoyer une photo."
    start = factory.LazyFunction(lambda: at_two_pm(days=10))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    where = factory.LazyAttribute(lambda event: "lieu" if event.place else "adresse")
    place = None
    venue = factory.LazyAttribute(lambda event: "" if event.place else "Salle du conseil")
    address = factory.LazyAttribute(lambda event: "" if event.place else "1 rue de la République")
    postcode = factory.LazyAttribute(lambda event: "" if event.place else "13500")
    commune = factory.LazyAttribute(lambda event: "" if event.place else "Martigues")
    organiser = "Association Les Clés du numérique"
    contact_email = "contact@cles-numerique.example.org"
    registration = factory.LazyAttribute(lambda event: "formulaire" if event.seats else "aucune")
    capacity = factory.SelfAttribute("seats")
    body = factory.LazyFunction(
        lambda: body_stream([("paragraph", "Venez avec votre téléphone chargé. Des tablettes sont prêtées sur place.")])
    )

    class Params:
        language = "fr"
        seats = None
        webinar = factory.Trait(
            title=factory.Sequence(lambda n: f"Webinaire : repérer les arnaques en ligne {n}"),
            kind="webinaire",
            audience="professionnels",
            intro="Pour les aidants : reconnaître un faux message et savoir quoi conseiller.",
            where="en-ligne",
            venue="",
            address="",
            postcode="",
            commune="",
            online_url="https://visio.example.org/arnaques-en-ligne",
        )
        hackathon = factory.Trait(
            title=factory.Sequence(lambda n: f"Hackathon des outils numériques du territoire {n}"),
            kind="hackathon",
            audience="tous",
            intro="Deux jours pour imaginer des outils qui simplifient les démarches des habitants.",
            end=factory.LazyAttribute(lambda event: event.start + timedelta(days=1, hours=4)),
            challenges=factory.LazyFunction(
                lambda: [
                    {
                        "type": "challenge",
                        "value": {
                            "title": "Prendre rendez-vous sans internet",
                            "description": "Un service par téléphone qui réserve un créneau en mairie.",
                            "brought_by": "Ville de Martigues",
                        },
                    }
                ]
            ),
            schedule=factory.LazyFunction(
                lambda: [
                    {
                        "type": "item",
                        "value": {"time": "Samedi 9 h 30", "activity": "Accueil et présentation des défis"},
                    },
                    {
                        "type": "item",
                        "value": {"time": "Dimanche 16 h", "activity": "Présentation des projets au jury"},
                    },
                ]
            ),
            jury=factory.LazyFunction(
                lambda: [{"type": "member", "value": {"name": "Samia Benali", "role": "Conseillère numérique"}}]
            ),
        )
        past = factory.Trait(start=factory.LazyFunction(lambda: at_two_pm(days=-7)))

    class Meta:
        model = EventPage


def next_seat(event):
    return (event.registrations.aggregate(Max("seat"))["seat__max"] or 0) + 1


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A person registered by e-mail and phone on the next seat of an event with ten seats.

    `waitlisted=True`, `cancelled=True`; `phone_only=True` (no e-mail address: the organiser calls);
    `by_aidant=True` (an aidant registered the person with the aidant's own contact). The seats are given as the
    database stores them: to test how seats are given, register through `events.registration.register`.
    """

    event = factory.SubFactory(EventPageFactory, seats=10)
    name = factory.Sequence(lambda n: PEOPLE[n % len(PEOPLE)])
    email = factory.LazyAttributeSequence(lambda person, n: f"{slugify(person.name)}-{n}@example.org")
    phone = factory.Sequence(lambda n: f"06 12 34 {n // 100 % 100:02d} {n % 100:02d}")
    status = "confirmee"
    seat = factory.LazyAttribute(lambda person: next_seat(person.event) if person.status == "confirmee" else None)

    class Params:
        waitlisted = factory.Trait(status="attente")
        cancelled = factory.Trait(status="annulee", cancelled_at=factory.LazyFunction(timezone.now))
        phone_only = factory.Trait(email="")
        by_aidant = factory.Trait(
            registered_by="Marie Aidante",
            email=factory.Sequence(lambda n: f"marie.aidante-{n}@mediatheque.example.org"),
            phone="04 42 00 00 01",
        )

    class Meta:
        model = Registration


def fresh(event):
    """The event as a new request sees it (no cached counts)."""
    return EventPage.objects.get(pk=event.pk)


def registration_form_data(seconds_ago=10, **changes):
    """What a person sends with the registration form, displayed `seconds_ago` seconds before (its time token)."""
    with time_machine.travel(time.time() - seconds_ago, tick=False):
        token = signing.dumps(time.time(), salt=RegistrationForm.token_salt)
    return {
        "name": "Awa Diallo",
        "email": "awa.diallo@example.org",
        "phone": "06 12 34 56 78",
        "needs": "Je viens avec ma fille.",
        "consent": "on",
        "website": "",
        "token": token,
        **changes,
    }
