"""StreamField blocks shared by every page type. Each block renders through its own template in templates/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

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


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(
        label=_("légende"), required=False, help_text=_("Facultatif. Le texte alternatif vient de l'image elle-même.")
    )

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
    image = ImageBlock()
    document = DocumentBlock()
    button = LinkButtonBlock()
