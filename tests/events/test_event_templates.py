"""How event pages are written out: the hackathon's sections (one template per block), where the event takes place
(the event's address lines, on the event page and the registration page alike), the registration form's fields."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from events.blocks import ChallengeBlock, JuryMemberBlock, ResultBlock, ScheduleItemBlock
from tests.places.factories import MediationPlacePageFactory

from .factories import EventPageFactory, RegistrationFactory

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2031, 1, 15, 12, 0, tzinfo=PARIS)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def tight(html):
    """The markup without the indentation between tags (what a browser shows the same)."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).replace("> ", ">").replace(" <", "<")


def section(html, heading_id):
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', tight(html))
    assert match, f"no section {heading_id}"
    return match.group(1)


# The hackathon's blocks ------------------------------------------------------------------------------------------


CHALLENGE = {"title": "Prendre rendez-vous", "description": "Par téléphone.", "brought_by": "Ville de Martigues"}
RESULT = {
    "project": "Allô mairie",
    "team": "Les Voisins",
    "prize": "1er prix",
    "description": "Un serveur vocal.",
    "url": "https://example.org/allo",
}


@pytest.mark.parametrize(
    ("block", "template", "value", "markup"),
    [
        (
            ChallengeBlock(),
            "challenge_block",
            CHALLENGE,
            "<li><h3>Prendre rendez-vous</h3><p>Par téléphone.</p>"
            '<p class="hint">Défi proposé par Ville de Martigues</p></li>',
        ),
        (
            ChallengeBlock(),
            "challenge_block",
            {"title": "Sans porteur", "description": "Idée libre."},
            "<li><h3>Sans porteur</h3><p>Idée libre.</p></li>",
        ),
        (
            ScheduleItemBlock(),
            "schedule_item_block",
            {"time": "Samedi 9 h 30", "activity": "Accueil"},
            "<div><dt>Samedi 9 h 30</dt><dd>Accueil</dd></div>",
        ),
        (
            JuryMemberBlock(),
            "jury_member_block",
            {"name": "Samia Benali", "role": "Conseillère numérique"},
            "<li>Samia Benali, Conseillère numérique</li>",
        ),
        (JuryMemberBlock(), "jury_member_block", {"name": "Samia Benali"}, "<li>Samia Benali</li>"),
        (
            ResultBlock(),
            "result_block",
            RESULT,
            '<li><h3>1er prix : Allô mairie</h3><p class="hint">Les Voisins</p><p>Un serveur vocal.</p>'
            '<p><a href="https://example.org/allo">Voir le projet Allô mairie</a></p></li>',
        ),
        (ResultBlock(), "result_block", {"project": "Allô mairie"}, "<li><h3>Allô mairie</h3></li>"),
    ],
)
def test_each_hackathon_block_renders_through_its_own_template(block, template, value, markup):
    assert block.meta.template == f"events/blocks/{template}.html"
    assert tight(block.render(block.to_python(value))) == markup


@pytest.mark.django_db
@pytest.mark.usefixtures("frozen")
def test_a_hackathon_page_lists_its_challenges_schedule_jury_and_results(client):
    results = [
        {"type": "result", "value": {"project": "Allô mairie", "prize": "1er prix", "team": "Les Voisins"}},
        {"type": "result", "value": {"project": "Photo facile", "prize": "Prix du public"}},
    ]
    event = EventPageFactory(hackathon=True, results=results)
    html = client.get(event.url).content.decode()

    assert section(html, "event-challenges").endswith(
        '<ol class="challenge-list"><li><h3>Prendre rendez-vous sans internet</h3>'
        "<p>Un service par téléphone qui réserve un créneau en mairie.</p>"
        '<p class="hint">Défi proposé par Ville de Martigues</p></li></ol>'
    )
    assert section(html, "event-schedule").endswith(
        '<dl class="schedule"><div><dt>Samedi 9 h 30</dt><dd>Accueil et présentation des défis</dd></div>'
        "<div><dt>Dimanche 16 h</dt><dd>Présentation des projets au jury</dd></div></dl>"
    )
    assert section(html, "event-jury").endswith("<ul><li>Samia Benali, Conseillère numérique</li></ul>")
    assert section(html, "event-results").endswith(
        '<ul class="result-list"><li><h3>1er prix : Allô mairie</h3><p class="hint">Les Voisins</p></li>'
        "<li><h3>Prix du public : Photo facile</h3></li></ul>"
    )


@pytest.mark.django_db
@pytest.mark.usefixtures("frozen")
def test_an_event_without_hackathon_sections_shows_none(client):
    html = client.get(EventPageFactory().url).content.decode()
    for heading_id in ("event-challenges", "event-schedule", "event-jury", "event-results"):
        assert f'aria-labelledby="{heading_id}"' not in html


# Where ------------------------------------------------------------------------------------------------------------


def where(html):
    match = re.search(r"<dt>Où</dt><dd>(.*?)</dd>", tight(html))
    assert match
    return match.group(1)


@pytest.mark.django_db
@pytest.mark.usefixtures("frozen")
def test_the_event_page_and_the_registration_page_give_the_address_line_by_line_the_place_first(client):
    place = MediationPlacePageFactory(
        title="Médiathèque du Quai", address="2 quai du Port", postcode="13250", commune="Saint-Chamas"
    )
    event = EventPageFactory(place=place, venue="Salle des conférences", seats=10)
    expected = f'<a href="{place.url}">Médiathèque du Quai</a><br>Salle des conférences<br>2 quai du Port<br>13250 Saint-Chamas'
    assert where(client.get(event.url).content.decode()) == expected

    registration = RegistrationFactory(event=event)
    assert where(client.get(f"/inscriptions/{registration.token}/").content.decode()) == expected


@pytest.mark.django_db
@pytest.mark.usefixtures("frozen")
def test_an_address_without_a_place_is_not_a_link_and_a_room_named_as_the_place_is_said_once(client):
    event = EventPageFactory(venue="Salle du conseil", address="1 rue de la République", postcode="13500")
    assert (
        where(client.get(event.url).content.decode()) == "Salle du conseil<br>1 rue de la République<br>13500 Martigues"
    )

    place = MediationPlacePageFactory(title="Maison du citoyen", postcode="13500", commune="Martigues")
    event = EventPageFactory(place=place, venue="Maison du citoyen")
    assert where(client.get(event.url).content.decode()).count("Maison du citoyen") == 1


# The registration form ----------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("frozen")
def test_registration_fields_say_what_they_need_with_the_ids_their_inputs_point_to(client):
    event = EventPageFactory(seats=10)
    html = tight(client.get(event.url).content.decode())
    # A checkbox's help text is shown, under the id its input's aria-describedby names.
    assert 'aria-describedby="id_for_someone_else_helptext"' in html
    assert '<p class="hint" id="id_for_someone_else_helptext">Vous êtes aidant ou proche' in html
    # The other person's name field carries its own class and no "(facultatif)": it goes with the box above.
    assert (
        '<div class="field field--other-name"><label for="id_other_name">Nom et prénom de la personne que vous inscrivez</label>'
        in html
    )
    # Phone and e-mail: one of the two, neither is marked optional; "Un besoin particulier ?" is.
    assert '<label for="id_phone">Votre téléphone</label>' in html
    assert '<label for="id_needs">Un besoin particulier ?<span class="hint">(facultatif)</span></label>' in html
    # The robots' trap stays out of sight.
    assert '<div class="honeypot" aria-hidden="true"><label for="id_website">' in html
