"""The admin's markup without a browser: every page of tests/admin_pages.py opens in English
and in Arabic (right to left), with the language switch; the language tabs' script replaces
modeltranslation's; the inputs of table rows have names; the sign-in page has its heading.
(tests/browser/test_admin_accessibility.py runs axe-core over the same pages.)"""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from coalition import models
from tests import factories
from tests.admin_pages import (
    ADMIN_LANGUAGES,
    ADMIN_PAGES,
    ANONYMOUS,
    admin_objects,
    admin_users,
    session_key,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_content():
    from tests.browser import load_site_content

    load_site_content()


def test_every_admin_page_opens_in_english_and_in_arabic(demo_content):
    users = admin_users()
    objects = admin_objects(users)
    clients = {ANONYMOUS: Client()}
    for who, user in users.items():
        clients[who] = Client()
        clients[who].cookies[settings.SESSION_COOKIE_NAME] = session_key(who, user)
    for language in ADMIN_LANGUAGES:
        direction = "rtl" if language == "ar" else "ltr"
        for page in ADMIN_PAGES:
            client = clients[page.who]
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
            response = client.get(page.path(objects))
            assert response.status_code == page.status, (page.name, language)
            html = response.content.decode()
            assert f'<html lang="{language}" dir="{direction}">' in html, (page.name, language)
            assert 'class="admin-language"' in html, page.name
            assert len(re.findall(r"<h1[ >]", html)) == 1, (page.name, language)


def test_the_language_switch_names_each_language_in_itself_and_comes_back(admin_client):
    path = reverse("admin:coalition_document_changelist") + "?status__exact=draft"
    html = admin_client.get(path).content.decode()
    assert 'action="/i18n/setlang/"' in html
    assert (
        '<input type="hidden" name="next" value="/admin/coalition/document/?status__exact=draft">'
        in html
    )
    assert 'value="ar" lang="ar" dir="rtl">العربيّة</button>' in html
    assert 'value="fr" lang="fr" dir="ltr">Français</button>' in html
    assert 'value="en" lang="en" dir="ltr" aria-current="true">English</button>' in html

    response = admin_client.post(reverse("set_language"), {"language": "ar", "next": path})
    assert response.status_code == 302
    assert response.url == path
    html = admin_client.get(path).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'value="ar" lang="ar" dir="rtl" aria-current="true">العربيّة</button>' in html
    assert "/static/admin/css/rtl.css" in html
    assert html.index("admin/css/rtl.css") < html.index("admin/css/coalition.css")


def test_the_sign_in_page_has_a_heading_and_the_switch():
    html = Client().get(reverse("admin:login")).content.decode()
    assert re.search(r"<h1>[^<]+</h1>", html)
    assert 'class="admin-language"' in html


def test_translated_change_forms_load_our_tabs_not_jquery_ui(secretariat_client):
    document = factories.DocumentFactory()
    html = secretariat_client.get(
        reverse("admin:coalition_document_change", args=[document.pk])
    ).content.decode()
    assert "/static/admin/js/language_tabs.js" in html
    assert "tabbed_translation_fields" not in html
    assert "jquery-ui" not in html
    # The fields the script groups: one per language, each saying its language.
    assert re.search(r'<input[^>]*class="[^"]*mt-field-title-ar[^"]*"[^>]*lang="ar"', html)


def test_the_inputs_of_table_rows_are_named_by_column_and_row(secretariat_client):
    sub_entity = factories.SubEntityFactory()
    state = factories.MemberStateFactory()
    models.SubEntityState.objects.create(sub_entity=sub_entity, member_state=state)
    html = secretariat_client.get(
        reverse("admin:coalition_subentity_change", args=[sub_entity.pk])
    ).content.decode()
    row = str(models.SubEntityState.objects.get())
    assert f'aria-label="Delete: {row}"' in html
    assert re.search(r'<select[^>]*name="state_roles-0-role"[^>]*aria-label="[^"]+: ', html)
    assert re.search(
        r"name=\"state_roles-__prefix__-order\"[^>]*aria-label=\"[^\"]+: new row\"", html
    )


def test_a_lists_editable_columns_are_named_by_column_and_row(secretariat_client):
    page = factories.PageFactory()
    html = secretariat_client.get(reverse("admin:coalition_page_changelist")).content.decode()
    assert re.search(rf'<input[^>]*name="form-0-order"[^>]*aria-label="[^"]+: {page}"', html)
