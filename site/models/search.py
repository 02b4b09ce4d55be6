from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

SYNONYMS_CACHE_KEY = "search:synonyms:{language}"


class SynonymGroup(models.Model):
    """Words that mean the same for our visitors ("mail, courriel, e-mail"): a search for one finds the others."""

    language = models.CharField(_("langue"), max_length=8, choices=settings.LANGUAGES, default="fr")
    terms = models.TextField(
        _("mots équivalents"),
        help_text=_("Séparés par des virgules, par exemple : CAF, allocations familiales."),
    )

    class Meta:
        verbose_name = _("groupe de synonymes")
        verbose_name_plural = _("synonymes de la recherche")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms

    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]


def synonyms_for(language):
    """{folded term: [folded terms of its group]} for `language` (French groups apply to every language too)."""
    from proxinum.search_query import fold, words

    key = SYNONYMS_CACHE_KEY.format(language=language)
    synonyms = cache.get(key)
    if synonyms is None:
        synonyms = {}
        for group in SynonymGroup.objects.filter(language__in={language, settings.LANGUAGE_CODE}):
            terms = [" ".join(words(term)) or fold(term) for term in group.term_list()]
            terms = [term for term in terms if term]
            for term in terms:
                synonyms[term] = sorted(set(synonyms.get(term, [])) | set(terms))
        cache.set(key, synonyms, None)
    return synonyms


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def _synonyms_changed(sender, **kwargs):
    cache.delete_many([SYNONYMS_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
