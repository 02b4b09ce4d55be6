"""Fast, isolated settings for the test suite."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The test run gives one folder to its workers and to the databases it builds (tests/conftest.py).
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or BASE_DIR / ".test-media"
SERVE_MEDIA = True  # the browser tests' server runs with DEBUG off
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}  # noqa: F405 (from base)
ALLOWED_HOSTS = ["*"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Serve static files straight from the source folders (no collectstatic in tests or the browser-test server).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
