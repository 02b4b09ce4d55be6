"""Registration to events: seats, waiting list, e-mails, cancelling, the public form, the database's guarantees,
simultaneous registrations, the purge of personal data and the organisers' admin list and export."""

import csv
import io
import sqlite3
import threading
import time
from datetime import datetime, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from events.models import EventPage, Registration
from events.registration import RegistrationRefused, cancel, register

from .factories import EventPageFactory, RegistrationFactory, fresh, registration_form_data

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def person(n):
    return {"name": f"Personne {n}", "email": f"personne{n}-{uuid4().hex[:6]}@example.org"}


def manage_url(registration):
    return f"/inscriptions/{registration.token}/"


# Seats and waiting list ---------------------------------------------------------------------------------------


def test_seats_are_numbered_up_to_the_capacity_then_the_waiting_list():
    event = EventPageFactory(seats=3)
    registrations = [register(fresh(event), **person(n)) for n in range(5)]
    assert [r.status for r in registrations] == ["confirmee"] * 3 + ["attente"] * 2
    assert [r.seat for r in registrations] == [1, 2, 3, None, None]
    stored = Registration.objects.filter(event=event)
    assert sorted(stored.exclude(seat=None).values_list("seat", flat=True)) == [1, 2, 3]
    assert fresh(event).registration_state() == "waiting"
    assert fresh(event).seats_left() == 0


def test_a_freed_seat_number_is_given_again():
    event = EventPageFactory(seats=3, waiting_list=False)
    first, second, third = (register(fresh(event), **person(n)) for n in range(3))
    assert fresh(event).registration_state() == "full"
    cancel(second)
    assert fresh(event).registration_state() == "open"
    newcomer = register(fresh(event), **person(9))
    assert (newcomer.status, newcomer.seat) == ("confirmee", 2)


def test_raising_the_capacity_gives_the_new_seats_to_the_waiting_list_first():
    event = EventPageFactory(seats=1)
    register(fresh(event), **person(1))
    waiting = register(fresh(event), **person(2))
    page = fresh(event)
    page.capacity = 2  # a bigger room was found
    page.save_revision().publish()
    newcomer = register(fresh(event), **person(3))
    waiting.refresh_from_db()
    assert (waiting.status, newcomer.status) == ("confirmee", "attente")


def test_lowering_the_capacity_never_confirms_more_people_than_seats():
    event = EventPageFactory(seats=3)
    first, _second, _third = (register(fresh(event), **person(n)) for n in range(3))
    page = fresh(event)
    page.capacity = 2  # a smaller room
    page.save_revision().publish()
    cancel(first)  # two confirmed people left, for two seats: the event is still full
    assert fresh(event).registration_state() == "waiting"
    newcomer = register(fresh(event), **person(9))
    assert newcomer.status == "attente"
    assert Registration.objects.filter(event=event, status="confirmee").count() == 2


def test_full_event_without_waiting_list_is_refused_and_nothing_is_written(client):
    event = EventPageFactory(seats=1, waiting_list=False)
    read_before = fresh(event)  # a request that read the page while the seat was still free
    assert read_before.registration_state() == "open"
    register(fresh(event), **person(1))
    with pytest.raises(RegistrationRefused) as refused:
        register(fresh(event), **person(2))
    assert str(refused.value.message) == "Cet événement est complet."
    # The stale request believes a seat is left: the seat check inside the transaction still refuses.
    with pytest.raises(RegistrationRefused) as refused:
        register(read_before, **person(3))
    assert str(refused.value.message) == "Cet événement est complet."

    response = client.post(event.url + "inscription/", registration_form_data())
    assert response.status_code == 409
    assert "complet" in response.content.decode()
    assert Registration.objects.filter(event=event).count() == 1


