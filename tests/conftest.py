"""Shared fixtures.

Every test database holds what a new installation has: the gazetteer of communes and the starter pages (home,
section pages, standard pages, in the four languages), built once per session. Each test makes the rest of its
data with the factories (tests/<app>/factories.py).

The demo site is for the tests about the demo and for the query and weight budgets only: they are marked
`@pytest.mark.demo`, run after all the others (the demo is loaded once, for good, in that session's database),
and a test without the mark that runs after them fails, rather than pass or fail because of demo content.
"""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Site

from tests import databases

_demo_loaded = False


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings, _shared_folder):
    """The session's test database: a copy of the run's starter database on SQLite (tests/databases.py), built by
    Django's test runner then filled on another database (PostgreSQL)."""
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases

    verbosity = request.config.option.verbose
    connection = connections["default"]
    if connection.vendor != "sqlite":
        with django_db_blocker.unblock():
            config = setup_databases(verbosity=verbosity, interactive=False)
            call_command("load_gazetteer", verbosity=0, stdout=io.StringIO())
            call_command("create_starter_pages", verbosity=0, stdout=io.StringIO())
        yield
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=verbosity)
        return
    with django_db_blocker.unblock():
        # As Django's create_test_db does for SQLite, without migrate: the content comes from the built file.
        test_name = connection.creation._get_test_db_name()
        settings.DATABASES["default"]["NAME"] = connection.settings_dict["NAME"] = test_name
        connection.close()
        databases.load_into(connection, databases.built("starter", _shared_folder))
    yield
    with django_db_blocker.unblock():
        connection.close()


@pytest.fixture(scope="session")
def _shared_folder(tmp_path_factory):
    return databases.shared_folder(tmp_path_factory)


def pytest_collection_modifyitems(items):
    """Demo tests last: once a session's database holds the demo, only demo tests may follow.

    pytest-xdist hands each worker its tests in this order, so the same holds within each worker.
    """
    items.sort(key=lambda item: item.get_closest_marker("demo") is not None)
    for item in items:
        if item.get_closest_marker("demo") and "_demo_site" not in item.fixturenames:
            # First, before `db` opens the test's transaction: the demo must outlive it.
            item.fixturenames.insert(0, "_demo_site")


@pytest.fixture(scope="session")
def _demo_site(django_db_setup, django_db_blocker, _shared_folder):
    global _demo_loaded
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            databases.load_into(connection, databases.built("demo", _shared_folder))
            ContentType.objects.clear_cache()
        else:
            call_command("load_demo", verbosity=0, stdout=io.StringIO())
    _demo_loaded = True


@pytest.fixture(autouse=True)
def _no_demo_unless_marked(request):
    if _demo_loaded and not request.node.get_closest_marker("demo"):
        pytest.fail("This test runs after the demo was loaded: mark it `demo`, or run it apart from the demo tests")


@pytest.fixture(scope="session", autouse=True)
def _media_root(_shared_folder):
    """Uploaded files (the factories' images, the demo's) in the run's temporary folder, where the shared databases'
    files are too: never in the project, never shared between runs (file names never clash: Django's storage
    picks a free name)."""
    with override_settings(MEDIA_ROOT=_shared_folder / "media"):
        yield


@pytest.fixture(autouse=True)
def _french_by_default():
    """Each test starts in French, whatever language a previous request switched on in this worker."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (navigation, site root paths...)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    return Site.objects.select_related("root_page").get(is_default_site=True)


@pytest.fixture
def home_page(site):
    return site.root_page.specific


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}
