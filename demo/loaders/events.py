"""Demo agenda: a dozen events from the seed documents (Martigues and Pau), some to come and some past
(demo/data/events/).

Taken from the seeds: the Pau workshop (001) wished for webinars, quarterly network breakfasts held each time in a
different member's place, and hackathons; the Martigues « Campus des innovations » (002) planned a hackathon of
digital tools for the territory with challenges brought by local actors, and afterworks for professionals; the
MairieBus session (000) described the bus and the « double écran » drop-in of the Pôle social.

Fictional but plausible: every event says so at the top of its description (events/notice.yaml, as the demo places
do on their page), the contacts use example.org addresses and +33 1 99 00 numbers reserved for fiction.

Dates are relative to the day of loading (in Paris time). An event's `when`: the first `weekday` at least
`from_today` days from today (negative: in the past), a week further from today when the event would fall on a
public holiday; `start` and `end` in Paris time; `last_day`: how many days after the first day it ends. A second run
on the same day changes nothing; on another day it moves the dates (and the translations' dates with them).
`where`: {place: slug} (a demo place), {tour: slug, stop: slug} (a bus stop), {address: {...}} or {online: url}
(the link is sent to registered people only). `registration`: absent (none), {link: url}, or {capacity, waiting_list,
deadline: {days_before, time}}. `registrations`: people registered through the site's own rules, only while the
event has none.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from events.enums import RegistrationMode, Where
from events.models import EventIndexPage, EventPage
from events.registration import register
from places.hours import is_public_holiday
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage
from proxinum.content import body_stream, ensure_locales, translate_page, upsert_child

from .. import data

PARIS = ZoneInfo(settings.TIME_ZONE)
HACKATHON_ROWS = ("challenges", "schedule", "jury", "results")
HACKATHON_BLOCKS = {"challenges": "challenge", "schedule": "item", "jury": "member", "results": "result"}


# Dates -----------------------------------------------------------------------------------------------------------


def first_day(today, days, weekday):
    """The first `weekday` (in French) at least `days` days after `today` (before it when negative)."""
    day = today + timedelta(days=days)
    return day + timedelta(days=(data.WEEKDAYS.index(weekday) - day.weekday()) % 7)


def _at(day, hour):
    hours, minutes = (int(part) for part in hour.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=PARIS)


def dates(when, today):
    """The event's start, end and all_day fields from its `when` (see the module's docstring), counted from `today`."""
    days = when["from_today"]
    day = first_day(today, days, when["weekday"])
    last_day = when.get("last_day", 0)
    span = [day + timedelta(days=offset) for offset in range(last_day + 1)]
    while any(is_public_holiday(one) for one in span):
        # Not on a public holiday (the places are closed): a week further from today.
        step = timedelta(days=7 if days >= 0 else -7)
        day, span = day + step, [one + step for one in span]
    return {
        "start": _at(day, when["start"]),
        "end": _at(day + timedelta(days=last_day), when["end"]),
        "all_day": when.get("all_day", False),
    }


# Fields ----------------------------------------------------------------------------------------------------------


def _place_id(where, french):
    if "stop" in where:
        tour = MobileTourPage.objects.get(locale=french, slug=where["tour"])
        stops = MobileStopPage.objects.child_of(tour).live().order_by("path")
        stop = stops.filter(slug=where["stop"]).first() or stops.first()
        if stop is None:
            raise LookupError(f"The tour {where['tour']} has no live stop: run the places demo first.")
        return stop.pk
    place = MediationPlacePage.objects.live().filter(locale=french, slug=where["place"]).first()
    if place is None:
        raise LookupError(f"No live place {where['place']}: run the places demo first.")
    return place.pk


def _where(where, french):
    """The location fields. An event in a place takes its address from the place (EventPage.copy_place_facts)."""
    if "place" in where or "stop" in where:
        return {
            "where": Where.PLACE,
            "place_id": _place_id(where, french),
            "venue": "",
            "online_url": "",
            "online_url_private": False,
        }
    if "online" in where:
        return {
            "where": Where.ONLINE,
            "place_id": None,
            "venue": "",
            "address": "",
            "postcode": "",
            "commune": "",
            "latitude": None,
            "longitude": None,
            "online_url": where["online"],
            "online_url_private": True,
        }
    return {"where": Where.ADDRESS, "place_id": None, **where["address"], "online_url": "", "online_url_private": False}


def _registration(registration, event_start):
    fields = {
        "registration": RegistrationMode.NONE,
        "registration_url": "",
        "capacity": None,
        "waiting_list": True,
        "registration_deadline": None,
    }
    if registration is None:
        return fields
    if "link" in registration:
        return {**fields, "registration": RegistrationMode.EXTERNAL, "registration_url": registration["link"]}
    deadline = None
    if "deadline" in registration:
        days_before = timedelta(days=registration["deadline"]["days_before"])
        deadline = _at(event_start.astimezone(PARIS).date() - days_before, registration["deadline"]["time"])
    return {
        **fields,
        "registration": RegistrationMode.FORM,
        "capacity": registration["capacity"],
        "waiting_list": registration["waiting_list"],
        "registration_deadline": deadline,
    }


def _body(blocks, notice):
    notice_block = {"type": "callout", "value": {"kind": "info", "text": f"<p>{notice}</p>"}}
    return [notice_block, *body_stream([next(iter(block.items())) for block in blocks])]


def event_fields(event, today, french, notice):
    when = dates(event["when"], today)
    return {
        "title": event["title"],
        "kind": event["kind"],
        "audience": event["audience"],
        "intro": event["intro"],
        **when,
        **_where(event["where"], french),
        **_registration(event.get("registration"), when["start"]),
        "is_free": "price" not in event,
        "price": event.get("price", ""),
        "accessibility": event["accessibility"],
        "organiser": event["organiser"],
        "contact_email": event["email"],
        "contact_phone": event["phone"],
        "body": _body(event["body"], notice),
        **{
            name: [{"type": HACKATHON_BLOCKS[name], "value": row} for row in event.get(name, [])]
            for name in HACKATHON_ROWS
        },
    }


# Loading ---------------------------------------------------------------------------------------------------------


def _demo_registrations(page, people):
    """Registrations through the site's own rules, only while the event has none (re-runs add nothing)."""
    if not people or page.registrations.exists():
        return 0
    for person in people:
        register(page, **person)
    return len(people)


