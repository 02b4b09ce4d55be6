from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .search import searchable_pages, with_database_fallback
from .search_query import MAX_QUERY_LENGTH, WORD


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /lieux/embed/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    # Resolved per request: with hashed static file names the URL is only known once collectstatic has run.
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


@require_GET
def short_url(request, page_id):
    """/r/42/ leads to page 42: short enough to copy by hand from a printed handout."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    url = page.get_url(request) if page else None
    if not url:
        raise Http404
    return HttpResponseRedirect(url)


@require_GET
def search_suggest(request):
    """/api/search/suggest/?q=…&lang=…: up to 8 page titles starting like the words typed (autocomplete)."""
    language = request.GET.get("lang")
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    # Words as typed (accents kept: PostgreSQL's autocomplete index keeps them), without symbols or operators.
    query = " ".join(WORD.findall(request.GET.get("q", "")[:MAX_QUERY_LENGTH]))
    suggestions = []
    if len(query) >= 2:
        # The search backends filter on the page's own columns only: the locale's id, not its language code.
        pages = searchable_pages().filter(locale=Locale.objects.filter(language_code=language).first())
        found = with_database_fallback(lambda backend: list(pages.autocomplete(query, backend=backend)[:8]))
        suggestions = [{"title": page.title, "url": page.get_url(request)} for page in found]
    response = JsonResponse({"query": query, "suggestions": suggestions})
    response["Cache-Control"] = "public, max-age=300"
    return response
