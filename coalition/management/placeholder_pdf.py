"""A minimal one-page PDF that stands in for a document's official file in the demo."""

import textwrap


def pdf_text(text):
    """A PDF literal string in WinAnsi encoding (Helvetica's), with non-ASCII bytes escaped."""
    escaped = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"()\\":
            escaped += b"\\" + bytes([byte])
        elif byte > 126:
            escaped += b"\\%03o" % byte
        else:
            escaped.append(byte)
    return bytes(escaped + b")")


def placeholder_pdf(title, on):
    """A minimal one-page PDF that stands in for a document's official file in the demo."""
    lines = [(18, line) for line in textwrap.wrap(title, 50)]
    lines += [
        (12, f"{on.day} {on:%B %Y}"),
        (11, "Demonstration placeholder: this is not the official text."),
        (11, "The official text is kept by the Freedom Online Coalition"),
        (11, "at https://freedomonlinecoalition.com/."),
    ]
    content = bytearray()
    top = 770
    for size, line in lines:
        content += b"BT /F1 %d Tf 72 %d Td %s Tj ET\n" % (size, top, pdf_text(line))
        top -= size + 10
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), bytes(content)),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(pdf)
