"""Single-byte mixups: legacy-encoded text that was decoded with the wrong code page.

Russian in cp1251 read as cp1252 comes out as ``Ãîðîäñêîé ñîâåò``, KOI8-R as
``çÏÒÏÄÓËÏÊ``, Polish in cp1250 as ``Za¿ó³æ gêœl¹ jaŸñ``, Greek in ISO-8859-7 as
``Ôï äçìïôéêü``. ftfy leaves these alone: they are not UTF-8 mojibake. Each can be undone
by encoding the line back to the bytes it came from and decoding them with the right
code page; the trick is to know when.

A line is repaired only when it is plainly not language as written (:func:`oddness`:
symbols squeezed between letters, runs of accented Latin letters, capitals inside
words), and one of the candidate code pages turns it into text with no such oddities.
Text that is already clean has no oddities to remove, so it is never touched.
"""

from __future__ import annotations

import re
import unicodedata

from .charscan import beyond_ascii, non_ascii

#: The code pages text is wrongly decoded with (Python's latin-1 leaves C1 controls).
WRONG = ("cp1252", "latin-1")
#: The code pages it may really be in, in order of preference when two read equally well.
RIGHT = ("cp1251", "koi8_r", "cp1250", "iso8859_2", "iso8859_7", "cp1253", "cp1257")

# A cheap first look: three accented Latin-1 letters in a row, or a symbol stuck between a
# letter and a word character. Two searches that start with a rare character are fast.
_LATIN1_TRIPLE = re.compile(r"[\u00c0-\u00ff]{3}")
_STUCK_SYMBOL = re.compile(r"[\u0080-\u00bf](?<=[^\W\d_].)(?=\w)")
_LATIN1_LETTERS = frozenset(map(chr, range(0xC0, 0x100)))
#: A text written in Cyrillic or Greek and read as cp1252 shows many different accented
#: letters; a French or German text shows a few. Below this many, no triple is looked for.
MIN_LATIN1_LETTERS = 10


#: Turkish in cp1254 read as cp1252 or Latin-1: "ı ş ğ İ Ş Ğ" come out as "ý þ ð Ý Þ Ð", letters
#: Icelandic writes, so no oddity shows. The rest of the alphabet tells them apart: Turkish writes
#: "ç" and "ü", which Icelandic never does, and never "á é ó ú æ", which fill Icelandic text
#: (and Czech, Slovak and Vietnamese, which write "ý"); Turkmen writes "ý" beside "ä".
_TURKISH_MISREAD = frozenset("ýþðÝÞÐ")
_TURKISH_ONLY = frozenset("çüÇÜ")
_NOT_TURKISH = frozenset("áéóúæÁÉÓÚÆäÄ")
#: A document is read as misread Turkish with at least this many of its misread letters.
MIN_TURKISH_LETTERS = 3


def misread_turkish(text: str, chars: frozenset[str] | set[str] | None = None) -> bool:
    """Whether ``text`` is Turkish that was read with the cp1252 or Latin-1 table.

    >>> misread_turkish("Belediye meclisi yeni otobüs hatlarýný onayladý, baþkan açýkladý.")
    True
    >>> misread_turkish("Þingið samþykkti frumvarpið í gær, sagði ráðherrann.")  # Icelandic
    False
    """
    chars = non_ascii(text) if chars is None else chars
    if not (chars & _TURKISH_MISREAD and chars & _TURKISH_ONLY) or chars & _NOT_TURKISH:
        return False
    return sum(text.count(ch) for ch in _TURKISH_MISREAD & chars) >= MIN_TURKISH_LETTERS


def _as_turkish(line: str) -> str:
    """A line of a misread Turkish document decoded with cp1254, where it holds a misread letter."""
    if line.isascii() or not _TURKISH_MISREAD.intersection(line) or (raw := _bytes_of(line)) is None:
        return line
    try:
        return raw.decode("cp1254")
    except UnicodeDecodeError:
        return line


def _turned_letters() -> frozenset[str]:
    """cp1252 symbols whose byte is a letter in one of the RIGHT code pages (¹ is ą in cp1250)."""
    found = set()
    for byte in range(0x80, 0x100):
        try:
            seen = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            seen = bytes([byte]).decode("latin-1")
        if seen.isalpha():
            continue
        for codec in RIGHT:
            try:
                if bytes([byte]).decode(codec).isalpha():
                    found.add(seen)
                    break
            except UnicodeDecodeError:
                continue
    return frozenset(found)


_STUCK = frozenset(ch for ch in _turned_letters() if "\u0080" <= ch <= "\u00bf")
_WORD = re.compile(r"\w+")
_LATIN1_RUN = re.compile(r"[\u00c0-\u00ff]{3,}")
_INNER_CAPITAL = re.compile(r"(?<=[^\W\d_])(?<![^\W\d_][^\W\d_][A-Z])[^\W\d_]")
#: Without chardet's word, repaired lines must have at least this much oddness to begin with.
MIN_ODDNESS = 3
#: Below this much oddness in a document, chardet is not even asked.
MIN_GUESS_ODDNESS = 2


