"""Safe uploads (coalition/uploads.py): images lose their metadata, bad files are refused.

Uploads go through the admin's change form, as a browser would send them.
"""

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image, PngImagePlugin

from coalition import models
from tests import factories
from tests.test_history_and_groups import admin_url, form_data

pytestmark = pytest.mark.django_db

WRONG_FORMAT = "Upload a JPEG, PNG or WebP image."
GPS = 0x8825


def stored_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def jpeg(size=(800, 600), orientation=None):
    """A JPEG such as a phone takes: where it was taken (GPS), the camera, XMP."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    if orientation:
        exif[0x0112] = orientation
    exif[GPS] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    output = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-place</x:xmpmeta>'
    Image.new("RGB", size, "red").save(output, "JPEG", exif=exif.tobytes(), xmp=xmp)
    return output.getvalue()


def png(size=(400, 300), text=None):
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    output = io.BytesIO()
    Image.new("RGBA", size, (0, 0, 255, 128)).save(output, "PNG", pnginfo=info)
    return output.getvalue()


def png_claiming(width, height):
    """A tiny PNG whose header claims huge dimensions: a decompression bomb."""
    data = bytearray(png((1, 1)))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def upload_photo(client, member, content, name="photo.jpg", **changes):
    url = admin_url(member, "change", member.pk)
    data = form_data(client.get(url), **changes)
    data["photo"] = SimpleUploadedFile(name, content)
    return client.post(url, data)


@pytest.fixture
def member():
    return factories.AdvisoryMemberFactory(name_en="Digital Rights Lab")


def test_gps_and_other_metadata_are_removed_from_a_jpeg(secretariat_client, member):
    before = jpeg()
    assert Image.open(io.BytesIO(before)).getexif().get_ifd(GPS)  # the test image has GPS
    response = upload_photo(secretariat_client, member, before, photo_alt_en="A red square")
    assert response.status_code == 302
    member.refresh_from_db()
    assert re.fullmatch(r"network/[0-9a-f]{32}\.jpg", member.photo.name)
    raw = Path(member.photo.path).read_bytes()
    with Image.open(member.photo.path) as image:
        assert image.format == "JPEG"
        assert not image.getexif()
        assert not image.getexif().get_ifd(GPS)
        assert not {"exif", "xmp", "icc_profile"} & set(image.info)
    assert b"Exif" not in raw
    assert b"secret-place" not in raw
    assert b"PhoneMaker" not in raw


def test_orientation_is_applied(secretariat_client, member):
    content = jpeg(size=(800, 600), orientation=6)
    response = upload_photo(secretariat_client, member, content, photo_alt_en="A red square")
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.photo_width, member.photo_height) == (600, 800)
    with Image.open(member.photo.path) as image:
        assert image.size == (600, 800)


def test_png_text_chunks_are_removed(secretariat_client, member):
    content = png(text="taken at the safe house")
    response = upload_photo(secretariat_client, member, content, name="x.png", photo_alt_en="Blue")
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.photo.name.endswith(".png")
    with Image.open(member.photo.path) as image:
        assert not image.text
        assert image.mode == "RGBA"  # transparency kept
    assert b"safe house" not in Path(member.photo.path).read_bytes()


def test_renditions_are_made_at_upload(secretariat_client, member):
    upload_photo(secretariat_client, member, jpeg(size=(800, 600)), photo_alt_en="Red")
    member.refresh_from_db()
    stem = member.photo.path.removesuffix(".jpg")
    for width, height in [(320, 240), (640, 480)]:
        with Image.open(f"{stem}-{width}w.webp") as image:
            assert image.format == "WEBP"
            assert image.size == (width, height)
    assert member.photo.srcset == (
        f"{member.photo.url.removesuffix('.jpg')}-320w.webp 320w, "
        f"{member.photo.url.removesuffix('.jpg')}-640w.webp 640w, {member.photo.url} 800w"
    )
    page = secretariat_client.get(member.get_absolute_url()).text
    assert f'srcset="{member.photo.srcset}"' in page
    assert 'width="800" height="600"' in page


def test_no_rendition_wider_than_the_image(secretariat_client, member):
    upload_photo(secretariat_client, member, png(size=(400, 300)), "x.png", photo_alt_en="B")
    member.refresh_from_db()
    assert not Path(member.photo.path.removesuffix(".png") + "-640w.webp").exists()
    assert member.photo.srcset.endswith(f"-320w.webp 320w, {member.photo.url} 400w")


def bomb(settings):
    return png_claiming(100_000, 100_000)


def many_pixels(settings):
    settings.UPLOAD_IMAGE_MAX_PIXELS = 100_000
    return png(size=(400, 300))


def oversized(settings):
    settings.UPLOAD_IMAGE_MAX_BYTES = 1000
    return jpeg()


@pytest.mark.parametrize(
    ("name", "make", "error"),
    [
        (
            "logo.svg",
            lambda settings: (
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
            ),
            WRONG_FORMAT,
        ),
        ("photo.jpg", lambda settings: b"MZ\x90\x00" + bytes(2000), WRONG_FORMAT),
        ("photo.gif", lambda settings: b"GIF89a" + bytes(100), WRONG_FORMAT),
        ("bomb.png", bomb, "The image is too large"),
        ("big.png", many_pixels, "The image is too large: the limit is 0 million pixels."),
        ("big.jpg", oversized, "The file is too large: the limit is 1000\xa0bytes."),
    ],
)
def test_bad_images_are_refused_and_nothing_is_saved(
    secretariat_client, member, settings, name, make, error
):
    content = make(settings)
    before = stored_files()
    response = upload_photo(
        secretariat_client, member, content, name, name_en="Changed", photo_alt_en="Alt"
    )
    assert response.status_code == 200
    assert error in " ".join(response.context["adminform"].form.errors["photo"])
    member.refresh_from_db()
    assert member.name_en == "Digital Rights Lab"
    assert not member.photo
    assert stored_files() == before


def test_alt_text_is_required_unless_the_photo_is_decorative(secretariat_client, member):
    response = upload_photo(secretariat_client, member, jpeg())
    assert response.status_code == 200
    assert "Describe the photo" in str(response.context["adminform"].form.errors)
    member.refresh_from_db()
    assert not member.photo
    assert stored_files() == []

    response = upload_photo(secretariat_client, member, jpeg(), photo_decorative="on")
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.photo
    assert member.photo_decorative
    assert 'alt=""' in secretariat_client.get(member.get_absolute_url()).text


def test_a_partnership_logo_is_re_encoded(secretariat_client):
    partnership = factories.PartnershipFactory()
    url = admin_url(partnership, "change", partnership.pk)
    data = form_data(secretariat_client.get(url))
    data["logo"] = SimpleUploadedFile("logo.jpg", jpeg(size=(700, 350)))
    assert secretariat_client.post(url, data).status_code == 302
    partnership.refresh_from_db()
    assert re.fullmatch(r"partnerships/[0-9a-f]{32}\.jpg", partnership.logo.name)
    assert (partnership.logo_width, partnership.logo_height) == (700, 350)
    with Image.open(partnership.logo.path) as image:
        assert not image.getexif()
    assert "-640w.webp 640w" in partnership.logo.srcset


# Documents -------------------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def upload_document(client, document, content, name="Annual Report 2024.pdf", **changes):
    url = admin_url(document, "change", document.pk)
    data = form_data(client.get(url), **changes)
    data["file"] = SimpleUploadedFile(name, content)
    return client.post(url, data)


def test_a_form_that_comes_back_asks_for_its_files_again(secretariat_client):
    """Everything typed comes back with an error; a chosen file cannot (browsers do not
    keep it): the form says so, at the top, rather than losing it silently."""
    document = factories.DocumentFactory()
    response = upload_document(secretariat_client, document, PDF, title_en="")
    assert response.status_code == 200
    assert "choose them again before saving" in response.text
    without_file = secretariat_client.post(
        admin_url(document, "change", document.pk),
        form_data(secretariat_client.get(admin_url(document, "change", document.pk)), title_en=""),
    )
    assert "choose them again" not in without_file.text


def test_a_pdf_is_stored_at_an_unguessable_address(secretariat_client):
    document = factories.DocumentFactory()
    response = upload_document(secretariat_client, document, PDF)
    assert response.status_code == 302
    document.refresh_from_db()
    assert re.fullmatch(r"documents/[0-9a-f]{32}/annual-report-2024\.pdf", document.file.name)
    assert Path(document.file.path).read_bytes() == PDF


@pytest.mark.parametrize(
    ("content", "name", "error"),
    [
        (b"MZ\x90\x00" + bytes(100), "report.pdf", "Upload a PDF file."),
        (b"<html><script>alert(1)</script></html>", "report.pdf", "Upload a PDF file."),
        (PDF + bytes(2000), "report.pdf", "The file is too large"),
    ],
)
def test_bad_documents_are_refused_and_nothing_is_saved(
    secretariat_client, settings, content, name, error
):
    settings.UPLOAD_DOCUMENT_MAX_BYTES = 1000
    document = factories.DocumentFactory(title_en="Original title")
    response = upload_document(secretariat_client, document, content, name, title_en="Changed")
    assert response.status_code == 200
    assert error in " ".join(response.context["adminform"].form.errors["file"])
    document.refresh_from_db()
    assert document.title_en == "Original title"
    assert not document.file
    assert stored_files() == []


def test_the_download_is_an_attachment(client, secretariat_client):
    document = factories.DocumentFactory()
    upload_document(secretariat_client, document, PDF)
    document.refresh_from_db()
    url = reverse("coalition:document_download", args=[document.slug])
    assert url in client.get(document.get_absolute_url()).text
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="annual-report-2024.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_no_download_of_a_draft_or_without_a_file(client):
    draft = factories.DocumentFactory(status=models.Status.DRAFT, file="documents/x/draft.pdf")
    link_only = factories.DocumentFactory()
    missing = factories.DocumentFactory(file="documents/x/gone.pdf")
    for document in (draft, link_only, missing):
        url = reverse("coalition:document_download", args=[document.slug])
        assert client.get(url).status_code == 404


def file_link(html):
    """The address of the "Currently: …" link of the admin's file field (or its read-only
    display), the only link in the form whose text is the stored file's name."""
    match = re.search(r'<a href="([^"]+)">documents/[0-9a-f]{32}/[^<]+\.pdf</a>', html)
    if match is None:
        match = re.search(r'<a href="([^"]+)">[^<]+\.pdf</a>', html)
    assert match, "no link to the file"
    return match.group(1).replace("&amp;", "&")


