"""The demo's loaders, in the order `load_demo` runs them: the starter pages with the demo's contact details, the
places, the resource library, then the agenda (its events take place in the demo places)."""

from . import events, places, resources, site

LOADERS = [site.load, places.load, resources.load, events.load]
