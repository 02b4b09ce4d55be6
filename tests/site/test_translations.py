"""Interface translations (gettext): complete catalogues, in step with the source, and used when pages render.

Source strings (msgid) are French; locale/en, locale/ar and locale/es must translate every one of them.
After adding or changing a `_()`, `{% translate %}` or `{% blocktranslate %}`, run `make messages`, translate the
new entries in each locale/<lang>/LC_MESSAGES/django.po (no `#, fuzzy` left) and run `make compilemessages`.
"""

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.signals import setting_changed
from django.utils import translation

from proxinum.templatetags.proxinum_tags import main_menu_sections

pytestmark = pytest.mark.django_db

PROJECT_DIR = Path(settings.BASE_DIR)
LOCALE_DIR = PROJECT_DIR / "locale"
SOURCE_LANGUAGE = settings.LANGUAGE_CODE  # "fr": the msgids are the French text, its msgstrs stay empty
TRANSLATED_LANGUAGES = ["en", "ar", "es"]
ALL_LANGUAGES = [SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES]
NPLURALS = {"fr": 2, "en": 2, "ar": 6, "es": 2}

# The options of `make messages` (see the Makefile).
MAKEMESSAGES_IGNORE = [".venv/*", "tests/*", "staticfiles/*"]
# Top-level entries of the project that hold no translatable source: not mirrored into the temporary copy.
NOT_SOURCE = {"locale", "tests", "staticfiles", "media", "node_modules", "db.sqlite3"}
GETTEXT_TOOLS = ["xgettext", "msguniq", "msgmerge", "msgattrib"]

# %(name)s and friends; `%%` is a literal percent sign.
NAMED_PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +\-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
POSITIONAL_PLACEHOLDER = re.compile(r"%(?!\()[#0 +\-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")


def po_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def load_catalogue(language):
    path = po_path(language)
    assert path.exists(), f"{path} is missing: run `make messages`."
    return polib.pofile(str(path))


def entry_key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def catalogue_keys(po):
    return {entry_key(entry) for entry in po if not entry.obsolete}


def describe(keys):
    return "\n".join(
        f"  {msgid!r}" + (f" (plural {plural!r})" if plural else "")
        for _ctx, msgid, plural in sorted(keys, key=lambda key: tuple(part or "" for part in key))
    )


def placeholders(text, python_format):
    named = set(NAMED_PLACEHOLDER.findall(text))
    positional = sorted(p for p in POSITIONAL_PLACEHOLDER.findall(text) if p != "%%") if python_format else []
    return named, positional


# 1. Every catalogue is complete and well formed -------------------------------------------------------------------


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_catalogue_header(language):
    po = load_catalogue(language)
    assert not po.metadata_is_fuzzy, f"{language}: remove the header's `#, fuzzy` flag."
    assert po.metadata.get("Project-Id-Version") == "Proxinum"
    assert po.metadata.get("Language") == language
    assert po.metadata.get("Content-Type") == "text/plain; charset=UTF-8"
    plural_forms = po.metadata.get("Plural-Forms", "")
    assert f"nplurals={NPLURALS[language]};" in plural_forms.replace(" ", ""), plural_forms


