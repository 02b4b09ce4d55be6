from datetime import timedelta

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import registration as registrations
from .calendar import ics_response
from .enums import EventKind
from .forms import RegistrationForm
from .models import EventPage, Registration


def registration_form(request, page):
    """GET: the form alone (also shown on the event page). POST: validate, store, then confirm on screen."""
    form = RegistrationForm(request.POST or None)
    refused = ""
    status = 200
    if request.method == "POST":
        if form.rate_limited(request):
            refused, status = _("Trop d'inscriptions depuis cette connexion. Réessayez dans une heure."), 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                registration = registrations.register(
                    page,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    needs=data["needs"],
                    language=translation.get_language(),
                )
            except registrations.RegistrationRefused as error:
                refused, status = error.message, 409
            else:
                return redirect("registration_manage", token=registration.token)
        else:
            status = 400
    context = page.get_context(request)
    context.update(form=form, refused=refused)
    return TemplateResponse(request, "events/registration_form.html", context, status=status)


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
        context = {"registration": registration, "event": event, "page": None}
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
