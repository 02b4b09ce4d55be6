"""The site search: every page type of one language, French results after when the language has few, facets by
type, highlighted snippets, and the database when Elasticsearch does not answer. (Editors' promoted results:
home.models.promoted_pages.)"""

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import Fuzzy

from .models.search import synonyms_for
from .navigation import default_locale
from .registry import search_excluded, search_groups
from .search_query import fold, parse, words

logger = logging.getLogger("proxinum.search")

MAX_HITS = 300  # enough for facets and 15 pages of results; the best 300 are kept
FEW_RESULTS = 5  # below this, French results follow those of the visitor's language
SNIPPET_WORDS = 30

# The kind of every page no app groups (standard pages...): the last facet.
OTHER_PAGES = "pages"
# Wagtail's database backends, told apart by module (tests/site/test_private_api_guards.py checks the names).
DATABASE_BACKENDS = "modelsearch.backends.database"
SQLITE_BACKEND = "modelsearch.backends.database.sqlite"


@dataclass
class Hit:
    page: Page  # the base Page found by the backend (title, URL, content type): enough to list it
    type_key: str
    french: bool = False


@dataclass
class SearchResult:
    query: str = ""
    terms: object = None
    hits: list = field(default_factory=list)
    type_counts: list = field(default_factory=list)  # [(key, label, count)]

    @property
    def total(self):
        return len(self.hits)


def result_types():
    """The facets, in order: (key, label) of each kind of result the apps declare, then the other pages."""
    return [*((group.key, group.label) for group in search_groups()), (OTHER_PAGES, _("Autres pages"))]


def _content_types():
    """{content type id: facet key} of the page types the apps group."""
    by_model = {}
    for group in search_groups():
        for label in group.page_models:
            by_model[ContentType.objects.get_for_model(apps.get_model(label)).pk] = group.key
    return by_model


def _excluded_types():
    return [apps.get_model(label) for label in search_excluded()]


def _backend_hits(queryset, terms, backend_name="default", operators=("and", "or"), fuzzy=True):
    """Pages best first: all the words, else any of them, else close spellings (where the backend can)."""
    backend = get_search_backend(backend_name)
    module = type(backend).__module__
    if len(terms.groups) == 1:
        operators = operators[:1]  # one meaning typed: "any" is the same query as "all"
    for operator in operators:
        if module.startswith(SQLITE_BACKEND):
            pages = _sqlite_hits(queryset, terms.as_fts5(operator))
        else:
            pages = list(backend.search(terms.as_query(operator), queryset)[:MAX_HITS])
        if pages:
            return pages
    # Typo tolerance where the backend has it: Elasticsearch's fuzziness, PostgreSQL's trigrams (not SQLite).
    is_database = module.startswith(DATABASE_BACKENDS)
    if fuzzy and (not is_database or connections[queryset.db].vendor == "postgresql"):
        return list(backend.search(Fuzzy(" ".join(sorted(terms.all_words)), unaccent=True), queryset)[:MAX_HITS])
    return []


def _stem(word):
    """A crude French stem for comparing titles: "declaration" and "declarer" share "declar"."""
    return word[:6] if len(word) > 6 else word.rstrip("sx") or word


# The FTS5 table modelsearch keeps beside its index on SQLite (its migration creates it, triggers fill it; its rowid
# is the index entry's id), and the weight bm25() gives each of its columns, in the table's column order.
FTS_COLUMN_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 4.0}


def fts_table():
    return f"{IndexEntry._meta.db_table}_fts"


def _sqlite_hits(queryset, match):
    """SQLite: rank in the FTS5 index itself (BM25, titles weigh 4 times the body), within the pages of `queryset`.

    The generic backend scores each page with a correlated sub-query, which takes seconds over 10,000 matches;
    asking FTS5 for the best ones takes milliseconds. One query: the page filters are a sub-query.
    """
    fts = fts_table()
    weights = ", ".join(str(weight) for weight in FTS_COLUMN_WEIGHTS.values())
    scope_sql, scope_params = queryset.values("pk").query.sql_with_params()
    content_types = _page_content_types()
    sql = (
        f'SELECT p.* FROM "{fts}" f JOIN "{IndexEntry._meta.db_table}" e ON f.rowid = e.id '
        f'JOIN "{Page._meta.db_table}" p ON p.id = CAST(e.object_id AS INTEGER) '
        f'WHERE "{fts}" MATCH %s AND e.content_type_id IN ({",".join(["%s"] * len(content_types))}) '
        f'AND p.id IN ({scope_sql}) ORDER BY bm25("{fts}", {weights}) LIMIT %s'
    )
    return list(Page.objects.db_manager(queryset.db).raw(sql, [match, *content_types, *scope_params, MAX_HITS]))


