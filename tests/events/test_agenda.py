"""The agenda (/agenda/): what is coming first, the archive, filters that work without JS, pages, and Paris time
across the daylight-saving changes. Time is frozen; every test makes its own events and looks only at them."""

import re
from datetime import UTC, datetime, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage
from places.models import PlaceIndexPage
from tests.factories import MediationPlacePageFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2031, 6, 10, 12, 0, tzinfo=PARIS)  # a Tuesday, noon
NBSP = "\u00a0"


@pytest.fixture
def agenda():
    return EventIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def tag():
    """A word in the titles of this test's events, to tell them from any other event (demo content)."""
    return f"T{uuid4().hex[:8]}"


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def make_event(agenda, title, start, end=None, **fields):
    values = {
        "title": title,
        "slug": f"evenement-{uuid4().hex[:10]}",
        "kind": "atelier",
        "intro": "Un moment pour apprendre ensemble.",
        "start": start,
        "end": end or start + timedelta(hours=2),
        "where": "adresse",
        "address": "1 rue de la République",
        "postcode": "13500",
        "commune": "Martigues",
        "organiser": "Association Les Clés du numérique",
        **fields,
    }
    event = EventPage(**values)
    agenda.add_child(instance=event)
    return event


def at(day, hour=14, minute=0, month=6):
    return datetime(2031, month, day, hour, minute, tzinfo=PARIS)


def listed(html, tag):
    """The titles of this test's event cards, in the order shown."""
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>', html)
    return [title for title in titles if tag in title]


def get(client, query=""):
    response = client.get(f"/agenda/{query}")
    assert response.status_code == 200
    return response.content.decode()


# Upcoming and past --------------------------------------------------------------------------------------------


def test_upcoming_by_default_in_order_of_start(client, agenda, tag):
    make_event(agenda, f"{tag} next week", at(17))
    make_event(agenda, f"{tag} tomorrow", at(11, 9))
    make_event(agenda, f"{tag} later today", at(10, 9), at(10, 18))  # started this morning, ends tonight
    make_event(agenda, f"{tag} since yesterday", at(9, 9), at(12, 17))  # three days, under way
    make_event(agenda, f"{tag} this morning", at(10, 8), at(10, 11))  # over an hour ago
    make_event(agenda, f"{tag} last week", at(3))
    make_event(agenda, f"{tag} draft", at(12), live=False)

    html = get(client)
    assert listed(html, tag) == [
        f"{tag} since yesterday",
        f"{tag} later today",
        f"{tag} tomorrow",
        f"{tag} next week",
    ]
    assert '<a href="?" aria-current="page">' in html


def test_past_events_newest_first(client, agenda, tag):
    make_event(agenda, f"{tag} last month", at(10, month=5))
    make_event(agenda, f"{tag} this morning", at(10, 8), at(10, 11))
    make_event(agenda, f"{tag} last week", at(3))
    make_event(agenda, f"{tag} later today", at(10, 9), at(10, 18))
    make_event(agenda, f"{tag} tomorrow", at(11))

    html = get(client, "?periode=passes")
    assert listed(html, tag) == [f"{tag} this morning", f"{tag} last week", f"{tag} last month"]
    assert '<a href="?periode=passes" aria-current="page">' in html
    assert '<input type="hidden" name="periode" value="passes">' in html  # the filters stay in the archive


def test_counts_the_events_found(client, agenda, tag):
    commune = f"Ville-{tag}"
    make_event(agenda, f"{tag} one", at(11), commune=commune)
    html = get(client, f"?commune={commune}")
    assert "1 événement à venir" in html
    make_event(agenda, f"{tag} two", at(12), commune=commune)
    assert "2 événements à venir" in get(client, f"?commune={commune}")
    make_event(agenda, f"{tag} gone", at(3), commune=commune)
    html = get(client, f"?periode=passes&commune={commune}")
    assert "1 événement passé" in html
    assert listed(html, tag) == [f"{tag} gone"]


