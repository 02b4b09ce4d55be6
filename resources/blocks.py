"""Blocks of tutorials: numbered steps with an image, callouts and an optional self-hosted video."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from proxinum.blocks import CalloutBlock, FigureBlock, HeadingBlock, ImageUseBlock

STEP_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class VideoBlock(blocks.StructBlock):
    """A video file from the document library (never a third-party player) with its transcript."""

    video = DocumentChooserBlock(
        label=_("fichier vidéo"), required=False, help_text=_("Un fichier MP4 ou WebM, court et léger.")
    )
    captions = DocumentChooserBlock(
        label=_("sous-titres"), required=False, help_text=_("Facultatif : un fichier de sous-titres WebVTT (.vtt).")
    )
    transcript = blocks.TextBlock(
        label=_("transcription"),
        required=False,
        default="",
        help_text=_(
            "Obligatoire avec une vidéo : tout ce qui est dit et montré, pour qui ne peut ni voir ni entendre."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Vidéo (facultative)")
        template = "resources/blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("video") and not (value.get("transcript") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"transcript": ValidationError(_("Une vidéo doit avoir sa transcription."))}
            )
        return value


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre de l'étape"), max_length=120, help_text=_("Une action : « Ouvrez… »."))
    instruction = blocks.RichTextBlock(label=_("consigne"), features=STEP_TEXT_FEATURES)
    image = ImageUseBlock(
        required=False,
        label=_("image"),
        help_text=_("Une capture ou un dessin ; son texte alternatif est obligatoire."),
    )
    callouts = blocks.ListBlock(CalloutBlock(), label=_("encadrés"), default=[])
    video = VideoBlock()

    class Meta:
        icon = "list-ol"
        label = _("Étape")
        template = "resources/blocks/step_block.html"

    def get_searchable_content(self, value):
        return [value["title"], *super().get_searchable_content(value)[1:]]


class TutorialStepsBlock(blocks.StreamBlock):
    step = StepBlock()
    callout = CalloutBlock()

    class Meta:
        block_counts = {"step": {"min_num": 1}}


class EasyReadBlock(blocks.StreamBlock):
    """The easy-to-read (FALC) version: short sentences, one idea per line, an image for each idea."""

    heading = HeadingBlock()
    paragraph = blocks.TextBlock(label=_("Phrase simple"), icon="pilcrow", template="resources/blocks/easy_text.html")
    image = FigureBlock()
