"""StreamField blocks shared by every page type. Each block renders through its own template in templates/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

TEXT = _("Texte")
MEDIA = _("Médias")
LINKS = _("Liens")

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titre de section (niveau 2)")), ("h3", _("Sous-titre (niveau 3)"))],
        default="h2",
        help_text=_("Respectez l'ordre : un niveau 3 vient toujours après un niveau 2."),
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        group = TEXT
        template = "blocks/heading_block.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("type"),
        choices=[
            ("tip", _("Astuce")),
            ("warning", _("Attention")),
            ("info", _("Bon à savoir")),
        ],
        default="info",
    )
    text = blocks.RichTextBlock(label=_("texte"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Encadré")
        group = TEXT
        template = "blocks/callout_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citation"))
    author = blocks.CharBlock(label=_("auteur ou source"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citation")
        group = TEXT
        template = "blocks/quote_block.html"


class ImageUseBlock(ImageBlock):
    """Wagtail's ImageBlock: an image and its alternative text for this use, or the image marked decorative.

    The alternative text belongs to the page, not to the image: written in the page's language and translated with
    it (wagtail-localize extracts `alt_text` as a segment). In templates the value is the image itself, with
    `contextual_alt_text` ("" when decorative) and `decorative`. The children keep Wagtail's names and types: its
    admin script (suggests the image's own description), its validation and wagtail-localize rely on them; only
    their labels and help texts are ours.
    """

    def __init__(self, required=True, **kwargs):
        blocks.StructBlock.__init__(
            self,
            [
                ("image", ImageChooserBlock(required=required, label=_("image"))),
                (
                    "decorative",
                    blocks.BooleanBlock(
                        default=False,
                        required=False,
                        label=_("image décorative"),
                        help_text=_(
                            "Seulement si l'image n'apporte aucune information : les lecteurs d'écran l'ignorent."
                        ),
                    ),
                ),
                (
                    "alt_text",
                    blocks.CharBlock(
                        required=False,
                        label=_("texte alternatif"),
                        help_text=_(
                            "Ce que l'image apporte ici, pour qui ne la voit pas (lu par les lecteurs d'écran). "
                            "Il se traduit avec la page."
                        ),
                    ),
                ),
            ],
            **kwargs,
        )

    def clean(self, value):
        """Wagtail's checks, with our message (Wagtail's has no French translation) and blank text refused too."""
        described = value is None or value.decorative or (value.contextual_alt_text or "").strip()
        if not described and not self.is_deferred_validation:
            message = _("Écrivez le texte alternatif de l'image, ou cochez « image décorative ».")
            raise blocks.StructBlockValidationError(block_errors={"alt_text": ValidationError(message)})
        return super().clean(value)


class FigureBlock(blocks.StructBlock):
    """An image of the page's content: its alternative text for this use and an optional caption."""

    image = ImageUseBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("légende"), required=False, help_text=_("Facultatif : affichée sous l'image."))

    class Meta:
        icon = "image"
        label = _("Image")
        group = MEDIA
        template = "blocks/image_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("intitulé"), required=False, help_text=_("Vide : le titre du document."))

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        group = MEDIA
        template = "blocks/document_block.html"


class LinkButtonBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("texte du bouton"), max_length=60)
    page = blocks.PageChooserBlock(label=_("page du site"), required=False)
    url = blocks.URLBlock(label=_("ou adresse web"), required=False)

    class Meta:
        icon = "link"
        label = _("Bouton")
        group = LINKS
        template = "blocks/link_button_block.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choisissez soit une page du site, soit une adresse web (une seule des deux).")}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The free content of standard pages and section introductions."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        icon="pilcrow",
        group=TEXT,
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    callout = CalloutBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    document = DocumentBlock()
    button = LinkButtonBlock()
