"""Benchmarks in one process: a throw-away test database, the demo content, then timed requests.

Server time is measured around Django's test client (the whole request/response cycle: middleware, routing,
queries, templates), without network. Figures: p50 / p95 in milliseconds, SQL queries, and page weight.
"""

import os
import statistics
import time

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, setup_test_environment  # noqa: E402
from wagtail.models import Page  # noqa: E402

from benchmarks.measure import page_weight, percentile  # noqa: E402

REPEAT = 200
PLACES = int(os.environ.get("BENCH_PLACES", "25000"))
SEARCH_PAGES = int(os.environ.get("BENCH_SEARCH_PAGES", "10000"))
SEARCHES = {
    "search: mail": "/recherche/?q=mail",
    "search: impots": "/recherche/?q=impots",
    "search: ateliers seniors": "/recherche/?q=ateliers+seniors",
    "search: mediatheque": "/recherche/?q=mediatheque",
    "search: caf": "/recherche/?q=caf",
    "search (en): password": "/en/search/?q=password",
}
PAGES = {
    "home (fr)": "/",
    "home (ar)": "/ar/",
    "standard page": "/mentions-legales/",
    "place finder (no place)": "/lieux/",
}


def time_url(client, url, repeat=REPEAT):
    client.get(url)  # warm caches
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        durations.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(durations), percentile(durations, 0.95), len(queries)


def main():
    setup_test_environment()
    setup_databases(verbosity=0, interactive=False)
    quiet = open(os.devnull, "w")  # noqa: SIM115
    start = time.perf_counter()
    call_command("load_gazetteer", stdout=quiet)
    call_command("load_demo", verbosity=0, stdout=quiet)
    print(f"gazetteer and demo content loaded in {time.perf_counter() - start:.1f} s ({connection.vendor})")
    start = time.perf_counter()
    call_command("generate_places", count=PLACES, stdout=quiet)
    print(f"{PLACES} synthetic places generated in {time.perf_counter() - start:.1f} s")

    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from places.models import MediationPlacePage

    # The search runs over the demo content plus SEARCH_PAGES synthetic place pages put in the index.
    start = time.perf_counter()
    synthetic = MediationPlacePage.objects.filter(source__contains="synth").order_by("pk")[:SEARCH_PAGES]
    get_search_backend().add_bulk(MediationPlacePage, list(synthetic))
    # Fresh planner statistics for the index table, as autovacuum gives a live server within a minute of a bulk
    # indexing: measured right after it, PostgreSQL planned with the statistics of a near-empty table (160 ms).
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(IndexEntry._meta.db_table)}")
    indexed = Page.objects.live().count() - PLACES + min(PLACES, SEARCH_PAGES)
    print(
        f"{min(PLACES, SEARCH_PAGES)} synthetic pages indexed in {time.perf_counter() - start:.1f} s ({indexed} pages searched)"
    )

    place = MediationPlacePage.objects.filter(source__contains="synth").order_by("pk").first()
    pages = {
        **PAGES,
        "finder 33000+2 filters": "/lieux/?q=33000&radius=20&service=aide-aux-demarches-administratives&gratuit=1",
        "finder (en) Lyon 50 km": "/en/places/?q=Lyon&radius=50&service=maitrise-des-outils-numeriques-du-quotidien",
        "GeoJSON API 33000": "/api/places/?near=33000&radius_km=20&service=aide-aux-demarches-administratives&gratuit=1",
        "place page": place.url,
        "tour page": "/lieux/mairiebus-martigues/",
        **SEARCHES,
    }
    client = Client()
    print(f"{'page':<26}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'KiB':>8}")
    for name, url in pages.items():
        p50, p95, queries = time_url(client, url)
        print(f"{name:<26}{p50:>9.1f}{p95:>9.1f}{queries:>9}{page_weight(client, url) / 1024:>8.1f}")


if __name__ == "__main__":
    main()
