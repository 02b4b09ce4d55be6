"""The browser tests' server: its environment, and its database (tools/test_server.py serves it)."""

import shutil
from pathlib import Path

from tests import databases

# The server's anti-robot delay: public forms refuse a submission sent sooner after the page was made. Short, so that
# tests seldom wait (helpers.wait_until_a_person_could_send); long enough for a submission sent at once to stay too
# fast on a busy machine, where making the page and sending it back take a few hundred milliseconds already (its
# token is made before the page is).
FORM_MIN_SECONDS = 2.0  # under a load of 11 on 2 cores, a one-step submission took 1.07 s: keep a margin


def environment(run_folder, database_file):
    """The test settings (DEBUG off), the run's shared media (the demo's images), a short anti-robot delay."""
    return {**databases.environment(run_folder, database_file), "FORM_MIN_SECONDS": str(FORM_MIN_SECONDS)}


def copy_demo_database(run_folder, database_file):
    """The run's demo database (built once per run, shared with the demo tests: tests/databases.py), copied: the
    server writes into its own copy (registrations...). Called in the server's process, before Django starts."""
    shutil.copyfile(databases.built("demo", Path(run_folder)), database_file)
