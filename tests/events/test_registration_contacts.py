"""Registering without an e-mail address: a phone number instead, what makes a duplicate, booking codes and cancelling
with them, aidants registering other people, the anti-robot delay, the error summary, the confirmation page, and the
e-mails (names of places, links to the public address), sent through a real SMTP server too."""

import csv
import email
import email.policy
import importlib
import io
import re
import socket
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.apps import apps as django_apps
from django.core import signing
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.html import escape

from events.contacts import CODE_ALPHABET, fold_name, normalise_code, normalise_phone, phone_problem
from events.forms import RegistrationForm
from events.models import EventPage, Registration
from events.registration import RegistrationRefused, cancel, register
from tests.places.factories import MediationPlacePageFactory

from .factories import EventPageFactory, RegistrationFactory, fresh, registration_form_data

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
PUBLIC_URL = "http://127.0.0.1:8123"
CODE = re.compile(rf"^[{CODE_ALPHABET}]{{8}}$")


@pytest.fixture
def library():
    """A place of the directory: events held there take its address, and the site names it."""
    return MediationPlacePageFactory(title="Médiathèque Louis-Aragon", address="Quai des Anglais")


def phone_only(**changes):
    return registration_form_data(**{"email": "", "phone": "06 12 34 56 78", **changes})


def post(client, event, data, **extra):
    return client.post(event.url + "inscription/", data, **extra)


def cancel_url(event):
    return event.url + "annuler/"


# Contacts and what makes a duplicate ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["06 12 34 56 78", "0612345678", "+33612345678", "+33 6 12 34 56 78", "0033 6 12 34 56 78",
     "+33 (0)6 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78"],
)  # fmt: skip
def test_french_numbers_in_any_writing_are_one_number(typed):
    assert normalise_phone(typed) == "+33612345678"
    assert phone_problem(typed) == ""


@pytest.mark.parametrize(
    ("typed", "problem"),
    [("06 12 34 56", "length"), ("06 12 34 56 78 9", "length"), ("612345678", "length"), ("06 12 ab 56 78", "letters"),
     ("+212 6 12 34 56 78", ""), ("+1 2", "length")],
)  # fmt: skip
def test_phone_numbers_that_cannot_be_called_are_said(typed, problem):
    assert phone_problem(typed) == problem


def test_names_are_compared_without_case_accents_or_spaces():
    assert fold_name("  Élodie   LE-BRETON ") == fold_name("elodie le breton") == "elodie le breton"
    assert fold_name("Awa Diallo") != fold_name("Awa Diallo-Sy")
    assert normalise_code(" k7mp-3xq9 ") == "K7MP3XQ9"


def test_phone_only_registration_through_the_form(library, client, mailoutbox, django_capture_on_commit_callbacks):
    event = EventPageFactory(seats=3, place=library)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, event, phone_only(name="Awa Diallo", phone="06 12 34 56 78"))
    assert response.status_code == 302
    registration = Registration.objects.get(event=event)
    assert response["Location"] == f"/inscriptions/{registration.token}/"
    assert (registration.email, registration.phone, registration.phone_key) == ("", "06 12 34 56 78", "+33612345678")
    assert (registration.status, registration.seat, registration.to_call) == ("confirmee", 1, True)
    assert CODE.match(registration.booking_code)
    assert not set("0O1IL") & set(registration.booking_code)
    assert mailoutbox == []  # no address: the organiser calls

    # The confirmation page: the code, how to cancel, the calendar, the full address with the place's name.
    html = client.get(response["Location"]).content.decode()
    assert "Awa Diallo, votre inscription est confirmée." in html
    assert registration.code_display in html and len(registration.code_display) == 9
    assert "avec votre numéro de téléphone, il permet d'annuler" in html
    assert f'href="{event.url}annuler/"' in html
    assert f'href="{event.url}calendrier/" download>Ajouter à mon agenda (.ics)</a>' in html
    assert f'<a href="{library.url}">Médiathèque Louis-Aragon</a><br>Quai des Anglais<br>13500 Martigues' in html
    assert "Un courriel a été envoyé" not in html


