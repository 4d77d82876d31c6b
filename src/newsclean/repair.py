"""Encoding repair: mojibake such as ``CafÃ©`` back to ``Café``. The only ftfy user.

ftfy is correct but slow (about 2 MB/s), so it only sees lines that can hold mojibake
at all. UTF-8 read as a single-byte code page always leaves a trace: a character that
code page gives to a UTF-8 lead byte (0xC2-0xF4) followed by one it gives to a
continuation byte (0x80-0xBF). :data:`SCREEN` is built from those two sets for every
code page ftfy can undo; a line without such a pair is left alone without calling ftfy.
"""

from __future__ import annotations

import re

import ftfy
from ftfy.chardata import CHARMAP_ENCODINGS

from .document import Document
from .pipeline import Stage, rewrite_blocks

#: ftfy's settings: encoding fixes on; changes to meaning-bearing text (quotes, width) off.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)


def _decoded(encoding: str, lo: int, hi: int) -> str:
    return "".join(ch for ch in bytes(range(lo, hi + 1)).decode(encoding, "replace") if ch != "\ufffd")


def _screen_pattern() -> re.Pattern[str]:
    pairs: list[str] = []
    leads: set[str] = set()
    for encoding in CHARMAP_ENCODINGS:
        lead, cont = _decoded(encoding, 0xC2, 0xF4), _decoded(encoding, 0x80, 0xBF)
        pairs.append(f"[{re.escape(lead)}][{re.escape(cont)}]")
        leads.update(lead)
    # The lookahead rejects most positions with one character-class test.
    return re.compile(f"(?=[{re.escape(''.join(sorted(leads)))}])(?:{'|'.join(pairs)})")


#: Matches text that may hold mojibake; text it does not match is never sent to ftfy.
SCREEN = _screen_pattern()


def may_be_mojibake(text: str) -> bool:
    """Whether ``text`` shows the trace of UTF-8 decoded as a single-byte code page.

    >>> may_be_mojibake("CafÃ© au lait"), may_be_mojibake("Café au lait"), may_be_mojibake("plain ASCII")
    (True, False, False)
    """
    return not text.isascii() and SCREEN.search(text) is not None


def fix_mojibake(text: str) -> str:
    """Repair mojibake in ``text`` with ftfy, when the screen says there may be some.

    >>> fix_mojibake("The Mona Lisa doesnâ€™t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    """
    if not may_be_mojibake(text):
        return text
    return ftfy.fix_text(text, FTFY_CONFIG)


class Repair:
    """Repair mojibake block by block; lines that cannot hold any never reach ftfy.

    >>> Repair()(Document(text="CafÃ© opens")).text
    'Café opens'
    """

    stage: Stage = "text"

    def __init__(self, *, name: str = "repair") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        return rewrite_blocks(doc, self.name, fix_mojibake)

    def __repr__(self) -> str:
        return "Repair()"
