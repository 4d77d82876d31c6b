"""What characters a text holds, found by C loops over its UTF-8 bytes.

Repair and normalization ask many questions of every document: any mojibake pair, any
invisible or odd space, any control character, anything NFC would change? Asked of the
text with regular expressions, each question is a scan at 50-130 MB/s, and together they
cost more than the rest of the text stage. Most news is ASCII with a few curly quotes and
dashes, so these functions split each text once (``bytes.translate`` runs at memory
speed) into its short non-ASCII residue and its ASCII control characters, and the
questions are asked of those instead. Results are cached for the last two texts, since
several filters ask about the same document in a row.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .memory import remember

_ASCII_BYTES = bytes(range(128))
#: Every byte except the ASCII controls other than the line feed.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 0x20 or b == 0x7F) or b == 0x0A)


class Scan(NamedTuple):
    """A text's non-ASCII residue, its distinct non-ASCII characters, its ASCII controls."""

    residue: str
    chars: frozenset[str]
    controls: frozenset[str]


@remember(maxsize=2)  # the filters of one document ask in a row; more would hold whole documents
def scan(text: str) -> Scan:
    """One pass over ``text`` as UTF-8 bytes, taken apart by two ``bytes.translate`` calls."""
    raw = text.encode("utf-8", "surrogatepass")
    controls = frozenset(raw.translate(None, _NOT_CONTROL_BYTES).decode("ascii"))
    if len(raw) == len(text):  # ASCII
        return Scan("", frozenset(), controls)
    residue = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    return Scan(residue, frozenset(residue), controls)


def beyond_ascii(text: str) -> str:
    """``text`` with every ASCII character taken out, in order.

    A pattern made of non-ASCII characters only (a mojibake pair, a run of accented
    letters) cannot occur in the text unless it occurs in this residue, which is short in
    most news: searching it first is nearly free.

    >>> beyond_ascii("It’s “here” — café")
    '’“”—é'
    """
    return scan(text).residue


def non_ascii(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` beyond ASCII.

    >>> sorted(non_ascii("It’s “here” — café"))
    ['é', '—', '’', '“', '”']
    """
    return scan(text).chars


def ascii_controls(text: str) -> frozenset[str]:
    """The distinct ASCII control characters of ``text`` (tab and carriage return included),
    line feeds aside.

    >>> sorted(ascii_controls("a\\tb\\r\\nc\\n")), ascii_controls("plain\\ntext")
    (['\\t', '\\r'], frozenset())
    """
    return scan(text).controls


# Blocks where no character changes under NFC, none is a combining mark, and none composes
# with the character before it (tests check this against the running Python's Unicode data).
_NFC_STABLE_RANGES = (
    (0x0080, 0x02FF),  # Latin-1 Supplement, Latin Extended-A and -B, IPA, spacing modifiers
    (0x0400, 0x0482),  # Cyrillic letters (the combining marks from U+0483 left out)
    (0x048A, 0x04FF),
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x205E),  # per mille, primes, guillemets
    (0x20A0, 0x20BF),  # currency signs
    (0x2100, 0x2125),  # letterlike symbols before the Ohm sign (U+2126 decomposes to Omega)
    (0x2190, 0x21FF),  # arrows
    (0x2500, 0x27BF),  # box drawing, shapes, dingbats
    (0x3001, 0x3029),  # CJK punctuation (combining tone marks from U+302A left out)
    (0x3041, 0x3096),  # Hiragana (the combining voicing marks U+3099-309A left out)
    (0x30A0, 0x30FF),  # Katakana
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF01, 0xFFEF),  # fullwidth and halfwidth forms
    (0x1F300, 0x1FAFF),  # emoji
)
_NFC_UNSTABLE = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _NFC_STABLE_RANGES) + "]")


def may_change_under_nfc(text: str) -> bool:
    """Whether NFC could change ``text``: only if it holds a character outside the stable
    blocks above, in which case Python's exact check decides.

    >>> may_change_under_nfc("Café “quoted” 東京"), may_change_under_nfc("Cafe\\u0301")
    (False, True)
    """
    chars = non_ascii(text)
    if not chars or _NFC_UNSTABLE.search("".join(chars)) is None:
        return False
    return not unicodedata.is_normalized("NFC", text)
