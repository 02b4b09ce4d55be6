from .finder import PlaceIndexPage
from .gazetteer import Commune, CommunePostcode
from .mobile import MobileStopPage, MobileTourPage
from .places import MediationPlacePage, PlacePhoto
from .reports import PlaceErrorReport

__all__ = [
    "Commune",
    "CommunePostcode",
    "MediationPlacePage",
    "MobileStopPage",
    "MobileTourPage",
    "PlaceErrorReport",
    "PlaceIndexPage",
    "PlacePhoto",
]
