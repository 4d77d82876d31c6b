"""Structure: where the article starts and ends in a page's lines.

Line rules (``chrome.py``) cannot see that a full, well-punctuated sentence is a survey
blurb below the article. :class:`ArticleSpan` scores every line for prose
(``scoring.py``) and finds the best-scoring run (a maximum subarray), where chrome
removed between two lines costs according to its kind: a copyright or "Reporting by"
line closes an article, a byline opens one, an ad row inside it costs almost nothing.
What lies outside the run is removed, the headline above it becomes the title, and a
dateline just before it stays.

Where the headline stands is found in ``headlines.py``, what a live blog changes in
``liveblogs.py``. The other structural filters live beside it: captions in ``captions.py``,
related lists and repeated lines in ``lists.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .blocks import Block
from .document import Document
from .headlines import find_title, headline_anchors, page_title_headline
from .lists import gap_reasons, headed_lists, introduced_lists
from .liveblogs import LIVE_STAMP_COST, LIVE_STAMPS, dated_sections, live_stamps, opens_a_post
from .patterns import CHROME
from .pipeline import Stage
from .scoring import (
    beside_list,
    candidate_runs,
    damp_isolated,
    damp_teasers,
    line_scores,
    neutral_lists,
    stacked_scores,
)
from .textstats import ends_sentence
from .wrapping import wrapped_runs

#: A gap costing this much is a cut: no article runs across it.
CUT = 1000.0


#: What chrome removed between two lines costs a run that spans it, by removal reason;
#: chrome that closes an article (``Vocabulary.ends_article``) is a cut.
GAP_COST: Mapping[str, float] = {
    **{v.reason: CUT for v in CHROME if v.ends_article},
    "related_list": 12.0,
    "author_bio": 40.0,
    "footer": 40.0,
    "sidebar": 30.0,
    "inset": 2.0,
    "byline": 40.0,
    "date": 40.0,
    "login_prompt": 8.0,
    "newsletter": 8.0,
    "paywall": 8.0,
    "cookie_notice": 8.0,
    "share": 6.0,
    "navigation": 4.0,
    "reading_time": 4.0,
    "view_counter": 4.0,
    "call_to_action": 3.0,
    "read_more": 3.0,
    "read_also": 3.0,
    "related_link": 2.0,
    "caption": 1.0,
    "embed": 1.0,
    "advertisement": 0.5,
}


DEFAULT_GAP_COST = 3.0


def _stacked(blocks: Sequence[Block], gaps: Sequence[Sequence[str]], prose: Sequence[float]) -> list[float]:
    """Prose scores with runs of short lines costing more and more, a heading and its links as one unit."""
    scores = stacked_scores(prose)
    for i, j in headed_lists(blocks, gaps):
        scores[i:j] = [0.0] * (j - i)
    for i, j in introduced_lists(blocks, prose, gaps):  # the story's own list, between its paragraphs
        scores[i:j] = [max(0.0, s) for s in scores[i:j]]
    return scores


_DATELINE = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}(?:,\s*[^\W\d_][\w .]{0,30})?\s*[-—–:]?")


def is_dateline(text: str) -> bool:
    """A place name in capitals standing alone before the first paragraph ("TOKYO").

    >>> is_dateline("TOKYO"), is_dateline("NEW DELHI —"), is_dateline("Tokyo")
    (True, True, False)
    """
    if len(text) > 40 or not text.isupper():
        return False
    return _DATELINE.fullmatch(text) is not None


class SpanPlan(NamedTuple):
    """What ArticleSpan weighs: candidate runs, headline anchors, block scores, gap costs."""

    runs: list[tuple[int, int, float]]
    anchors: list[int]
    scores: list[float]
    costs: list[float]


#: Chrome costing this much or more between two blocks ends an extension of the article.
EXTENSION_STOP = 8.0


def extend_in_container(blocks: Sequence[Block], start: int, stop: int, plan: SpanPlan) -> tuple[int, int]:
    """Extend the article over the lines around it in the same HTML container.

    A table or a list of tour dates in an article is not prose, so the best run of prose
    stops at it; the page's markup says it sits in the article's own container. Headings
    above the article and real chrome between lines end the extension (runs of links in
    it are left to RelatedLists). Plain text has no containers and is left as it was.
    """
    groups = {b.group for b, s in zip(blocks[start:stop], plan.scores[start:stop], strict=True) if s > 0}
    groups.discard(-1)
    if not groups:
        return start, stop
    end = stop
    while end < len(blocks) and blocks[end].group in groups and plan.costs[end] < EXTENSION_STOP:
        end += 1
    while end > stop and blocks[end - 1].links >= 0.5:  # links may sit inside the extension, not end it
        end -= 1
    if end > stop and is_signature(blocks, end - 1):
        end -= 1
    begin = start
    while (
        begin > 0
        and blocks[begin - 1].group in groups
        and plan.costs[begin] < EXTENSION_STOP
        and blocks[begin - 1].kind not in ("heading", "title")
    ):
        begin -= 1
    while begin < start and blocks[begin].links >= 0.5:
        begin += 1
    return begin, end


#: A signature under a story is a name of this many words at most: "Minh Anh", "Jan Nowak".
SIGNATURE_WORDS = 4


def is_signature(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i is the writer's name signing the story under its last sentence, as
    many papers print it ("... một triệu ô tô." then "Minh Anh"): a paragraph of two to four
    capitalised words, no digits and no full stop, right under a sentence.

    >>> rows = [Block("The plant reopens in May.", 0), Block("Jane Doe", 30)]
    >>> is_signature(rows, 1), is_signature([Block("Results:", 0), Block("New York", 9)], 1)
    (True, False)
    """
    block = blocks[i]
    words = block.text.split()
    return (
        i > 0
        and block.kind == "text"
        and 2 <= len(words) <= SIGNATURE_WORDS
        and all(word[:1].isupper() for word in words)
        and not any(ch.isdigit() or ch in ".!?:;" for ch in block.text)
        and blocks[i - 1].kind == "text"
        and ends_sentence(blocks[i - 1].text)
    )


