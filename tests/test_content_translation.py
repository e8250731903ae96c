"""Content translations through .po files (export_content_po / import_content_po) and the
completeness report (translation_status)."""

from io import StringIO
from pathlib import Path

import polib
import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from reversion.models import Version

from coalition import models, rich_text
from coalition.content_catalogue import guess_language, reference, translatable_fields
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def content():
    """A little of everything, including a draft and text that gettext must escape."""
    document = factories.DocumentFactory(
        title_en="Joint Statement on Internet Shutdowns",
        title_fr="Déclaration conjointe sur les coupures d’Internet",
        summary_en='First paragraph with "quotes", a \\ backslash\tand a tab.\n\nSecond one.',
    )
    draft = factories.NewsItemFactory(
        title_en="A draft not yet published", status=models.Status.DRAFT
    )
    twin = factories.DocumentFactory(title_en="Joint Statement on Internet Shutdowns")
    page = factories.PageFactory(title_en="About the coalition", summary_en="Who we are.")
    section = factories.PageSectionFactory(page=page, heading_en="History", body_en="")
    return {"document": document, "draft": draft, "twin": twin, "page": page, "section": section}


def export(tmp_path, language="fr", *args, name=None):
    path = tmp_path / (name or f"content-{language}.po")
    call_command("export_content_po", "--language", language, "--output", str(path), *args)
    return path


@pytest.fixture(autouse=True)
def translator():
    """The staff member who runs the imports (--user): the history says who it was."""
    return User.objects.create_user("amina", password="a long enough password", is_staff=True)


def import_file(path, language="fr", *args, user="amina"):
    call_command("import_content_po", str(path), "--language", language, "--user", user, *args)


def entries(path):
    return {entry.msgctxt: entry for entry in polib.pofile(str(path))}


def every_translation():
    """Every translated column of every object: what an import may change."""
    snapshot = {}
    for model, name in translatable_fields():
        columns = [f"{name}_{code}" for code in ("en", "fr", "es", "ar")]
        if hasattr(model, "updated_at"):
            columns.append("updated_at")
        for row in model._base_manager.order_by("pk").values("pk", *columns):
            snapshot[(model._meta.label_lower, row["pk"], name)] = row
    return snapshot


class TestExport:
    def test_one_entry_per_field_with_english_source(self, tmp_path, content):
        found = entries(export(tmp_path))
        document = content["document"]
        entry = found[reference(document, "title")]
        assert entry.msgid == "Joint Statement on Internet Shutdowns"
        assert entry.msgstr == "Déclaration conjointe sur les coupures d’Internet"
        assert f"/coalition/document/{document.pk}/change/" in entry.comment
        assert "at most 300 characters" in " ".join(entry.comment.split())
        # Two documents with the same English title are two entries.
        assert found[reference(content["twin"], "title")].msgstr == ""
        # Drafts are translated before they are published, so they are exported too.
        assert reference(content["draft"], "title") in found
        # Empty English text: nothing to translate.
        assert reference(content["section"], "body") not in found
        assert polib.pofile(str(tmp_path / "content-fr.po")).metadata["Language"] == "fr"

    def test_missing_only(self, tmp_path, content):
        found = entries(export(tmp_path, "fr", "--missing-only"))
        assert reference(content["document"], "title") not in found
        assert reference(content["twin"], "title") in found

    def test_english_is_not_a_target(self, tmp_path):
        with pytest.raises(CommandError):
            call_command("export_content_po", "--language", "en", "--output", str(tmp_path / "x"))


# An Arabic text with what gettext must escape: quotes, a backslash, a tab, a blank line.
ARABIC = (
    'النص رقم {number}: بيان "مشترك" بشأن حرية الإنترنت \\ وحقوق الإنسان\tعلى الشبكة.\n\n'
    "فقرة ثانية.\n"
)
# The same as rich text (coalition/rich_text.py), for the long texts, which are exported as
# HTML: the tags come back as they were, and so does what gettext escapes.
ARABIC_RICH = (
    '<p>النص رقم {number}: بيان "مشترك" بشأن حرية الإنترنت \\ وحقوق الإنسان\tعلى الشبكة.</p>'
    "<p>فقرة ثانية.</p>"
)


