"""iCalendar files (RFC 5545), read back with the `icalendar` library as calendar apps would: one event's file
(<event>/calendrier/) and the agenda feed (/api/events.ics)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.site.factories import translate

from .factories import EventPageFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2031, 1, 15, 12, 0, tzinfo=PARIS)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def events_by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_one_events_file_in_winter_time(client):
    event = EventPageFactory(
        title="Atelier courriel",
        intro="Créer et utiliser une adresse de courriel.",
        start=datetime(2031, 2, 10, 14, 0, tzinfo=PARIS),
        end=datetime(2031, 2, 10, 16, 30, tzinfo=PARIS),
        venue="Salle du conseil",
        address="1 rue de la République",
        postcode="13500",
        commune="Martigues",
        latitude=43.4045,
        longitude=5.0548,
        organiser="Association Les Clés du numérique",
        contact_email="contact@cles-numerique.example.org",
    )
    response, calendar = fetch(client, event.url + "calendrier/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert b"\r\n" in response.content  # RFC 5545 lines

    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Proxinum//Agenda//FR"
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent["DTEND"].params["TZID"] == "Europe/Paris"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert (start.hour, start.minute, start.utcoffset()) == (14, 0, timedelta(hours=1))
    assert (end.hour, end.minute) == (16, 30)
    assert start == event.start and end == event.end
    assert "DTSTART;TZID=Europe/Paris:20310210T140000" in response.content.decode()

    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert str(vevent["LOCATION"]) == "Salle du conseil, 1 rue de la République, 13500 Martigues"
    assert "Créer et utiliser une adresse de courriel." in str(vevent["DESCRIPTION"])
    assert f"http://testserver{event.url}" in str(vevent["DESCRIPTION"])
    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (43.4045, 5.0548)
    assert str(vevent["ORGANIZER"]) == "mailto:contact@cles-numerique.example.org"
    assert vevent["ORGANIZER"].params["CN"] == "Association Les Clés du numérique"
    assert vevent.decoded("DTSTAMP").utcoffset() == timedelta(0)


def test_summer_time_is_plus_two_hours(client):
    event = EventPageFactory(
        start=datetime(2031, 7, 8, 9, 30, tzinfo=PARIS), end=datetime(2031, 7, 8, 12, 0, tzinfo=PARIS)
    )
    response, calendar = fetch(client, event.url + "calendrier/")
    (vevent,) = calendar.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert (start.hour, start.minute, start.utcoffset()) == (9, 30, timedelta(hours=2))
    assert start == datetime(2031, 7, 8, 7, 30, tzinfo=ZoneInfo("UTC"))
    assert "DTSTART;TZID=Europe/Paris:20310708T093000" in response.content.decode()
    assert "DTEND;TZID=Europe/Paris:20310708T120000" in response.content.decode()


@pytest.mark.parametrize(
    "start",
    [datetime(2031, 2, 10, 14, 0, tzinfo=PARIS), datetime(2031, 7, 8, 9, 30, tzinfo=PARIS)],
    ids=["winter", "summer"],
)
def test_the_paris_time_zone_is_described_with_summer_and_winter_rules(client, start):
    """Calendar apps that do not know "Europe/Paris" need its VTIMEZONE, with both observances."""
    event = EventPageFactory(start=start)
    _response, calendar = fetch(client, event.url + "calendrier/")
    (timezone_component,) = calendar.walk("VTIMEZONE")
    assert str(timezone_component["TZID"]) == "Europe/Paris"
    observances = {component.name for component in timezone_component.subcomponents}
    assert observances == {"STANDARD", "DAYLIGHT"}
    offsets = {component.name: component.decoded("TZOFFSETTO") for component in timezone_component.subcomponents}
    assert offsets == {"STANDARD": timedelta(hours=1), "DAYLIGHT": timedelta(hours=2)}


@pytest.mark.parametrize(
    ("start", "end", "dtstart", "dtend"),
    [
        (datetime(2031, 5, 1, 0, 0), datetime(2031, 5, 1, 23, 59), date(2031, 5, 1), date(2031, 5, 2)),
        (datetime(2031, 9, 12, 0, 0), datetime(2031, 9, 14, 23, 59), date(2031, 9, 12), date(2031, 9, 15)),
        # Entered at midnight on both days: still the two days, whatever the time in UTC.
        (datetime(2031, 3, 29, 0, 0), datetime(2031, 3, 30, 0, 0), date(2031, 3, 29), date(2031, 3, 31)),
    ],
    ids=["one-day", "three-days", "over-the-march-change"],
)
def test_all_day_events_are_dates_with_an_exclusive_end(client, start, end, dtstart, dtend):
    event = EventPageFactory(start=start.replace(tzinfo=PARIS), end=end.replace(tzinfo=PARIS), all_day=True)
    response, calendar = fetch(client, event.url + "calendrier/")
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["DTSTART"].params["VALUE"] == "DATE"
    assert vevent.decoded("DTSTART") == dtstart
    assert vevent.decoded("DTEND") == dtend
    assert f"DTSTART;VALUE=DATE:{dtstart:%Y%m%d}" in response.content.decode()


def test_uid_is_unique_and_stable(client):
    first = EventPageFactory(start=datetime(2031, 2, 10, 14, 0, tzinfo=PARIS))
    second = EventPageFactory(start=datetime(2031, 2, 11, 14, 0, tzinfo=PARIS))
    uid = str(fetch(client, first.url + "calendrier/")[1].walk("VEVENT")[0]["UID"])
    assert uid == str(fetch(client, first.url + "calendrier/")[1].walk("VEVENT")[0]["UID"])
    assert uid != str(fetch(client, second.url + "calendrier/")[1].walk("VEVENT")[0]["UID"])
    assert uid.endswith("@testserver")

    # The same UID in the feed, so that subscribing and importing the file do not make a duplicate...
    feed = events_by_summary(fetch(client, "/api/events.ics")[1])
    assert str(feed[first.title]["UID"]) == uid
    # ...and after the event is edited (new time, new title): calendars update it instead of adding one.
    first.title = "Atelier courriel (nouvel horaire)"
    first.start += timedelta(hours=1)
    first.end += timedelta(hours=1)
    first.save_revision().publish()
    assert str(fetch(client, first.url + "calendrier/")[1].walk("VEVENT")[0]["UID"]) == uid


def test_online_event_location_never_gives_a_private_link(client):
    secret = "https://visio.example.org/salle-secrete-8431"
    event = EventPageFactory(
        start=datetime(2031, 2, 12, 18, 0, tzinfo=PARIS), webinar=True, online_url=secret, online_url_private=True
    )
    response, calendar = fetch(client, event.url + "calendrier/")
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["LOCATION"]) == "En ligne"
    assert "GEO" not in vevent
    assert secret not in response.content.decode()
    assert secret not in fetch(client, "/api/events.ics")[0].content.decode()


def test_feed_lists_published_events_for_calendar_apps(client):
    workshop = EventPageFactory(start=datetime(2031, 2, 10, 14, 0, tzinfo=PARIS))
    webinar = EventPageFactory(start=datetime(2031, 7, 8, 9, 30, tzinfo=PARIS), webinar=True)
    recent = EventPageFactory(start=datetime(2030, 12, 1, 14, 0, tzinfo=PARIS))  # 45 days ago: still useful
    old = EventPageFactory(start=datetime(2030, 9, 1, 14, 0, tzinfo=PARIS))  # more than 90 days ago
    draft = EventPageFactory(start=datetime(2031, 2, 11, 14, 0, tzinfo=PARIS), live=False)
    withdrawn = EventPageFactory(start=datetime(2031, 2, 12, 14, 0, tzinfo=PARIS))
    withdrawn.unpublish()
    private = EventPageFactory(start=datetime(2031, 2, 13, 14, 0, tzinfo=PARIS))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    response, calendar = fetch(client, "/api/events.ics")
    assert response["Content-Disposition"] == 'inline; filename="agenda.ics"'
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Proxinum//Agenda//FR"
    (timezone_component,) = calendar.walk("VTIMEZONE")
    assert str(timezone_component["TZID"]) == "Europe/Paris"
    assert {component.name for component in timezone_component.subcomponents} >= {"STANDARD", "DAYLIGHT"}

    found = events_by_summary(calendar)
    assert {workshop.title, webinar.title, recent.title} <= set(found)
    assert not {old.title, draft.title, withdrawn.title, private.title} & set(found)
    assert len({str(event["UID"]) for event in calendar.walk("VEVENT")}) == len(calendar.walk("VEVENT"))
    summer = found[webinar.title].decoded("DTSTART")
    assert (summer.hour, summer.minute, summer.utcoffset()) == (9, 30, timedelta(hours=2))
    winter = found[workshop.title].decoded("DTSTART")
    assert (winter.hour, winter.utcoffset()) == (14, timedelta(hours=1))
    assert str(found[webinar.title]["URL"]) == f"http://testserver{webinar.url}"

    # The unpublished event's own file is not served either.
    assert client.get(draft.url + "calendrier/").status_code == 404
    assert client.get(withdrawn.url + "calendrier/").status_code == 404


def test_feed_of_one_kind(client):
    workshop = EventPageFactory(start=datetime(2031, 2, 10, 14, 0, tzinfo=PARIS))
    webinar = EventPageFactory(start=datetime(2031, 2, 11, 18, 0, tzinfo=PARIS), webinar=True)
    hackathon = EventPageFactory(start=datetime(2031, 2, 14, 9, 0, tzinfo=PARIS), hackathon=True)

    calendar = fetch(client, "/api/events.ics?type=atelier")[1]
    found = events_by_summary(calendar)
    assert workshop.title in found
    assert not {webinar.title, hackathon.title} & set(found)
    assert {str(event["CATEGORIES"].cats[0]) for event in calendar.walk("VEVENT")} == {"Atelier numérique"}

    found = events_by_summary(fetch(client, "/api/events.ics?type=atelier&type=webinaire")[1])
    assert {workshop.title, webinar.title} <= set(found) and hackathon.title not in found
    # An unknown kind is ignored rather than giving an empty calendar.
    found = events_by_summary(fetch(client, "/api/events.ics?type=inconnu")[1])
    assert {workshop.title, webinar.title, hackathon.title} <= set(found)


def test_feed_in_another_language_does_not_mix_languages(client):
    event = EventPageFactory(title="Atelier tablette", start=datetime(2031, 2, 10, 14, 0, tzinfo=PARIS))
    translate(event, "en", {"Atelier tablette": "Tablet workshop"})
    french_only = EventPageFactory(start=datetime(2031, 2, 11, 14, 0, tzinfo=PARIS))

    english = events_by_summary(fetch(client, "/api/events.ics?lang=en")[1])
    assert set(english) == {"Tablet workshop"}
    french = events_by_summary(fetch(client, "/api/events.ics")[1])
    assert set(french) == {"Atelier tablette", french_only.title}