def load(log=print, today=None):
    """`today` (a date, for tests): the day the dates are counted from; by default today in Paris."""
    locales = ensure_locales(data.LANGUAGES)
    french = locales[data.SOURCE_LANGUAGE]
    agenda = EventIndexPage.objects.get(locale=french, slug="agenda")
    today = today or timezone.localdate(timezone=PARIS)
    notices = data.single("events/notice.yaml")
    events = data.entries("events", {"event"})
    pages = {}
    for event in events:
        fields = event_fields(event.content, today, french, notices[data.SOURCE_LANGUAGE])
        pages[event.slug] = upsert_child(agenda, EventPage, event.slug, **fields)
    for event in events:
        page, changed = pages[event.slug]
        for code, translation in event.translations.items():
            strings = {notices[data.SOURCE_LANGUAGE]: notices[code], **dict(data.pairs(event.content, translation))}
            # When the French page changed (new dates), its translations take the new dates too.
            translate_page(page, locales[code], strings, force=changed)
    registered = sum(_demo_registrations(pages[event.slug][0], event.content.get("registrations")) for event in events)
    upcoming = sum(1 for page, _changed in pages.values() if not page.is_past())
    translated = sum(1 for event in events if event.translations)
    log(
        f"  {len(events)} demo events ({upcoming} to come), {translated} translated, "
        f"{registered} demo registrations added"
    )
