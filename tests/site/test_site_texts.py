"""What the site says about itself (tagline, postal address, the phone's hours) is translated: a translatable
snippet per site and language, shown in the visitor's language, French when not translated."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Locale

from proxinum.models import SiteSettings, SiteTexts

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(__file__).resolve().parents[2]
FOOTER_HOURS = {
    "/": "Du lundi au vendredi, 9 h – 17 h",
    "/en/": "Monday to Friday, 9 am – 5 pm",
    "/ar/": "من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً",
    "/es/": "De lunes a viernes, de 9 h a 17 h",
}
ADDRESSES = {
    "fr": "Réseau d'inclusion numérique de proximité\nHôtel de ville\n13500 Martigues",
    "en": "Local digital inclusion network\nTown hall (Hôtel de ville)\n13500 Martigues",
    "ar": "شبكة الإدماج الرقمي المحلية\nمبنى البلدية (Hôtel de ville)\n13500 Martigues",
    "es": "Red local de inclusión digital\nAyuntamiento (Hôtel de ville)\n13500 Martigues",
}


@pytest.fixture(autouse=True)
def site_texts(site, locales):
    """The phone and the texts editors write in the four languages (a new installation has none)."""
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_phone = "+33 1 99 00 12 34"  # the footer gives the phone's hours with the phone
    site_settings.save()
    hours = {url.strip("/") or "fr": text for url, text in FOOTER_HOURS.items()}
    french = SiteTexts.objects.create(
        site=site, locale=locales["fr"], contact_phone_hours=hours["fr"], contact_address=ADDRESSES["fr"]
    )
    for code in ("en", "ar", "es"):
        SiteTexts.objects.create(
            site=site,
            locale=locales[code],
            translation_key=french.translation_key,
            contact_phone_hours=hours[code],
            contact_address=ADDRESSES[code],
        )


def footer(html):
    return html.split('<footer class="site-footer">')[1].split("</footer>")[0]


@pytest.mark.parametrize(("url", "hours"), FOOTER_HOURS.items())
def test_the_footer_speaks_the_visitors_language(client, url, hours):
    text = footer(client.get(url).content.decode())
    assert hours in text
    if url != "/":
        assert "Réseau d&#x27;inclusion numérique de proximité" not in text
        assert "Du lundi au vendredi" not in text


def test_each_line_of_the_address_keeps_its_own_direction(client):
    text = footer(client.get("/ar/").content.decode())
    assert '<span dir="auto">13500 Martigues</span>' in text


def test_a_language_not_yet_translated_shows_the_french_texts(client, site):
    SiteTexts.objects.filter(site=site, locale__language_code="es").delete()
    assert "Du lundi au vendredi, 9 h – 17 h" in footer(client.get("/es/").content.decode())


def test_a_change_shows_at_once(client, site):
    client.get("/en/")  # cached
    SiteTexts.objects.filter(site=site, locale__language_code="en").update(contact_phone_hours="Every day")
    SiteTexts.objects.get(site=site, locale__language_code="en").save()  # the admin saves: the cache is renewed
    assert "Every day" in footer(client.get("/en/").content.decode())


def test_wagtail_localize_offers_the_texts_for_translation(site):
    from wagtail_localize.models import StringSegment, TranslationSource

    french = SiteTexts.objects.get(site=site, locale__language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(french)
    strings = {segment.string.data for segment in StringSegment.objects.filter(source=source).select_related("string")}
    assert "Du lundi au vendredi, 9 h – 17 h" in strings
    assert any("Hôtel de ville" in text for text in strings)
    english = french.get_translation(Locale.objects.get(language_code="en"))
    assert english.translation_key == french.translation_key


MIGRATION_SCRIPT = """
import json, django
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

django.setup()
call_command("migrate", "proxinum", "0004_postgresql_french_search", verbosity=0)
old = MigrationExecutor(connection).loader.project_state([("proxinum", "0004_postgresql_french_search")]).apps
Site = old.get_model("wagtailcore", "Site")
old.get_model("proxinum", "SiteSettings").objects.create(
    site=Site.objects.get(is_default_site=True),
    tagline="Une accroche",
    contact_phone_hours="Du lundi au jeudi",
    contact_address="Réseau\\nMairie\\n64000 Pau",
)
call_command("migrate", verbosity=0)
from proxinum.models import SiteTexts
print(json.dumps([
    [texts.locale.language_code, texts.tagline, texts.contact_phone_hours, texts.contact_address]
    for texts in SiteTexts.objects.all()
]))
"""


def test_the_migration_moves_the_existing_texts_into_french_texts(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'migration.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "-c", MIGRATION_SCRIPT], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        ["fr", "Une accroche", "Du lundi au jeudi", "Réseau\nMairie\n64000 Pau"]
    ]
