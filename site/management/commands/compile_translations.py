"""Compile locale/*/LC_MESSAGES/*.po into .mo files with polib: no system gettext needed to run the site."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the interface translations (.po → .mo) without GNU gettext; only stale files are rewritten."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Recompile every file, even when up to date.")

    def handle(self, *args, force=False, **options):
        compiled = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
                self.stdout.write(f"compiled {po_path}")
        if not compiled:
            self.stdout.write("translations up to date")
