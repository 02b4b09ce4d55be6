from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page


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
