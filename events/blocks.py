"""Hackathon extras: challenges, schedule, jury and results, each a simple list editors fill in."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChallengeBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("défi"), max_length=160)
    description = blocks.TextBlock(label=_("description"))
    brought_by = blocks.CharBlock(label=_("proposé par"), max_length=160, required=False)

    class Meta:
        icon = "pick"
        label = _("Défi")
        template = "events/blocks/challenge_block.html"


class ScheduleItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("quand"), max_length=40, help_text=_("Par exemple « Samedi 9 h 30 »."))
    activity = blocks.CharBlock(label=_("quoi"), max_length=200)

    class Meta:
        icon = "time"
        label = _("Moment du programme")
        template = "events/blocks/schedule_item_block.html"


class JuryMemberBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("nom"), max_length=120)
    role = blocks.CharBlock(label=_("fonction"), max_length=160, required=False)

    class Meta:
        icon = "user"
        label = _("Membre du jury")
        template = "events/blocks/jury_member_block.html"


class ResultBlock(blocks.StructBlock):
    project = blocks.CharBlock(label=_("projet"), max_length=160)
    team = blocks.CharBlock(label=_("équipe"), max_length=200, required=False)
    prize = blocks.CharBlock(label=_("prix"), max_length=120, required=False, help_text=_("Par exemple « 1er prix »."))
    description = blocks.TextBlock(label=_("description"), required=False)
    url = blocks.URLBlock(label=_("lien"), required=False)

    class Meta:
        icon = "pick"
        label = _("Projet primé")
        template = "events/blocks/result_block.html"
