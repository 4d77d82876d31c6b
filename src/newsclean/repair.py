"""Encoding repair: mojibake such as ``CafÃ©`` back to ``Café``. The only ftfy user.

Two kinds of damage are repaired: UTF-8 decoded as a single-byte code page (ftfy's job,
behind a screen) and legacy text decoded with the wrong single-byte code page (which
ftfy leaves alone; see ``mixups.py``).

ftfy is correct but slow (about 2 MB/s), so it only sees lines that can hold mojibake
at all. UTF-8 read as a single-byte code page always leaves a trace: a character that
code page gives to a UTF-8 lead byte (0xC2-0xF4) followed by one it gives to a
continuation byte (0x80-0xBF). :data:`SCREEN` is built from those two sets for every
code page ftfy can undo; a line without such a pair is left alone without calling ftfy.
"""

from __future__ import annotations

import re

import ftfy
import ftfy.bad_codecs
from ftfy.badness import is_bad
from ftfy.chardata import CHARMAP_ENCODINGS

from .blocks import LEADS_OF_A0
from .charscan import beyond_ascii, non_ascii
from .document import Document
from .mixups import fix_mixups, suspicious
from .pipeline import Stage, replace_texts

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
_ASCII = frozenset(map(chr, range(128)))
_LEADS = frozenset("".join(_decoded(e, 0xC2, 0xF4) for e in CHARMAP_ENCODINGS)) - _ASCII
_CONTINUATIONS = frozenset("".join(_decoded(e, 0x80, 0xBF) for e in CHARMAP_ENCODINGS)) - _ASCII


def may_hold_mojibake(text: str) -> bool:
    """Whether a whole text could hold mojibake: it needs a lead character right before a
    continuation character. Such a pair is a pair in the text's non-ASCII residue too, which
    is short in most news: the screen runs over the residue, and the few pairs it finds are
    looked up in the text by substring search.

    >>> may_hold_mojibake("It’s “here”"), may_hold_mojibake("CafÃ© opens")
    (False, True)
    """
    chars = non_ascii(text)
    if not chars & _LEADS:
        return False
    if not chars & _CONTINUATIONS:
        return _spaced_a0(text)
    residue = beyond_ascii(text)
    if len(residue) * 8 > len(text):  # mostly non-Latin text: one scan of the text is cheaper
        return may_be_mojibake(text)
    return any(pair in text for pair in set(_EVERY_PAIR.findall(residue)))


#: The screen's pairs at every position, overlapping ones included ("ÃÂ©" holds two).
_EVERY_PAIR = re.compile(f"(?=({SCREEN.pattern}))")


def may_be_mojibake(text: str) -> bool:
    """Whether ``text`` shows the trace of UTF-8 decoded as a single-byte code page.

    >>> may_be_mojibake("CafÃ© au lait"), may_be_mojibake("Café au lait"), may_be_mojibake("plain ASCII")
    (True, False, False)
    """
    if text.isascii():
        return False
    # Continuation characters are rare in any language, lead characters are not (every
    # Cyrillic letter is one in cp1251): find the former, then try the screen just before.
    return any(SCREEN.match(text, m.start() - 1) for m in _CONTINUATION.finditer(text, 1)) or _spaced_a0(text)


def _spaced_a0(text: str) -> bool:
    """Whether ``text`` holds "Â " or "Ã ": the mojibake of a no-break space (C2 A0) or of "à"
    (C3 A0) whose byte A0, read as a no-break space, was turned into a plain space on the way.
    The most common mojibake of the web, and ftfy undoes it ("Monday.Â Visitors", "voilÃ la")."""
    return any(spaced in text for spaced in _SPACED_LEADS)


_SPACED_LEADS = tuple(f"{lead} " for lead in sorted(LEADS_OF_A0))


_CONTINUATION = re.compile(f"[{re.escape(''.join(sorted(_CONTINUATIONS)))}]")


