"""Draw the coalition's icons and link-preview cards into static/img/ (committed files).

    python manage.py build_brand_images [--output DIR]

- img/icons/mark.svg: the mark alone (the SVG favicon; the same shapes as the header's
  templates/includes/logo.html);
- img/icons/favicon-32.png, apple-touch-icon.png (180), icon-192.png, icon-512.png;
- img/og/foc-<language>.png: a 1200 x 630 card per language with the coalition's name in
  that language, the default og:image of a page without a picture of its own.

Drawn with Pillow (text shaped by libraqm, so Arabic is joined and right to left) and the
fonts in static/fonts: Noto Sans Arabic for Arabic, a Latin subset of Noto Sans for the
rest. Run it again after changing the mark, the colours, the name or its translations, and
commit the files it writes.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

STATIC = Path(settings.BASE_DIR) / "static"
FONTS = STATIC / "fonts"

NAVY = (12, 35, 64)
GLOBE = (10, 75, 143)
GOLD = (242, 182, 50)
WHITE = (255, 255, 255)

# The mark, in a 48 x 48 box (templates/includes/logo.html draws the same).
MARK_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48">
  <circle cx="24" cy="24" r="22" fill="#0a4b8f"/>
  <path d="M24 4.5c-6 5-9 11.5-9 19.5s3 14.5 9 19.5M24 4.5c6 5 9 11.5 9 19.5s-3 14.5-9 19.5M4.5 24h39M8 14h32M8 34h32" fill="none" stroke="#ffffff" stroke-width="2.2" stroke-linecap="round" opacity=".9"/>
  <circle cx="37" cy="11" r="7.5" fill="#f2b632" stroke="#ffffff" stroke-width="2.5"/>
</svg>
"""

OVERSAMPLE = 4  # drawn this many times larger, then reduced: smooth edges


def font(language, weight, size):
    name = "arabic" if language == "ar" else "latin"
    return ImageFont.truetype(
        str(FONTS / f"noto-sans-{name}-{weight}.woff2"),
        size,
        layout_engine=ImageFont.Layout.RAQM,
    )


def draw_mark(image, left, top, size):
    """The mark, `size` pixels wide, at (left, top) of `image` (RGBA)."""
    big = size * OVERSAMPLE
    layer = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    unit = big / 48

    def box(cx, cy, rx, ry):
        return [(cx - rx) * unit, (cy - ry) * unit, (cx + rx) * unit, (cy + ry) * unit]

    def line(x1, y1, x2, y2, width):
        draw.line(
            [(x1 * unit, y1 * unit), (x2 * unit, y2 * unit)], fill=WHITE, width=round(width * unit)
        )
        for x, y in ((x1, y1), (x2, y2)):  # round caps
            draw.ellipse(box(x, y, width / 2, width / 2), fill=WHITE)

    draw.ellipse(box(24, 24, 22, 22), fill=GLOBE)
    stroke = 2.2
    draw.ellipse(box(24, 24, 9, 19.5), outline=WHITE, width=round(stroke * unit))
    line(4.5, 24, 43.5, 24, stroke)
    line(8, 14, 40, 14, stroke)
    line(8, 34, 40, 34, stroke)
    draw.ellipse(box(37, 11, 8.75, 8.75), fill=WHITE)
    draw.ellipse(box(37, 11, 6.25, 6.25), fill=GOLD)
    image.alpha_composite(layer.resize((size, size), Image.Resampling.LANCZOS), (left, top))


def icon(size, background=None, padding=0.0):
    image = Image.new("RGBA", (size, size), background or (0, 0, 0, 0))
    inset = round(size * padding)
    draw_mark(image, inset, inset, size - 2 * inset)
    return image


def wrap(draw, text, typeface, width, direction):
    """The words of `text` in lines no wider than `width`."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=typeface, direction=direction) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def card(language):
    """The 1200 x 630 link-preview card in `language`."""
    width, height = 1200, 630
    image = Image.new("RGBA", (width, height), NAVY)
    draw = ImageDraw.Draw(image)
    rtl = language == "ar"
    direction = "rtl" if rtl else "ltr"
    margin = 88
    mark = 132
    draw.rectangle([0, height - 18, width, height], fill=GOLD)

    with translation.override(language):
        name = _("Freedom Online Coalition")
        tagline = _("Governments for a free and open Internet")

    draw_mark(image, width - margin - mark if rtl else margin, margin, mark)
    text_width = width - 2 * margin
    size = 88
    title = font(language, 700, size)
    lines = wrap(draw, name, title, text_width, direction)
    while len(lines) > 2 and size > 56:
        size -= 4
        title = font(language, 700, size)
        lines = wrap(draw, name, title, text_width, direction)
    anchor = "ra" if rtl else "la"
    x = width - margin if rtl else margin
    y = margin + mark + 44
    for text in lines:
        draw.text(
            (x, y),
            text,
            font=title,
            fill=WHITE,
            anchor=anchor,
            direction=direction,
            language=language,
        )
        y += round(size * (1.35 if rtl else 1.15))
    draw.text(
        (x, y + 22),
        tagline,
        font=font(language, 400, 40),
        fill=GOLD,
        anchor=anchor,
        direction=direction,
        language=language,
    )
    return image.convert("RGB")


class Command(BaseCommand):
    help = "Draw the icons and the link-preview cards into static/img/."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=STATIC / "img")

    def handle(self, *args, output, **options):
        icons, cards = output / "icons", output / "og"
        icons.mkdir(parents=True, exist_ok=True)
        cards.mkdir(parents=True, exist_ok=True)
        written = []

        (icons / "mark.svg").write_text(MARK_SVG, encoding="utf-8")
        written.append(icons / "mark.svg")
        for name, image in (
            ("favicon-32.png", icon(32)),
            # iOS puts its own corners on a square, opaque icon
            ("apple-touch-icon.png", icon(180, background=WHITE, padding=0.1)),
            ("icon-192.png", icon(192, background=WHITE, padding=0.08)),
            ("icon-512.png", icon(512, background=WHITE, padding=0.08)),
        ):
            image.save(icons / name, optimize=True)
            written.append(icons / name)
        for code, _name in settings.LANGUAGES:
            path = cards / f"foc-{code}.png"
            card(code).quantize(colors=64, dither=Image.Dither.NONE).save(path, optimize=True)
            written.append(path)
        for path in written:
            self.stdout.write(f"{path} ({path.stat().st_size} bytes)")
