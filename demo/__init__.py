"""The demo site: data files (demo/data/) and the loaders behind `manage.py load_demo`.

The only app that may import every other one: it fills the content apps with example content.
"""
