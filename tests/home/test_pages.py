import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

HOMES = {"fr": "/", "en": "/en/", "ar": "/ar/", "es": "/es/"}


@pytest.mark.parametrize(("language", "url"), HOMES.items())
def test_each_language_home_answers_with_its_lang_and_direction(client, language, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    direction = "rtl" if language in settings.LANGUAGES_BIDI else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in html
