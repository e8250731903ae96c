"""Safe uploads: images re-encoded without metadata, documents checked by their content.

A photo may carry the GPS position where it was taken: the admin re-encodes every image
before it is stored, keeping only the pixels (orientation applied), under a random name.
Formats are recognised by content, never by the file's name. Limits can be lowered in the
settings (UPLOAD_IMAGE_MAX_BYTES, UPLOAD_IMAGE_MAX_PIXELS, UPLOAD_DOCUMENT_MAX_BYTES).
"""

import io
import uuid
import warnings
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

IMAGE_MAX_BYTES = 10 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000
DOCUMENT_MAX_BYTES = 25 * 1024 * 1024
IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
RENDITION_WIDTHS = (320, 640)


def limit(name):
    return getattr(settings, f"UPLOAD_{name}", globals()[name])


def check_size(upload, max_bytes):
    if upload.size > max_bytes:
        raise ValidationError(
            _("The file is too large: the limit is %(limit)s."),
            code="too_large",
            params={"limit": filesizeformat(max_bytes)},
        )


def clean_image(upload):
    """The upload re-encoded as a new file with no metadata, or a ValidationError."""
    check_size(upload, limit("IMAGE_MAX_BYTES"))
    wrong_format = ValidationError(_("Upload a JPEG, PNG or WebP image."), code="invalid_image")
    too_many_pixels = ValidationError(
        _("The image is too large: the limit is %(limit)s million pixels."),
        code="too_many_pixels",
        params={"limit": limit("IMAGE_MAX_PIXELS") // 1_000_000},
    )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload, formats=list(IMAGE_FORMATS)) as image:
                if image.width * image.height > limit("IMAGE_MAX_PIXELS"):
                    raise too_many_pixels
                # A phone's multi-picture JPEG (MPO) comes through the JPEG decoder.
                kind = "JPEG" if image.format == "MPO" else image.format
                if kind not in IMAGE_FORMATS:
                    raise wrong_format
                image.load()
                image = ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (OSError, SyntaxError, ValueError, EOFError):  # not an image Pillow may open
        raise wrong_format from None
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    grey = image.mode in ("1", "L")
    if kind == "JPEG":
        mode = "L" if grey else "RGB"
    else:
        mode = "RGBA" if has_alpha else ("L" if grey and kind == "PNG" else "RGB")
    try:
        image = image.convert(mode)
    except ValueError:
        raise wrong_format from None
    # A new image holds the pixels only: no EXIF, XMP, ICC profile or text chunks.
    clean = Image.frombytes(mode, image.size, image.tobytes())
    output = io.BytesIO()
    clean.save(output, kind, **({"quality": 85} if kind != "PNG" else {}))
    return ContentFile(output.getvalue(), name=uuid.uuid4().hex + IMAGE_FORMATS[kind])


def rendition_name(name, width):
    return f"{PurePath(name).with_suffix('')}-{width}w.webp"


def write_renditions(fieldfile):
    """Narrower WebP copies of a stored image, next to it, for `srcset`."""
    with fieldfile.open("rb"), Image.open(fieldfile, formats=list(IMAGE_FORMATS)) as image:
        image.load()
        for width in RENDITION_WIDTHS:
            if width >= image.width:
                continue
            height = max(1, round(image.height * width / image.width))
            smaller = image.resize((width, height), Image.Resampling.LANCZOS)
            output = io.BytesIO()
            smaller.save(output, "WEBP", quality=80)
            name = rendition_name(fieldfile.name, width)
            fieldfile.storage.delete(name)
            fieldfile.storage.save(name, ContentFile(output.getvalue()))


def srcset(fieldfile, width):
    """The `srcset` of a stored image `width` pixels wide: its renditions, then itself."""
    if not fieldfile or not width:
        return ""
    storage = fieldfile.storage
    candidates = [
        f"{storage.url(rendition_name(fieldfile.name, size))} {size}w"
        for size in RENDITION_WIDTHS
        if size < width
    ]
    return ", ".join([*candidates, f"{fieldfile.url} {width}w"])


class SafeImageFormField(forms.FileField):
    def to_python(self, data):
        upload = super().to_python(data)
        return None if upload is None else clean_image(upload)


class ImageWithRenditions(models.fields.files.ImageFieldFile):
    @property
    def srcset(self):
        """For <img srcset>: the renditions, then the image itself."""
        width = getattr(self.instance, self.field.width_field) if self.field.width_field else None
        return srcset(self, width)


class SafeImageField(models.ImageField):
    """An ImageField whose form re-encodes the upload (see clean_image) and which stores
    narrower renditions beside a new image (`{{ item.photo.srcset }}`)."""

    attr_class = ImageWithRenditions

    def formfield(self, **kwargs):
        return super().formfield(**{**kwargs, "form_class": SafeImageFormField})

    def pre_save(self, model_instance, add):
        fieldfile = getattr(model_instance, self.attname)
        new = bool(fieldfile) and not fieldfile._committed
        fieldfile = super().pre_save(model_instance, add)
        if new:
            write_renditions(fieldfile)
        return fieldfile


def image_fields(name, label, upload_to, help_text):
    """An optional image and the width and height stored beside it (for <img width height>
    and srcset), to unpack in a model: `logo, logo_width, logo_height = image_fields("logo", …)`."""
    return (
        SafeImageField(
            label,
            upload_to=upload_to,
            blank=True,
            width_field=f"{name}_width",
            height_field=f"{name}_height",
            help_text=help_text,
        ),
        models.PositiveIntegerField(null=True, blank=True, editable=False),
        models.PositiveIntegerField(null=True, blank=True, editable=False),
    )


def photo_description_fields():
    """A photo's text alternative and its "decorative" flag (which makes the alternative
    unneeded), to unpack in a model: `photo_alt, photo_decorative = photo_description_fields()`."""
    return (
        models.CharField(
            _("text alternative of the photo"),
            max_length=250,
            blank=True,
            help_text=_("What the photo shows, for people who cannot see it."),
        ),
        models.BooleanField(
            _("the photo is decorative"),
            default=False,
            help_text=_(
                "Tick only if the photo says nothing that the page does not: no text alternative is then needed."
            ),
        ),
    )


def check_photo_description(instance):
    """A photo (photo_description_fields) is described in English, the required language
    (MODELTRANSLATION_REQUIRED_LANGUAGES), or marked decorative; the error goes on the
    English column, which the admin's form shows."""
    if (
        instance.photo
        and not instance.photo_decorative
        and not (instance.photo_alt_en or "").strip()
    ):
        raise ValidationError(
            {
                "photo_alt_en": _(
                    "Describe the photo for people who cannot see it, or tick "
                    "“the photo is decorative”."
                )
            }
        )


def validate_document(fieldfile):
    """Only a new upload is checked: a PDF, by its first bytes, within the size limit."""
    if getattr(fieldfile, "_committed", True):
        return
    check_size(fieldfile, limit("DOCUMENT_MAX_BYTES"))
    fieldfile.seek(0)
    start = fieldfile.read(5)
    fieldfile.seek(0)
    if start != b"%PDF-":
        raise ValidationError(_("Upload a PDF file."), code="invalid_document")


def document_upload_to(instance, filename):
    """documents/<random>/<readable name>.pdf: the download keeps a readable name, but the
    address cannot be guessed."""
    stem = slugify(PurePath(filename).stem)[:80] or "document"
    return f"documents/{uuid.uuid4().hex}/{stem}.pdf"
