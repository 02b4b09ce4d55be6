"""The dependencies between the project's apps, checked on every import statement.

- A content app (places, resources, events) imports no other content app: when places must show "events here",
  the events app offers the query or the template tag.
- No content app imports home or demo: they compose the content apps, not the other way round.
- The site-wide code (site/, imported as `proxinum`) imports no app: it discovers what they declare
  (proxinum.registry). Only site/urls.py, which mounts every app's views, names them.
- home/ may import the content apps; demo/ may import anything.

Every import counts, wherever it is (inside a function too), relative ones resolved; migrations count (a migration
importing another app's code is a dependency too), tests do not.

Usage: python -m tools.lint_imports [ROOT]   (ROOT: the project folder, by default this checkout)
Prints file:line and the rule broken for each forbidden import; exits 1 if there is any.
"""

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
CONTENT_APPS = {"places", "resources", "events"}
COMPOSING_APPS = {"home", "demo"}
CORE = "proxinum"
# Folder -> import name of the packages the rules bind (site/ is imported as `proxinum`: see pyproject.toml).
PACKAGES = {"site": CORE, "places": "places", "resources": "resources", "events": "events"}
# Files of the site-wide code allowed to import the apps.
CORE_ALLOWED = {"site/urls.py"}
SKIPPED_FOLDERS = {"tests", "__pycache__"}


@dataclass(frozen=True)
class Violation:
    path: str  # relative to the root, with "/"
    line: int
    importer: str
    imported: str
    rule: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported} ({self.rule})"


def module_name(package, folder, path):
    """The dotted name `path` is imported as: site/models/pages.py -> proxinum.models.pages."""
    parts = list(path.relative_to(folder).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([package, *parts])


def imported_modules(tree, module, is_package):
    """(line, absolute module name) of every import in `tree`, relative imports resolved against `module`."""
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield node.lineno, node.module
                continue
            if node.level - 1 >= len(package_parts):
                continue  # beyond the top package: Python refuses it anyway
            base = package_parts[: len(package_parts) - (node.level - 1)]
            yield node.lineno, ".".join([*base, node.module] if node.module else base)


def rule_broken(importer, imported, relative_path):
    """The rule an import of `imported` (a top-level package) from `importer` breaks, or None."""
    if importer == imported:
        return None
    if importer in CONTENT_APPS and imported in CONTENT_APPS:
        return "a content app imports no other content app"
    if importer in CONTENT_APPS and imported in COMPOSING_APPS:
        return "a content app imports neither home nor demo"
    if importer == CORE and imported in CONTENT_APPS | COMPOSING_APPS and relative_path not in CORE_ALLOWED:
        return "the site-wide code discovers the apps (proxinum.registry), it does not import them"
    return None


def python_files(folder):
    for path in sorted(folder.rglob("*.py")):
        if not SKIPPED_FOLDERS & set(path.relative_to(folder).parts):
            yield path


def violations(root=PROJECT_DIR):
    """Every forbidden import under `root`, in file and line order."""
    root = Path(root)
    found = []
    for folder_name, package in PACKAGES.items():
        folder = root / folder_name
        if not folder.is_dir():
            continue
        for path in python_files(folder):
            relative_path = path.relative_to(root).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            module = module_name(package, folder, path)
            for line, name in imported_modules(tree, module, path.name == "__init__.py"):
                imported = name.split(".")[0]
                rule = rule_broken(package, imported, relative_path)
                if rule:
                    found.append(Violation(relative_path, line, package, imported, rule))
    return sorted(found, key=lambda violation: (violation.path, violation.line))


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else PROJECT_DIR
    found = violations(root)
    for violation in found:
        print(violation)
    if found:
        print(f"{len(found)} forbidden import(s) between apps: see tools/lint_imports.py for the rules.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
