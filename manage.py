#!/usr/bin/env python
import os
import sys
from pathlib import Path

from dotenv import load_dotenv

if __name__ == "__main__":
    # For development: the variables of a .env file beside this one (see .env.example), those already in the
    # environment winning. The web servers (site/wsgi.py) read no .env file and default to the production settings.
    load_dotenv(Path(__file__).resolve().parent / ".env", override=False)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proxinum.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
