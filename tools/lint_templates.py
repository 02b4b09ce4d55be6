"""Templates that read: no line longer than 160 characters.

A long line hides attributes and conditions off screen and makes every diff a one-line rewrite; break it by hand
(one attribute per line, `{% with %}`, `{% blocktranslate trimmed %}`), then let djhtml indent it.

Usage: python -m tools.lint_templates [PATH ...]
PATH: template files or folders (every file below a folder counts); by default the project's template folders,
templates/ and every app's templates/ folder. Prints path:line:length for each line over the limit; exits 1 if any.
"""

import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
MAX_LENGTH = 160
SKIPPED_FOLDERS = {".venv", "node_modules", ".git", "staticfiles"}


def template_folders(root=PROJECT_DIR):
    """templates/ and each app's templates/ folder (places/templates/...)."""
    folders = [root / "templates"] if (root / "templates").is_dir() else []
    folders += sorted(
        folder for folder in root.glob("*/templates") if folder.is_dir() and folder.parent.name not in SKIPPED_FOLDERS
    )
    return folders


def template_files(paths):
    for path in paths:
        if path.is_dir():
            yield from sorted(
                file for file in path.rglob("*") if file.is_file() and not SKIPPED_FOLDERS.intersection(file.parts)
            )
        else:
            yield path


def long_lines(path, max_length=MAX_LENGTH):
    """(line number, length) of each line of `path` longer than max_length characters."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return [(number, len(line)) for number, line in enumerate(text.splitlines(), start=1) if len(line) > max_length]


def display(path):
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def main(argv):
    paths = [Path(arg) for arg in argv] or template_folders()
    missing = [path for path in paths if not path.exists()]
    if missing:
        print(f"no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    found = 0
    for path in template_files(paths):
        for number, length in long_lines(path):
            print(f"{display(path)}:{number}:{length}")
            found += 1
    if found:
        print(
            f"{found} template line(s) over {MAX_LENGTH} characters: break them where they read (see tools/lint_templates.py)"
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
