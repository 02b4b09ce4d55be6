from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.models import EventPage
from proxinum.blocks import BodyBlock
from proxinum.models import BaseIndexPage, BasePage
from resources.models import CaseStudyPage, TutorialPage
from resources.models.index import with_listing_images

HOME_CARDS = 3


def featured_tutorials(locale):
    """Tutorials marked "à la une" first, then the most recent ones."""
    tutorials = TutorialPage.objects.live().public().filter(locale=locale).select_related("content_type")
    return list(with_listing_images(tutorials.order_by("-featured", "-first_published_at"))[:HOME_CARDS])


def upcoming_events(locale):
    events = EventPage.objects.live().public().filter(locale=locale, end__gte=timezone.now())
    return list(events.order_by("start")[:HOME_CARDS])


def latest_cases(locale):
    cases = CaseStudyPage.objects.live().public().filter(locale=locale)
    return list(with_listing_images(cases.order_by("-first_published_at", "-pk"))[:HOME_CARDS])


class HomePage(BasePage):
    """The home page of one language: a place search first, then what is new."""

    hero_title = models.CharField(
        _("titre d'accueil"),
        max_length=120,
        default="Trouver de l'aide pour le numérique, près de chez vous",
        help_text=_("La phrase principale de la page, en mots simples."),
    )
    hero_text = models.TextField(
        _("texte d'accueil"),
        blank=True,
        help_text=_("Une ou deux phrases sous le titre : ce que le site propose et pour qui."),
    )
    finder_label = models.CharField(
        _("libellé de la recherche de lieu"),
        max_length=120,
        blank=True,
        help_text=_(
            "Texte au-dessus du champ de recherche des lieux. Vide : « Votre code postal ou votre commune », traduit."
        ),
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("contenu complémentaire"),
        help_text=_("Facultatif : affiché après les rubriques de la page d'accueil."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("finder_label")], heading=_("Accueil")
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.SearchPage",
        "places.PlaceIndexPage",
        "resources.ResourceIndexPage",
        "resources.CaseStudyIndexPage",
        "events.EventIndexPage",
    ]

    class Meta:
        verbose_name = _("page d'accueil")
        verbose_name_plural = _("pages d'accueil")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each slot is empty (and says so) until there is content in this language.
        context["featured_tutorials"] = featured_tutorials(self.locale)
        context["upcoming_events"] = upcoming_events(self.locale)
        context["latest_cases"] = latest_cases(self.locale)
        return context


class StandardPage(BasePage):
    """Legal notice, accessibility statement, privacy, contact, and any plain content page."""

    intro = models.TextField(_("chapeau"), blank=True, help_text=_("Le résumé de la page, en une ou deux phrases."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("page standard")
        verbose_name_plural = _("pages standard")


class SearchPage(BaseIndexPage):
    """The site search (/recherche/), in the visitor's language."""

    results_per_page = 20
    max_query_length = 200

    class Meta:
        verbose_name = _("page de recherche")
        verbose_name_plural = _("pages de recherche")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = " ".join(request.GET.get("q", "").split())[: self.max_query_length]
        results = []
        if query:
            results = (
                Page.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .not_type(SearchPage)
                .specific()
                .search(query)
            )
        paginator = Paginator(results, self.results_per_page)
        context.update(
            search_query=query,
            paginator=paginator,
            page_obj=paginator.get_page(request.GET.get("page")),
            query_string=urlencode({"q": query}),
        )
        return context
