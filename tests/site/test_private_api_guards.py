"""Where the site leans on what a library does not promise (a table it creates, a private attribute it reads), a
check that fails on upgrade and says what to fix, rather than a search that quietly slows down or an embedded finder
that partner sites can no longer frame."""

import importlib.util
from pathlib import Path

import pytest
from csp.constants import HEADER
from csp.decorators import csp_replace
from csp.middleware import CSPMiddleware
from django.db import connection
from django.http import HttpResponse
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from proxinum import search
from tests.site.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="the FTS5 table exists on SQLite only")
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's index columns")
UPGRADE = "modelsearch (Wagtail's database search) changed: "


def module_source(name):
    """A library module's source, read without importing it (the PostgreSQL backend imports only on PostgreSQL)."""
    return Path(importlib.util.find_spec(name).origin).read_text()


# The search index (site/search.py) --------------------------------------------------------------------------


@sqlite_only
def test_the_sqlite_backend_is_still_the_module_the_search_recognises():
    module = type(get_search_backend("default")).__module__
    assert module.startswith(search.SQLITE_BACKEND), (
        f"{UPGRADE}the SQLite backend is now {module}: update search.SQLITE_BACKEND and DATABASE_BACKENDS, or the "
        "search stops ranking in the FTS5 index (seconds instead of milliseconds over thousands of pages)"
    )


@sqlite_only
def test_the_fts5_table_the_search_queries_has_the_columns_it_weighs_in_their_order():
    table = search.fts_table()
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [table])
        row = cursor.fetchone()
        assert row is not None, f"{UPGRADE}no table {table}: update search._sqlite_hits"
        assert "fts5" in row[0].lower(), f"{UPGRADE}{table} is no longer an FTS5 table: {row[0]}"
        cursor.execute(f'PRAGMA table_info("{table}")')
        columns = [column[1] for column in cursor.fetchall()]
    # bm25() takes one weight per column, in the table's order.
    assert columns == list(search.FTS_COLUMN_WEIGHTS), (
        f"{UPGRADE}{table} has the columns {columns}: update search.FTS_COLUMN_WEIGHTS (titles weigh most)"
    )


@sqlite_only
def test_the_fts5_rows_are_the_index_entries_of_the_pages(home_page):
    """search._sqlite_hits joins the FTS5 table's rowid to the index entry's id, and its object_id to the page."""
    page = StandardPageFactory(parent=home_page, title="Les tamanoirs du quartier", slug="tamanoirs")
    page.save_revision().publish()
    entry = IndexEntry._meta
    columns = {name: entry.get_field(name).column for name in ("id", "object_id", "content_type")}
    assert columns == {"id": "id", "object_id": "object_id", "content_type": "content_type_id"}, (
        f"{UPGRADE}the index entry's columns are now {columns}: update search._sqlite_hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT e.object_id, e.content_type_id FROM "{search.fts_table()}" f '
            f'JOIN "{entry.db_table}" e ON f.rowid = e.id WHERE "{search.fts_table()}" MATCH %s',
            ["tamanoirs"],
        )
        rows = cursor.fetchall()
    assert rows == [(str(page.pk), page.content_type_id)], (
        f"{UPGRADE}the FTS5 row of a page no longer shares its index entry's id: update search._sqlite_hits"
    )
    found = search._sqlite_hits(Page.objects.live(), "tamanoirs")
    assert [hit.pk for hit in found] == [page.pk]


def test_the_index_keeps_each_pages_text_as_plain_text_where_the_results_read_it(home_page):
    """search.load_pages shows a snippet of the indexed text, read from the field indexed_text_field() names."""
    page = StandardPageFactory(parent=home_page, title="Page d'essai", slug="essai", intro="Les tamanoirs mangent.")
    page.save_revision().publish()
    field = search.indexed_text_field()
    text = IndexEntry.objects.filter(object_id=str(page.pk)).values_list(field, flat=True).get()
    assert "Les tamanoirs mangent." in text, f"{UPGRADE}IndexEntry.{field} no longer holds the page's plain text"


def test_the_postgresql_backend_still_keeps_plain_text_and_calls_the_accent_wrapper_our_migration_creates():
    """On PostgreSQL the snippets come from IndexEntry.body_text, and the typo search calls f_unaccent(), which
    proxinum's migration 0004 creates: checked in the library's source, whatever the database of this run."""
    models = module_source("modelsearch.abstract_models")
    assert "body_text = TextField(" in models, (
        f"{UPGRADE}its PostgreSQL index entry has no body_text any more: update search.indexed_text_field"
    )
    backend = module_source("modelsearch.backends.database.postgres.postgres")
    assert 'function = "f_unaccent"' in backend, (
        f"{UPGRADE}its fuzzy search no longer calls f_unaccent(): update proxinum's migration 0004, which creates it"
    )


@postgresql_only
def test_on_postgresql_the_index_entry_has_the_plain_text_field_and_the_database_the_accent_wrapper():
    assert IndexEntry._meta.get_field(search.indexed_text_field()).get_internal_type() == "TextField"
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_proc WHERE proname = 'f_unaccent'")
        assert cursor.fetchone(), (
            "f_unaccent() is missing: run proxinum's migration 0004 (needs the unaccent extension)"
        )


# django-csp: the embeddable finder (places/models/finder.py) sets response._csp_replace ----------------------


def test_django_csp_still_reads_the_replace_attribute_the_embedded_finder_sets(rf):
    def embed_view(request):
        response = HttpResponse("Trouver un lieu")
        response._csp_replace = {"frame-ancestors": ["https://partenaire.example"]}
        return response

    header = CSPMiddleware(embed_view)(rf.get("/lieux/embed/"))[HEADER]
    assert "frame-ancestors https://partenaire.example" in header and "frame-ancestors 'none'" not in header, (
        "django-csp no longer reads response._csp_replace: partner sites cannot frame the finder any more; "
        f"update PlaceIndexPage.embed_view (places/models/finder.py). Header sent: {header}"
    )


def test_django_csp_replace_decorator_still_sets_the_attribute_the_finder_sets_by_hand(rf):
    """The finder cannot use the decorator (its origins come from settings at request time), so it sets what the
    decorator sets: when they differ, the finder is relying on something django-csp no longer does."""
    directives = {"frame-ancestors": ["https://partenaire.example"]}
    response = csp_replace(directives)(lambda request: HttpResponse())(rf.get("/"))
    assert getattr(response, "_csp_replace", None) == directives, (
        "django-csp's csp_replace no longer sets response._csp_replace: update PlaceIndexPage.embed_view "
        f"(places/models/finder.py) to what it sets now: {vars(response).keys() - vars(HttpResponse()).keys()}"
    )
