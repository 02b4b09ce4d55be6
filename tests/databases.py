"""The databases a test run starts from, built once per run and shared by pytest-xdist's workers (SQLite).

Building a database (migrate, the gazetteer, the starter pages, and for some tests the demo) takes about half a
minute; each worker and the browser tests' server would otherwise do it again. The first process that needs one
builds it into a file of the run's temporary folder, under a lock; the others wait for it and copy it: a worker
loads it into its in-memory test database with SQLite's backup API, the browser server copies the file.

Nothing outlives the run: the folder is pytest's temporary folder of that run (a new one each run).
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

PROJECT_DIR = Path(__file__).resolve().parents[1]

# What each database holds, as manage.py commands run in order (each builds on the one before it).
BUILDS = {
    "starter": (None, ["migrate", "load_gazetteer", "create_starter_pages"]),
    "demo": ("starter", ["load_demo"]),
}

# Django's start-up costs seconds: the commands of one build run in one process.
_RUN_COMMANDS = """
import sys
import django
from django.core.management import call_command

django.setup()
for command in sys.argv[1:]:
    print(f"$ manage.py {command}", flush=True)
    call_command(command, **({"interactive": False} if command == "migrate" else {}))
"""


def shared_folder(tmp_path_factory):
    """The run's temporary folder, the same for every pytest-xdist worker of the run."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def environment(folder, database_file):
    """The environment of a process that works on `database_file` as the tests do (test settings, shared media)."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database_file}",
        "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
        "MEDIA_ROOT": str(folder / "media"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("ELASTICSEARCH_URL", None)  # the test settings search the database
    return env


def built(name, folder):
    """The path of database `name` (see BUILDS), built first if no process of this run has built it yet."""
    path = folder / f"{name}.sqlite3"
    with FileLock(str(folder / f"{name}.sqlite3.lock")):
        if path.exists():
            return path
        base, commands = BUILDS[name]
        work = folder / f"{name}.building.sqlite3"
        work.unlink(missing_ok=True)
        if base:
            shutil.copyfile(built(base, folder), work)
        result = subprocess.run(
            [sys.executable, "-c", _RUN_COMMANDS, *commands],
            cwd=PROJECT_DIR,
            env=environment(folder, work),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"Building the {name} database failed ({result.returncode}):\n{result.stdout[-4000:]}")
        work.rename(path)  # whole or not at all: a crash leaves no half-built database for the others
        return path


def load_into(connection, path):
    """Replace the content of Django's `connection` (SQLite) with the database file at `path`."""
    connection.ensure_connection()
    source = sqlite3.connect(path)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
