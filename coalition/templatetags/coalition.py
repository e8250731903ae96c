"""Template helpers for translated content."""

import re

from django import template
from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.template.defaultfilters import linebreaksbr
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import conditional_escape, escape, format_html, linebreaks
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import get_language, get_language_bidi, gettext

from .. import front_cache, languages, sections
from .. import rich_text as rich
from .. import structured_data as schema
from ..languages import shown_language
from ..models import Page, SiteSettings
from ..models.common import year_range as span_of_years
from ..staticfiles import FLAGS_PREFIX, flag_codes
from ..text import sort_key

register = template.Library()


# A run of Latin-script words inside right-to-left text: a name or an acronym such as
# "ARTICLE 19", "Hivos" or "FOC-AN". It starts and ends with a letter or digit, so that
# brackets and sentence punctuation around it stay in the Arabic text's flow.
_LATIN = "A-Za-z\u00c0-\u024f"
_WORD = rf"[{_LATIN}][{_LATIN}0-9.&'’/-]*(?<=[{_LATIN}0-9])"
LATIN_RUN = re.compile(
    rf"{_WORD}(?:[ \u00a0]+(?:&[ \u00a0]+)?(?:{_WORD}|[0-9]+(?![0-9]*[^\s{_LATIN}0-9])))*"
)
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def isolate_latin(text):
    """Escape text, wrapping each run of Latin script in <bdi> so that right-to-left
    pages show it in its own order (WCAG 1.3.2). Text without any right-to-left letter (a
    name such as "Center for Democracy & Technology (CDT)") is isolated whole."""
    if text and not RIGHT_TO_LEFT.search(text):
        return f"<bdi>{escape(text)}</bdi>"
    parts, last = [], 0
    for match in LATIN_RUN.finditer(text):
        run = match.group()
        # A short single token ("FOC-AN", "WG1") is never split across lines at its hyphen.
        tag = '<bdi class="nowrap">' if len(run) <= 20 and " " not in run else "<bdi>"
        parts += [escape(text[last : match.start()]), f"{tag}{escape(run)}</bdi>"]
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)


def bidi_paragraphs(text):
    """linebreaks() for right-to-left text, with its Latin runs isolated."""
    paragraphs = re.split(r"\n{2,}", normalize_newlines(text).strip("\n"))
    return "\n\n".join(
        f"<p>{isolate_latin(paragraph).replace(chr(10), '<br>')}</p>" for paragraph in paragraphs
    )


@register.simple_tag
def translated(obj, field, element="span", paragraphs=False):
    """Render a translated field; text that fell back to English is marked lang="en".

    {% translated page "intro" "div" paragraphs=True %} renders paragraphs. A fallback
    is wrapped in `element` with lang (and dir on right-to-left pages) so that screen
    readers switch voice and Arabic pages keep the English words in order.
    """
    value = getattr(obj, field) or ""
    if shown_language(obj, field) == get_language():
        if get_language_bidi():
            return mark_safe(bidi_paragraphs(value) if paragraphs else isolate_latin(value))
        return mark_safe(linebreaks(value, autoescape=True)) if paragraphs else escape(value)
    if paragraphs:
        content = mark_safe(linebreaks(value, autoescape=True))  # escaped by linebreaks
    else:
        content = conditional_escape(value)
    # A name or a title needs only its language marked; a text, a word of explanation too.
    return in_english(content, element, explained=paragraphs)


class NameAndMarkup(str):
    """Text that templates show as its markup (__html__) and everything else as itself
    (JSON-LD, page titles)."""

    def __new__(cls, text, markup):
        name = super().__new__(cls, text)
        name.markup = markup
        return name

    def __html__(self):
        return self.markup


def item_name(obj, field=None):
    """An item's name, as its page's heading shows it (`field`, a translated field, or
    the item's own name): marked as English where it fell back, its Latin runs isolated on
    right-to-left pages. For breadcrumbs, which are also written as JSON-LD."""
    if field is not None:
        return NameAndMarkup(getattr(obj, field) or "", translated(obj, field))
    text = str(obj)
    return NameAndMarkup(
        text, mark_safe(isolate_latin(text)) if get_language_bidi() else escape(text)
    )


def in_english(content, element="div", explained=True):
    """Content that fell back to English, marked as English (lang, and dir on right-to-left
    pages) so that screen readers switch voice; a text (not a name) with a word of
    explanation in the page's language."""
    direction = mark_safe(' dir="ltr"') if get_language_bidi() else ""
    marked = format_html(
        '<{} lang="{}"{}>{}</{}>', element, settings.LANGUAGE_CODE, direction, content, element
    )
    if not explained:
        return marked
    note = gettext("This text is not available in this language yet: here it is in English.")
    return format_html('<p class="fallback-note">{}</p>{}', note, marked)


