"""Bus stops that do not come every week: dated passages on the stop and tour pages instead of a weekly table,
"where is the bus today" on odd and even weeks, and the iCalendar feeds of the next passages (<tour>/calendrier/,
<stop>/calendrier/) read back with the `icalendar` library as calendar apps would."""

import re
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from places.calendar import FEED_DAYS, FEED_LIMIT
from tests.places.factories import MediationPlacePageFactory, MobileStopPageFactory, MobileTourPageFactory, point

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
# Tuesday 24 November 2026, 18 h: ISO week 48 (even), after the bus has left La Couronne. 2026 has 53 ISO weeks.
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=PARIS)


@pytest.fixture
def bus():
    """A bus through the districts of Martigues: three weekly stops, one on odd ISO weeks, one on even weeks."""
    tour = MobileTourPageFactory(title="MairieBus de Martigues", slug="mairiebus-martigues")

    def stop(slug, title, opening_hours, **fields):
        return MobileStopPageFactory(parent=tour, slug=slug, title=title, opening_hours=opening_hours, **fields)

    return SimpleNamespace(
        tour=tour,
        carro=stop(
            "arret-carro",
            "Carro – place du port",
            "week 1-53/2 Tu 09:00-12:00; PH off",
            address="Place Joseph Tuffet",
            location=point(43.3306, 5.0404),
        ),
        couronne=stop(
            "arret-la-couronne",
            "La Couronne – place de la mairie annexe",
            "Tu 14:00-17:00; PH off",
            address="Avenue de la Couronne",
            location=point(43.3381, 5.0555),
        ),
        saint_julien=stop(
            "arret-saint-julien",
            "Saint-Julien – école",
            "We 09:00-12:00; PH off",
            address="Chemin de Saint-Julien",
            location=point(43.3632, 5.1002),
        ),
        saint_pierre=stop(
            "arret-saint-pierre",
            "Saint-Pierre – place du village",
            "Th 14:00-17:00; PH off",
            address="Route de Saint-Pierre",
            location=point(43.3797, 5.1089),
        ),
        lavera=stop(
            "arret-lavera",
            "Lavéra – salle polyvalente",
            "week 2-52/2 Fr 09:00-12:00; PH off",
            address="Avenue de Lavéra",
            postcode="13117",
            location=point(43.3877, 4.9936),
        ),
    )


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


def test_an_odd_week_stop_lists_its_next_dated_passages_and_no_weekly_table(client, bus):
    carro = bus.carro.url
    html = html_of(client, carro)
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
    assert f'href="{carro}calendrier/"' in hours


def test_an_even_week_stop_skips_christmas(client, bus):
    hours = section(html_of(client, bus.lavera.url), 'id="place-hours"')
    texts = [text for _when, text in passages_in(hours)]
    assert texts[:3] == [
        "Vendredi 27 novembre, 9 h – 12 h",
        "Vendredi 11 décembre, 9 h – 12 h",
        "Vendredi 15 janvier, 9 h – 12 h",
    ]
    assert "25 décembre" not in hours


def test_a_weekly_stop_and_a_weekly_place_keep_their_table(client, bus):
    couronne = bus.couronne.url
    stop = section(html_of(client, couronne), 'id="place-hours"')
    assert "hours-table" in stop and '<ol class="passages"' not in stop
    assert f'href="{couronne}calendrier/"' in stop  # every stop has its feed
    mediatheque = MediationPlacePageFactory(opening_hours="Tu,Th,Fr 13:00-18:00; We,Sa 10:00-18:00; PH off")
    place = section(html_of(client, mediatheque.url), 'id="place-hours"')
    assert "hours-table" in place and '<ol class="passages"' not in place
    assert "calendrier/" not in place  # a fixed place has no passages to add to a calendar


def test_a_place_open_on_given_dates_lists_its_next_openings(client):
    place = MediationPlacePageFactory(slug="premier-mardi", opening_hours="Tu[1] 10:00-12:00; PH off")
    hours = section(html_of(client, place.url), 'id="place-hours"')
    assert "hours-table" not in hours and "Prochaines ouvertures" in hours
    assert [text for _when, text in passages_in(hours)] == [
        "Mardi 1 décembre, 10 h – 12 h",
        "Mardi 5 janvier, 10 h – 12 h",
        "Mardi 2 février, 10 h – 12 h",
    ]
    assert "calendrier/" not in hours


def test_the_tour_lists_each_stops_next_dated_passages(client, bus):
    html = html_of(client, bus.tour.url)
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
    assert f'href="{bus.tour.url}calendrier/"' in html


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
def test_where_the_bus_is_today_on_odd_and_even_weeks(client, bus, now, here, not_here):
    today = section(html_of(client, bus.tour.url, now), 'id="tour-today"')
    assert all(name in today for name in here)
    assert not any(name in today for name in not_here)
    assert "Le bus ne passe pas aujourd'hui" not in today


def test_when_the_bus_does_not_come_today_the_next_dated_passage_is_given(client, bus):
    # Friday 4 December 2026, week 49 (odd): no bus at Lavéra; Monday 7 December: no stop at all on Mondays.
    friday = section(html_of(client, bus.tour.url, datetime(2026, 12, 4, 8, 0, tzinfo=PARIS)), 'id="tour-today"')
    assert "Le bus ne passe pas aujourd'hui" in friday
    assert "Prochain passage : mardi 8 décembre, 14 h – 17 h, La Couronne – place de la mairie annexe." in friday


# Feeds --------------------------------------------------------------------------------------------------------------


def test_the_odd_week_stops_feed(client, bus):
    carro = bus.carro.url
    response, calendar = feed(client, carro + "calendrier/")
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
    assert str(first["URL"]) == "http://testserver" + carro
    assert first.decoded("DTSTAMP") == NOW
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["X-WR-CALNAME"]) == "MairieBus de Martigues : Carro – place du port"
    # One UID per passage, the same when the feed is read again: a week later, 1 December is over and the
    # calendar app updates the four next passages instead of adding copies.
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    later = feed(client, carro + "calendrier/", NOW + timedelta(days=7))[1]
    assert [str(event["UID"]) for event in later.walk("VEVENT")][:4] == uids[1:5]


def test_the_even_week_stops_feed_skips_christmas(client, bus):
    _response, calendar = feed(client, bus.lavera.url + "calendrier/")
    assert [start.date() for start in starts(calendar)] == [date(2026, 11, 27), date(2026, 12, 11), date(2027, 1, 15)]


def test_the_tours_feed_gathers_every_stop_within_eight_weeks(client, bus):
    response, calendar = feed(client, bus.tour.url + "calendrier/")
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
    stop = MobileStopPageFactory(slug="arret-tous-les-jours", opening_hours="Mo-Su 08:00-09:00,10:00-11:00")
    _response, calendar = feed(client, stop.url + "calendrier/")
    assert len(calendar.walk("VEVENT")) == FEED_LIMIT


def test_the_stop_page_and_its_feed_are_still_routed_below_the_routable_tour(client, bus):
    # The tour answers its own routes (its page, its calendar) and hands every other path to its stops.
    assert get(client, bus.carro.url + "signaler/").status_code == 200
    assert get(client, bus.carro.url + "calendrier/").status_code == 200
    assert client.get(bus.tour.url + "inconnu/").status_code == 404
    assert client.get(bus.tour.url + "calendrier/autre/").status_code == 404