class TestImport:
    def test_round_trip_is_lossless_and_writes_only_changes(self, tmp_path, content):
        path = export(tmp_path, "ar")
        catalogue = polib.pofile(str(path))
        for number, entry in enumerate(catalogue):
            text = ARABIC_RICH if rich_text.is_html(entry.msgid) else ARABIC
            entry.msgstr = text.format(number=number)
        catalogue.save(str(path))
        import_file(path, "ar")

        document = models.Document.objects.get(pk=content["document"].pk)
        ref = reference(document, "summary")
        assert document.summary_ar == catalogue.find(ref, by="msgctxt").msgstr
        assert '"' in document.summary_ar
        assert "\\" in document.summary_ar
        assert document.title_fr == "Déclaration conjointe sur les coupures d’Internet"
        # Exported again, the file says exactly what was imported.
        again = entries(export(tmp_path, "ar", name="again.po"))
        assert {ref: (e.msgid, e.msgstr) for ref, e in again.items()} == {
            e.msgctxt: (e.msgid, e.msgstr) for e in catalogue
        }
        # A second import of the same file changes nothing: no save, no new version.
        before, versions = every_translation(), Version.objects.count()
        import_file(path, "ar")
        assert every_translation() == before
        assert Version.objects.count() == versions

    def test_changed_fields_are_one_revision_in_the_history(self, tmp_path, content):
        path = export(tmp_path)
        catalogue = polib.pofile(str(path))
        twin_title = reference(content["twin"], "title")
        for entry in catalogue:
            if entry.msgctxt == twin_title:
                entry.msgstr = "Déclaration conjointe (bis)"
        catalogue.save(str(path))
        untouched = models.Page.objects.get(pk=content["page"].pk).updated_at

        import_file(path, "fr")

        twin = models.Document.objects.get(pk=content["twin"].pk)
        assert twin.title_fr == "Déclaration conjointe (bis)"
        versions = Version.objects.get_for_object(twin)
        assert len(versions) == 1
        assert versions[0].revision.user.username == "amina"
        assert versions[0].revision.get_comment() == (
            "Translations (fr) imported from content-fr.po by amina."
        )
        assert models.Page.objects.get(pk=content["page"].pk).updated_at == untouched
        assert not Version.objects.get_for_object(content["page"]).exists()

    def test_empty_and_fuzzy_entries_leave_translations_alone(self, tmp_path, content):
        path = export(tmp_path)
        catalogue = polib.pofile(str(path))
        ref = reference(content["document"], "title")
        catalogue.find(ref, by="msgctxt").msgstr = ""
        twin = catalogue.find(reference(content["twin"], "title"), by="msgctxt")
        twin.msgstr = "Suggestion à revoir"
        twin.flags.append("fuzzy")
        catalogue.save(str(path))
        import_file(path)
        assert models.Document.objects.get(pk=content["document"].pk).title_fr == (
            "Déclaration conjointe sur les coupures d’Internet"
        )
        assert models.Document.objects.get(pk=content["twin"].pk).title_fr is None

    def test_a_translation_of_an_old_english_text_is_skipped(self, tmp_path, content, capsys):
        path = export(tmp_path)
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            entry.msgstr = "Traduction"
        catalogue.save(str(path))
        models.Page.objects.filter(pk=content["page"].pk).update(summary_en="Who we are now.")
        import_file(path)
        assert models.Page.objects.get(pk=content["page"].pk).summary_fr is None
        assert models.Page.objects.get(pk=content["page"].pk).title_fr == "Traduction"
        assert reference(content["page"], "summary") in capsys.readouterr().err


