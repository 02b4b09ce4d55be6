"""The content apps depend on the core (site/, imported as `proxinum`), not on each other, and the core imports no
app: the rules and their check live in tools/lint_imports.py (`make lint` runs it too)."""

from tools import lint_imports


def test_no_app_imports_what_it_must_not():
    found = lint_imports.violations()
    assert not found, "Forbidden imports between apps:\n" + "\n".join(map(str, found))
