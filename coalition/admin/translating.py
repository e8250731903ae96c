"""The translators' side of the admin: the English source beside each translation, where
each translation stands (list filters, the overview), and content .po files exported and
imported from the admin, with a preview before anything changes.

TranslationStateMixin (coalition/admin/base.py) brings the first two to every content admin;
`urls` and `app_list_entry` are what the admin site (site.py) adds.
"""

import copy
import hashlib
import json
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language_info, gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .. import content_catalogue, review, translation_state
from ..languages import language_name_translated
from ..models import ContentImport, TranslationStatus
from ..models.translations import new_import_token
from ..staff_groups import may

PERMISSION = "coalition.translate_content"
# The largest .po file the admin takes: the whole site's content is far smaller.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024

MISSING_LABELS = {
    "fr": _("Missing in French"),
    "es": _("Missing in Spanish"),
    "ar": _("Missing in Arabic"),
}
OUTDATED_LABELS = {
    "fr": _("English changed since translated (French)"),
    "es": _("English changed since translated (Spanish)"),
    "ar": _("English changed since translated (Arabic)"),
}
STATUS_LABELS = {
    TranslationStatus.MISSING: pgettext_lazy("translation", "Missing"),
    TranslationStatus.CURRENT: _("Up to date"),
    TranslationStatus.OUTDATED: _("English changed since translated"),
    TranslationStatus.NOT_NEEDED: _("No translation needed"),
    TranslationStatus.NO_SOURCE: _("No English text"),
}


# List filters --------------------------------------------------------------------------


class TranslationStatusFilter(admin.SimpleListFilter):
    """Items with a field in one status in one language: one subquery, no extra query."""

    status = None
    labels = {}

    def lookups(self, request, model_admin):
        return [
            (code, self.labels.get(code) or f"{self.title} ({language_name_translated(code)})")
            for code in translation_state.target_languages()
        ]

    def queryset(self, request, queryset):
        if self.value() in translation_state.target_languages():
            return queryset.filter(
                translation_state.items_in_status(queryset.model, self.value(), self.status)
            )
        return queryset


class MissingTranslationFilter(TranslationStatusFilter):
    title = _("translation missing")
    parameter_name = "missing_in"
    status = TranslationStatus.MISSING
    labels = MISSING_LABELS


class OutdatedTranslationFilter(TranslationStatusFilter):
    title = _("English changed since translated")
    parameter_name = "outdated_in"
    status = TranslationStatus.OUTDATED
    labels = OUTDATED_LABELS


# The English source beside each translation ---------------------------------------------------


class EnglishSourceWidget(forms.Widget):
    """A translation's input with, beside it (above it on a narrow screen), the English it
    translates, read-only, and where the translation stands. It stays in the same form row
    as the input, so modeltranslation's tabs move it with the input."""

    template_name = "admin/coalition/widgets/english_source.html"

    def __init__(self, widget, *, source, status, key, language, decide):
        self.widget = widget
        self.attrs = widget.attrs
        self.source, self.status = source, status
        self.key, self.language, self.decide = key, language, decide
        super().__init__(widget.attrs)

    def __deepcopy__(self, memo):
        obj = copy.copy(self)
        obj.widget = copy.deepcopy(self.widget, memo)
        obj.attrs = obj.widget.attrs
        memo[id(self)] = obj
        return obj

    @property
    def is_hidden(self):
        return self.widget.is_hidden

    @property
    def needs_multipart_form(self):
        return self.widget.needs_multipart_form

    @property
    def use_fieldset(self):
        return self.widget.use_fieldset

    @property
    def media(self):
        return self.widget.media

    def id_for_label(self, id_):
        return self.widget.id_for_label(id_)

    def value_from_datadict(self, data, files, name):
        return self.widget.value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return self.widget.value_omitted_from_data(data, files, name)

    def render(self, name, value, attrs=None, renderer=None):
        attrs = dict(attrs or {})
        base = attrs.get("id") or f"id_{name}"
        status_id = f"{base}_translation_status"
        described = attrs.get("aria-describedby", "")
        attrs["aria-describedby"] = f"{described} {status_id}".strip()
        return render_to_string(
            self.template_name,
            {
                "input": self.widget.render(name, value, attrs, renderer),
                "base_id": base,
                "status_id": status_id,
                "source": self.source,
                "status": self.status,
                "status_label": STATUS_LABELS.get(self.status, ""),
                "outdated": self.status == TranslationStatus.OUTDATED,
                "not_needed": self.status == TranslationStatus.NOT_NEEDED,
                "language_name": language_name_translated(self.language),
                "key": self.key,
                "decide": self.decide,
            },
        )


