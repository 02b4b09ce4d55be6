"""Proxinum: project configuration and site-wide code (imported as `proxinum`, see pyproject.toml)."""
