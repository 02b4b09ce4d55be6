from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events import views as events_views
from places import exports as places_exports
from places import views as places_views

from .api import api_router
from .sitemap import MultilingualSitemap
from .views import favicon, robots_txt, search_suggest, short_url

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/places/", places_views.geojson, name="places_api"),
    path("api/places/export.csv", places_exports.export_csv, name="places_export_csv"),
    path("api/places/export.json", places_exports.export_json, name="places_export_json"),
    path("api/search/suggest/", search_suggest, name="search_suggest"),
    path("api/events.ics", events_views.events_feed, name="events_feed"),
    path("inscriptions/<str:token>/", events_views.registration_manage, name="registration_manage"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt),
    path("favicon.ico", favicon),
    path("r/<int:page_id>/", short_url, name="short_url"),
]

if getattr(settings, "SERVE_MEDIA", False) and not settings.DEBUG:
    # The browser tests' server (DEBUG off) shows uploaded images; in production the web server serves /media/.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: French without prefix, /en/, /ar/, /es/ for the other languages.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
