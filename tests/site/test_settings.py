"""Production settings: deploy checks pass, no start without SECRET_KEY, security headers on the public site."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL"}
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_check_deploy_without_any_warning():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "proxinum.settings.production",
            "SECRET_KEY": "x" * 20 + "a-long-random-looking-secret-key-for-the-check-0123456789",
            "ALLOWED_HOSTS": "proxinum.example",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", env_overrides={"DJANGO_SETTINGS_MODULE": "proxinum.settings.production"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.mark.django_db
def test_public_pages_send_a_strict_content_security_policy(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in csp
    # The only other origin: the configured map tile server, for images only.
    assert directives["img-src"] == "'self' data: https://tile.openstreetmap.org"
    assert csp.count("http") == 1
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_public_html_has_no_inline_script_or_style_and_no_third_party_url(client):
    import re

    from wagtail.models import Site

    # The head's alternate links are absolute on the Wagtail site's address (as the sitemap), not the request's.
    own = ("http://testserver", Site.objects.get(is_default_site=True).root_url)
    for url in ["/", "/ar/", "/mentions-legales/", "/lieux/", "/recherche/?q=aide"]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert "<style" not in html and " style=" not in html, url
        for src in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            assert src.startswith(own), (url, src)


def test_time_zone_and_language():
    from django.conf import settings

    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.LANGUAGE_CODE == "fr"
    assert [code for code, _ in settings.LANGUAGES] == ["fr", "en", "ar", "es"]


def test_every_environment_variable_is_documented_in_env_example():
    import re

    read = set()
    for path in (ROOT / "site" / "settings").glob("*.py"):
        read |= set(re.findall(r'(?:environ\.get|environ\[|env_bool|env_list)\(?\s*"([A-Z_]+)"', path.read_text()))
    documented = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read, "no environment variable found: the pattern is broken"
    assert read <= documented, f"undocumented: {sorted(read - documented)}"


def settings_in_subprocess(code, **env):
    result = run_manage("shell", "-c", code, env_overrides={"DJANGO_SETTINGS_MODULE": "proxinum.settings.dev", **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_redis_url_switches_the_cache_to_redis():
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not running on 127.0.0.1:6379")
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    code = (
        "from django.conf import settings; from django.core.cache import cache; "
        "cache.set('proxinum-test', 'ok', 5); "
        "print(settings.CACHES['default']['BACKEND'], cache.get('proxinum-test'))"
    )
    assert settings_in_subprocess(code, REDIS_URL="redis://127.0.0.1:6379/15") == "django_redis.cache.RedisCache ok"


def test_without_redis_url_the_cache_is_in_memory():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    assert settings_in_subprocess(code, REDIS_URL="") == "django.core.cache.backends.locmem.LocMemCache"


def test_elasticsearch_url_selects_the_elasticsearch9_backend_with_the_database_as_fallback():
    code = (
        "from django.conf import settings; b = settings.WAGTAILSEARCH_BACKENDS; "
        "print(b['default']['BACKEND'], b['default']['URLS'], b['database']['BACKEND'])"
    )
    line = settings_in_subprocess(code, ELASTICSEARCH_URL="http://127.0.0.1:9200")
    assert line == "proxinum.search_backends ['http://127.0.0.1:9200'] wagtail.search.backends.database"
    # proxinum.search_backends subclasses Wagtail's elasticsearch9 backend.
    from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

    from proxinum.search_backends import SearchBackend

    assert issubclass(SearchBackend, Elasticsearch9SearchBackend)
    default_only = "from django.conf import settings; print(list(settings.WAGTAILSEARCH_BACKENDS), settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    assert settings_in_subprocess(default_only, ELASTICSEARCH_URL="") == "['default'] wagtail.search.backends.database"


def test_database_url_selects_the_database():
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    assert settings_in_subprocess(code, DATABASE_URL="postgres://u@127.0.0.1:5432/x").endswith("postgresql")
    assert settings_in_subprocess(code, DATABASE_URL="").endswith("sqlite3")
