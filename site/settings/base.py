"""Settings shared by every environment. What differs between machines comes from the environment."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import xstatic.pkg.leaflet

BASE_DIR = Path(__file__).resolve().parents[2]


def env_bool(name, default=False):
    return (os.environ.get(name) or str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in (os.environ.get(name) or default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "places",
    "resources",
    "events",
    "demo",
    "proxinum",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "wagtailgeowidget",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "proxinum.urls"
WSGI_APPLICATION = "proxinum.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Databases: SQLite file by default, anything else through DATABASE_URL (postgres://...).
# An empty DATABASE_URL (as in .env.example) means the default too.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE") or "0"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers queue up instead of failing with "database is locked" (e.g. two registrations at the same moment).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, else the process's memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "proxinum",
            # A cache outage must slow the site down, not break it.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "proxinum"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French by default (URLs without prefix), then English, Arabic (right to left) and Spanish.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("ar", "العربية"),
    ("es", "Español"),
]
LANGUAGES_BIDI = ["ar"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Leaflet comes from a PyPI package and is served from our own domain: no CDN.
    ("vendor/leaflet", xstatic.pkg.leaflet.BASE_DIR),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")

# Wagtail
WAGTAIL_SITE_NAME = "Proxinum"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "proxinum.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Search: the database by default (PostgreSQL: French stemming without accents, see proxinum migration 0004);
# Elasticsearch when ELASTICSEARCH_URL is set, with French analysis, and the database kept as the fallback.
SEARCH_DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    SEARCH_DATABASE_BACKEND["SEARCH_CONFIG"] = "proxinum_french"
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "proxinum.search_backends",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": os.environ.get("ELASTICSEARCH_INDEX") or "proxinum",
            "TIMEOUT": 5,
        },
        "database": SEARCH_DATABASE_BACKEND,  # kept up to date too (AUTO_UPDATE is on by default): the fallback
    }

# Maps: Leaflet in the admin (wagtailgeowidget) centred on mainland France; tiles from a configurable server.
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 46.6, "lng": 2.4}
GEO_WIDGET_ZOOM = 5
MAP_TILE_URL = os.environ.get("MAP_TILE_URL") or "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION") or "© contributeurs OpenStreetMap"
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILE_ATTRIBUTION}

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or "25")
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL") or "Proxinum <ne-pas-repondre@proxinum.localhost>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers shared by every environment; production adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy for the public site: our own origin only, no inline script or style.
# The Wagtail admin uses inline code and is left out; it is behind a login.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # Map tiles come from the configured tile server, fetched only when a visitor opens a map.
        "img-src": [
            "'self'",
            "data:",
            *(
                [urlsplit(MAP_TILE_URL)._replace(path="", query="").geturl().replace("{s}.", "*.")]
                if MAP_TILE_URL.startswith("http")
                else []
            ),
        ],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Sites allowed to frame the embeddable place finder (/lieux/embed/), space separated; "*" for any site.
EMBED_FRAME_ANCESTORS = (os.environ.get("EMBED_FRAME_ANCESTORS") or "*").split()

# "Report an error" on a place page: at most this many reports per visitor address (rate limit, in cache only).
PLACE_REPORT_RATE = os.environ.get("PLACE_REPORT_RATE") or "5/h"

# Public forms (registration, error reports): a submission sooner than this many seconds after the page was served
# is taken for a robot's; the form comes back with what was typed, saying to send it again in a moment. Keep it short:
# browser autofill fills a form in and sends it within a second or two.
FORM_MIN_SECONDS = float(os.environ.get("FORM_MIN_SECONDS") or "2")

# Event registrations (django-ratelimit rates, counted in the cache):
# - per visitor address, a ceiling against robots, high enough for a médiathèque where aidants register people
#   one after the other from the same connection;
# - per contact (e-mail address or phone number) and event: an aidant registers a few people, a robot many.
EVENT_REGISTRATION_RATE = os.environ.get("EVENT_REGISTRATION_RATE") or "30/h"
EVENT_REGISTRATION_CONTACT_RATE = os.environ.get("EVENT_REGISTRATION_CONTACT_RATE") or "10/h"
# "Annuler mon inscription" with a booking code and a phone number: attempts per visitor address, and per
# registration (whatever the address), so that codes cannot be guessed.
EVENT_CANCEL_RATE = os.environ.get("EVENT_CANCEL_RATE") or "10/h"
EVENT_CANCEL_ATTEMPTS_RATE = os.environ.get("EVENT_CANCEL_ATTEMPTS_RATE") or "5/h"
# Personal data of registrations is deleted this many days after the event (manage.py purge_registrations).
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS") or "30")

# Open-data exports: the producer's identifier (SIRET, or a short name) and territory, used in the file name
# the national standard recommends (AAAAMMJJ_idProducteur_lieux-de-mediation-numerique_territoire.csv).
OPENDATA_PRODUCER_ID = os.environ.get("OPENDATA_PRODUCER_ID", "")
OPENDATA_TERRITORY = os.environ.get("OPENDATA_TERRITORY", "")

# Logs: no personal data. Request lines (with query strings) are not logged by the app.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "proxinum": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# How long the navigation and footer links stay cached (they are also cleared on publish).
NAVIGATION_CACHE_SECONDS = 3600

# The read-only APIs (places, exports, Wagtail API) may be read from any site.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