# Filters ------------------------------------------------------------------------------------------------------


def test_filter_by_several_types(client, agenda, tag):
    make_event(agenda, f"{tag} workshop", at(11), kind="atelier")
    make_event(agenda, f"{tag} webinar", at(12), kind="webinaire", where="en-ligne", online_url="https://v.example")
    make_event(agenda, f"{tag} hackathon", at(13), kind="hackathon")

    assert listed(get(client, "?type=atelier"), tag) == [f"{tag} workshop"]
    html = get(client, "?type=atelier&type=webinaire")
    assert listed(html, tag) == [f"{tag} workshop", f"{tag} webinar"]
    assert re.search(r'<input type="checkbox" name="type" value="webinaire"[^>]* checked', html)
    assert " open>" in html  # the filters stay unfolded while some are applied


def test_filter_by_audience_keeps_events_for_everyone(client, agenda, tag):
    make_event(agenda, f"{tag} public", at(11), audience="public")
    make_event(agenda, f"{tag} pros", at(12), audience="professionnels")
    make_event(agenda, f"{tag} everyone", at(13), audience="tous")

    assert listed(get(client, "?public=public"), tag) == [f"{tag} public", f"{tag} everyone"]
    assert listed(get(client, "?public=professionnels"), tag) == [f"{tag} pros", f"{tag} everyone"]
    assert listed(get(client, "?public="), tag) == [f"{tag} public", f"{tag} pros", f"{tag} everyone"]


def test_filter_by_commune(client, agenda, tag):
    make_event(agenda, f"{tag} here", at(11), commune=f"Ici-{tag}")
    make_event(agenda, f"{tag} there", at(12), commune=f"La-bas-{tag}")

    html = get(client, f"?commune=Ici-{tag}")
    assert listed(html, tag) == [f"{tag} here"]
    assert f'<option value="La-bas-{tag}">' in html  # the communes that have events are offered
    # A commune without any event is not a choice: refused with a message, not an empty page.
    html = get(client, "?commune=Nulle-part")
    assert listed(html, tag) == [f"{tag} here", f"{tag} there"]
    assert 'class="field-error"' in html


def test_filter_by_place(client, agenda, tag):
    finder = PlaceIndexPage.objects.get(locale__language_code="fr")
    place = MediationPlacePageFactory(parent=finder, title=f"Médiathèque {tag}")
    other = MediationPlacePageFactory(parent=finder, title=f"Maison France services {tag}")
    make_event(agenda, f"{tag} at the library", at(11), where="lieu", place=place)
    make_event(agenda, f"{tag} at the other place", at(12), where="lieu", place=other)
    make_event(agenda, f"{tag} elsewhere", at(13))

    html = get(client, f"?lieu={place.pk}")
    assert listed(html, tag) == [f"{tag} at the library"]
    assert f'<option value="{place.pk}" selected>Médiathèque {tag}</option>' in html
    assert f'<option value="{other.pk}">Maison France services {tag}</option>' in html


def test_filter_by_dates_includes_events_overlapping_the_range(client, agenda, tag):
    make_event(agenda, f"{tag} before", at(13), at(13, 16))
    make_event(agenda, f"{tag} ends inside", at(12), at(16))
    make_event(agenda, f"{tag} inside", at(18))
    make_event(agenda, f"{tag} covers it all", at(11), at(25))
    make_event(agenda, f"{tag} starts inside", at(19), at(24))
    make_event(agenda, f"{tag} after", at(21, 9))
    # Dates are Paris dates: 00:30 on the 21st is still 22:30 UTC on the 20th, 00:30 on the 15th is the 14th in UTC.
    make_event(agenda, f"{tag} just after midnight", at(21, 0, 30))
    make_event(agenda, f"{tag} ends just after midnight", at(14, 22), at(15, 0, 30))

    html = get(client, "?du=2031-06-15&au=2031-06-20")
    assert listed(html, tag) == [
        f"{tag} covers it all",
        f"{tag} ends inside",
        f"{tag} ends just after midnight",
        f"{tag} inside",
        f"{tag} starts inside",
    ]
    assert listed(get(client, "?du=2031-06-20"), tag) == [
        f"{tag} covers it all",
        f"{tag} starts inside",
        f"{tag} just after midnight",
        f"{tag} after",
    ]
    assert listed(get(client, "?au=2031-06-13"), tag) == [f"{tag} covers it all", f"{tag} ends inside", f"{tag} before"]


