"""Build (or bring up to date) the demo site: page tree in French with en/ar/es translations, and demo data.

Re-runnable: running it twice changes nothing the second time. Each content area adds its demo content through
its own `demo.load()`; they run in order, pages first.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from events import demo as events_demo
from home.starter import create_starter_pages
from places import demo as places_demo
from resources import demo as resources_demo

DEMO_LOADERS = [create_starter_pages, places_demo.load, resources_demo.load, events_demo.load]

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "proxinum-admin"


class Command(BaseCommand):
    help = "Load the demo content (idempotent), and in development an admin account."

    def handle(self, *args, **options):
        with transaction.atomic():
            for loader in DEMO_LOADERS:
                loader(log=self.stdout.write)
        if settings.DEBUG:
            self._ensure_dev_admin()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def _ensure_dev_admin(self):
        """A known account for local development only (never created when DEBUG is off)."""
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=DEV_ADMIN_USERNAME,
            defaults={"email": "admin@proxinum.localhost", "is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEV_ADMIN_PASSWORD)
            user.save()
            self.stdout.write(f"Development admin created: {DEV_ADMIN_USERNAME} / {DEV_ADMIN_PASSWORD}")
