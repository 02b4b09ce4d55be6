"""Lighthouse 12 scores of the main page types: `make lighthouse` (see run.py). Figures to read, not a CI gate."""