def test_arabic_plural_forms_follow_the_standard_arabic_rule():
    plural_forms = load_catalogue("ar").metadata["Plural-Forms"]
    plural = translation.trans_real.gettext_module.c2py(plural_forms.split("plural=", 1)[1].rstrip(";"))
    # zero, one, two, few (3-10), many (11-99), other (100-102...)
    expected = {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3, 111: 4}
    assert {n: plural(n) for n in expected} == expected


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_entry_is_translated(language):
    po = load_catalogue(language)
    nplurals = NPLURALS[language]
    problems = []
    for entry in po:
        if entry.obsolete:
            problems.append(f"obsolete entry left in the file: {entry.msgid!r}")
            continue
        if "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {entry.msgid!r}")
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != list(range(nplurals)) or not all(forms.values()):
                problems.append(f"plural forms incomplete (need msgstr[0..{nplurals - 1}]): {entry.msgid!r}")
        elif not entry.msgstr:
            problems.append(f"untranslated: {entry.msgid!r}")
    assert len(po) > 0
    assert not problems, f"locale/{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders(language):
    problems = []
    for entry in load_catalogue(language):
        python_format = "python-format" in entry.flags
        if entry.msgid_plural:
            singular, plural = placeholders(entry.msgid, python_format), placeholders(entry.msgid_plural, python_format)
            expected = (singular[0] | plural[0], plural[1])
            translations = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
        else:
            expected = placeholders(entry.msgid, python_format)
            translations = [entry.msgstr]
        for text in translations:
            if text and placeholders(text, python_format) != expected:
                problems.append(f"{entry.msgid!r} → {text!r}")
    assert not problems, f"locale/{language}: placeholders differ from the msgid:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_format_without_error(language):
    """A translation with a broken placeholder would crash the page that displays it."""
    for entry in load_catalogue(language):
        if "python-format" not in entry.flags:
            continue
        names = set(NAMED_PLACEHOLDER.findall(entry.msgid)) | set(NAMED_PLACEHOLDER.findall(entry.msgid_plural or ""))
        values = dict.fromkeys(names, 3)
        for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            text % values  # raises on a malformed placeholder


def test_the_french_catalogue_keeps_the_msgids_as_the_french_text():
    po = load_catalogue(SOURCE_LANGUAGE)
    filled = [entry.msgid for entry in po if entry.msgstr]
    assert not filled, "locale/fr must leave msgstr empty (the msgid is the French text): " + ", ".join(filled)
    assert not [entry.msgid for entry in po if "fuzzy" in entry.flags or entry.obsolete]
    # Plural entries are the exception: without them gettext would apply the English rule ("0 résultats").
    for entry in po:
        if entry.msgid_plural:
            assert entry.msgstr_plural == {0: entry.msgid, 1: entry.msgid_plural}, entry.msgid


def test_french_uses_the_singular_for_zero():
    with translation.override("fr"):
        assert (
            translation.ngettext("%(counter)s ressource", "%(counter)s ressources", 0) % {"counter": 0} == "0 ressource"
        )


@pytest.mark.parametrize("language", [lang for lang in ALL_LANGUAGES if lang != "en"])
def test_every_catalogue_has_the_same_entries_as_the_english_one(language):
    reference = catalogue_keys(load_catalogue("en"))
    keys = catalogue_keys(load_catalogue(language))
    assert keys == reference, (
        f"locale/{language} and locale/en differ: run `make messages` for every language.\n"
        f"missing from {language}:\n{describe(reference - keys)}\nextra in {language}:\n{describe(keys - reference)}"
    )


# 2. The catalogues are up to date with the source -----------------------------------------------------------------

MAKEMESSAGES_SCRIPT = """
import sys
import django
from django.core.management import call_command
from django.test.utils import override_settings

django.setup()
# makemessages writes into LOCALE_PATHS[0]: point it at the temporary copy, never at the project's locale/.
with override_settings(LOCALE_PATHS=[sys.argv[1]]):
    call_command(
        "makemessages", locale=["en"], no_obsolete=True, symlinks=True, add_location="file",
        ignore_patterns=sys.argv[2:], verbosity=0,
    )
"""


