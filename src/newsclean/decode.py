"""Bytes to text: BOM, strict UTF-8, the declared charset, a detector, then UTF-8 with
replacement, in that order.

Each step is tried only when the ones before it could not decide, and the step that
decided is recorded, so a corpus builder can see how many pages needed guessing:

1. a byte-order mark is the strongest evidence there is;
2. bytes that decode as strict UTF-8 are UTF-8 (a legacy page almost never does), which
   also protects valid UTF-8 from detectors that call it cp1252;
3. the charset the server declared (``content_type``), then the page's own
   ``<meta charset>`` or ``http-equiv`` declaration, read the WHATWG way
   (``iso-8859-1`` means windows-1252, ``gb2312`` means GBK, and so on);
4. a statistical detector (chardet 7);
5. UTF-8 with U+FFFD for what cannot be read; the number of replacements is recorded.

Before any of that, :class:`Decode` opens gzip or zstd content (an HTTP body saved
without undoing its ``Content-Encoding`` is common in crawls) and sets aside binary
content (an image, an archive), which becomes an empty document rather than a page of
noise.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from .document import Document
from .pipeline import Stage
from .sources import looks_like_html

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""",
    re.IGNORECASE,
)
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)""", re.IGNORECASE)

#: WHATWG encoding labels whose meaning differs from Python's codec of the same name,
#: or that Python does not know. Everything else goes through ``codecs.lookup``.
WHATWG_LABELS = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252", "iso-ir-100": "cp1252",
    "x-cp1252": "cp1252", "cp819": "cp1252", "ibm819": "cp1252", "csisolatin1": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gbk", "gb_2312-80": "gbk", "x-gbk": "gbk", "csgb2312": "gbk", "chinese": "gbk",
    "big5": "big5hkscs", "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "korean": "cp949", "windows-949": "cp949",
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8",  # a page declaring UTF-16 in ASCII is not UTF-16
    "x-mac-roman": "mac_roman", "macintosh": "mac_roman", "x-mac-cyrillic": "mac_cyrillic",
    "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec used, the step that chose it, and U+FFFD replacements made."""

    text: str
    encoding: str
    source: str
    replacements: int = 0

    def as_metadata(self) -> dict[str, object]:
        return {"name": self.encoding, "source": self.source, "replacements": self.replacements}


