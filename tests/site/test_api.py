"""Wagtail API v2, read only."""

import pytest

pytestmark = pytest.mark.django_db


def test_pages_endpoint_lists_pages_in_every_language(client):
    response = client.get("/api/v2/pages/")
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 40
    for language in ["fr", "en", "ar", "es"]:
        data = client.get(f"/api/v2/pages/?locale={language}").json()
        assert data["meta"]["total_count"] >= 10
        assert {item["meta"]["locale"] for item in data["items"]} == {language}


def test_pages_can_be_filtered_by_locale_and_type(client):
    data = client.get("/api/v2/pages/?locale=ar&type=home.StandardPage").json()
    assert data["meta"]["total_count"] == 4
    assert all(item["meta"]["type"] == "home.StandardPage" for item in data["items"])


def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.delete("/api/v2/pages/3/").status_code == 405


def test_images_and_documents_endpoints_answer(client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200
