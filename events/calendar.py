"""iCalendar (RFC 5545) files: one event's .ics and the agenda feed, with the Europe/Paris time zone described."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Event, vText

from proxinum.calendars import PARIS, calendar_response, new_calendar


def build_calendar(events, request):
    calendar = new_calendar("Proxinum")
    for page in events:
        calendar.add_component(build_event(page, request))
    calendar.add_missing_timezones()  # VTIMEZONE for Europe/Paris, with its summer and winter rules
    return calendar


def build_event(page, request):
    url = request.build_absolute_uri(page.get_url(request))
    event = Event()
    event.add("uid", f"{page.translation_key}@{request.get_host()}")
    event.add("dtstamp", timezone.now())
    event.add("last-modified", page.last_published_at or timezone.now())
    if page.all_day:
        # All-day events: dates only, the end being the day after the last day (RFC 5545, DTEND is exclusive).
        event.add("dtstart", page.start_local.date())
        event.add("dtend", page.end_local.date() + timedelta(days=1))
    else:
        event.add("dtstart", page.start.astimezone(PARIS))
        event.add("dtend", page.end.astimezone(PARIS))
    event.add("summary", page.title)
    event.add("description", f"{page.intro}\n\n{url}")
    event.add("url", url)
    event.add("categories", [page.get_kind_display()])
    if page.where == "en-ligne":
        event.add("location", vText(str(page.where_label)))
    else:
        town = " ".join(part for part in [page.postcode, page.commune] if part)
        event.add("location", ", ".join(part for part in [page.venue, page.address, town] if part))
        if page.latitude is not None and page.longitude is not None:
            event.add("geo", (page.latitude, page.longitude))
    if page.contact_email:
        event.add("organizer", f"mailto:{page.contact_email}", parameters={"CN": page.organiser})
    return event


def ics_response(events, request, filename, inline=False):
    return calendar_response(build_calendar(events, request), filename, inline=inline)