def decision_key(obj, name, language):
    """What the boxes of one field of one item send: "coalition.page:3:title:fr"."""
    return f"{obj._meta.label_lower}:{obj.pk}:{name}:{language}"


def show_sources(fields, obj, states=None):
    """Wrap each translation input among `fields` (a form's fields, or a form class's
    base_fields) with the English of `obj`, the item the form changes, and where each
    translation stands (`states`, from translation_state.states_of, when already read)."""
    entry = translation_state.translated_models().get(obj._meta.label_lower)
    if entry is None or obj.pk is None:
        return
    if states is None:
        states = translation_state.states_of(obj)
    source_language = translation_state.SOURCE_LANGUAGE
    for name in entry[1]:
        source = getattr(obj, build_localized_fieldname(name, source_language)) or ""
        for language in translation_state.target_languages():
            column = build_localized_fieldname(name, language)
            field = fields.get(column)
            if field is None or isinstance(field.widget, EnglishSourceWidget):
                continue
            row = states.get((name, language))
            field.widget = EnglishSourceWidget(
                field.widget,
                source=source,
                status=row.status if row else "",
                key=decision_key(obj, name, language),
                language=language,
                decide=bool(source.strip()),
            )


DECISION_BOXES = ("shown", "confirm", "not_needed")


def posted_decisions(request):
    """The translation boxes of a posted change form: {"shown": [key, …], "confirm": […],
    "not_needed": […]}, each key as decision_key makes it. Empty where the form had none."""
    decisions = {box: request.POST.getlist(f"_translation_{box}") for box in DECISION_BOXES}
    return decisions if decisions["shown"] else {}


def read_decision_key(key):
    """(label, pk, field name, language) of a key that decision_key made."""
    label, _sep, rest = key.partition(":")
    pk, _sep, rest = rest.partition(":")
    name, _sep, language = rest.partition(":")
    return label, pk, name, language


def item_and_parts(obj, formsets=()):
    """{(label, pk as text): item} of `obj` and of its parts edited on its page; a part
    edited in one of `formsets` as the form holds it (with what was typed)."""
    items = {(obj._meta.label_lower, str(obj.pk)): obj}
    for part_label, parent in translation_state.PARTS.get(obj._meta.label_lower, ()):
        part = translation_state.translated_models()[part_label][0]
        for item in part._base_manager.filter(**{parent: obj}):
            items[(part_label, str(item.pk))] = item
    for formset in formsets:
        for form in formset.forms:
            key = (form.instance._meta.label_lower, str(form.instance.pk))
            if key in items:
                items[key] = form.instance
    return items


def decided_column(items, key):
    """(item, field name, language) that a box's key names among `items`, or Nones where
    it names something else (a forged or outdated key)."""
    label, pk, name, language = read_decision_key(key)
    item = items.get((label, pk))
    fields = translation_state.translated_models().get(label, (None, ()))[1]
    if item is None or name not in fields or language not in translation_state.target_languages():
        return None, None, None
    return item, name, language