def test_invalid_date_is_said_and_the_other_filters_still_apply(client, agenda, tag):
    make_event(agenda, f"{tag} workshop", at(11), kind="atelier")
    make_event(agenda, f"{tag} hackathon", at(12), kind="hackathon")

    html = get(client, "?du=pas-une-date&type=atelier")
    assert "Saisissez une date valide." in html
    assert listed(html, tag) == [f"{tag} workshop"]

    html = get(client, "?du=2031-06-20&au=2031-06-11&type=atelier&type=hackathon")
    assert "La date de fin doit venir après la date de début." in html
    assert listed(html, tag) == []  # "du" still applies: nothing of ours ends after the 20th

    html = get(client, "?du=2031-06-12&lieu=999999999&type=inconnu&page=abc&public=tous")
    assert listed(html, tag) == [f"{tag} hackathon"]


def test_pages_of_twelve_keep_the_filters(client, agenda, tag):
    commune = f"Ville-{tag}"
    for n in range(14):
        make_event(agenda, f"{tag} n{n:02d}", at(11) + timedelta(hours=n), commune=commune)

    first = get(client, f"?commune={commune}")
    assert "14 événements à venir" in first
    assert listed(first, tag) == [f"{tag} n{n:02d}" for n in range(12)]
    assert "Page 1 sur 2" in first
    assert f'href="?commune={commune}&amp;page=2" rel="next"' in first

    second = get(client, f"?commune={commune}&page=2")
    assert listed(second, tag) == [f"{tag} n12", f"{tag} n13"]
    assert f'href="?commune={commune}&amp;page=1" rel="prev"' in second
    assert listed(get(client, f"?commune={commune}&page=99"), tag) == [f"{tag} n12", f"{tag} n13"]
    assert listed(get(client, f"?commune={commune}&page=abc"), tag)[0] == f"{tag} n00"


def test_listing_queries_do_not_grow_with_the_number_of_events(client, agenda, tag):
    few, many = f"Peu-{tag}", f"Beaucoup-{tag}"
    for n in range(2):
        make_event(agenda, f"{tag} few {n}", at(11, 9 + n), commune=few)
    for n in range(12):
        make_event(agenda, f"{tag} many {n}", at(12) + timedelta(hours=n), commune=many)
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
def test_ten_o_clock_stays_ten_o_clock_across_daylight_saving(client, agenda, tag, start, utc_hour, offset, day):
    with time_machine.travel(datetime(2031, 3, 1, 12, 0, tzinfo=PARIS), tick=False):
        event = make_event(agenda, f"{tag} workshop", start, start + timedelta(hours=2))
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


def test_multi_day_events_say_from_and_to(client, agenda, tag):
    make_event(agenda, f"{tag} hackathon", at(20, 18), at(22, 16), kind="hackathon")
    make_event(agenda, f"{tag} fair", at(27, 0), at(28, 23, 59), all_day=True)
    html = get(client, "?du=2031-06-20")
    assert f"Du vendredi 20 juin 2031, 18{NBSP}h au dimanche 22 juin 2031, 16{NBSP}h" in html
    assert "Du vendredi 27 juin 2031 au samedi 28 juin 2031" in html


def test_agenda_links_to_the_calendar_feed(client):
    html = get(client)
    assert 'href="/api/events.ics?lang=fr"' in html
    assert "S'abonner à l'agenda" in html