def oddness(text: str) -> int:
    """How far ``text`` is from language as written: a count of oddities.

    Symbols, controls and superscripts squeezed between letters, runs of three accented
    Latin letters, lower-case letters followed by capitals inside a word.

    >>> oddness("Городской совет утвердил"), oddness("Ãîðîäñêîé ñîâåò óòâåðäèë")
    (0, 3)
    """
    odd = len(_LATIN1_RUN.findall(text))
    for word in re.findall(r"\S+", text):
        letters = [ch.isalpha() for ch in word]
        for i in range(1, len(word) - 1):
            if not letters[i] and letters[i - 1] and letters[i + 1] and _odd_category(word[i]):
                odd += 1  # "gê\u009cl¹" has a control and a symbol inside a word
        for i in range(1, len(word)):
            if letters[i] and letters[i - 1] and word[i - 1].islower() and word[i].isupper():
                odd += 1  # "гОРОД": KOI8-R read with the cp1251 table
    return odd


def _odd_category(ch: str) -> bool:
    category = unicodedata.category(ch)  # soft hyphens and joiners (Cf) belong inside words
    return (category[0] in "SC" and category != "Cf") or category == "No" or ch in "¿¡"


def _bytes_of(line: str) -> bytes | None:
    for wrong in WRONG:
        try:
            return line.encode(wrong)
        except UnicodeEncodeError:
            continue
    return None


def suspicious(text: str) -> bool:
    """A cheap first look at a whole document: could some of it be read with the wrong code page?"""
    chars = non_ascii(text)
    if chars & _TURKISH_MISREAD and misread_turkish(text, chars):
        return True
    if (
        len(chars & _LATIN1_LETTERS) >= MIN_LATIN1_LETTERS
        and _LATIN1_TRIPLE.search(beyond_ascii(text))  # a triple in the text is one in its residue
        and _LATIN1_TRIPLE.search(text)
    ):
        return True
    return any(_stuck_in(text, symbol) for symbol in chars & _STUCK)


def _stuck_in(text: str, symbol: str) -> bool:
    """Whether ``symbol`` sits between a letter and a word character somewhere in ``text``.
    Symbols are rare, so finding each occurrence is faster than a regular-expression scan."""
    at = text.find(symbol, 1)
    while at != -1:
        if text[at - 1].isalnum() and _STUCK_SYMBOL.match(text, at):
            return True
        at = text.find(symbol, at + 1)
    return False


def _suspicious_line(line: str) -> bool:
    return not line.isascii() and (_LATIN1_TRIPLE.search(line) is not None or _STUCK_SYMBOL.search(line) is not None)


def _guess(raws: list[bytes]) -> str | None:
    """chardet's reading of the bytes the suspicious lines came from, if it is not cp1252."""
    import chardet

    from .decode import codec_for

    label = chardet.detect(b"\n".join(raws)).get("encoding")
    codec = codec_for(label) if label else None
    return None if codec in (None, "cp1252", "utf-8", "ascii") else codec


def fix_mixups(lines: list[str]) -> list[str]:
    """The lines of one document, each decoded with the code page it was written in.

    The lines that look wrongly decoded are encoded back to their bytes; chardet names the
    code page those bytes are in (it knows languages, and a document gives it enough
    text). Its guess is taken if it makes the lines less odd. Failing that, each candidate
    code page is tried, and one is taken only if it removes at least three quarters of
    the oddities of lines that had at least three. Turkish, which shows no oddities, is
    told by its alphabet (:func:`misread_turkish`). Once a code page is found, the other
    lines of the document are decoded with it too where that turns symbols into letters.

    >>> fix_mixups(["Ãîðîäñêîé ñîâåò óòâåðäèë íîâûå ìàðøðóòû", "plain line"])
    ['Городской совет утвердил новые маршруты', 'plain line']
    >>> fix_mixups(["Café, crème brûlée et pâté"])
    ['Café, crème brûlée et pâté']
    """
    if misread_turkish("\n".join(lines)):
        return [_as_turkish(line) for line in lines]
    raws = {i: raw for i, line in enumerate(lines) if _suspicious_line(line) and (raw := _bytes_of(line)) is not None}
    if not raws:
        return lines
    before = sum(oddness(lines[i]) for i in raws)
    if before < MIN_GUESS_ODDNESS:  # a stray "m³" is not worth asking chardet about
        return lines
    guess = _guess(list(raws.values()))
    for codec in ([guess] if guess else []) + [c for c in RIGHT if c != guess]:
        try:
            decoded = {i: raw.decode(codec) for i, raw in raws.items()}
        except UnicodeDecodeError:
            continue
        after = sum(oddness(text) for text in decoded.values())
        if (codec == guess and after < before) or (before >= MIN_ODDNESS and after * 4 <= before):
            return [decoded[i] if i in decoded else _also(line, codec) for i, line in enumerate(lines)]
    return lines


def _also(line: str, codec: str) -> str:
    """Another line of a document found to be in ``codec``, decoded the same way if that turns
    symbols into letters ("s¹" into "są") and adds no oddity; "Café" is left as it is."""
    if line.isascii():
        return line
    raw = _bytes_of(line)
    if raw is None:
        return line
    try:
        decoded = raw.decode(codec)
    except UnicodeDecodeError:
        return line
    gains_letters = any(not a.isalpha() and b.isalpha() for a, b in zip(line, decoded, strict=False))
    return decoded if gains_letters and oddness(decoded) <= oddness(line) else line


def fix_mixup(line: str) -> str:
    """One line decoded with the code page it was written in, if it was read with the wrong one.

    >>> fix_mixup("Ãîðîäñêîé ñîâåò óòâåðäèë íîâûå ìàðøðóòû")
    'Городской совет утвердил новые маршруты'
    >>> fix_mixup("Café, crème brûlée et pâté")
    'Café, crème brûlée et pâté'
    """
    return fix_mixups([line])[0]
