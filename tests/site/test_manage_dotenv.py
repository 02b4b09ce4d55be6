"""manage.py reads a .env file beside it for development; the environment wins over it; the web server reads none
and never falls back to the development settings."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = "PROXINUM_DOTENV_PROBE"
SHOW = f"import os; from django.conf import settings; print(os.environ.get('{PROBE}'), settings.SETTINGS_MODULE)"


def clean_environment(**variables):
    """This process's environment without what the test run sets (its settings) or what a .env would give."""
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY"}}
    env.pop(PROBE, None)
    # The apps beside the real manage.py (home, places...): only `proxinum` is an installed package.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(variables)
    return env


def project_with_dotenv(tmp_path, text):
    """A project folder of its own: a copy of manage.py and a .env beside it (the code stays in this checkout)."""
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    (tmp_path / ".env").write_text(text)
    return tmp_path


def run(args, cwd, env):
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=120)


def test_manage_py_reads_the_dotenv_beside_it_and_keeps_development_settings_as_its_default(tmp_path):
    # Run from elsewhere: the .env beside manage.py counts, not the one of the working directory.
    project = tmp_path / "project"
    project.mkdir()
    project_with_dotenv(project, f"{PROBE}=from-dotenv\n")
    (tmp_path / ".env").write_text(f"{PROBE}=from-the-working-directory\n")
    result = run(
        [sys.executable, str(project / "manage.py"), "shell", "-c", SHOW], cwd=tmp_path, env=clean_environment()
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["from-dotenv", "proxinum.settings.dev"]


def test_the_environment_wins_over_the_dotenv(tmp_path):
    project = project_with_dotenv(
        tmp_path, f"{PROBE}=from-dotenv\nDJANGO_SETTINGS_MODULE=proxinum.settings.production\n"
    )
    env = clean_environment(**{PROBE: "from-environment", "DJANGO_SETTINGS_MODULE": "proxinum.settings.dev"})
    result = run([sys.executable, "manage.py", "shell", "-c", SHOW], cwd=project, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["from-environment", "proxinum.settings.dev"]


def test_the_web_server_reads_no_dotenv_and_defaults_to_production(tmp_path):
    # A development .env in the working directory changes nothing: production settings, which need SECRET_KEY.
    project = project_with_dotenv(
        tmp_path, "DJANGO_SETTINGS_MODULE=proxinum.settings.dev\nSECRET_KEY=from-dotenv\nALLOWED_HOSTS=*\n"
    )
    result = run([sys.executable, "-c", "import proxinum.wsgi"], cwd=project, env=clean_environment())
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production" in result.stderr
