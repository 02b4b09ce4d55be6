"""The resource library: facets with counts, sort, pagination, tutorial pages, handouts, JSON-LD, short links."""

import json
import re
from datetime import date

import pytest

from tests.site.factories import ImageFactory, translate

from .factories import (
    CaseStudyPageFactory,
    GuidePageFactory,
    LearningPathPageFactory,
    ThemeFactory,
    TutorialPageFactory,
    tutorial_step,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return ThemeFactory(name="Thème d'essai", slug="theme-essai")


def results(response):
    return [page.title for page in response.context["page_obj"].object_list]


def counts(response, key):
    for facet, options in response.context["result"].facets:
        if facet.key == key:
            return {value: count for value, _label, count, _selected in options}
    raise KeyError(key)


def test_library_counts_each_type_as_the_database_does(client):
    first, second = TutorialPageFactory(), TutorialPageFactory()
    GuidePageFactory()
    LearningPathPageFactory(path_steps=[first, second])
    TutorialPageFactory(live=False)  # a draft is not counted

    response = client.get("/ressources/")
    assert response.status_code == 200
    assert counts(response, "type") == {"tutorialpage": 2, "guidepage": 1, "learningpathpage": 1}
    assert response.context["page_obj"].paginator.count == 4


def test_each_filter_in_force_can_be_removed_and_removing_all_keeps_the_sort(client, theme):
    TutorialPageFactory(title="Envoyer une photo", themes=[theme], level="je-progresse")
    TutorialPageFactory(title="Sans ce thème")
    response = client.get("/ressources/", {"theme": "theme-essai", "niveau": "je-progresse", "tri": "az"})
    links = [query for _facet, _value, query in response.context["active_filters"]]
    assert sorted(links) == ["niveau=je-progresse&tri=az", "theme=theme-essai&tri=az"]  # each drops its own only
    assert 'href="?tri=az">Tout retirer</a>' in response.content.decode()


def test_theme_and_level_filters_combine_with_counts_that_ignore_their_own_facet(client, theme):
    TutorialPageFactory(title="Envoyer une photo", themes=[theme])
    TutorialPageFactory(title="Répondre à un message", themes=[theme], level="je-progresse")
    GuidePageFactory(title="Accompagner l'envoi", themes=[theme])
    TutorialPageFactory(title="Sans ce thème")

    response = client.get("/ressources/", {"theme": "theme-essai"})
    assert sorted(results(response)) == ["Accompagner l'envoi", "Envoyer une photo", "Répondre à un message"]
    assert counts(response, "type") == {"tutorialpage": 2, "guidepage": 1}
    assert counts(response, "niveau") == {"je-decouvre": 2, "je-progresse": 1}

    narrowed = client.get("/ressources/", {"theme": "theme-essai", "niveau": "je-progresse"})
    assert results(narrowed) == ["Répondre à un message"]
    # The level facet still offers "je découvre" with the number it would give.
    assert counts(narrowed, "niveau") == {"je-decouvre": 2, "je-progresse": 1}
    html = narrowed.content.decode()
    assert "1 ressource" in html
    assert 'name="niveau" value="je-progresse" checked' in html
    # Each active filter has a link that removes it and keeps the others.
    assert 'href="?theme=theme-essai"' in html


def test_audience_everyone_is_listed_for_the_public_and_for_aidants(client):
    TutorialPageFactory(title="Pour tous", audience="tous")
    TutorialPageFactory(title="Pour les aidants", audience="aidants")
    assert sorted(results(client.get("/ressources/", {"public": "public"}))) == ["Pour tous"]
    assert sorted(results(client.get("/ressources/", {"public": "aidants"}))) == [
        "Pour les aidants",
        "Pour tous",
    ]


def test_device_and_language_facets(client):
    phone = TutorialPageFactory(title="Sur téléphone", devices=["smartphone"])
    TutorialPageFactory(title="Sur ordinateur", devices=["ordinateur"])
    translate(phone, "ar", {"Sur téléphone": "على الهاتف"})

    response = client.get("/ressources/")
    assert counts(response, "appareil") == {"ordinateur": 1, "smartphone": 1}
    assert counts(response, "langue") == {"fr": 2, "ar": 1}
    assert results(client.get("/ressources/", {"langue": "ar"})) == ["Sur téléphone"]


def test_alphabetical_sort_ignores_accents_and_case(client):
    for title in ["écrire un courriel", "Faire une démarche", "Demander de l'aide"]:
        TutorialPageFactory(title=title)
    response = client.get("/ressources/", {"tri": "az"})
    assert results(response) == ["Demander de l'aide", "écrire un courriel", "Faire une démarche"]
    newest = client.get("/ressources/")
    assert results(newest) == ["Demander de l'aide", "Faire une démarche", "écrire un courriel"]


def test_pagination_keeps_the_filters(client, theme):
    TutorialPageFactory(title="Sans ce thème")
    for number in range(13):  # publish=False: live without a revision, enough for a list sorted A–Z (twice as fast)
        TutorialPageFactory(title=f"Tutoriel {number:02d}", themes=[theme], publish=False)
    first = client.get("/ressources/", {"theme": "theme-essai", "tri": "az"})
    assert len(results(first)) == 12
    assert 'href="?theme=theme-essai&amp;tri=az&amp;page=2"' in first.content.decode()
    second = client.get("/ressources/", {"theme": "theme-essai", "tri": "az", "page": "2"})
    assert results(second) == ["Tutoriel 12"]


@pytest.mark.parametrize(
    "params",
    [
        {"page": "abc"},
        {"page": "99999"},
        {"tri": "<script>"},
        {"theme": "' OR 1=1 --"},
        {"niveau": "x" * 2000},
        {"langue": "😀"},
    ],
)
def test_bad_parameters_never_break_the_library(client, params):
    response = client.get("/ressources/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("</main>")[0]


def test_tutorial_page_numbers_every_step_and_offers_print_and_help(client):
    image = ImageFactory(description="Écran d'accueil de la messagerie avec le bouton Nouveau message")
    base = TutorialPageFactory(title="Créer une adresse e-mail d'essai")
    page = TutorialPageFactory(
        title="Joindre un fichier d'essai",
        steps=[
            tutorial_step(
                "Ouvrez votre messagerie", image=image, alt_text="Le bouton Nouveau message, en haut à gauche."
            ),
            {"type": "callout", "value": {"kind": "warning", "text": "<p>Vérifiez le destinataire.</p>"}},
            tutorial_step(
                "Appuyez sur le trombone", callouts=[{"kind": "tip", "text": "<p>Le trombone est en haut.</p>"}]
            ),
            tutorial_step("Choisissez le fichier"),
        ],
        duration=12,
        devices=["ordinateur", "smartphone"],
        last_reviewed=date(2026, 9, 1),
        prerequisites=[base],
    )

    html = client.get(page.url).content.decode()
    headings = re.findall(r'<h2 id="etape-(\d)-titre"><span class="step__number">Étape (\d)</span> ([^<]+)</h2>', html)
    assert [(a, b, title) for a, b, title in headings] == [
        ("1", "1", "Ouvrez votre messagerie"),
        ("2", "2", "Appuyez sur le trombone"),
        ("3", "3", "Choisissez le fichier"),
    ]
    assert "Vérifiez le destinataire." in html and "Le trombone est en haut." in html
    assert 'alt="Le bouton Nouveau message, en haut à gauche."' in html  # written for this use of the image
    assert f'href="{base.url}"' in html  # prerequisite
    assert "12 minutes" in html and "Ordinateur, Smartphone" in html
    assert '<time datetime="2026-09-01">' in html
    assert "data-print" in html and 'class="actions js-only" hidden' in html
    # The printed handout leads back here: short address and its QR code.
    assert f"http://testserver/r/{page.pk}/" in html
    assert 'class="qr" role="img"' in html and "<svg" in html


def test_howto_json_ld_describes_the_steps(client):
    image = ImageFactory(description="Une main tient un téléphone")
    page = TutorialPageFactory(
        title="Installer une application d'essai",
        steps=[
            tutorial_step("Ouvrez le magasin d'applications", "<p>Touchez <b>l'icône</b>.</p>", image=image),
            tutorial_step("Cherchez"),
        ],
        duration=20,
        devices=["smartphone"],
    )
    html = client.get(page.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "HowTo"
    assert data["name"] == "Installer une application d'essai"
    assert data["totalTime"] == "PT20M"
    assert data["inLanguage"] == "fr"
    assert data["tool"] == [{"@type": "HowToTool", "name": "Smartphone"}]
    assert [(s["@type"], s["position"], s["name"]) for s in data["step"]] == [
        ("HowToStep", 1, "Ouvrez le magasin d'applications"),
        ("HowToStep", 2, "Cherchez"),
    ]
    assert data["step"][0]["text"] == "Touchez l'icône."
    assert data["step"][0]["url"] == f"http://testserver{page.url}#etape-1"
    assert re.match(r"^http://testserver/media/images/.+\.jpg$", data["step"][0]["image"])
    assert "image" not in data["step"][1]


def test_short_link_leads_to_the_live_page_only(client):
    page = TutorialPageFactory(title="Tutoriel au lien court")
    response = client.get(f"/r/{page.pk}/")
    assert response.status_code == 302 and response["Location"] == page.url
    page.unpublish()
    assert client.get(f"/r/{page.pk}/").status_code == 404
    assert client.get("/r/999999/").status_code == 404


def test_easy_read_version_exists_only_when_written(client):
    plain = TutorialPageFactory(title="Sans version facile")
    assert client.get(plain.url + "facile/").status_code == 404
    easy = TutorialPageFactory(
        title="Avec version facile",
        easy_read=[{"type": "paragraph", "value": "J'ouvre mon téléphone."}],
    )
    page_html = client.get(easy.url).content.decode()
    assert f'href="{easy.url}facile/"' in page_html
    easy_html = client.get(easy.url + "facile/").content.decode()
    assert "J&#x27;ouvre mon téléphone." in easy_html
    assert "Version facile à lire et à comprendre" in easy_html


def test_guide_links_tutorials_and_the_place_finder_by_service(client):
    linked = TutorialPageFactory(title="Tutoriel lié au guide")
    guide = GuidePageFactory(
        body=[{"type": "paragraph", "value": "<p>Écoutez d'abord.</p>"}],
        related_services=["Aide aux démarches administratives"],
        related_tutorials=[linked],
    )
    html = client.get(guide.url).content.decode()
    assert "Écoutez d'abord." in html
    assert 'href="/lieux/?service=aide-aux-demarches-administratives"' in html
    assert f'href="{linked.url}"' in html


def test_learning_path_lists_its_tutorials_in_order_as_a_checklist(client):
    first, second = TutorialPageFactory(title="Premier pas"), TutorialPageFactory(title="Deuxième pas")
    hidden = TutorialPageFactory(title="Pas retiré")
    path = LearningPathPageFactory(path_steps=[(second, "conseil 0"), (first, "conseil 1"), (hidden, "conseil 2")])
    hidden.unpublish()

    html = client.get(path.url).content.decode()
    labels = re.findall(
        r'<label for="path-\d+">\s*<span class="visually-hidden">Terminé : </span><span>([^<]+)</span>\s*</label>', html
    )
    assert labels == ["Deuxième pas", "Premier pas"]
    assert f'data-step="{second.translation_key}"' in html
    assert f'data-path="{path.translation_key}"' in html


def test_translated_tutorial_keeps_its_facts_and_speaks_the_language(client):
    page = TutorialPageFactory(title="Appeler en vidéo", duration=25, devices=["tablette"])
    english = translate(page, "en", {"Appeler en vidéo": "Make a video call", "appeler-en-video": "make-a-video-call"})
    assert english.title == "Make a video call"
    assert (english.duration, english.devices) == (25, ["tablette"])
    response = client.get(english.url)
    assert english.url == "/en/resources/make-a-video-call/"
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))["inLanguage"] == "en"
    assert "25 minutes" in html and "Tablet" in html


def test_home_page_shows_featured_tutorials_first(client):
    featured = TutorialPageFactory(title="Tutoriel mis en avant", featured=True)
    newer = TutorialPageFactory.create_batch(3)
    html = client.get("/").content.decode()
    section = html.split('id="home-tutorials"', 1)[1].split("</section>", 1)[0]
    assert section.index(f'href="{featured.url}"') < section.index(f'href="{newer[-1].url}"')
    assert f'href="{newer[0].url}"' not in section  # three cards: the featured one, then the newest


def test_case_catalogue_filters_by_region_and_shows_the_territory(client):
    case = CaseStudyPageFactory(
        title="Un cas d'essai à Bastia", collectivity="Ville de Bastia", department_code="2B", region_code=""
    )
    case.full_clean()  # as the editor's form does before saving
    assert case.region_code == "94"  # deduced from the department: Corse
    case.save_revision().publish()

    response = client.get("/cas-inspirants/", {"region": "94"})
    assert results(response) == ["Un cas d'essai à Bastia"]
    html = response.content.decode()
    assert "Ville de Bastia, Haute-Corse (2B), Corse" in html
    page_html = client.get(case.url).content.decode()
    assert "Ville de Bastia, Haute-Corse (2B), Corse" in page_html
    assert 'href="/cas-inspirants/?region=94"' in page_html


def test_case_with_an_unknown_department_is_refused():
    from django.core.exceptions import ValidationError

    case = CaseStudyPageFactory()
    case.department_code = "99"
    with pytest.raises(ValidationError) as error:
        case.full_clean()
    assert "département" in str(error.value)
