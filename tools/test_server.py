"""A throw-away site for the browser tests and for Lighthouse: a SQLite database made ready (copied from a build,
built with management commands, or both), then served over HTTP, in one process (Django starts once).

The parent starts it with `start()` and learns its address with `wait_until_ready()`. The server picks a free port
itself (nothing can take it between choosing and binding) and says which in the ready file. It stops, with whatever
it started, when told to (`stop()`), and on its own when the process it watches (`watch_pid`: the pytest run, or the
benchmark) is gone, so that a crashed or killed run never leaves it behind.

    python -m tools.test_server READY_FILE WATCH_PID COMMANDS_JSON PREPARE_JSON   # what start() runs
"""

import contextlib
import importlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
WATCH_INTERVAL = 0.2  # seconds between two looks at the watched process
POLL_INTERVAL = 0.1  # seconds between two looks at the ready file


class ServerError(RuntimeError):
    """The server could not be built or started; the message ends with its log."""


# Parent side ---------------------------------------------------------------------------------------------------------


def start(commands, env, log_path, ready_path, watch_pid, prepare=None):
    """Start building and serving in the background; returns the process at once.

    `commands`: [(command name, {options})] run in order with call_command before serving (migrate, load_demo...).
    `env`: the server's whole environment (DJANGO_SETTINGS_MODULE, DATABASE_URL...).
    `prepare`: ("module:function", {keyword arguments}), called first, before Django starts (to copy a database
    built elsewhere, say); in the server's process, so that the caller need not wait for it either.
    """
    ready_path.unlink(missing_ok=True)
    arguments = [str(ready_path), str(watch_pid), json.dumps(commands), json.dumps(prepare)]
    with log_path.open("w") as log:  # the child keeps its own copy of the file descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "tools.test_server", *arguments],
            cwd=PROJECT_DIR,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a process group of its own: stopping it stops what it started too
        )


def is_running(pid):
    """True while the process exists and has not ended (a zombie, ended but not yet reaped, counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc: trust kill()
    return stat.rpartition(")")[2].split()[0] != "Z"


def wait_until_ready(ready_path, pid, log_path, timeout):
    """The server's base URL (no trailing slash), once it serves; ServerError if it stops or takes too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready_path.exists():
            ready = json.loads(ready_path.read_text())
            if "url" in ready:
                return ready["url"]
            raise ServerError(f"The test server could not start:\n{ready['error']}\n{_tail(log_path)}")
        if not is_running(pid):
            raise ServerError(f"The test server stopped before serving:\n{_tail(log_path)}")
        time.sleep(POLL_INTERVAL)
    raise ServerError(f"The test server did not serve within {timeout} s:\n{_tail(log_path)}")


def stop(process):
    """Stop the server and whatever it started (a database build, say)."""
    _signal_group(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        _signal_group(process.pid, signal.SIGKILL)
        process.wait()


def _signal_group(pid, number):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, number)


def _tail(log_path, size=4000):
    try:
        return log_path.read_text(errors="replace")[-size:]
    except OSError:
        return "(no log)"


# Server side ---------------------------------------------------------------------------------------------------------


def _write_atomically(path, data):
    """Readers never see half a file: write beside it, then rename."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data))
    os.replace(partial, path)


def _exit_when_gone(pid):
    while is_running(pid):
        time.sleep(WATCH_INTERVAL)
    _signal_group(os.getpgrp(), signal.SIGKILL)  # this process and what it started


def _fast_throwaway_sqlite(sender, connection, **kwargs):
    """Nothing here must survive a power cut: no waiting for the disk. WAL lets pages be read while one writes."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = OFF")


def _call(prepare):
    function, kwargs = prepare
    module, _, name = function.partition(":")
    getattr(importlib.import_module(module), name)(**kwargs)


def serve(ready_path, watch_pid, commands, prepare=None):
    threading.Thread(target=_exit_when_gone, args=(watch_pid,), daemon=True).start()
    try:
        if prepare:
            started = time.monotonic()
            _call(prepare)
            print(f"{prepare[0]}: {time.monotonic() - started:.1f} s", flush=True)
        import django
        from django.core.management import call_command
        from django.core.servers.basehttp import get_internal_wsgi_application, run
        from django.db import connections
        from django.db.backends.signals import connection_created

        connection_created.connect(_fast_throwaway_sqlite)
        django.setup()
        for name, options in commands:
            started = time.monotonic()
            call_command(name, **options)
            print(f"manage.py {name}: {time.monotonic() - started:.1f} s", flush=True)
        connections.close_all()  # each request thread opens its own
        application = get_internal_wsgi_application()
    except BaseException:
        _write_atomically(ready_path, {"error": traceback.format_exc()})
        raise

    def on_bind(port):
        print(f"Serving http://{HOST}:{port}/", flush=True)
        _write_atomically(ready_path, {"url": f"http://{HOST}:{port}"})

    run(HOST, 0, application, threading=True, on_bind=on_bind)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4]))
