from django.utils.translation import gettext_lazy as _

from proxinum.models import BaseIndexPage


class ResourceIndexPage(BaseIndexPage):
    """The resource library (/ressources/): tutorials, guides and learning paths."""

    class Meta:
        verbose_name = _("médiathèque de ressources")
        verbose_name_plural = _("médiathèques de ressources")


class CaseStudyIndexPage(BaseIndexPage):
    """The inspiring cases catalogue (/cas-inspirants/)."""

    class Meta:
        verbose_name = _("catalogue de cas inspirants")
        verbose_name_plural = _("catalogues de cas inspirants")
