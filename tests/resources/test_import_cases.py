"""The inspiring cases: parsing the national investigations' synthesis, importing it again and again, the seeds."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Revision

import resources
from home.models import HomePage
from proxinum import territories
from resources.cases_import import SOURCE_NAME, CaseImportError, import_cases, parse_cases
from resources.enums import CaseTheme
from resources.models import CaseStudyIndexPage, CaseStudyPage
from resources.seed_cases import SEED_CASES, load_seed_cases

SEED_FILE = Path("/work/shared/seeds/003_76933d028dcc2b12.txt")
PACKAGED_FILE = Path(resources.__file__).parent / "data" / "pni-2021-synthese.txt"
SOURCE = SEED_FILE if SEED_FILE.exists() else PACKAGED_FILE

# The synthesis announces 49 investigations (and "50 équipes") but documents 47: its own list of participants
# adds up to 47 sheets too (Les Lilas, quoted once, has none). 47 is what is really there.
EXPECTED_CASES = 47
CASES_PER_REGION = {
    "84": 4,  # Auvergne-Rhône-Alpes
    "27": 2,  # Bourgogne-Franche-Comté
    "53": 3,  # Bretagne
    "24": 3,  # Centre-Val de Loire
    "44": 3,  # Grand Est
    "32": 4,  # Hauts-de-France
    "11": 10,  # Île-de-France
    "28": 1,  # Normandie
    "75": 1,  # Nouvelle-Aquitaine
    "76": 9,  # Occitanie
    "93": 3,  # Provence-Alpes-Côte d'Azur
    "03": 1,  # Guyane
    "04": 3,  # La Réunion
}

# A small synthesis in the same shape, with collectivités the real one does not have (no clash with its keys).
PARTICIPANTS = """SYNTHÈSE

### Villes

Martigues (13)
Toulouse (31)

## CLÉS DE LECTURE

"""
CASE = """### PROBLÉMATIQUE

{problem}

### CONTEXTE

La ville de {town} constate le problème.

### QUELLE(S) SOLUTION(S) ?

{solutions}

### ET MAINTENANT ?

La ville de {town} poursuit.



