from .cases import CaseStudyPage
from .index import CaseStudyIndexPage, ResourceIndexPage
from .library import (
    GuidePage,
    GuideRelatedTutorial,
    LearningPathPage,
    LearningPathStep,
    LibraryPage,
    TutorialPage,
    TutorialPrerequisite,
)
from .taxonomy import Theme

__all__ = [
    "CaseStudyIndexPage",
    "CaseStudyPage",
    "GuidePage",
    "GuideRelatedTutorial",
    "LearningPathPage",
    "LearningPathStep",
    "LibraryPage",
    "ResourceIndexPage",
    "Theme",
    "TutorialPage",
    "TutorialPrerequisite",
]
