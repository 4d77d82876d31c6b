"""Bytes to text: the decoding order, what it records, and a corpus in nineteen legacy encodings."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

import newsclean
from newsclean import decode

CORPUS = Path(__file__).resolve().parent / "data" / "encodings"
DECLARATIONS = ["correct", "missing", "wrong"]


def page_html(page: dict, declaration: str | None) -> str:
    """A news page with the given ``<meta charset>`` (or none)."""
    meta = f'<meta charset="{declaration}">' if declaration else ""
    body = "".join(f"<p>{p}</p>" for p in page["paragraphs"])
    title = page["title"]
    return f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def corpus_cases() -> list[tuple[str, str, int, str]]:
    cases = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for encoding in data["encodings"]:
            for i in range(len(data["pages"])):
                for declaration in DECLARATIONS:
                    cases.append((path.stem, encoding, i, declaration))
    return cases


def test_pages_in_legacy_encodings_clean_like_their_unicode_originals() -> None:
    """At least 99% of pages in nineteen legacy encodings, declared right, not at all, or wrongly
    as UTF-8, clean to the same text as the original Unicode page. Every miss is listed."""
    misses, cases = [], corpus_cases()
    for lang, encoding, i, declaration in cases:
        page = json.loads((CORPUS / f"{lang}.json").read_text(encoding="utf-8"))["pages"][i]
        label = {"correct": encoding, "missing": None, "wrong": "utf-8"}[declaration]
        html = page_html(page, label)
        expected = newsclean.clean(html).text
        doc = newsclean.clean(html.encode(encoding))
        if doc.text != expected:
            misses.append(
                f"{lang} page {i} in {encoding}, declared {declaration}: decoded as {doc.metadata['encoding']}"
            )
    print(f"{len(cases) - len(misses)}/{len(cases)} pages decoded right", *misses, sep="\n  ")
    assert len(misses) <= 0.01 * len(cases), misses


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252"])
def test_pages_a_server_declares_latin1_are_read_in_their_own_code_page(declared: str) -> None:
    """Servers declare "iso-8859-1" by default, over pages in GBK, Shift_JIS, EUC-KR, TIS-620 or
    KOI8-R alike, and most such bytes decode in cp1252 without an error. Bytes above 0x7F side
    by side are no Western text: the detector is asked, with the declaration blanked out.
    Turkish in cp1254 looks Western to the decoder ("ı" read as "ý"); the repair reads it again."""
    misses = []
    for lang, encoding, i, declaration in corpus_cases():
        if declaration != "correct":
            continue
        page = json.loads((CORPUS / f"{lang}.json").read_text(encoding="utf-8"))["pages"][i]
        doc = newsclean.clean(page_html(page, declared).encode(encoding))
        if doc.text != newsclean.clean(page_html(page, None)).text:
            misses.append(f"{lang} page {i} in {encoding}: decoded as {doc.metadata['encoding']}")
    assert misses == []


@pytest.mark.parametrize(
    ("data", "kwargs", "encoding", "source"),
    [
        (codecs.BOM_UTF8 + "Café".encode(), {}, "utf-8", "bom"),
        ("Café".encode("utf-16-le").join([codecs.BOM_UTF16_LE, b""]), {}, "utf-16-le", "bom"),
        ("Café".encode(), {}, "utf-8", "utf-8"),
        ("Café".encode("cp1252"), {"content_type": "text/html; charset=ISO-8859-1"}, "cp1252", "http"),
        (b'<meta charset="windows-1251">' + "Привет".encode("cp1251"), {}, "cp1251", "meta"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">' + "Привет".encode("koi8-r"),
            {},
            "koi8-r",
            "meta",
        ),
    ],
    ids=["bom utf-8", "bom utf-16", "strict utf-8", "http header", "meta charset", "meta http-equiv"],
)
def test_each_step_of_decoding_is_recorded(data: bytes, kwargs: dict, encoding: str, source: str) -> None:
    found = decode(data, **kwargs)
    assert (found.encoding, found.source) == (encoding, source)


def test_a_declaration_that_does_not_fit_falls_through_to_the_detector() -> None:
    """Bytes declared UTF-8 that are not UTF-8 are detected instead of garbled."""
    text = "Городской совет утвердил новые автобусные маршруты, сообщили чиновники во вторник."
    found = decode(f'<meta charset="utf-8"><p>{text}</p>'.encode("cp1251"))
    assert found.source == "detector"
    assert text in found.text


def test_undecodable_bytes_become_replacement_characters_and_are_counted() -> None:
    found = decode(b"\xff\xfe\xfa" * 3 + b" ok", content_type="text/plain; charset=utf-8")
    assert found.replacements == found.text.count("\ufffd")


def test_clean_records_the_encoding_in_metadata() -> None:
    doc = newsclean.clean(
        "Café au lait, as every morning since the market opened.".encode("cp1252"),
        content_type="text/plain; charset=windows-1252",
    )
    assert doc.metadata["encoding"] == {"name": "cp1252", "source": "http", "replacements": 0}


def test_compressed_pages_are_opened_before_they_are_read() -> None:
    """An HTTP body saved with its Content-Encoding still on cleans like the page itself."""
    import gzip

    import zstandard

    page = (Path(__file__).parent / "data" / "pages" / "de.html").read_bytes()
    plain = newsclean.clean(page)
    for packed, name in ((gzip.compress(page), "gzip"), (zstandard.ZstdCompressor().compress(page), "zstd")):
        doc = newsclean.clean(packed)
        assert doc.text == plain.text and doc.title == plain.title
        assert doc.metadata["compression"] == name


def test_a_truncated_gzip_body_gives_what_it_holds() -> None:
    import gzip

    page = (Path(__file__).parent / "data" / "pages" / "de.html").read_bytes()
    doc = newsclean.clean(gzip.compress(page)[: len(page) // 3])
    assert doc.metadata["compression"] == "gzip"
    assert "\x1f" not in doc.text and "\ufffd" not in doc.text


def test_binary_content_is_an_empty_document_not_noise() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    doc = newsclean.clean(png)
    assert doc.text == "" and doc.title is None
    assert doc.metadata["encoding"]["source"] == "binary"
