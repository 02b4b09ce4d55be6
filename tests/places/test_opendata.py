"""Open data: the mapping to the national standard (places/opendata.py), the import command and the exports.

The fixture files in tests/places/data/ are fictional places of Martigues, Pau and Strasbourg; the v1.0.1 schema
there is a copy of the national standard (Etalab Open Licence 2.0), so the suite does not depend on ../shared.
"""

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page, Revision

from places import enums, opendata
from places.exports import export_filename
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage, PlaceIndexPage
from proxinum.services import Service

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
SCHEMA = json.loads((DATA / "lieux-mediation-numerique_schema_v1.0.1.json").read_text(encoding="utf-8"))
SCHEMA_FIELDS = {field["name"]: field for field in SCHEMA["fields"]}
SUMMARY = re.compile(r"(\d+) créés, (\d+) mis à jour, (\d+) inchangés, (\d+) rejetés, (\d+) dépubliés")


def run_import(path, *args, expect_error=False):
    """Run the command; return (counts, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    if expect_error:
        with pytest.raises(CommandError):
            call_command("import_places", str(path), *args, stdout=stdout, stderr=stderr)
    else:
        call_command("import_places", str(path), *args, stdout=stdout, stderr=stderr)
    match = SUMMARY.search(stdout.getvalue())
    assert match, stdout.getvalue() + stderr.getvalue()
    keys = ("created", "updated", "unchanged", "rejected", "unpublished")
    return dict(zip(keys, map(int, match.groups()), strict=True)), stdout.getvalue(), stderr.getvalue()


def french_places(**filters):
    return MediationPlacePage.objects.filter(locale__language_code="fr", **filters)


def place(place_id, source=None):
    places = french_places(place_id=place_id)
    if source is not None:
        places = places.filter(source=source)
    return places.get()


@pytest.fixture
def finder_index(db):
    return PlaceIndexPage.objects.get(locale__language_code="fr")


# Columns ----------------------------------------------------------------------------------------------------------


def test_columns_follow_the_schema_order():
    assert list(opendata.COLUMNS_V1) == [field["name"] for field in SCHEMA["fields"]]
    assert set(opendata.REQUIRED_COLUMNS) == {
        name for name, field in SCHEMA_FIELDS.items() if field["constraints"].get("required")
    }


def test_legacy_columns_map_to_v1_columns():
    for old, new_columns in opendata.LEGACY_COLUMNS.items():
        assert old not in opendata.COLUMNS_V1
        assert set(new_columns) <= set(opendata.COLUMNS_V1)
    assert opendata.LEGACY_COLUMNS["publics_accueillis"] == (
        "publics_specifiquement_adresses",
        "prise_en_charge_specifique",
    )
    assert opendata.LEGACY_COLUMNS["conditions_acces"] == ("frais_a_charge",)
    assert opendata.LEGACY_COLUMNS["accessibilite"] == ("fiche_acces_libre",)
    assert opendata.canonical_column("Autres labels") == "labels_autres"


# Import of valid rows ---------------------------------------------------------------------------------------------


def test_import_covers_every_value_of_every_closed_list(finder_index):
    counts, _out, err = run_import(DATA / "lieux-v1.csv")
    assert counts == {"created": 7, "updated": 0, "unchanged": 0, "rejected": 0, "unpublished": 0}, err

    pages = list(french_places(source__in=["Ville de Martigues", "Pau Béarn numérique", "Eurométropole de Strasbourg"]))
    assert len(pages) == 7
    assert all(page.live and page.get_parent().id == finder_index.id for page in pages)
    assert all(page.live_revision_id and page.locale.language_code == "fr" for page in pages)

    def used(field_name):
        return {value for page in pages for value in getattr(page, field_name)}

    for field_name, enum in [
        ("services", Service),
        ("publics", enums.Public),
        ("specific_support", enums.SpecificSupport),
        ("fees", enums.Fee),
        ("national_programmes", enums.NationalProgramme),
        ("training_labels", enums.TrainingLabel),
        ("access_modes", enums.AccessMode),
        ("support_modes", enums.SupportMode),
        ("itinerance", enums.Itinerance),
    ]:
        assert used(field_name) == set(enum.values), field_name
    assert used("typology") == {"BIB", "MUNI", "CCAS", "ENM", "RFS", "ASSO", "TIERS_LIEUX", "CS"}

    # Both spellings of « Étapes numériques » and the curly apostrophe give the standard's values.
    assert place("mart-cias-pole-social").training_labels[-1] == "Étapes numériques (La Poste)"
    assert place("stras-olympe-de-gouges").training_labels == ["Étapes numériques (La Poste)"]
    assert place("pau-emmaus-connect").access_modes == ["Ce lieu n'accueille pas de public"]

    aragon = place("mart-mediatheque-aragon", "Ville de Martigues")
    assert aragon.title == "Médiathèque Louis-Aragon"
    assert aragon.slug.startswith("mediatheque-louis-aragon-martigues")  # "-2" when the demo place is there
    assert aragon.phone == "+33465712001"
    assert (aragon.latitude, aragon.longitude) == (43.4049, 5.0536)
    assert aragon.location == "SRID=4326;POINT(5.0536 43.4049)"
    assert aragon.typology == ["BIB", "MUNI"]
    assert aragon.updated_on == date(2025, 3, 14)
    assert aragon.description.startswith("Ateliers « Premiers pas »") and "\n" in aragon.description
    assert aragon.other_training_labels == ["Label Bibliothèque numérique 13"]
    assert place("mart-cias-pole-social").emails == [
        "accueil.social@martigues.example.org",
        "aidants@martigues.example.org",
    ]
    bus = place("mart-mairiebus-croix-sainte")
    assert bus.itinerance == ["Itinérant"] and type(bus) is MediationPlacePage
    assert place("stras-neuhof-numerique").itinerance == ["Itinérant", "Fixe"]
    assert place("pau-emmaus-connect").pivot == "W641002345"


def test_import_json(finder_index):
    counts, _out, err = run_import(DATA / "lieux-v1.json", "--source", "Eurométropole de Strasbourg")
    assert counts["created"] == 2 and counts["rejected"] == 0, err
    annexe = place("stras-json-olympe", "Eurométropole de Strasbourg")
    assert annexe.latitude == 48.5863
    assert annexe.training_labels == ["Étapes numériques (La Poste)"]
    assert place("pau-json-emmaus").source == "Eurométropole de Strasbourg"  # --source wins over the column


def test_slugs_are_unique_under_the_finder(finder_index):
    run_import(DATA / "lieux-v1.csv")
    run_import(DATA / "lieux-v1.json", "--source", "Autre réseau")
    slugs = list(finder_index.get_children().values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs))
    assert place("stras-json-olympe").slug == "mediatheque-olympe-de-gouges-annexe-strasbourg"
    assert place("pau-json-emmaus").slug == "emmaus-connect-pau-2"


# Rejected rows ----------------------------------------------------------------------------------------------------

VALID_ROW = {
    "id": "pau-test",
    "pivot": "00000000000000",
    "nom": "Médiathèque André-Labarrère",
    "commune": "Pau",
    "code_postal": "64000",
    "code_insee": "64445",
    "adresse": "Place Marguerite Laborde",
    "latitude": "43.2951",
    "longitude": "-0.3708",
    "telephone": "05 36 49 10 05",
    "courriels": "mediatheque@pau.example.org",
    "site_web": "https://mediatheques.pau.example.org",
    "horaires": "Tu-Sa 10:00-18:00",
    "presentation_resume": "Ordinateurs en accès libre.",
    "date_maj": "2025-03-01",
    "services": "Accès internet et matériel informatique",
    "fiche_acces_libre": "https://acceslibre.beta.gouv.fr/app/64-pau/",
}


def test_valid_row_has_no_error():
    values, errors = opendata.validate_row(VALID_ROW, 2)
    assert errors == []
    assert values["phone"] == "+33536491005"
    assert values["services"] == ["Accès internet et matériel informatique"]
    assert values["itinerance"] == ["Fixe"]


@pytest.mark.parametrize(
    ("column", "value", "reported"),
    [
        ("nom", "", ""),
        ("pivot", "", ""),
        ("date_maj", "", ""),
        ("pivot", "1234", "1234"),
        ("code_postal", "640000", "640000"),
        ("code_postal", "64 0O0", "64 0O0"),
        ("code_insee", "2C004", "2C004"),
        ("code_insee", "644", "644"),
        ("telephone", "05 36 49", "05 36 49"),
        ("telephone", "+44 20 7946 0000", "+44 20 7946 0000"),
        ("telephone", "05 36 49 10 05|05 36 49 10 06", "05 36 49 10 05|05 36 49 10 06"),
        ("courriels", "mediatheque@pau.example.org|accueil(at)pau", "accueil(at)pau"),
        ("site_web", "ftp://pau.example.org", "ftp://pau.example.org"),
        ("fiche_acces_libre", "acceslibre", "acceslibre"),
        ("prise_rdv", "https://", "https://"),
        ("services", "Aide aux démarches administratives|Cours de cuisine", "Cours de cuisine"),
        ("publics_specifiquement_adresses", "Retraités", "Retraités"),
        ("prise_en_charge_specifique", "Langues étrangères", "Langues étrangères"),
        ("frais_a_charge", "Adhésion", "Adhésion"),
        ("dispositif_programmes_nationaux", "French Tech", "French Tech"),
        ("formations_labels", "Label et la bête", "Label et la bête"),
        ("modalites_acces", "Venir", "Venir"),
        ("modalites_accompagnement", "A ma place", "A ma place"),
        ("itinerance", "Mobile", "Mobile"),
        ("typologie", "BIB|MEDIATHEQUE", "MEDIATHEQUE"),
        ("horaires", "lundi 9h-12h", "lundi 9h-12h"),
        ("date_maj", "01/03/2025", "01/03/2025"),
        ("date_maj", "2025-02-30", "2025-02-30"),
        ("presentation_resume", "x" * 281, "x" * 281),
        ("latitude", "91", "91"),
        ("longitude", "-180.5", "-180.5"),
        ("latitude", "quarante-trois", "quarante-trois"),
        ("nom", "N" * 256, "N" * 256),
    ],
)
def test_each_kind_of_bad_value_is_reported(column, value, reported):
    values, errors = opendata.validate_row({**VALID_ROW, column: value}, 7)
    assert len(errors) == 1, [error.as_dict() for error in errors]
    error = errors[0].as_dict()
    assert (error["row"], error["field"], error["value"]) == (7, column, reported)
    assert len(error["reason"]) > 20 and error["reason"][0].isupper()


def test_latitude_without_longitude_is_reported():
    _values, errors = opendata.validate_row({**VALID_ROW, "longitude": ""}, 3)
    assert [(e.field, e.reason) for e in errors] == [
        ("longitude", "Indiquez à la fois la latitude et la longitude, ou aucune des deux.")
    ]


def test_every_column_of_the_standard_and_of_v0_1_has_one_check():
    checked = [column for _check, *columns in opendata.FIELD_CHECKS for column in columns]
    assert len(checked) == len(set(checked))
    # cle_ban (the v0.1 address key) is the only column read nowhere: v1 dropped it.
    assert set(checked) == set(SCHEMA_FIELDS) | set(opendata.LEGACY_COLUMNS) - {"cle_ban"}


def test_a_row_lists_all_its_errors_column_after_column():
    row = {
        **VALID_ROW,
        "nom": "",
        "code_postal": "640000",
        "latitude": "91",
        "courriels": "a@@pau|b@@pau",
        "horaires": "Mo-Fr 09:00-12:00; " * 30,
        "date_maj": "2025-02-30",
        "services": "Cours de cuisine",
    }
    _values, errors = opendata.validate_row(row, 4)
    assert [(error.row, error.field, error.value) for error in errors] == [
        (4, "nom", ""),
        (4, "code_postal", "640000"),
        (4, "latitude", "91"),
        (4, "courriels", "a@@pau"),
        (4, "courriels", "b@@pau"),
        (4, "horaires", row["horaires"].strip()),
        (4, "horaires", row["horaires"].strip()),
        (4, "date_maj", "2025-02-30"),
        (4, "services", "Cours de cuisine"),
    ]
    assert errors[6].reason == "Texte trop long : 500 caractères au plus."


def test_codes_get_back_the_leading_zero_a_spreadsheet_dropped():
    values, errors = opendata.validate_row({**VALID_ROW, "code_postal": "1000", "code_insee": "1053"}, 2)
    assert errors == []
    assert (values["postcode"], values["insee_code"]) == ("01000", "01053")


def test_an_address_too_long_once_completed_is_reported_as_written():
    written = "www.pau.example.org/" + "a" * 180  # 200 characters, 208 with https://
    values, errors = opendata.validate_row({**VALID_ROW, "prise_rdv": written}, 2)
    assert [(error.field, error.value, error.reason) for error in errors] == [
        ("prise_rdv", written, "Texte trop long : 200 caractères au plus.")
    ]
    assert values["booking_url"] == ""
    values, errors = opendata.validate_row({**VALID_ROW, "prise_rdv": "www.pau.example.org/rdv"}, 2)
    assert values["booking_url"] == "https://www.pau.example.org/rdv" and errors == []


def test_rejected_rows_are_reported_and_not_written(finder_index):
    counts, _out, err = run_import(DATA / "lieux-v1-erreurs.csv", expect_error=True)
    assert counts == {"created": 2, "updated": 0, "unchanged": 0, "rejected": 11, "unpublished": 0}

    expected = {
        3: ("nom", ""),
        4: ("code_postal", "135000"),
        5: ("code_insee", "2C004"),
        6: ("telephone", "06 12 34"),
        7: ("courriels", "accueil@@martigues"),
        8: ("site_web", "htp://mediatheque-martigues"),
        9: ("services", "Cours de cuisine"),
        10: ("horaires", "lundi 9h-12h"),
        11: ("date_maj", "14/03/2025"),
        12: ("presentation_resume", ("Un résumé bien trop long. " * 12).strip()),
        13: ("latitude", "148.5"),
    }
    lines = [line for line in err.splitlines() if line.startswith("Ligne ")]
    assert len(lines) == len(expected)
    for line, (row, (column, value)) in zip(lines, sorted(expected.items()), strict=True):
        assert line.startswith(f"Ligne {row}, champ {column}, valeur « {value} » : "), line
        assert len(line.split(" » : ", 1)[1]) > 20  # a reason in plain French
    assert "Le code postal doit avoir 5 chiffres" in err
    assert "La date doit être au format AAAA-MM-JJ" in err

    ids = set(french_places().filter(place_id__startswith="err-").values_list("place_id", flat=True))
    assert ids == set()
    assert place("pau-ousse-des-bois").live and place("stras-neuhof-numerique").live


def test_duplicate_ids_and_missing_source_are_rejected(tmp_path, finder_index):
    path = tmp_path / "doublons.csv"
    rows = [{**VALID_ROW, "source": "Pau Béarn numérique"}, {**VALID_ROW, "source": "Pau Béarn numérique"}]
    rows.append({**VALID_ROW, "id": "pau-sans-source"})
    write_csv(path, rows)
    counts, _out, err = run_import(path, expect_error=True)
    assert counts["created"] == 1 and counts["rejected"] == 2
    assert "Ligne 3, champ id, valeur « pau-test » : Identifiant en double" in err
    assert "Ligne 4, champ source, valeur «  » : Indiquez la source" in err


def test_missing_required_column_stops_the_import(tmp_path):
    path = tmp_path / "incomplet.csv"
    path.write_text("id,nom,commune\nx,Médiathèque,Pau\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Colonnes obligatoires absentes : pivot, code_postal, adresse, date_maj"):
        call_command("import_places", str(path), stdout=io.StringIO(), stderr=io.StringIO())


# Dry run, re-import, prune ----------------------------------------------------------------------------------------


def test_dry_run_writes_nothing(finder_index):
    before = (Page.objects.count(), Revision.objects.count(), MediationPlacePage.objects.count())
    counts, out, _err = run_import(DATA / "lieux-v1-erreurs.csv", "--dry-run", expect_error=True)
    assert counts["created"] == 2 and counts["rejected"] == 11
    assert "Simulation (--dry-run)" in out
    assert (Page.objects.count(), Revision.objects.count(), MediationPlacePage.objects.count()) == before

    run_import(DATA / "lieux-v1.csv")
    before = (Page.objects.count(), Revision.objects.count())
    changed = DATA / "lieux-v1.csv"
    counts, _out, _err = run_import(changed, "--source", "Autre source", "--dry-run", "--prune")
    assert counts["created"] == 7
    assert (Page.objects.count(), Revision.objects.count()) == before
    assert not french_places(source="Autre source").exists()


def test_reimporting_the_same_file_changes_nothing(finder_index):
    run_import(DATA / "lieux-v1.csv")
    revisions = Revision.objects.count()
    latest = dict(french_places(source="Ville de Martigues").values_list("id", "latest_revision_id"))

    counts, _out, _err = run_import(DATA / "lieux-v1.csv")
    assert counts == {"created": 0, "updated": 0, "unchanged": 7, "rejected": 0, "unpublished": 0}
    assert Revision.objects.count() == revisions
    assert dict(french_places(source="Ville de Martigues").values_list("id", "latest_revision_id")) == latest


def test_changed_row_is_updated_with_a_new_revision(tmp_path, finder_index):
    run_import(DATA / "lieux-v1.csv")
    aragon = place("mart-mediatheque-aragon")
    revisions = aragon.revisions.count()
    rows = read_csv(DATA / "lieux-v1.csv")
    rows[0]["horaires"] = "Tu-Sa 10:00-18:00; PH off"
    rows[0]["telephone"] = "04 65 71 20 09"
    write_csv(tmp_path / "modifie.csv", rows)

    counts, _out, _err = run_import(tmp_path / "modifie.csv")
    assert counts == {"created": 0, "updated": 1, "unchanged": 6, "rejected": 0, "unpublished": 0}
    aragon = place("mart-mediatheque-aragon")
    assert aragon.opening_hours == "Tu-Sa 10:00-18:00; PH off" and aragon.phone == "+33465712009"
    assert aragon.revisions.count() == revisions + 1
    assert aragon.slug.startswith("mediatheque-louis-aragon-martigues")


def test_prune_unpublishes_missing_places_of_the_same_source_only(tmp_path, finder_index):
    run_import(DATA / "lieux-v1.csv", "--source", "Réseau Sud")
    run_import(DATA / "lieux-v1.json", "--source", "Réseau Est")
    rows = read_csv(DATA / "lieux-v1.csv")
    kept = [row for row in rows if row["id"] not in {"mart-cias-pole-social", "pau-emmaus-connect"}]
    write_csv(tmp_path / "moins.csv", kept)

    counts, _out, _err = run_import(tmp_path / "moins.csv", "--source", "Réseau Sud", "--prune")
    assert counts == {"created": 0, "updated": 0, "unchanged": 5, "rejected": 0, "unpublished": 2}
    gone = french_places(source="Réseau Sud", place_id__in=["mart-cias-pole-social", "pau-emmaus-connect"])
    assert gone.count() == 2 and not gone.filter(live=True).exists()  # unpublished, not deleted
    assert french_places(source="Réseau Sud", live=True).count() == 5
    assert french_places(source="Réseau Est", live=True).count() == 2

    # Back in the file: published again.
    counts, _out, _err = run_import(DATA / "lieux-v1.csv", "--source", "Réseau Sud", "--prune")
    assert counts == {"created": 0, "updated": 2, "unchanged": 5, "rejected": 0, "unpublished": 0}
    assert french_places(source="Réseau Sud", live=True).count() == 7


def test_prune_keeps_places_whose_row_was_rejected(tmp_path, finder_index):
    run_import(DATA / "lieux-v1.csv", "--source", "Réseau Sud")
    rows = read_csv(DATA / "lieux-v1.csv")
    rows[1]["code_postal"] = "135"
    write_csv(tmp_path / "erreur.csv", rows)
    counts, _out, _err = run_import(tmp_path / "erreur.csv", "--source", "Réseau Sud", "--prune", expect_error=True)
    assert counts["rejected"] == 1 and counts["unpublished"] == 0
    assert place("mart-cias-pole-social").live


# Legacy and noisy files -------------------------------------------------------------------------------------------


def test_legacy_file_is_mapped_to_v1(finder_index):
    counts, out, err = run_import(DATA / "lieux-v0.1.csv", expect_error=True)
    assert "Fichier au format v0.1" in out
    assert counts == {"created": 2, "updated": 0, "unchanged": 0, "rejected": 2, "unpublished": 0}

    saragosse = place("v01-pau-saragosse", "Pau Béarn numérique")
    assert saragosse.services == [
        "Maîtrise des outils numériques du quotidien",
        "Accès internet et matériel informatique",
        "Aide aux démarches administratives",
    ]
    assert saragosse.publics == ["Seniors"]
    assert saragosse.specific_support == ["Surdité", "Illettrisme", "Handicaps mentaux"]
    assert saragosse.fees == ["Gratuit"]
    assert saragosse.national_programmes == ["France Services", "Conseillers numériques"]
    assert saragosse.training_labels == ["Fabriques de Territoire"]
    assert saragosse.other_training_labels == ["APTIC", "Pass numérique Béarn", "Réseau des EPN 64"]
    assert saragosse.support_modes == ["En autonomie", "Accompagnement individuel"]
    assert saragosse.emails == ["saragosse@pau.example.org"]
    assert saragosse.websites == ["https://citoyen.pau.example.org/saragosse", "https://social.example.org/saragosse"]
    assert saragosse.accessibility_url.startswith("https://acceslibre.beta.gouv.fr/app/64-pau/")
    assert saragosse.typology == ["RFS", "MUNI"] and saragosse.itinerance == ["Fixe"]

    jonquieres = place("v01-martigues-jonquieres")
    assert jonquieres.services == [
        "Acquisition de matériel informatique à prix solidaire",
        "Loisirs et créations numériques",
        "Parentalité et éducation avec le numérique",
    ]
    assert jonquieres.publics == ["Familles et/ou enfants", "Jeunes", "Femmes"]
    assert jonquieres.specific_support == ["Déficience visuelle"]
    assert jonquieres.fees == ["Payant"]
    assert jonquieres.national_programmes == ["Point d'accès numérique CAF", "Aidants Connect"]
    assert jonquieres.support_modes == ["Dans un atelier collectif"]

    # Values that no longer exist are rejected, not dropped.
    assert "Ligne 4, champ conditions_acces, valeur « Adhésion : " in err
    assert "n'existe plus dans la version 1" in err
    assert "Ligne 5, champ publics_accueillis, valeur « Public langues étrangères » : " in err
    assert not french_places(place_id__in=["v01-pau-adhesion", "v01-strasbourg-langues"]).exists()


def test_noisy_file_bom_crlf_semicolons_and_spaces(finder_index):
    raw = (DATA / "lieux-bruit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and raw.count(b";") > 20

    counts, _out, err = run_import(DATA / "lieux-bruit.csv")
    assert counts["created"] == 2 and counts["rejected"] == 0, err
    malraux = place("stras-bruit-1", "Eurométropole de Strasbourg")
    assert malraux.title == "Médiathèque Malraux"
    assert malraux.commune == "Strasbourg" and malraux.postcode == "67000"
    assert malraux.address == "1 presqu\u2019île André Malraux"  # free text keeps its apostrophe
    assert (malraux.latitude, malraux.longitude) == (48.5762, 7.7621)
    assert malraux.typology == ["BIB", "EPN"]
    assert malraux.phone == "+33353011003"
    assert malraux.emails == ["malraux@strasbourg.example.org", "accueil@strasbourg.example.org"]
    assert malraux.services == [
        "Maîtrise des outils numériques du quotidien",
        "Accès internet et matériel informatique",
    ]
    assert malraux.fees == ["Gratuit"] and malraux.itinerance == ["Fixe"]
    assert malraux.training_labels == ["Étapes numériques (La Poste)"]
    assert malraux.access_modes == ["Se présenter", "Ce lieu n'accueille pas de public"]
    assert malraux.support_modes == ["En autonomie", "Dans un atelier collectif"]
    assert malraux.description == "Ateliers du samedi ; inscription sur place.\nPrêt de tablettes."
    assert place("pau-bruit-2").phone == "+33536491004"
    assert place("pau-bruit-2").longitude == -0.37


# Exports ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def tour_with_stop(finder_index):
    tour = MobileTourPage(
        title="Bus numérique de Pau", slug="bus-numerique-pau", pivot="00000000000000",
        services=["Aide aux démarches administratives"], fees=["Gratuit"], source="Pau Béarn numérique",
        updated_on=date(2025, 3, 1), phone="+33536491007", training_labels=["Étapes numériques (La Poste)"],
    )  # fmt: skip
    finder_index.add_child(instance=tour)
    tour.save_revision().publish()
    stop = MobileStopPage(
        title="Bus numérique – arrêt Saragosse", slug="arret-saragosse", postcode="64000", commune="Pau",
        insee_code="64445", address="Place de la Monnaie", opening_hours="We 09:00-12:00", place_id="bus-pau-saragosse",
    )  # fmt: skip
    stop.set_point(43.3067, -0.3786)
    tour.add_child(instance=stop)
    stop.save_revision().publish()
    tour.update_stops()
    return tour


def export(client, extension):
    response = client.get(f"/api/places/export.{extension}")
    assert response.status_code == 200
    assert response.streaming
    return response, b"".join(response.streaming_content).decode("utf-8")


def exported_csv_rows(client):
    response, body = export(client, "csv")
    reader = csv.DictReader(io.StringIO(body, newline=""))
    return response, reader.fieldnames, list(reader)


def check_against_schema(row, numbers_are_numbers=False):
    for name, value in row.items():
        field = SCHEMA_FIELDS[name]
        constraints = field["constraints"]
        if value in ("", None):
            assert not constraints.get("required"), (name, row)
            continue
        if field["type"] == "number":
            if numbers_are_numbers:
                assert isinstance(value, int | float) and not isinstance(value, bool), (name, value)
            float(value)
            continue
        assert isinstance(value, str), (name, value)
        if field["type"] == "date":
            date.fromisoformat(value)
        if "pattern" in constraints:
            assert re.fullmatch(constraints["pattern"], value), (name, value)
        if "maxLength" in constraints:
            assert len(value) <= constraints["maxLength"], name
    for name, field in SCHEMA_FIELDS.items():
        if field["constraints"].get("required"):
            assert row.get(name) not in ("", None), (name, row)


def test_csv_export_conforms_to_v1_0_1(client, tour_with_stop):
    run_import(DATA / "lieux-v1.csv")
    response, header, rows = exported_csv_rows(client)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert header == [field["name"] for field in SCHEMA["fields"]]

    by_id = {row["id"]: row for row in rows}
    assert set(by_id) >= {row["id"] for row in read_csv(DATA / "lieux-v1.csv")} | {"bus-pau-saragosse"}
    assert not any(row["source"] == "Proxinum (démonstration)" for row in rows)  # demo places stay out
    for row in rows:
        check_against_schema(row)

    ids = list(french_places(live=True, is_demo=False).order_by("id").values_list("place_id", flat=True))
    assert [row["id"] for row in rows] == ids  # ordered by id, one row per place and per stop

    cias = by_id["mart-cias-pole-social"]
    assert cias["formations_labels"] == "Formé à « DUPLEX » (illettrisme)"
    assert cias["autres_formations_labels"] == "Étapes numériques (La Poste)"
    assert cias["telephone"] == "+33465712002"
    assert cias["date_maj"] == "2025-02-03"
    assert cias["latitude"] == "43.4036" and cias["longitude"] == "5.0583"
    assert cias["courriels"] == "accueil.social@martigues.example.org|aidants@martigues.example.org"

    stop = by_id["bus-pau-saragosse"]
    assert stop["itinerance"] == "Itinérant"
    assert stop["typologie"] == "ENM"
    assert stop["services"] == "Aide aux démarches administratives"
    assert stop["autres_formations_labels"] == "Étapes numériques (La Poste)"
    assert stop["nom"] == "Bus numérique – arrêt Saragosse"
    assert "Bus numérique de Pau" not in by_id  # the tour itself is not a row


def test_json_export_conforms_to_v1_0_1(client, tour_with_stop):
    run_import(DATA / "lieux-v1.csv")
    response, body = export(client, "json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    objects = json.loads(body)
    _response, _header, csv_rows = exported_csv_rows(client)
    assert [obj["id"] for obj in objects] == [row["id"] for row in csv_rows]
    for obj in objects:
        assert list(obj) == [name for name in opendata.COLUMNS_V1 if name in obj]  # the schema's order
        assert all(value not in ("", None) for value in obj.values())  # empty values left out
        check_against_schema(obj, numbers_are_numbers=True)
    aragon = next(obj for obj in objects if obj["id"] == "mart-mediatheque-aragon")
    assert aragon["latitude"] == 43.4049 and aragon["longitude"] == 5.0536
    assert "prise_rdv" not in aragon
    assert aragon["services"].split("|")[0] == "Maîtrise des outils numériques du quotidien"


ACCESS_FACTS = {  # not in the standard (places/accessibility.py): never exported, never touched by an import
    "step_free_entrance": True, "accessible_toilets": False, "disabled_parking": True, "hearing_loop": True,
    "sign_language": False, "spoken_languages": ["fr", "ar"], "public_transport": "Bus 22, arrêt Mairie.",
    "parking": "Parking de la mairie.",
}  # fmt: skip


def test_accessibility_and_access_facts_stay_out_of_the_exports_and_imports(client, tour_with_stop):
    run_import(DATA / "lieux-v1.csv")
    french_places(place_id="mart-mediatheque-aragon").update(**{**ACCESS_FACTS, "spoken_languages": "|fr|ar|"})
    MobileTourPage.objects.filter(slug="bus-numerique-pau").update(step_free_entrance=True, hearing_loop=True)
    MobileStopPage.objects.filter(place_id="bus-pau-saragosse").update(
        step_free_entrance=True, parking="Parking de la Monnaie."
    )

    _response, header, rows = exported_csv_rows(client)
    assert header == [field["name"] for field in SCHEMA["fields"]]
    assert not set(header) & {*ACCESS_FACTS, "accessibilite", "langues", "transport", "stationnement"}
    aragon = next(row for row in rows if row["id"] == "mart-mediatheque-aragon")
    for row in rows:
        check_against_schema(row)
        assert not {"Bus 22, arrêt Mairie.", "Parking de la mairie.", "Parking de la Monnaie."} & set(row.values())
    _response, body = export(client, "json")
    for obj in json.loads(body):
        assert set(obj) <= set(opendata.COLUMNS_V1)
        check_against_schema(obj, numbers_are_numbers=True)
    coordinates = {"latitude": "43.4049", "longitude": "5.0536"}  # as the CSV writes them
    assert aragon == opendata.page_to_row(place("mart-mediatheque-aragon")) | coordinates

    # Importing the same file again changes nothing, and leaves the facts the editors wrote.
    counts, _out, err = run_import(DATA / "lieux-v1.csv")
    assert counts["updated"] == 0 and counts["rejected"] == 0, err
    page = place("mart-mediatheque-aragon")
    assert {name: getattr(page, name) for name in ACCESS_FACTS} == ACCESS_FACTS


def test_export_file_names_follow_the_standard(client, settings):
    today = timezone.localdate().strftime("%Y%m%d")
    response, _body = export(client, "csv")
    assert (
        response["Content-Disposition"] == f'attachment; filename="{today}_proxinum_lieux-de-mediation-numerique.csv"'
    )
    response, _body = export(client, "json")
    assert (
        response["Content-Disposition"] == f'attachment; filename="{today}_proxinum_lieux-de-mediation-numerique.json"'
    )

    settings.OPENDATA_PRODUCER_ID = "21130056100016"
    settings.OPENDATA_TERRITORY = "Région Sud"
    assert (
        export_filename("csv", date(2025, 7, 25))
        == "20250725_21130056100016_lieux-de-mediation-numerique_RegionSud.csv"
    )


def test_exports_are_read_only(client):
    assert client.post("/api/places/export.csv").status_code == 405
    assert client.post("/api/places/export.json").status_code == 405


def test_empty_export_has_the_header(client, finder_index):
    MediationPlacePage.objects.filter(is_demo=False).update(live=False)
    _response, header, rows = exported_csv_rows(client)
    assert header == list(opendata.COLUMNS_V1) and rows == []
    _response, body = export(client, "json")
    assert json.loads(body) == []


def add_places(index, count, start=0):
    for number in range(start, start + count):
        page = MediationPlacePage(
            title=f"Point numérique {number}", slug=f"point-numerique-{number}", pivot="00000000000000",
            postcode="64000", commune="Pau", insee_code="64445", address=f"{number} rue Carnot",
            place_id=f"pau-{number}", source="Pau Béarn numérique", services=["Aide aux démarches administratives"],
        )  # fmt: skip
        page.set_point(43.29 + number / 1000, -0.37)
        index.add_child(instance=page)


@pytest.mark.parametrize("extension", ["csv", "json"])
def test_export_query_count_does_not_grow_with_the_number_of_places(
    client, finder_index, tour_with_stop, extension, django_assert_max_num_queries
):
    add_places(finder_index, 5)
    client.get(f"/api/places/export.{extension}")  # warm caches (site, content types)
    with django_assert_max_num_queries(8) as few:
        _response, body = export(client, extension)
    assert body.count("pau-") >= 5

    add_places(finder_index, 45, start=5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        _response, body = export(client, extension)
    assert body.count("Point numérique") == 50


# Round trip -------------------------------------------------------------------------------------------------------


def test_import_export_import_gives_identical_data(client, tmp_path, finder_index):
    sources = ["Ville de Martigues", "Pau Béarn numérique", "Eurométropole de Strasbourg"]
    run_import(DATA / "lieux-v1.csv")
    run_import(DATA / "lieux-bruit.csv")
    before = {page.place_id: opendata.page_to_row(page) for page in french_places(source__in=sources)}
    assert len(before) == 9

    _response, header, rows = exported_csv_rows(client)
    ours = [row for row in rows if row["source"] in sources]
    write_csv(tmp_path / "export.csv", ours, columns=header)
    counts, _out, err = run_import(tmp_path / "export.csv")
    assert counts == {"created": 0, "updated": 0, "unchanged": 9, "rejected": 0, "unpublished": 0}, err

    # The same file imported as a new source creates identical places.
    counts, _out, err = run_import(tmp_path / "export.csv", "--source", "Copie")
    assert counts["created"] == 9, err
    copies = {page.place_id: opendata.page_to_row(page) for page in french_places(source="Copie")}
    assert copies == {place_id: {**row, "source": "Copie"} for place_id, row in before.items()}

    # And through the JSON export.
    _response, body = export(client, "json")
    objects = [obj for obj in json.loads(body) if obj.get("source") in sources]
    (tmp_path / "export.json").write_text(json.dumps(objects, ensure_ascii=False), encoding="utf-8")
    counts, _out, err = run_import(tmp_path / "export.json")
    assert counts == {"created": 0, "updated": 0, "unchanged": 9, "rejected": 0, "unpublished": 0}, err
    after = {page.place_id: opendata.page_to_row(page) for page in french_places(source__in=sources)}
    assert after == before


def test_page_to_row_moves_etapes_numeriques_and_formats_values(finder_index):
    run_import(DATA / "lieux-v1.csv")
    row = opendata.page_to_row(place("stras-olympe-de-gouges"))
    assert list(row) == list(opendata.COLUMNS_V1)
    assert row["formations_labels"] == "" and row["autres_formations_labels"] == "Étapes numériques (La Poste)"
    assert row["latitude"] == 48.5863 and isinstance(row["longitude"], float)
    assert row["date_maj"] == "2025-03-10" and row["telephone"] == "+33353011001"
    assert row["itinerance"] == "Fixe"
    # Imported back, the label returns to its list.
    values, errors = opendata.validate_row(row, 2)
    assert errors == [] and values["training_labels"] == ["Étapes numériques (La Poste)"]
    assert values["other_training_labels"] == []


# Helpers ----------------------------------------------------------------------------------------------------------


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path, rows, columns=None):
    columns = columns or list(dict.fromkeys(name for row in rows for name in row))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)


def test_read_table_numbers_rows_by_file_line():
    data = 'id,nom,presentation_detail\r\na,Médiathèque,"Deux\r\nlignes"\r\n\r\nb,EPN,\r\n'.encode()
    columns, rows = opendata.read_table(data, "lieux.csv")
    assert columns == ["id", "nom", "presentation_detail"]
    assert [(line, row["id"]) for line, row in rows] == [(2, "a"), (5, "b")]
    _columns, rows = opendata.read_table(b'[{"id": "a"}, {"id": "b"}]', "lieux.json")
    assert [line for line, _row in rows] == [1, 2]


def test_rows_without_insee_code_or_coordinates_are_completed_and_reimport_is_still_a_no_op(tmp_path, finder_index):
    path = tmp_path / "sans-code.csv"
    path.write_text(
        "id,pivot,nom,commune,code_postal,code_insee,adresse,date_maj,source\n"
        "pau-1,00000000000000,Point numérique de Pau,Pau,64000,,1 rue Carnot,2026-01-01,Ville de Pau\n",
        encoding="utf-8",
    )
    assert run_import(path)[0]["created"] == 1
    created = place("pau-1")
    assert created.insee_code == "64445" and created.has_point
    assert run_import(path)[0] == {"created": 0, "updated": 0, "unchanged": 1, "rejected": 0, "unpublished": 0}
