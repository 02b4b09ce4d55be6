"""Open-data exports of the places, in the national standard v1.0.1: /api/places/export.csv and export.json.

Every live, public French place (mobile stops included: one row per stop, as the national practice does; demo
places left out) ordered by id, streamed so that tens of thousands of places never build one big string, in a
number of SQL queries that does not depend on the number of places (a stop needs nothing from its tour: the tour's
offer is copied onto its stops when the tour is published).

The file name follows the standard's recommendation, AAAAMMJJ_idProducteur_lieux-de-mediation-numerique_territoire,
with `settings.OPENDATA_PRODUCER_ID` (the producer's SIRET, default: the site name) and `settings.OPENDATA_TERRITORY`
(e.g. "RegionSud", left out when empty).
"""

import csv
import json
import re
import unicodedata

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from .models import MediationPlacePage
from .opendata import COLUMNS_V1, page_to_row

CHUNK_SIZE = 2000  # rows fetched per round trip
ROWS_PER_WRITE = 200  # rows joined into one chunk of the response
FILE_STEM = "lieux-de-mediation-numerique"


def export_queryset():
    return MediationPlacePage.objects.live().public().filter(locale__language_code="fr", is_demo=False).order_by("id")


def _ascii_name(value) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9-]+", "", text)


def export_filename(extension: str, day=None) -> str:
    """ "20250314_proxinum_lieux-de-mediation-numerique.csv" (the standard's naming recommendation)."""
    day = day or timezone.localdate()
    producer = (
        _ascii_name(getattr(settings, "OPENDATA_PRODUCER_ID", "")) or _ascii_name(settings.WAGTAIL_SITE_NAME).lower()
    )
    territory = _ascii_name(getattr(settings, "OPENDATA_TERRITORY", ""))
    parts = [day.strftime("%Y%m%d"), producer or "proxinum", FILE_STEM, *([territory] if territory else [])]
    return "_".join(parts) + "." + extension


class _Echo:
    """A file-like object for csv.writer that hands back each line instead of storing it."""

    def write(self, value):
        return value


def _csv_lines(pages):
    writer = csv.writer(_Echo())
    yield writer.writerow(COLUMNS_V1)
    lines = []
    for page in pages:
        row = page_to_row(page)
        lines.append(writer.writerow([row[column] for column in COLUMNS_V1]))
        if len(lines) >= ROWS_PER_WRITE:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)


def json_object(row: dict) -> dict:
    """The standard's JSON practice: the CSV keys, numbers as numbers, empty values left out."""
    return {column: row[column] for column in COLUMNS_V1 if row[column] not in ("", None)}


def _json_chunks(pages):
    yield "["
    separator = "\n"
    lines = []
    for page in pages:
        lines.append(separator + json.dumps(json_object(page_to_row(page)), ensure_ascii=False))
        separator = ",\n"
        if len(lines) >= ROWS_PER_WRITE:
            yield "".join(lines)
            lines = []
    yield "".join(lines) + "\n]\n"


def _attachment(content, content_type, extension):
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{export_filename(extension)}"'
    return response


@require_GET
def export_csv(request):
    """Every place as one CSV file of the standard v1.0.1 (UTF-8, comma separated, values joined by "|")."""
    pages = export_queryset().iterator(chunk_size=CHUNK_SIZE)
    return _attachment(_csv_lines(pages), "text/csv; charset=utf-8", "csv")


@require_GET
def export_json(request):
    """The same rows as a JSON list of objects."""
    pages = export_queryset().iterator(chunk_size=CHUNK_SIZE)
    return _attachment(_json_chunks(pages), "application/json; charset=utf-8", "json")
