import math
from datetime import timedelta

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.core import get_usage

from . import registration as registrations
from .calendar import ics_response
from .enums import EventKind, RegistrationMode
from .forms import CancelForm, RegistrationForm
from .models import EventPage, Registration


def registration_form(request, page):
    """GET: the form alone (also shown on the event page). POST: validate, store, then confirm on screen.

    Per visitor address, a ceiling against robots (EVENT_REGISTRATION_RATE); per contact and event, a lower limit
    (EVENT_REGISTRATION_CONTACT_RATE), so that an aidant registering people one after the other is not stopped.
    """
    form = RegistrationForm(request.POST or None)
    refused = ""
    status = 200
    if request.method == "POST":
        if form.rate_limited(request):
            refused, status = _("Trop d'inscriptions depuis cette connexion. Réessayez dans une heure."), 429
        elif form.is_valid():
            if form.contact_rate_limited(request, page.registration_event):
                refused = _(
                    "Trop d'inscriptions avec ce téléphone ou ce courriel pour cet événement. Réessayez dans une "
                    "heure, ou appelez l'organisateur."
                )
                status = 429
            else:
                try:
                    registration = registrations.register(
                        page, language=translation.get_language(), **form.registration_fields()
                    )
                except registrations.RegistrationRefused as error:
                    refused, status = error.message, 409
                else:
                    return redirect("registration_manage", token=registration.token)
        elif form.too_fast:
            status = 429  # not the person's mistake: the form says to send it again in a moment
        else:
            status = 400
    context = page.get_context(request)
    context.update(form=form, refused=refused)
    response = TemplateResponse(request, "events/registration_form.html", context, status=status)
    if form.is_bound and form.too_fast:
        response["Retry-After"] = str(math.ceil(form.min_seconds()))
    return response


def cancel_form(request, page):
    """ "Annuler mon inscription" for people without e-mail: the booking code and the phone number, by POST only.

    Failed attempts are counted per visitor address (EVENT_CANCEL_RATE) and per registration that the code or the
    phone number designates (EVENT_CANCEL_ATTEMPTS_RATE); the limits are checked first: past one, even the right code
    is refused, so that codes cannot be guessed. Successful cancellations do not count (an aidant at a desk cancels
    for several people from one address). A refusal never says which of the two was wrong.
    """
    event = page.registration_event
    if event.registration != RegistrationMode.FORM:
        raise Http404
    form = CancelForm(request.POST or None)
    refused = ""
    status = 200
    closed = event.is_past()
    if request.method == "POST" and not closed:
        cancelled, refused, status = _cancel_attempt(request, form, event)
        if cancelled is not None:
            return redirect("registration_manage", token=cancelled.token)
    context = page.get_context(request)
    context.update(form=form, refused=refused, cancel_closed=closed)
    response = TemplateResponse(request, "events/cancel_form.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _cancel_limits(candidates):
    """The rate limits a cancel attempt counts against: the visitor's address, then each designated registration."""
    limits = [{"group": "event-cancel", "key": "ip", "rate": settings.EVENT_CANCEL_RATE}]
    for candidate in candidates:
        limits.append(
            {
                "group": "event-cancel-registration",
                "key": lambda _group, _request, pk=candidate.pk: str(pk),
                "rate": settings.EVENT_CANCEL_ATTEMPTS_RATE,
            }
        )
    return limits


def _limit_reached(request, limit):
    usage = get_usage(request, method="POST", increment=False, **limit)
    return usage is not None and usage["count"] >= usage["limit"]


def _cancel_attempt(request, form, event):
    """(cancelled registration or None, refusal message, status) of a cancel POST."""
    too_many = _("Trop d'essais. Réessayez dans une heure, ou appelez l'organisateur.")
    if _limit_reached(request, _cancel_limits([])[0]):
        return None, too_many, 429
    if not form.is_valid():
        return None, "", 400
    candidates, match = form.matching(event.registrations.all())
    limits = _cancel_limits(candidates)
    if any(_limit_reached(request, limit) for limit in limits):
        return None, too_many, 429
    if match is None:
        for limit in limits:
            get_usage(request, method="POST", increment=True, **limit)
        message = _(
            "Ce code et ce numéro ne correspondent à aucune inscription à cet événement. Vérifiez-les et "
            "réessayez ; en cas de doute, appelez l'organisateur."
        )
        return None, message, 400
    registrations.cancel(match)
    return match, "", 200


@require_http_methods(["GET", "POST"])
def registration_manage(request, token):
    """The person's own page (link in every e-mail): what they registered to, and a button to cancel.

    Cancelling needs a POST: mail scanners that open links must not cancel anyone.
    """
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token)
    with translation.override(registration.language):
        event = registration.event.localized
        if request.method == "POST" and request.POST.get("cancel") == "1" and not event.is_past():
            registrations.cancel(registration)
            registration.refresh_from_db()
        context = {"registration": registration, "event": event, "page": None, "place_page": event.place_in_language}
        response = TemplateResponse(request, "events/registration_manage.html", context)
        response.render()
    response["X-Robots-Tag"] = "noindex"
    # The address holds the person's secret link: never sent to other sites (same-origin keeps CSRF checks working).
    response["Referrer-Policy"] = "same-origin"
    return response


@require_GET
def events_feed(request):
    """/api/events.ics: every upcoming and recent event (optionally one kind: ?type=atelier) for calendar apps."""
    events = EventPage.objects.live().public().filter(locale__language_code=request.GET.get("lang") or "fr")
    kinds = [kind for kind in request.GET.getlist("type") if kind in EventKind.values]
    if kinds:
        events = events.filter(kind__in=kinds)
    events = events.filter(end__gte=timezone.now() - timedelta(days=90)).order_by("start")
    return ics_response(list(events), request, filename="agenda.ics", inline=True)
