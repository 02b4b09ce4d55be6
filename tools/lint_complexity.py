"""Code that reads: no function with a cyclomatic complexity above 15, as radon counts it (`radon cc`).

A function past that many paths is hard to follow and to test; split it where it reads: one small function per
case or per field, a table of rules, a class for a state machine.

Usage: python -m tools.lint_complexity [PATH ...]
PATH: Python files or folders; by default the project. In a folder every .py file counts but those below .venv,
tests, migrations and node_modules. Functions, methods and nested functions are checked one by one. Prints
path:line name complexity for each function over the limit; exits 1 if any (2 for a path missing or a file that
does not parse).
"""

import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Class

PROJECT_DIR = Path(__file__).resolve().parents[1]
MAX_COMPLEXITY = 15
SKIPPED_FOLDERS = {".venv", "tests", "migrations", "node_modules", ".git", "__pycache__"}


def python_files(paths):
    for path in paths:
        if path.is_dir():
            yield from sorted(
                file
                for file in path.rglob("*.py")
                if not SKIPPED_FOLDERS.intersection(file.relative_to(path).parts[:-1])
            )
        else:
            yield path


def functions(blocks, prefix=""):
    """(name, function) of every function among radon's blocks and within them: methods, those of nested classes,
    nested functions ("outer.inner")."""
    for block in blocks:
        name = f"{prefix}{block.name}"
        if isinstance(block, Class):
            yield from functions([*block.methods, *block.inner_classes], f"{name}.")
        else:
            yield name, block
            yield from functions(block.closures, f"{name}.")


def too_complex(source, max_complexity=MAX_COMPLEXITY):
    """(line, name, complexity) of each function of `source` above max_complexity, in line order."""
    # cc_visit lists each class and then its methods again: they are reached through their class.
    blocks = [block for block in cc_visit(source) if isinstance(block, Class) or not block.is_method]
    found = [
        (function.lineno, name, function.complexity)
        for name, function in functions(blocks)
        if function.complexity > max_complexity
    ]
    return sorted(found)


def display(path):
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def main(argv):
    paths = [Path(arg) for arg in argv] or [PROJECT_DIR]
    missing = [path for path in paths if not path.exists()]
    if missing:
        print(f"no such file or folder: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    found, unreadable = 0, 0
    for path in python_files(paths):
        try:
            results = too_complex(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError) as error:
            print(f"{display(path)}: cannot be read as Python ({error})", file=sys.stderr)
            unreadable += 1
            continue
        for line, name, complexity in results:
            print(f"{display(path)}:{line} {name} {complexity}")
            found += 1
    if found:
        print(
            f"{found} function(s) with a cyclomatic complexity over {MAX_COMPLEXITY}: split them where they read "
            "(see tools/lint_complexity.py)"
        )
    return 2 if unreadable else (1 if found else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
