from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.utils import normalise_query_string

from events.models import EventPage
from places.models import MobileTourPage
from places.models.finder import translated_or_french
from proxinum.blocks import BodyBlock
from proxinum.models import BaseIndexPage, BasePage
from proxinum.search import highlight, load_pages, search_site
from resources.models import CaseStudyPage, TutorialPage
from resources.models.index import with_listing_images

HOME_CARDS = 3


def featured_tutorials(locale):
    """Tutorials marked "à la une" first, then the most recent ones."""
    # exact_type(): the content type's index narrows the pages first. Without it PostgreSQL walked every page by
    # publication date (thousands of newer places) to find three tutorials: 15 ms instead of 1.
    tutorials = TutorialPage.objects.live().public().exact_type(TutorialPage).filter(locale=locale)
    tutorials = tutorials.select_related("content_type")
    return list(with_listing_images(tutorials.order_by("-featured", "-first_published_at"))[:HOME_CARDS])


def upcoming_events(locale):
    events = EventPage.objects.live().public().filter(locale=locale, end__gte=timezone.now())
    return list(events.order_by("start")[:HOME_CARDS])


def latest_cases(locale):
    cases = CaseStudyPage.objects.live().public().exact_type(CaseStudyPage).filter(locale=locale)
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
        context["bus_tours"] = translated_or_french(
            MobileTourPage.objects.live().select_related("locale").order_by("title"), self.locale.language_code
        )[:3]
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


def promoted_pages(query, locale):
    """Editors' promoted results for this query (wagtail.contrib.search_promotions), in the visitor's language."""
    promotions = SearchPromotion.objects.filter(query__query_string=normalise_query_string(query)).select_related(
        "page"
    )
    pages = []
    for promotion in promotions.order_by("sort_order"):
        page = promotion.page
        if page is None or not page.live:
            continue
        if page.locale_id != locale.pk:
            translated = page.get_translation_or_none(locale)
            if translated is not None and translated.live:  # a translation still being written is not shown
                page = translated
        pages.append((page, promotion.description))  # the list shows a title and a link: no specific page needed
    return pages


class SearchPage(BaseIndexPage):
    """The site search (/recherche/), in the visitor's language."""

    results_per_page = 20

    class Meta:
        verbose_name = _("page de recherche")
        verbose_name_plural = _("pages de recherche")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = search_site(request.GET.get("q", ""), self.locale)
        chosen = request.GET.get("type", "")
        if chosen not in {key for key, _label, _count in result.type_counts}:
            chosen = ""
        hits = [hit for hit in result.hits if not chosen or hit.type_key == chosen]
        paginator = Paginator(hits, self.results_per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        page_obj.object_list = load_pages(page_obj.object_list)
        for item in page_obj.object_list:
            item.search_snippet = highlight(item.search_text, result.terms)
        context.update(
            search_query=result.query,
            result=result,
            chosen_type=chosen,
            paginator=paginator,
            page_obj=page_obj,
            promotions=promoted_pages(result.query, self.locale) if result.query else [],
            suggestions=featured_tutorials(self.locale) if result.query and not hits else [],
            query_string=urlencode({"q": result.query, **({"type": chosen} if chosen else {})}),
            type_query=urlencode({"q": result.query}),
        )
        return context
