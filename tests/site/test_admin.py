"""The admin works under this stack and speaks French by default."""

import pytest
from django.contrib.auth import get_user_model

from places.models import PlaceIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    return client


def test_page_edit_view_with_a_leaflet_map_panel_renders(editor_client):
    page = PlaceIndexPage.objects.get(locale__language_code="fr")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-controller="leaflet-field"' in html
    # Leaflet comes from our own static files, never from a CDN.
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "unpkg.com" not in html


def test_leaflet_assets_are_served_locally(client):
    for path in ["/static/vendor/leaflet/leaflet.js", "/static/vendor/leaflet/leaflet.css"]:
        response = client.get(path)
        assert response.status_code == 200, path


def test_saving_the_map_centre_from_the_admin(editor_client):
    page = PlaceIndexPage.objects.get(locale__language_code="fr")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    form = response.context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "title": page.title,
            "slug": page.slug,
            "map_centre_address": "Hôtel de ville, Martigues",
            "map_centre": "SRID=4326;POINT(5.0548 43.4045)",
            "map_zoom": "12",
            "action-publish": "publish",
        }
    )
    for key in list(data):
        if isinstance(data[key], list | tuple):
            data.pop(key)
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.map_centre == "SRID=4326;POINT(5.0548 43.4045)"
    assert page.map_zoom == 12


def test_admin_speaks_french_by_default(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert '<html lang="fr"' in html


def test_admin_follows_the_editors_chosen_language(editor_client):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.get(username="editrice")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    html = editor_client.get("/admin/").content.decode()
    assert '<html lang="es"' in html


def test_site_settings_are_editable(editor_client, site):
    response = editor_client.get(f"/admin/settings/proxinum/sitesettings/{site.pk}/")
    assert response.status_code == 200
    assert "accessibility_status" in response.content.decode()
