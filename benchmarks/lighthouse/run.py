"""Lighthouse 12 (mobile, its default) on the main page types: the median of 3 runs per category, and what fails.

    make lighthouse                                     # a server of its own, demo content, production settings
    make lighthouse LIGHTHOUSE_ARGS="--base-url http://127.0.0.1:8000 --page home --runs 1"

Without --base-url, it builds a throw-away SQLite database with the demo content (migrate, load_gazetteer,
load_demo), collects the static files and serves them with `benchmarks/lighthouse/settings.py` (production settings
on plain HTTP, static files and pages compressed as behind the production web server) on a free port.
Lighthouse comes from `benchmarks/lighthouse/package-lock.json` (npm ci) and drives Debian's Chromium
(CHROME_PATH, default /usr/bin/chromium); nothing is fetched from the network. package.json pins the two packages
that Lighthouse's trace engine asks for as `latest`: without that, `npm ci` refuses the lock file once they move. The JSON reports are kept in
bench-results/lighthouse/. Figures to read, not a CI gate: they vary from one machine (and one run) to another.
"""

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tools import test_server

HERE = Path(__file__).resolve().parent
PROJECT_DIR = HERE.parents[1]
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
REPORTS = PROJECT_DIR / "bench-results" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# One page of each main type in the demo content.
PAGES = {
    "home": "/",
    "finder-results": "/lieux/?q=13500",
    "place": "/lieux/mediatheque-louis-aragon-martigues/",
    "tour": "/lieux/mairiebus-martigues/",
    "library": "/ressources/",
    "tutorial": "/ressources/creer-une-adresse-e-mail/",
    "agenda": "/agenda/",
    "event": "/agenda/hackathon-des-outils-numeriques-du-territoire/",
}
SERVER_SETTINGS = "benchmarks.lighthouse.settings"
SERVER_COMMANDS = [
    ("migrate", {"interactive": False, "verbosity": 0}),
    ("load_gazetteer", {"verbosity": 0}),
    ("load_demo", {"verbosity": 0}),
    ("collectstatic", {"interactive": False, "verbosity": 0}),
]
SERVER_READY_TIMEOUT = 600  # seconds


@contextlib.contextmanager
def served_site(base_url):
    """The base URL to measure: `base_url` as it is, or a production-like server of our own with the demo content,
    stopped on leaving (and if this process is killed: it exits once this process is gone)."""
    if base_url:
        yield base_url
        return
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SERVER_SETTINGS,
            "DATABASE_URL": f"sqlite:///{folder / 'lighthouse.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "LIGHTHOUSE_STATIC_ROOT": str(folder / "static"),
        }
        env.pop("ELASTICSEARCH_URL", None)
        env.pop("REDIS_URL", None)
        log = REPORTS / "server.log"
        print("Demo content and static files (about a minute)…", flush=True)
        process = test_server.start(SERVER_COMMANDS, env, log, folder / "ready.json", watch_pid=os.getpid())
        try:
            yield test_server.wait_until_ready(folder / "ready.json", process.pid, log, SERVER_READY_TIMEOUT)
        except test_server.ServerError as error:
            sys.exit(f"{error}\n(log: {log})")
        finally:
            test_server.stop(process)


def run_lighthouse(url, output):
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        "--quiet",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode or not output.exists():
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    return json.loads(output.read_text())


def failing_audits(report):
    """{category: [(audit id, title, display value)]} of the scored audits that do not pass (metrics below 100
    included, and in performance the opportunities and diagnostics that would save time)."""
    failing = {}
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if audit["scoreDisplayMode"] not in ("binary", "numeric", "metricSavings"):
                continue
            if audit["score"] is not None and audit["score"] < 1:
                failing.setdefault(category, []).append((ref["id"], audit["title"], audit.get("displayValue", "")))
    return failing


def measure(base_url, name, path, runs):
    """Lighthouse `runs` times on one page: (Lighthouse version, median score per category, audits failing in most
    runs as (category, audit id, title, display value))."""
    scores = {category: [] for category in CATEGORIES}
    seen = Counter()
    titles = {}
    version = ""
    for run in range(1, runs + 1):
        print(f"{name} {run}/{runs}: {base_url}{path}", flush=True)
        report = run_lighthouse(f"{base_url}{path}", REPORTS / f"{name}-{run}.json")
        version = report["lighthouseVersion"]
        for category in CATEGORIES:
            scores[category].append(round(report["categories"][category]["score"] * 100))
        for category, audits in failing_audits(report).items():
            for audit_id, title, value in audits:
                seen[(category, audit_id)] += 1
                titles[(category, audit_id)] = (title, value)
    medians = [statistics.median(scores[category]) for category in CATEGORIES]
    # What fails in most runs (a timing audit may fail in one run only).
    failing = [(*key, *titles[key]) for key, count in sorted(seen.items()) if count * 2 > runs]
    return version, medians, failing


def print_report(version, runs, base_url, rows, failures):
    print(f"\nLighthouse {version}, mobile, median of {runs} run(s), {base_url}\n")
    header = ["page", *CATEGORIES]
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for name, medians in rows:
        print("| " + " | ".join([name, *(f"{score:g}" for score in medians)]) + " |")
    print("\nAudits that fail (in most runs):")
    for name, audits in failures.items():
        print(f"\n{name}:" + ("" if audits else " none"))
        for category, audit_id, title, value in audits:
            print(f"  - [{category}] {audit_id}: {title}" + (f" ({value})" if value else ""))
    print(f"\nReports: {REPORTS.relative_to(PROJECT_DIR)}/")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", help="measure this running site instead of starting one (no trailing slash)")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is shown (default 3)")
    parser.add_argument("--page", action="append", choices=sorted(PAGES), help="only this page (repeatable)")
    return parser.parse_args()


def main():
    args = parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: `make lighthouse` (or `npm ci` in benchmarks/lighthouse/).")
    pages = {name: PAGES[name] for name in (args.page or PAGES)}
    REPORTS.mkdir(parents=True, exist_ok=True)
    version, rows, failures = "", [], {}
    with served_site(args.base_url) as base_url:
        for name, path in pages.items():
            version, medians, failures[name] = measure(base_url, name, path, args.runs)
            rows.append((name, medians))
    print_report(version, args.runs, base_url, rows, failures)


if __name__ == "__main__":
    main()
