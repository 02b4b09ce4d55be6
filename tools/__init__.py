"""The project's own checks, run by `make lint` (and pre-commit): `python -m tools.lint_<name>`; and the throw-away
server that the browser tests and `make lighthouse` share (`test_server`)."""