def test_a_contact_is_required_and_the_error_is_on_the_phone_field(client):
    event = EventPageFactory(seats=3)
    response = post(client, event, registration_form_data(email="", phone=""))
    assert response.status_code == 400
    html = response.content.decode()
    message = escape("Indiquez un téléphone ou un courriel : l'un des deux au moins, pour vous joindre.")
    assert f'<p class="error" id="id_phone_error">{message}</p>' in html
    assert re.search(r'<input[^>]*name="phone"[^>]*aria-invalid="true"', html)
    assert not re.search(r'<input[^>]*name="email"[^>]*aria-invalid="true"', html)
    assert not Registration.objects.filter(event=event).exists()


def test_same_person_with_the_same_contact_is_refused_another_name_is_not():
    event = EventPageFactory(seats=10)
    register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
    for name, phone in [("  awa   DIALLO ", "+33612345678"), ("Awa Diallo", "0033 6 12 34 56 78")]:
        with pytest.raises(RegistrationRefused) as refused:
            register(fresh(event), name=name, phone=phone)
        assert "déjà inscrite" in str(refused.value.message)
    # The aidant's case: the same phone number for another person. And a namesake with another contact.
    assert register(fresh(event), name="Élodie Martin", phone="06 12 34 56 78").status == "confirmee"
    assert register(fresh(event), name="Awa Diallo", email="awa.diallo@example.org").status == "confirmee"
    # The same name and e-mail address, whatever else is given, is the same person.
    with pytest.raises(RegistrationRefused):
        register(fresh(event), name="Awa Diallo", email="Awa.Diallo@example.org", phone="07 00 00 00 00")
    assert Registration.objects.filter(event=event).count() == 3


def test_database_refuses_the_same_person_and_phone_twice_while_active():
    event = EventPageFactory(seats=3)
    first = Registration.objects.create(event=event, seat=1, status="confirmee", name="Awa Diallo", phone="0612345678")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, status="attente", name="AWA DIALLO", phone="+33 6 12 34 56 78")
    Registration.objects.create(event=event, seat=2, status="confirmee", name="Bob Martin", phone="0612345678")
    Registration.objects.filter(pk=first.pk).update(status="annulee", seat=None)
    Registration.objects.create(event=event, seat=1, status="confirmee", name="Awa Diallo", phone="06 12 34 56 78")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(event=event, status="attente", name="Chloé Petit")  # no contact at all
    assert Registration.objects.filter(event=event).count() == 3


def test_existing_registrations_get_their_keys_and_codes_from_the_data_migration():
    """Rows stored before this change: keys computed, a code each; two active rows that are the same person under the
    new rule (one e-mail address each) are both kept, without breaking the new constraints."""
    migration = importlib.import_module("events.migrations.0003_registration_phone_or_email")
    event = EventPageFactory(seats=3)
    rows = [
        Registration.objects.create(event=event, seat=1, status="confirmee", name="Awa Diallo", email="a@ex.org", phone="06 12 34 56 78"),
        Registration.objects.create(event=event, seat=2, status="confirmee", name="Bob", email="b@ex.org", phone="06 12 34 56 78"),
        Registration.objects.create(event=event, status="annulee", name="Chloé", email="c@ex.org"),
    ]  # fmt: skip
    # As the old schema left them: no keys, the same person twice (the second row renamed behind the model's back).
    Registration.objects.filter(pk=rows[1].pk).update(name="awa  diallo")
    Registration.objects.filter(event=event).update(name_key="", phone_key="", to_call=True)
    Registration.objects.filter(pk=rows[0].pk).update(email="A@Ex.org")

    migration.fill_keys(django_apps, connection.schema_editor)
    first, second, third = (Registration.objects.get(pk=row.pk) for row in rows)
    assert (first.email, first.name_key, first.phone_key, first.to_call) == (
        "a@ex.org",
        "awa diallo",
        "+33612345678",
        False,
    )
    assert second.name_key == f"awa diallo #{second.pk}" and second.status == "confirmee"
    assert third.name_key == "chloe"
    codes = {row.booking_code for row in (first, second, third)}
    assert len(codes) == 3 and all(CODE.match(code) for code in codes)


# Aidants -----------------------------------------------------------------------------------------------------


def aidant_data(person, **changes):
    return registration_form_data(
        **{"name": "Marie Aidante", "for_someone_else": "on", "other_name": person, "email": "", "phone": "04 42 00 00 01",
           "needs": "", **changes}
    )  # fmt: skip