def fix_mojibake(text: str) -> str:
    """Repair mojibake in ``text`` with ftfy, when the screen says there may be some.

    >>> fix_mojibake("The Mona Lisa doesnâ€™t have eyebrows.")
    'The Mona Lisa doesn’t have eyebrows.'
    """
    if not may_be_mojibake(text):
        return text
    if not is_bad(text):  # ftfy's own verdict, without the rest of fix_text's passes
        fixed = _utf8_round_trip(text)
    else:
        fixed = ftfy.fix_text(text, FTFY_CONFIG)
        fixed = _utf8_round_trip(fixed) if fixed == text else fixed
    return _LOST_A0.sub("\xa0", fixed) if "Â " in fixed else fixed


#: A no-break space read as cp1252 ("Â\xa0"), its second byte then made a plain space, right
#: after a digit or a small letter, where no "Â" is ever written: "12Â euros" ftfy leaves alone.
_LOST_A0 = re.compile(r"(?<=[0-9a-zß-öø-ÿ])Â ")


#: The code pages UTF-8 is most often misread with, as ftfy names them.
MISREAD_AS = ("sloppy-windows-1252", "latin-1", "macroman")


def _utf8_round_trip(text: str) -> str:
    """``text`` read back as UTF-8, when the whole line is a single-byte reading of it.

    ftfy declines to decide on short lines ("Ñ‚" may be Spanish and a quotation mark,
    or the mojibake of "т"). When every character of the line encodes to one code page
    and the bytes are valid UTF-8 throughout, the line is mojibake: clean text in a Latin
    script has accented letters followed by plain ones, which UTF-8 does not allow.

    >>> _utf8_round_trip("Ñ‚"), _utf8_round_trip("Año nuevo")
    ('т', 'Año nuevo')
    """
    for codec in MISREAD_AS:
        try:
            decoded = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if decoded != text:
            return decoded
    return text


def repair_text(text: str) -> str:
    """Repair ``text``: UTF-8 mojibake line by line (ftfy), then lines read with the wrong code page.

    Fast on clean text: a few scans of the whole text decide that nothing needs doing.

    >>> repair_text("CafÃ© opens\\nÃîðîäñêîé ñîâåò óòâåðäèë íîâûå ìàðøðóòû")
    'Café opens\\nГородской совет утвердил новые маршруты'
    """
    if text.isascii():
        return text
    if may_hold_mojibake(text):
        text = "\n".join(fix_mojibake(line) for line in text.split("\n"))
    if suspicious(text):
        text = "\n".join(fix_mixups(text.split("\n")))
    return text


class Repair:
    """Repair mojibake and wrong code pages; documents that cannot hold any are passed untouched.

    UTF-8 read as a single-byte code page goes to ftfy (line by line, only lines the screen
    flags); a document whose lines were read with the wrong code page (cp1251, KOI8-R,
    cp1250, Greek...) is decoded again with the right one (see ``mixups.py``).
    ``metadata["repaired"]`` counts the lines repaired and names the code page found.

    >>> doc = Repair()(Document(text="CafÃ© opens"))
    >>> doc.text, doc.metadata["repaired"]
    ('Café opens', {'mojibake': 1})
    """

    stage: Stage = "text"

    def __init__(self, *, name: str = "repair") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if text.isascii():
            return doc
        mojibake, mixups = may_hold_mojibake(text), suspicious(text)
        if not mojibake and not mixups:
            return doc  # most non-ASCII news: nothing to repair
        texts = [b.text for b in doc.blocks]
        found: dict[str, object] = {}
        if mojibake:
            fixed = [fix_mojibake(t) for t in texts]
            changed = sum(new != old for new, old in zip(fixed, texts, strict=True))
            if changed:
                found["mojibake"] = changed
                texts = fixed
        if mixups:
            fixed = fix_mixups(texts)
            changed = sum(new != old for new, old in zip(fixed, texts, strict=True))
            if changed:
                found["code_page_lines"] = changed
                texts = fixed
        if not found:
            return doc
        # A line that was nothing but a misread byte-order mark ("ï»¿") is repaired to nothing.
        return replace_texts(doc, self.name, texts, metadata={"repaired": found})

    def __repr__(self) -> str:
        return "Repair()"
