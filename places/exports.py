"""Open-data exports of mediation places (v1.0.1 standard)."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def export_csv(request):
    return HttpResponse(status=503)


@require_GET
def export_json(request):
    return HttpResponse(status=503)
