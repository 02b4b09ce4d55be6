"""Search relevance on the demo content, measured: precision at 3 over queries typed as visitors type them.

Runs on SQLite and, in CI, on PostgreSQL (the same test, the other database). Fails under 0.9.
"""

import pytest
from wagtail.models import Locale

from proxinum.search import search_site

from .relevance import QUERIES

# The relevance set's expected pages are the demo's: the measure is of search over the demo content.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]

MIN_PRECISION = 0.9


def found_in_top_3(query, slugs, locale):
    top = [hit.page.slug for hit in search_site(query, locale).hits[:3]]
    return any(slug in top for slug in slugs), top


def test_relevance_set_is_large_enough():
    assert len(QUERIES) >= 30


def test_precision_at_3_of_the_relevance_set(capsys):
    locale = Locale.objects.get(language_code="fr")
    misses = []
    for query, slugs in QUERIES:
        found, top = found_in_top_3(query, slugs, locale)
        if not found:
            misses.append(f"{query!r}: top 3 = {top}, expected one of {slugs}")
    precision = 1 - len(misses) / len(QUERIES)
    with capsys.disabled():
        print(f"\nsearch precision at 3: {precision:.2f} ({len(QUERIES) - len(misses)}/{len(QUERIES)} queries)")
    assert precision >= MIN_PRECISION, "\n".join(misses)
