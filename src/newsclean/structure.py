"""Structure: which lines are captions, where the article starts and ends, what repeats.

Line rules (``chrome.py``) cannot see that a full, well-punctuated sentence is a survey
blurb below the article, or that eight headlines in a row are a "trending" list. These
filters look at a line's neighbours and at what the line rules already removed:

- :class:`Captions` drops photo captions (position words like "(left)", a credit after
  them, a "Photo: ..." tail);
- :class:`ArticleSpan` scores every line for prose and finds the best-scoring run (a
  maximum subarray), where chrome removed between two lines costs according to its kind:
  a copyright or "Reporting by" line closes an article, a byline opens one, an ad row
  inside it costs almost nothing. What lies outside the run is removed, the headline
  above it becomes the title, and a dateline just before it stays;
- :class:`RelatedLists` drops runs of headline-like lines inside the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .blocks import Block
from .document import Document
from .patterns import CHROME, PHOTO_CREDIT_WORDS, PHOTO_POSITIONS
from .pipeline import Stage
from .textstats import stats

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
    "byline": 40.0,
    "date": 40.0,
    "login_prompt": 8.0,
    "newsletter": 8.0,
    "paywall": 8.0,
    "cookie_notice": 8.0,
    "share": 6.0,
    "navigation": 4.0,
    "reading_time": 4.0,
    "call_to_action": 3.0,
    "read_more": 3.0,
    "related_link": 2.0,
    "caption": 1.0,
    "advertisement": 0.5,
}
DEFAULT_GAP_COST = 3.0

_PUNCTUATION = re.compile(r"[,.;:!?。，、；]")
_POSITION = re.compile(rf"\((?:{PHOTO_POSITIONS})\)", re.IGNORECASE)
_POSITION_WORDS = ("left to right", "from left", "pictured")
_CREDIT_TAIL = re.compile(  # matched against the lower-cased end of a line
    rf"(?:\((?:{PHOTO_CREDIT_WORDS})s?\b[^)]{{0,80}}\)"
    rf"|(?:{PHOTO_CREDIT_WORDS})(?: by)?\s*(?::|\.\.\.|…)\s*[^.!?]{{1,80}})\s*$"
)
_CREDIT_WORDS = tuple(PHOTO_CREDIT_WORDS.split("|"))
_DATELINE = re.compile(r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3}(?:,\s*[^\W\d_][\w .]{0,30})?\s*[-—–:]?")


def prose_score(text: str) -> float:
    """How much a line looks like article prose: positive for sentences, negative otherwise.

    >>> prose_score("The minister said on Monday that talks would resume next week in Geneva.") > 0
    True
    >>> prose_score("Most Popular") < 0
    True
    """
    words, ends, stops = stats(text)
    if words >= 10 and (ends or stops >= 1):
        return float(words)
    if words >= 25 and _PUNCTUATION.findall(text).__len__() * 40 >= words:
        return words * 0.5
    if words >= 4 and ends:
        return words * 0.5
    return -2.0


#: A block with this share of its text in links points elsewhere: it is not the article's prose,
#: and it counts against a run more than a short line, which might be a subheading.
LINK_SHARE = 0.8
LINK_SCORE = -4.0


def _scores(blocks: Sequence[Block]) -> list[float]:
    """Prose scores, with repeated lines and link text counted as furniture whatever they say.

    In a page's markup, a repeated paragraph of prose (a page that carries its article
    twice, as AMP and print versions do) is prose where it first appears: menus and
    teasers repeat, but they are short, and a paragraph of :data:`PROSE_REPEAT_WORDS`
    words or more is not furniture. In a text dump, whose standfirsts and teasers repeat
    as whole paragraphs, every repeat stays furniture.
    """
    counts: dict[str, int] = {}
    for block in blocks:
        counts[block.text] = counts.get(block.text, 0) + 1
    seen: set[str] = set()
    scores = []
    for b in blocks:
        if b.links >= LINK_SHARE:
            scores.append(LINK_SCORE)
        elif counts[b.text] == 1 or (
            b.group != -1 and b.text not in seen and stats(b.text).words >= PROSE_REPEAT_WORDS
        ):
            scores.append(prose_score(b.text))
        else:
            scores.append(-2.0)
        seen.add(b.text)
    return scores


#: Repeated lines at least this long still count as prose where they first appear.
PROSE_REPEAT_WORDS = 25


def damp_teasers(blocks: Sequence[Block], scores: Sequence[float], *, factor: float = 0.25) -> list[float]:
    """Lower the score of prose that shares its paragraph with more non-prose lines.

    In a page dump, article paragraphs stand alone between blank lines, while a teaser's
    summary sits in one block with its section label, headline and author. The signal only
    counts on pages whose prose does stand alone (three paragraphs or more); a page dumped
    without blank lines gives none.

    >>> teaser = [Block("Business", 0, 0), Block("Another story", 9, 0), Block("Its summary, in a sentence.", 23, 0)]
    >>> articles = [Block(f"Paragraph {i} of the article, a sentence.", 60 + 50 * i, 1 + i) for i in range(3)]
    >>> damp_teasers(teaser + articles, [-2.0, -2.0, 10.0, 9.0, 9.0, 9.0])
    [-2.0, -2.0, 2.5, 9.0, 9.0, 9.0]
    """
    out = list(scores)
    prose: dict[int, int] = {}
    other: dict[int, int] = {}
    for block, score in zip(blocks, scores, strict=True):
        counter = prose if score > 0 else other
        counter[block.para] = counter.get(block.para, 0) + 1
    standalone = sum(1 for para, n in prose.items() if n == 1 and para not in other)
    if standalone < 3:
        return out
    for i, block in enumerate(blocks):
        if out[i] > 0 and other.get(block.para, 0) >= prose[block.para]:
            out[i] *= factor
    return out


def damp_isolated(
    blocks: Sequence[Block], scores: Sequence[float], *, factor: float = 0.25, linked: float = 0.1
) -> list[float]:
    """In HTML, lower the score of prose alone in its container when the article has a container of many.

    An article's paragraphs are siblings in one element; a teaser's summary sits alone in
    the small element of its teaser, often beside the teaser's linked headline (then it
    counts for even less). Pages that wrap every paragraph apart show no container of
    three or more, and are left alone. Plain text has no containers.

    >>> body = [Block(f"Paragraph {i}, a sentence.", 30 * i, i, group=1) for i in range(3)]
    >>> teaser = [Block("A teaser summary, in a sentence.", 100, 3, group=2)]
    >>> damp_isolated(body + teaser, [9.0, 9.0, 9.0, 8.0])
    [9.0, 9.0, 9.0, 2.0]
    """
    out = list(scores)
    prose: dict[int, int] = {}
    with_link: set[int] = set()
    for block, score in zip(blocks, scores, strict=True):
        if block.group >= 0:
            if score > 0:
                prose[block.group] = prose.get(block.group, 0) + 1
            if block.links >= LINK_SHARE:
                with_link.add(block.group)
    if not prose or max(prose.values()) < 3:
        return out
    for i, block in enumerate(blocks):
        if out[i] > 0 and prose.get(block.group) == 1:
            out[i] *= linked if block.group in with_link else factor
    return out


def stacked_scores(scores: Sequence[float], *, step: float = 1.5, floor: float = -12.0) -> list[float]:
    """Make each further line in a run of non-prose lines cost more than the one before.

    One short line between paragraphs is a subheading; ten in a row are a menu or a
    list of tags, and should stop an article as firmly as a copyright line.

    >>> stacked_scores([30.0, -2.0, 25.0, -2.0, -2.0, -2.0])
    [30.0, -2.0, 25.0, -2.0, -3.5, -5.0]
    """
    out, streak = [], 0
    for score in scores:
        if score < 0:
            out.append(max(floor, score - step * streak))
            streak += 1
        else:
            out.append(score)
            streak = 0
    return out


def is_dateline(text: str) -> bool:
    """A place name in capitals standing alone before the first paragraph ("TOKYO").

    >>> is_dateline("TOKYO"), is_dateline("NEW DELHI —"), is_dateline("Tokyo")
    (True, True, False)
    """
    if len(text) > 40 or not text.isupper():
        return False
    return _DATELINE.fullmatch(text) is not None


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


class Captions:
    """Remove photo captions: a picture described, with position words or a credit.

    A line is a caption when the page marked it as one (``figcaption``, or short text
    right after an image), names positions in a picture ("(left)", "pictured"), ends in a
    credit ("... Photo: AP"), or stands right before a photo credit the line rules removed.

    >>> doc = Captions()(Document(text="Kishi (right) and Austin (left) meet in Tokyo.\\n\\nThe talks began."))
    >>> doc.text, doc.removals[0].reason
    ('The talks began.', 'caption')
    """

    stage: Stage = "text"

    def __init__(self, *, max_words: int = 70, name: str = "captions") -> None:
        self.max_words = max_words
        self.name = name

    def __call__(self, doc: Document) -> Document:
        credited = _blocks_before(doc, {"caption"})
        reasons = {}
        for i, block in enumerate(doc.blocks):
            text = block.text
            if stats(text).words > self.max_words:
                continue
            marked = block.kind == "caption" or _caption_cue(text)
            if marked or (i in credited and not _is_paragraph_run(doc.blocks, i)):
                reasons[i] = "caption"
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"Captions(max_words={self.max_words})"


def _caption_cue(text: str) -> bool:
    """Position words or a credit at the end: the cheap character checks first."""
    if "(" in text and _POSITION.search(text):
        return True
    low = text.lower()
    if any(words in low for words in _POSITION_WORDS):
        return True
    tail = low[-160:]  # a trailing credit is short; searching the whole paragraph is quadratic
    return any(word in tail for word in _CREDIT_WORDS) and _CREDIT_TAIL.search(tail) is not None


def _is_paragraph_run(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i sits between two prose paragraphs (then a credit after it is the photo's, not its)."""
    before = i > 0 and prose_score(blocks[i - 1].text) > 0
    after = i + 1 < len(blocks) and prose_score(blocks[i + 1].text) > 0
    return before and after and prose_score(blocks[i].text) > 0 and stats(blocks[i].text).words > 40


