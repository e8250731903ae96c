"""The translators' workflow in the admin: where each translation stands (missing, up to
date, English changed since translated, no translation needed), the list filters and the
overview, the English source beside each translation, and content .po files exported and
imported from the admin with a preview."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Version

from coalition import content_catalogue, models, translation_state
from coalition.content_catalogue import export_catalogue, reference
from coalition.models import TranslationState, TranslationStatus
from tests import factories
from tests.test_history_and_groups import submit

pytestmark = pytest.mark.django_db
User = get_user_model()

MISSING, CURRENT, OUTDATED = (
    TranslationStatus.MISSING,
    TranslationStatus.CURRENT,
    TranslationStatus.OUTDATED,
)


def status(obj, field, language="fr"):
    return TranslationState.objects.get(
        model=obj._meta.label_lower, object_id=obj.pk, field=field, language=language
    ).status


def reload(obj):
    return type(obj)._base_manager.get(pk=obj.pk)


# Where each translation stands ---------------------------------------------------------------


class TestStates:
    def test_missing_then_up_to_date_then_outdated_then_confirmed(self):
        news = factories.NewsItemFactory(title_en="Annual meeting", summary_en="")
        assert status(news, "title") == MISSING
        assert status(news, "summary") == TranslationStatus.NO_SOURCE

        news.title_fr = "Réunion annuelle"
        news.save()
        assert status(news, "title") == CURRENT
        assert status(news, "title", "es") == MISSING

        news.title_en = "Annual meeting in Tallinn"
        news.save()
        assert status(news, "title") == OUTDATED

        translation_state.confirm(news, "title", "fr")
        assert status(news, "title") == CURRENT

    def test_a_new_translation_of_the_new_english_is_up_to_date(self):
        news = factories.NewsItemFactory(title_en="Old", title_fr="Ancien")
        news.title_en = "New"
        news.save()
        assert status(news, "title") == OUTDATED
        news.title_fr = "Nouveau"
        news.save()
        assert status(news, "title") == CURRENT

    def test_clearing_a_translation_makes_it_missing(self):
        news = factories.NewsItemFactory(title_en="Old", title_fr="Ancien")
        news.title_fr = ""
        news.save()
        assert status(news, "title") == MISSING

    def test_no_translation_needed_counts_as_done(self):
        network = factories.AdvisoryMemberFactory(name_en="ARTICLE 19")
        translation_state.set_not_needed(network, "name", "fr", True)
        assert status(network, "name") == TranslationStatus.NOT_NEEDED
        french = next(lang for lang in translation_state.summary(["fr"]))
        kind = next(k for k in french.kinds if k.model is models.AdvisoryMember)
        assert (kind.done, kind.total, kind.missing) == (1, 1, 0)
        # It survives later saves, and the public page shows the English (the fallback).
        network.name_en = "ARTICLE 19 (Global)"
        network.save()
        assert status(network, "name") == TranslationStatus.NOT_NEEDED

    def test_publishing_writes_no_state(self):
        news = factories.NewsItemFactory(title_en="Annual meeting")
        with CaptureQueriesContext(connection) as queries:
            news.status = models.Status.DRAFT
            news.save(update_fields=["status", "updated_at"])
        assert not any("translationstate" in q["sql"] for q in queries.captured_queries)

    def test_deleting_an_item_deletes_its_states(self):
        news = factories.NewsItemFactory(title_en="Annual meeting")
        pk = news.pk
        news.delete()
        assert not TranslationState.objects.filter(object_id=pk, model="coalition.newsitem")

    def test_rebuild_brings_rows_made_without_signals(self):
        news = factories.NewsItemFactory(title_en="Annual meeting")
        models.NewsItem.objects.filter(pk=news.pk).update(title_fr="Réunion")
        assert status(news, "title") == MISSING
        translation_state.rebuild()
        assert status(news, "title") == CURRENT


# The list filters and the overview -----------------------------------------------------------


def changelist(client, model, **query):
    url = reverse(f"admin:coalition_{model._meta.model_name}_changelist")
    return client.get(url, query)


class TestFilters:
    @pytest.fixture
    def news(self):
        done = factories.NewsItemFactory(title_en="Done", title_fr="Fait")
        missing = factories.NewsItemFactory(title_en="Missing")
        outdated = factories.NewsItemFactory(title_en="Old", title_fr="Vieux")
        outdated.title_en = "New"
        outdated.save()
        return {"done": done, "missing": missing, "outdated": outdated}

    def test_missing_and_outdated_filters(self, secretariat_client, news):
        response = changelist(secretariat_client, models.NewsItem, missing_in="fr")
        assert {obj.pk for obj in response.context["cl"].result_list} == {news["missing"].pk}
        response = changelist(secretariat_client, models.NewsItem, outdated_in="fr")
        assert {obj.pk for obj in response.context["cl"].result_list} == {news["outdated"].pk}
        # Spanish: nothing is translated, so everything is missing and nothing outdated.
        response = changelist(secretariat_client, models.NewsItem, missing_in="es")
        assert response.context["cl"].result_count == 3
        response = changelist(secretariat_client, models.NewsItem, outdated_in="es")
        assert response.context["cl"].result_count == 0
        content = response.content.decode()
        assert "Missing in Arabic" in content
        assert "English changed since translated (French)" in content

    def test_a_filter_adds_no_query_however_many_items(
        self, secretariat_client, news, django_assert_num_queries
    ):
        changelist(secretariat_client, models.NewsItem)  # warm up (content types, session)
        with CaptureQueriesContext(connection) as plain:
            changelist(secretariat_client, models.NewsItem)
        with django_assert_num_queries(len(plain)):
            changelist(secretariat_client, models.NewsItem, missing_in="fr")
        factories.NewsItemFactory.create_batch(5, title_en="More")
        with django_assert_num_queries(len(plain)):
            response = changelist(secretariat_client, models.NewsItem, missing_in="fr")
        assert response.context["cl"].result_count == 6

    def test_a_page_with_a_section_missing_is_missing(self, secretariat_client):
        page = factories.PageFactory(title_en="About", title_fr="À propos")
        factories.PageSectionFactory(page=page, heading_en="History", heading_fr="Histoire")
        complete = factories.PageFactory(title_en="Join", title_fr="Adhérer")
        factories.PageSectionFactory(page=page, heading_en="Today")
        response = changelist(secretariat_client, models.Page, missing_in="fr")
        found = {obj.pk for obj in response.context["cl"].result_list}
        assert page.pk in found
        assert complete.pk not in found

    def test_a_value_that_is_no_language_filters_nothing(self, secretariat_client, news):
        response = changelist(secretariat_client, models.NewsItem, missing_in="xx")
        assert response.status_code == 200
        assert response.context["cl"].result_count == 3


class TestOverview:
    def test_numbers_and_links(self, staff):
        client = staff("Translator")
        factories.NewsItemFactory(title_en="Done", title_fr="Fait", summary_en="S")
        factories.NewsItemFactory(title_en="Missing")
        outdated = factories.NewsItemFactory(title_en="Old", title_fr="Vieux")
        outdated.title_en = "New"
        outdated.save()
        response = client.get(reverse("admin:translations"))
        assert response.status_code == 200
        french = response.context["languages"][0]
        assert french.code == "fr"
        news = next(kind for kind in french.kinds if kind.model is models.NewsItem)
        # Fields with an English text: 3 titles and 1 summary; done: 1 title.
        assert (news.done, news.total, news.missing, news.outdated) == (1, 4, 2, 1)
        assert news.percent == 25
        content = response.content.decode()
        changelist_url = reverse("admin:coalition_newsitem_changelist")
        assert f'href="{changelist_url}?missing_in=fr">2</a>' in content
        assert f'href="{changelist_url}?outdated_in=fr">1</a>' in content
        assert reverse("admin:translations_export", args=["ar"]) in content

    def test_the_summary_is_one_query(self, django_assert_num_queries):
        factories.NewsItemFactory.create_batch(3, title_en="News")
        factories.DocumentFactory.create_batch(3)
        with django_assert_num_queries(1):
            languages = translation_state.summary()
        assert [language.code for language in languages] == ["fr", "es", "ar"]

    def test_the_summary_include(self, staff):
        from django.template.loader import render_to_string
        from django.test import RequestFactory

        factories.NewsItemFactory(title_en="Done", title_fr="Fait")
        factories.NewsItemFactory(title_en="Missing")
        html = render_to_string(
            "admin/includes/translation_summary.html",
            {"translation_summary": translation_state.summary()},
            request=RequestFactory().get("/"),
        )
        assert "50% done (1 of 2 fields)" in html
        assert 'lang="ar" dir="rtl"' in html

    def test_linked_from_the_home_page_and_the_navigation(self, staff):
        client = staff("Translator")
        response = client.get(reverse("admin:index"))
        assert reverse("admin:translations") in response.content.decode()
        assert reverse("admin:translations_import") in response.content.decode()
        response = client.get(reverse("admin:coalition_newsitem_changelist"))
        assert reverse("admin:translations") in response.content.decode()  # the side bar
        # On the import page, the side bar marks the import, not the overview too.
        response = client.get(reverse("admin:translations_import"))
        assert response.content.decode().count('aria-current="page"') == 1


# The English source beside each translation ------------------------------------------------------


class TestSideBySide:
    def test_each_language_tab_shows_the_english_escaped(self, staff):
        client = staff("Translator")
        news = factories.NewsItemFactory(
            title_en="Shutdowns <script>alert(1)</script> & more", title_fr="Coupures"
        )
        news.title_en = "Shutdowns <b>now</b>"
        news.save()
        response = client.get(reverse("admin:coalition_newsitem_change", args=[news.pk]))
        content = response.content.decode()
        assert content.count('class="english-source-text" lang="en" dir="ltr"') >= 3 * 3
        assert "Shutdowns &lt;b&gt;now&lt;/b&gt;" in content
        assert "<b>now</b>" not in content
        # Each language's input is in the pair, and says where it stands.
        for language in ("fr", "es", "ar"):
            assert f'id="id_title_{language}_translation_status"' in content
        assert 'class="translation-status translation-status-outdated"' in content
        key = f"coalition.newsitem:{news.pk}:title"
        assert f'name="_translation_confirm" value="{key}:fr"' in content
        assert f'name="_translation_confirm" value="{key}:es"' not in content  # missing
        assert 'lang="ar" dir="rtl"' in content
        assert "English source" in content

    def test_confirm_and_no_translation_needed_from_the_form(self, staff):
        client = staff("Translator")
        news = factories.NewsItemFactory(title_en="Old", title_fr="Vieux", summary_en="Sum")
        news.title_en = "New"
        news.save()
        url = reverse("admin:coalition_newsitem_change", args=[news.pk])
        key = f"coalition.newsitem:{news.pk}"
        form = client.get(url).context["adminform"].form
        data = {
            name: ("" if value is None else value)
            for name, value in form.initial.items()
            if name in form.fields and not isinstance(value, list)
        }
        data.update(
            {
                "_translation_shown": [f"{key}:title:fr", f"{key}:summary:fr"],
                "_translation_confirm": [f"{key}:title:fr"],
                "_translation_not_needed": [f"{key}:summary:fr"],
            }
        )
        response = client.post(url, data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        assert status(news, "title") == CURRENT
        assert status(news, "summary") == TranslationStatus.NOT_NEEDED
        # Unticked, the flag goes again.
        data["_translation_not_needed"] = []
        client.post(url, data)
        assert status(news, "summary") == MISSING

    def test_a_page_sections_english_beside_their_translations(self, staff):
        client = staff("Translator")
        section = factories.PageSectionFactory(heading_en="Members <today>", order=1)
        other = factories.PageSectionFactory(heading_en="Elsewhere")  # another page's
        page = section.page
        url = reverse("admin:coalition_page_change", args=[page.pk])
        content = client.get(url).content.decode()
        assert 'id="id_sections-0-heading_fr_translation_status"' in content
        assert "Members &lt;today&gt;" in content
        named = f"coalition.pagesection:{section.pk}:heading:ar"
        foreign = f"coalition.pagesection:{other.pk}:heading:ar"
        response = submit(
            client,
            url,
            **{
                "sections-0-heading_fr": "Membres",
                "_translation_shown": [named, foreign],
                "_translation_not_needed": [named, foreign],
            },
        )
        assert response.status_code == 302
        assert status(section, "heading") == CURRENT
        assert status(section, "heading", "ar") == TranslationStatus.NOT_NEEDED
        # A key of an item that is not on this page changes nothing.
        assert status(other, "heading", "ar") == MISSING

    def test_a_page_with_more_sections_takes_no_more_queries(
        self, staff, django_assert_max_num_queries
    ):
        client = staff("Translator")
        page = factories.PageFactory(title_en="About")
        factories.PageSectionFactory(page=page, heading_en="One")
        url = reverse("admin:coalition_page_change", args=[page.pk])
        client.get(url)
        with CaptureQueriesContext(connection) as one:
            client.get(url)
        factories.PageSectionFactory.create_batch(5, page=page, heading_en="More")
        with django_assert_max_num_queries(len(one)):
            response = client.get(url)
        assert response.content.decode().count('class="english-source-text"') >= 6 * 2 * 3

    def test_arabic_admin_is_right_to_left(self, staff):
        client = staff("Translator")
        client.post(reverse("set_language"), {"language": "ar", "next": "/admin/"})
        news = factories.NewsItemFactory(title_en="Annual meeting")
        response = client.get(reverse("admin:coalition_newsitem_change", args=[news.pk]))
        assert '<html lang="ar" dir="rtl">' in response.content.decode()
        assert 'id="admin-language"' in response.content.decode()


# Export and import in the admin -------------------------------------------------------------------


def upload(client, text, language="fr", name="content-fr.po"):
    return client.post(
        reverse("admin:translations_import"),
        {"language": language, "file": SimpleUploadedFile(name, text.encode("utf-8"))},
    )


def translated(catalogue, **translations):
    for entry in catalogue:
        if entry.msgctxt in translations:
            entry.msgstr = translations[entry.msgctxt]
    return str(catalogue)


class TestTransfer:
    @pytest.fixture
    def news(self):
        return factories.NewsItemFactory(
            slug="annual-meeting", title_en="Annual meeting", summary_en="The members met."
        )

    def test_export_from_the_admin(self, staff, news):
        client = staff("Translator")
        response = client.get(reverse("admin:translations_export", args=["ar"]))
        assert response.status_code == 200
        assert 'filename="content-ar.po"' in response["Content-Disposition"]
        catalogue = polib.pofile(response.content.decode())
        assert catalogue.metadata["Language"] == "ar"
        assert catalogue.find("coalition.newsitem:annual-meeting:title", by="msgctxt")

    def test_export_what_needs_work(self, staff, news):
        news.title_fr = "Réunion annuelle"
        news.summary_fr = "Les membres se sont réunis."
        news.save()
        news.summary_en = "The members met in Tallinn."
        news.save()
        done = factories.NewsItemFactory(slug="done", title_en="Done", title_fr="Fait")
        named = factories.NewsItemFactory(slug="named", title_en="ARTICLE 19")
        translation_state.set_not_needed(named, "title", "fr", True)
        client = staff("Translator")
        response = client.get(reverse("admin:translations_export", args=["fr"]), {"only": "to-do"})
        assert 'filename="content-fr-to-do.po"' in response["Content-Disposition"]
        found = {e.msgctxt: e for e in polib.pofile(response.content.decode())}
        assert set(found) == {"coalition.newsitem:annual-meeting:summary"}
        assert found["coalition.newsitem:annual-meeting:summary"].fuzzy
        everything = client.get(reverse("admin:translations_export", args=["fr"]))
        found = {e.msgctxt: e for e in polib.pofile(everything.content.decode())}
        assert reference(done, "title") in found
        assert "No translation needed" in found[reference(named, "title")].comment

    def test_preview_changes_nothing_then_apply_changes(self, staff, news):
        client = staff("Translator", username="amina")
        text = translated(
            export_catalogue("fr"),
            **{
                "coalition.newsitem:annual-meeting:title": "Réunion annuelle",
                "coalition.newsitem:gone:title": "Disparu",
            },
        )
        text += '\nmsgctxt "coalition.newsitem:gone:title"\nmsgid "Gone"\nmsgstr "Disparu"\n'
        response = upload(client, text)
        assert response.status_code == 302
        preview = response["Location"]
        # The file waits in its own table, not in the session that every request loads.
        assert "Réunion annuelle" not in str(dict(client.session))
        assert models.ContentImport.objects.get().uploaded_by.username == "amina"
        response = client.get(preview)
        content = response.content.decode()
        assert "Réunion annuelle" in content
        assert "unknown item" in content
        assert reload(news).title_fr is None
        # A reload shows the same preview, still without changing anything.
        assert client.get(preview).content.decode().count("Réunion annuelle") == 1
        assert reload(news).title_fr is None
        response = client.post(preview, {"plan": response.context["digest"]})
        assert response.status_code == 302
        assert reload(news).title_fr == "Réunion annuelle"
        assert status(news, "title") == CURRENT
        version = Version.objects.get_for_object(news).first()
        assert version.revision.user.username == "amina"
        # Applied once: the preview is gone.
        assert client.get(preview).status_code == 302
        assert not models.ContentImport.objects.exists()

    def test_an_upload_is_its_uploaders_and_the_next_replaces_it(self, staff, news, colleague):
        client = staff("Translator", username="amina")
        text = translated(
            export_catalogue("fr"), **{"coalition.newsitem:annual-meeting:title": "Un"}
        )
        first = upload(client, text)["Location"]
        response = colleague("omar", "Translator").get(first, follow=True)
        assert response.redirect_chain[-1][0] == reverse("admin:translations_import")
        assert "no longer waiting" in response.text
        second = upload(client, text.replace('msgstr "Un"', 'msgstr "Deux"'))["Location"]
        assert client.get(first, follow=True).redirect_chain[-1][0] == reverse(
            "admin:translations_import"
        )
        assert "Deux" in client.get(second).text
        assert models.ContentImport.objects.count() == 1

    def test_apply_checks_the_content_did_not_change_since_the_preview(self, staff, news):
        client = staff("Translator")
        text = translated(
            export_catalogue("fr"), **{"coalition.newsitem:annual-meeting:title": "Réunion"}
        )
        preview = upload(client, text)["Location"]
        digest = client.get(preview).context["digest"]
        models.NewsItem.objects.filter(pk=news.pk).update(title_fr="Autre chose")
        response = client.post(preview, {"plan": digest})
        assert response.status_code == 200
        assert reload(news).title_fr == "Autre chose"

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"not gettext at all\n", "not a readable .po file"),
            # A path on the server is not read as that file (polib would).
            (b"locale/fr/LC_MESSAGES/django.po", "not a readable .po file"),
            (b"\xff\xfe\x00 binary", "not in UTF-8"),
            (
                'msgid ""\nmsgstr "Language: es\\n"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr "b"\n',
                "is for",
            ),
            ('msgid ""\nmsgstr "Language: fr\\n"\n', "holds no translations"),
        ],
    )
    def test_a_bad_file_is_a_form_error(self, staff, news, content, message):
        client = staff("Translator")
        data = content if isinstance(content, bytes) else content.encode()
        response = client.post(
            reverse("admin:translations_import"),
            {"language": "fr", "file": SimpleUploadedFile("x.po", data)},
        )
        assert response.status_code == 200
        assert message in response.content.decode()
        assert reload(news).title_fr is None

    def test_natural_keys_survive_another_database(self, staff, news):
        """A file exported where the item had one id imports where it has another."""
        text = translated(
            export_catalogue("fr"),
            **{"coalition.newsitem:annual-meeting:title": "Réunion annuelle"},
        )
        news.delete()
        factories.NewsItemFactory.create_batch(3)  # other ids in between
        again = factories.NewsItemFactory(
            slug="annual-meeting", title_en="Annual meeting", summary_en="The members met."
        )
        assert again.pk != news.pk
        client = staff("Translator")
        preview = upload(client, text)["Location"]
        digest = client.get(preview).context["digest"]
        client.post(preview, {"plan": digest})
        assert reload(again).title_fr == "Réunion annuelle"

    def test_an_outdated_translation_exports_fuzzy_and_imports_as_confirmed(self, staff, news):
        news.title_fr = "Réunion annuelle"
        news.save()
        news.title_en = "Annual meeting of the members"
        news.save()
        catalogue = export_catalogue("fr")
        entry = catalogue.find("coalition.newsitem:annual-meeting:title", by="msgctxt")
        assert entry.fuzzy
        entry.flags.remove("fuzzy")  # the translator checked it
        client = staff("Translator")
        preview = upload(client, str(catalogue))["Location"]
        response = client.get(preview)
        assert "confirmed for the current English" in response.content.decode()
        client.post(preview, {"plan": response.context["digest"]})
        assert status(news, "title") == CURRENT

    def test_confirmations_read_the_states_once(self):
        """Each confirmation is one write: the rows it changes are read in one query."""
        user = User.objects.create_user("amina")

        def confirm_all(count):
            for number in range(count):
                news = factories.NewsItemFactory(title_en=f"Meeting {number}", title_fr="Réunion")
                models.NewsItem.objects.filter(pk=news.pk).update(title_en=f"Session {number}")
                translation_state.update_item(reload(news))
            catalogue = export_catalogue("fr")
            for entry in catalogue:
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            plan = content_catalogue.plan_import(catalogue, "fr")
            assert len(plan.having(content_catalogue.CONFIRM)) == count
            with CaptureQueriesContext(connection) as queries:
                content_catalogue.apply_import(plan, user)
            models.NewsItem.objects.all().delete()
            return len(queries)

        assert confirm_all(4) - confirm_all(1) == 3

    def test_a_file_changes_only_what_its_importer_may_change(self, staff, news):
        """Translators do not change the site's settings in the admin: nor through a file."""
        settings_row = models.SiteSettings.objects.get()
        settings_row.postal_address_en = "1 Coalition Street"
        settings_row.save()
        client = staff("Translator")
        exported = client.get(reverse("admin:translations_export", args=["fr"])).content.decode()
        assert "coalition.sitesettings" not in exported
        text = translated(
            export_catalogue("fr"),
            **{"coalition.sitesettings:1:postal_address": "1 rue de la Coalition"},
        )
        preview = client.get(upload(client, text)["Location"])
        assert "you may not change" in preview.text
        client.post(preview.request["PATH_INFO"], {"plan": preview.context["digest"]})
        assert models.SiteSettings.objects.get().postal_address_fr in (None, "")

    @pytest.mark.parametrize(
        ("groups", "allowed"),
        [
            (("Translator",), True),
            (("Secretariat",), True),
            (("Secretariat editor",), False),
            (("Publisher",), False),
        ],
    )
    def test_only_translators_and_the_secretariat(self, staff, news, groups, allowed):
        client = staff(*groups)
        for url in (
            reverse("admin:translations_export", args=["fr"]),
            reverse("admin:translations_import"),
        ):
            assert (client.get(url).status_code == 200) is allowed
        overview = client.get(reverse("admin:translations"))
        assert overview.status_code == 200
        assert (reverse("admin:translations_import") in overview.content.decode()) is allowed

    def test_the_groups_hold_the_permission(self):
        for name, holds in (("Translator", True), ("Secretariat", True), ("Publisher", False)):
            group = Group.objects.get(name=name)
            codenames = set(group.permissions.values_list("codename", flat=True))
            assert ("translate_content" in codenames) is holds

    def test_anonymous_visitors_are_sent_to_sign_in(self, client):
        response = client.get(reverse("admin:translations_export", args=["fr"]))
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_references_name_items_by_natural_keys():
    page = factories.PageFactory(slug="about")
    factories.PageSectionFactory(page=page, heading_en="First", order=1)
    second = factories.PageSectionFactory(page=page, heading_en="Second", order=2)
    chair = factories.ChairshipFactory(year=2015)
    assert reference(second, "heading") == "coalition.pagesection:about/2:heading"
    assert reference(chair, "note") == "coalition.chairship:2015:note"