@register.simple_tag(takes_context=True)
def rich_text(context, obj, field, under=1):
    """{% rich_text page "intro" %}, {% rich_text section "body" under=section.heading_level %}:
    a rich text (coalition/rich_text.py) as every language shows it: sanitised, its links to
    the site's items resolved in the page's language, its subheadings below the heading of
    level `under` (1: the page's h1). Text that fell back to English is marked as English,
    as {% translated … paragraphs=True %} does for plain text."""
    value = getattr(obj, field) or ""
    # Internal links already resolved while this page renders: one query per model.
    known = context.render_context.setdefault("rich_text_links", {})
    own_language = shown_language(obj, field) == get_language()
    isolate = isolate_latin if get_language_bidi() and own_language else None
    html = rich.render(value, under=int(under or 1), known=known, isolate=isolate)
    if not html:
        return ""
    return mark_safe(html) if own_language else in_english(mark_safe(html))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """{% absolute_url item.photo.url as photo_url %}: an address with the site's scheme and
    host (link previews need one); an address that has them already is kept."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.filter
def web_address(url, length=60):
    """{{ state.website|web_address }}: an address as readers write it, without its scheme
    and closing slash, cut to `length` characters, isolated left to right so that an Arabic
    page does not move its slashes and dots to the other end."""
    shown = re.sub(r"^https?://", "", url or "").rstrip("/")
    if len(shown) > length:
        shown = shown[: length - 1] + "…"
    return format_html('<bdi dir="ltr">{}</bdi>', shown) if shown else ""


@register.filter
def public(item):
    """{% if document.conference|public %}: a related item, or None while it is a draft or
    scheduled, so that a page neither links to a 404 nor names what is not yet public."""
    return item if item is not None and item.is_public else None


@register.filter
def source_text(value):
    """{{ source|source_text }}: an English text shown to translators in the admin: rich text
    as its (sanitised) markup shows it, plain text with its line breaks."""
    if rich.is_html(value):
        return mark_safe(rich.sanitize(value))
    return linebreaksbr(value, autoescape=True)


@register.simple_tag
def state_link(state):
    """{% state_link state %}: a member state's flag and name, linked to its page. Written in
    Python rather than as an included template: the members page shows dozens of them."""
    return format_html(
        '<a class="state-link" href="{}"><img src="{}" alt="" width="{}" height="{}"'
        ' loading="lazy"> {}</a>',
        state.get_absolute_url(),
        flag_url(state.country),
        *FLAG_SIZES["small"],
        state.name,
    )


# The flags' sizes in CSS pixels (width, height): the SVG flags are 4:3.
FLAG_SIZES = {"small": (20, 15), "large": (40, 30)}


@register.filter
def flag_url(country):
    """{{ state.country|flag_url }}: the country's SVG flag from our static files
    (coalition/staticfiles.py), or django-countries' GIF where there is none."""
    code = (country.code or "").lower()
    if code in flag_codes():
        return static(f"{FLAGS_PREFIX}/{code}.svg")
    return country.flag


@register.simple_tag
def flag(country, size="large"):
    """{% flag state.country %}: the country's flag as an image beside its name (alt="")."""
    width, height = FLAG_SIZES[size]
    return format_html(
        '<img class="flag" src="{}" alt="" width="{}" height="{}">',
        flag_url(country),
        width,
        height,
    )


@register.simple_tag
def year_range(start, end=None):
    """{% year_range start end %}: "2018–2020", "Since 2018" or "2018", in the page's
    language (coalition.models.common.year_range)."""
    return span_of_years(start, end)


@register.filter(expects_localtime=True)
def local_date(value, format_name="DATE_FORMAT"):
    """{{ day|local_date }}, {{ day|local_date:"YEAR_MONTH_FORMAT" }}: Django's `date` filter
    with the rules its formats cannot say (1ᵉʳ janvier: coalition.languages.format_date)."""
    if value in (None, ""):
        return ""
    return languages.format_date(value, format_name)


@register.filter
def member_rank(number):
    """{{ state.join_order|member_rank }}: 31st, 31ᵉ, 31.º, الحادي والثلاثون."""
    return languages.member_rank(number)


@register.filter
def edition_number(number):
    """{{ conference.edition|edition_number }}: 9, 9ᵉ, 9.ª, التاسعة."""
    return languages.edition_number(number)


