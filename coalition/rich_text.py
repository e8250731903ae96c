"""Rich text: the small, safe HTML that long texts (page bodies, news, descriptions) are in.

Staff write it in the admin's editor (a toolbar, no markup to type); translators get it as
HTML in the content .po files. Only paragraphs, line breaks, bold, italic, links, bulleted
and numbered lists and two levels of subheading are kept: everything else (scripts, styles,
event handlers, frames, images, javascript: and data: addresses) is removed by nh3, when
the text is saved and again when it is shown.

Subheadings are stored as <h2> (a heading of the text) and <h3> (under it); where the text
sits under a heading of the page, they are shown one or more levels lower
(`render(..., under=2)` turns <h2> into <h3>), so that headings never skip a level.

A link to an item of the site is stored as a reference, `item:<model>:<pk>` (for instance
`item:document:12`), or `item:list:<section>` for a list page (`item:list:documents`,
`item:list:contact`): it is turned into the item's address in the page's language when the
text is shown, so it survives a change of the item's address; a link to an item that is not
published (a draft, deleted) is shown as plain text.

Texts written before rich text existed are plain text: they are turned into paragraphs
(`plain_to_html`) when shown or saved, and the migration that introduced rich text did the
same to what was stored.
"""

import html
import json
import re

import nh3
from django import forms
from django.apps import apps
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "h2", "h3"}
URL_SCHEMES = {"http", "https", "mailto", "tel", "item"}
# Tags whose content goes with them (the others' text is kept).
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "noscript"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=REMOVED_WITH_CONTENT,
    attributes={"a": {"href"}},
    url_schemes=URL_SCHEMES,
    link_rel=None,
    strip_comments=True,
)

# A text that starts with a tag is HTML (the editor's, or pasted); any other text is plain
# text from before (or from a translator who left the tags out).
_HTML_START = re.compile(r"\s*<[a-z!]", re.IGNORECASE)
_EMPTY_PARAGRAPH = re.compile(r"<p></p>")
_BARE_LINK = re.compile(r"<a>(.*?)</a>", re.DOTALL)
_EMPTY = re.compile(r"^(\s|<p>\s*(<br>)?\s*</p>)*$")


def is_html(text):
    return bool(text) and bool(_HTML_START.match(text))


def plain_to_html(text):
    """Plain text as paragraphs: a blank line starts one, a single line break is <br>."""
    text = normalize_newlines(text or "").strip("\n")
    if not text.strip():
        return ""
    paragraphs = re.split(r"\n\s*\n", text)
    return "".join(
        f"<p>{escape(paragraph).replace(chr(10), '<br>')}</p>"
        for paragraph in paragraphs
        if paragraph.strip()
    )


def html_to_plain(value):
    """Rich text as plain text: paragraphs apart by a blank line, list items as "- " lines.
    The reverse of plain_to_html for the texts it makes."""
    if not is_html(value):
        return value or ""
    text = re.sub(r"<br\s*/?>", "\n", value)
    text = re.sub(r"<li(\s[^>]*)?>", "- ", text)
    text = re.sub(r"</li>", "\n", text)
    text = re.sub(r"</(p|h[1-6]|ul|ol)>", "\n\n", text)
    text = html.unescape(strip_tags(text))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"\n+(?=- )", "\n", text).strip("\n")


def plain_text(value):
    """The words of a rich text on one line: for search, feeds and meta descriptions."""
    return " ".join(html_to_plain(value).split())


def sanitize(value):
    """The safe HTML of a text (plain text becomes paragraphs); "" for an empty one."""
    if not value:
        return ""
    value = value if is_html(value) else plain_to_html(value)
    # A link whose address was removed (javascript:, data:) is no link: its words stay.
    cleaned = _BARE_LINK.sub(r"\1", _cleaner.clean(value))
    cleaned = _EMPTY_PARAGRAPH.sub("", cleaned)
    return "" if _EMPTY.match(cleaned) else cleaned


# Internal links ----------------------------------------------------------------------

_REFERENCE = re.compile(r"^item:([a-z]+):([a-z0-9-]+)$")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def list_pages():
    """item:list:<key> -> URL name: each section's list, and the contact page."""
    from . import sections

    names = {s.key: s.list_url_name for s in sections.SECTIONS if s.list_url_name}
    return {**names, "contact": "coalition:contact", "home": "coalition:home"}


def linkable_models():
    """item:<model>:<pk> -> model, for every public kind of content (coalition/sections.py)."""
    from . import sections

    return {s.model.lower(): apps.get_model("coalition", s.model) for s in sections.SECTIONS}


def references(value):
    return {
        match.groups()
        for href, _inner in _LINK.findall(value)
        if (match := _REFERENCE.match(html.unescape(href)))
    }


