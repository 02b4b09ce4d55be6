"""Event pages: structured data for search engines, private online links, the registration box, events on place
pages and the home page, and what editors cannot save."""

import json
import re
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import signing
from django.core.exceptions import ValidationError

from events.forms import RegistrationForm
from events.models import EventPage, Registration
from events.registration import register
from tests.places.factories import MediationPlacePageFactory, MobileStopPageFactory, MobileTourPageFactory
from tests.site.factories import translate

from .factories import EventPageFactory

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2031, 1, 15, 12, 0, tzinfo=PARIS)
SECRET_LINK = "https://visio.example.org/salle-reservee-5521?pwd=k3y"


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    events = [data for data in map(json.loads, blocks) if data.get("@type") == "Event"]
    assert len(events) == 1
    return events[0]


def titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]*">([^<]*)</a></h3>', html)


# Structured data -----------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("frozen")
def test_event_page_describes_the_event_for_search_engines(client):
    event = EventPageFactory(
        start=datetime(2031, 7, 8, 9, 30, tzinfo=PARIS),
        end=datetime(2031, 7, 8, 12, 0, tzinfo=PARIS),
        venue="Salle du conseil",
        address="1 rue de la République",
        postcode="13500",
        commune="Martigues",
        latitude=43.4045,
        longitude=5.0548,
        is_free=True,
        organiser="Association Les Clés du numérique",
    )
    html = client.get(event.url).content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == "2031-07-08T09:30:00+02:00"
    assert data["endDate"] == "2031-07-08T12:00:00+02:00"
    assert datetime.fromisoformat(data["startDate"]) == event.start
    assert data["url"] == f"http://testserver{event.url}"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Salle du conseil"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1 rue de la République",
        "postalCode": "13500",
        "addressLocality": "Martigues",
        "addressCountry": "FR",
    }
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 43.4045, "longitude": 5.0548}
    assert data["isAccessibleForFree"] is True
    assert "offers" not in data
    assert data["organizer"] == {"@type": "Organization", "name": "Association Les Clés du numérique"}
    assert data["inLanguage"] == "fr"


@pytest.mark.usefixtures("frozen")
def test_structured_data_of_paying_all_day_and_online_events(client):
    paying = EventPageFactory(is_free=False, price="5 €, gratuit pour les demandeurs d'emploi")
    data = json_ld(client.get(paying.url).content.decode())
    assert data["isAccessibleForFree"] is False
    assert data["offers"]["description"] == "5 €, gratuit pour les demandeurs d'emploi"

    winter_day = EventPageFactory(
        start=datetime(2031, 2, 3, 0, 0, tzinfo=PARIS), end=datetime(2031, 2, 4, 23, 59, tzinfo=PARIS), all_day=True
    )
    data = json_ld(client.get(winter_day.url).content.decode())
    assert (data["startDate"], data["endDate"]) == ("2031-02-03", "2031-02-04")

    webinar = EventPageFactory(start=datetime(2031, 2, 5, 18, 0, tzinfo=PARIS), webinar=True)
    data = json_ld(client.get(webinar.url).content.decode())
    assert data["startDate"] == "2031-02-05T18:00:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": f"http://testserver{webinar.url}"}


@pytest.mark.usefixtures("frozen")
def test_event_at_a_place_is_located_at_the_place(client):
    place = MediationPlacePageFactory(title="Médiathèque du Quai", commune="Saint-Chamas")
    event = EventPageFactory(place=place)
    html = client.get(event.url).content.decode()
    location = json_ld(html)["location"]
    assert location["name"] == "Médiathèque du Quai"
    assert location["address"]["addressLocality"] == "Saint-Chamas"
    assert location["address"]["streetAddress"] == "1 place de la Mairie"
    assert f'<a href="{place.url}">Médiathèque du Quai</a>' in html


@pytest.mark.usefixtures("frozen")
def test_a_title_cannot_break_out_of_the_structured_data(client):
    title = "Atelier </script><script>alert('x')</script>"
    event = EventPageFactory(title=title)
    html = client.get(event.url).content.decode()
    assert "</script><script>alert(" not in html
    assert json_ld(html)["name"] == title


@pytest.mark.usefixtures("frozen")
def test_html_like_text_cannot_swallow_the_page_through_the_structured_data(client):
    """An HTML workshop may well say "<!--" and "<script>" in its summary.

    In a <script> element, "<!--" followed by "<script" puts the HTML parser in the "script data double escaped"
    state, where "</script>" no longer closes the element: the event page would render blank. The HTML standard
    (4.12.1.3, restrictions for contents of script elements) asks for "<!--", "<script" and "</script" to be
    escaped in scripts, as Django's json_script does ("<" as \\u003C).
    """
    intro = "Initiation au HTML : un commentaire commence par <!-- et un programme par <script>."
    event = EventPageFactory(intro=intro)
    html = client.get(event.url).content.decode()
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert json.loads(raw)["description"] == intro
    assert not re.search(r"<!--|<script|</script", raw, re.IGNORECASE)


