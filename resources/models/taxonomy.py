from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


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


def themes_by_slug(locale=None):
    """{slug: Theme} in `locale` (the active one by default), falling back to the theme's other translations."""
    locale = locale or Locale.get_active()
    found = {}
    for theme in Theme.objects.order_by("sort_order", "name").select_related("locale"):
        if theme.slug not in found or theme.locale_id == locale.pk:
            found[theme.slug] = theme
    return found
