"""PostgreSQL only: accent-insensitive French full-text search and trigram similarity for typos.

`proxinum_french` is PostgreSQL's French configuration with accents removed before stemming, so that "impots"
finds "impôts"; pg_trgm and the f_unaccent() wrapper serve the fuzzy search used when nothing matches exactly.
On SQLite these operations do nothing (FTS5 folds accents itself; our query layer adds French plurals).
"""

from django.db import migrations

FORWARD = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $func$ SELECT public.unaccent('public.unaccent', $1) $func$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'proxinum_french') THEN
        CREATE TEXT SEARCH CONFIGURATION proxinum_french (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION proxinum_french
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END $$;
"""
BACKWARD = "DROP TEXT SEARCH CONFIGURATION IF EXISTS proxinum_french;"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("proxinum", "0003_default_synonyms")]
    operations = [migrations.RunPython(forward, backward)]
