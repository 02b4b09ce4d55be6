"""The content apps depend on the core (site/, imported as `proxinum`), not on each other."""

import ast
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
CONTENT_APPS = {"places", "resources", "events"}
# Imports still to remove (the multi-value field and the service slugs belong in site/); none may be added.
KNOWN = {("resources", "places")}


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)


def test_no_content_app_imports_another():
    found = set()
    for app in CONTENT_APPS:
        for path in (PROJECT_DIR / app).rglob("*.py"):
            # The demo loaders compose every app (they are to move to a demo/ app of their own); migrations are history.
            if path.name == "demo.py" or "migrations" in path.parts:
                continue
            for other in set(imported_apps(path)) & (CONTENT_APPS - {app}):
                found.add((app, other, str(path.relative_to(PROJECT_DIR))))
    unexpected = sorted(item for item in found if item[:2] not in KNOWN)
    assert not unexpected, "A content app imports another:\n" + "\n".join(f"{a} → {b} ({f})" for a, b, f in unexpected)