# Private online links -------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("frozen")
def test_private_online_link_is_only_given_to_registered_people(client, mailoutbox, django_capture_on_commit_callbacks):
    event = EventPageFactory(webinar=True, online_url=SECRET_LINK, online_url_private=True, seats=1)

    public_pages = [
        client.get(event.url),
        client.get(event.url + "inscription/"),
        client.get(event.url + "calendrier/"),
        client.get("/agenda/"),
        client.get("/api/events.ics"),
        client.get("/"),
    ]
    for response in public_pages:
        assert response.status_code == 200
        assert "salle-reservee-5521" not in response.content.decode(), response.request["PATH_INFO"]
    html = public_pages[0].content.decode()
    assert "le lien est envoyé aux personnes inscrites" in html
    assert "salle-reservee" not in json.dumps(json_ld(html))

    def register_by_form(email):
        data = {
            "name": "Awa Diallo",
            "email": email,
            "consent": "on",
            "website": "",
            "token": signing.dumps(time.time() - 10, salt=RegistrationForm.token_salt),
        }
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(event.url + "inscription/", data)
        assert response.status_code == 302
        return response["Location"]

    confirmed_page = register_by_form("awa@example.org")
    assert SECRET_LINK in mailoutbox[-1].body
    assert SECRET_LINK in client.get(confirmed_page).content.decode()

    waiting_page = register_by_form("bob@example.org")  # the only seat is taken: waiting list
    assert SECRET_LINK not in mailoutbox[-1].body
    assert "salle-reservee" not in client.get(waiting_page).content.decode()

    # Cancelled people lose it; the person promoted from the waiting list gets it.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirmed_page, {"cancel": "1"})
    assert "salle-reservee" not in client.get(confirmed_page).content.decode()
    promoted = [message for message in mailoutbox if message.to == ["bob@example.org"]][-1]
    assert promoted.subject.startswith("Une place s'est libérée")
    assert SECRET_LINK in promoted.body
    assert SECRET_LINK in client.get(waiting_page).content.decode()


@pytest.mark.usefixtures("frozen")
def test_public_online_link_is_on_the_page(client):
    event = EventPageFactory(webinar=True, online_url="https://visio.example.org/public")
    html = client.get(event.url).content.decode()
    assert 'href="https://visio.example.org/public"' in html


# The registration box -----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("frozen")
def test_registration_box_follows_the_state_of_the_event(client):
    event = EventPageFactory(seats=2)
    html = client.get(event.url).content.decode()
    assert "Il reste 2 places." in html and f'action="{event.url}inscription/#erreurs"' in html

    register(EventPage.objects.get(pk=event.pk), name="Awa", email="awa@example.org")
    assert "Il reste 1 place." in client.get(event.url).content.decode()
    register(EventPage.objects.get(pk=event.pk), name="Bob", email="bob@example.org")
    html = client.get(event.url).content.decode()
    assert "inscrivez-vous sur la liste d'attente" in html and "M'inscrire sur la liste d'attente" in html

    event.waiting_list = False
    event.save_revision().publish()
    html = client.get(event.url).content.decode()
    assert "C'est complet." in html and 'name="consent"' not in html

    external = EventPageFactory(registration="lien", registration_url="https://billetterie.example.org/atelier")
    assert 'href="https://billetterie.example.org/atelier"' in client.get(external.url).content.decode()
    free_entry = EventPageFactory()
    assert "Entrée libre, sans inscription." in client.get(free_entry.url).content.decode()


@pytest.mark.usefixtures("frozen")
def test_past_event_page_says_it_is_over_and_offers_no_form(client):
    event = EventPageFactory(start=datetime(2030, 12, 1, 14, 0, tzinfo=PARIS), seats=10)
    html = client.get(event.url).content.decode()
    assert "Cet événement est terminé." in html
    assert 'name="consent"' not in html


def test_registering_on_a_translation_counts_on_the_french_event(client):
    event = EventPageFactory(title="Atelier tablette", seats=1)
    english = translate(event, "en", {"Atelier tablette": "Tablet workshop"})
    assert english.url.startswith("/en/")
    register(EventPage.objects.get(pk=event.pk), name="Awa", email="awa@example.org")

    data = {
        "name": "John Smith",
        "email": "john@example.org",
        "consent": "on",
        "website": "",
        "token": signing.dumps(time.time() - 10, salt=RegistrationForm.token_salt),
    }
    response = client.post(english.url + "inscription/", data)
    assert response.status_code == 302
    registration = Registration.objects.get(email="john@example.org")
    assert registration.event_id == event.pk  # one list of seats for every language
    assert (registration.status, registration.language) == ("attente", "en")
    html = client.get(response["Location"]).content.decode()
    assert "Tablet workshop" in html  # the person's own page is in the language they registered in


