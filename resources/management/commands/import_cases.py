"""`manage.py import_cases PATH [--index-id N]`: import the national investigations' synthesis as inspiring cases."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Site

from resources.cases_import import CaseImportError, import_cases
from resources.models import CaseStudyIndexPage


def default_index():
    """The catalogue in the default language (French), preferably the one of the default site."""
    indexes = CaseStudyIndexPage.objects.filter(locale=Locale.get_default()).order_by("path")
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        on_site = indexes.descendant_of(site.root_page).first()
        if on_site is not None:
            return on_site
    return indexes.first()


def plural(count, singular, plural_form):
    return f"{count} {singular if count == 1 else plural_form}"


class Command(BaseCommand):
    help = (
        "Importe (ou met à jour) les cas inspirants de la synthèse du Programme National d'Investigations "
        "(ANCT, 2021). Relancer la commande ne crée pas de doublon."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Le fichier texte de la synthèse (markdown, UTF-8).")
        parser.add_argument(
            "--index-id",
            type=int,
            help="L'id du catalogue de cas inspirants où importer. Par défaut : le catalogue en français.",
        )

    def handle(self, *args, path, index_id=None, **options):
        if index_id is not None:
            index = CaseStudyIndexPage.objects.filter(pk=index_id).first()
            if index is None:
                raise CommandError(f"Aucun catalogue de cas inspirants (CaseStudyIndexPage) n'a l'id {index_id}.")
        else:
            index = default_index()
            if index is None:
                raise CommandError(
                    "Aucun catalogue de cas inspirants en français : créez la page « Cas inspirants » "
                    "(ou lancez load_demo), ou indiquez --index-id."
                )
        verbose = options.get("verbosity", 1) > 1
        try:
            result = import_cases(Path(path), index, stdout=self.stdout if verbose else None)
        except CaseImportError as error:
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(str(error)) from error
        for problem in result.problems:
            self.stderr.write(problem)
        self.stdout.write(
            ", ".join(
                [
                    plural(result.created, "cas créé", "cas créés"),
                    plural(result.updated, "mis à jour", "mis à jour"),
                    plural(result.unchanged, "inchangé", "inchangés"),
                ]
            )
            + f" dans « {index.title} » ({index.url_path})."
        )