def extract_catalogue(tmp_path):
    """Run makemessages for "en" in a temporary mirror of the project and return the resulting catalogue.

    The mirror holds a symlink to each top-level source entry (so a new app folder is picked up too) and a copy
    of locale/en, so the project's own files are never written.
    """
    mirror = tmp_path.resolve() / "project"
    mirror.mkdir()
    for entry in PROJECT_DIR.iterdir():
        if entry.name in NOT_SOURCE or entry.name.startswith("."):
            continue
        (mirror / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    locale_copy = mirror / "locale"
    shutil.copytree(LOCALE_DIR / "en", locale_copy / "en")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_DIR), os.environ.get("PYTHONPATH")])),
    }
    # -P: do not put the mirror (whose `site` folder would shadow the standard module) at the front of sys.path.
    result = subprocess.run(
        [sys.executable, "-P", "-c", MAKEMESSAGES_SCRIPT, str(locale_copy), *MAKEMESSAGES_IGNORE],
        cwd=mirror,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"makemessages failed:\n{result.stdout}\n{result.stderr}"
    return polib.pofile(str(locale_copy / "en" / "LC_MESSAGES" / "django.po"))


def test_catalogues_are_up_to_date_with_the_source(tmp_path):
    missing_tools = [tool for tool in GETTEXT_TOOLS if shutil.which(tool) is None]
    if missing_tools:
        reason = (
            f"GNU gettext is needed to check the catalogues against the source ({', '.join(missing_tools)} not found)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason + "; install the `gettext` package")
    extracted = catalogue_keys(extract_catalogue(tmp_path))
    committed = catalogue_keys(load_catalogue("en"))
    assert extracted, "makemessages found no translatable string"
    assert extracted == committed, (
        "locale/ is out of date with the source: run `make messages`, translate the new entries in "
        "locale/en, locale/ar and locale/es, then `make compilemessages`.\n"
        f"in the source but not in the catalogues:\n{describe(extracted - committed)}\n"
        f"in the catalogues but no longer in the source:\n{describe(committed - extracted)}"
    )


# 3. Pages render in the visitor's language ------------------------------------------------------------------------


def _compile_stale_catalogues():
    """Compile .po files whose .mo is missing or older (the .mo files are not in git); returns whether any was."""
    compiled = False
    for po_file in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        mo_file = po_file.with_suffix(".mo")
        if mo_file.exists() and mo_file.stat().st_mtime >= po_file.stat().st_mtime:
            continue
        partial = mo_file.with_name(f"{mo_file.name}.{os.getpid()}.tmp")
        polib.pofile(str(po_file)).save_as_mofile(str(partial))
        partial.replace(mo_file)  # atomic: parallel test workers never read half a file
        compiled = True
    return compiled


@pytest.fixture(scope="module")
def compiled_catalogues():
    if _compile_stale_catalogues():
        # Forget the catalogues Django may already have loaded from the old .mo files (as override_settings does).
        setting_changed.send(
            sender=type(settings._wrapped), setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=False
        )


class MainNavParser(HTMLParser):
    """The <html> element's lang/dir attributes and the link labels of <nav class="main-nav">."""

    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.labels = []
        self._depth = 0  # nesting depth of <nav> inside the main nav
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "nav" and (self._depth or "main-nav" in (attrs.get("class") or "").split()):
            self._depth += 1
        elif tag == "a" and self._depth:
            self._link = []

    def handle_endtag(self, tag):
        if tag == "nav" and self._depth:
            self._depth -= 1
        elif tag == "a" and self._link is not None:
            self.labels.append(" ".join("".join(self._link).split()))
            self._link = None

    def handle_data(self, data):
        if self._link is not None:
            self._link.append(data)


def render(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = MainNavParser()
    parser.feed(response.content.decode())
    return parser


def french_menu_labels():
    with translation.override(SOURCE_LANGUAGE):
        return [str(section.menu_label) for section in main_menu_sections()]


@pytest.mark.parametrize(("url", "language"), [("/en/", "en"), ("/ar/", "ar"), ("/es/", "es")])
def test_main_navigation_is_translated(client, compiled_catalogues, url, language):
    translations = {entry.msgid: entry.msgstr for entry in load_catalogue(language)}
    french = french_menu_labels()
    expected = [translations.get(label) for label in french]
    assert all(expected), f"locale/{language} does not translate every main menu label"

    page = render(client, url)
    assert page.html_attrs.get("lang") == language
    assert page.html_attrs.get("dir") == ("rtl" if language in settings.LANGUAGES_BIDI else "ltr")
    # The demo site has every section, so the whole menu shows, in the page's language and not in French.
    assert page.labels == expected
    # ("Agenda" is also Spanish: only the labels whose translation differs can be told apart from French.)
    assert not [fr for fr, tr in zip(french, expected, strict=True) if fr != tr and fr in page.labels]


def test_arabic_home_page_says_find_a_place_in_arabic(client, compiled_catalogues):
    page = render(client, "/ar/")
    assert "Trouver un lieu" not in page.labels
    assert "ابحث عن مكان" in page.labels


def test_french_stays_the_default_language(client, compiled_catalogues):
    page = render(client, "/")
    assert page.html_attrs.get("lang") == "fr"
    assert page.labels == french_menu_labels()
    assert "Trouver un lieu" in page.labels
