"""The project's own checks, run by `make lint` (and pre-commit): `python -m tools.lint_<name>`."""
