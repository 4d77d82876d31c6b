"""Blocks: the unit the text stage works on.

A text dump is read as one block per non-blank line; lines that touch (no blank line
between them) share a paragraph number, so the text can be written back with the
paragraph breaks it had. The HTML stage emits the same blocks from the page's block
elements, so every text filter serves both paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


# A named tuple, not a frozen dataclass: a page dump makes thousands of blocks, built 3x faster.
class Block(NamedTuple):
    """One line or paragraph of a document.

    ``start`` is where the block began in the text the text stage received (so that
    removals and kept blocks, sorted by ``start``, rebuild that text line by line);
    ``para`` numbers paragraphs; ``kind`` says what the HTML stage saw ("text" for
    plain lines, or "title", "heading", "item", "quote", "pre", "cell", "caption");
    ``links`` is the share of the block's text that was inside links (0 for plain text);
    ``group`` names the HTML element that holds the block's paragraph (blocks with the
    same group sit in the same container; -1 for plain text).

    >>> Block("Hello.", start=0)
    Block(text='Hello.', start=0, para=0, kind='text', links=0.0, group=-1)
    """

    text: str
    start: int
    para: int = 0
    kind: str = "text"
    links: float = 0.0
    group: int = -1

    def rewritten(self, text: str) -> Block:
        """The same block with new text (a rewrite keeps position, paragraph and kind)."""
        return Block(text, self.start, self.para, self.kind, self.links, self.group)

    def moved(self, start: int) -> Block:
        """The same block at another offset."""
        return Block(self.text, start, self.para, self.kind, self.links, self.group)


#: Builds a Block from all its fields without the named tuple's Python-level __new__:
#: a page dump makes thousands of blocks, and this is a third of the cost of cutting it.
_new_block = tuple.__new__


def split_blocks(text: str) -> tuple[Block, ...]:
    """Cut text into blocks: one per non-blank line, stripped, numbered by paragraph.

    A space that may be the second byte of a misread letter is not stripped: a no-break
    space after a Latin-1 character ("Ã\\xa0" is "à", "Â\\xa0" a no-break space), or a
    plain one after "Â" or "Ã"; the repair reads the letter back, the normalization trims
    the spaces left.

    >>> [(b.text, b.start, b.para) for b in split_blocks("Title\\n\\n  One.\\nTwo.")]
    [('Title', 0, 0), ('One.', 9, 1), ('Two.', 14, 1)]
    """
    blocks: list[Block] = []
    para = 0
    pos = 0
    gap = False
    nel = "\x85" in text
    nbsp = "\xa0" in text
    for line in _lines(text):
        stripped = line.strip(_SPACES_BUT_NEL) if nel else line.strip()
        if stripped:
            if gap and blocks:
                para += 1
            gap = False
            lead = len(line) - len(line.lstrip())
            if "\x80" <= stripped[-1] <= "\xff" and (nbsp or stripped[-1] in LEADS_OF_A0):
                stripped = _with_misread_byte(line, lead, stripped)
            blocks.append(_new_block(Block, (stripped, pos + lead, para, "text", 0.0, -1)))
        else:
            gap = True
        pos += len(line)
    return tuple(blocks)


#: "Â" and "Ã" as Latin-1 and cp1252 read the UTF-8 lead bytes C2 and C3: before the byte A0 they
#: are a no-break space and "à", whose A0 many a pipeline turned into a plain space ("voilÃ ").
LEADS_OF_A0 = frozenset("ÂÃ")


def _with_misread_byte(line: str, lead: int, stripped: str) -> str:
    """``stripped`` with the space after it when that space is the second byte of a misread
    letter: a no-break space after a Latin-1 character ("Ã\xa0" is "à"), or a plain space after
    "Â" or "Ã" (the no-break space or "à", their A0 turned into a space), for the repair."""
    after = line[lead + len(stripped) : lead + len(stripped) + 1]
    if after == "\xa0" or (after == " " and stripped[-1] in LEADS_OF_A0):
        return stripped + after
    return stripped


#: Every space ``str.strip`` strips but U+0085, which in scraped text is part of a letter (see _lines).
_SPACES_BUT_NEL = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\x85")


def _lines(text: str) -> list[str]:
    r"""The lines of ``text`` with their ends, cut where ``str.splitlines`` cuts but at U+0085.

    U+0085 (NEL) in scraped text is no line break: it is the byte 0x85 read as Latin-1,
    in the mojibake of a UTF-8 letter ("х" is D1 85, "Å" C3 85) or of cp1252's "…". Cut
    there, a line of mojibake falls into pieces that the repair cannot read back.

    >>> _lines("Ñ\x85Ð¾\nb")
    ['Ñ\x85Ð¾\n', 'b']
    """
    lines = text.splitlines(keepends=True)
    if "\x85" not in text:
        return lines
    merged: list[str] = []
    for line in lines:
        if merged and merged[-1].endswith("\x85"):
            merged[-1] += line
        else:
            merged.append(line)
    return merged


def join_blocks(blocks: Iterable[Block]) -> str:
    """Write blocks back as text: a newline inside a paragraph, a blank line between.

    >>> join_blocks(split_blocks("a\\nb\\n\\n\\nc"))
    'a\\nb\\n\\nc'
    """
    parts: list[str] = []
    last_para: int | None = None
    for block in blocks:
        if last_para is not None:
            parts.append("\n" if block.para == last_para else "\n\n")
        parts.append(block.text)
        last_para = block.para
    return "".join(parts)
