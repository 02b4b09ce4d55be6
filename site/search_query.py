"""From what a visitor types to a search query the backends understand, the same way on SQLite, PostgreSQL and ES.

People type "impots", "ateliers seniors", "caf", "mail": we clean the text (no operator, quote or symbol reaches the
backend), fold accents and case, add the French singular or plural of each word (SQLite has no French stemmer), and
add the synonyms editors keep in the admin (CAF / allocations familiales...).
"""

import re
import unicodedata
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# Words that carry no meaning for search (and FTS operators typed as words).
STOP_WORDS = {
    "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "leur",
    "ma", "mes", "mon", "ne", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta",
    "un", "une", "vos", "votre", "y", "comment", "je", "il", "on", "nous", "vous",
    "and", "or", "not", "near", "the", "of", "to", "how",
}  # fmt: skip
WORD = re.compile(r"[^\W_]{1,40}", re.UNICODE)  # letters and digits of any script; no symbol, no emoji


SPELLINGS = [(re.compile(r"\be[- ]mail"), "email")]  # one spelling for words written several ways


def fold(text):
    """Lower case without accents: "Impôts" → "impots", "Œuvre" → "oeuvre", "E-mail" → "email"."""
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    for pattern, replacement in SPELLINGS:
        folded = pattern.sub(replacement, folded)
    return folded


def words(text):
    """The words of `text`, folded, in order, without duplicates, stop words or operators."""
    seen = []
    for word in WORD.findall(fold(text[:MAX_QUERY_LENGTH])):
        if (len(word) > 1 or word.isdigit()) and word not in STOP_WORDS and word not in seen:
            seen.append(word)
    return seen[:MAX_TERMS]


def french_forms(word):
    """The word and its French singular/plural (a light stemmer: enough for "ateliers" to find "atelier")."""
    forms = {word}
    if len(word) < 3 or not word.isascii() or not word.isalpha():
        return forms
    if word.endswith("aux"):
        forms.add(word[:-3] + "al")  # journaux → journal
    elif word.endswith(("s", "x")):
        forms.add(word[:-1])  # ateliers → atelier, jeux → jeu
    elif word.endswith("al"):
        forms.add(word[:-2] + "aux")
    else:
        forms.add(word + "s")
    return forms


@dataclass
class SearchTerms:
    """The cleaned query: `text` to show back, `groups` of alternatives (one group per meaning typed)."""

    text: str
    groups: list = field(default_factory=list)  # [[alternative, ...], ...]; multi-word alternatives are phrases

    def __bool__(self):
        return bool(self.groups)

    @property
    def all_words(self):
        """Every word and form the query may match (for highlighting)."""
        return {
            form
            for group in self.groups
            for alternative in group
            for word in alternative.split()
            for form in french_forms(word)
        }

    def as_query(self, operator="and"):
        """A Wagtail search query: each group is an Or of its alternatives (a several-word alternative needs all its
        words, in any form); groups are combined with `operator`."""
        parts = [_any([_all_words(item) for item in group]) for group in self.groups]
        if len(parts) == 1:
            return parts[0]
        return And(parts) if operator == "and" else Or(parts)

    def as_fts5(self, operator="and"):
        """The same query in SQLite FTS5 syntax; every word is quoted (words hold letters and digits only)."""

        def any_of(items):
            return items[0] if len(items) == 1 else "(" + " OR ".join(items) + ")"

        def all_words(alternative):
            parts = [any_of([f'"{form}"' for form in sorted(french_forms(word))]) for word in alternative.split()]
            return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

        groups = [any_of([all_words(item) for item in group]) for group in self.groups]
        return f" {operator.upper()} ".join(groups)


def _any(queries):
    return queries[0] if len(queries) == 1 else Or(queries)


def _all_words(alternative):
    queries = [_any([PlainText(form) for form in sorted(french_forms(word))]) for word in alternative.split()]
    return queries[0] if len(queries) == 1 else And(queries)


def parse(raw, synonyms=None):
    """Clean `raw` and build its groups of alternatives; `synonyms` maps a folded term to its group of terms."""
    # Control characters (NUL...) never reach the database: PostgreSQL refuses them in text.
    printable = "".join(char if char.isprintable() else " " for char in str(raw or ""))
    text = " ".join(printable.split())[:MAX_QUERY_LENGTH]
    terms = words(text)
    synonyms = synonyms or {}
    groups = []
    index = 0
    while index < len(terms):
        # A synonym may be several words ("allocations familiales"): try the longest match first.
        for size in (3, 2, 1):
            candidate = " ".join(terms[index : index + size])
            keys = [candidate] if size > 1 else sorted(french_forms(candidate), key=lambda form: form != candidate)
            key = next((key for key in keys if key in synonyms), None)
            if size <= len(terms) - index and key:
                group = sorted(synonyms[key])
                index += size
                break
        else:
            group = [terms[index]]
            index += 1
        if group not in groups:
            groups.append(group)
    return SearchTerms(text=text, groups=groups)
