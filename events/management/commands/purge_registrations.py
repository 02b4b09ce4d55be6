"""Delete registrations (names, phone numbers, e-mails, needs) once the retention period after their event is over."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.models import Registration


class Command(BaseCommand):
    help = "Efface les inscriptions des événements terminés depuis plus de REGISTRATION_RETENTION_DAYS jours."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Compter sans effacer.")

    def handle(self, *args, dry_run=False, **options):
        limit = timezone.now() - timedelta(days=settings.REGISTRATION_RETENTION_DAYS)
        expired = Registration.objects.filter(event__end__lt=limit)
        count = expired.count()
        if not dry_run:
            expired.delete()
        verb = "à effacer" if dry_run else "effacées"
        self.stdout.write(f"{count} inscription(s) {verb} (événements terminés avant le {limit:%d/%m/%Y}).")
