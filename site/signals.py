"""Keep cached site-wide links current."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import SiteSettings, SiteTexts
from .navigation import clear_navigation_cache


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(sender, **kwargs):
    clear_navigation_cache()


@receiver(post_delete)
def _page_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        clear_navigation_cache()


@receiver(post_save, sender=SiteSettings)
@receiver(post_save, sender=SiteTexts)
@receiver(post_delete, sender=SiteTexts)
def _settings_changed(sender, **kwargs):
    clear_navigation_cache()
