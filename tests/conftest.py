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
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Site

_demo_loaded = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_gazetteer", verbosity=0, stdout=io.StringIO())
        call_command("create_starter_pages", verbosity=0, stdout=io.StringIO())


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
def _demo_site(django_db_setup, django_db_blocker):
    global _demo_loaded
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0, stdout=io.StringIO())
    _demo_loaded = True


@pytest.fixture(autouse=True)
def _no_demo_unless_marked(request):
    if _demo_loaded and not request.node.get_closest_marker("demo"):
        pytest.fail("This test runs after the demo was loaded: mark it `demo`, or run it apart from the demo tests")


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploaded files (the factories' images, the demo's) in the session's temporary folder: never in the project,
    never shared between pytest-xdist workers or between runs."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


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
