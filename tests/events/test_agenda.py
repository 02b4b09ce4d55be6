"""The agenda (/agenda/): what is coming first, the archive, filters that work without JS, pages, and Paris time
across the daylight-saving changes. Time is frozen; every test makes its own events, the only ones there are."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventPage
from tests.places.factories import MediationPlacePageFactory

from .factories import EventPageFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2031, 6, 10, 12, 0, tzinfo=PARIS)  # a Tuesday, noon
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def at(day, hour=14, minute=0, month=6):
    return datetime(2031, month, day, hour, minute, tzinfo=PARIS)


def listed(html):
    """The titles of the event cards, in the order shown."""
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>', html)


def get(client, query=""):
    response = client.get(f"/agenda/{query}")
    assert response.status_code == 200
    return response.content.decode()


# Upcoming and past --------------------------------------------------------------------------------------------


def test_upcoming_by_default_in_order_of_start(client):
    EventPageFactory(title="next week", start=at(17))
    EventPageFactory(title="tomorrow", start=at(11, 9))
    EventPageFactory(title="later today", start=at(10, 9), end=at(10, 18))  # started this morning, ends tonight
    EventPageFactory(title="since yesterday", start=at(9, 9), end=at(12, 17))  # three days, under way
    EventPageFactory(title="this morning", start=at(10, 8), end=at(10, 11))  # over an hour ago
    EventPageFactory(title="last week", start=at(3))
    EventPageFactory(title="draft", start=at(12), live=False)

    html = get(client)
    assert listed(html) == [
        "since yesterday",
        "later today",
        "tomorrow",
        "next week",
    ]
    assert '<a href="?" aria-current="page">' in html


def test_past_events_newest_first(client):
    EventPageFactory(title="last month", start=at(10, month=5))
    EventPageFactory(title="this morning", start=at(10, 8), end=at(10, 11))
    EventPageFactory(title="last week", start=at(3))
    EventPageFactory(title="later today", start=at(10, 9), end=at(10, 18))
    EventPageFactory(title="tomorrow", start=at(11))

    html = get(client, "?periode=passes")
    assert listed(html) == ["this morning", "last week", "last month"]
    assert '<a href="?periode=passes" aria-current="page">' in html
    assert '<input type="hidden" name="periode" value="passes">' in html  # the filters stay in the archive


def test_counts_the_events_found(client):
    EventPageFactory(title="one", start=at(11))
    html = get(client)
    assert "1 événement à venir" in html
    EventPageFactory(title="two", start=at(12))
    assert "2 événements à venir" in get(client)
    EventPageFactory(title="gone", start=at(3))
    html = get(client, "?periode=passes")
    assert "1 événement passé" in html
    assert listed(html) == ["gone"]


# Filters ------------------------------------------------------------------------------------------------------


def test_filter_by_several_types(client):
    EventPageFactory(title="workshop", start=at(11), kind="atelier")
    EventPageFactory(title="webinar", start=at(12), webinar=True)
    EventPageFactory(title="hackathon", start=at(13), kind="hackathon")

    assert listed(get(client, "?type=atelier")) == ["workshop"]
    html = get(client, "?type=atelier&type=webinaire")
    assert listed(html) == ["workshop", "webinar"]
    assert re.search(r'<input type="checkbox" name="type" value="webinaire"[^>]* checked', html)
    assert " open>" in html  # the filters stay unfolded while some are applied


def test_filter_by_audience_keeps_events_for_everyone(client):
    EventPageFactory(title="public", start=at(11), audience="public")
    EventPageFactory(title="pros", start=at(12), audience="professionnels")
    EventPageFactory(title="everyone", start=at(13), audience="tous")

    assert listed(get(client, "?public=public")) == ["public", "everyone"]
    assert listed(get(client, "?public=professionnels")) == ["pros", "everyone"]
    assert listed(get(client, "?public=")) == ["public", "pros", "everyone"]


def test_filter_by_commune(client):
    EventPageFactory(title="here", start=at(11), commune="Martigues")
    EventPageFactory(title="there", start=at(12), commune="Istres")

    html = get(client, "?commune=Martigues")
    assert listed(html) == ["here"]
    assert '<option value="Istres">' in html  # the communes that have events are offered
    # A commune without any event is not a choice: refused with a message, not an empty page.
    html = get(client, "?commune=Nulle-part")
    assert listed(html) == ["here", "there"]
    assert 'class="field-error"' in html


def test_filter_by_place(client):
    place = MediationPlacePageFactory(title="Médiathèque Louis-Aragon")
    other = MediationPlacePageFactory(title="Maison France services de Martigues")
    EventPageFactory(title="at the library", start=at(11), place=place)
    EventPageFactory(title="at the other place", start=at(12), place=other)
    EventPageFactory(title="elsewhere", start=at(13))

    html = get(client, f"?lieu={place.pk}")
    assert listed(html) == ["at the library"]
    assert f'<option value="{place.pk}" selected>Médiathèque Louis-Aragon</option>' in html
    assert f'<option value="{other.pk}">Maison France services de Martigues</option>' in html


def test_filter_by_dates_includes_events_overlapping_the_range(client):
    EventPageFactory(title="before", start=at(13), end=at(13, 16))
    EventPageFactory(title="ends inside", start=at(12), end=at(16))
    EventPageFactory(title="inside", start=at(18))
    EventPageFactory(title="covers it all", start=at(11), end=at(25))
    EventPageFactory(title="starts inside", start=at(19), end=at(24))
    EventPageFactory(title="after", start=at(21, 9))
    # Dates are Paris dates: 00:30 on the 21st is still 22:30 UTC on the 20th, 00:30 on the 15th is the 14th in UTC.
    EventPageFactory(title="just after midnight", start=at(21, 0, 30))
    EventPageFactory(title="ends just after midnight", start=at(14, 22), end=at(15, 0, 30))

    html = get(client, "?du=2031-06-15&au=2031-06-20")
    assert listed(html) == [
        "covers it all",
        "ends inside",
        "ends just after midnight",
        "inside",
        "starts inside",
    ]
    assert listed(get(client, "?du=2031-06-20")) == [
        "covers it all",
        "starts inside",
        "just after midnight",
        "after",
    ]
    assert listed(get(client, "?au=2031-06-13")) == ["covers it all", "ends inside", "before"]


def test_invalid_date_is_said_and_the_other_filters_still_apply(client):
    EventPageFactory(title="workshop", start=at(11), kind="atelier")
    EventPageFactory(title="hackathon", start=at(12), kind="hackathon")

    html = get(client, "?du=pas-une-date&type=atelier")
    assert "Saisissez une date valide." in html
    assert listed(html) == ["workshop"]

    html = get(client, "?du=2031-06-20&au=2031-06-11&type=atelier&type=hackathon")
    assert "La date de fin doit venir après la date de début." in html
    assert listed(html) == []  # "du" still applies: nothing ends after the 20th

    html = get(client, "?du=2031-06-12&lieu=999999999&type=inconnu&page=abc&public=tous")
    assert listed(html) == ["hackathon"]


def test_pages_of_twelve_keep_the_filters(client):
    commune = "Istres"
    EventPageFactory(title="elsewhere", start=at(11), commune="Martigues")
    for n in range(14):  # publish=False: live without a revision, all a listing needs (twice as fast)
        EventPageFactory(title=f"n{n:02d}", start=at(11) + timedelta(hours=n), commune=commune, publish=False)

    first = get(client, f"?commune={commune}")
    assert "14 événements à venir" in first
    assert listed(first) == [f"n{n:02d}" for n in range(12)]
    assert "Page 1 sur 2" in first
    assert re.search(rf'href="\?commune={commune}&amp;page=2"\s+rel="next"', first)

    second = get(client, f"?commune={commune}&page=2")
    assert listed(second) == ["n12", "n13"]
    assert re.search(rf'href="\?commune={commune}&amp;page=1"\s+rel="prev"', second)
    assert listed(get(client, f"?commune={commune}&page=99")) == ["n12", "n13"]
    assert listed(get(client, f"?commune={commune}&page=abc"))[0] == "n00"


def test_listing_queries_do_not_grow_with_the_number_of_events(client):
    few, many = "Istres", "Martigues"
    for n in range(2):
        EventPageFactory(title=f"few {n}", start=at(11, 9 + n), commune=few)
    for n in range(12):  # publish=False: live without a revision, all a listing needs (twice as fast)
        EventPageFactory(title=f"many {n}", start=at(12) + timedelta(hours=n), commune=many, publish=False)
    get(client, f"?commune={few}")  # warm what is cached once
    with CaptureQueriesContext(connection) as small:
        get(client, f"?commune={few}")
    with CaptureQueriesContext(connection) as large:
        get(client, f"?commune={many}")
    assert len(large) == len(small)


# Paris time across the daylight-saving changes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "utc_hour", "offset", "day"),
    [
        (datetime(2031, 3, 30, 10, 0, tzinfo=PARIS), 8, "+02:00", "dimanche 30 mars 2031"),  # first summer day
        (datetime(2031, 10, 26, 10, 0, tzinfo=PARIS), 9, "+01:00", "dimanche 26 octobre 2031"),  # first winter day
        (datetime(2031, 3, 29, 10, 0, tzinfo=PARIS), 9, "+01:00", "samedi 29 mars 2031"),  # the day before
    ],
    ids=["march-change", "october-change", "day-before-march-change"],
)
def test_ten_o_clock_stays_ten_o_clock_across_daylight_saving(client, start, utc_hour, offset, day):
    with time_machine.travel(datetime(2031, 3, 1, 12, 0, tzinfo=PARIS), tick=False):
        event = EventPageFactory(title="workshop", start=start, end=start + timedelta(hours=2))
        stored = EventPage.objects.get(pk=event.pk)
        assert stored.start.astimezone(UTC).hour == utc_hour
        assert stored.start_local.hour == 10

        html = client.get(event.url).content.decode()
        assert f"{day}, 10{NBSP}h – 12{NBSP}h" in html
        assert f'<time datetime="{start:%Y-%m-%d}T10:00:00{offset}">' in html
        assert f"{day}, 10{NBSP}h – 12{NBSP}h" in get(client, f"?du={start:%Y-%m-%d}&au={start:%Y-%m-%d}")

        ics = client.get(event.url + "calendrier/").content.decode()
        assert f"DTSTART;TZID=Europe/Paris:{start:%Y%m%d}T100000" in ics
        assert f"DTEND;TZID=Europe/Paris:{start:%Y%m%d}T120000" in ics


def test_multi_day_events_say_from_and_to(client):
    EventPageFactory(title="hackathon", start=at(20, 18), end=at(22, 16), kind="hackathon")
    EventPageFactory(title="fair", start=at(27, 0), end=at(28, 23, 59), all_day=True)
    html = get(client, "?du=2031-06-20")
    assert f"Du vendredi 20 juin 2031, 18{NBSP}h au dimanche 22 juin 2031, 16{NBSP}h" in html
    assert "Du vendredi 27 juin 2031 au samedi 28 juin 2031" in html


def test_agenda_links_to_the_calendar_feed(client):
    html = get(client)
    assert 'href="/api/events.ics?lang=fr"' in html
    assert "S'abonner à l'agenda" in html
