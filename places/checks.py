"""System checks of the places app, for deployers.

`gazetteer_loaded` is tagged `database`: Django runs it only when a database is named, that is in `migrate` and in
`check --database default`, not before every command (it queries the database).
"""

import sys

from django.core import checks
from django.db import DatabaseError, connections, router
from django.utils.translation import gettext as _

GAZETTEER_EMPTY = "places.W001"


def gazetteer_warning():
    return checks.Warning(
        _("Le répertoire des communes est vide : la recherche de lieux par code postal ou par commune ne trouve rien."),
        hint=_(
            "Chargez-le avec la commande « python manage.py load_gazetteer » (sans réseau, quelques secondes ; "
            "`make migrate` la lance)."
        ),
        id=GAZETTEER_EMPTY,
    )


@checks.register(checks.Tags.database)
def gazetteer_loaded(app_configs=None, databases=None, **kwargs):
    """Warn when the gazetteer (places.Commune) is empty; say nothing while its table does not exist (before
    `migrate`)."""
    from .models import Commune

    if app_configs is not None and not any(config.label == Commune._meta.app_label for config in app_configs):
        return []
    warnings = []
    for alias in databases or ():
        if not router.allow_migrate_model(alias, Commune):
            continue
        connection = connections[alias]
        try:
            if Commune._meta.db_table not in connection.introspection.table_names():
                continue
            empty = not Commune.objects.using(alias).exists()
        except DatabaseError:
            continue  # no database to ask: the check has nothing to say
        if empty:
            warnings.append(gazetteer_warning())
    return warnings


def warn_after_migrate(sender, using="default", verbosity=1, stdout=None, **kwargs):
    """After `migrate` (post_migrate): the checks ran before the migrations, when a new database had no tables yet,
    so a first deployment would not hear about the empty gazetteer; it does here."""
    if verbosity < 1:
        return
    from django.core.management.color import color_style

    style = color_style()
    for warning in gazetteer_loaded(databases=[using]):
        (stdout or sys.stdout).write(style.WARNING(f"{warning.id} : {warning.msg}\n    {warning.hint}") + "\n")