def _gap_removals(doc: Document) -> list[list[str]]:
    """For each block, the reasons of the removals between it and the block before it."""
    gaps: list[list[str]] = [[] for _ in range(len(doc.blocks) + 1)]
    starts = [b.start for b in doc.blocks]
    for r in doc.removals:
        if r.start is not None:
            gaps[bisect.bisect_left(starts, r.start)].append(r.reason)
    return gaps


def _blocks_before(doc: Document, reasons: set[str]) -> set[int]:
    """Indexes of blocks directly followed by a removed credit line with one of ``reasons``.

    A whole element the HTML stage pruned (a figure with its caption and credit) says
    nothing about the line before it, nor does a parenthesised reference ("(Graphic: ...)"),
    so only removed credit lines count.
    """
    gaps: list[list[str]] = [[] for _ in range(len(doc.blocks) + 1)]
    starts = [b.start for b in doc.blocks]
    for r in doc.removals:
        if r.start is not None and r.filter != "html" and r.reason in reasons and not r.text.startswith("("):
            gaps[bisect.bisect_left(starts, r.start)].append(r.reason)
    return {i - 1 for i, gap in enumerate(gaps) if i > 0 and gap}


def best_run(scores: Sequence[float], gap_costs: Sequence[float]) -> tuple[int, int, float]:
    """The maximum-sum run of ``scores`` where crossing into block i costs ``gap_costs[i]``.

    Returns ``(start, stop, score)``; an empty run when nothing scores above zero. Ties
    go to the longer run, so cleaning a cleaned text keeps all of it.

    >>> best_run([-2, 5, -1, 4, -9, 3], [0, 0, 0, 0, 0, 0])
    (1, 4, 8)
    """
    best, best_span = 0.0, (0, 0)
    run, run_start = float("-inf"), 0
    for i, score in enumerate(scores):
        if run - gap_costs[i] >= 0:
            run += score - gap_costs[i]
        else:
            run, run_start = score, i
        if run > best or (run == best and run > 0 and run_start == best_span[0]):
            best, best_span = run, (run_start, i + 1)
    return best_span[0], best_span[1], best