def test_an_aidant_registers_three_people_in_a_row_from_the_same_address(
    client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.EVENT_REGISTRATION_RATE = "30/h"
    settings.EVENT_REGISTRATION_CONTACT_RATE = "10/h"
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        event = EventPageFactory(seats=10, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
        for person in ["Awa Diallo", "Bob Martin", "Chloé Petit"]:
            with django_capture_on_commit_callbacks(execute=True):
                response = post(client, event, aidant_data(person, email="marie@mediatheque.example.org"))
            assert response.status_code == 302, response.content.decode()[:3000]
        html = client.get(response["Location"]).content.decode()
        # The same person twice is refused, even through the aidant.
        response = post(client, event, aidant_data("bob  martin", email="marie@mediatheque.example.org"))
        assert response.status_code == 409
        assert "déjà inscrite" in response.content.decode()
    stored = Registration.objects.filter(event=event).order_by("pk")
    assert [(r.name, r.registered_by) for r in stored] == [
        ("Awa Diallo", "Marie Aidante"),
        ("Bob Martin", "Marie Aidante"),
        ("Chloé Petit", "Marie Aidante"),
    ]
    assert "L'inscription de Chloé Petit est confirmée." in html
    assert "Inscrit par" in html and "Marie Aidante" in html
    assert [message.to for message in mailoutbox] == [["marie@mediatheque.example.org"]] * 3
    assert mailoutbox[0].body.startswith("Bonjour Marie Aidante,")
    assert f"L'inscription de Awa Diallo à « {event.title} » est confirmée." in mailoutbox[0].body


def test_per_contact_limit_stops_a_flood_for_one_event_not_other_people_on_the_same_connection(client, settings):
    settings.EVENT_REGISTRATION_RATE = "30/h"
    settings.EVENT_REGISTRATION_CONTACT_RATE = "3/h"
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        event = EventPageFactory(seats=20, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
        other_event = EventPageFactory(seats=20, start=datetime(2031, 6, 21, 14, 0, tzinfo=PARIS))
        for n in range(3):
            assert post(client, event, aidant_data(f"Personne {n}")).status_code == 302
        response = post(client, event, aidant_data("Personne 3", phone="+33 4 42 00 00 01"))  # the same number
        assert response.status_code == 429
        assert escape("Trop d'inscriptions avec ce téléphone ou ce courriel pour cet événement.") in (
            response.content.decode()
        )
        assert 'value="Personne 3"' in response.content.decode()  # what was typed stays
        # Another aidant at the same connection, and the same aidant at another event, go on.
        assert (
            post(client, event, aidant_data("Personne 4", name="Paul Aidant", phone="04 42 00 00 02")).status_code
            == 302
        )
        assert post(client, other_event, aidant_data("Personne 5")).status_code == 302
    assert Registration.objects.filter(event=event).count() == 4


def test_registering_someone_else_needs_their_name_and_an_unticked_box_ignores_it(client):
    event = EventPageFactory(seats=3)
    response = post(client, event, aidant_data(""))
    assert response.status_code == 400
    html = response.content.decode()
    assert escape("Écrivez le nom et le prénom de la personne que vous inscrivez.") in html
    assert 'href="#id_other_name"' in html

    data = aidant_data("Bob Martin")
    del data["for_someone_else"]  # the box unticked: the field is hidden, what it holds is not used
    assert post(client, event, data).status_code == 302
    registration = Registration.objects.get(event=event)
    assert (registration.name, registration.registered_by) == ("Marie Aidante", "")


# Booking codes and "Annuler mon inscription" -------------------------------------------------------------------


def test_cancelling_with_the_code_and_the_phone_number(client, settings, django_capture_on_commit_callbacks):
    settings.EVENT_CANCEL_RATE = "100/h"
    event = EventPageFactory(seats=1)
    holder = register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
    waiting = register(fresh(event), name="Bob Martin", phone="07 00 00 00 01")
    code = holder.booking_code

    # GET shows the form and never cancels, whatever its address holds.
    response = client.get(cancel_url(event), {"code": code, "contact": "0612345678"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Annuler mon inscription</h1>" in html
    assert 'name="code"' in html and 'name="contact"' in html
    assert f'action="{event.url}annuler/#erreurs"' in html
    assert response["X-Robots-Tag"] == "noindex"
    holder.refresh_from_db()
    assert holder.status == "confirmee"

    # A wrong code, or the right code with another number: the same refusal, saying neither which.
    refusals = []
    for data in [{"code": "ABCD-EFGH", "contact": "06 12 34 56 78"}, {"code": code, "contact": "06 99 99 99 99"}]:
        response = client.post(cancel_url(event), data)
        assert response.status_code == 400
        refusals.append(re.search(r'<p class="notice notice--error" role="alert">(.*?)</p>', response.content.decode()))
    assert refusals[0] and refusals[1] and refusals[0].group(1) == refusals[1].group(1)
    assert "ne correspondent à aucune inscription" in refusals[0].group(1)
    holder.refresh_from_db()
    assert holder.status == "confirmee"

    # The code as people copy it (lower case, a space) and the number written otherwise: cancelled, seat given on.
    typed = f"{code[:4].lower()} {code[4:].lower()}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(cancel_url(event), {"code": typed, "contact": "+33 6 12 34 56 78"})
    assert response.status_code == 302
    assert response["Location"] == f"/inscriptions/{holder.token}/"
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert (holder.status, holder.seat) == ("annulee", None)
    assert (waiting.status, waiting.seat) == ("confirmee", 1)
    assert "Cette inscription est annulée." in client.get(response["Location"]).content.decode()


def test_cancelling_with_the_code_and_an_email_address_too(client):
    event = EventPageFactory(seats=3)
    registration = register(fresh(event), name="Awa Diallo", email="awa@example.org")
    response = client.post(cancel_url(event), {"code": registration.booking_code, "contact": "AWA@example.org"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "annulee"


def test_cancel_attempts_are_limited_per_registration_even_with_the_right_code(client, settings):
    settings.EVENT_CANCEL_RATE = "100/h"
    settings.EVENT_CANCEL_ATTEMPTS_RATE = "3/h"
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        event = EventPageFactory(seats=3, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
        target = register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
        other = register(fresh(event), name="Bob Martin", phone="07 00 00 00 01")
        # Someone tries codes for that number, from three connections.
        for n, guess in enumerate(["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"]):
            response = client.post(
                cancel_url(event), {"code": guess, "contact": "0612345678"}, REMOTE_ADDR=f"192.0.2.{n + 10}"
            )
            assert response.status_code == 400
        # The fourth attempt is refused even with the right code: guessing has no end otherwise.
        response = client.post(cancel_url(event), {"code": target.booking_code, "contact": "0612345678"})
        assert response.status_code == 429
        assert "Trop d&#x27;essais" in response.content.decode()
        target.refresh_from_db()
        assert target.status == "confirmee"
        # Other people's registrations are not affected.
        response = client.post(cancel_url(event), {"code": other.booking_code, "contact": "07 00 00 00 01"})
        assert response.status_code == 302
    with time_machine.travel(datetime(2031, 6, 10, 13, 21, tzinfo=PARIS), tick=False):  # an hour later
        response = client.post(cancel_url(event), {"code": target.booking_code, "contact": "0612345678"})
        assert response.status_code == 302


def test_cancel_attempts_are_limited_per_address(client, settings):
    settings.EVENT_CANCEL_RATE = "2/h"
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        event = EventPageFactory(seats=3, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
        registration = register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
        for guess in ["AAAAAAAA", "BBBBBBBB"]:
            assert client.post(cancel_url(event), {"code": guess, "contact": "07 11 11 11 11"}).status_code == 400
        data = {"code": registration.booking_code, "contact": "06 12 34 56 78"}
        assert client.post(cancel_url(event), data).status_code == 429
        assert client.post(cancel_url(event), data, REMOTE_ADDR="192.0.2.99").status_code == 302


def test_successful_cancellations_do_not_count_against_the_address(client, settings):
    # An aidant at a France Services desk cancels for several people from the same connection.
    settings.EVENT_CANCEL_RATE = "2/h"
    with time_machine.travel(datetime(2031, 6, 10, 12, 20, tzinfo=PARIS), tick=False):
        event = EventPageFactory(seats=3, start=datetime(2031, 6, 20, 14, 0, tzinfo=PARIS))
        people = [
            register(fresh(event), name=name, phone=phone)
            for name, phone in [
                ("Awa Diallo", "06 12 34 56 78"),
                ("Bob Martin", "07 00 00 00 01"),
                ("Léa Roux", "06 98 76 54 32"),
            ]
        ]
        for person in people:
            data = {"code": person.booking_code, "contact": person.phone}
            assert client.post(cancel_url(event), data).status_code == 302
        # Misses still count: two wrong codes, then even a right one waits.
        for guess in ["AAAAAAAA", "BBBBBBBB"]:
            assert client.post(cancel_url(event), {"code": guess, "contact": "07 11 11 11 11"}).status_code == 400
        assert client.post(cancel_url(event), {"code": "CCCCCCCC", "contact": "07 11 11 11 11"}).status_code == 429


def test_cancel_page_errors_are_summarised_and_past_events_offer_no_form(client):
    event = EventPageFactory(seats=3)
    response = client.post(cancel_url(event), {"code": "", "contact": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert '<h2 id="erreurs-titre" class="error-summary__title">Le formulaire contient 2 erreurs</h2>' in html
    assert 'href="#id_code"' in html and 'href="#id_contact"' in html

    past = EventPageFactory(seats=3, past=True)
    registration = RegistrationFactory(event=past, phone_only=True)
    response = client.post(cancel_url(past), {"code": registration.booking_code, "contact": registration.phone})
    assert response.status_code == 200
    assert "Cet événement est terminé" in response.content.decode() and 'name="code"' not in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "confirmee"
    free_entry = EventPageFactory()
    assert client.get(cancel_url(free_entry)).status_code == 404


def test_cancel_and_confirmation_pages_query_budget(library, client, django_assert_max_num_queries):
    event = EventPageFactory(seats=3, place=library)
    registration = register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
    for url in [cancel_url(event), f"/inscriptions/{registration.token}/"]:
        client.get(url)  # warm
        with django_assert_max_num_queries(15):
            assert client.get(url).status_code == 200


# The anti-robot delay ------------------------------------------------------------------------------------------


def test_a_too_fast_submission_says_to_wait_and_keeps_what_was_typed(client):
    event = EventPageFactory(seats=3)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        data = phone_only(name="Awa Diallo", needs="Je viens avec ma fille.", seconds_ago=0.5)
        response = post(client, event, data)
        assert response.status_code == 429
        assert response["Retry-After"] == "2"
        html = response.content.decode()
        assert escape("Votre inscription n'est pas encore enregistrée. Attendez quelques secondes") in html
        assert "Votre message n&#x27;a pas pu être envoyé" not in html
        assert "Le formulaire contient" not in html  # not the person's mistake: no error summary
        assert 'id="erreurs" tabindex="-1"' in html  # the form's address leads to the message
        assert 'value="Awa Diallo"' in html and 'value="06 12 34 56 78"' in html
        assert "Je viens avec ma fille.</textarea>" in html
        assert re.search(r'<input type="checkbox" name="consent"[^>]*checked', html)
        token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        assert token != data["token"]  # a fresh token, of the moment the form came back
        assert abs(signing.loads(token, salt=RegistrationForm.token_salt) - time.time()) < 1

        traveller.shift(timedelta(seconds=0.5))
        assert post(client, event, {**data, "token": token}).status_code == 429  # still too soon
        traveller.shift(timedelta(seconds=2.5))
        response = post(client, event, {**data, "token": token})
        assert response.status_code == 302
    assert Registration.objects.filter(event=event).count() == 1


def test_the_delay_counts_from_when_the_page_was_served_and_is_a_setting(client, settings):
    """Autofill fills the form in and sends it at once: counted from the page served, two seconds are enough."""
    event = EventPageFactory(seats=3)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        html = client.get(event.url).content.decode()
        token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        traveller.shift(timedelta(seconds=2.1))
        assert post(client, event, phone_only(name="Awa Diallo", token=token)).status_code == 302

        settings.FORM_MIN_SECONDS = 5
        html = client.get(event.url + "inscription/").content.decode()
        token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        traveller.shift(timedelta(seconds=3))
        assert post(client, event, phone_only(name="Bob Martin", token=token)).status_code == 429
        traveller.shift(timedelta(seconds=2.5))
        assert post(client, event, phone_only(name="Bob Martin", token=token)).status_code == 302


# The error summary and the link near the title -----------------------------------------------------------------


def test_an_empty_form_comes_back_with_an_error_summary_linked_to_the_fields(client):
    event = EventPageFactory(seats=3)
    response = post(client, event, {"token": registration_form_data()["token"], "website": ""})
    assert response.status_code == 400
    html = response.content.decode()
    # The form's address ends with the summary's id: the browser scrolls to it and focuses it (tabindex="-1").
    assert f'action="{event.url}inscription/#erreurs"' in html
    assert '<div class="form-feedback" id="erreurs" tabindex="-1">' in html
    assert '<h3 id="erreurs-titre" class="error-summary__title">Le formulaire contient 3 erreurs</h3>' in html
    links = re.findall(r'<li><a href="#(id_\w+)">([^<]+)</a></li>', html)
    assert [target for target, _text in links] == ["id_name", "id_phone", "id_consent"]
    assert links[0][1] == "Votre nom et prénom : Écrivez votre nom et votre prénom."
    for target, _text in links:
        assert f'id="{target}"' in html
    assert html.index('id="erreurs"') < html.index('name="name"')  # at the top of the form

    response = post(client, event, registration_form_data(consent=""))
    assert "Le formulaire contient 1 erreur</h3>" in response.content.decode()


def test_event_page_has_a_register_link_near_its_title(client):
    event = EventPageFactory(seats=3)
    html = client.get(event.url).content.decode()
    link = '<p class="event__register"><a class="button button--primary" href="#inscription">S\'inscrire</a></p>'
    assert link in html
    assert html.index("<h1>") < html.index(link) < html.index('<dl class="facts">')
    assert '<section class="registration" id="inscription" tabindex="-1"' in html
    free_entry = EventPageFactory()
    assert 'href="#inscription"' not in client.get(free_entry.url).content.decode()


# E-mails -------------------------------------------------------------------------------------------------------


def test_emails_name_the_place_and_link_to_the_public_address_not_the_requests_host(
    library, client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    event = EventPageFactory(seats=1, place=library)
    for name in ["Awa Diallo", "Bob Martin"]:
        with django_capture_on_commit_callbacks(execute=True):
            response = post(client, event, registration_form_data(name=name, email=f"{name.split()[0].lower()}@example.org"),
                            HTTP_HOST="proxinum.attaquant.example")  # fmt: skip
        assert response.status_code == 302
    awa, bob = Registration.objects.filter(event=event).order_by("pk")
    confirmed, waitlisted = mailoutbox
    assert "Où : Médiathèque Louis-Aragon, Quai des Anglais, 13500 Martigues\n" in confirmed.body
    assert "  " not in confirmed.body
    assert f"Code d'inscription : {awa.code_display}" in confirmed.body
    assert f"{PUBLIC_URL}/inscriptions/{awa.token}/" in confirmed.body
    assert f"{PUBLIC_URL}{event.url}calendrier/" in confirmed.body
    assert f"{PUBLIC_URL}{event.url}\n" in confirmed.body
    assert f"Code d'inscription : {bob.code_display}" in waitlisted.body
    assert "Médiathèque Louis-Aragon" in waitlisted.body
    for message in mailoutbox:
        assert "attaquant" not in message.body and "testserver" not in message.body
        assert re.findall(r"https?://[^/\s]+", message.body) and set(re.findall(r"https?://[^/\s]+", message.body)) == {
            PUBLIC_URL
        }

    with django_capture_on_commit_callbacks(execute=True):
        cancel(awa)
    promoted = mailoutbox[-1]
    assert promoted.to == ["bob@example.org"] and "Médiathèque Louis-Aragon, Quai des Anglais" in promoted.body


class _Inbox:
    """aiosmtpd handler: keeps what the server receives."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_confirmation_goes_through_a_real_smtp_server(
    library, client, settings, smtp_server, django_capture_on_commit_callbacks
):
    inbox, port = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD = False, "", ""
    settings.WAGTAILADMIN_BASE_URL = PUBLIC_URL
    event = EventPageFactory(seats=3, place=library)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, event, registration_form_data(name="Chloé Écrivain", email="chloe@example.org"))
    assert response.status_code == 302
    registration = Registration.objects.get(event=event)

    assert len(inbox.envelopes) == 1
    envelope = inbox.envelopes[0]
    assert envelope.rcpt_tos == ["chloe@example.org"]
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert message["To"] == "chloe@example.org"
    assert message["Subject"] == f"Inscription confirmée : {event.title}"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Bonjour Chloé Écrivain,")
    assert "Médiathèque Louis-Aragon, Quai des Anglais, 13500 Martigues" in body
    assert registration.code_display in body
    assert f"{PUBLIC_URL}/inscriptions/{registration.token}/" in body


# The organisers' admin -----------------------------------------------------------------------------------------


@pytest.fixture
def organiser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("organisateur", "orga@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    return client


def test_admin_shows_who_to_call_in_the_list_a_filter_and_the_export(organiser_client):
    event = EventPageFactory(seats=5)
    register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
    register(fresh(event), name="Bob Martin", email="bob@example.org", phone="07 00 00 00 01")
    register(fresh(event), name="Chloé Petit", phone="04 42 00 00 01", registered_by="Marie Aidante")

    html = organiser_client.get(f"/admin/event_registrations/?event={event.pk}").content.decode()
    assert "À appeler" in html
    assert "06 12 34 56 78" in html and "07 00 00 00 01" not in html  # the number to call, for those to call

    html = organiser_client.get(f"/admin/event_registrations/?event={event.pk}&to_call=true").content.decode()
    assert "Awa Diallo" in html and "Chloé Petit" in html and "Bob Martin" not in html

    response = organiser_client.get(f"/admin/event_registrations/?event={event.pk}&export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    header = rows[0]
    assert "À appeler" in header and "Inscrit par" in header
    by_name = {row[header.index("Nom")]: row for row in rows[1:]}
    assert by_name["Awa Diallo"][header.index("À appeler")] == "Oui"
    assert by_name["Bob Martin"][header.index("À appeler")] == ""
    assert by_name["Chloé Petit"][header.index("Inscrit par")] == "Marie Aidante"


def test_admin_edit_refuses_a_duplicate_or_no_contact_with_a_message(organiser_client):
    event = EventPageFactory(seats=5)
    register(fresh(event), name="Awa Diallo", phone="06 12 34 56 78")
    other = register(fresh(event), name="Bob Martin", phone="06 12 34 56 78")
    url = f"/admin/event_registrations/edit/{other.pk}/"
    data = {"name": "awa diallo", "registered_by": "", "email": "", "phone": "0612345678", "needs": ""}
    response = organiser_client.post(url, data)
    assert response.status_code == 200
    assert "Cette personne est déjà inscrite à cet événement avec ce contact." in response.content.decode()
    response = organiser_client.post(url, {**data, "name": "Bob Martin", "phone": ""})
    assert response.status_code == 200
    assert escape("Indiquez un téléphone ou un courriel") in response.content.decode()
    other.refresh_from_db()
    assert (other.name, other.phone) == ("Bob Martin", "06 12 34 56 78")


def test_a_translation_registers_on_the_french_event_and_the_page_speaks_its_language(client, locales):
    event = EventPageFactory(seats=5)
    english = event.copy_for_translation(locales["en"])
    english.save_revision().publish()
    english = EventPage.objects.get(pk=english.pk)
    response = client.post(english.url + "inscription/", phone_only(name="John Smith"))
    assert response.status_code == 302
    registration = Registration.objects.get(name="John Smith")
    assert (registration.event_id, registration.language) == (event.pk, "en")
    response = client.post(english.url + "annuler/", {"code": registration.booking_code, "contact": "0612345678"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "annulee"


# Right to left in plain-text e-mails -------------------------------------------------------------------------------


def test_arabic_e_mails_isolate_addresses_and_codes_french_ones_carry_no_invisible_character(
    library, mailoutbox, django_capture_on_commit_callbacks
):
    event = EventPageFactory(seats=3, place=library)
    with django_capture_on_commit_callbacks(execute=True):
        arabic = register(fresh(event), name="Salma", email="salma@example.org", language="ar")
        french = register(fresh(event), name="Awa", email="awa@example.org", language="fr")
    bodies = {message.to[0]: message.body for message in mailoutbox}
    arabic_body, french_body = bodies["salma@example.org"], bodies["awa@example.org"]
    # Web addresses and the booking code: left-to-right isolates; the place's address: its own direction.
    assert f"\u2066{arabic.code_display}\u2069" in arabic_body
    assert re.search("\u2066https?://[^\u2069\\s]+/calendrier/\u2069", arabic_body)
    assert "\u2068Médiathèque Louis-Aragon" in arabic_body
    assert "Médiathèque Louis-Aragon، " in arabic_body  # the Arabic comma between the address's parts
    assert not re.search("[\u2066-\u2069]", french_body)
    assert french.code_display in french_body and "Médiathèque Louis-Aragon, " in french_body
