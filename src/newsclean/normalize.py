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

from .charscan import ascii_controls, may_change_under_nfc, non_ascii
from .document import Document
from .pipeline import Stage, replace_texts

# The checks below are character classes or literals on purpose: a pattern that can start at
# any space ("two spaces", "a space at the end of a line") makes a search ten times slower.
_BAD_SPACE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c]")
_CONTROLS = frozenset(map(chr, [*range(0x09), *range(0x0E, 0x20), 0x7F]))
_ODD_ASCII_SPACES = frozenset("\t\x0b\x0c")
_BAD_SPACES = frozenset("\u00a0\u1680\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))
_INVISIBLES = (
    frozenset("\u200b\u2060\ufeff\u200e\u200f\u180e\u00ad")
    | frozenset(map(chr, range(0x202A, 0x202F)))
    | frozenset(map(chr, range(0x2066, 0x206A)))
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\u180e\u00ad]")
_MISUSED_LEFT_QUOTE = re.compile(r"\u2018(?<=[^\W\d_]\u2018)(?=[^\W\d_])")
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
    return " ".join(text.split())


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
        text = _ENTITY.sub(_unescape_entity, text)
    return text


def _unescape_entity(m: re.Match[str]) -> str:
    char = html.unescape(m.group(0))
    return " " if _LINE_BREAK.fullmatch(char) else char  # "&amp;#10;" must not split a line


def ascii_punctuation(text: str) -> str:
    """Curly quotes, primes and dashes to their ASCII look-alikes (not part of the default).

    >>> ascii_punctuation("“It’s here” — she said")
    '"It\\'s here" - she said'
    """
    return text.translate(_ASCII)


def _space_trouble(text: str) -> bool:
    """Runs of spaces, odd spaces, or spaces at the ends of a line."""
    return (
        "  " in text
        or bool(ascii_controls(text) & _ODD_ASCII_SPACES)
        or bool(non_ascii(text) & _BAD_SPACES)
        or text.startswith(" ")
        or text.endswith(" ")
        or "\n " in text
        or " \n" in text
    )


def _typography_trouble(text: str) -> bool:
    return "\\u" in text or "&amp;" in text or ("\u2018" in text and _MISUSED_LEFT_QUOTE.search(text) is not None)


def normalize_line(text: str, *, ascii: bool = False) -> str:
    """Every normalization above, in order, on one line."""
    return normalize_text(text, ascii=ascii).replace("\n", " ") if text else text


def needs_normalizing(text: str) -> bool:
    """Whether any normalization above would change ``text``: a few scans of the whole text.

    >>> needs_normalizing("Plain, clean text."), needs_normalizing("Beijing\u2018s rise")
    (False, True)
    """
    if _space_trouble(text) or _typography_trouble(text):
        return True
    if ascii_controls(text) & _CONTROLS or non_ascii(text) & _INVISIBLES:
        return True
    return may_change_under_nfc(text)


def normalize_text(text: str, *, ascii: bool = False) -> str:
    """Every normalization above on a whole text, and its line breaks: CRLF and CR become LF, runs
    of blank lines one blank line. Each rewrite is one pass over the whole text; clean text is
    returned as it is after a few scans.

    >>> normalize_text("Nach\\u00adrichten\\u200b aus  Berlin \\r\\n\\r\\n\\r\\nZweite Zeile")
    'Nachrichten aus Berlin\\n\\nZweite Zeile'
    """
    if "\r" in ascii_controls(text):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    if not ascii and not needs_normalizing(text):
        return text
    if _typography_trouble(text):
        text = fix_typography(text)
    if _INVISIBLE.search(text):
        text = remove_invisibles(text)
    if may_change_under_nfc(text):
        text = unicodedata.normalize("NFC", text)
    if ascii:
        text = ascii_punctuation(text)
    if not _space_trouble(text):
        return text
    return "\n".join([" ".join(line.split()) for line in text.split("\n")])


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
        text = doc.text  # always its blocks joined, one line each
        if not self.ascii_punctuation and "\r" not in ascii_controls(text) and not needs_normalizing(text):
            return doc  # a few scans of the whole text clear most documents
        # All blocks in one pass, one line each: a block normalized to nothing (only
        # spaces, only invisible characters) stays an empty line, removed as blank, and
        # never shifts its neighbours. Should a rewrite make or merge lines ("\\u000a"),
        # each block is normalized on its own instead.
        texts = normalize_text("\n".join([b.text for b in doc.blocks]), ascii=self.ascii_punctuation).split("\n")
        if len(texts) != len(doc.blocks):
            texts = [normalize_line(block.text, ascii=self.ascii_punctuation) for block in doc.blocks]
        return replace_texts(doc, self.name, texts)

    def __repr__(self) -> str:
        return f"Normalize(ascii_punctuation={self.ascii_punctuation})"
