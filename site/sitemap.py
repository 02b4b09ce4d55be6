from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap


class MultilingualSitemap(Sitemap):
    """Every live page in every language, each URL with its alternate-language versions (hreflang)."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = root.__class__.objects.none()
        for home in root.get_translations(inclusive=True):
            pages |= home.get_descendants(inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().select_related("locale")

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        locations = {}
        for item in items:
            locations.setdefault(item.translation_key, []).append(
                {"lang_code": item.locale.language_code, "location": item.get_full_url(self.request)}
            )
        urls = []
        for item in items:
            alternates = locations[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": [*alternates, *self._x_default(alternates)] if len(alternates) > 1 else [],
                }
            )
        dates = [url["lastmod"] for url in urls if url["lastmod"]]
        if dates:
            self.latest_lastmod = max(dates)
        return urls

    @staticmethod
    def _x_default(alternates):
        for alternate in alternates:
            if alternate["lang_code"] == settings.LANGUAGE_CODE:
                return [{"lang_code": "x-default", "location": alternate["location"]}]
        return []