def _page_content_types():
    return sorted(
        ContentType.objects.get_for_models(*get_page_models(), for_concrete_models=False)[model].pk
        for model in get_page_models()
    )


def title_matches(title, terms):
    """How many of the query's meanings the title holds: titles say what a page is for, so they rank first."""
    title_stems = {_stem(word) for word in words(title)}
    count = 0
    for group in terms.groups:
        if any(all(_stem(word) in title_stems for word in alternative.split()) for alternative in group):
            count += 1
    return count


def rerank(pages, terms):
    """Pages whose title holds more of the query first; otherwise the backend's order (stable sort)."""
    return sorted(pages, key=lambda page: -title_matches(page.title, terms))


def find_pages(queryset, terms, **options):
    """Search with the configured backend; when Elasticsearch is down, log it and use the database instead."""
    return rerank(with_database_fallback(lambda backend: _backend_hits(queryset, terms, backend, **options)), terms)


def with_database_fallback(search):
    """`search(backend name)` with the configured backend, else, when that server fails, with the database."""
    try:
        return search("default")
    except Exception as error:  # connection refused, timeout, HTTP error...: any failure of the search server
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("search backend unavailable (%s), falling back to the database", type(error).__name__)
        return search("database")


def searchable_pages():
    """What the search and its suggestions may list: live public pages, neither home pages nor the search page."""
    return Page.objects.live().public().not_type(*_excluded_types()).exclude(depth__lte=2)


def search_site(raw_query, locale):
    terms = parse(raw_query, synonyms_for(locale.language_code))
    result = SearchResult(query=terms.text, terms=terms)
    if not terms:
        return result
    types = _content_types()
    base = searchable_pages()
    # Outside French, the French results that follow do better than guessing at typos.
    in_default = locale.language_code == settings.LANGUAGE_CODE
    pages = find_pages(base.filter(locale=locale), terms, fuzzy=in_default)
    hits = [Hit(page, types.get(page.content_type_id, OTHER_PAGES)) for page in pages]
    if len(hits) < FEW_RESULTS and not in_default:
        # Few results in this language: French ones follow (all the words only, no typo guessing), except pages
        # already shown in translation.
        shown = {hit.page.translation_key for hit in hits}
        french = base.filter(locale=default_locale()).exclude(translation_key__in=shown)
        french_pages = find_pages(french, terms, operators=("and",), fuzzy=False)
        hits += [Hit(page, types.get(page.content_type_id, OTHER_PAGES), french=True) for page in french_pages]
    result.hits = hits
    counts = Counter(hit.type_key for hit in hits)
    result.type_counts = [(key, label, counts[key]) for key, label in result_types() if counts.get(key)]
    return result


def indexed_text_field():
    """The index entry's field holding a page's text as plain text (on PostgreSQL `body` is a tsvector)."""
    return "body_text" if connection.vendor == "postgresql" else "body"


def load_pages(hits):
    """The pages of `hits`, in order, with what the result list shows: kind, French marker and the indexed text.

    The text comes from the search index (one query), not from each page type's fields (one query per type).
    """
    pages = []
    for hit in hits:
        page = hit.page
        page.search_french = hit.french
        pages.append(page)
    body = indexed_text_field()
    texts = dict(
        IndexEntry.objects.filter(
            content_type_id__in={page.content_type_id for page in pages},
            object_id__in=[str(page.pk) for page in pages],
        ).values_list("object_id", body)
    )
    for page in pages:
        page.search_text = " ".join(str(texts.get(str(page.pk)) or "").split())
    return pages


TOKEN = re.compile(r"\w+|\W+", re.UNICODE)


def highlight(text, terms, length=SNIPPET_WORDS):
    """A short extract of `text` around the first query word found, with every query word in <mark>."""
    wanted = terms.all_words if terms else set()
    folded_text = fold(text)
    # Found by its title or by a close spelling, the text may hold none of the words: skip folding every token.
    wanted = {word for word in wanted if word in folded_text}
    tokens = TOKEN.findall(text)

    def matches(token):
        folded = fold(token)
        return any(folded == word or (len(word) > 3 and folded.startswith(word)) for word in wanted)

    first = next((index for index, token in enumerate(tokens) if token.strip() and matches(token)), 0)
    start = max(first - length // 2 * 2, 0)  # tokens alternate words and separators
    window = tokens[start : start + length * 2]
    html = "".join(f"<mark>{escape(token)}</mark>" if matches(token) else escape(token) for token in window)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + length * 2 < len(tokens) else ""
    return mark_safe(f"{prefix}{html.strip()}{suffix}")  # noqa: S308 (every piece is escaped above)
