"""Build (or bring up to date) the demo site: the starter pages, then the demo content read from demo/data/, in
French with en/ar/es translations through wagtail-localize.

Re-runnable: running it twice changes nothing the second time, and it sets back what an editor changed in the demo
pages. Each content area has its loader (demo/loaders/); they run in order, pages first.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.loaders import LOADERS

DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "proxinum-admin"


class Command(BaseCommand):
    help = "Load the demo content (idempotent), and in development an admin account."

    def handle(self, *args, **options):
        with transaction.atomic():
            for loader in LOADERS:
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
