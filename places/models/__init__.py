from .finder import PlaceIndexPage
from .gazetteer import Commune, CommunePostcode

__all__ = ["Commune", "CommunePostcode", "PlaceIndexPage"]
