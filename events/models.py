from django.utils.translation import gettext_lazy as _

from proxinum.models import BaseIndexPage


class EventIndexPage(BaseIndexPage):
    """The agenda (/agenda/)."""

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")
