"""Create (or bring up to date) the pages a new installation needs, in every language: see home/starter.py."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.starter import create_starter_pages


class Command(BaseCommand):
    help = "Create the home, section and standard pages in every language (idempotent)."

    def handle(self, *args, **options):
        log = self.stdout.write if options["verbosity"] > 0 else (lambda _message: None)
        with transaction.atomic():
            create_starter_pages(log=log)
        self.stdout.write(self.style.SUCCESS("Starter pages ready."))