def decision_changes(obj, posted, formsets=()):
    """What the boxes of a posted form (posted_decisions) change, against where each
    translation stands now: {"not_needed": [key, …] (ticked, was not), "needed": […]
    (unticked, was), "confirm": {key: digest of the English the editor saw}}; empty when
    they change nothing. Only these are applied, so that a change that waits for review
    does not undo what colleagues decided meanwhile. `obj` and the parts in `formsets`
    hold what the editor typed."""
    if not posted.get("shown"):
        return {}
    items = item_and_parts(obj, formsets)
    states = translation_state.states_of_items(list(items.values()))
    ticked = set(posted.get("not_needed", []))
    confirmed = set(posted.get("confirm", []))
    changes = {"not_needed": [], "needed": [], "confirm": {}}
    for key in posted["shown"]:
        item, name, language = decided_column(items, key)
        if item is None:
            continue
        row = states.get((item._meta.label_lower, item.pk), {}).get((name, language))
        if (key in ticked) != bool(row and row.no_translation_needed):
            changes["not_needed" if key in ticked else "needed"].append(key)
        if key in confirmed:
            english, _translation = translation_state.texts(item, name, language)
            changes["confirm"][key] = translation_state.digest(english)
    return changes if any(changes.values()) else {}


def merged_decisions(earlier, later):
    """The marks of a change that replaces an earlier one of the same editor: the earlier
    change's, but where the later one decides the same box (its form showed the item's
    marks as stored, not the earlier change's)."""
    if not isinstance(earlier, dict) or not earlier:
        return later
    decided = {*later.get("not_needed", []), *later.get("needed", [])}
    merged = {
        box: [key for key in earlier.get(box, []) if key not in decided] + later.get(box, [])
        for box in ("not_needed", "needed")
    }
    merged["confirm"] = {**earlier.get("confirm", {}), **later.get("confirm", {})}
    return merged if any(merged.values()) else {}


def save_decisions(obj, changes):
    """Apply `changes` (decision_changes) to `obj` and its parts: with the change form's
    save, or when a change sent for review is approved. A "still right" counts only for
    the English the editor saw: the keys of those whose English has changed since are
    returned, not applied."""
    if not isinstance(changes, dict) or not changes:
        return []
    items = item_and_parts(obj)
    states = translation_state.states_of_items(list(items.values()))

    def each(keys):
        for key in keys:
            item, name, language = decided_column(items, key)
            if item is not None:
                rows = states.get((item._meta.label_lower, item.pk), {})
                yield key, item, name, language, rows

    for needed_not, keys in (
        (True, changes.get("not_needed", [])),
        (False, changes.get("needed", [])),
    ):
        for _key, item, name, language, rows in each(keys):
            translation_state.set_not_needed(item, name, language, needed_not, rows)
    seen = changes.get("confirm", {})
    not_confirmed = []
    for key, item, name, language, rows in each(seen):
        english, _translation = translation_state.texts(item, name, language)
        if translation_state.digest(english) != seen[key]:
            not_confirmed.append(key)
        else:
            translation_state.confirm(item, name, language, rows)
    return not_confirmed


def described_decisions(obj, changes):
    """The marks a change carries (decision_changes), for its reviewer:
    [("Section “Mandate”: Heading (French)", "still right"), …]."""
    if not isinstance(changes, dict) or not changes:
        return []
    items = item_and_parts(obj)
    described = []
    for box, meaning in (
        ("confirm", _("still right")),
        ("not_needed", _("no translation needed")),
        ("needed", _("needs a translation")),
    ):
        for key in changes.get(box, []):
            item, name, language = decided_column(items, key)
            if item is None:
                continue
            field = item._meta.get_field(build_localized_fieldname(name, language))
            label = review.field_label(field)
            if item is not obj:
                label = gettext("%(kind)s “%(item)s”: %(field)s") % {
                    "kind": str(item._meta.verbose_name).capitalize(),
                    "item": item,
                    "field": label,
                }
            described.append((label, meaning))
    return described