def resolve(refs, known=None):
    """{(kind, key): address or None} in the active language, one query per model."""
    known = {} if known is None else known
    wanted = {}
    for kind, key in refs:
        if (kind, key) in known:
            continue
        if kind == "list":
            try:
                known[(kind, key)] = reverse(list_pages()[key])
            except (KeyError, NoReverseMatch):
                known[(kind, key)] = None
        elif kind in linkable_models() and key.isdigit():
            wanted.setdefault(kind, set()).add(int(key))
        else:
            known[(kind, key)] = None
    for kind, pks in wanted.items():
        model = linkable_models()[kind]
        found = {
            obj.pk: obj.get_absolute_url()
            for obj in model.objects.published().filter(pk__in=pks).only("pk", "slug")
        }
        for pk in pks:
            known[(kind, str(pk))] = found.get(pk)
    return known


def _resolve_links(value, known):
    def replace(match):
        href, inner = match.groups()
        reference = _REFERENCE.match(html.unescape(href))
        if reference is None:
            return match.group()
        url = known.get(reference.groups())
        return f'<a href="{escape(url)}">{inner}</a>' if url else inner

    return _LINK.sub(replace, value)


def _shift_headings(value, under):
    shift = max(0, under - 1)
    if not shift:
        return value
    return re.sub(
        r"<(/?)h([23])>",
        lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}>",
        value,
    )


def _each_text(value, change):
    """`value` with change(text) in place of each run of text between its tags; change
    takes and returns HTML-escaped text."""
    parts = re.split(r"(<[^>]+>)", value)
    for index in range(0, len(parts), 2):
        if parts[index].strip():
            parts[index] = change(html.unescape(parts[index]))
    return "".join(parts)


def render(value, under=1, known=None, isolate=None):
    """The HTML to show: sanitised, internal links resolved (or made plain text), headings
    placed under a heading of level `under`; `isolate(text)` (escaping) is applied to each
    run of text, for right-to-left pages."""
    cleaned = sanitize(value)
    if not cleaned:
        return ""
    refs = references(cleaned)
    known = resolve(refs, known) if refs else (known or {})
    cleaned = _resolve_links(cleaned, known)
    cleaned = _shift_headings(cleaned, under)
    return _each_text(cleaned, isolate) if isolate else cleaned


# The admin's editor ------------------------------------------------------------------


class RichTextEditor(forms.Textarea):
    """A textarea that the editor replaces; without JavaScript it stays a textarea of HTML."""

    class Media:
        css = {
            "all": (
                "django_prose_editor/material-icons.css",
                "django_prose_editor/editor.css",
                "django_prose_editor/overrides.css",
                "coalition/rich_text_editor.css",
            )
        }
        js = (forms.Script("coalition/rich_text_editor.js", type="module"),)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-rich-text"] = json.dumps(
            {
                "links": reverse("admin:rich_text_links"),
                "labels": {
                    "picker": _("Link to a page of this site"),
                    "choose": _("Choose a page…"),
                    "apply": _("Link the selected text"),
                    "help": _(
                        "Select words in the text, choose a page of this site, then press "
                        "“Link the selected text”. Such a link follows the page when its "
                        "address changes."
                    ),
                    "nothing_selected": _("Select the words to link first."),
                },
            }
        )
        return context

    def use_required_attribute(self, initial):
        return False  # the textarea is hidden behind the editor


class RichTextFormField(forms.CharField):
    """Whatever widget the admin proposes (its Textarea), rich text gets the editor; the
    value is sanitised as it is cleaned."""

    def __init__(self, *args, widget=None, **kwargs):
        attrs = getattr(widget, "attrs", {}) if not isinstance(widget, type) else {}
        kwargs.pop("max_length", None)
        super().__init__(*args, widget=RichTextEditor(attrs=dict(attrs)), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return value if value is None else sanitize(value)  # None: not translated yet


RICH_TEXT_HELP = gettext_lazy(
    "Paragraphs, bold, italic, lists, links and subheadings (from the toolbar). A link to a "
    "page of this site is best made with “Link to a page of this site”: it keeps working "
    "when that page's address changes."
)


class RichTextField(models.TextField):
    """A TextField holding rich text: sanitised whenever it is saved or validated, and edited
    with the admin's rich-text editor. Each language's column (modeltranslation) is one too."""

    def clean(self, value, model_instance):
        value = value if value is None else sanitize(value)
        return super().clean(value, model_instance)

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        if value is None:  # a language not translated yet (modeltranslation)
            return value
        cleaned = sanitize(value)
        if cleaned != (value or "") and self.attname in model_instance.__dict__:
            # A language's own column (body_fr); never the field modeltranslation reads
            # through the active language (body).
            if not hasattr(self, "translated_field") and _is_translated(model_instance, self):
                return cleaned
            model_instance.__dict__[self.attname] = cleaned
        return cleaned

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": RichTextFormField, **kwargs})


def _is_translated(instance, field):
    from modeltranslation.translator import NotRegistered, translator

    try:
        return field.name in translator.get_options_for_model(type(instance)).all_fields
    except NotRegistered:
        return False
