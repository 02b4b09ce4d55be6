# The project's vocabulary. `make run` and `make test` are all a newcomer needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve demo migrate messages compilemessages test test-postgres browser lint bench lighthouse check-deploy clean

install: $(STAMP)

# Rebuilt only when the lock or the project metadata change, so `make install` is quick when nothing did.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(BIN)/uv --version >/dev/null 2>&1 || $(BIN)/pip install --quiet "uv==$$(sed -n 's/^uv==//p' requirements.lock)"
	$(BIN)/uv pip sync --quiet --python $(PY) requirements.lock
	$(BIN)/uv pip install --quiet --python $(PY) --no-deps --editable .
	@touch $(STAMP)

compilemessages: install
	$(MANAGE) compile_translations

migrate: install compilemessages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_gazetteer

demo: migrate
	$(MANAGE) load_demo

# Links in e-mails (the demo's too) lead to the address served, unless the environment says otherwise.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: demo
	@echo ""
	@echo "  Site public :    http://$(HOST):$(PORT)/   (en : /en/, ar : /ar/, es : /es/)"
	@echo "  Administration : http://$(HOST):$(PORT)/admin/"
	@echo "  Compte de développement : admin / proxinum-admin"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# One pytest-xdist worker per core. `pytest` alone runs serially: quicker for one file.
test: install compilemessages
	$(BIN)/pytest -n auto

# The same suite against PostgreSQL (CI does this after `make test`).
test-postgres: install compilemessages
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/pytest -n auto

# The same checks run before each commit with `pre-commit install` (.pre-commit-config.yaml calls these commands).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(PY) -m tools.lint_templates
	$(PY) -m tools.lint_complexity
	$(PY) -m tools.lint_imports
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# Extract interface strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext's xgettext).
messages: install
	$(MANAGE) makemessages --locale fr --locale en --locale ar --locale es --no-obsolete --ignore ".venv/*" --ignore "tests/*" --ignore "staticfiles/*" --add-location file
	$(MANAGE) compile_translations

bench: install compilemessages
	$(PY) -m benchmarks

# Lighthouse 12 (mobile) on the main page types, median of 3 runs: figures to read, not a gate. Node.js and Chromium
# needed; LIGHTHOUSE_ARGS="--base-url http://127.0.0.1:8000 --page home --runs 1" measures a running site.
LIGHTHOUSE_NPM := benchmarks/lighthouse/node_modules/.package-lock.json
$(LIGHTHOUSE_NPM): benchmarks/lighthouse/package-lock.json
	cd benchmarks/lighthouse && npm ci --no-audit --no-fund

lighthouse: install compilemessages $(LIGHTHOUSE_NPM)
	$(PY) -m benchmarks.lighthouse.run $(LIGHTHOUSE_ARGS)

check-deploy: install
	DJANGO_SETTINGS_MODULE=proxinum.settings.production SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))') ALLOWED_HOSTS=proxinum.example $(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) .pytest_cache