"""


def small_synthesis(second_solutions="- Un bus qui va dans les quartiers.", third_has_solutions=True):
    text = PARTICIPANTS + "# PROVENCE-ALPES-CÔTE D'AZUR\n\n"
    text += CASE.format(problem="Aller vers les habitants isolés de Martigues.", town="Martigues", solutions="Un bus.")
    text += CASE.format(problem="Former les agents d'accueil.", town="Martigues", solutions=second_solutions)
    text += "# OCCITANIE\n\n"
    third = CASE.format(problem="Faire connaître la mairie mobile.", town="Toulouse", solutions="Une affiche.")
    if not third_has_solutions:
        third = third.replace("### QUELLE(S) SOLUTION(S) ?\n\nUne affiche.\n\n", "")
    return text + third


@pytest.fixture(scope="module")
def report():
    return parse_cases(SOURCE.read_text(encoding="utf-8"))


def by_key(report, key):
    return next(case for case in report.cases if case.import_key == key)


@pytest.fixture
def fresh_index(db):
    """An empty French catalogue of its own: the demo one may already hold the imported cases."""
    french = Locale.objects.get(language_code="fr")
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Accueil de test", slug="accueil-test-cas", locale=french)
    )
    return home.add_child(instance=CaseStudyIndexPage(title="Cas de test", slug="cas-inspirants", locale=french))


def cases_under(index):
    return CaseStudyPage.objects.child_of(index)


def revisions_under(index):
    return Revision.page_revisions.filter(
        object_id__in=[str(pk) for pk in cases_under(index).values_list("pk", flat=True)]
    )


# Parsing the real synthesis


def test_packaged_copy_is_the_seed_document():
    if not SEED_FILE.exists():
        pytest.skip("the shared seed document is not on this machine")
    assert PACKAGED_FILE.read_bytes() == SEED_FILE.read_bytes()


def test_every_investigation_is_found(report):
    assert len(report.cases) == EXPECTED_CASES
    assert all(case.is_valid for case in report.cases)
    # The only problem: Louvres's INVESTIGATION is Valence Romans Agglo's, copied by mistake in the document.
    assert len(report.problems) == 1
    assert report.problems[0].startswith("Ligne 1729 : la section INVESTIGATION reprend mot pour mot")


def test_every_case_has_a_territory_and_the_mandatory_sections(report):
    for case in report.cases:
        assert case.collectivity, case.line
        assert case.department_code in territories.departments(), case.line
        assert case.region_code == territories.region_of_department(case.department_code), case.line
        assert case.problem.startswith("<p>") and case.solutions, case.line
        assert case.theme in CaseTheme.values
        assert 0 < len(case.title) <= 120
        assert not re.search(r"[.,;:!?]$", case.title), case.title
        assert re.fullmatch(r"pni-2021:[a-z0-9-]+:[1-3]", case.import_key)
    assert len({case.import_key for case in report.cases}) == EXPECTED_CASES
    regions = {}
    for case in report.cases:
        regions[case.region_code] = regions.get(case.region_code, 0) + 1
    assert regions == CASES_PER_REGION


def test_spot_checks(report):
    vichy = by_key(report, "pni-2021:vichy:1")
    assert (vichy.collectivity, vichy.department_code, vichy.region_code) == ("Ville de Vichy", "03", "84")
    assert vichy.title.startswith("Vichy : redynamiser les commerces locaux du centre-ville")
    assert vichy.theme == CaseTheme.LOCAL_ECONOMY

    epinal = [case for case in report.cases if case.collectivity_key == "epinal"]
    assert [case.number for case in epinal] == [1, 2, 3]
    assert {case.region_code for case in epinal} == {"44"}

    saint_ouen = by_key(report, "pni-2021:saint-ouen:1")
    assert (saint_ouen.department_code, saint_ouen.region_code) == ("93", "11")
    assert "aide alimentaire" in saint_ouen.problem

    sainte_rose = by_key(report, "pni-2021:sainte-rose:1")
    assert (sainte_rose.collectivity, sainte_rose.department_code, sainte_rose.region_code) == (
        "Commune de Sainte-Rose",
        "974",
        "04",
    )
    casud = [case for case in report.cases if case.collectivity_key == "ca-sud-ile-de-la-reunion"]
    assert len(casud) == 2 and {case.region_code for case in casud} == {"04"}

    guyane = by_key(report, "pni-2021:guyane:1")
    assert (guyane.collectivity, guyane.department_code, guyane.region_code) == (
        "Collectivité territoriale de Guyane",
        "973",
        "03",
    )


def test_collectivities_found_from_variants_and_numbering(report):
    # Named only through a partner commune, an acronym, or not at all ("PROBLÉMATIQUE 2" inherits).
    louvres = by_key(report, "pni-2021:ca-roissy-pays-de-france:2")
    assert "Louvres" in louvres.problem and louvres.department_code == "95"
    assert louvres.investigation == ""  # the copied section is left out
    assert by_key(report, "pni-2021:cc-touraine-ouest-val-de-loire:2").number == 2
    landerneau = by_key(report, "pni-2021:cc-du-pays-de-landerneau-daoulas:2")
    assert "Landerneau" not in landerneau.problem + landerneau.context
    assert by_key(report, "pni-2021:agence-alpine-des-territoires:1").department_code == "73"
    assert by_key(report, "pni-2021:cias-valeyrieux:1").department_code == "07"
    assert len([case for case in report.cases if case.collectivity_key == "bapaume"]) == 3


def test_insets_are_neither_cases_nor_in_the_sections(report):
    everything = "\n".join(
        getattr(case, name)
        for case in report.cases
        for name in ("problem", "context", "hypotheses", "investigation", "solutions", "next_steps")
    )
    for inset in (
        "FRANCE MOBILE SERVICES",
        "France Services Bourgueil",
        "Part'âge est",
        "Action art thérapie",
        "Saint-Martin de Londres",
        "FLOWBIRD",
        "est une application",
        "BALUDIK",
        "Fiche de suivi",
        "Page d'accueil de l'outil",
        "La mise en œuvre du Programme National",
        "a mené deux investigations",
    ):
        assert inset not in everything, inset
    assert "**" not in everything and "\\" not in everything
    sainte_rose = by_key(report, "pni-2021:sainte-rose:1")
    assert sainte_rose.next_steps.endswith("redynamisation du tissu associatif local.</p>")


def test_sections_become_simple_html(report):
    vichy = by_key(report, "pni-2021:vichy:1")
    assert vichy.solutions.startswith(
        "<p>La solution proposée au cours du comité de fin d'investigation est triple :</p>"
    )
    assert "<ul><li><b>Opération « stationnement facile » dans le centre-ville :</b><ul><li>" in vichy.solutions
    assert "<i>Flowbird</i>" in vichy.solutions
    # "ET MAINTENANT ?" as "#### **ET MAINTENANT ?**" or only in bold is still a section heading.
    assert by_key(report, "pni-2021:saint-ouen:1").next_steps.startswith("<p>Parmi les solutions imaginées")
    assert by_key(report, "pni-2021:marseillan:1").next_steps.startswith("<p>Les résultats de ce sondage")
    # A paragraph a page break cut in two is joined again.
    autun = by_key(report, "pni-2021:cc-du-grand-autunois-morvan:1")
    assert "pour les petites et moyennes structures" in autun.solutions


# Importing


def test_import_of_the_real_synthesis_can_run_again(fresh_index):
    first = import_cases(SOURCE, fresh_index)
    assert (first.created, first.updated, first.unchanged) == (EXPECTED_CASES, 0, 0)
    assert len(first.problems) == 1
    pages = cases_under(fresh_index)
    assert pages.count() == EXPECTED_CASES and pages.live().count() == EXPECTED_CASES
    assert len(set(pages.values_list("slug", flat=True))) == EXPECTED_CASES

    vichy = pages.get(import_key="pni-2021:vichy:1")
    assert vichy.territory == "Ville de Vichy, Allier (03), Auvergne-Rhône-Alpes"
    assert vichy.source_name == SOURCE_NAME
    assert vichy.url_path.startswith(fresh_index.url_path)

    revisions = revisions_under(fresh_index).count()
    again = import_cases(SOURCE, fresh_index)
    assert (again.created, again.updated, again.unchanged) == (0, 0, EXPECTED_CASES)
    assert cases_under(fresh_index).count() == EXPECTED_CASES
    assert revisions_under(fresh_index).count() == revisions


def test_a_changed_case_is_updated_not_duplicated(fresh_index):
    import_cases(small_synthesis(), fresh_index)
    page = cases_under(fresh_index).get(import_key="pni-2021:martigues:2")
    slug, revisions = page.slug, Revision.page_revisions.filter(object_id=str(page.pk)).count()

    result = import_cases(small_synthesis(second_solutions="- Une formation de deux jours."), fresh_index)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    assert cases_under(fresh_index).count() == 3
    page.refresh_from_db()
    assert page.slug == slug
    assert page.solutions == "<ul><li>Une formation de deux jours.</li></ul>"
    assert Revision.page_revisions.filter(object_id=str(page.pk)).count() == revisions + 1


def test_a_case_unpublished_by_an_editor_stays_offline(fresh_index):
    import_cases(small_synthesis(), fresh_index)
    page = cases_under(fresh_index).get(import_key="pni-2021:martigues:2")
    page.unpublish()
    result = import_cases(small_synthesis(second_solutions="- Une formation de deux jours."), fresh_index)
    assert (result.created, result.updated) == (0, 0)
    page.refresh_from_db()
    assert not page.live
    assert cases_under(fresh_index).count() == 3


def test_a_case_an_editor_is_revising_keeps_the_draft(fresh_index):
    import_cases(small_synthesis(), fresh_index)
    page = cases_under(fresh_index).get(import_key="pni-2021:martigues:2")
    page.title = "Martigues : le titre revu par la rédaction"
    page.save_revision()  # a draft, not yet published
    result = import_cases(small_synthesis(second_solutions="- Une formation de deux jours."), fresh_index)
    assert (result.created, result.updated) == (0, 0)
    page.refresh_from_db()
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Martigues : le titre revu par la rédaction"


def test_a_case_without_solutions_is_reported_and_skipped(fresh_index):
    text = small_synthesis(third_has_solutions=False)
    result = import_cases(text, fresh_index)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    toulouse_line = text.split("\n").index("# OCCITANIE") + 3  # its PROBLÉMATIQUE heading, counted from 1
    assert result.problems == [f"Ligne {toulouse_line} : section QUELLE(S) SOLUTION(S) ? absente ou vide ; cas ignoré."]
    assert not cases_under(fresh_index).filter(collectivity="Ville de Toulouse").exists()
    assert set(cases_under(fresh_index).values_list("collectivity", flat=True)) == {"Ville de Martigues"}


def test_a_case_that_lost_its_problematique_heading_is_reported(fresh_index):
    text = small_synthesis().replace("### PROBLÉMATIQUE\n\nFormer les agents d'accueil.\n\n", "")
    result = import_cases(text, fresh_index)
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    context_line = [index for index, line in enumerate(text.split("\n"), 1) if line == "### CONTEXTE"][1]
    assert result.problems == [f"Ligne {context_line} : section PROBLÉMATIQUE absente ou vide ; cas ignoré."]


def test_a_case_without_collectivity_is_reported_and_skipped(fresh_index):
    text = small_synthesis().replace("Toulouse", "Albi").replace("Albi (31)", "Toulouse (31)")
    result = import_cases(text, fresh_index)
    assert result.created == 2
    assert len(result.problems) == 1
    assert "aucune collectivité de la région Occitanie reconnue" in result.problems[0]


def test_a_case_naming_a_collectivity_of_another_region_says_which():
    text = small_synthesis().replace("La ville de Toulouse", "La ville de Martigues")
    report = parse_cases(text)
    (problem,) = report.problems
    assert (
        "collectivité introuvable parmi celles de la région Occitanie (le texte cite Ville de Martigues, d'une autre "
        "région)" in problem
    )
    assert not report.cases[2].is_valid


def test_a_second_problematique_naming_no_one_continues_the_previous_case_in_its_region_only():
    first = CASE.format(problem="Aller vers les habitants isolés de Martigues.", town="Martigues", solutions="Un bus.")
    second = CASE.format(problem="Former les agents d'accueil.", town="commune", solutions="Une formation.")
    second = second.replace("### PROBLÉMATIQUE", "### PROBLÉMATIQUE 2")
    paca = PARTICIPANTS + "# PROVENCE-ALPES-CÔTE D'AZUR\n\n" + first

    same_region = parse_cases(paca + second)
    assert same_region.problems == []
    assert [case.import_key for case in same_region.cases] == ["pni-2021:martigues:1", "pni-2021:martigues:2"]

    other_region = parse_cases(paca + "# OCCITANIE\n\n" + second)
    assert other_region.cases[1].collectivity == ""
    assert "aucune collectivité de la région Occitanie reconnue" in other_region.problems[0]


def test_a_text_without_case_writes_nothing(fresh_index, tmp_path):
    path = tmp_path / "vide.txt"
    path.write_text(PARTICIPANTS + "Rien ici.\n", encoding="utf-8")
    with pytest.raises(CaseImportError, match="Aucun cas trouvé"):
        import_cases(path, fresh_index)
    with pytest.raises(CommandError, match="Aucun cas trouvé"):
        call_command("import_cases", str(path), index_id=fresh_index.pk, stdout=io.StringIO(), stderr=io.StringIO())
    assert not cases_under(fresh_index).exists()


def test_a_missing_file_is_a_clear_error(fresh_index, tmp_path):
    missing = tmp_path / "absent.txt"
    with pytest.raises(CaseImportError, match="n'existe pas"):
        import_cases(missing, fresh_index)
    with pytest.raises(
        CommandError, match=rf"Impossible de lire « {re.escape(str(missing))} » : ce fichier n'existe pas"
    ):
        call_command("import_cases", str(missing), index_id=fresh_index.pk, stdout=io.StringIO())
    with pytest.raises(CommandError, match="c'est un dossier"):
        call_command("import_cases", str(tmp_path), index_id=fresh_index.pk, stdout=io.StringIO())
    assert not cases_under(fresh_index).exists()


# The management command


def run_command(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_cases", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_command_prints_a_summary_and_the_problems(fresh_index, tmp_path):
    path = tmp_path / "synthese.txt"
    path.write_text(small_synthesis(third_has_solutions=False), encoding="utf-8")
    out, err = run_command(str(path), index_id=fresh_index.pk)
    assert out.startswith("2 cas créés, 0 mis à jour, 0 inchangés")
    assert "absente ou vide ; cas ignoré." in err
    out, _err = run_command(str(path), index_id=fresh_index.pk)
    assert out.startswith("0 cas créés, 0 mis à jour, 2 inchangés")


def test_command_imports_into_the_french_catalogue_by_default(db, tmp_path):
    path = tmp_path / "synthese.txt"
    path.write_text(small_synthesis(), encoding="utf-8")
    out, err = run_command(str(path))
    assert out.startswith("3 cas créés") and err == ""
    french = CaseStudyIndexPage.objects.get(locale__language_code="fr", slug="cas-inspirants", depth=3)
    assert cases_under(french).filter(import_key__startswith="pni-2021:martigues:").count() == 2


def test_command_without_catalogue_says_so(db, tmp_path):
    path = tmp_path / "synthese.txt"
    path.write_text(small_synthesis(), encoding="utf-8")
    with pytest.raises(CommandError, match="n'a l'id 999999"):
        run_command(str(path), index_id=999999)
    for index in CaseStudyIndexPage.objects.filter(locale__language_code="fr"):
        index.delete()
    with pytest.raises(CommandError, match="Aucun catalogue de cas inspirants en français"):
        run_command(str(path))


# The seeds' cases


def test_seed_cases_are_loaded_once(fresh_index):
    assert load_seed_cases(fresh_index) == (len(SEED_CASES), 0)
    assert len(SEED_CASES) == 8
    pages = cases_under(fresh_index)
    assert pages.count() == 8 and pages.live().count() == 8
    assert all(page.import_key.startswith("seed:") and page.problem and page.solutions for page in pages)
    toulouse = pages.get(import_key="seed:toulouse-mairie-bus")
    assert (toulouse.department_code, toulouse.region_code) == ("31", "76")
    orne = pages.get(import_key="seed:orne-bus-numerique")
    assert (orne.department_code, orne.region_code, orne.collectivity) == ("61", "28", "Département de l'Orne")
    assert pages.get(import_key="seed:emmaus-connect").department_code == ""
    assert all("Martigues" in page.source_name for page in pages)

    revisions = revisions_under(fresh_index).count()
    assert load_seed_cases(fresh_index) == (0, 0)
    assert cases_under(fresh_index).count() == 8
    assert revisions_under(fresh_index).count() == revisions


def test_seed_cases_and_imported_cases_live_side_by_side(fresh_index):
    load_seed_cases(fresh_index)
    result = import_cases(small_synthesis(), fresh_index)
    assert result.created == 3
    assert cases_under(fresh_index).count() == 11