def codec_for(label: str) -> str | None:
    """The Python codec for an encoding label as browsers read it, or None if unknown.

    >>> codec_for("ISO-8859-1"), codec_for("utf8"), codec_for("x-no-such")
    ('cp1252', 'utf-8', None)
    """
    label = label.strip().lower()
    if label in WHATWG_LABELS:
        return WHATWG_LABELS[label]
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` within its first 4 KB, as written."""
    m = _META.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, "replace")
            return Decoded(text, encoding, "bom", text.count("\ufffd"))
    return None


def _strict(data: bytes, encoding: str, source: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding, source)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> Decoded | None:
    """chardet (7 or newer) on the first 64 KB; its label read the WHATWG way.

    On a corpus of news pages in nine languages and eleven legacy encodings
    (tests/data/encodings), chardet 7 named all 45 undeclared pages right; charset-normalizer
    took French for cp1250 twice. chardet is slower (about 1 ms a page) but it only runs
    when neither UTF-8 nor a declaration decoded the page.
    """
    import chardet

    label = chardet.detect(data[:65536]).get("encoding")
    codec = codec_for(label) if label else None
    return _strict(data, codec, "detector") if codec else None


#: Code pages of Western European languages, which servers declare by default ("iso-8859-1").
WESTERN = frozenset({"cp1252", "iso8859-15", "latin-1", "iso8859-1", "mac-roman", "mac_roman"})
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")
_LOW_BYTES = bytes(range(128))
#: A page with at least this many bytes above 0x7F...
NOT_WESTERN_BYTES = 20
#: ...this share of them next to another is no Western text: French or German sets one
#: accented letter between plain ones (at most a fifth of them side by side in our corpus),
#: Cyrillic, Greek, Arabic, Thai and the multi-byte codes of East Asia write every letter
#: above 0x7F (two thirds and more side by side).
NOT_WESTERN_SHARE = 0.5


def not_western(data: bytes) -> bool:
    """Whether the bytes above 0x7F of ``data`` stand in runs, as no Western European text sets them.

    >>> not_western("Ça coûte 3 € à Noël, dit-elle, à l'école du village".encode("cp1252") * 4)
    False
    >>> not_western("Центробанк сохранил ключевую ставку".encode("koi8-r"))
    True
    """
    high = len(data.translate(None, _LOW_BYTES))
    if high < NOT_WESTERN_BYTES:
        return False
    return sum(map(len, _HIGH_RUN.findall(data))) >= NOT_WESTERN_SHARE * high


def _undeclared(data: bytes) -> bytes:
    """``data`` with its ``<meta>`` charset blanked out: chardet reads the declaration too, and
    would repeat the one being doubted."""
    m = _META.search(data[:4096])
    return data if m is None else data[: m.start(1)] + b" " * (m.end(1) - m.start(1)) + data[m.end(1) :]


GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
#: Decompressed content beyond this is cut off: no page is this big, a decompression bomb is.
MAX_DECOMPRESSED = 256 * 1024 * 1024
_BINARY_SNIFF = 8192


def is_binary(data: bytes) -> bool:
    r"""NUL bytes early on mean binary content (images, archives), unless a UTF-16/32 BOM says otherwise.

    >>> is_binary(b"\x89PNG\r\n\x1a\n\x00\x00"), is_binary("Café".encode("utf-16"))
    (True, False)
    """
    head = data[:_BINARY_SNIFF]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def decompress(data: bytes) -> tuple[bytes, str | None]:
    """``data`` with gzip or zstd compression undone, told by magic bytes, and its name.

    A truncated stream gives what it holds; content that is not compressed comes back as is.

    >>> import gzip
    >>> decompress(gzip.compress(b"<p>Hello</p>")), decompress(b"plain")
    ((b'<p>Hello</p>', 'gzip'), (b'plain', None))
    """
    if data.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            return inflater.decompress(data, MAX_DECOMPRESSED), "gzip"
        except zlib.error:
            return data, None
    if data.startswith(ZSTD_MAGIC):
        import zstandard

        try:
            reader = zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True)
            return reader.read(MAX_DECOMPRESSED), "zstd"
        except zstandard.ZstdError:
            return data, None
    return data, None


def decode(data: bytes, *, content_type: str | None = None) -> Decoded:
    """Decode bytes to text the way the module docstring describes.

    ``content_type`` is the HTTP header, if the caller has one ("text/html; charset=...").

    >>> decode("Café".encode("utf-8")).source
    'utf-8'
    >>> decode("Café".encode("cp1252"), content_type="text/html; charset=latin1").encoding
    'cp1252'
    """
    found = _bom(data) or _strict(data, "utf-8", "utf-8")
    if found:
        return found
    declared = []
    if content_type and (m := _CONTENT_TYPE_CHARSET.search(content_type)):
        declared.append((m.group(1), "http"))
    if (meta := declared_charset(data)) is not None:
        declared.append((meta, "meta"))
    for label, source in declared:
        codec = codec_for(label)
        if codec and codec != "utf-8" and (found := _strict(data, codec, source)):
            if codec in WESTERN and not_western(data):  # a server's default "iso-8859-1" over GBK, EUC-KR...
                other = _detect(_undeclared(data))
                return other if other is not None and other.encoding not in WESTERN else found
            return found
    found = _detect(_undeclared(data))  # the declaration, if any, did not decode: chardet would only repeat it
    if found:
        return found
    text = data.decode("utf-8", "replace")
    return Decoded(text, "utf-8", "fallback", text.count("\ufffd"))


class Decode:
    """Decode a document's raw bytes, then route it to the HTML or the text stage.

    ``metadata["encoding"]`` records the codec, the step that chose it and the number
    of replacement characters; ``metadata["compression"]`` the compression undone, if
    any. Binary content gives an empty text, its encoding's source ``"binary"``.
    """

    stage: Stage = "decode"

    def __init__(self, *, name: str = "decode") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        if doc.raw is None:
            return doc
        data, compression = decompress(doc.raw)
        metadata: dict[str, object] = {"compression": compression} if compression else {}
        if is_binary(data):
            metadata["encoding"] = {"name": None, "source": "binary", "replacements": 0}
            return doc.edited(self.name, raw=None, text="", metadata=metadata)
        content_type = doc.metadata.get("content_type")
        found = decode(data, content_type=content_type if isinstance(content_type, str) else None)
        metadata["encoding"] = found.as_metadata()
        route = {"html": found.text} if looks_like_html(found.text) else {"text": found.text}
        return doc.edited(self.name, raw=None, metadata=metadata, **route)

    def __repr__(self) -> str:
        return "Decode()"
