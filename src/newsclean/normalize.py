"""Normalization: whitespace, invisible characters, Unicode form and broken typography.

Each function takes a line and returns it normalized; :class:`Normalize` applies them to
every block. What they change, and why:

- :func:`fix_whitespace`: every Unicode space (NBSP, thin, ideographic...) becomes a
  plain space and runs collapse to one, because scraped text is full of layout spacing
  that means nothing and breaks tokenizers and deduplication.
- :func:`remove_invisibles`: zero-width spaces, byte-order marks, word joiners, stray
  bidi controls and ASCII control characters go; soft hyphens are joined (``Nachrich\\xadten`` -> ``Nachrichten``).
  ZWJ and ZWNJ stay: emoji sequences and Persian or Indic words need them.
- :func:`fix_typography`: a left single quote misused as an apostrophe between letters
  (``Beijing‘s`` -> ``Beijing’s``), literal ``\\u2019`` escapes, and double-escaped
  entities (``&amp;amp;``) left by broken pipelines.
- NFC composition (never NFKC, which turns ``10³`` into ``103``).
- Optionally (off by default) :func:`ascii_punctuation`: curly quotes and dashes to ASCII.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .document import Document
from .pipeline import Stage, rewrite_blocks

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]+")
_TROUBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u180e\u00ad"
    r"\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]| {2}"
)
_SPACE_TROUBLE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]| {2}")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u180e\u00ad]")
_ASCII_TROUBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]|\\u[0-9a-fA-F]{4}|&amp;")
_MISUSED_LEFT_QUOTE = re.compile(r"(?<=[^\W\d_])\u2018(?=[^\W\d_])")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DOUBLE_ENTITY = re.compile(r"&amp;((?:amp;)*)(#\d{1,7};|#x[0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)")
_ASCII = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"'}
    | {"–": "-", "—": "-", "‐": "-", "‑": "-"}
)


def fix_whitespace(text: str) -> str:
    """Collapse every run of Unicode spaces to one plain space and trim the ends.

    >>> fix_whitespace("Tokyo\\u00a0 \\u3000Japan  ")
    'Tokyo Japan'
    """
    return _SPACES.sub(" ", text).strip()


def remove_invisibles(text: str) -> str:
    """Drop zero-width and bidi control characters; join words split by soft hyphens.

    >>> remove_invisibles("Nach\\u00adrichten\\u200b aus\\ufeff Berlin")
    'Nachrichten aus Berlin'
    >>> remove_invisibles("\\U0001F469\\u200d\\U0001F4BB") == "\\U0001F469\\u200d\\U0001F4BB"
    True
    """
    return _INVISIBLE.sub("", text)


def _unescape_literal(m: re.Match[str]) -> str:
    char = chr(int(m.group(1), 16))
    return m.group(0) if 0xD800 <= ord(char) <= 0xDFFF or not char.isprintable() else char


def fix_typography(text: str) -> str:
    """Repair a misused left quote as apostrophe, literal ``\\uXXXX`` escapes, double entities.

    >>> fix_typography("Beijing\\u2018s build-up"), fix_typography("it\\\\u2019s"), fix_typography("R&amp;amp;D")
    ('Beijing’s build-up', 'it’s', 'R&D')
    """
    if "\u2018" in text:
        text = _MISUSED_LEFT_QUOTE.sub("\u2019", text)
    if "\\u" in text:
        text = _ESCAPE.sub(_unescape_literal, text)
    if "&amp;" in text:
        while _DOUBLE_ENTITY.search(text):
            text = _DOUBLE_ENTITY.sub(r"&\1\2", text)
        text = html.unescape(text)
    return text


def ascii_punctuation(text: str) -> str:
    """Curly quotes, primes and dashes to their ASCII look-alikes (not part of the default).

    >>> ascii_punctuation("“It’s here” — she said")
    '"It\\'s here" - she said'
    """
    return text.translate(_ASCII)


def normalize_line(text: str, *, ascii: bool = False) -> str:
    """Every normalization above, in order, on one line (cheap checks first: most lines need none)."""
    if not text.isascii():
        if "\u2018" in text or "\\u" in text or "&amp;" in text:
            text = fix_typography(text)
        trouble = _TROUBLE.search(text)  # one scan tells whether either rewrite below has work
        if trouble and _INVISIBLE.search(text, trouble.start()):
            text = remove_invisibles(text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if ascii:
            text = ascii_punctuation(text)
        return fix_whitespace(text) if trouble else text.strip()
    if _ASCII_TROUBLE.search(text):
        text = remove_invisibles(fix_typography(text))
    return fix_whitespace(text) if _SPACE_TROUBLE.search(text) else text.strip()


def needs_normalizing(text: str) -> bool:
    """Whether any normalization above would change ``text``: a few scans of the whole text.

    >>> needs_normalizing("Plain, clean text."), needs_normalizing("Beijing\u2018s rise")
    (False, True)
    """
    if text.isascii():
        return bool(_ASCII_TROUBLE.search(text) or _SPACE_TROUBLE.search(text))
    return bool(
        "\u2018" in text
        or "\\u" in text
        or "&amp;" in text
        or _TROUBLE.search(text)
        or not unicodedata.is_normalized("NFC", text)
    )


def normalize_text(text: str, *, ascii: bool = False) -> str:
    """Every normalization above on a whole text, line by line; clean text is returned as it is.

    >>> normalize_text("Nach\u00adrichten\u200b aus  Berlin")
    'Nachrichten aus Berlin'
    """
    if not ascii and not needs_normalizing(text):
        return text
    return "\n".join(normalize_line(line, ascii=ascii) for line in text.split("\n"))


class Normalize:
    """Normalize every block's whitespace, invisible characters, form and typography.

    >>> Normalize()(Document(text="Beijing\\u2018s\\u00a0 rise\\u200b")).text
    'Beijing’s rise'
    """

    stage: Stage = "text"

    def __init__(self, *, ascii_punctuation: bool = False, name: str = "normalize") -> None:
        self.ascii_punctuation = ascii_punctuation
        self.name = name

    def __call__(self, doc: Document) -> Document:
        ascii = self.ascii_punctuation
        if not ascii and not needs_normalizing(doc.text):
            return doc
        return rewrite_blocks(doc, self.name, lambda s: normalize_line(s, ascii=ascii))

    def __repr__(self) -> str:
        return f"Normalize(ascii_punctuation={self.ascii_punctuation})"
