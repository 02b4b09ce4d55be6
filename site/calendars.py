"""iCalendar (RFC 5545) pieces shared by the agenda (events) and the bus tours (places): a calendar with the
site's headers, and the HTTP response that serves it with the Europe/Paris time zone described."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from icalendar import Calendar

PARIS = ZoneInfo(settings.TIME_ZONE)
CONTENT_TYPE = "text/calendar; charset=utf-8"


def new_calendar(name, product="Agenda"):
    """An empty calendar named `name` (shown by calendar apps when subscribing)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Proxinum//{product}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def calendar_response(calendar, filename, inline=False):
    """The calendar as a .ics file; its events' time zones (Europe/Paris, summer and winter rules) are described."""
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
