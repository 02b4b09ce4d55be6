"""Browser tests: a real server (own SQLite file, demo content) driven by Debian's Chromium through Playwright.

One server for the whole run, shared by pytest-xdist's workers. The first worker to collect browser tests starts
it (`tools/test_server.py`: migrate, load_gazetteer, load_demo, then serve, in the background); the others find it
started, through a lock and state files in the run's temporary folder, which the workers share. Browser tests run
after the other tests, so that the server is built while those run.

The server stops when the pytest run ends: it watches the run's main process (xdist's controller, or pytest itself
without xdist) and exits once that is gone. Why not a count of the workers using it: a worker that crashes never
lowers the count (the server would outlive the run), and the count can fall to zero while a worker still has browser
tests to come. Without xdist, the run also stops it as soon as its tests are over.

The server runs with `tests/browser/server_settings.py` (the test settings, DEBUG off) and a short anti-robot delay
(FORM_MIN_SECONDS, see helpers.py). Its database is its own SQLite file: these tests never touch pytest-django's test
database, do not request `db` here.
"""

import os
from pathlib import Path

import pytest
from filelock import FileLock

from tools import test_server

from .helpers import FORM_MIN_SECONDS

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
# Building the demo site takes about a minute on a quiet machine; much more while the other tests run beside it.
SERVER_READY_TIMEOUT = 600  # seconds
# As `make demo`: the place finder needs the gazetteer of French communes, loaded before the demo places.
SERVER_COMMANDS = [("migrate", {"interactive": False}), ("load_gazetteer", {}), ("load_demo", {})]
_SERVER_PROCESS = pytest.StashKey()


def _is_xdist_worker():
    return "PYTEST_XDIST_WORKER" in os.environ


def _server_folder(config):
    """The server's state folder, in the temporary folder of the whole run: with xdist, that of the controller, which
    holds each worker's own (pytest-xdist's recipe for session fixtures shared between workers)."""
    basetemp = config._tmp_path_factory.getbasetemp()
    folder = (basetemp.parent if _is_xdist_worker() else basetemp) / "browser-server"
    folder.mkdir(exist_ok=True)
    return folder


def _start_server_once(config):
    """Start the run's server unless a worker already did; returns its state folder. Does not wait for it."""
    folder = _server_folder(config)
    with FileLock(folder / "lock"):
        pid_file = folder / "pid"
        if not pid_file.exists():
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
                "DATABASE_URL": f"sqlite:///{folder / 'browser.sqlite3'}",
                "MEDIA_ROOT": str(folder / "media"),
                "FORM_MIN_SECONDS": str(FORM_MIN_SECONDS),
            }
            env.pop("ELASTICSEARCH_URL", None)  # the test settings search the database
            run_pid = os.getppid() if _is_xdist_worker() else os.getpid()
            if run_pid == 1:
                # This worker outlived its controller (adopted by init): the run is over, and a server watching init
                # would never stop.
                pytest.exit("pytest-xdist's controller is gone", returncode=1)
            process = test_server.start(
                SERVER_COMMANDS, env, folder / "server.log", folder / "ready.json", watch_pid=run_pid
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

    Not a session fixture, which would stop only when the session ends: Playwright's synchronous API leaves an
    asyncio event loop marked as running in this thread, and while it is, Django refuses to touch the database
    ("You cannot call this from an async context"), which the demo tests, run after the browser tests, must do.
    """

    playwright = None
    browser = None

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


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After this worker's last browser test (pytest-xdist tells each worker its next test too)."""
    if nextitem is None or nextitem.get_closest_marker("browser") is None:
        _Chromium.stop()


@pytest.fixture
def browser():
    """The worker's headless Chromium."""
    if not CHROMIUM.exists():
        message = "Chromium not installed: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return _Chromium.get()


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