class TestRefusedFiles:
    """A refused file changes nothing, even where its other entries are fine."""

    def refused(self, path, *args, message, language="fr", user="amina"):
        """The import of `path` fails with `message` and changes nothing."""
        arguments = [str(path), *args]
        if language:
            arguments += ["--language", language]
        if user:
            arguments += ["--user", user]
        before, versions = every_translation(), Version.objects.count()
        with pytest.raises(CommandError, match=message):
            call_command("import_content_po", *arguments)
        assert every_translation() == before
        assert Version.objects.count() == versions

    def translated_file(self, tmp_path, language="fr"):
        path = export(tmp_path, language)
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            entry.msgstr = "Une traduction valable"
        return path, catalogue

    @pytest.mark.parametrize(
        "text",
        [
            b"not gettext at all\n",
            b'msgid "a"\nmsgid "b"\nmsgstr "c"\n',
            b"\x00\xff\xfe binary \xc3\x28",
        ],
    )
    def test_malformed_file(self, tmp_path, content, text):
        path = tmp_path / "broken.po"
        path.write_bytes(text)
        self.refused(path, message="not a readable .po file")

    def test_missing_file(self, tmp_path, content):
        self.refused(tmp_path / "nowhere.po", message="There is no file")

    def test_file_for_another_language(self, tmp_path, content):
        path, catalogue = self.translated_file(tmp_path, "es")
        catalogue.save(str(path))
        self.refused(path, language="fr", message="is for “es”, not for “fr”")

    @pytest.mark.parametrize(
        ("header", "message"),
        [("", "does not say its language"), ("en", "is for “en”, not for “fr”")],
    )
    def test_file_without_a_target_language(self, tmp_path, content, header, message):
        path, catalogue = self.translated_file(tmp_path)
        catalogue.metadata["Language"] = header
        catalogue.save(str(path))
        self.refused(path, message=message)

    @pytest.mark.parametrize(
        "reference",
        [
            "coalition.document:999999:title",
            "coalition.document:abc:title",
            "coalition.document:1:slug",
            "coalition.contactmessage:1:message",
            "auth.user:1:username",
            "no reference at all",
            None,
        ],
    )
    def test_unknown_reference(self, tmp_path, content, reference):
        path, catalogue = self.translated_file(tmp_path)
        catalogue.append(polib.POEntry(msgctxt=reference, msgid="Anything", msgstr="Rien"))
        catalogue.save(str(path))
        self.refused(path, message="Nothing was imported")

    def test_a_value_longer_than_the_field_allows(self, tmp_path, content):
        path, catalogue = self.translated_file(tmp_path)
        ref = reference(content["twin"], "title")
        catalogue.find(ref, by="msgctxt").msgstr = "x" * 301
        catalogue.save(str(path))
        self.refused(path, message=ref)

    def test_the_language_must_be_given(self, tmp_path, content):
        path, catalogue = self.translated_file(tmp_path)
        catalogue.save(str(path))
        self.refused(path, language=None, message="--language")

    @pytest.mark.parametrize(
        ("user", "message"), [(None, "--user"), ("nobody", "no staff member “nobody”")]
    )
    def test_the_importing_staff_member_must_be_given(self, tmp_path, content, user, message):
        User.objects.create_user("nobody", password="a long enough password")  # not staff
        path, catalogue = self.translated_file(tmp_path)
        catalogue.save(str(path))
        self.refused(path, user=user, message=message)

    @pytest.mark.parametrize(
        ("header", "looks"),
        [("es", "in French, not in Spanish"), ("ar", "in French, not in Arabic")],
    )
    def test_french_text_under_another_language_header(self, tmp_path, content, header, looks):
        """The reviewers' case: a French file whose header said Spanish filled the Spanish
        fields with French. The texts themselves give it away."""
        path = export(tmp_path, header)
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            entry.msgstr = FRENCH[len(entry.msgid) % len(FRENCH)]
        catalogue.save(str(path))
        self.refused(path, language=header, message=looks)


