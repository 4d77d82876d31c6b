"""Live blogs and timelines: pages whose posts each open with a time stamp.

A live blog's page holds many short posts, each under a clock time ("10:42 PM", "14.05 Uhr")
that the line rules remove as a date. Read as one article, those times would cut it into
pieces, and the first post's heading would pass for the page's headline. :mod:`structure`
asks here how many such stamps a page has, lets a run of posts cross them cheaply, and
looks for the headline above the first of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .document import Document
from .shapes import TIME

#: A page with this many bare clock times removed between its lines is a live blog: the
#: times open its posts, not an article, and a run of posts may cross them.
LIVE_STAMPS = 3
#: What a live blog's clock time costs a run that crosses it (a time stamp costs ``GAP_COST["date"]``).
LIVE_STAMP_COST = 3.0
_CLOCK = re.compile(rf"\s*(?:{TIME.pattern})\s*(?:[a-z]{{2,4}})?\s*")  # a time and its zone, lower-cased


def dated_sections(gaps: Sequence[Sequence[str]], prose: Sequence[float]) -> int:
    """How many dates stand alone between two lines of prose: a timeline's entries ("12.03.2019",
    then what happened), or a live blog's posts. A page's own date stands above its first
    paragraph; a teaser's or a comment's between a headline or a name and its text."""
    return sum(1 for i in range(1, len(prose)) if "date" in gaps[i] and prose[i - 1] > 0 and prose[i] > 0)


def opens_a_post(doc: Document, i: int) -> bool:
    """Whether block i stands right under a bare clock time the line rules removed, on a page
    with three or more of them: the heading of a live blog's post, not the page's headline."""
    if live_stamps(doc) < LIVE_STAMPS:
        return False
    low, high = doc.blocks[i - 1].start, doc.blocks[i].start
    return any(
        r.reason == "date" and r.start is not None and low < r.start < high and _CLOCK.fullmatch(r.text.lower())
        for r in doc.removals
    )


def live_stamps(doc: Document) -> int:
    """How many bare clock times ("10:42 PM", "14.05 Uhr") the line rules removed as dates."""
    return sum(1 for r in doc.removals if r.reason == "date" and _CLOCK.fullmatch(r.text.lower()))
