"""A deployment that only ran `migrate` hears that the gazetteer is empty: a system check, and the finder says so."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import checks
from django.core.management import call_command

from places.checks import GAZETTEER_EMPTY
from places.models import Commune

PROJECT_DIR = Path(__file__).resolve().parents[2]


def _ids(messages):
    return [message.id for message in messages]


@pytest.mark.django_db
def test_no_warning_when_the_gazetteer_is_loaded():
    assert GAZETTEER_EMPTY not in _ids(checks.run_checks(databases=["default"]))


@pytest.mark.django_db
def test_warning_names_the_command_when_the_gazetteer_is_empty():
    Commune.objects.all().delete()
    warnings = [message for message in checks.run_checks(databases=["default"]) if message.id == GAZETTEER_EMPTY]
    assert len(warnings) == 1
    assert warnings[0].level == checks.WARNING
    assert "python manage.py load_gazetteer" in warnings[0].hint


@pytest.mark.django_db
def test_the_check_runs_only_when_a_database_is_named():
    """Tagged `database`: not in every command's checks, only in `migrate` and `check --database`."""
    Commune.objects.all().delete()
    assert GAZETTEER_EMPTY not in _ids(checks.run_checks())
    assert GAZETTEER_EMPTY in _ids(checks.run_checks(tags=[checks.Tags.database], databases=["default"]))


@pytest.mark.django_db
def test_migrate_tells_when_the_gazetteer_is_empty(capsys):
    """After migrating (the checks ran before, when a new database had no table yet)."""
    Commune.objects.all().delete()
    call_command("migrate", verbosity=1, skip_checks=True)
    assert "load_gazetteer" in capsys.readouterr().out
    call_command("migrate", verbosity=0, skip_checks=True)
    assert capsys.readouterr().out == ""


def test_the_check_does_not_fail_before_migrate(tmp_path):
    """A new database, no table yet: `check --database default` passes, without the warning."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--database", "default"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert GAZETTEER_EMPTY not in result.stdout + result.stderr


# The finder, when nothing can be found because the gazetteer was never loaded.


@pytest.mark.django_db
def test_finder_says_the_search_by_commune_is_not_available_yet(client):
    Commune.objects.all().delete()
    response = client.get("/lieux/", {"q": "59000"})
    result = response.context["result"]
    assert result.unknown_place and result.gazetteer_missing
    html = response.content.decode()
    assert "La recherche par code postal ou par commune n'est pas encore disponible" in html
    assert "Nous ne trouvons pas" not in html
    assert "load_gazetteer" not in html  # the command is for the site's team, not for visitors


@pytest.mark.django_db
def test_finder_tells_staff_how_to_load_the_gazetteer(client):
    Commune.objects.all().delete()
    staff = get_user_model().objects.create_user("equipe", password="x", is_staff=True)  # noqa: S106
    client.force_login(staff)
    html = client.get("/lieux/", {"q": "Lille"}).content.decode()
    assert "python manage.py load_gazetteer" in html


@pytest.mark.django_db
def test_an_unknown_place_with_a_loaded_gazetteer_is_still_not_found(client):
    response = client.get("/lieux/", {"q": "Zzyzxville"})
    assert not response.context["result"].gazetteer_missing
    assert "Nous ne trouvons pas" in response.content.decode()
