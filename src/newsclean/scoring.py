"""How much each line reads like article prose, and where the best runs of prose lie.

The scores the article span is chosen from: :func:`prose_score` for one line (words,
sentence ends, punctuation), :func:`line_scores` for a page's lines (repeats and link
text count as furniture), damping for teasers and isolated lines, and :func:`best_run`,
the maximum subarray with costs for crossing removed chrome.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .blocks import Block
from .memory import remember
from .textstats import SCRIPT_STOPS, stats
from .wrapping import wrapped_runs

_PUNCTUATION = re.compile(rf"[,.;:!?，、；،؛{SCRIPT_STOPS}]")
# Thai and Lao mark no sentence ends: a space stands between sentences.
_UNPUNCTUATED_SCRIPT = re.compile(r"[\u0e00-\u0eff]")
#: In those scripts a clause runs to a dozen characters and more; a menu's items are short.
CLAUSE_CHARS = 12


def _unpunctuated_prose(text: str) -> bool:
    """Thai or Lao that reads as running text: long clauses between the spaces."""
    return _UNPUNCTUATED_SCRIPT.search(text) is not None and len(text) >= CLAUSE_CHARS * len(text.split())


@remember()  # asked of every line, twice or more
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
    if words >= 25 and (len(_PUNCTUATION.findall(text)) * 40 >= words or _unpunctuated_prose(text)):
        return words * 0.5
    if words >= 4 and ends:
        return words * 0.5
    return -2.0


#: A block with this share of its text in links points elsewhere: it is not the article's prose,
#: and it counts against a run more than a short line, which might be a subheading.
LINK_SHARE = 0.8


LINK_SCORE = -4.0


def line_scores(blocks: Sequence[Block], paragraphs: Sequence[tuple[int, int]] | None = None) -> list[float]:
    """Prose scores, with repeated lines and link text counted as furniture whatever they say.

    In a page's markup, a repeated paragraph of prose (a page that carries its article
    twice, as AMP and print versions do) is prose where it first appears: menus and
    teasers repeat, but they are short, and a paragraph of :data:`PROSE_REPEAT_WORDS`
    words or more is not furniture. In a text dump, whose standfirsts and teasers repeat
    as whole paragraphs, every repeat stays furniture.
    """
    counts = Counter([block.text for block in blocks])
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
    # a hard-wrapped paragraph scores as the paragraph it is (``paragraphs``: its runs, when known)
    for i, j in wrapped_runs(blocks) if paragraphs is None else paragraphs:
        _score_as_paragraph(blocks, scores, i, j)
    return scores


def _score_as_paragraph(blocks: Sequence[Block], scores: list[float], i: int, j: int) -> None:
    """Share the prose score of lines i..j, read as one paragraph, among them by their words."""
    texts = [b.text for b in blocks[i:j]]
    total = prose_score(" ".join(texts))
    if total <= 0:
        return
    words = [max(1, stats(t).words) for t in texts]
    whole = sum(words)
    for k, n in enumerate(words):
        scores[i + k] = total * n / whole


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
    paras = [block.para for block in blocks]
    prose = Counter([para for para, score in zip(paras, scores, strict=True) if score > 0])
    other = Counter([para for para, score in zip(paras, scores, strict=True) if score <= 0])
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


#: What the items of a data list share: "June 9 – Tampa, FL @ Venue", "England (Group A): 10th appearance".
LIST_SEPARATORS = (" – ", " — ", " -- ", " @ ", "): ")
#: A data list has at least this many items.
LIST_ITEMS = 4


def neutral_lists(blocks: Sequence[Block], scores: Sequence[float]) -> list[float]:
    """In plain text, score 0 the items of a data list: short lines that share a separator.

    A story's table of dates, venues or results, dumped as lines, reads as a run of short
    lines, which :func:`stacked_scores` makes a menu. Its items share a separator ("June 9 –
    Tampa, FL @ Venue"); a menu's items ("Home", "News", "Sport") and a list of headlines
    do not. The line that introduces the list ("Tour dates:") goes with it. HTML says as
    much by its containers, so markup is left alone.

    >>> dates = [Block(f"June {d} – Tampa, FL @ Arena", 30 * d, d) for d in range(4)]
    >>> neutral_lists(dates + [Block("Home", 200, 5)], [-2.0] * 5)
    [0.0, 0.0, 0.0, 0.0, -2.0]
    """
    out = list(scores)
    if not blocks or blocks[0].group != -1:
        return out  # markup: its containers say where a list belongs
    texts = [block.text for block in blocks]
    joined = "\n".join(texts)
    hits = []
    for sep in LIST_SEPARATORS:
        # str.find scans in C, ten times faster than a regex; for the separator's rarest part
        # ("–", not the spaces around it) five times faster again
        needle = sep.strip(" ")
        offset = sep.index(needle)
        at = joined.find(needle)
        while at != -1:
            if joined.startswith(sep, at - offset):
                hits.append((at - offset, sep))
            at = joined.find(needle, at + len(needle))
    found: dict[int, set[str]] = {}
    line, counted = 0, 0
    for at, sep in sorted(hits):
        line += joined.count("\n", counted, at)  # the line the hit is on, counting on from the last hit
        counted = at
        if out[line] <= 0:
            found.setdefault(line, set()).add(sep)
    for i in sorted(found):
        for sep in sorted(found[i]):
            if sep in found.get(i - 1, ()):
                continue  # not the first item of a list
            j = i
            while j in found and sep in found[j]:
                j += 1
            if j - i >= LIST_ITEMS:
                lead = i - 1 if i > 0 and out[i - 1] <= 0 and texts[i - 1].endswith(":") else i
                out[lead:j] = [0.0] * (j - lead)  # with the line that introduces it ("Tour dates:")
                break
    return out


def beside_list(blocks: Sequence[Block], runs: Sequence[tuple[int, int, float]]) -> bool:
    """Whether a run of plain text stops at a line that may be a data list's (see :func:`neutral_lists`).

    Asked before the lists are looked for: they only matter where they end a run, and
    looking for them in every line of every page would cost more than the rest of the scoring.
    """
    edges = {i for start, stop, _ in runs for i in (start - 2, start - 1, stop, stop + 1)}
    return any(
        0 <= i < len(blocks) and blocks[i].group == -1 and any(sep in blocks[i].text for sep in LIST_SEPARATORS)
        for i in edges
    )


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
