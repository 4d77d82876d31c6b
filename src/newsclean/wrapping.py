"""Hard-wrapped text: paragraphs cut into lines at a fixed width.

Text dumps made by html2text (78 columns), lynx and w3m (79-80) or mail (72) cut every
paragraph into lines of nearly the same length. Judged line by line, such a paragraph is a
stack of short, unpunctuated fragments, which the article span reads as chrome: on the AEB
dumps wrapped at 78 columns, recall fell from 0.95 to 0.45. :func:`wrapped_runs` finds the
lines that are one paragraph, so that they are scored as the paragraph they are
(``scoring.line_scores``); the lines themselves stay as the input had them.

A break is a wrap where the next line's first word would not have fitted on the line at
its paragraph's width (its longest line): greedy wrapping breaks exactly there. A text with
more than :data:`MAX_LONG_LINES` lines longer than :data:`WRAP_MAX` is not wrapped: a dump
whose paragraphs stand on one line each has many, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from unicodedata import east_asian_width

from .blocks import Block
from .textstats import unspaced

#: Wrapped text has no line longer than this (wider wraps are rare)...
WRAP_MAX = 100
#: ...and is wrapped at this width or wider.
WRAP_MIN = 50
#: A line cut by the wrap is at most this many characters short of the width.
WRAP_SLACK = 20
#: Lines longer than WRAP_MAX (an address, a table row) a wrapped text may hold. A count,
#: not a share: removing lines never turns a text that is not wrapped into one that is.
MAX_LONG_LINES = 3
#: A line longer than WRAP_MAX with this many spaces is prose, not an address or a table row.
_PROSE_SPACES = 3
#: A line of Chinese or Japanese is cut by the wrap when it is at most this many columns
#: short of the width (a wide character that did not fit, a closing mark moved down).
CJK_SLACK = 4


def wrapped_runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """The runs of plain-text lines (start, stop) that are one hard-wrapped paragraph each.

    Each paragraph (lines with no blank line between) is measured on its own: its longest
    line is its width, so what is removed elsewhere never changes how a paragraph reads,
    and cleaning a cleaned text finds the same paragraphs.

    >>> text = ("The council voted on Tuesday to expand the bus network to three new", "districts, "
    ...         "a move officials said would cut commuting times for thousands", "of residents.")
    >>> lines = [Block(t, 0, 0) for t in text * 2] + [Block("Home", 0, 1)]
    >>> wrapped_runs(lines)  # two paragraphs: a wrap never leaves a line this short before a long one
    [(0, 3), (3, 6)]
    """
    long = 0
    for block in blocks:  # most texts hold paragraphs of one line: stop at the first few
        if len(block.text) > WRAP_MAX:
            long += 1
            if long > MAX_LONG_LINES:
                return []
    # a paragraph that holds a line of prose longer than any wrap is not wrapped: its lines are
    # sentences or paragraphs of their own, however long the longest of the others is
    unwrapped = {b.para for b in blocks if len(b.text) > WRAP_MAX and b.text.count(" ") >= _PROSE_SPACES}
    runs: list[tuple[int, int]] = []
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and _plain(blocks[j]) and blocks[j].para == blocks[i].para:
            j += 1
        if j - i >= 2 and blocks[i].para not in unwrapped:
            runs += _runs_in(blocks, i, j)
        i = max(j, i + 1)
    return runs


def _plain(block: Block) -> bool:
    """A line of plain text that may be wrapped: short enough."""
    return block.group == -1 and len(block.text) <= WRAP_MAX


def _runs_in(blocks: Sequence[Block], i: int, j: int) -> list[tuple[int, int]]:
    """The wrapped runs among lines i..j of one paragraph, wrapped at its longest line's width.

    Widths are in columns, as a terminal shows text: a Chinese or Japanese character takes
    two. Those scripts wrap at any character, so a line of theirs is cut by the wrap when it
    fills the width to within a few columns (a closing mark may not open a line, and moves).
    """
    texts = [b.text for b in blocks[i:j]]
    wide = [unspaced(t) for t in texts]
    lengths = [columns(t) if w else len(t) for t, w in zip(texts, wide, strict=True)]
    width = max(lengths)
    if width < WRAP_MIN:
        return []
    runs: list[tuple[int, int]] = []
    for k in range(i, j - 1):
        length = lengths[k - i]
        word = texts[k + 1 - i].split(" ", 1)[0]
        # a script that wraps at any character breaks before its first character (two columns)
        needs = 2 if wide[k + 1 - i] and unspaced(word) else len(word)
        # the next word did not fit; or, in a script that wraps at any character, the line is full
        cut = (length >= width - WRAP_SLACK and length + 1 + needs > width) or (
            wide[k - i] and length >= width - CJK_SLACK
        )
        if cut and wide[k - i] and _ends_with_stop(texts[k - i]):
            cut = False  # the longest line of a dump that is not wrapped fills "the width" too
        elif wide[k - i] and texts[k - i].endswith(_CJK_COMMAS):
            cut = True  # a sentence broken at its commas ("また、その他にも、") goes on in the next line
        if cut:
            if runs and runs[-1][1] == k + 1:
                runs[-1] = (runs[-1][0], k + 2)
            else:
                runs.append((k, k + 2))
    return runs


def _ends_with_stop(text: str) -> bool:
    """Whether a line of Chinese or Japanese ends its sentence: the longest line of a dump
    that is not wrapped fills "the width" too, and a wrap rarely falls right after a stop."""
    return text.rstrip(_CLOSERS).endswith(_CJK_STOPS)


_CJK_COMMAS = ("、", "，")
_CJK_STOPS = ("。", "！", "？", "!", "?")
_CLOSERS = '」』）)"”’ '


def columns(text: str) -> int:
    """How many columns ``text`` takes in a terminal: two for each wide East Asian character.

    >>> columns("Bus"), columns("市议会"), columns("ＡＢ")
    (3, 6, 4)
    """
    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)