@pytest.mark.parametrize(
    "timing",
    [
        {"start": -timedelta(days=3), "end": -timedelta(days=3) + timedelta(hours=2)},  # past event
        {"start": timedelta(hours=-1), "end": timedelta(hours=1)},  # already started
        {"start": timedelta(days=5), "end": timedelta(days=5, hours=2), "deadline": timedelta(hours=-1)},
    ],
    ids=["past", "started", "after-deadline"],
)
def test_registration_is_closed_for_past_started_or_deadline_passed_events(client, timing):
    now = timezone.now()
    event = EventPageFactory(
        seats=3,
        start=now + timing["start"],
        end=now + timing["end"],
        registration_deadline=now + timing["deadline"] if "deadline" in timing else None,
    )
    assert fresh(event).registration_state() == "closed"
    with pytest.raises(RegistrationRefused) as refused:
        register(fresh(event), **person(1))
    assert "closes" in str(refused.value.message)

    response = client.post(event.url + "inscription/", registration_form_data())
    assert response.status_code == 409
    assert "Les inscriptions sont closes." in response.content.decode()
    assert not Registration.objects.filter(event=event).exists()


def test_deadline_in_the_future_still_lets_people_register():
    event = EventPageFactory(seats=3, registration_deadline=timezone.now() + timedelta(hours=1))
    assert register(fresh(event), **person(1)).status == "confirmee"


def test_same_person_and_email_twice_is_refused_until_cancelled():
    event = EventPageFactory(seats=3)
    first = register(fresh(event), name="Awa Diallo", email="awa@example.org")
    with pytest.raises(RegistrationRefused) as refused:
        register(fresh(event), name="  awa   DIALLO ", email="AWA@example.org")
    assert "déjà inscrit" in str(refused.value.message)
    assert Registration.objects.filter(event=event).count() == 1

    cancel(first)
    again = register(fresh(event), name="Awa Diallo", email="awa@example.org")
    assert again.pk != first.pk
    assert (again.status, again.seat) == ("confirmee", 1)
    assert list(Registration.objects.filter(event=event).order_by("pk").values_list("status", flat=True)) == [
        "annulee",
        "confirmee",
    ]


def test_same_email_in_other_case_through_the_form_is_refused(client):
    event = EventPageFactory(seats=3)
    assert client.post(event.url + "inscription/", registration_form_data(email="Awa@Example.org")).status_code == 302
    response = client.post(event.url + "inscription/", registration_form_data(email="awa@EXAMPLE.org"))
    assert response.status_code == 409
    assert "déjà inscrit" in response.content.decode()
    assert Registration.objects.filter(event=event).count() == 1


# E-mails, the manage page, cancelling and promotion --------------------------------------------------------------


def test_confirmation_email_leaves_after_commit_with_the_manage_link(mailoutbox, django_capture_on_commit_callbacks):
    event = EventPageFactory(seats=1)
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(fresh(event), name="Awa Diallo", email="awa@example.org")
        assert mailoutbox == []  # nothing leaves before the registration is committed
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["awa@example.org"]
    assert message.subject == f"Inscription confirmée : {event.title}"
    link = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/inscriptions/{registration.token}/"
    assert link in message.body
    assert event.url in message.body
    assert "Bonjour Awa Diallo" in message.body

    with django_capture_on_commit_callbacks(execute=True):
        waiting = register(fresh(event), name="Bob Martin", email="bob@example.org")
    assert waiting.status == "attente"
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject == f"Liste d'attente : {event.title}"
    assert f"/inscriptions/{waiting.token}/" in mailoutbox[1].body


def test_rolled_back_registration_sends_no_email(mailoutbox, django_capture_on_commit_callbacks):
    event = EventPageFactory(seats=3)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                register(fresh(event), **person(1))
                raise RuntimeError("the request failed after registering")
        except RuntimeError:
            pass
    assert callbacks == []
    assert mailoutbox == []
    assert not Registration.objects.filter(event=event).exists()


def test_manage_page_get_does_not_cancel(client):
    event = EventPageFactory(seats=3)
    registration = register(fresh(event), name="Awa Diallo", email="awa@example.org")
    for _ in range(2):  # a mail scanner opening the link, then the person
        response = client.get(manage_url(registration))
        assert response.status_code == 200
    registration.refresh_from_db()
    assert (registration.status, registration.seat) == ("confirmee", 1)
    html = response.content.decode()
    assert "Awa Diallo, votre inscription est confirmée." in html
    assert 'name="cancel" value="1"' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Referrer-Policy"] == "same-origin"  # the secret link never goes to other sites
    assert client.get("/inscriptions/pas-un-jeton/").status_code == 404


