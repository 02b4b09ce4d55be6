import json

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

JSON_LD_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld(data):
    """Structured data for a <script type="application/ld+json">: < > & escaped, as Django's json_script does."""
    return json.dumps(data, ensure_ascii=False).translate(JSON_LD_ESCAPES)


class BasePage(Page):
    """Fields every public page shares: how it looks in listings and when shared, and what search sees."""

    listing_title = models.CharField(
        _("titre dans les listes"),
        max_length=120,
        blank=True,
        help_text=_("Titre court affiché sur les cartes et dans les résultats. Vide : le titre de la page."),
    )
    listing_summary = models.TextField(
        _("résumé"),
        max_length=280,
        blank=True,
        help_text=_("Une ou deux phrases simples (280 caractères au plus), affichées sur les cartes et en résultat."),
    )
    listing_image = models.ForeignKey(
        "proxinum.CustomImage",
        verbose_name=_("image de liste"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image des cartes et du partage sur les réseaux sociaux."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary", boost=2),
        index.AutocompleteField("listing_title"),
        index.FilterField("locale"),
    ]

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Affichage en liste"),
        ),
        *Page.promote_panels,
    ]

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or getattr(self, "intro", "")


class BaseIndexPage(BasePage):
    """A section's landing page (place finder, library, agenda...): one per language, under the home page."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Une ou deux phrases simples qui disent à quoi sert cette rubrique."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # The language switcher keeps what the visitor searched and filtered (/lieux/?q=13500 → /en/places/?q=13500).
    keeps_query_on_language_switch = True

    class Meta:
        abstract = True
