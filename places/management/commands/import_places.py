"""Import places from a file of the national open-data standard (CSV or JSON, v1.0.x or legacy v0.1.x).

    python manage.py import_places FILE [--source NAME] [--dry-run] [--prune]

Every row is checked (`places.opendata.validate_row`); a rejected row is reported (line, column, value, reason)
and not written; valid rows are created or updated among the French places, keyed on (source, id), and
published. A row whose values are already those of the live page writes nothing, so importing the same file
twice changes nothing. `--dry-run` runs everything in a transaction that is rolled back. `--prune` unpublishes
(never deletes) the French places of the file's source that the file no longer lists. The exit status is 1 when
a row was rejected.
"""

import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from places import opendata
from places.models import MediationPlacePage, MobileStopPage, PlaceIndexPage
from places.models.places import refresh_place_statistics

BATCH_SIZE = 1000  # rows written per transaction, and rows between two progress lines
SLUG_MAX_LENGTH = 80

DUPLICATE = gettext_lazy("Identifiant en double dans le fichier pour cette source (déjà ligne %(line)d).")
NO_SOURCE = gettext_lazy("Indiquez la source : colonne « source » ou option --source.")
STOP = gettext_lazy("Ce lieu est un arrêt de tournée : modifiez la tournée dans Proxinum.")
TOO_MANY_CELLS = gettext_lazy("La ligne a plus de cellules que l'en-tête n'a de colonnes.")


@contextmanager
def _search_index_paused():
    post_save.disconnect(post_save_signal_handler, sender=MediationPlacePage)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=MediationPlacePage)


class _DryRun(Exception):
    """Raised at the end of a dry run to roll everything back."""


