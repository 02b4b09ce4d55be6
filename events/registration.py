"""Registering, cancelling and promoting from the waiting list; the database arbitrates simultaneous requests."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import emails
from .enums import RegistrationStatus
from .models import Registration

ATTEMPTS = 5


@dataclass
class RegistrationRefused(Exception):
    message: str


def _free_seat(event):
    """The lowest free seat number, or None when as many people are confirmed as there are seats.

    Counting matters: after the organiser lowers the capacity, confirmed people may hold numbers above it.
    """
    taken = set(event.registrations.exclude(seat=None).values_list("seat", flat=True))
    if len(taken) >= (event.capacity or 0):
        return None
    return next((seat for seat in range(1, (event.capacity or 0) + 1) if seat not in taken), None)


def register(page, *, name, email="", phone="", needs="", language="fr", registered_by=""):
    """Register a person: a seat if one is free, else the waiting list (if the event has one).

    `email` or `phone` (at least one) is how to reach the person, or the aidant who registers them (`registered_by`,
    their name). Raises RegistrationRefused with a message for the person. The registration is stored before any
    e-mail is sent (the confirmation leaves only once the transaction is committed).
    """
    state = page.registration_state()
    if state in ("", "closed"):
        raise RegistrationRefused(_("Les inscriptions à cet événement sont closes."))
    if state == "full":
        raise RegistrationRefused(_("Cet événement est complet."))
    event = page.registration_event
    fields = {
        "name": name,
        "email": email,
        "phone": phone,
        "registered_by": registered_by,
        "needs": needs,
        "language": language,
    }
    candidate = Registration(event=event, **fields)
    candidate.normalise()
    if not (candidate.email or candidate.phone_key):
        raise RegistrationRefused(_("Indiquez un téléphone ou un courriel : l'un des deux au moins."))
    # Catch-all: seats freed other than through the site (a registration deleted in the admin...) go to the
    # people already waiting before anyone new. Raised capacities are handled on publish (signals.py).
    promote_waiting(event)
    for _attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                if candidate.duplicates().exists():
                    raise RegistrationRefused(
                        _(
                            "Cette personne est déjà inscrite à cet événement, avec ce nom et ce contact. Pour "
                            "annuler, utilisez le lien du courriel de confirmation ou le code d'inscription."
                        )
                    )
                seat = _free_seat(event)
                if seat is None and not event.waiting_list:
                    raise RegistrationRefused(_("Cet événement est complet."))
                status = RegistrationStatus.CONFIRMED if seat else RegistrationStatus.WAITLISTED
                registration = Registration.objects.create(event=event, seat=seat, status=status, **fields)
                transaction.on_commit(lambda registration=registration: emails.send_registered(registration, page))
                return registration
        except IntegrityError:
            # Someone took that seat (or registered the same person) at the same moment, or the booking code drawn
            # was taken: look again.
            continue
    raise RegistrationRefused(_("Trop de demandes en même temps. Réessayez dans un instant."))


def cancel(registration):
    """Cancel a registration; its seat goes to the first person on the waiting list, who is told by e-mail.

    Returns the promoted registration, or None.
    """
    with transaction.atomic():
        updated = (
            Registration.objects.filter(pk=registration.pk)
            .exclude(status=RegistrationStatus.CANCELLED)
            .update(status=RegistrationStatus.CANCELLED, seat=None, cancelled_at=timezone.now())
        )
        if not updated:
            return None  # already cancelled (a second click on the link)
        registration.refresh_from_db()
        transaction.on_commit(lambda: emails.send_cancelled(registration))
        return promote_waiting(registration.event)


def promote_waiting(event):
    """Give free seats to the waiting list, first come first served, while the event has not started."""
    promoted = None
    if timezone.now() >= event.start:
        return None
    for _attempt in range(ATTEMPTS):
        seat = _free_seat(event)
        waiting = event.registrations.filter(status=RegistrationStatus.WAITLISTED).order_by("created_at", "pk").first()
        if seat is None or waiting is None:
            return promoted
        try:
            with transaction.atomic():
                updated = Registration.objects.filter(pk=waiting.pk, status=RegistrationStatus.WAITLISTED).update(
                    status=RegistrationStatus.CONFIRMED, seat=seat, promoted_at=timezone.now()
                )
        except IntegrityError:
            continue  # that seat was just taken: try the next one
        if updated:
            waiting.refresh_from_db()
            transaction.on_commit(lambda waiting=waiting: emails.send_promoted(waiting))
            promoted = waiting
    return promoted
