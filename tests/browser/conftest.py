"""Browser tests: a real server with the demo content, driven by Debian's Chromium through Playwright.

One server for the whole run, shared by pytest-xdist's workers. The first worker to collect browser tests starts
it in the background (`tools/test_server.py`, `server.py`): it copies the run's demo database, which the demo tests
share (`tests/databases.py` builds it once per run, so the server's copy costs no migrate and no load_demo of its
own), then serves it. The other workers find it started, through a lock and state files in the run's temporary
folder, which the workers share. Browser tests run after the other tests, so that all this happens while those run.

The server stops when the pytest run ends: it watches the run's main process (xdist's controller, or pytest itself
without xdist) and exits once that is gone. Why not a count of the workers using it: a worker that crashes never
lowers the count (the server would outlive the run), and the count can fall to zero while a worker still has browser
tests to come. Without xdist, the run also stops it as soon as its tests are over.

The server runs with the test settings (DEBUG off) and a short anti-robot delay (FORM_MIN_SECONDS, see server.py).
Its database is its own SQLite file: these tests never touch pytest-django's test database, do not request `db` here.
"""

import os
from pathlib import Path

import pytest
from filelock import FileLock

from tests import databases
from tools import test_server

from . import server

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Building the demo database takes about a minute on a quiet machine; more while the other tests run beside it.
SERVER_READY_TIMEOUT = 600  # seconds
_SERVER_PROCESS = pytest.StashKey()


def _is_xdist_worker():
    return "PYTEST_XDIST_WORKER" in os.environ


def _start_server_once(config):
    """Start the run's server unless a worker already did; returns its state folder. Does not wait for it."""
    run_folder = databases.shared_folder(config._tmp_path_factory)
    folder = run_folder / "browser-server"
    folder.mkdir(exist_ok=True)
    with FileLock(folder / "lock"):
        pid_file = folder / "pid"
        if not pid_file.exists():
            run_pid = os.getppid() if _is_xdist_worker() else os.getpid()
            if run_pid == 1:
                # This worker outlived its controller (adopted by init): the run is over, and a server watching init
                # would never stop.
                pytest.exit("pytest-xdist's controller is gone", returncode=1)
            database = folder / "browser.sqlite3"
            process = test_server.start(
                [],
                server.environment(run_folder, database),
                folder / "server.log",
                folder / "ready.json",
                watch_pid=run_pid,
                prepare=(
                    "tests.browser.server:copy_demo_database",
                    {"run_folder": str(run_folder), "database_file": str(database)},
                ),
            )
            pid_file.write_text(str(process.pid))
            config.stash[_SERVER_PROCESS] = process
    return folder


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Browser tests after the others (and before the demo tests, which the root conftest puts last)."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


def pytest_collection_finish(session):
    """Start building the server at once when browser tests are to run: it gets ready while the other tests run."""
    if session.config.option.collectonly or not CHROMIUM.exists():
        return
    if any(item.get_closest_marker("browser") for item in session.items):
        _start_server_once(session.config)


def pytest_sessionfinish(session):
    """Without xdist this run is the server's only user: stop it now. With xdist it stops when the run ends."""
    process = session.config.stash.get(_SERVER_PROCESS, None)
    if process is not None and not _is_xdist_worker():
        test_server.stop(process)


@pytest.fixture(scope="session")
def server_url(pytestconfig):
    """Base URL (no trailing slash) of the run's server with the demo content; waits until it serves."""
    folder = _start_server_once(pytestconfig)
    pid = int((folder / "pid").read_text())
    try:
        return test_server.wait_until_ready(folder / "ready.json", pid, folder / "server.log", SERVER_READY_TIMEOUT)
    except test_server.ServerError as error:
        pytest.fail(str(error), pytrace=False)


class _Chromium:
    """One headless Chromium (Debian's) per worker, started for its first browser test and stopped after its last.

    Not a session fixture, which would stop only after the session's other fixtures: Playwright's synchronous API
    leaves an asyncio event loop marked as running in this thread, and while it is, Django refuses to touch the
    database ("You cannot call this from an async context"), which the demo tests, run after the browser tests, and
    pytest-django, dropping the test database at the end (PostgreSQL), must do.
    """

    playwright = None
    browser = None
    next_is_browser = True

    @classmethod
    def get(cls):
        if cls.browser is None:
            from playwright.sync_api import sync_playwright

            cls.playwright = sync_playwright().start()
            cls.browser = cls.playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        return cls.browser

    @classmethod
    def stop(cls):
        if cls.playwright is not None:
            cls.browser.close()
            cls.playwright.stop()
            cls.playwright = cls.browser = None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    """Before the test's fixtures are torn down: is this worker's next test a browser test too? (pytest-xdist tells
    each worker its next test.) After the last one, pytest may tear the test database down: Chromium must be gone."""
    _Chromium.next_is_browser = nextitem is not None and nextitem.get_closest_marker("browser") is not None


@pytest.fixture
def browser():
    """The worker's headless Chromium."""
    if not CHROMIUM.exists():
        message = "Chromium not installed: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    yield _Chromium.get()
    if not _Chromium.next_is_browser:
        _Chromium.stop()


@pytest.fixture
def new_page(browser, server_url):
    """Factory: a page in a fresh browser context (own cookies, viewport...), closed after the test.

    `new_page(width=375)` or `new_page(java_script_enabled=False)`; extra keywords go to `browser.new_context`.
    """
    contexts = []

    def make(width=1280, height=800, **options):
        context = browser.new_context(
            base_url=server_url, viewport={"width": width, "height": height}, locale="fr-FR", **options
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    """A desktop-sized (1280 px) page in a fresh context."""
    return new_page()