# Place pages and the home page ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("frozen")
def test_place_page_lists_its_upcoming_events(client):
    place = MediationPlacePageFactory()
    other_place = MediationPlacePageFactory()
    coming = EventPageFactory(start=datetime(2031, 1, 20, 14, 0, tzinfo=PARIS), place=place)
    later = EventPageFactory(start=datetime(2031, 1, 18, 14, 0, tzinfo=PARIS), place=place)
    past = EventPageFactory(start=datetime(2031, 1, 10, 14, 0, tzinfo=PARIS), place=place)
    draft = EventPageFactory(start=datetime(2031, 1, 21, 14, 0, tzinfo=PARIS), place=place, live=False)
    elsewhere = EventPageFactory(start=datetime(2031, 1, 19, 14, 0, tzinfo=PARIS), place=other_place)

    html = client.get(place.url).content.decode()
    assert "Prochains événements ici" in html
    assert titles(html) == [later.title, coming.title]
    assert past.title not in html and draft.title not in html and elsewhere.title not in html

    assert "Prochains événements ici" not in client.get(MediationPlacePageFactory().url).content.decode()


@pytest.mark.usefixtures("frozen")
def test_a_translated_place_page_lists_each_event_once_translated_or_in_french(client, locales):
    place = MediationPlacePageFactory()
    translated = EventPageFactory(start=datetime(2031, 1, 20, 14, 0, tzinfo=PARIS), place=place)
    french_only = EventPageFactory(start=datetime(2031, 1, 18, 14, 0, tzinfo=PARIS), place=place)
    english_event = translated.copy_for_translation(locales["en"], copy_parents=True)
    english_event.title = "Tablet workshop"
    english_event.save_revision().publish()
    english_place = place.copy_for_translation(locales["en"], copy_parents=True)
    english_place.save_revision().publish()

    html = client.get(english_place.url).content.decode()
    # The untranslated event is not dropped because another one is translated; the translated one shows once.
    assert titles(html) == [french_only.title, "Tablet workshop"]


@pytest.mark.usefixtures("frozen")
def test_bus_stop_page_lists_its_upcoming_events(client):
    tour = MobileTourPageFactory()
    stop = MobileStopPageFactory(parent=tour, commune="Istres", postcode="13800")
    event = EventPageFactory(start=datetime(2031, 1, 20, 14, 0, tzinfo=PARIS), place=stop)
    assert EventPage.objects.get(pk=event.pk).commune == "Istres"
    assert event.title in titles(client.get(stop.url).content.decode())


@pytest.mark.usefixtures("frozen")
def test_home_page_shows_the_next_events(client):
    soon = [EventPageFactory(start=datetime(2031, 1, 16 + n, 10, 0, tzinfo=PARIS)) for n in range(4)]
    ongoing = EventPageFactory(
        start=datetime(2031, 1, 14, 9, 0, tzinfo=PARIS), end=datetime(2031, 1, 16, 17, 0, tzinfo=PARIS)
    )
    past = EventPageFactory(start=datetime(2031, 1, 14, 9, 0, tzinfo=PARIS))
    html = client.get("/").content.decode()
    section = html.split('id="home-events"', 1)[1].split("</section>", 1)[0]
    assert titles(section) == [ongoing.title, soon[0].title, soon[1].title]
    assert past.title not in section and soon[3].title not in section


# What editors cannot save ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end": datetime(2031, 7, 8, 9, 0, tzinfo=PARIS)}, "end"),
        ({"where": "lieu", "place": None}, "place"),
        ({"where": "adresse", "commune": ""}, "address"),
        ({"where": "en-ligne", "online_url": ""}, "online_url"),
        ({"registration": "formulaire", "capacity": None}, "capacity"),
        ({"registration": "formulaire", "capacity": 0}, "capacity"),
        ({"registration": "lien", "registration_url": ""}, "registration_url"),
        ({"is_free": False, "price": ""}, "price"),
    ],
    ids=[
        "end-before-start",
        "place-missing",
        "address-missing",
        "link-missing",
        "capacity-missing",
        "capacity-zero",
        "registration-link-missing",
        "price-missing",
    ],
)
def test_inconsistent_events_are_refused_naming_the_field(changes, field):
    event = EventPageFactory(start=datetime(2031, 7, 8, 9, 30, tzinfo=PARIS), seats=10, is_free=False, price="5 €")
    event.full_clean()  # valid as made
    for name, value in changes.items():
        setattr(event, name, value)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) == {field}
    assert error.value.message_dict[field][0].startswith(("La fin", "Choisissez", "Indiquez"))


def test_an_event_at_a_place_takes_the_places_address_and_is_found_by_its_commune(client):
    place = MediationPlacePageFactory.at(
        43.5505, 5.0435, address="2 quai du Port", postcode="13250", commune="Saint-Chamas"
    )
    with time_machine.travel(NOW, tick=False):
        event = EventPageFactory(place=place, commune="Ailleurs")
        EventPageFactory(commune="Martigues")  # so that Martigues is one of the agenda's communes
        event.full_clean()
        stored = EventPage.objects.get(pk=event.pk)
        assert (stored.address, stored.postcode, stored.commune) == ("2 quai du Port", "13250", "Saint-Chamas")
        assert (stored.latitude, stored.longitude) == (43.5505, 5.0435)

        html = client.get("/agenda/?commune=Saint-Chamas").content.decode()
        assert event.title in titles(html)
        assert '<option value="Saint-Chamas" selected>' in html
        assert event.title not in titles(client.get("/agenda/?commune=Martigues").content.decode())
