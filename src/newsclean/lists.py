"""Lists inside the article: related-article links, headed lists of teasers, repeated lines.

:class:`RelatedLists` drops runs of headline-like linked lines and a lone linked headline
between two paragraphs; :class:`Duplicates` (not in the presets) drops lines an article
repeats, such as pull quotes. :func:`gap_reasons` tells, for each line, what chrome was
removed just before it: the article span and these filters read structure from it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from .blocks import Block
from .chrome import DEFAULT_RULES
from .document import Document
from .pipeline import Stage
from .scoring import LINK_SHARE, prose_score
from .textstats import stats


class Duplicates:
    """Remove lines of the article that repeat an earlier one, or the headline.

    A sentence printed twice inside an article is a pull quote, a repeated caption or a
    teaser; the first copy stays. Short lines may repeat in real articles ("Step 1",
    "Eat every 2-3 hours") and are left alone.

    >>> line = "The long sentence that repeats here."
    >>> doc = Duplicates()(Document(text=f"{line}\\n\\nMore.\\n\\n{line}"))
    >>> doc.text
    'The long sentence that repeats here.\\n\\nMore.'
    """

    stage: Stage = "text"

    def __init__(self, *, min_words: int = 6, name: str = "duplicates") -> None:
        self.min_words = min_words
        self.name = name

    def __call__(self, doc: Document) -> Document:
        seen: set[str] = set()
        if doc.title:
            seen.add(doc.title.casefold())
        reasons = {}
        for i, block in enumerate(doc.blocks):
            key = block.text.casefold()
            if key in seen and stats(block.text).words >= self.min_words:
                reasons[i] = "duplicate"
            seen.add(key)
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"Duplicates(min_words={self.min_words})"


#: A headline-like line inside the article with this share of its text in a link points to another story.
INLINE_LINK_SHARE = 0.9


class RelatedLists:
    """Remove runs of headline-like lines inside the article: "related" and "trending" lists.

    Short lines that are not sentences, right after a "Related"/"Most read" heading the line
    rules removed, are a list of links; so are three or more in a row that the page made
    links. Three short lines in a row without either sign are a list the article keeps
    (tour dates, ingredients).
    """

    stage: Stage = "text"

    def __init__(self, *, min_run: int = 3, name: str = "related_lists") -> None:
        self.min_run = min_run
        self.name = name

    def __call__(self, doc: Document) -> Document:
        blocks = doc.blocks
        reasons: dict[int, str] = {}
        for i, j in link_runs(blocks):
            if j - i >= self.min_run and all(b.links >= 0.5 for b in blocks[i:j]):
                reasons.update({k: "related_list" for k in range(i, j)})
        for i, j in headed_lists(blocks, gap_reasons(doc)):
            reasons.update({k: "related_list" for k in range(i, j + _teasers_in_box(blocks, i, j))})
        for i, block in enumerate(blocks):
            if i in reasons or block.links < LINKED:
                continue
            if (block.links >= INLINE_LINK_SHARE and _between_paragraphs(blocks, i)) or labelled_links(block):
                reasons[i] = "related_link"
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"RelatedLists(min_run={self.min_run})"


def link_runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive link-like blocks, as (start, stop) slices."""
    runs, i = [], 0
    while i < len(blocks):
        j = _run_end(blocks, i)
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def _run_end(blocks: Sequence[Block], i: int) -> int:
    """Where the run of link-like blocks starting at ``i`` stops (``i`` itself if there is none)."""
    while i < len(blocks) and _link_like(blocks[i].text):
        i += 1
    return i


