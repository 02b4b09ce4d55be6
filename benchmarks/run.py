"""Benchmarks in one process: a throw-away test database, the demo content, then timed requests.

Server time is measured around Django's test client (the whole request/response cycle: middleware, routing,
queries, templates), without network. Figures: p50 / p95 in milliseconds, SQL queries, and page weight.
"""

import statistics
import time

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_databases, setup_test_environment  # noqa: E402

from benchmarks.measure import page_weight, percentile  # noqa: E402

REPEAT = 200
PAGES = {
    "home (fr)": "/",
    "home (ar)": "/ar/",
    "standard page": "/mentions-legales/",
    "place finder (empty)": "/lieux/",
    "search": "/recherche/?q=accessibilite",
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
    start = time.perf_counter()
    call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    print(f"demo content loaded in {time.perf_counter() - start:.1f} s ({connection.vendor})")
    client = Client()
    print(f"{'page':<24}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'KiB':>8}")
    for name, url in PAGES.items():
        p50, p95, queries = time_url(client, url)
        print(f"{name:<24}{p50:>9.1f}{p95:>9.1f}{queries:>9}{page_weight(client, url) / 1024:>8.1f}")


if __name__ == "__main__":
    main()
