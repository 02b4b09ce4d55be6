from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from proxinum import territories
from proxinum.facets import Facet, apply_facets, query_string_without_page, removal_links
from proxinum.models import BaseIndexPage
from proxinum.navigation import content_version
from proxinum.search_query import fold

from .. import enums
from .cases import CaseStudyPage
from .library import LibraryPage
from .taxonomy import themes_by_slug

PER_PAGE = 12
SORTS = [("recent", _("Les plus récents")), ("az", _("De A à Z"))]


def with_listing_images(queryset):
    """Cards show the listing image: fetched with the pages (its renditions come from the cache once made)."""
    return queryset.select_related("listing_image")


def active_filters(request, result):
    """The "remove this filter" links above the results, one per ticked value."""
    chosen = [
        (facet.key, value, facet.label, label)
        for facet, options in result.facets
        for value, label, _count, selected in options
        if selected
    ]
    return removal_links(request, chosen)


class FacetedIndexMixin:
    """A section listing that filters its children with facets, sorts and paginates them, without JavaScript."""

    def facets(self):
        raise NotImplementedError

    def facet_rows(self):
        raise NotImplementedError

    def listing_pages(self, ids):
        raise NotImplementedError

    def cached_facet_rows(self):
        """The rows change only when a page is (un)published or moved: cached until then."""
        key = f"facet-rows:{content_version()}:{self.pk}"
        rows = cache.get(key)
        if rows is None:
            rows = self.facet_rows()
            cache.set(key, rows, settings.NAVIGATION_CACHE_SECONDS)
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        result = apply_facets(self.cached_facet_rows(), self.facets(), request.GET)
        sort = request.GET.get("tri") if request.GET.get("tri") in dict(SORTS) else "recent"
        rows = result.rows
        if sort == "az":
            rows = sorted(rows, key=lambda row: fold(row["title"]))  # A–Z ignoring accents and case
        else:
            rows = sorted(rows, key=lambda row: row["first_published_at"] or row["latest"], reverse=True)
        page_obj = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
        pages = self.listing_pages([row["pk"] for row in page_obj.object_list])
        page_obj.object_list = [pages[row["pk"]] for row in page_obj.object_list if row["pk"] in pages]
        context.update(
            active_filters=active_filters(request, result),
            clear_filters_query=urlencode({"tri": sort}) if "tri" in request.GET else "",  # "Tout retirer" keeps it
            result=result,
            page_obj=page_obj,
            sort=sort,
            sorts=SORTS,
            filtered=any(result.selected.values()),
            query_string=query_string_without_page(request),
        )
        return context


class ResourceIndexPage(FacetedIndexMixin, BaseIndexPage):
    """The resource library (/ressources/): tutorials, guides and learning paths, with facets."""

    subpage_types = ["resources.TutorialPage", "resources.GuidePage", "resources.LearningPathPage"]

    class Meta:
        verbose_name = _("médiathèque de ressources")
        verbose_name_plural = _("médiathèques de ressources")

    def _library_pages(self):
        return LibraryPage.objects.child_of(self).live().public()

    def facet_rows(self):
        rows = list(
            self._library_pages().values(
                "pk", "title", "translation_key", "content_type__model", "audience", "level", "devices",
                "first_published_at", "latest_revision_created_at",
            )
        )  # fmt: skip
        themes = {}
        for page_id, slug in LibraryPage.themes.through.objects.filter(
            librarypage__in=[row["pk"] for row in rows]
        ).values_list("librarypage_id", "theme__slug"):
            themes.setdefault(page_id, set()).add(slug)
        languages = {}
        for key, code in (
            Page.objects.live()
            .filter(translation_key__in={row["translation_key"] for row in rows})
            .values_list("translation_key", "locale__language_code")
        ):
            languages.setdefault(key, set()).add(code)
        for row in rows:
            row["themes"] = themes.get(row["pk"], set())
            row["languages"] = languages.get(row["translation_key"], set())
            row["latest"] = row["latest_revision_created_at"]
        return rows

    def facets(self):
        audience_values = {
            # "Tout le monde" pages are listed under each audience as well.
            "public": {"public"},
            "aidants": {"aidants"},
            "tous": {"public", "aidants", "tous"},
        }
        return [
            Facet("type", _("Type"), lambda row: [row["content_type__model"]], enums.ResourceType.choices),
            Facet(
                "theme",
                _("Thème"),
                lambda row: row["themes"],
                [(slug, theme.name) for slug, theme in themes_by_slug().items()],
            ),
            Facet("niveau", _("Niveau"), lambda row: [row["level"]], enums.Level.choices),
            Facet(
                "public",
                _("Pour qui"),
                lambda row: audience_values.get(row["audience"], set()),
                enums.Audience.choices[:2],
            ),
            Facet("appareil", _("Appareil"), lambda row: row["devices"], enums.Device.choices),
            Facet("langue", _("Disponible en"), lambda row: row["languages"], settings.LANGUAGES),
        ]

    def listing_pages(self, ids):
        pages = with_listing_images(LibraryPage.objects.filter(pk__in=ids).select_related("content_type"))
        return {page.pk: page for page in pages}


class CaseStudyIndexPage(FacetedIndexMixin, BaseIndexPage):
    """The inspiring cases catalogue (/cas-inspirants/), filtered by region and theme."""

    subpage_types = ["resources.CaseStudyPage"]

    class Meta:
        verbose_name = _("catalogue de cas inspirants")
        verbose_name_plural = _("catalogues de cas inspirants")

    def facet_rows(self):
        rows = list(
            CaseStudyPage.objects.child_of(self)
            .live()
            .public()
            .values("pk", "title", "region_code", "theme", "first_published_at", "latest_revision_created_at")
        )
        for row in rows:
            row["latest"] = row["latest_revision_created_at"]
        return rows

    def facets(self):
        return [
            Facet("region", _("Région"), lambda row: [row["region_code"]], territories.region_choices()),
            Facet("theme", _("Thème"), lambda row: [row["theme"]], enums.CaseTheme.choices),
        ]

    def listing_pages(self, ids):
        return {page.pk: page for page in with_listing_images(CaseStudyPage.objects.filter(pk__in=ids))}
