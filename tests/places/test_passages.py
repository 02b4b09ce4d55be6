"""Bus stops that do not come every week: dated passages on the stop and tour pages instead of a weekly table,
"where is the bus today" on odd and even weeks, and the iCalendar feeds of the next passages (<tour>/calendrier/,
<stop>/calendrier/) read back with the `icalendar` library as calendar apps would."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from places.calendar import FEED_DAYS, FEED_LIMIT
from places.models import MobileTourPage, PlaceIndexPage
from tests.factories import MediationPlacePageFactory, MobileStopPageFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
TOUR = "/lieux/mairiebus-martigues/"
CARRO = TOUR + "arret-carro/"  # week 1-53/2 Tu 09:00-12:00; PH off
LAVERA = TOUR + "arret-lavera/"  # week 2-52/2 Fr 09:00-12:00; PH off
COURONNE = TOUR + "arret-la-couronne/"  # Tu 14:00-17:00; PH off
MEDIATHEQUE = "/lieux/mediatheque-louis-aragon-martigues/"
# Tuesday 24 November 2026, 18 h: ISO week 48 (even), after the bus has left La Couronne. 2026 has 53 ISO weeks.
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=PARIS)


def get(client, url, now=NOW):
    with time_machine.travel(now, tick=False):
        response = client.get(url)
    assert response.status_code == 200
    return response


def html_of(client, url, now=NOW):
    return get(client, url, now).content.decode().replace("\u00a0", " ")


def section(html, start, end="</section>"):
    return html.split(start, 1)[1].split(end, 1)[0]


def passages_in(fragment):
    """The dated passages of the first list of passages in an HTML fragment: [(datetime attribute, text)]."""
    listing = fragment.split('<ol class="passages"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', listing)


def feed(client, url, now=NOW):
    response = get(client, url, now)
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def starts(calendar):
    return [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]


# Pages --------------------------------------------------------------------------------------------------------------


def test_an_odd_week_stop_lists_its_next_dated_passages_and_no_weekly_table(client):
    html = html_of(client, CARRO)
    hours = section(html, 'id="place-hours"')
    assert "hours-table" not in hours and "Horaires de la semaine" not in hours
    assert "Prochains passages" in hours
    passages = passages_in(hours)
    assert len(passages) >= 4
    assert passages[:4] == [
        ("2026-12-01T09:00:00+01:00", "Mardi 1 décembre, 9 h – 12 h"),
        ("2026-12-15T09:00:00+01:00", "Mardi 15 décembre, 9 h – 12 h"),
        ("2026-12-29T09:00:00+01:00", "Mardi 29 décembre, 9 h – 12 h"),
        ("2027-01-05T09:00:00+01:00", "Mardi 5 janvier, 9 h – 12 h"),  # weeks 53 and 1 are both odd
    ]
    assert "8 décembre" not in hours  # an even week
    assert "mardi (semaines impaires) : 9 h – 12 h" in hours  # the readable hours stay
    assert f'href="{CARRO}calendrier/"' in hours


def test_an_even_week_stop_skips_christmas(client):
    hours = section(html_of(client, LAVERA), 'id="place-hours"')
    texts = [text for _when, text in passages_in(hours)]
    assert texts[:3] == [
        "Vendredi 27 novembre, 9 h – 12 h",
        "Vendredi 11 décembre, 9 h – 12 h",
        "Vendredi 15 janvier, 9 h – 12 h",
    ]
    assert "25 décembre" not in hours


def test_a_weekly_stop_and_a_weekly_place_keep_their_table(client):
    stop = section(html_of(client, COURONNE), 'id="place-hours"')
    assert "hours-table" in stop and '<ol class="passages"' not in stop
    assert f'href="{COURONNE}calendrier/"' in stop  # every stop has its feed
    place = section(html_of(client, MEDIATHEQUE), 'id="place-hours"')
    assert "hours-table" in place and '<ol class="passages"' not in place
    assert "calendrier/" not in place  # a fixed place has no passages to add to a calendar


def test_a_place_open_on_given_dates_lists_its_next_openings(client):
    finder = PlaceIndexPage.objects.get(locale__language_code="fr")
    place = MediationPlacePageFactory(parent=finder, slug="premier-mardi", opening_hours="Tu[1] 10:00-12:00; PH off")
    hours = section(html_of(client, place.url), 'id="place-hours"')
    assert "hours-table" not in hours and "Prochaines ouvertures" in hours
    assert [text for _when, text in passages_in(hours)] == [
        "Mardi 1 décembre, 10 h – 12 h",
        "Mardi 5 janvier, 10 h – 12 h",
        "Mardi 2 février, 10 h – 12 h",
    ]
    assert "calendrier/" not in hours


def test_the_tour_lists_each_stops_next_dated_passages(client):
    html = html_of(client, TOUR)
    stops = section(html, 'id="tour-stops"')
    carro = section(stops, "Carro – place du port", "</li>\n        <li")
    assert [text for _when, text in passages_in(carro)] == [
        "Mardi 1 décembre, 9 h – 12 h",
        "Mardi 15 décembre, 9 h – 12 h",
        "Mardi 29 décembre, 9 h – 12 h",
    ]
    lavera = section(stops, "Lavéra – salle polyvalente", "</ol>\n    </section>")
    assert [text for _when, text in passages_in(lavera)] == [
        "Vendredi 27 novembre, 9 h – 12 h",
        "Vendredi 11 décembre, 9 h – 12 h",
        "Vendredi 15 janvier, 9 h – 12 h",
    ]
    couronne = section(stops, "La Couronne – place de la mairie annexe", "</li>\n        <li")
    assert passages_in(couronne)[0][1] == "Mardi 1 décembre, 14 h – 17 h"  # today's passage is over
    assert f'href="{TOUR}calendrier/"' in html


@pytest.mark.parametrize(
    ("now", "here", "not_here"),
    [
        # Tuesday 1 December 2026, week 49 (odd): Carro and La Couronne.
        (datetime(2026, 12, 1, 8, 0, tzinfo=PARIS), ["Carro", "La Couronne"], ["Lavéra"]),
        # Tuesday 8 December 2026, week 50 (even): La Couronne only.
        (datetime(2026, 12, 8, 8, 0, tzinfo=PARIS), ["La Couronne"], ["Carro", "Lavéra"]),
        # Friday 27 November 2026, week 48 (even): Lavéra.
        (datetime(2026, 11, 27, 8, 0, tzinfo=PARIS), ["Lavéra"], ["Carro", "La Couronne", "Saint-Pierre"]),
    ],
)
def test_where_the_bus_is_today_on_odd_and_even_weeks(client, now, here, not_here):
    today = section(html_of(client, TOUR, now), 'id="tour-today"')
    assert all(name in today for name in here)
    assert not any(name in today for name in not_here)
    assert "Le bus ne passe pas aujourd'hui" not in today


def test_when_the_bus_does_not_come_today_the_next_dated_passage_is_given(client):
    # Friday 4 December 2026, week 49 (odd): no bus at Lavéra; Monday 7 December: no stop at all on Mondays.
    friday = section(html_of(client, TOUR, datetime(2026, 12, 4, 8, 0, tzinfo=PARIS)), 'id="tour-today"')
    assert "Le bus ne passe pas aujourd'hui" in friday
    assert "Prochain passage : mardi 8 décembre, 14 h – 17 h, La Couronne – place de la mairie annexe." in friday


# Feeds --------------------------------------------------------------------------------------------------------------


def test_the_odd_week_stops_feed(client):
    response, calendar = feed(client, CARRO + "calendrier/")
    assert response["Content-Disposition"] == 'attachment; filename="arret-carro.ics"'
    events = calendar.walk("VEVENT")
    # The next 8 weeks: odd ISO weeks only (53 and 1 in a row), Tuesday 9 h – 12 h, Paris time.
    assert starts(calendar) == [
        datetime(2026, 12, 1, 9, 0, tzinfo=PARIS),
        datetime(2026, 12, 15, 9, 0, tzinfo=PARIS),
        datetime(2026, 12, 29, 9, 0, tzinfo=PARIS),
        datetime(2027, 1, 5, 9, 0, tzinfo=PARIS),
        datetime(2027, 1, 19, 9, 0, tzinfo=PARIS),
    ]
    assert all(start.isocalendar().week % 2 == 1 for start in starts(calendar))
    first = events[0]
    assert first["DTSTART"].params["TZID"] == "Europe/Paris"
    assert first.decoded("DTEND") == datetime(2026, 12, 1, 12, 0, tzinfo=PARIS)
    assert str(first["SUMMARY"]) == "MairieBus de Martigues : Carro – place du port"
    assert str(first["LOCATION"]) == "Place Joseph Tuffet, 13500 Martigues"
    assert str(first["URL"]) == "http://testserver" + CARRO
    assert first.decoded("DTSTAMP") == NOW
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["X-WR-CALNAME"]) == "MairieBus de Martigues : Carro – place du port"
    # One UID per passage, the same when the feed is read again: a week later, 1 December is over and the
    # calendar app updates the four next passages instead of adding copies.
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    later = feed(client, CARRO + "calendrier/", NOW + timedelta(days=7))[1]
    assert [str(event["UID"]) for event in later.walk("VEVENT")][:4] == uids[1:5]


def test_the_even_week_stops_feed_skips_christmas(client):
    _response, calendar = feed(client, LAVERA + "calendrier/")
    assert [start.date() for start in starts(calendar)] == [date(2026, 11, 27), date(2026, 12, 11), date(2027, 1, 15)]


def test_the_tours_feed_gathers_every_stop_within_eight_weeks(client):
    response, calendar = feed(client, TOUR + "calendrier/")
    assert response["Content-Disposition"] == 'attachment; filename="mairiebus-martigues.ics"'
    assert str(calendar["X-WR-CALNAME"]) == "MairieBus de Martigues"
    events = calendar.walk("VEVENT")
    stops = {}
    for event in events:
        stops.setdefault(str(event["SUMMARY"]).split(" : ", 1)[1], []).append(event.decoded("DTSTART"))
    assert set(stops) == {
        "Carro – place du port",
        "La Couronne – place de la mairie annexe",
        "Saint-Julien – école",
        "Saint-Pierre – place du village",
        "Lavéra – salle polyvalente",
    }
    assert all(start.isocalendar().week % 2 == 1 for start in stops["Carro – place du port"])
    assert all(start.isocalendar().week % 2 == 0 for start in stops["Lavéra – salle polyvalente"])
    every_start = starts(calendar)
    assert every_start == sorted(every_start)
    assert all(NOW < start < NOW + timedelta(days=FEED_DAYS) for start in every_start)
    assert not any(start.date() in {date(2026, 12, 25), date(2027, 1, 1)} for start in every_start)
    assert len(stops["La Couronne – place de la mairie annexe"]) == 8  # every Tuesday from 1 December to 19 January
    assert len(events) <= FEED_LIMIT * 5


def test_a_feed_is_bounded(client):
    tour = MobileTourPage.objects.get(slug="mairiebus-martigues")
    stop = MobileStopPageFactory(
        parent=tour, slug="arret-tous-les-jours", opening_hours="Mo-Su 08:00-09:00,10:00-11:00"
    )
    _response, calendar = feed(client, stop.url + "calendrier/")
    assert len(calendar.walk("VEVENT")) == FEED_LIMIT


def test_the_stop_page_and_its_feed_are_still_routed_below_the_routable_tour(client):
    # The tour answers its own routes (its page, its calendar) and hands every other path to its stops.
    assert get(client, CARRO + "signaler/").status_code == 200
    assert client.get(TOUR + "inconnu/").status_code == 404
    assert client.get(TOUR + "calendrier/autre/").status_code == 404