def headed_lists(blocks: Sequence[Block], gaps: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """Runs of link-like blocks right after a removed "Related" or "Read more" heading, and
    the one headline a "Read also:" label stands over (a short line after it is the story's
    next subheading).

    The same runs as :func:`link_runs` gives, of those that start after such a heading:
    found from the headings, which are few, rather than from every line.
    """
    runs = []
    for i, gap in enumerate(gaps[: len(blocks)]):
        if not gap:
            continue
        heading = any(r in _LIST_HEADINGS for r in gap)
        if not heading and "read_also" not in gap:
            continue
        if i > 0 and _link_like(blocks[i - 1].text):
            continue  # a run that started above the heading
        j = _run_end(blocks, i)
        if j == i and not heading and _asked_headline(blocks[i].text):
            j = i + 1  # "Read also:" over a headline that asks: "Dolar/TL güne nasıl başladı?"
        if j > i:
            # "Read also:" between two paragraphs labels one headline, and the links right under it
            # (in HTML, a headline is a link and the story's next subheading is not); anywhere else
            # it heads a list
            between = not heading and i > 0 and prose_score(blocks[i - 1].text) > 0
            end = i + 1
            while between and end < j and blocks[end].links >= LINKED:
                end += 1
            runs.append((i, end if between else j))
    return runs


#: A block whose text is this much link is a link (a headline pointing elsewhere).
LINKED = 0.5

#: What the line rules call a label over other stories.
_LABELS = frozenset({"related_list", "read_also", "read_more", "related_link"})
#: A label run into the links it heads has at most this many words.
LABEL_WORDS = 6


def labelled_links(block: Block) -> bool:
    """A label over other stories and the links it heads on one line, as a page lays out
    ``<span>Te puede interesar</span><a>...</a><a>...</a>``: the label opens the line and
    the links are the rest of it. A line that is one link is a headline like any other.

    >>> labelled_links(Block("Te puede interesar El Gobierno aprueba el decreto", 0, links=0.62))
    True
    >>> labelled_links(Block("More people than ever voted in the city this year", 0, links=1.0))
    False
    """
    words = block.text.split()
    for n in range(1, min(LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[:n])
        if DEFAULT_RULES(label) in _LABELS:
            rest = 1 - len(label) / len(block.text)
            return 0.9 * rest <= block.links <= rest + 0.05  # the label itself is no link
    return False


#: Removal reasons of the headings over a list of other stories.
_LIST_HEADINGS = frozenset({"related_list", "read_more"})


def _teasers_in_box(blocks: Sequence[Block], i: int, j: int) -> int:
    """How many blocks after a headed list of links share its box: the teasers under its headlines.

    Only HTML tells a box from the article around it: its blocks sit in a container of
    their own, apart from the line before the list.
    """
    box = blocks[i].group
    if box < 0 or (i > 0 and blocks[i - 1].group == box):
        return 0
    extra = 0
    while j + extra < len(blocks) and blocks[j + extra].group == box:
        extra += 1
    return extra


def _between_paragraphs(blocks: Sequence[Block], i: int) -> bool:
    """A headline-like line standing alone between two prose paragraphs."""
    return (
        0 < i < len(blocks) - 1
        and _link_like(blocks[i].text)
        and prose_score(blocks[i - 1].text) > 0
        and prose_score(blocks[i + 1].text) > 0
    )


def _link_like(text: str) -> bool:
    words, ends, _ = stats(text)
    return 3 <= words <= 20 and not ends


def _asked_headline(text: str) -> bool:
    """A headline that is one question or exclamation: a sentence, but under "Read also:" the
    story it points to."""
    words, _, stops = stats(text)
    return 3 <= words <= 20 and stops == 1 and text.rstrip("\"'”’»").endswith(("?", "!", "？", "！"))


def gap_reasons(doc: Document) -> list[list[str]]:
    """For each block, the reasons of the removals between it and the block before it."""
    gaps: list[list[str]] = [[] for _ in range(len(doc.blocks) + 1)]
    starts = [b.start for b in doc.blocks]
    for r in doc.removals:
        if r.start is not None:
            gaps[bisect.bisect_left(starts, r.start)].append(r.reason)
    return gaps


#: A list the story introduces has at least this many items and at most INTRODUCED_MAX...
INTRODUCED_MIN = 2
INTRODUCED_MAX = 12
#: ...of at most this many words each.
ITEM_WORDS = 12


def introduced_lists(
    blocks: Sequence[Block], prose: Sequence[float], gaps: Sequence[Sequence[str]]
) -> list[tuple[int, int]]:
    """Lists inside the story: a line after its prose that ends with a colon ("What else changes:"),
    short items, and then the story goes on (start, stop: the introduction and the items).

    Each item alone reads as a menu's line, and a run of them would end the article; after
    the story's own introduction and before more of its prose, with no chrome removed
    among them (``gaps``), they are the story's list. Tags under a label the vocabulary
    does not know, then a removed "More news" heading and teasers, are not.

    >>> lines = ["The law changes a lot, the minister said.", "What else is new:", "Higher child benefit",
    ...          "Digital sick notes", "The cost is four billion euros, the ministry said."]
    >>> introduced_lists([Block(t, 0) for t in lines], [8.0, -2.0, -2.0, -2.0, 9.0], [()] * 6)
    [(1, 4)]
    """
    runs = []
    n = len(blocks)
    for i in range(1, n - INTRODUCED_MIN - 1):
        if prose[i - 1] <= 0 or not blocks[i].text.endswith((":", "：")) or gaps[i + 1]:
            continue
        j = i + 1
        while j < n and j - i <= INTRODUCED_MAX and prose[j] <= 0 and _item(blocks[j]) and not gaps[j + 1]:
            j += 1
        if j - i - 1 >= INTRODUCED_MIN and j < n and prose[j] > 0:
            runs.append((i, j))
    return runs


def _item(block: Block) -> bool:
    """A short line that is no link to elsewhere (a list of links is other stories)."""
    return block.links < LINK_SHARE and stats(block.text).words <= ITEM_WORDS
