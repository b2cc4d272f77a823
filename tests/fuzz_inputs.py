"""Seed files for the ingest fuzz run: a tiny text PDF built by hand, a compressed variant, a
decompression bomb, and a PDF that claims a huge page count."""
from __future__ import annotations

import zlib


def build_pdf(content: bytes, compress: bool = False, page_count: int = 1) -> bytes:
    """A minimal valid PDF (one page, Helvetica text) with a correct cross-reference table."""
    stream = zlib.compress(content) if compress else content
    filt = b"/Filter /FlateDecode " if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % page_count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< " + filt + b"/Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


TEXT = b"BT /F1 12 Tf 20 150 Td (2025 budget total 2633.69) Tj 0 -20 Td (Table 1 unit 10k yuan) Tj ET"
SIMPLE = build_pdf(TEXT)
COMPRESSED = build_pdf(TEXT, compress=True)
HUGE_COUNT = build_pdf(TEXT, page_count=10_000_000)


def bomb(megabytes: int = 1200) -> bytes:
    """A content stream that inflates to `megabytes` of spaces (a few MB on disk)."""
    z = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(z.compress(chunk) for _ in range(megabytes)) + z.flush()
    filt_stream = data
    pdf = build_pdf(b"", compress=False)
    # splice the compressed stream in place of the empty one
    return pdf.replace(b"<< /Length 0 >>\nstream\n\nendstream",
                       b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(filt_stream) + filt_stream +
                       b"\nendstream")
