"""The resource library: facets with counts, sort, pagination, tutorial pages, handouts, JSON-LD, short links."""

import json
import re
from datetime import date

import pytest
from wagtail.models import Locale

from proxinum.content import translate_page
from proxinum.image_alt_text import image_use
from resources.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GuidePage,
    GuideRelatedTutorial,
    LearningPathPage,
    LearningPathStep,
    LibraryPage,
    ResourceIndexPage,
    Theme,
    TutorialPage,
    TutorialPrerequisite,
)
from tests.site.factories import ImageFactory

pytestmark = pytest.mark.django_db


def step(title, text="<p>Faites ceci.</p>", image=None, callouts=(), alt_text=None):
    """A tutorial step; its image's alternative text for this use is the image's description unless given."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "instruction": text,
            "image": image_use(image.pk, alt_text or image.description) if image else image_use(None, ""),
            "callouts": list(callouts),
        },
    }


@pytest.fixture
def library():
    return ResourceIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def theme():
    return Theme.objects.create(name="Thème d'essai", slug="theme-essai", locale=Locale.objects.get(language_code="fr"))


def add(parent, page, themes=(), children=()):
    parent.add_child(instance=page)
    for item in children:
        getattr(page, item[0]).add(item[1])
    page.themes.set(themes)
    page.save_revision().publish()
    return page


def tutorial(library, title, themes=(), **fields):
    fields.setdefault("intro", "Ce que vous saurez faire.")
    fields.setdefault("steps", [step("Ouvrez l'application"), step("Appuyez sur le bouton")])
    return add(library, TutorialPage(title=title, **fields), themes)


def results(response):
    return [page.title for page in response.context["page_obj"].object_list]


def counts(response, key):
    for facet, options in response.context["result"].facets:
        if facet.key == key:
            return {value: count for value, _label, count, _selected in options}
    raise KeyError(key)


def test_library_counts_each_type_as_the_database_does(client, library):
    response = client.get("/ressources/")
    assert response.status_code == 200
    live = LibraryPage.objects.child_of(library).live()
    expected = {
        model._meta.model_name: live.type(model).count()
        for model in (TutorialPage, GuidePage, LearningPathPage)
        if live.type(model).exists()
    }
    assert counts(response, "type") == expected
    assert response.context["page_obj"].paginator.count == live.count()


def test_each_filter_in_force_can_be_removed_and_removing_all_keeps_the_sort(client, library, theme):
    tutorial(library, "Envoyer une photo", [theme], level="je-progresse")
    tutorial(library, "Sans ce thème")
    response = client.get("/ressources/", {"theme": "theme-essai", "niveau": "je-progresse", "tri": "az"})
    links = [query for _facet, _value, query in response.context["active_filters"]]
    assert sorted(links) == ["niveau=je-progresse&tri=az", "theme=theme-essai&tri=az"]  # each drops its own only
    assert 'href="?tri=az">Tout retirer</a>' in response.content.decode()


def test_theme_and_level_filters_combine_with_counts_that_ignore_their_own_facet(client, library, theme):
    tutorial(library, "Envoyer une photo", [theme])
    tutorial(library, "Répondre à un message", [theme], level="je-progresse")
    add(library, GuidePage(title="Accompagner l'envoi", intro="Pour les aidants.", audience="aidants"), [theme])
    tutorial(library, "Sans ce thème")

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


def test_audience_everyone_is_listed_for_the_public_and_for_aidants(client, library, theme):
    tutorial(library, "Pour tous", [theme], audience="tous")
    tutorial(library, "Pour les aidants", [theme], audience="aidants")
    assert sorted(results(client.get("/ressources/", {"theme": "theme-essai", "public": "public"}))) == ["Pour tous"]
    assert sorted(results(client.get("/ressources/", {"theme": "theme-essai", "public": "aidants"}))) == [
        "Pour les aidants",
        "Pour tous",
    ]


def test_device_and_language_facets(client, library, theme):
    phone = tutorial(library, "Sur téléphone", [theme], devices=["smartphone"])
    tutorial(library, "Sur ordinateur", [theme], devices=["ordinateur"])
    translate_page(phone, Locale.objects.get(language_code="ar"), {"Sur téléphone": "على الهاتف"})

    response = client.get("/ressources/", {"theme": "theme-essai"})
    assert counts(response, "appareil") == {"ordinateur": 1, "smartphone": 1}
    assert counts(response, "langue") == {"fr": 2, "ar": 1}
    assert results(client.get("/ressources/", {"theme": "theme-essai", "langue": "ar"})) == ["Sur téléphone"]


def test_alphabetical_sort_ignores_accents_and_case(client, library, theme):
    for title in ["écrire un courriel", "Faire une démarche", "Demander de l'aide"]:
        tutorial(library, title, [theme])
    response = client.get("/ressources/", {"theme": "theme-essai", "tri": "az"})
    assert results(response) == ["Demander de l'aide", "écrire un courriel", "Faire une démarche"]
    newest = client.get("/ressources/", {"theme": "theme-essai"})
    assert results(newest) == ["Demander de l'aide", "Faire une démarche", "écrire un courriel"]


def test_pagination_keeps_the_filters(client, library, theme):
    for number in range(13):
        tutorial(library, f"Tutoriel {number:02d}", [theme])
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


def test_tutorial_page_numbers_every_step_and_offers_print_and_help(client, library):
    image = ImageFactory(description="Écran d'accueil de la messagerie avec le bouton Nouveau message")
    base = tutorial(library, "Créer une adresse e-mail d'essai")
    page = tutorial(
        library,
        "Joindre un fichier d'essai",
        steps=[
            step("Ouvrez votre messagerie", image=image, alt_text="Le bouton Nouveau message, en haut à gauche."),
            {"type": "callout", "value": {"kind": "warning", "text": "<p>Vérifiez le destinataire.</p>"}},
            step("Appuyez sur le trombone", callouts=[{"kind": "tip", "text": "<p>Le trombone est en haut.</p>"}]),
            step("Choisissez le fichier"),
        ],
        duration=12,
        devices=["ordinateur", "smartphone"],
        last_reviewed=date(2026, 9, 1),
    )
    page.prerequisites.add(TutorialPrerequisite(tutorial=base))
    page.save_revision().publish()

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


def test_howto_json_ld_describes_the_steps(client, library):
    image = ImageFactory(description="Une main tient un téléphone")
    page = tutorial(
        library,
        "Installer une application d'essai",
        steps=[
            step("Ouvrez le magasin d'applications", "<p>Touchez <b>l'icône</b>.</p>", image=image),
            step("Cherchez"),
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


def test_short_link_leads_to_the_live_page_only(client, library):
    page = tutorial(library, "Tutoriel au lien court")
    response = client.get(f"/r/{page.pk}/")
    assert response.status_code == 302 and response["Location"] == page.url
    page.unpublish()
    assert client.get(f"/r/{page.pk}/").status_code == 404
    assert client.get("/r/999999/").status_code == 404


def test_easy_read_version_exists_only_when_written(client, library):
    plain = tutorial(library, "Sans version facile")
    assert client.get(plain.url + "facile/").status_code == 404
    easy = tutorial(
        library,
        "Avec version facile",
        easy_read=[{"type": "paragraph", "value": "J'ouvre mon téléphone."}],
    )
    page_html = client.get(easy.url).content.decode()
    assert f'href="{easy.url}facile/"' in page_html
    easy_html = client.get(easy.url + "facile/").content.decode()
    assert "J&#x27;ouvre mon téléphone." in easy_html
    assert "Version facile à lire et à comprendre" in easy_html


def test_guide_links_tutorials_and_the_place_finder_by_service(client, library):
    linked = tutorial(library, "Tutoriel lié au guide")
    guide = add(
        library,
        GuidePage(
            title="Orienter une personne (essai)",
            intro="Pour les aidants.",
            audience="aidants",
            body=[{"type": "paragraph", "value": "<p>Écoutez d'abord.</p>"}],
            related_services=["Aide aux démarches administratives"],
        ),
        children=[("related_tutorials", GuideRelatedTutorial(tutorial=linked))],
    )
    html = client.get(guide.url).content.decode()
    assert "Écoutez d'abord." in html
    assert 'href="/lieux/?service=aide-aux-demarches-administratives"' in html
    assert f'href="{linked.url}"' in html


def test_learning_path_lists_its_tutorials_in_order_as_a_checklist(client, library):
    first, second = tutorial(library, "Premier pas"), tutorial(library, "Deuxième pas")
    hidden = tutorial(library, "Pas retiré")
    path = LearningPathPage(title="Parcours d'essai", intro="Pas à pas.")
    for order, item in enumerate([second, first, hidden]):
        path.path_steps.add(LearningPathStep(tutorial=item, note=f"conseil {order}", sort_order=order))
    add(library, path)
    hidden.unpublish()

    html = client.get(path.url).content.decode()
    labels = re.findall(
        r'<label for="path-\d+"><span class="visually-hidden">Terminé : </span><span>([^<]+)</span></label>', html
    )
    assert labels == ["Deuxième pas", "Premier pas"]
    assert f'data-step="{second.translation_key}"' in html
    assert f'data-path="{path.translation_key}"' in html


def test_translated_tutorial_keeps_its_facts_and_speaks_the_language(client, library):
    page = tutorial(library, "Appeler en vidéo", duration=25, devices=["tablette"])
    english = translate_page(
        page,
        Locale.objects.get(language_code="en"),
        {"Appeler en vidéo": "Make a video call", "appeler-en-video": "make-a-video-call"},
    )
    assert english.title == "Make a video call"
    assert (english.duration, english.devices) == (25, ["tablette"])
    response = client.get(english.url)
    assert english.url == "/en/resources/make-a-video-call/"
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert json.loads(re.search(r'ld\+json">(.*?)</script>', html, re.S).group(1))["inLanguage"] == "en"
    assert "25 minutes" in html and "Tablet" in html


def test_home_page_shows_featured_tutorials_first(client, library):
    featured = tutorial(library, "Tutoriel mis en avant", featured=True)
    html = client.get("/").content.decode()
    section = html.split('id="home-tutorials"', 1)[1].split("</section>", 1)[0]
    assert f'href="{featured.url}"' in section


def test_case_catalogue_filters_by_region_and_shows_the_territory(client):
    index = CaseStudyIndexPage.objects.get(locale__language_code="fr")
    case = CaseStudyPage(
        title="Un cas d'essai à Bastia",
        collectivity="Ville de Bastia",
        department_code="2B",
        theme="mobilite",
        problem="<p>Se déplacer.</p>",
        solutions="<p>Un bus.</p>",
    )
    case.full_clean(exclude=["path", "depth", "slug", "url_path", "draft_title"])
    assert case.region_code == "94"  # deduced from the department: Corse
    index.add_child(instance=case)
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

    case = CaseStudyPage(
        title="x", collectivity="x", department_code="99", theme="mobilite", problem="p", solutions="s"
    )
    with pytest.raises(ValidationError) as error:
        case.full_clean(exclude=["path", "depth", "slug", "url_path", "draft_title"])
    assert "département" in str(error.value)
