"""Elasticsearch 9 with French analysis: elision (l', d'), ASCII folding (accents), French stop words and light
stemmer at index and search time, and the editors' synonyms at search time.

Used when ELASTICSEARCH_URL is set (see settings): `manage.py update_index` builds the index. When the server does not
answer, proxinum.search falls back to the database backend (kept up to date alongside) and logs a warning.
"""

from copy import deepcopy

from django.core.exceptions import AppRegistryNotReady
from django.db import DatabaseError
from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend
from modelsearch.utils import deep_update

FRENCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
                },
                "french_stop": {"type": "stop", "stopwords": "_french_"},
                "french_stemmer": {"type": "stemmer", "language": "light_french"},
            },
            "analyzer": {
                # Every text field without an analyzer of its own (page titles, bodies...) uses this one.
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["french_elision", "lowercase", "asciifolding", "french_stop", "french_stemmer"],
                },
                # Queries also get the synonyms (a synonym_graph filter is only allowed at search time).
                "default_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "french_elision",
                        "lowercase",
                        "asciifolding",
                        "proxinum_synonyms",
                        "french_stop",
                        "french_stemmer",
                    ],
                },
            },
        }
    }
}


def synonym_rules():
    """The editors' synonym groups as Solr rules ("caf, allocations familiales"), folded like the indexed text."""
    from proxinum.models.search import SynonymGroup
    from proxinum.search_query import fold

    rules = []
    for group in SynonymGroup.objects.order_by("pk"):
        terms = list(dict.fromkeys(fold(term) for term in group.term_list()))
        if len(terms) > 1:
            rules.append(", ".join(terms))
    return rules


def index_settings(rules):
    settings = deepcopy(FRENCH_ANALYSIS)
    settings["settings"]["analysis"]["filter"]["proxinum_synonyms"] = {
        "type": "synonym_graph",
        "synonyms": rules or ["courriel, email"],
        "lenient": True,
    }
    return settings


class FrenchElasticsearchBackend(Elasticsearch9SearchBackend):
    def __init__(self, params):
        super().__init__(params)
        self.settings = deep_update(self.settings, index_settings(self._rules()))

    @staticmethod
    def _rules():
        try:
            return synonym_rules()
        except (DatabaseError, AppRegistryNotReady):  # before the first migrate: rules come with update_index
            return []


SearchBackend = FrenchElasticsearchBackend