FRENCH = [
    "Déclaration conjointe de la Coalition pour la liberté en ligne sur les coupures d’Internet",
    "Les membres de la coalition et leurs partenaires s’engagent pour les droits humains.",
    "Le groupe de travail se réunit chaque année avec des représentants de la société civile.",
]
SPANISH = [
    "Declaración conjunta de la Coalición por la Libertad en Línea sobre los cortes de Internet",
    "Los miembros de la coalición y sus socios trabajan por los derechos humanos en línea.",
    "El grupo de trabajo se reúne cada año con representantes de la sociedad civil.",
]
ENGLISH = [
    "Joint statement of the Freedom Online Coalition on Internet shutdowns",
    "The members of the coalition and their partners work for human rights online.",
    "The working group meets every year with representatives of civil society.",
]
ARABIC_TEXTS = [
    "بيان مشترك لتحالف الحرية على الإنترنت بشأن قطع الإنترنت",
    "يعمل أعضاء التحالف وشركاؤهم من أجل حقوق الإنسان على الإنترنت.",
    "يجتمع الفريق العامل كل عام مع ممثلي المجتمع المدني (FOC-AN).",
]


class TestLanguageOfTheTexts:
    @pytest.mark.parametrize(
        ("texts", "language"),
        [(FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en"), (ARABIC_TEXTS, "ar")],
    )
    def test_running_text_is_recognised(self, texts, language):
        assert guess_language(texts) == language

    @pytest.mark.parametrize(
        "texts",
        [
            [],
            ["FOC", "ARTICLE 19", "Tallinn", "TFIS", "Hivos"],  # names say nothing
            ["Déclaration de Tallinn"],  # too little to judge
            [*FRENCH[:1], *SPANISH[:1]],  # no language clearly ahead
        ],
    )
    def test_it_says_nothing_when_the_texts_do_not_tell(self, texts):
        assert guess_language(texts) is None

    def test_latin_names_in_arabic_text_are_still_arabic(self):
        texts = ["بيان مشترك بشأن Internet Shutdowns صادر عن أعضاء Freedom Online Coalition"]
        assert guess_language(texts) == "ar"


class TestStatus:
    def test_report_and_threshold(self, content, capsys):
        call_command("translation_status", "--language", "fr")
        out = capsys.readouterr().out
        interface = polib.pofile(str(Path("locale/fr/LC_MESSAGES/django.po")))
        total = len([entry for entry in interface if not entry.obsolete])
        assert f"{total}/{total} 100.0%" in out
        rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.strip()}
        assert rows["document.title"] == ["1/2", "50.0%"]  # two documents, one translated
        assert rows["pagesection.heading"] == ["0/1", "0.0%"]
        assert rows["pagesection.body"] == ["0/0", "100.0%"]  # no English text: nothing to do
        # As the admin's overview counts: done of total, then missing and outdated.
        assert rows["fr"] == ["1/7", "14.3%", "6", "0"]
        with pytest.raises(CommandError, match="fr short content fields"):
            call_command("translation_status", "--language", "fr", "--fail-under", "95")

    def test_passes_when_everything_is_translated(self, content, capsys):
        for model, name in translatable_fields():
            for obj in model._base_manager.all():
                if getattr(obj, f"{name}_en"):
                    for code in ("fr", "es", "ar"):
                        setattr(obj, f"{name}_{code}", "traduit")
                    obj.save()
        call_command("translation_status", "--fail-under", "100")
        assert "Every language is at 100% or more." in capsys.readouterr().out


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_demo_contents_real_translations_are_each_recognised(tmp_path, language):
    """Real translations, names and all, are never taken for another language, whole or
    per model; the same texts under another language's header would be refused."""
    call_command("load_demo_content", stdout=StringIO())
    translated = [entry for entry in polib.pofile(str(export(tmp_path, language))) if entry.msgstr]
    assert len(translated) > 50
    assert guess_language([entry.msgstr for entry in translated]) == language
    by_model = {}
    for entry in translated:
        by_model.setdefault(entry.msgctxt.split(":")[0], []).append(entry.msgstr)
    for texts in by_model.values():
        assert guess_language(texts) in (language, None)
