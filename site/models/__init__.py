from .images import CustomImage, CustomRendition
from .pages import BaseIndexPage, BasePage
from .search import SynonymGroup
from .settings import SiteSettings, SiteTexts

__all__ = ["BaseIndexPage", "BasePage", "CustomImage", "CustomRendition", "SiteSettings", "SiteTexts", "SynonymGroup"]
