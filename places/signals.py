from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def copy_tour_offer_to_stops(sender, instance, **kwargs):
    """A published tour's services, publics and contacts become its stops' (live data)."""
    from .models import MobileTourPage

    if isinstance(instance, MobileTourPage):
        instance.update_stops()
