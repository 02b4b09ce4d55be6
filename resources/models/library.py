"""The resource library's pages: tutorials, guides for aidants and learning paths."""

from django import forms
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from proxinum.blocks import BodyBlock, DocumentBlock
from proxinum.fields import PipeListField
from proxinum.models import BasePage
from proxinum.models.pages import json_ld
from proxinum.services import Service, url_slug

from .. import enums
from ..blocks import EasyReadBlock, TutorialStepsBlock
from .taxonomy import themes_by_slug


class LibraryPage(BasePage):
    """What every library page shares: themes, audience, level, devices, review date; printable as a handout."""

    intro = models.TextField(_("chapeau"), max_length=400, help_text=_("Ce que la personne saura faire à la fin."))
    themes = ParentalManyToManyField("resources.Theme", blank=True, verbose_name=_("thèmes"))
    audience = models.CharField(_("pour qui"), max_length=20, choices=enums.Audience.choices, default="public")
    level = models.CharField(_("niveau"), max_length=20, choices=enums.Level.choices, default="je-decouvre")
    devices = PipeListField(_("appareils"), choices=enums.Device.choices)
    last_reviewed = models.DateField(
        _("relu le"), null=True, blank=True, help_text=_("Date de la dernière vérification des étapes et des écrans.")
    )
    featured = models.BooleanField(_("à la une"), default=False, help_text=_("Montrer sur la page d'accueil."))

    metadata_panels = [
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("devices"),
                FieldPanel("last_reviewed"),
                FieldPanel("featured"),
            ],
            heading=_("Classement"),
        )
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=2),
        index.FilterField("audience"),
        index.FilterField("level"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    override_translatable_fields = [SynchronizedField("devices")]
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    is_creatable = False  # concrete so that the library lists and counts every type in one query

    class Meta:
        verbose_name = _("ressource")
        verbose_name_plural = _("ressources")

    @property
    def card_summary(self):
        return self.listing_summary or self.intro

    @property
    def meta_description(self):
        return self.search_description or self.listing_summary or self.intro

    @cached_property
    def localized_themes(self):
        """The page's themes in the visitor's language (pages keep the French ones; names are translated)."""
        translated = themes_by_slug()
        return [translated.get(theme.slug, theme) for theme in self.themes.all()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Printed handouts lead back here through a short address and its QR code (a page previewed before it was
        # first saved has no short address yet: its own address).
        context["short_link"] = request.build_absolute_uri(self.short_url() if self.pk else request.path)
        return context

    @property
    def resource_type_label(self):
        return enums.ResourceType(self.content_type.model).label

    def get_device_display(self):
        labels = dict(enums.Device.choices)
        return [labels.get(value, value) for value in self.devices]

    def short_url(self):
        return reverse("short_url", args=[self.pk])


def localized_tutorial(page, tutorial):
    """`tutorial` in `page`'s language when translated (inline rows keep pointing to the French one); None if not live."""
    if tutorial.locale_id != page.locale_id:
        translated = tutorial.get_translation_or_none(page.locale)
        if translated is None:
            tutorial.fallback_language = tutorial.locale.language_code  # shown in French: lang="fr" for readers
        else:
            tutorial = translated
    return tutorial if tutorial.live else None


def localized_live(page, items):
    return [tutorial for item in items if (tutorial := localized_tutorial(page, item.tutorial))]


def with_listing_images_of(relation, field):
    """Inline rows with their page's listing image (for cards) and locale (for the French marker), in one query."""
    return relation.select_related(f"{field}__listing_image", f"{field}__locale")


class TutorialPrerequisite(Orderable):
    page = ParentalKey("resources.TutorialPage", related_name="prerequisites", on_delete=models.CASCADE)
    tutorial = models.ForeignKey(
        "resources.TutorialPage", verbose_name=_("tutoriel"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [PageChooserPanel("tutorial", "resources.TutorialPage")]


class TutorialPage(RoutablePageMixin, LibraryPage):
    """A step-by-step tutorial to follow or print during a session, in the style of Les Bons Clics."""

    duration = models.PositiveSmallIntegerField(
        _("durée (minutes)"), default=10, help_text=_("Le temps qu'il faut à une personne qui débute.")
    )
    steps = StreamField(TutorialStepsBlock(), verbose_name=_("étapes"))
    handouts = StreamField(
        [("document", DocumentBlock())], blank=True, verbose_name=_("fiches à télécharger"), max_num=6
    )
    easy_read = StreamField(
        EasyReadBlock(),
        blank=True,
        verbose_name=_("version facile à lire et à comprendre (FALC)"),
        help_text=_("Facultatif : des phrases courtes, une idée par ligne, une image par idée."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("duration"),
        FieldPanel("steps"),
        InlinePanel("prerequisites", label=_("À savoir faire avant")),
        FieldPanel("handouts"),
        FieldPanel("easy_read"),
        *LibraryPage.metadata_panels,
    ]
    search_fields = [*LibraryPage.search_fields, index.SearchField("steps"), index.SearchField("easy_read")]
    override_translatable_fields = [*LibraryPage.override_translatable_fields, SynchronizedField("duration")]

    class Meta:
        verbose_name = _("tutoriel")
        verbose_name_plural = _("tutoriels")

    @property
    def step_blocks(self):
        return [block for block in self.steps if block.block_type == "step"]

    @property
    def numbered_steps(self):
        """[(step number or None for a callout between steps, block)]."""
        number = 0
        numbered = []
        for block in self.steps:
            if block.block_type == "step":
                number += 1
                numbered.append((number, block))
            else:
                numbered.append((None, block))
        return numbered

    @path("")
    def tutorial_view(self, request):
        return self.render(request)

    @path("facile/")
    def easy_read_view(self, request):
        if not self.easy_read:
            raise Http404
        return self.render(request, template="resources/tutorial_easy_read.html")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["howto_json_ld"] = self.howto_json_ld(request)
        context["prerequisite_pages"] = localized_live(self, self.prerequisites.select_related("tutorial__locale"))
        return context

    def howto_json_ld(self, request):
        """schema.org HowTo for search engines; images as absolute URLs of their JPEG rendition."""
        page_url = request.build_absolute_uri(self.get_url(request))
        steps = []
        for position, block in enumerate(self.step_blocks, start=1):
            step = {
                "@type": "HowToStep",
                "position": position,
                "name": block.value["title"],
                "text": _plain_text(block.value["instruction"].source),
                "url": f"{page_url}#etape-{position}",
            }
            if block.value["image"]:
                step["image"] = request.build_absolute_uri(
                    block.value["image"].get_rendition("width-800|format-jpeg").url
                )
            steps.append(step)
        data = {
            "@context": "https://schema.org",
            "@type": "HowTo",
            "name": self.title,
            "description": self.intro,
            "inLanguage": translation.get_language(),
            "totalTime": f"PT{self.duration}M",
            "url": page_url,
            "tool": [{"@type": "HowToTool", "name": str(label)} for label in self.get_device_display()],
            "step": steps,
        }
        if self.last_reviewed:
            data["dateModified"] = self.last_reviewed.isoformat()
        return json_ld(data)


def _plain_text(html):
    return " ".join(strip_tags(html).split())


class GuideRelatedTutorial(Orderable):
    page = ParentalKey("resources.GuidePage", related_name="related_tutorials", on_delete=models.CASCADE)
    tutorial = models.ForeignKey(
        "resources.TutorialPage", verbose_name=_("tutoriel"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [PageChooserPanel("tutorial", "resources.TutorialPage")]


class GuidePage(LibraryPage):
    """Long-form guidance for aidants: how to accompany, orient, respect the legal frame."""

    body = StreamField(BodyBlock(), verbose_name=_("contenu"))
    related_services = PipeListField(
        _("services des lieux liés"),
        choices=Service.choices,
        help_text=_("Les services de médiation vers lesquels orienter : un lien vers la recherche de lieux."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("related_tutorials", label=_("Tutoriels liés")),
        FieldPanel("related_services"),
        *LibraryPage.metadata_panels,
    ]
    search_fields = [*LibraryPage.search_fields, index.SearchField("body")]
    override_translatable_fields = [*LibraryPage.override_translatable_fields, SynchronizedField("related_services")]

    class Meta:
        verbose_name = _("guide pour les aidants")
        verbose_name_plural = _("guides pour les aidants")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tutorial_pages"] = localized_live(self, with_listing_images_of(self.related_tutorials, "tutorial"))
        labels = dict(Service.choices)
        context["service_links"] = [(url_slug(value), labels.get(value, value)) for value in self.related_services]
        return context


class LearningPathStep(Orderable):
    page = ParentalKey("resources.LearningPathPage", related_name="path_steps", on_delete=models.CASCADE)
    tutorial = models.ForeignKey(
        "resources.TutorialPage", verbose_name=_("tutoriel"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(_("conseil"), max_length=200, blank=True, help_text=_("Facultatif : pourquoi cette étape."))
    panels = [PageChooserPanel("tutorial", "resources.TutorialPage"), FieldPanel("note")]


class LearningPathPage(LibraryPage):
    """An ordered list of tutorials; progress is kept in the visitor's browser only (no account, nothing sent)."""

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("path_steps", label=_("Étapes"), min_num=1),
        *LibraryPage.metadata_panels,
    ]

    class Meta:
        verbose_name = _("parcours")
        verbose_name_plural = _("parcours")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["path_items"] = [
            (item, tutorial)
            for item in self.path_steps.select_related("tutorial__locale")
            if (tutorial := localized_tutorial(self, item.tutorial))
        ]
        return context
