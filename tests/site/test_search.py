"""Site search: French-aware queries, bad input, language scoping with French fallback, facets, suggestions,
promotions, index updates, and the Elasticsearch settings and fallback (no server runs here: a closed port)."""

import json
import logging
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from proxinum import registry, search
from proxinum.content import translate_page
from proxinum.models import SynonymGroup
from proxinum.registry import SearchGroup
from proxinum.search_query import fold, parse, words
from resources.models import ResourceIndexPage, TutorialPage
from tests.site.factories import SiteSettingsFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'class="result__title" href="[^"]*"[^>]*>([^<]+)</a>', response.content.decode())


def tutorial(title, language="fr", **fields):
    library = ResourceIndexPage.objects.get(locale__language_code=language)
    page = TutorialPage(
        title=title,
        intro=fields.pop("intro", "Un tutoriel d'essai."),
        # As the admin stores a step without an image (Wagtail's ImageBlock keeps its keys).
        steps=[
            {
                "type": "step",
                "value": {
                    "title": "Étape",
                    "instruction": "<p>Faites-le.</p>",
                    "image": {"image": None, "alt_text": None, "decorative": None},
                    "callouts": [],
                },
            }
        ],
        **fields,
    )
    library.add_child(instance=page)
    page.save_revision().publish()
    return page


# The query layer ---------------------------------------------------------------------------------------------
def test_words_are_folded_and_stripped_of_operators_and_symbols():
    assert fold("Impôts ŒUVRE É-mail") == "impots oeuvre email"
    assert words('"mail" OR * NEAR -x (caf) AND 😀 l\'atelier') == ["mail", "caf", "atelier"]
    assert words("x" * 2000) == ["x" * 40]


def test_plurals_and_synonyms_expand_the_query():
    terms = parse("ateliers seniors", {"senior": ["retraite", "senior"]})
    assert terms.groups == [["ateliers"], ["retraite", "senior"]]
    assert {"atelier", "ateliers", "senior", "seniors", "retraite", "retraites"} <= terms.all_words
    assert not parse('  ** -- "" ')


