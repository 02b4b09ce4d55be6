"""The field's usual synonyms, so that search understands them from the first day; editors keep the list."""

from django.db import migrations

GROUPS = [
    "mail, courriel, e-mail, email, messagerie, adresse électronique",
    "CAF, allocations familiales",
    "impôts, impots, finances publiques, déclaration de revenus, DGFiP",
    "France Travail, Pôle emploi, pole emploi",
    "Ameli, Assurance maladie, CPAM, carte Vitale",
    "smartphone, téléphone portable, portable, mobile",
    "ordinateur, PC, ordi",
    "SMS, texto, message",
    "arnaque, escroquerie, fraude, hameçonnage",
    "mot de passe, identifiant",
    "rendez-vous, RDV",
    "atelier, formation, cours",
    "aîné, senior, personne âgée, retraité",
    "bus, MairieBus, bus numérique, itinérant",
    "aidant, accompagnant, médiateur numérique, conseiller numérique",
]


def add_groups(apps, schema_editor):
    SynonymGroup = apps.get_model("proxinum", "SynonymGroup")
    for terms in GROUPS:
        SynonymGroup.objects.get_or_create(language="fr", terms=terms)


def remove_groups(apps, schema_editor):
    apps.get_model("proxinum", "SynonymGroup").objects.filter(language="fr", terms__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [("proxinum", "0002_search_synonyms")]
    operations = [migrations.RunPython(add_groups, remove_groups)]
