"""Shared fixtures: every test database holds the demo site, built once per session with `load_demo`."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_gazetteer", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


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