# Behaviour on the demo content ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    ["", " ", "x" * 2000, '"', "*", "mail OR caf", "NEAR(a b)", "-impots", "'; DROP TABLE wagtailcore_page; --",
     "مرحبا بكم", "👋🏽📱", "\u202eevil", "%", "\\", "((((", "AND", "caf\x00"],
)  # fmt: skip
def test_bad_input_never_breaks_the_search(client, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    assert client.get("/api/search/suggest/", {"q": query}).status_code == 200


def test_accents_plurals_and_synonyms_find_the_pages(client):
    tutorial("Payer ses impôts en ligne")
    tutorial("Les allocations familiales pas à pas")
    assert "Payer ses impôts en ligne" in titles(client.get("/recherche/", {"q": "impots"}))[:3]
    assert "Payer ses impôts en ligne" in titles(client.get("/recherche/", {"q": "IMPÔT"}))[:3]
    assert "Les allocations familiales pas à pas" in titles(client.get("/recherche/", {"q": "caf"}))[:3]


def test_editors_synonyms_apply_at_once(client):
    tutorial("Utiliser la visioconférence")
    assert "Utiliser la visioconférence" not in titles(client.get("/recherche/", {"q": "zoomer"}))
    SynonymGroup.objects.create(language="fr", terms="zoomer, visioconférence")
    assert "Utiliser la visioconférence" in titles(client.get("/recherche/", {"q": "zoomer"}))


def test_results_stay_in_the_visitors_language_with_french_after_when_few(client):
    tutorial("Tutoriel seulement en français sur les pingouins")
    english = client.get("/en/search/", {"q": "pingouins"})
    html = english.content.decode()
    assert "Tutoriel seulement en français sur les pingouins" in titles(english)
    assert (
        'class="result__title" href="/ressources/' in html and 'lang="fr">Tutoriel seulement' in html
    )  # marked French
    # The French page is not shown when the English results are plenty.
    french = client.get("/recherche/", {"q": "pingouins"})
    assert 'lang="fr">Tutoriel seulement' not in french.content.decode()


def test_type_facets_count_and_filter(client):
    tutorial("Tutoriel sur les lamas")
    response = client.get("/recherche/", {"q": "lamas"})
    counts = {key: count for key, _label, count in response.context["result"].type_counts}
    assert counts.get("tutoriels") == 1
    only = client.get("/recherche/", {"q": "lamas", "type": "tutoriels"})
    assert titles(only) == ["Tutoriel sur les lamas"]
    assert client.get("/recherche/", {"q": "lamas", "type": "inconnu"}).status_code == 200


def test_query_words_are_highlighted_in_the_snippet(client):
    tutorial("Des chèvres et des écrans", intro="Apprendre à photographier des chèvres avec son téléphone.")
    html = client.get("/recherche/", {"q": "chevre"}).content.decode()
    assert "<mark>chèvres</mark>" in html


def test_no_result_offers_the_finder_popular_tutorials_and_the_phone(client, site):
    SiteSettingsFactory(site=site, contact_phone="+33 4 42 00 00 00")
    tutorial("Créer une adresse e-mail")
    html = client.get("/recherche/", {"q": "zzzqqqxxx"}).content.decode()
    assert "0 résultat" in html
    assert 'href="/lieux/"' in html
    suggestions = html.split("Les tutoriels les plus utiles", 1)[1]
    assert "Créer une adresse e-mail" in suggestions
    assert "Ou appelez-nous" in html and 'href="tel:+33442000000"' in html  # the site's phone


def test_promoted_results_come_first(client):
    page = tutorial("Page mise en avant par les éditeurs")
    SearchPromotion.objects.create(query=Query.get("ordinateur neuf"), page=page, description="À lire d'abord.")
    html = client.get("/recherche/", {"q": "Ordinateur  neuf"}).content.decode()
    promoted = html.split('id="promoted-title"', 1)[1].split("</section>", 1)[0]
    assert "Page mise en avant par les éditeurs" in promoted and "À lire d" in promoted


def test_a_promoted_page_is_linked_in_the_language_only_once_that_translation_is_live(client, locales):
    page = tutorial("Page mise en avant par les éditeurs")
    SearchPromotion.objects.create(query=Query.get("ordinateur neuf"), page=page, description="À lire d'abord.")
    draft = page.copy_for_translation(locales["en"])  # a translation being written: not live
    assert not draft.live

    def promoted_links():
        html = client.get("/en/search/", {"q": "ordinateur neuf"}).content.decode()
        return re.findall(r'href="([^"]+)"', html.split('id="promoted-title"', 1)[1].split("</section>", 1)[0])

    assert promoted_links() == [page.url]
    draft.save_revision().publish()
    assert promoted_links() == [draft.url]


def test_suggestions_endpoint_offers_titles_in_the_language(client):
    tutorial("Gérer son agenda partagé")
    data = json.loads(client.get("/api/search/suggest/", {"q": "gérer son ag", "lang": "fr"}).content)
    assert {"title": "Gérer son agenda partagé", "url": "/ressources/gerer-son-agenda-partage/"} in data["suggestions"]
    empty = json.loads(client.get("/api/search/suggest/", {"q": "g"}).content)
    assert empty["suggestions"] == []


def test_index_follows_publish_and_unpublish(client):
    page = tutorial("Apprivoiser les hérissons numériques")
    assert "Apprivoiser les hérissons numériques" in titles(client.get("/recherche/", {"q": "herissons"}))
    page.unpublish()
    assert "Apprivoiser les hérissons numériques" not in titles(client.get("/recherche/", {"q": "herissons"}))
    page.title = "Apprivoiser les hérissons connectés"
    page.save_revision().publish()
    assert "Apprivoiser les hérissons connectés" in titles(client.get("/recherche/", {"q": "connectes"}))


def test_search_query_budget(client, django_assert_max_num_queries):
    client.get("/recherche/", {"q": "courriel"})
    with django_assert_max_num_queries(15):
        client.get("/recherche/", {"q": "courriel"})


# Elasticsearch: settings, mapping, query building and the fallback -------------------------------------------------
ELASTICSEARCH = {
    "default": {
        "BACKEND": "proxinum.search_backends",
        "URLS": ["http://127.0.0.1:9"],
        "INDEX": "proxinum",
        "TIMEOUT": 1,
    },
    "database": settings.SEARCH_DATABASE_BACKEND,
}


@override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH)
def test_elasticsearch_index_settings_are_french_with_the_synonyms():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == [
        "french_elision", "lowercase", "asciifolding", "french_stop", "french_stemmer",
    ]  # fmt: skip
    assert "proxinum_synonyms" in analysis["analyzer"]["default_search"]["filter"]
    assert analysis["filter"]["french_stemmer"] == {"type": "stemmer", "language": "light_french"}
    assert "caf, allocations familiales" in analysis["filter"]["proxinum_synonyms"]["synonyms"]
    # Titles are searched with a boost; the mapping leaves the analyzer to the index default (French).
    mapping = backend.mapping_class(TutorialPage).get_mapping()
    assert mapping["properties"]["title"]["type"] == "text"
    assert "analyzer" not in mapping["properties"]["title"]


