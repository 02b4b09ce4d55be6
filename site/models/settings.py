from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin


class AccessibilityStatus(models.TextChoices):
    # The compulsory mention of French accessibility law (RGAA): one of three levels.
    NON_COMPLIANT = "non", _("non conforme")
    PARTIAL = "partiellement", _("partiellement conforme")
    FULL = "totalement", _("totalement conforme")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(_("nom du site"), max_length=80, default="Proxinum")
    logo = models.ForeignKey(
        "proxinum.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide : le logo Proxinum par défaut."),
    )
    contact_phone = models.CharField(
        _("téléphone de contact"),
        max_length=30,
        blank=True,
        help_text=_("Au format international si possible, par exemple +33 4 42 00 00 00."),
    )
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    accessibility_status = models.CharField(
        _("état de conformité RGAA"),
        max_length=20,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.PARTIAL,
        help_text=_("Mention obligatoire affichée en pied de page. Elle doit refléter le dernier audit RGAA."),
    )
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page Mentions légales"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page Données personnelles"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page Déclaration d'accessibilité"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page Contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel([FieldPanel("site_name"), FieldPanel("logo")], heading=_("Identité")),
        HelpPanel(
            content=_(
                "L'accroche, l'adresse et les horaires du téléphone se traduisent : ils sont dans "
                "Réglages › Textes du site."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_status"),
                FieldPanel("legal_notice_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("contact_page"),
            ],
            heading=_("Pied de page et obligations légales"),
            help_text=_(
                "Les pages choisies ici en français s'affichent dans la langue du visiteur quand elles sont traduites."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mastodon_url"),
                FieldPanel("facebook_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Réseaux sociaux"),
        ),
    ]

    class Meta:
        verbose_name = _("réglages du site")
        verbose_name_plural = _("réglages du site")

    @property
    def accessibility_mention(self):
        return self.get_accessibility_status_display()


class SiteTexts(TranslatableMixin, models.Model):
    """What the site says about itself, in each language: one per site and language.

    A translatable snippet rather than fields of `SiteSettings`, which is one per site and which wagtail-localize
    cannot translate: editors translate these texts as they translate pages ("Traduire"), and a new language needs
    no new database column. Facts that do not change with the language (phone, e-mail, logo, pages) stay in
    `SiteSettings`.
    """

    site = models.ForeignKey("wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+")
    tagline = models.CharField(
        _("accroche"),
        max_length=140,
        blank=True,
        help_text=_("Phrase courte sous le nom du site. Vide : « L'aide au numérique près de chez vous », traduite."),
    )
    contact_phone_hours = models.CharField(
        _("horaires du téléphone"),
        max_length=120,
        blank=True,
        help_text=_("Par exemple : du lundi au vendredi, 9 h – 17 h."),
    )
    contact_address = models.TextField(
        _("adresse postale"),
        blank=True,
        help_text=_("Le nom du réseau puis l'adresse, une ligne par ligne de l'adresse."),
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("tagline"),
        FieldPanel("contact_phone_hours"),
        FieldPanel("contact_address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("textes du site")
        verbose_name_plural = _("textes du site")
        unique_together = [("translation_key", "locale"), ("site", "locale")]

    def __str__(self):
        return f"{self.site.site_name or self.site.hostname} ({self.locale.get_display_name()})"


def site_texts(site, language):
    """The site's texts in `language`, else in French, else empty ones (cached until the next change)."""
    from django.conf import settings
    from django.core.cache import cache

    from proxinum.navigation import _pick, content_version

    key = f"site-texts:{content_version()}:{site.pk}:{language}"
    texts = cache.get(key)
    if texts is None:
        found = {
            texts.locale.language_code: texts
            for texts in SiteTexts.objects.filter(
                site=site, locale__language_code__in={language, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        texts = _pick(found, language) or SiteTexts(site=site)
        cache.set(key, texts, settings.NAVIGATION_CACHE_SECONDS)
    return texts