def candidate_runs(scores: Sequence[float], gap_costs: Sequence[float], cut: float) -> list[tuple[int, int, float]]:
    """The best run of each stretch between cuts (gaps costing ``cut`` or more), in order."""
    runs = []
    a = 0
    for b in [*(i for i, c in enumerate(gap_costs) if c >= cut and i > 0), len(scores)]:
        costs = [0.0, *gap_costs[a + 1 : b]]
        start, stop, score = best_run(scores[a:b], costs)
        if score > 0:
            runs.append((a + start, a + stop, score))
        a = b
    return runs


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


class ArticleSpan:
    """Keep the article's run of lines; remove what stands above and below it.

    Chrome that closes an article (a copyright line, "Reporting by", a comments or
    "Related" heading) cuts the page into stretches; each stretch offers its best run of
    prose. The article is the first substantial run just below the headline (the line
    the page's ``<title>`` repeats), or else the first substantial run: comments and
    teasers below an article are often longer than the article itself.

    The headline becomes ``doc.title`` (removed with reason ``headline``); a capitalised
    dateline just above the run stays with the article. The rest above is removed as
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
        headline_window: int = 25,
        headline: bool = True,
        name: str = "article_span",
    ) -> None:
        self.gap_cost = dict(gap_cost)
        self.default_gap_cost = default_gap_cost
        self.headline = headline
        self.cut = cut
        self.substantial = substantial
        self.headline_window = headline_window
        self.name = name

    def candidates(self, doc: Document) -> SpanPlan:
        """Everything the choice rests on: runs (start, stop, score), anchors, scores and gap costs."""
        blocks = doc.blocks
        gaps = _gap_removals(doc)
        scores = stacked_scores(damp_isolated(blocks, damp_teasers(blocks, _scores(blocks))))
        for i, j in headed_lists(blocks, gaps):  # a heading and its links cost as one unit
            scores[i:j] = [0.0] * (j - i)
        default = self.default_gap_cost
        costs = [sum(self.gap_cost.get(r, default) for r in gaps[i]) for i in range(len(blocks))]
        anchors = headline_anchors(blocks)
        for h in anchors:  # the article never runs across its own headline
            costs[h] = costs[h + 1] = self.cut
        return SpanPlan(candidate_runs(scores, costs, self.cut), anchors, scores, costs)

    def __call__(self, doc: Document) -> Document:
        blocks = doc.blocks
        if not blocks:
            return doc
        plan = self.candidates(doc)
        start, stop, headline = self._choose(plan.runs, plan.anchors, len(blocks))
        start, stop = extend_in_container(blocks, start, stop, plan)
        if start < stop and start > 0 and is_dateline(blocks[start - 1].text):
            start -= 1
        reasons: dict[int, str] = {i: "before_article" for i in range(start)}
        reasons.update({i: "after_article" for i in range(stop, len(blocks))})
        if headline is None and start < stop and self.headline:
            headline = find_title(blocks, start)
        changes = {}
        if headline is not None and self.headline:
            reasons[headline] = "headline"
            if doc.title is None:  # what the page's metadata says wins over a guess from its lines
                changes["title"] = blocks[headline].text
        return doc.drop(self.name, reasons, **changes)

    def _choose(self, runs: list[tuple[int, int, float]], anchors: list[int], n: int) -> tuple[int, int, int | None]:
        if not runs:
            return n, n, None
        floor = self.substantial * max(score for _, _, score in runs)
        substantial = [(a, b) for a, b, score in runs if score >= floor]
        for a, b in substantial:
            near = [h for h in anchors if a - self.headline_window <= h < a]
            if near:
                return a, b, near[-1]
        a, b = substantial[0]
        return a, b, None

    def __repr__(self) -> str:
        return f"ArticleSpan(substantial={self.substantial}, headline={self.headline}, name={self.name!r})"


_TOKEN = re.compile(r"\w+")


def headline_anchors(blocks: Sequence[Block]) -> list[int]:
    """Lines after the first that repeat (part of) it: the page title's headline in the body.

    Whole-page dumps open with the ``<title>`` ("Headline - Site"); the headline itself
    stands again right above the article.
    """
    if len(blocks) < 2 or not _headline_like(blocks[0].text) or blocks[0].text.endswith("."):
        return []
    first = f" {_tokens(blocks[0].text)} "
    found = []
    for i in range(1, len(blocks) - 1):
        text = blocks[i].text
        if not _headline_like(text):
            continue
        tokens = _tokens(text)
        if tokens.count(" ") >= 2 and f" {tokens} " in first:
            found.append(i)
    return found


def _tokens(text: str) -> str:
    """The words of ``text``, case-folded and joined by single spaces."""
    return " ".join(_TOKEN.findall(text.casefold()))


def find_title(blocks: Sequence[Block], start: int, *, lookback: int = 12) -> int | None:
    """The nearest line above ``start`` that reads like a headline, or None."""
    for i in range(start - 1, max(0, start - lookback) - 1, -1):
        if _headline_like(blocks[i].text):
            return i
    return None


def _headline_like(text: str) -> bool:
    words, _, stops = stats(text)
    return 3 <= words <= 30 and not text.endswith(":") and stops <= 1


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
        for i, j in headed_lists(blocks, _gap_removals(doc)):
            reasons.update({k: "related_list" for k in range(i, j)})
        for i, block in enumerate(blocks):
            if i not in reasons and block.links >= INLINE_LINK_SHARE and _between_paragraphs(blocks, i):
                reasons[i] = "related_link"
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"RelatedLists(min_run={self.min_run})"


def link_runs(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive link-like blocks, as (start, stop) slices."""
    runs, i = [], 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _link_like(blocks[j].text):
            j += 1
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


def headed_lists(blocks: Sequence[Block], gaps: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """Runs of link-like blocks right after a removed "Related" or "Read more" heading."""
    return [(i, j) for i, j in link_runs(blocks) if any(r in ("related_list", "read_more") for r in gaps[i])]


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