@override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH)
def test_elasticsearch_query_is_built_from_the_french_terms():
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    compiled = backend.query_compiler_class(Page.objects.live(), parse("ateliers").as_query()).get_query()
    text = json.dumps(compiled)
    assert '"query": "ateliers"' in text and '"query": "atelier"' in text


@override_settings(WAGTAILSEARCH_BACKENDS=ELASTICSEARCH)
def test_search_falls_back_to_the_database_when_elasticsearch_does_not_answer(client, caplog):
    tutorial("Réparer une imprimante têtue")
    with caplog.at_level(logging.WARNING, logger="proxinum.search"):
        response = client.get("/recherche/", {"q": "imprimante"})
    assert response.status_code == 200
    assert "Réparer une imprimante têtue" in titles(response)
    assert any("falling back to the database" in record.getMessage() for record in caplog.records)


def test_editors_manage_synonyms_in_the_admin(client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("editrice-recherche", "e@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    response = client.get("/admin/snippets/proxinum/synonymgroup/")
    assert response.status_code == 200
    assert "allocations familiales" in response.content.decode()


# Index updates: moves, translations and new titles --------------------------------------------------------------
def results(response):
    """(URL, title) of each listed result, in order."""
    return re.findall(r'class="result__title" href="([^"]*)"[^>]*>([^<]+)</a>', response.content.decode())


def test_index_follows_a_page_moved_under_another_parent(client, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Les ornithorynques du quartier", slug="ornithorynques", intro="Une page d'essai."
    )
    page.save_revision().publish()
    section = StandardPageFactory(parent=home_page, title="Rubrique d'essai", slug="rubrique-essai")
    section.save_revision().publish()
    assert ("/ornithorynques/", "Les ornithorynques du quartier") in results(
        client.get("/recherche/", {"q": "ornithorynques"})
    )
    page.move(section, pos="last-child")
    found = results(client.get("/recherche/", {"q": "ornithorynques"}))
    assert ("/rubrique-essai/ornithorynques/", "Les ornithorynques du quartier") in found
    assert [url for url, title in found if title == "Les ornithorynques du quartier"] == [
        "/rubrique-essai/ornithorynques/"
    ]  # listed once, at its new address only
    assert client.get("/rubrique-essai/ornithorynques/").status_code == 200


def test_index_follows_a_translation_into_the_visitors_language(client, locales):
    page = tutorial("Nourrir les tatous connectés", intro="Des pangolins aussi.")  # the intro stays in French
    english = translate_page(
        page,
        locales["en"],
        {"Nourrir les tatous connectés": "Feeding smart armadillos", page.slug: "feeding-smart-armadillos"},
    )
    assert english.live and english.url == "/en/resources/feeding-smart-armadillos/"
    response = client.get("/en/search/", {"q": "armadillos"})
    assert ("/en/resources/feeding-smart-armadillos/", "Feeding smart armadillos") in results(response)
    html = response.content.decode()
    assert 'lang="fr">Feeding smart armadillos' not in html  # in the visitor's language, not marked French
    # A word the translation kept from the French finds the translation alone, not the French original next to it.
    assert titles(client.get("/en/search/", {"q": "pangolins"})) == ["Feeding smart armadillos"]
    # French visitors keep the French page, and do not get the English one.
    assert "Nourrir les tatous connectés" in titles(client.get("/recherche/", {"q": "tatous"}))
    assert "Feeding smart armadillos" not in titles(client.get("/recherche/", {"q": "armadillos"}))


def test_index_follows_a_new_title_once_published(client):
    page = tutorial("Dresser les ornithorynques savants")
    assert "Dresser les ornithorynques savants" in titles(client.get("/recherche/", {"q": "ornithorynques"}))
    # A draft changes nothing for visitors.
    page.title = "Dresser les axolotls savants"
    page.save_revision()
    assert "Dresser les ornithorynques savants" in titles(client.get("/recherche/", {"q": "ornithorynques"}))
    assert all("savants" not in title for title in titles(client.get("/recherche/", {"q": "axolotls"})))
    # Published: the new word finds it under its new title, the old one no longer does.
    page.get_latest_revision().publish()
    assert "Dresser les axolotls savants" in titles(client.get("/recherche/", {"q": "axolotls"}))
    assert all("savants" not in title for title in titles(client.get("/recherche/", {"q": "ornithorynques"})))


# Kinds of result declared by the apps (site/registry.py) ------------------------------------------------------


@pytest.fixture
def declare(monkeypatch):
    """Change what an installed app declares, for one test; the registry reads the declarations again."""

    def declare(app_label, **declarations):
        config = apps.get_app_config(app_label)
        for name, value in declarations.items():
            monkeypatch.setattr(config, name, value, raising=False)
        registry.clear_cache()

    yield declare
    monkeypatch.undo()
    registry.clear_cache()


def facets(response):
    return [(key, str(label), count) for key, label, count in response.context["result"].type_counts]


def test_the_facets_are_the_kinds_of_result_the_apps_declare_in_their_order_then_other_pages(client, home_page):
    tutorial("Les capybaras au jardin")
    StandardPageFactory(parent=home_page, title="Capybaras du quartier", slug="capybaras").save_revision().publish()
    # Standard pages: the home app declares no kind of result for them, so they are "other pages", last.
    assert facets(client.get("/recherche/", {"q": "capybaras"})) == [
        ("tutoriels", "Tutoriels", 1),
        ("pages", "Autres pages", 1),
    ]
    assert [key for key, _label in search.result_types()] == [
        "lieux",
        "tutoriels",
        "guides",
        "cas",
        "evenements",
        "pages",
    ]


def test_a_kind_of_result_an_app_declares_counts_and_filters_at_its_declared_order(client, home_page, declare):
    tutorial("Les capybaras au jardin")
    StandardPageFactory(parent=home_page, title="Capybaras du quartier", slug="capybaras").save_revision().publish()
    declare("home", search_groups=[SearchGroup("pratique", "Pages pratiques", ("home.StandardPage",), order=5)])
    assert facets(client.get("/recherche/", {"q": "capybaras"})) == [
        ("pratique", "Pages pratiques", 1),
        ("tutoriels", "Tutoriels", 1),
    ]
    assert titles(client.get("/recherche/", {"q": "capybaras", "type": "pratique"})) == ["Capybaras du quartier"]


def test_a_page_type_an_app_excludes_is_never_listed(client, home_page, declare):
    StandardPageFactory(parent=home_page, title="Capybaras du quartier", slug="capybaras").save_revision().publish()
    assert titles(client.get("/recherche/", {"q": "capybaras"})) == ["Capybaras du quartier"]
    declare("home", search_excluded=["home.SearchPage", "home.StandardPage"])
    assert titles(client.get("/recherche/", {"q": "capybaras"})) == []
