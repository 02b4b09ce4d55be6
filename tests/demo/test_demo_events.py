"""The demo agenda (demo/data/events/): events to come and past, hackathons, places, translations, re-runs."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from demo import data
from demo.loaders import events as agenda_loader
from events.enums import EventKind
from events.models import EventPage, Registration
from places.models import MediationPlacePage, MobileStopPage

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

PARIS = ZoneInfo("Europe/Paris")
OTHER_LANGUAGES = ["en", "ar", "es"]
ARABIC = re.compile(r"[\u0600-\u06FF]")
HACKATHON = "hackathon-des-outils-numeriques-du-territoire"
BREAKFAST = "petit-dejeuner-du-reseau-orthez"
WORKSHOP = "atelier-bien-utiliser-son-smartphone"
# The three translated events: French slug -> translated slugs.
TRANSLATED = {
    HACKATHON: {
        "en": "hackathon-of-digital-tools-for-the-area",
        "ar": "hakathon-al-adawat-al-raqmiya-lil-mintaqa",
        "es": "hackaton-de-herramientas-digitales-del-territorio",
    },
    "atelier-bien-utiliser-son-smartphone": {
        "en": "workshop-making-good-use-of-your-smartphone",
        "ar": "warsha-istimal-al-hatif-al-dhaki",
        "es": "taller-usar-bien-el-smartphone",
    },
    "webinaire-aider-a-reperer-les-arnaques-en-ligne": {
        "en": "webinar-helping-someone-spot-online-scams",
        "ar": "nadwa-kashf-al-ihtiyal-ala-al-internet",
        "es": "webinario-ayudar-a-detectar-las-estafas-en-linea",
    },
}


def demo_events():
    return data.entries("events", {"event"})


def french_events():
    return EventPage.objects.live().filter(locale__language_code="fr")


def test_the_agenda_has_events_to_come_and_past_events():
    now = timezone.now()
    events = french_events()
    assert events.count() == len(demo_events()) >= 10
    assert events.filter(start__gt=now).count() >= 6
    assert events.filter(end__lt=now).count() >= 4
    assert set(events.values_list("kind", flat=True)) == set(EventKind.values) - {EventKind.OTHER}
    for kind in (EventKind.AFTERWORK, EventKind.BREAKFAST, EventKind.WEBINAR, EventKind.HACKATHON):
        assert events.filter(kind=kind, start__gt=now).exists(), kind
        assert events.filter(kind=kind, end__lt=now).exists(), kind


def test_every_event_is_complete_and_says_it_is_fictional():
    for event in french_events():
        event.full_clean()
        assert event.intro and event.accessibility and event.organiser, event.slug
        assert re.fullmatch(r"[\w.-]+@([\w-]+\.)*example\.org", event.contact_email), event.slug
        assert event.contact_phone.startswith("+33 1 99 00 "), event.slug
        notice = event.body[0]
        assert notice.block_type == "callout" and "fictif" in str(notice.value["text"]), event.slug


def test_the_agenda_shows_the_practical_variants():
    events = french_events()
    assert events.filter(all_day=True).exists()
    assert events.filter(registration="lien").exclude(registration_url="").exists()
    paying = events.filter(is_free=False)
    assert list(paying.values_list("price", flat=True)) == ["5 €, gratuit pour les demandeurs d'emploi"]
    webinars = events.filter(kind=EventKind.WEBINAR)
    assert webinars.count() == 2
    assert all(w.where == "en-ligne" and w.online_url_private and w.registration == "formulaire" for w in webinars)


def test_the_hackathon_has_challenges_a_schedule_a_jury_and_registration_by_form():
    page = french_events().get(slug=HACKATHON)
    assert len(page.challenges) >= 4
    assert all(block.value["brought_by"] for block in page.challenges)
    assert page.schedule and page.jury
    assert page.registration == "formulaire" and page.capacity == 60 and page.waiting_list
    assert page.registration_state() == "open"
    assert page.is_multi_day and page.start_local.weekday() == 4 and page.end_local.weekday() == 6
    assert page.commune == "Martigues"


def test_a_past_hackathon_shows_its_winning_projects():
    now = timezone.now()
    past = [event for event in french_events().filter(kind=EventKind.HACKATHON, end__lt=now) if event.results]
    assert past
    assert all(block.value["project"] and block.value["prize"] for block in past[0].results)


def test_events_in_places_point_to_live_place_pages():
    in_places = list(french_events().filter(where="lieu"))
    assert len(in_places) >= 6
    for event in in_places:
        place = event.place.specific
        assert isinstance(place, MediationPlacePage) and place.live, event.slug
        assert place.locale.language_code == "fr", event.slug
        assert (event.commune, event.latitude, event.longitude) == (place.commune, place.latitude, place.longitude)
    places = {type(event.place.specific): event.place.specific for event in in_places}
    assert places[MobileStopPage].get_parent().slug == "mairiebus-martigues"
    assert any(event.place.slug == "mediatheque-louis-aragon-martigues" for event in in_places)


@pytest.mark.parametrize("slug", list(TRANSLATED))
def test_three_events_are_translated_with_their_titles_and_slugs(slug):
    page = french_events().get(slug=slug)
    versions = {other.locale.language_code: other for other in page.get_translations().live().specific()}
    assert set(versions) == set(OTHER_LANGUAGES)
    for code in OTHER_LANGUAGES:
        version = versions[code]
        assert version.slug == TRANSLATED[slug][code]
        assert version.title != page.title and version.intro != page.intro
        assert (version.start, version.end, version.place_id) == (page.start, page.end, page.place_id)
    assert ARABIC.search(versions["ar"].title) and ARABIC.search(versions["ar"].intro)
    translations = Translation.objects.filter(source__object_id=page.translation_key)
    assert {translation.target_locale.language_code for translation in translations} == set(OTHER_LANGUAGES)
    for translation in translations:
        total, done = translation.get_progress()
        assert total == done, f"{slug} → {translation.target_locale}"


def test_only_three_events_are_translated():
    translated = EventPage.objects.exclude(locale__language_code="fr")
    assert translated.count() == len(TRANSLATED) * len(OTHER_LANGUAGES)


def test_the_next_breakfast_has_three_fictional_registrations():
    breakfast = french_events().get(slug=BREAKFAST)
    assert breakfast.kind == EventKind.BREAKFAST and breakfast.capacity == 25
    assert not breakfast.is_past()
    registrations = breakfast.registrations.all()
    assert registrations.count() == 3
    assert all(registration.email.endswith("@example.org") for registration in registrations)
    assert breakfast.registration_state() == "open" and breakfast.seats_left() == 22


def test_the_smartphone_workshop_has_someone_to_call_and_someone_registered_by_an_aidant():
    workshop = french_events().get(slug=WORKSHOP)
    registrations = {registration.name: registration for registration in workshop.registrations.all()}
    assert set(registrations) == {"Yvette Exemple", "Ali Exemple"}
    assert (registrations["Yvette Exemple"].email, registrations["Yvette Exemple"].to_call) == ("", True)
    assert registrations["Ali Exemple"].registered_by == "Camille Exemple"
    assert not registrations["Ali Exemple"].to_call


def test_running_it_again_creates_no_page_no_revision_and_no_registration():
    def counts():
        return Page.objects.count(), Revision.objects.count(), Registration.objects.count()

    before = counts()
    agenda_loader.load(log=lambda message: None)
    assert counts() == before


def test_on_another_day_the_dates_move_and_nothing_is_duplicated():
    page = french_events().get(slug=HACKATHON)
    pages = Page.objects.count()
    agenda_loader.load(log=lambda message: None, today=timezone.localdate() + timedelta(days=30))
    assert Page.objects.count() == pages
    assert Registration.objects.filter(event__slug=BREAKFAST).count() == 3
    moved = EventPage.objects.get(pk=page.pk)
    assert moved.start > page.start
    for version in moved.get_translations().specific():
        assert (version.start, version.end) == (moved.start, moved.end), version.locale


def test_dates_are_counted_from_today_in_paris_and_avoid_public_holidays():
    hackathon = next(event for event in demo_events() if event.slug == HACKATHON)
    # From Sunday 22 November 2026, the first Friday 38 days later is 1 January: a week later, then.
    dates = agenda_loader.dates(hackathon.content["when"], date(2026, 11, 22))
    assert dates["start"] == datetime(2027, 1, 8, 18, tzinfo=PARIS)
    assert dates["end"] == datetime(2027, 1, 10, 17, tzinfo=PARIS)
    # A past Thursday that is a holiday (Ascension, 6 May 2027) moves a week earlier: still in the past.
    webinar = {"weekday": "jeudi", "from_today": -12, "start": "11:00", "end": "12:00"}
    assert agenda_loader.dates(webinar, date(2027, 5, 18))["start"] == datetime(2027, 4, 29, 11, tzinfo=PARIS)
