"""The production settings as a web server would run them on this machine, for `make lighthouse` only.

Static files are collected (hashed names, gzip, far-future cache headers, served by WhiteNoise) and pages are
gzipped, as the web server in front of the site does in production; plain HTTP on the loopback address.
"""

import os
import secrets
from pathlib import Path

os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))  # production refuses to start without one

from proxinum.settings.production import *  # noqa: E402, F403
from proxinum.settings.production import MIDDLEWARE  # noqa: E402

STATIC_ROOT = Path(os.environ["LIGHTHOUSE_STATIC_ROOT"])
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
SERVE_MEDIA = True  # the demo's images; in production the web server serves /media/
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the demo registers people to events
MIDDLEWARE = ["django.middleware.gzip.GZipMiddleware", *MIDDLEWARE]