def _closing_sentences(blocks: Sequence[Block], start: int, stop: int, costs: Sequence[float]) -> int:
    """The article's end moved over the short sentences right under it: "What comes next?",
    "Housing, housing, housing.", with nothing removed between them and the article."""
    end = stop
    while start < end < len(blocks) and costs[end] == 0 and ends_sentence(blocks[end].text) and blocks[end].links < 0.5:
        end += 1
    return end


class ArticleSpan:
    """Keep the article's run of lines; remove what stands above and below it.

    Chrome that closes an article (a copyright line, "Reporting by", a comments or
    "Related" heading) cuts the page into stretches; each stretch offers its best run of
    prose. The article is the first substantial run just below the headline (the line
    the page's ``<title>`` repeats), or else the first substantial run: comments and
    teasers below an article are often longer than the article itself. Below its
    headline, a run of a paragraph or two (``anchored_floor``, about 40 words of prose)
    is the article however long the comment thread under it runs.

    The headline becomes ``doc.title`` (removed with reason ``headline``); a capitalised
    dateline just above the run, and short sentences right under it with nothing removed
    between (an interview's last answer), stay with the article. The rest above is removed as
    ``before_article``, below as ``after_article``.

    The default pipeline runs it a second time after the filters that remove lines inside
    the article, blind to removed chrome (``gap_cost={}, default_gap_cost=0``) and without
    looking for a headline, so that its output starts and ends the way a fresh look at the
    cleaned text would: cleaning twice gives what cleaning once gave.
    """

    stage: Stage = "text"

    def __init__(
        self,
        *,
        gap_cost: Mapping[str, float] = GAP_COST,
        default_gap_cost: float = DEFAULT_GAP_COST,
        cut: float = CUT,
        substantial: float = 0.3,
        anchored_floor: float = 40.0,
        headline_window: int = 25,
        headline: bool = True,
        name: str = "article_span",
    ) -> None:
        self.gap_cost = dict(gap_cost)
        self.default_gap_cost = default_gap_cost
        self.headline = headline
        self.cut = cut
        self.substantial = substantial
        self.anchored_floor = anchored_floor
        self.headline_window = headline_window
        self.name = name

    def candidates(self, doc: Document) -> SpanPlan:
        """Everything the choice rests on: runs (start, stop, score), anchors, scores and gap costs."""
        blocks = doc.blocks
        gaps = gap_reasons(doc)
        paragraphs = wrapped_runs(blocks)
        prose = damp_isolated(blocks, damp_teasers(blocks, line_scores(blocks, paragraphs)))
        scores = _stacked(blocks, gaps, prose)
        default = self.default_gap_cost
        cost = self.gap_cost
        if "date" in cost and (live_stamps(doc) >= LIVE_STAMPS or dated_sections(gaps, prose) >= LIVE_STAMPS):
            cost = {**cost, "date": LIVE_STAMP_COST}  # a live blog's posts, a timeline's entries
        costs = [sum(cost.get(r, default) for r in gap) if gap else 0.0 for gap in gaps[: len(blocks)]]
        anchors = _outside_paragraphs(headline_anchors(blocks), paragraphs)
        for h in anchors:  # the article never runs across its own headline
            costs[h] = costs[h + 1] = self.cut
        runs = candidate_runs(scores, costs, self.cut)
        if beside_list(blocks, runs):  # a run stopped at a data list: count its items as neither prose nor chrome
            scores = _stacked(blocks, gaps, neutral_lists(blocks, prose))
            runs = candidate_runs(scores, costs, self.cut)
        return SpanPlan(runs, anchors, scores, costs)

    def __call__(self, doc: Document) -> Document:
        blocks = doc.blocks
        if not blocks:
            return doc
        plan = self.candidates(doc)
        start, stop, headline = self._choose(plan.runs, plan.anchors, len(blocks))
        start, stop = extend_in_container(blocks, start, stop, plan)
        stop = _closing_sentences(blocks, start, stop, plan.costs)
        if start < stop and start > 0 and is_dateline(blocks[start - 1].text):
            start -= 1
        reasons: dict[int, str] = {i: "before_article" for i in range(start)}
        reasons.update({i: "after_article" for i in range(stop, len(blocks))})
        page_title = None
        if headline is None and start < stop and self.headline:
            headline = find_title(blocks, start)
            if headline is not None and headline > 0 and opens_a_post(doc, headline):
                # a live blog's first post: its heading stands under a clock time, the page's headline above
                above = find_title(blocks, headline)
                headline = headline if above is None else above
            page_title = page_title_headline(blocks, headline)
        changes = {}
        if headline is not None and self.headline:
            reasons[headline] = "headline"
        if doc.title is None and self.headline:  # what the page's metadata says wins over a guess from its lines
            if page_title is not None:
                changes["title"] = page_title
            elif headline is not None:
                changes["title"] = _MARKDOWN_HEADING.sub("", blocks[headline].text) or blocks[headline].text
        return doc.drop(self.name, reasons, **changes)

    def _choose(self, runs: list[tuple[int, int, float]], anchors: list[int], n: int) -> tuple[int, int, int | None]:
        if not runs:
            return n, n, None
        floor = self.substantial * max(score for _, _, score in runs)
        for a, b, score in runs:
            if score < min(floor, self.anchored_floor):
                continue
            near = [h for h in anchors if a - self.headline_window <= h < a]
            if near:
                return a, b, near[-1]
        a, b = next((a, b) for a, b, score in runs if score >= floor)
        return a, b, None

    def __repr__(self) -> str:
        return f"ArticleSpan(substantial={self.substantial}, headline={self.headline}, name={self.name!r})"


#: A Markdown heading's marks ("# Headline", "## Headline ##"), as Markdown dumps of pages write the headline.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+|\s+#+\s*$")


def _outside_paragraphs(anchors: list[int], paragraphs: Sequence[tuple[int, int]]) -> list[int]:
    """Anchors that are no line of a hard-wrapped paragraph, and none when the first line is one
    (then it is no page title the headline repeats)."""
    if not anchors or not paragraphs:
        return anchors
    inside = {i for start, stop in paragraphs for i in range(start, stop)}
    return [] if 0 in inside else [h for h in anchors if h not in inside]
