"""Run every benchmark once per database backend, each in its own process (settings are read at start-up)."""

import os
import subprocess
import sys

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test")


def postgres_reachable():
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL.replace("postgres://", "postgresql://"), connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001 - any failure means "not here"
        return False


def main():
    backends = [("SQLite", "sqlite://:memory:")]
    if postgres_reachable():
        backends.append(("PostgreSQL", POSTGRES_URL))
    else:
        print(f"PostgreSQL not reachable at {POSTGRES_URL}: SQLite only.")
    status = 0
    for name, url in backends:
        print(f"\n=== {name} ===", flush=True)
        # Persistent connections, as in production (settings/production.py).
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "proxinum.settings.test",
            "DB_CONN_MAX_AGE": "60",
        }
        status |= subprocess.call([sys.executable, "-m", "benchmarks.run", *sys.argv[1:]], env=env)
    return status


if __name__ == "__main__":
    sys.exit(main())