@register.filter(needs_autoescape=True)
def join_list(items, autoescape=True):
    """{{ states|join_list }}: the items as a list in the page's language ("، " in Arabic)."""
    return mark_safe(languages.join_list(items, conditional_escape if autoescape else str))


@register.simple_tag
def join_items(*items):
    """{% join_items city country %}: "The Hague, Netherlands", "لاهاي، هولندا". Empty
    items are left out."""
    return mark_safe(languages.join_list(items, conditional_escape))


@register.simple_tag
def list_separator():
    """{% list_separator %} between items a loop writes with markup of their own (links)."""
    return languages.list_separator()


@register.filter
def sorted_by_name(states):
    """{% for state in document.lead_states.all|sorted_by_name %}: member states in the
    alphabetical order of their names in the page's language (coalition.text.sort_key)."""
    return sorted(states, key=lambda state: sort_key(state.name))


@register.simple_tag
def navigation_pages():
    """Pages that staff chose to show in the main navigation, in their order."""
    return Page.objects.published().in_navigation().only("slug", *_title_columns())


@register.simple_tag
def footer_pages():
    """Every published page, for the footer's list of links."""
    return Page.objects.published().only("slug", *_title_columns())


@register.simple_tag
def site_settings():
    """{% site_settings as site %}: the secretariat's settings of the site (contact address,
    social links: coalition/models/site.py), in two queries. Use it inside a cached fragment."""
    return SiteSettings.load()


def _title_columns():
    return [f"title_{code}" for code, _name in settings.LANGUAGES]


@register.simple_tag
def preview_links(obj):
    """The staff preview of an item that has a public page, if any. Its share links are
    made and revoked on the item's admin page (coalition/admin/review.py)."""
    if obj is None or obj.pk is None or sections.content_model(obj._meta.model_name) is None:
        return None
    return {
        "preview": reverse(
            "coalition:preview", kwargs={"model_name": obj._meta.model_name, "pk": obj.pk}
        ),
    }


class CachedFragmentNode(template.Node):
    """A fragment kept in the fragment cache under its name, the content version, the
    language, the site's address and its values, with the front-cache keys of what it showed (coalition/
    front_cache.py): the tables its queries read and the keys of the fragments inside it.
    Read from the cache, it runs no query: it declares the keys it kept."""

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        values = [
            str(context.get("content_version")),
            get_language(),
            # The site's address: a fragment may write absolute addresses (JSON-LD), and the
            # site answers to more than one name.
            request.build_absolute_uri("/") if request is not None else "",
            *(value.resolve(context) for value in self.vary_on),
        ]
        key = make_template_fragment_key(self.name, values)
        fragments = fragment_cache()
        kept = fragments.get(key)
        if not isinstance(kept, tuple):  # not kept, or kept by an earlier release
            with front_cache.noting_keys() as keys, front_cache.declaring_apart(request) as inner:
                html = self.nodelist.render(context)
            kept = (html, sorted(keys | inner))
            fragments.set(key, kept, settings.FRAGMENT_CACHE_SECONDS)
        html, keys = kept
        front_cache.declare_keys(request, keys)
        return mark_safe(html)


def fragment_cache():
    """The cache of {% cache %} fragments: "template_fragments" if there is one."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]


@register.tag
def cached_fragment(parser, token):
    """{% cached_fragment "member-list" sort %} … {% endcached_fragment %}

    Caches what it encloses for FRAGMENT_CACHE_SECONDS under its name, the content version,
    the language and the values after the name; a page that shows it from the cache is
    still purged from the front cache when what it shows changes.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and the values it varies on.")
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, bits[1], vary_on)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """{% structured_data %} in base.html: the page's schema.org description as JSON-LD
    (the view's `structured_data`, and its breadcrumbs), coalition/structured_data.py."""
    request = context.get("request")
    if request is None:
        return ""
    scripts = []
    if context.get("structured_data"):
        scripts.append(schema.script(context["structured_data"]))
    if context.get("breadcrumbs"):
        scripts.append(schema.script(schema.breadcrumbs(request, context["breadcrumbs"])))
    return mark_safe("".join(scripts))  # each part escaped by schema.script


@register.simple_tag(takes_context=True)
def coalition_structured_data(context, members):
    """{% coalition_structured_data states %}: the coalition with its member states, as
    JSON-LD (home and members pages, inside the map's cached fragment)."""
    request = context.get("request")
    if request is None:
        return ""
    return schema.script(schema.with_context(schema.coalition(request, members)))