class Command(BaseCommand):
    help = "Importe des lieux de médiation numérique depuis un fichier du standard national (CSV ou JSON, v1 ou v0.1)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Fichier CSV ou JSON.")
        parser.add_argument("--source", help="Source des lieux ; sinon la colonne « source » de chaque ligne.")
        parser.add_argument("--dry-run", action="store_true", help="Vérifie et compte sans rien enregistrer.")
        parser.add_argument(
            "--prune",
            action="store_true",
            help="Dépublie les lieux de cette source absents du fichier (sans les supprimer).",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        try:
            columns, rows = opendata.read_table(path.read_bytes(), path.name)
        except opendata.TableError as exc:
            raise CommandError(str(exc)) from exc
        self.check_columns(columns)
        if options["prune"] and not rows:
            raise CommandError(_("Le fichier ne contient aucune ligne : rien n'est dépublié."))

        index = PlaceIndexPage.objects.filter(locale__language_code="fr").order_by("path").first()
        if index is None:
            raise CommandError(_("Aucune page « Trouver un lieu » en français : créez-la avant d'importer."))

        importer = Importer(self, index, options)
        started = time.monotonic()
        try:
            # Search indexing runs once per written page at the end, not on each of Wagtail's three saves.
            with transaction.atomic(), _search_index_paused():
                importer.run(rows)
                if options["dry_run"]:
                    raise _DryRun
        except _DryRun:
            pass
        else:
            importer.update_search_index()
            if importer.counts["created"] >= 1000:
                refresh_place_statistics()
        seconds = time.monotonic() - started

        for error in sorted(importer.errors, key=lambda e: e.row):
            self.stderr.write(
                _("Ligne %(row)s, champ %(field)s, valeur « %(value)s » : %(reason)s")
                % {"row": error.row, "field": error.field, "value": error.value, "reason": error.reason}
            )
        counts = importer.counts
        self.stdout.write(
            _(
                "%(created)d créés, %(updated)d mis à jour, %(unchanged)d inchangés, %(rejected)d rejetés, %(unpublished)d dépubliés"
            )
            % counts
        )
        if options["verbosity"] > 1 and rows:
            self.stdout.write(
                _("%(rows)d lignes en %(seconds).1f s (%(speed)d lignes par seconde).")
                % {"rows": len(rows), "seconds": seconds, "speed": len(rows) / max(seconds, 0.001)}
            )
        if options["dry_run"]:
            self.stdout.write(_("Simulation (--dry-run) : rien n'a été enregistré."))
        if counts["rejected"]:
            raise CommandError(
                ngettext(
                    "%(count)d ligne rejetée : voir le détail ci-dessus.",
                    "%(count)d lignes rejetées : voir le détail ci-dessus.",
                    counts["rejected"],
                )
                % {"count": counts["rejected"]}
            )

    def check_columns(self, columns):
        known = {opendata.canonical_column(name) for name in columns}
        missing = [column for column in opendata.REQUIRED_COLUMNS if column not in known]
        if missing:
            raise CommandError(_("Colonnes obligatoires absentes : %(columns)s.") % {"columns": ", ".join(missing)})
        unknown = [name for name in columns if opendata.canonical_column(name) not in opendata.KNOWN_COLUMNS]
        if unknown:
            self.stderr.write(
                _("Colonnes ignorées (inconnues du standard) : %(columns)s.") % {"columns": ", ".join(unknown)}
            )
        if opendata.is_legacy(known):
            self.stdout.write(_("Fichier au format v0.1 : colonnes et valeurs converties vers la version 1."))


class Importer:
    def __init__(self, command, index, options):
        self.command = command
        self.index = index
        self.source_option = (options.get("source") or "").strip()
        self.prune = options["prune"]
        self.errors: list[opendata.RowError] = []
        self.counts = Counter(created=0, updated=0, unchanged=0, rejected=0, unpublished=0)
        self.place_type = ContentType.objects.get_for_model(MediationPlacePage)
        self.written: list[int] = []  # pages to index once the import is done
        # New places are appended after the finder's last child: positions are counted here rather than asked
        # of the tree for every row (that query grows with the number of places).
        last = index.get_last_child()
        self.position = Page._str2int(last.path[-Page.steplen :]) if last else 0
        self.added = 0

    # Validation ---------------------------------------------------------------------------------------------------

    def validate(self, rows):
        """The valid rows [(line, values)], the ids the file lists per source (valid or not)."""
        valid, listed, seen = [], {}, {}
        for line, row in rows:
            values, errors = opendata.validate_row(row, line)
            if None in row:
                errors.append(opendata.RowError(line, "", " | ".join(row[None]), TOO_MANY_CELLS))
            source = self.source_option or values["source"]
            values["source"] = source
            if not source:
                errors.append(opendata.RowError(line, "source", "", NO_SOURCE))
            key = (source, values["place_id"])
            listed.setdefault(source, set()).add(values["place_id"])
            if values["place_id"] and key in seen:
                errors.append(opendata.RowError(line, "id", values["place_id"], DUPLICATE, {"line": seen[key]}))
            seen.setdefault(key, line)
            if errors:
                self.reject(errors)
            else:
                valid.append((line, values))
        return valid, listed

    def reject(self, errors):
        self.errors.extend(errors)
        self.counts["rejected"] += 1

    # Writing ------------------------------------------------------------------------------------------------------

    def french_places(self, sources):
        return MediationPlacePage.objects.filter(locale_id=self.index.locale_id, source__in=sources)

    def run(self, rows):
        valid, listed = self.validate(rows)
        sources = {values["source"] for _line, values in valid}
        existing = {}
        for page in self.french_places(sources).filter(content_type=self.place_type).order_by("-id"):
            existing[(page.source, page.place_id)] = page  # the oldest wins if a key was ever duplicated
        stops = set(
            self.french_places(sources)
            .filter(content_type=ContentType.objects.get_for_model(MobileStopPage))
            .values_list("source", "place_id")
        )
        self.slugs = set(self.index.get_children().values_list("slug", flat=True))

        for start in range(0, len(valid), BATCH_SIZE):
            with transaction.atomic():
                for line, values in valid[start : start + BATCH_SIZE]:
                    key = (values["source"], values["place_id"])
                    if key in stops:
                        self.reject([opendata.RowError(line, "id", values["place_id"], STOP)])
                        continue
                    self.write(line, values, existing.get(key))
            done = min(start + BATCH_SIZE, len(valid))
            if done % BATCH_SIZE == 0 and done < len(valid):
                self.command.stdout.write(_("%(count)d lignes traitées…") % {"count": done})

        if self.prune:
            prune_sources = {self.source_option} if self.source_option else set(listed) - {""}
            self.unpublish_missing(prune_sources, listed)

    def write(self, line, values, page):
        if page is not None and page.live and opendata.matches_page(page, values):
            self.counts["unchanged"] += 1
            return
        try:
            # A page is saved three times (add_child, save_revision, publish): index its references once.
            with transaction.atomic(), disable_reference_index_auto_update():
                if page is None:
                    page = self.create(values)
                    self.counts["created"] += 1
                else:
                    opendata.apply_values(page, values)
                    page.save_revision().publish()
                    self.counts["updated"] += 1
                ReferenceIndex.create_or_update_for_object(page)
                self.written.append(page.pk)
        except ValidationError as exc:
            self.reject(
                [
                    opendata.RowError(line, self.column_of(name), str(values.get(name, "")), " ".join(messages))
                    for name, messages in exc.message_dict.items()
                ]
            )

    @staticmethod
    def column_of(field_name):
        return next((c for c, f in opendata.COLUMN_TO_FIELD.items() if f == field_name), field_name)

    def create(self, values):
        page = MediationPlacePage(slug=self.new_slug(values), locale=self.index.locale)
        opendata.apply_values(page, values)
        self.position += 1
        page.depth = self.index.depth + 1
        page.path = Page._get_path(self.index.path, page.depth, self.position)
        page.numchild = 0
        page._cached_parent_obj = self.index
        page.save()
        Page.objects.filter(pk=self.index.pk).update(numchild=F("numchild") + 1)
        page.save_revision().publish()
        return page

    def update_search_index(self):
        pages = list(MediationPlacePage.objects.filter(pk__in=self.written).specific())
        for backend in get_search_backends(with_auto_update=True):
            for start in range(0, len(pages), BATCH_SIZE):
                backend.add_bulk(MediationPlacePage, pages[start : start + BATCH_SIZE])

    def new_slug(self, values):
        name, commune = slugify(values["title"]), slugify(values["commune"])
        base = name if commune and commune in name else f"{name}-{commune}".strip("-")
        base = base[:SLUG_MAX_LENGTH].strip("-") or "lieu"
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug

    def unpublish_missing(self, sources, listed):
        pages = (
            self.french_places(sources)
            .live()
            .filter(content_type=self.place_type)
            .only("id", "source", "place_id")
            .order_by("id")
        )
        for page in pages:
            if page.place_id not in listed.get(page.source, set()):
                # unpublish() saves the whole page: load it completely.
                MediationPlacePage.objects.get(pk=page.pk).unpublish()
                self.counts["unpublished"] += 1