def test_cancelling_frees_the_seat_for_the_first_on_the_waiting_list(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventPageFactory(seats=2)
    holder = register(fresh(event), name="Awa Diallo", email="awa@example.org")
    other = register(fresh(event), name="Bob Martin", email="bob@example.org")
    later = register(fresh(event), name="Chloé Petit", email="chloe@example.org")
    earlier = register(fresh(event), name="David Roux", email="david@example.org")
    # The waiting list goes by registration time, not by row number.
    Registration.objects.filter(pk=later.pk).update(created_at=timezone.now() - timedelta(minutes=1))
    Registration.objects.filter(pk=earlier.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_url(holder), {"cancel": "1"})
    assert response.status_code == 200
    assert "Cette inscription est annulée." in response.content.decode()
    holder.refresh_from_db()
    earlier.refresh_from_db()
    later.refresh_from_db()
    other.refresh_from_db()
    assert (holder.status, holder.seat) == ("annulee", None)
    assert holder.cancelled_at is not None
    assert (earlier.status, earlier.seat) == ("confirmee", 1)
    assert earlier.promoted_at is not None
    assert (later.status, later.seat) == ("attente", None)
    assert (other.status, other.seat) == ("confirmee", 2)

    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert set(by_recipient) == {"awa@example.org", "david@example.org"}
    promoted = by_recipient["david@example.org"]
    assert promoted.subject.startswith("Une place s'est libérée")
    assert f"/inscriptions/{earlier.token}/" in promoted.body
    assert by_recipient["awa@example.org"].subject.startswith("Inscription annulée")

    # A second click on the cancel button changes nothing and tells nobody.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(manage_url(holder), {"cancel": "1"})
    assert response.status_code == 200
    assert mailoutbox == []
    later.refresh_from_db()
    assert (later.status, later.seat) == ("attente", None)
    assert Registration.objects.filter(event=event, status="confirmee").count() == 2


def test_a_wait_listed_person_can_leave_the_list(client):
    event = EventPageFactory(seats=1)
    register(fresh(event), **person(1))
    waiting = register(fresh(event), **person(2))
    html = client.get(manage_url(waiting)).content.decode()
    assert "vous êtes sur la liste d" in html
    client.post(manage_url(waiting), {"cancel": "1"})
    waiting.refresh_from_db()
    assert waiting.status == "annulee"
    assert Registration.objects.filter(event=event, status="confirmee").count() == 1


def test_no_promotion_once_the_event_has_started():
    event = EventPageFactory(seats=1)
    holder = register(fresh(event), **person(1))
    waiting = register(fresh(event), **person(2))
    with time_machine.travel(event.start + timedelta(minutes=5), tick=False):
        assert cancel(holder) is None
    waiting.refresh_from_db()
    assert waiting.status == "attente"


def test_post_without_cancel_flag_does_not_cancel(client):
    event = EventPageFactory(seats=3)
    registration = register(fresh(event), **person(1))
    assert client.post(manage_url(registration), {}).status_code == 200
    registration.refresh_from_db()
    assert registration.status == "confirmee"


# The public form ----------------------------------------------------------------------------------------------


def test_valid_form_redirects_to_the_manage_page_and_stores_what_was_typed(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventPageFactory(seats=3)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            event.url + "inscription/",
            registration_form_data(
                name="  Awa \t  Diallo  ", email=" Awa.Diallo@Example.ORG ", needs="Accès en fauteuil."
            ),
        )
    registration = Registration.objects.get(event=event)
    assert response.status_code == 302
    assert response["Location"] == manage_url(registration)
    assert registration.name == "Awa Diallo"
    assert registration.email == "awa.diallo@example.org"
    assert registration.phone == "06 12 34 56 78"
    assert registration.needs == "Accès en fauteuil."
    assert registration.language == "fr"
    assert (registration.status, registration.seat) == ("confirmee", 1)
    assert [message.to for message in mailoutbox] == [["awa.diallo@example.org"]]
    assert "Awa Diallo, votre inscription est confirmée." in client.get(response["Location"]).content.decode()


def test_the_token_of_the_displayed_form_works_once_a_person_took_time_to_fill_it_in(client):
    event = EventPageFactory(seats=3)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        html = client.get(event.url).content.decode()
        token = html.split('name="token" value="', 1)[1].split('"', 1)[0]
        data = registration_form_data(token=token)
        assert client.post(event.url + "inscription/", data).status_code == 429  # under 2 seconds: a robot?
        traveller.shift(timedelta(seconds=30))
        assert client.post(event.url + "inscription/", data).status_code == 302
        traveller.shift(timedelta(hours=7))
        response = client.post(event.url + "inscription/", {**data, "email": "autre@example.org"})
        assert response.status_code == 400
        assert "Le formulaire a expiré" in response.content.decode()
    assert Registration.objects.filter(event=event).count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Écrivez votre nom et votre prénom."),
        ({"name": "   "}, "Écrivez votre nom et votre prénom."),
        ({"email": "pas-un-courriel"}, "Saisissez une adresse e-mail valide."),
        ({"email": "", "phone": ""}, "Indiquez un téléphone ou un courriel : l'un des deux au moins"),
        ({"name": "A" * 2000}, "au plus 120 caractères (actuellement 2000)"),
        ({"phone": "zéro six douze"}, "Écrivez seulement des chiffres, par exemple 06 12 34 56 78."),
        ({"phone": "06 12 ab 56 78"}, "Écrivez seulement des chiffres, par exemple 06 12 34 56 78."),
        ({"phone": "06 12 34 56"}, "Ce numéro n'a pas le bon nombre de chiffres."),
        ({"needs": "x" * 501}, "au plus 500 caractères"),
        ({"consent": ""}, "Cochez cette case pour vous inscrire."),
        ({"website": "http://spam.example"}, "Votre message n'a pas pu être envoyé."),
        ({"token": "falsifié"}, "Le formulaire a expiré"),
        ({"token": signing.dumps(time.time() - 60, salt="place-report")}, "Le formulaire a expiré"),
        ({"seconds_ago": 7 * 3600}, "Le formulaire a expiré"),
    ],
    ids=[
        "no-name",
        "blank-name",
        "bad-email",
        "no-contact",
        "long-name",
        "phone-words",
        "phone-letters",
        "phone-too-short",
        "long-needs",
        "no-consent",
        "honeypot",
        "forged-token",
        "other-form-token",
        "old-token",
    ],
)
def test_bad_input_is_refused_with_the_reason_and_nothing_is_written(client, mailoutbox, changes, message):
    event = EventPageFactory(seats=3)
    changes = dict(changes)
    seconds_ago = changes.pop("seconds_ago", 10)
    data = registration_form_data(seconds_ago=seconds_ago, **changes)
    if data["consent"] == "":
        del data["consent"]  # an unticked box is not sent
    response = client.post(event.url + "inscription/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert escape(message) in html
    assert 'id="erreurs" tabindex="-1"' in html  # the summary (or the notice) the form's address leads to
    assert not Registration.objects.filter(event=event).exists()
    assert mailoutbox == []


def test_what_was_typed_is_shown_escaped_when_the_form_is_refused(client):
    event = EventPageFactory(seats=3)
    response = client.post(
        event.url + "inscription/", registration_form_data(name="<script>alert(1)</script>", email="pas-un-courriel")
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in html
    assert escape("<script>alert(1)</script>") in html


def test_registration_form_page_shows_the_form_and_seats_left(client):
    event = EventPageFactory(seats=3)
    register(fresh(event), **person(1))
    response = client.get(event.url + "inscription/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Il reste 2 places." in html
    assert 'name="token"' in html and 'name="consent"' in html


def test_rate_limit_per_address(client, settings):
    settings.EVENT_REGISTRATION_RATE = "2/h"
    event = EventPageFactory(seats=10, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
    cache.clear()
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        for n in range(2):
            response = client.post(
                event.url + "inscription/",
                registration_form_data(name=f"Personne {n}", phone="", email=f"personne{n}@example.org"),
            )
            assert response.status_code == 302
        response = client.post(
            event.url + "inscription/",
            registration_form_data(name="Personne 3", phone="", email="personne3@example.org"),
        )
        assert response.status_code == 429
        assert escape("Trop d'inscriptions depuis cette connexion.") in response.content.decode()
        assert Registration.objects.filter(event=event).count() == 2
        # Another connection is not affected.
        other = client.post(
            event.url + "inscription/",
            registration_form_data(name="Personne 4", phone="", email="personne4@example.org"),
            REMOTE_ADDR="192.0.2.44",
        )
        assert other.status_code == 302
    assert set(Registration.objects.filter(event=event).values_list("email", flat=True)) == {
        "personne0@example.org",
        "personne1@example.org",
        "personne4@example.org",
    }


# What the database guarantees (the capacity race) ------------------------------------------------------------


def test_database_refuses_the_same_seat_twice():
    """Two requests that both read "seat 1 is free" cannot both store it: the second insert fails."""
    event = EventPageFactory(seats=1)
    Registration.objects.create(event=event, seat=1, status="confirmee", name="Awa", email="awa@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, seat=1, status="confirmee", name="Bob", email="bob@example.org")
    assert Registration.objects.filter(event=event).count() == 1
    # The same seat number at another event is fine.
    other = EventPageFactory(seats=1)
    Registration.objects.create(event=other, seat=1, status="confirmee", name="Bob", email="bob@example.org")


@pytest.mark.parametrize(
    ("status", "seat"),
    [("confirmee", None), ("attente", 1), ("annulee", 1)],
    ids=["confirmed-without-seat", "waitlisted-with-seat", "cancelled-with-seat"],
)
def test_database_refuses_inconsistent_seats(status, seat):
    event = EventPageFactory(seats=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, seat=seat, status=status, name="Awa", email="awa@example.org")
    assert not Registration.objects.filter(event=event).exists()


def test_database_refuses_two_active_registrations_with_one_email():
    event = EventPageFactory(seats=3)
    Registration.objects.create(event=event, seat=None, status="annulee", name="Awa", email="awa@example.org")
    Registration.objects.create(event=event, seat=1, status="confirmee", name="Awa", email="awa@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, seat=None, status="attente", name="Awa", email="awa@example.org")


@pytest.fixture(scope="class")
def shareable_database(django_db_setup, django_db_blocker, tmp_path_factory):
    """A copy of the session's test database (gazetteer, starter pages) that threads really share, as requests
    share the site's database.

    The transactional test below commits for real and empties the database when it ends. Working on a copy keeps
    the shared database intact for any test that runs afterwards. Being class-scoped, this fixture is set up
    before and torn down after the test's own database set-up and flush.

    SQLite: the test database lives in memory, where simultaneous writers fail at once with "database table is
    locked" (a shared-cache limit: the busy timeout does not apply), unlike the file the site runs on. The copy is a
    file, opened with the site's options (BEGIN IMMEDIATE, 20 s timeout); the in-memory database is kept open (it
    would vanish with its last connection) and comes back afterwards.
    PostgreSQL: a database created from the test database as a template.
    """
    settings_dict = connection.settings_dict
    original = settings_dict["NAME"]
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        path = tmp_path_factory.mktemp("threads") / "test.sqlite3"
        keeper = sqlite3.connect(original, uri=True)
        with django_db_blocker.unblock():
            copy = sqlite3.connect(path)
            keeper.backup(copy)
            copy.close()
            settings_dict["NAME"] = str(path)
            connection.close()
        try:
            yield
        finally:
            with django_db_blocker.unblock():
                connection.close()
                settings_dict["NAME"] = original
                connection.ensure_connection()
            keeper.close()
    elif connection.vendor == "postgresql":
        copy_name = f"{original}_threads"
        with django_db_blocker.unblock():
            connection.close()
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{copy_name}"')
                cursor.execute(f'CREATE DATABASE "{copy_name}" TEMPLATE "{original}"')
            settings_dict["NAME"] = copy_name
        try:
            yield
        finally:
            with django_db_blocker.unblock():
                connection.close()
                settings_dict["NAME"] = original
                with connection._nodb_cursor() as cursor:
                    cursor.execute(f'DROP DATABASE IF EXISTS "{copy_name}"')
    else:
        yield


@pytest.mark.usefixtures("shareable_database")
class TestSimultaneousRegistrations:
    @pytest.mark.django_db(transaction=True)
    def test_eight_people_for_three_seats_never_overbook(self, mailoutbox):
        """Eight people press "M'inscrire" at the same moment for three seats, each on their own connection."""
        event = EventPageFactory(seats=3, waiting_list=True)
        threads_count = 8
        barrier = threading.Barrier(threads_count, timeout=30)
        results, errors = [], []

        def attempt(n):
            try:
                page = EventPage.objects.get(pk=event.pk)
                assert page.registration_state() == "open"  # every request saw free seats before the race
                barrier.wait()
                results.append(register(page, name=f"Personne {n}", email=f"personne{n}@example.org"))
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=attempt, args=(n,)) for n in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=90)
        assert not any(thread.is_alive() for thread in threads)
        assert errors == []
        stored = Registration.objects.filter(event=event)
        assert sorted(stored.filter(status="confirmee").values_list("seat", flat=True)) == [1, 2, 3]
        assert stored.filter(status="attente", seat=None).count() == threads_count - 3
        assert stored.count() == len(results) == threads_count
        assert len({registration.email for registration in results}) == threads_count
        assert len(mailoutbox) == threads_count
        assert sum(message.subject.startswith("Inscription confirmée") for message in mailoutbox) == 3


@pytest.mark.usefixtures("shareable_database")
class TestSimultaneousDuplicates:
    """Its own copy of the database (the fixture is class-scoped): the test above empties the copy it ran on."""

    @pytest.mark.django_db(transaction=True)
    def test_one_person_pressing_several_times_at_once_is_registered_once(self, mailoutbox):
        """One person's six requests at the same moment, the phone number written six ways, among two other people
        registering with a phone number only: three registrations, three seats, the five extra requests refused."""
        event = EventPageFactory(seats=3, waiting_list=True)
        same_person = [
            ("Awa Diallo", "06 12 34 56 78"),
            ("awa diallo", "+33612345678"),
            ("AWA  DIALLO", "0612345678"),
            ("Awa Diallo", "+33 (0)6 12 34 56 78"),
            ("Awa Diallo", "06.12.34.56.78"),
            ("Awa Diallo", "0033 6 12 34 56 78"),
        ]
        requests = [*same_person, ("Bob Martin", "07 00 00 00 01"), ("Chloé Petit", "07 00 00 00 02")]
        barrier = threading.Barrier(len(requests), timeout=30)
        results, refusals, errors = [], [], []

        def attempt(name, phone):
            try:
                page = EventPage.objects.get(pk=event.pk)
                barrier.wait()
                results.append(register(page, name=name, phone=phone))
            except RegistrationRefused as refusal:
                refusals.append(str(refusal.message))
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=attempt, args=request) for request in requests]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=90)
        assert not any(thread.is_alive() for thread in threads)
        assert errors == []
        stored = Registration.objects.filter(event=event)
        assert stored.count() == len(results) == 3
        assert stored.filter(phone_key="+33612345678").count() == 1
        assert sorted(stored.values_list("seat", flat=True)) == [1, 2, 3]
        assert len(refusals) == len(same_person) - 1
        assert all("déjà inscrite" in refusal for refusal in refusals)
        assert set(stored.values_list("to_call", flat=True)) == {True}
        assert mailoutbox == []  # nobody to write to: the organiser calls them


# Purge of personal data ---------------------------------------------------------------------------------------


def _registered_event(end):
    """An event that ends at `end`, with one confirmed and one cancelled registration."""
    event = EventPageFactory(seats=3, start=end - timedelta(hours=2), end=end)
    RegistrationFactory(event=event)
    RegistrationFactory(event=event, cancelled=True)
    return event


def test_purge_deletes_registrations_once_the_retention_period_is_over(settings):
    settings.REGISTRATION_RETENTION_DAYS = 30
    now = datetime(2031, 6, 10, 12, 0, tzinfo=PARIS)
    old = _registered_event(now - timedelta(days=30, hours=1))
    recent = _registered_event(now - timedelta(days=29, hours=23))
    coming = _registered_event(now + timedelta(days=3))
    with time_machine.travel(now, tick=False):
        out = io.StringIO()
        call_command("purge_registrations", "--dry-run", stdout=out)
        assert "à effacer" in out.getvalue()
        assert Registration.objects.filter(event=old).count() == 2  # a dry run deletes nothing

        out = io.StringIO()
        call_command("purge_registrations", stdout=out)
        assert "effacées" in out.getvalue()
    assert not Registration.objects.filter(event=old).exists()
    assert Registration.objects.filter(event=recent).count() == 2
    assert Registration.objects.filter(event=coming).count() == 2
    assert EventPage.objects.filter(pk=old.pk).exists()  # the event itself stays


def test_purge_follows_the_retention_setting(settings):
    now = datetime(2031, 6, 10, 12, 0, tzinfo=PARIS)
    event = _registered_event(now - timedelta(days=10))
    with time_machine.travel(now, tick=False):
        settings.REGISTRATION_RETENTION_DAYS = 30
        call_command("purge_registrations", stdout=io.StringIO())
        assert Registration.objects.filter(event=event).count() == 2
        settings.REGISTRATION_RETENTION_DAYS = 7
        call_command("purge_registrations", stdout=io.StringIO())
        assert not Registration.objects.filter(event=event).exists()


def test_a_translation_not_yet_updated_shows_the_french_events_seats(locales):
    """Seats belong to the French event: a translation still holding the old capacity must not offer a seat."""
    event = EventPageFactory(seats=3, waiting_list=True)
    english = event.copy_for_translation(locales["en"])
    english.save_revision().publish()
    register(fresh(event), **person(1))
    event = fresh(event)
    event.capacity = 1  # the organiser lowers the capacity in French; the translation is not updated yet
    event.save_revision().publish()
    english = EventPage.objects.get(pk=english.pk)
    assert english.capacity == 3
    assert english.registration_state() == fresh(event).registration_state() == "waiting"
    assert english.seats_left() == 0


# The organisers' admin ----------------------------------------------------------------------------------------


@pytest.fixture
def organiser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("organisatrice", "orga@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    return client


def test_admin_lists_registrations_and_exports_them(organiser_client):
    event = EventPageFactory(seats=1)
    register(fresh(event), name="Awa Diallo", email="awa.diallo@example.org", phone="0612345678")
    register(fresh(event), name="Bob Martin", email="bob.martin@example.org", needs="Fauteuil")

    response = organiser_client.get(f"/admin/event_registrations/?event={event.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Awa Diallo" in html and "Bob Martin" in html

    response = organiser_client.get("/admin/event_registrations/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "inscriptions.csv" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    header = [cell.lower() for cell in rows[0]]
    assert "nom" in header and "courriel" in header
    name_col, email_col, status_col = header.index("nom"), header.index("courriel"), header.index("état")
    mine = {row[email_col]: row for row in rows[1:] if row[email_col].endswith("@example.org")}
    assert mine["awa.diallo@example.org"][name_col] == "Awa Diallo"
    assert mine["bob.martin@example.org"][name_col] == "Bob Martin"
    assert mine["bob.martin@example.org"][status_col] != mine["awa.diallo@example.org"][status_col]


def test_admin_list_and_export_queries_do_not_grow_with_the_registrations(organiser_client):
    event = EventPageFactory(seats=20)

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            response = organiser_client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
        return len(captured)

    register(fresh(event), name="Awa Diallo", email="awa.diallo@example.org")
    few = queries("/admin/event_registrations/"), queries("/admin/event_registrations/?export=csv")
    for number in range(6):
        register(fresh(event), name=f"Personne {number}", email=f"personne{number}@example.org")
    many = queries("/admin/event_registrations/"), queries("/admin/event_registrations/?export=csv")
    assert many == few


def test_registrations_are_not_added_or_copied_in_the_admin(organiser_client):
    """Only the public form gives seats and sends e-mails: the admin lists, edits and deletes, but never adds."""
    event = EventPageFactory(seats=3)
    registration = register(fresh(event), name="Awa Diallo", email="awa.diallo@example.org")
    listing = organiser_client.get("/admin/event_registrations/").content.decode()
    assert "/admin/event_registrations/new/" not in listing
    response = organiser_client.get("/admin/event_registrations/new/")
    assert response.status_code in (302, 403)
    assert organiser_client.get(f"/admin/event_registrations/copy/{registration.pk}/").status_code == 404
    assert organiser_client.get(f"/admin/event_registrations/edit/{registration.pk}/").status_code == 200
    assert Registration.objects.filter(event=event).count() == 1


def test_admin_list_is_for_staff_only(client):
    event = EventPageFactory(seats=3)
    register(fresh(event), name="Awa Diallo", email="awa.diallo@example.org")
    response = client.get("/admin/event_registrations/?export=csv")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
