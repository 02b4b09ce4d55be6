from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage


@receiver(page_published, sender=EventPage)
def _give_new_seats_to_the_waiting_list(sender, instance, **kwargs):
    """When the organiser adds seats, the people waiting get them (and an e-mail) at once."""
    from .registration import promote_waiting

    if instance.registration == "formulaire":
        promote_waiting(instance.registration_event)