def assert_private_pdf(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="annual-report-2024.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == PDF


def test_staff_open_a_drafts_file_from_the_admin(secretariat_client):
    draft = factories.DocumentFactory(status=models.Status.DRAFT)
    assert upload_document(secretariat_client, draft, PDF).status_code == 302
    change_page = secretariat_client.get(admin_url(draft, "change", draft.pk)).text
    url = file_link(change_page)
    assert url == reverse("admin:coalition_document_file", args=[draft.pk])
    assert_private_pdf(secretariat_client.get(url))


def test_a_translator_sees_the_file_read_only_and_opens_it(secretariat_client, otp_login):
    document = factories.DocumentFactory()
    upload_document(secretariat_client, document, PDF)
    translator = User.objects.create_user("tr", password="a long enough password", is_staff=True)
    translator.groups.add(Group.objects.get(name="Translator"))
    translator_client = otp_login(Client(), translator)
    change_page = translator_client.get(admin_url(document, "change", document.pk)).text
    assert 'type="file"' not in change_page
    url = file_link(change_page)
    assert url == reverse("admin:coalition_document_file", args=[document.pk])
    assert_private_pdf(translator_client.get(url))


def test_the_staff_download_needs_the_right_to_see_documents(secretariat_client, otp_login):
    document = factories.DocumentFactory(status=models.Status.DRAFT)
    upload_document(secretariat_client, document, PDF)
    url = reverse("admin:coalition_document_file", args=[document.pk])
    # Not signed in: the admin's sign-in page, as for every admin address.
    assert Client().get(url).status_code == 302
    nobody = User.objects.create_user("nobody", password="a long enough password", is_staff=True)
    assert otp_login(Client(), nobody).get(url).status_code == 403
    # No such document, or a document without a file: 404.
    link_only = factories.DocumentFactory()
    for missing in (
        reverse("admin:coalition_document_file", args=[999999]),
        reverse("admin:coalition_document_file", args=[link_only.pk]),
    ):
        assert secretariat_client.get(missing).status_code == 404
