"""The browser tests' server: the test settings (DEBUG off, static files from the source folders), with the uploaded
files (the demo's images) in the run's temporary folder rather than in the project."""

import os
from pathlib import Path

from proxinum.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
