"""iCalendar feeds of a bus's next passages: one per stop (<stop>/calendrier/) and one per tour (<tour>/calendrier/).

Each passage is an event in Europe/Paris time, with a UID stable for a stop and a start, so that a calendar app
that reads the feed again updates its events instead of adding copies.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Event

from proxinum.calendars import calendar_response, new_calendar

from . import hours

# What a feed holds: the next 8 weeks, at most 20 passages per stop.
FEED_DAYS = 8 * 7
FEED_LIMIT = 20


def full_address(place):
    town = " ".join(part for part in [place.postcode, place.commune] if part)
    return ", ".join(part for part in [place.address, place.address_complement, town] if part)


def stop_event_template(request, tour, stop, stamp):
    """What every passage at a stop says (address, link, description): made once per stop, copied per passage."""
    url = request.build_absolute_uri(stop.get_url(request))
    event = Event()
    event.add("dtstamp", stamp)
    if stop.last_published_at:
        event.add("last-modified", stop.last_published_at)
    summary = _("%(tour)s : %(stop)s") % {"tour": tour.title, "stop": stop.title} if tour else stop.title
    event.add("summary", summary)
    event.add("url", url)
    event.add("location", full_address(stop))
    if stop.has_point:
        event.add("geo", (stop.latitude, stop.longitude))
    return event, [stop.summary, url]


def passage_event(request, template, stop, passage):
    event, description = template
    event = event.copy()
    event.add("uid", f"{stop.translation_key}-{passage.start:%Y%m%dT%H%M}@{request.get_host()}")
    event.add("dtstart", passage.start)
    event.add("dtend", passage.end)
    event.add("description", "\n\n".join(part for part in [passage.note, *description] if part))
    return event


def passages_response(request, tour, stops, name, filename):
    """The .ics file of the next passages at `stops` (all of a tour's, or one), in date order."""
    stamp = timezone.now()
    items = []
    for stop in stops:
        template = stop_event_template(request, tour, stop, stamp)
        passages = hours.next_passages(stop.opening_hours, count=FEED_LIMIT, now=stamp, days=FEED_DAYS)
        items.extend((passage, stop, template) for passage in passages)
    items.sort(key=lambda item: item[0].start)
    calendar = new_calendar(name, product="Passages")
    for passage, stop, template in items:
        calendar.add_component(passage_event(request, template, stop, passage))
    return calendar_response(calendar, filename)