def with_sources(formset_class):
    """An inline's formset whose forms show the English of their own item."""

    class SideBySideFormSet(formset_class):
        def _construct_form(self, i, **kwargs):
            form = super()._construct_form(i, **kwargs)
            if form.instance.pk is not None:
                show_sources(form.fields, form.instance, self.translation_states(form.instance))
            return form

        def translation_states(self, obj):
            """The states of every item of the formset, read once (no query per form)."""
            if not hasattr(self, "_translation_states"):
                items = [item for item in self.get_queryset() if item.pk is not None]
                self._translation_states = translation_state.states_of_items(items)
            return self._translation_states.get((obj._meta.label_lower, obj.pk), {})

    return SideBySideFormSet


# The overview ---------------------------------------------------------------------------


def changelist_url(site, request, model, **query):
    """The list of `model`'s items (or of the items it is part of), filtered, if the user
    may see it; else None."""
    for part_of, parts in translation_state.PARTS.items():
        if any(label == model._meta.label_lower for label, _parent in parts):
            model = translation_state.translated_models()[part_of][0]
    model_admin = site._registry.get(model)
    if model_admin is None or not model_admin.has_view_or_change_permission(request):
        return None
    try:
        url = reverse(f"{site.name}:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return None
    return f"{url}?{urlencode(query)}" if query else url


def linked_summary(site, request):
    """translation_state.summary(), each kind with the addresses of its filtered lists."""
    languages = translation_state.summary()
    for language in languages:
        for kind in language.kinds:
            kind.url = changelist_url(site, request, kind.model)
            kind.missing_url = changelist_url(site, request, kind.model, missing_in=language.code)
            kind.outdated_url = changelist_url(site, request, kind.model, outdated_in=language.code)
    return languages


def overview(request, site):
    context = {
        **site.each_context(request),
        "title": _("Translations"),
        "languages": linked_summary(site, request),
        "can_transfer": request.user.has_perm(PERMISSION),
    }
    return TemplateResponse(request, "admin/coalition/translations/overview.html", context)


# Export and import ------------------------------------------------------------------------


def require_permission(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def export(request, site, language):
    require_permission(request)
    if language not in translation_state.target_languages():
        raise Http404
    only = request.GET.get("only")
    catalogue = content_catalogue.export_catalogue(
        language,
        only_missing=only == "missing",
        only_to_do=only == "to-do",
        may_change=partial(may, request.user, "change"),
    )
    response = HttpResponse(
        str(catalogue), content_type="text/x-gettext-translation; charset=utf-8"
    )
    name = f"content-{language}{'-' + only if only in ('missing', 'to-do') else ''}.po"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"))
    file = forms.FileField(
        label=_(".po file"),
        help_text=_("A file exported from this page (or from another copy of the site)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, language_name_translated(code)) for code in translation_state.target_languages()
        ]

    def clean(self):
        data = super().clean()
        upload, language = data.get("file"), data.get("language")
        if upload is None or language is None:
            return data
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is too large: a content .po file is at most %(megabytes)d MB.")
                % {"megabytes": MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not in UTF-8: save it as UTF-8 and upload it again.")
            ) from error
        try:
            catalogue = content_catalogue.parse_catalogue(text)
        except content_catalogue.CatalogueError as error:
            raise forms.ValidationError(error.problems) from error
        if not any(not entry.obsolete for entry in catalogue):
            raise forms.ValidationError(_("This file holds no translations."))
        plan = content_catalogue.plan_import(catalogue, language)
        if plan.file_problems:
            raise forms.ValidationError(plan.file_problems)
        data["text"] = text
        return data


def import_upload(request, site):
    require_permission(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        # The uploader's earlier file is replaced (a new token: its preview is gone); those
        # nobody applied are let go.
        ContentImport.objects.stale().delete()
        upload, _created = ContentImport.objects.update_or_create(
            uploaded_by=request.user,
            defaults={
                "token": new_import_token(),
                "language": form.cleaned_data["language"],
                "file_name": form.cleaned_data["file"].name[:200],
                "text": form.cleaned_data["text"],
                "uploaded_at": timezone.now(),
            },
        )
        return HttpResponseRedirect(
            reverse(f"{site.name}:translations_import_preview", args=[upload.token])
        )
    context = {
        **site.each_context(request),
        "title": _("Import a content .po file"),
        "form": form,
        "max_megabytes": MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    return TemplateResponse(request, "admin/coalition/translations/import.html", context)


def plan_digest(plan):
    """What the preview showed: applying checks that the content still gives this plan."""
    rows = [(e.reference, e.action, e.old, e.new) for e in plan.changes]
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()


def import_preview(request, site, token):
    require_permission(request)
    pending = (
        ContentImport.objects.filter(token=token, uploaded_by=request.user)
        .exclude(pk__in=ContentImport.objects.stale())
        .first()
    )
    if pending is None:
        messages.warning(
            request,
            gettext(
                "This import is no longer waiting (applied, or replaced by another "
                "upload): upload the file again."
            ),
        )
        return HttpResponseRedirect(reverse(f"{site.name}:translations_import"))
    catalogue = content_catalogue.parse_catalogue(pending.text)
    plan = content_catalogue.plan_import(
        catalogue, pending.language, partial(may, request.user, "change")
    )
    digest = plan_digest(plan)
    if request.method == "POST" and plan.can_apply:
        if request.POST.get("plan") != digest:
            messages.warning(
                request,
                gettext(
                    "The content changed since this preview was shown: check it again, then apply."
                ),
            )
        else:
            result = content_catalogue.apply_import(plan, request.user, origin=pending.file_name)
            pending.delete()
            messages.success(
                request,
                gettext(
                    "Imported %(changed)d translation(s) and confirmed %(confirmed)d from %(name)s."
                )
                % {
                    "changed": len(result.changed),
                    "confirmed": len(result.confirmed),
                    "name": pending.file_name,
                },
            )
            return HttpResponseRedirect(reverse(f"{site.name}:translations"))
    context = {
        **site.each_context(request),
        "title": _("Preview of the import"),
        "plan": plan,
        "digest": digest,
        "file_name": pending.file_name,
        "language_name": language_name_translated(pending.language),
        "language": pending.language,
        "language_bidi": get_language_info(pending.language)["bidi"],
        "changes": plan.having(content_catalogue.CHANGE),
        "confirmations": plan.having(content_catalogue.CONFIRM),
        "errors": plan.errors,
        "stale": plan.stale,
        "untranslated": len(plan.having(content_catalogue.UNTRANSLATED)),
        "unchanged": len(plan.having(content_catalogue.UNCHANGED)),
    }
    return TemplateResponse(request, "admin/coalition/translations/preview.html", context)


# What the admin site adds ------------------------------------------------------------------


def urls(site):
    def view(function):
        def wrapped(request, *args, **kwargs):
            return function(request, site, *args, **kwargs)

        return site.admin_view(wrapped)

    return [
        path("translations/overview/", view(overview), name="translations"),
        path("translations/export/<str:language>/", view(export), name="translations_export"),
        path("translations/import/", view(import_upload), name="translations_import"),
        path(
            "translations/import/<str:token>/",
            view(import_preview),
            name="translations_import_preview",
        ),
    ]


def app_list_entry(site, request):
    """The "Translations" group of the admin's home page and navigation."""
    url = reverse(f"{site.name}:translations")
    entries = [
        {
            "name": gettext("Translation overview"),
            "object_name": "TranslationOverview",
            "admin_url": url,
            "add_url": None,
            "view_only": True,
            "perms": {"view": True},
        }
    ]
    if request.user.has_perm(PERMISSION):
        entries.append(
            {
                "name": gettext("Import a content .po file"),
                "object_name": "TranslationImport",
                "admin_url": reverse(f"{site.name}:translations_import"),
                "add_url": None,
                "view_only": True,
                "perms": {"view": True},
            }
        )
    return {
        "name": gettext("Translations"),
        "app_label": "translations",
        "app_url": url,
        "has_module_perms": True,
        "models": entries,
    }
