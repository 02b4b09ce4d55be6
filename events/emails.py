"""E-mails to registered people, in the language they registered in. Sent after the registration is stored.

People registered with a phone number only get no e-mail: the organiser calls them (the admin's "À appeler").
Links lead to the site's public address (WAGTAILADMIN_BASE_URL, which `make run` sets from HOST and PORT), never to
the host name a request came with.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from proxinum.text import join_list

logger = logging.getLogger("proxinum.events")


def _send(registration, template, subject, page=None):
    if not registration.email:
        return
    page = page or registration.event
    with translation.override(registration.language):
        localized = page.localized  # the event in the language the person registered in, when translated
        event_url = absolute(localized.get_url() or "")
        context = {
            "registration": registration,
            "event": localized,
            "where": join_list(localized.address_lines),
            "event_url": event_url,
            "calendar_url": f"{event_url}{localized.reverse_subpage('ics_view')}" if event_url else "",
            "manage_url": absolute(reverse("registration_manage", args=[registration.token])),
        }
        body = render_to_string(f"events/emails/{template}.txt", context)
        subject = str(subject) % {"title": localized.title}
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [registration.email])
    except OSError:
        # The registration is stored; the person sees the confirmation on screen. No address in the log.
        logger.warning("e-mail %s not sent for registration %s", template, registration.pk)


def absolute(path):
    """The public address of a path of the site. Absolute URLs (a page of another Wagtail site) are left alone."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{path}" if path and path.startswith("/") else path


def send_registered(registration, page=None):
    if registration.status == "confirmee":
        _send(registration, "confirmed", _("Inscription confirmée : %(title)s"), page)
    else:
        _send(registration, "waitlisted", _("Liste d'attente : %(title)s"), page)


def send_promoted(registration):
    _send(registration, "promoted", _("Une place s'est libérée : %(title)s"))


def send_cancelled(registration):
    _send(registration, "cancelled", _("Inscription annulée : %(title)s"))
