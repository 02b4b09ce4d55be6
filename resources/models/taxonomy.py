from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from proxinum.navigation import clear_navigation_cache


class Theme(TranslatableMixin, models.Model):
    """A theme of the library (courriel, santé, sécurité et arnaques…), edited as a translatable snippet.

    The slug is the same in every language, so that a filter link (?theme=courriel) works everywhere; pages
    point to the French theme and show the visitor's translation (see `localized_themes`).
    """

    name = models.CharField(_("nom"), max_length=80)
    slug = models.SlugField(_("identifiant"), max_length=80, help_text=_("Utilisé dans les adresses des filtres."))
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")]

    def __str__(self):
        return self.name


THEMES_CACHE_KEY = "resources:themes:{language}"


def themes_by_slug(language=None):
    """{slug: Theme} in `language` (the active one by default), else the theme's French or other version.

    Every library page shows its themes: cached per language, cleared whenever a theme changes.
    """
    language = language or translation.get_language()
    key = THEMES_CACHE_KEY.format(language=language)
    themes = cache.get(key)
    if themes is None:
        themes = {}
        for theme in Theme.objects.select_related("locale").order_by("sort_order", "name"):
            if theme.slug not in themes or theme.locale.language_code == language:
                themes[theme.slug] = theme
        cache.set(key, themes, None)
    return themes


@receiver(post_save, sender=Theme)
@receiver(post_delete, sender=Theme)
def _theme_changed(sender, **kwargs):
    cache.delete_many([THEMES_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])
    clear_navigation_cache()  # cached listings hold theme slugs
