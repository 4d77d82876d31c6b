"""Hard-wrapped text: paragraphs cut into lines at a fixed width.

Text dumps made by html2text (78 columns), lynx and w3m (79-80) or mail (72) cut every
paragraph into lines of nearly the same length. Judged line by line, such a paragraph is a
stack of short, unpunctuated fragments, which the article span reads as chrome: on the AEB
dumps wrapped at 78 columns, recall fell from 0.95 to 0.45. :func:`wrapped_runs` finds the
lines that are one paragraph, so that they are scored as the paragraph they are
(``scoring.line_scores``); the lines themselves stay as the input had them.

A break is a wrap where the next line's first word would not have fitted on the line:
greedy wrapping breaks exactly there. A text counts as wrapped when (almost) no line is
longer than :data:`WRAP_MAX` and it has a few such breaks; a dump whose paragraphs stand
on one line each has many longer lines, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block

#: Wrapped text has no line longer than this (wider wraps are rare)...
WRAP_MAX = 100
#: ...and is wrapped at this width or wider.
WRAP_MIN = 50
#: A line cut by the wrap is at most this many characters short of the width.
WRAP_SLACK = 20
#: A text holds at least this many wrap breaks before it counts as wrapped.
MIN_BREAKS = 3
#: Lines longer than WRAP_MAX (an address, a table row) allowed in a wrapped text, per hundred lines.
LONG_LINES_PER_100 = 2


def wrapped_runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """The runs of plain-text lines (start, stop) that are one hard-wrapped paragraph each.

    >>> text = ("The council voted on Tuesday to expand the bus network to three new", "districts, "
    ...         "a move officials said would cut commuting times for thousands", "of residents.")
    >>> lines = [Block(t, 0, 0) for t in text * 2] + [Block("Home", 0, 1)]
    >>> wrapped_runs(lines)  # two paragraphs: a wrap never leaves a line this short before a long one
    [(0, 3), (3, 6)]
    """
    allowed, long = LONG_LINES_PER_100 * len(blocks) // 100, 0
    for block in blocks:  # most texts hold paragraphs of one line: stop at the first few
        if len(block.text) > WRAP_MAX:
            long += 1
            if long > allowed:
                return []
    lengths = [len(b.text) for b in blocks]
    width = max((n for n in lengths if n <= WRAP_MAX), default=0)
    if width < WRAP_MIN:
        return []
    breaks = [i for i in range(len(blocks) - 1) if _wraps(blocks[i], blocks[i + 1], lengths[i], width)]
    if len(breaks) < MIN_BREAKS:
        return []
    runs: list[tuple[int, int]] = []
    for i in breaks:
        if runs and runs[-1][1] == i + 1:
            runs[-1] = (runs[-1][0], i + 2)
        else:
            runs.append((i, i + 2))
    return runs


def _wraps(line: Block, after: Block, length: int, width: int) -> bool:
    """Whether the break between two lines of one paragraph is where a wrap at ``width`` cuts."""
    if line.para != after.para or line.group != -1 or after.group != -1 or length < width - WRAP_SLACK:
        return False
    first_word = after.text.split(" ", 1)[0]
    return length + 1 + len(first_word) > width
