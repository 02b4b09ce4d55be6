"""Browser tests: a real server (own SQLite file, demo content) driven by Debian's Chromium through Playwright.

The server runs in a subprocess with `proxinum.settings.test` (DEBUG off, static files served by WhiteNoise
finders), so these tests never touch pytest-django's test database: do not request `db` here.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

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
PROJECT_DIR = Path(__file__).resolve().parents[2]
SERVER_START_TIMEOUT = 60  # seconds


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Django's start-up costs seconds on a busy machine: run the set-up commands one after the other in a single process.
_RUN_COMMANDS = """
import sys
import django
from django.core.management import call_command

django.setup()
for command in sys.argv[1:]:
    print(f"$ manage.py {command}", flush=True)
    call_command(command, **({"interactive": False} if command == "migrate" else {}))
"""


def _manage(commands, env, log):
    """Run manage.py commands (names, no arguments) in order, in one process; fail with the output if one fails."""
    result = subprocess.run(
        [sys.executable, "-c", _RUN_COMMANDS, *commands],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
    )
    log.write(result.stdout)
    if result.returncode != 0:
        pytest.fail(f"manage.py {', '.join(commands)} failed ({result.returncode}):\n{result.stdout[-4000:]}")


def _wait_until_up(url, process, log_path):
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"The test server stopped ({process.returncode}):\n{log_path.read_text()[-4000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if with an error status
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            time.sleep(0.2)
    pytest.fail(f"The test server did not answer within {SERVER_START_TIMEOUT} s:\n{log_path.read_text()[-4000:]}")


@pytest.fixture(scope="session")
def server_url(tmp_path_factory):
    """Base URL (no trailing slash) of a real `runserver` with the demo content, in its own SQLite file."""
    tmp = tmp_path_factory.mktemp("browser-server")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp / 'browser.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("ELASTICSEARCH_URL", None)  # the test settings search the database
    log_path = tmp / "server.log"
    with log_path.open("w") as log:
        # As `make demo`: the place finder needs the gazetteer of French communes, loaded before the demo places.
        _manage(["migrate", "load_gazetteer", "load_demo"], env, log)

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = log_path.open("a")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(f"{url}/", process, log_path)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's) for the whole session."""
    if not CHROMIUM.exists():
        message = "Chromium not installed: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


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
