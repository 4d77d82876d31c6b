"""Line rules: is this one line page chrome, and of what kind?

The vocabulary in ``patterns.py`` says what chrome reads like; this module compiles it
and adds the rules about the shape of a line that words alone cannot say (a time stamp,
a byline, a photographer's credit), which live in ``shapes.py``.

A rule here judges a line by itself, so it must be sure: it runs everywhere, inside the
article too. Chrome that is only recognisable by where it stands (a teaser after the
end of the article, a list of headlines) is left to ``structure.py``, ``captions.py`` and ``lists.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property, lru_cache
from typing import NamedTuple

from .blocks import Block
from .document import Document
from .firstchar import FirstCharIndex
from .patterns import CHROME, Vocabulary
from .pipeline import LineFilter
from .regexparts import literal_trie, named_alternation
from .shapes import is_author_bio, is_byline, is_numeric_stamp, is_timestamp, shape_reason
from .textstats import ends_sentence, lower, sentences, stats
from .wrapping import wrapped_runs

#: Lines longer than this many words are never whole-line chrome; prefixes still apply.
SHORT_LINE_WORDS = 14
#: Prefix rules (prompts, credits) stop applying to lines longer than this.
PROMPT_LINE_WORDS = 80
#: Phrase rules (a prompt anywhere in the line) stop applying to lines longer than this.
PHRASE_LINE_WORDS = 40
#: A paragraph of prompts ("Follow us on ... . Join our channel ...") has at most this many sentences.
PROMPT_SENTENCES = 3
#: A byline with the date and topic beside it ("By Jane Doe | date | Topic: ...", "By Jane Doe on Monday,
#: November 18th, 2019 at 11:04 a.m.") is no longer than this.
BYLINE_BAR_WORDS = 30

_EDGE = r"[\s\W_]{0,12}?"  # bullets and quotes before the words; bounded, so a line of symbols costs linear time
_TAIL = r"[\s\W\d_]*"
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_PART_SEP = re.compile(r"\s*\|\s*|\s+[/·•]\s+")
_DASH_SEP = re.compile(r"\s+[-–—]\s+")


class _Compiled(NamedTuple):
    lines: FirstCharIndex
    prefixes: FirstCharIndex
    phrases: re.Pattern[str]
    hints: re.Pattern[str] | None
    reasons: dict[str, str]


def _phrase_hints(vocabs: Sequence[Vocabulary]) -> re.Pattern[str] | None:
    """Words a line must hold for any phrase to match it; None if some phrase has no hints."""
    with_phrases = [v for v in vocabs if v.phrases]
    if any(not v.hints for v in with_phrases):
        return None
    return re.compile(literal_trie(hint for v in with_phrases for hint in v.hints))


def _groups(vocabs: Sequence[Vocabulary], field: str) -> dict[str, tuple[str, ...]]:
    return {f"v{i}": getattr(v, field) for i, v in enumerate(vocabs) if getattr(v, field)}


def _compile(vocabs: Sequence[Vocabulary]) -> _Compiled:
    # Lines are lower-cased before matching: three times faster than re.IGNORECASE here.
    # Whole lines and prefixes are anchored: indexed by their first two characters (firstchar.py).
    return _Compiled(
        FirstCharIndex(_groups(vocabs, "lines"), edge=_EDGE, tail=_TAIL, full=True),
        FirstCharIndex(_groups(vocabs, "prefixes"), edge=_EDGE),
        re.compile(named_alternation(_groups(vocabs, "phrases"))),
        _phrase_hints(vocabs),
        {f"v{i}": v.reason for i, v in enumerate(vocabs)},
    )


class ChromeRules:
    """The line rule: ``rules(line)`` names the kind of chrome a line is, or returns None.

    >>> rules = ChromeRules()
    >>> rules("0 Comments"), rules("Forgot password?"), rules("© Thomson Reuters 2021.")
    ('comment_counter', 'login_prompt', 'copyright')
    >>> rules("The minister said talks would resume on Monday.") is None
    True
    """

    def __init__(self, vocabularies: Sequence[Vocabulary] = CHROME, *, cache_size: int = 1 << 15) -> None:
        self.vocabularies = tuple(vocabularies)
        self.article_enders = frozenset(v.reason for v in self.vocabularies if v.ends_article)
        # Pages of one site repeat their chrome ("Share", "Read more", "0 Comments"): judge each line once.
        self._judge = lru_cache(maxsize=cache_size)(self._judge_uncached)

    def __call__(self, line: str) -> str | None:
        return self._judge(line)

    @cached_property
    def _compiled(self) -> _Compiled:
        """The vocabulary's regexes, built when the first line is judged (reading a thousand
        alternatives takes a good part of a second: importing newsclean does not pay it)."""
        return _compile(self.vocabularies)

    def cache_clear(self) -> None:
        """Forget remembered verdicts (see :func:`newsclean.clear_caches`)."""
        self._judge.cache_clear()

    def __reduce__(self) -> tuple[type[ChromeRules], tuple[tuple[Vocabulary, ...]]]:
        return (ChromeRules, (self.vocabularies,))  # rebuilt, cache and all, where it is unpickled

    def _judge_uncached(self, line: str) -> str | None:
        line_stats = stats(line)
        words = line_stats.words
        if words == 0 or (words <= 3 and not _LETTER.search(line)):
            # "2026-11-23 10:30", "23.11.2026": a date without a month's name is still the page's date
            return "date" if words and is_numeric_stamp(line) else "symbols"
        low = lower(line)
        compiled = self._compiled
        if words <= SHORT_LINE_WORDS:
            group = compiled.lines.match(low)
            if group:
                return compiled.reasons[group]
            shape = shape_reason(line, words) or self._parts_of_one_kind(line)
            if shape:
                return shape
        if words <= PROMPT_LINE_WORDS:
            group = compiled.prefixes.match(low)
            if group is None and words <= PHRASE_LINE_WORDS and self._may_hold_phrase(low):
                m = compiled.phrases.search(low)
                group = m.lastgroup if m else None
            if group:
                return compiled.reasons[group]
            if words <= PHRASE_LINE_WORDS and 2 <= line_stats.stops <= PROMPT_SENTENCES:
                # "Follow us on Google News. Get the day's news on our WhatsApp channel.": two prompts,
                # each too long to be cut off as the tail of the other's rule
                kind = self._every_part_chrome(sentences(line))
                if kind:
                    return kind
            if words > SHORT_LINE_WORDS and words <= BYLINE_BAR_WORDS:
                if is_byline(line, words):
                    return "byline"  # with the date and topic beside it, too long for a short line
                if is_timestamp(line):
                    return "date"  # published, updated and the reading time: "Publié le ... Temps de lecture 3 min."
            if is_author_bio(line):
                return "author_bio"
        return None

    def _parts_of_one_kind(self, line: str) -> str | None:
        """The kind of chrome every item of a short bar is: "Login | Register", "登录 | 注册", its first
        item's when dashes join items of several kinds ("05/10/2018 - Posted by: Jane Doe - Tags: ...");
        or a time stamp beside labels: "New Delhi, Example Bureau | Updated : 19 November 2019, 09:01 AM"."""
        if "|" in line or " / " in line or " · " in line or " • " in line:
            parts = [part for part in _PART_SEP.split(line) if part]
        elif " - " in line or " – " in line or " — " in line:
            # a dash also joins a headline to its site and a dateline to its story: all parts must be chrome
            # ("05/10/2018 - Publicado por: Jane Doe - Categoria: Saúde")
            return self._every_part_chrome(_DASH_SEP.split(line))
        else:
            return None
        if len(parts) < 2:
            return None
        kinds = [self._judge(part) for part in parts]
        if "date" in kinds and all(kind or _is_label(part) for part, kind in zip(parts, kinds, strict=True)):
            return "date"
        kind = kinds[0] if kinds.count(kinds[0]) == len(kinds) else None
        return kind if kind != "symbols" else None

    def _every_part_chrome(self, parts: Iterable[str]) -> str | None:
        """The first part's kind when every part of a line is chrome (not mere symbols), else None.

        Most such lines are prose: the look stops at the first part that is not chrome."""
        first: str | None = None
        for part in parts:
            kind = self._judge(part)
            if not kind or kind == "symbols":
                return None
            first = first or kind
        return first

    def _may_hold_phrase(self, low: str) -> bool:
        hints = self._compiled.hints
        return hints is None or hints.search(low) is not None

    def __repr__(self) -> str:
        return f"ChromeRules({len(self.vocabularies)} vocabularies)"


def _is_label(part: str) -> bool:
    """A few words that are no sentence, capitalised as names are: a place, a desk, a section
    beside a time stamp ("New Delhi, Example Bureau"), not a headline ("Prices rose on Monday")."""
    words, ends_sentence, _ = stats(part)
    if words > LABEL_WORDS or ends_sentence:
        return False
    return sum(1 for word in part.split() if word[:1].islower()) <= 1


#: A label beside a time stamp in a bar ("New Delhi, Example Bureau") is no longer than this.
LABEL_WORDS = 5

DEFAULT_RULES = ChromeRules()


class ChromeLines(LineFilter):
    """Remove lines that are chrome wherever they stand, each with its kind as the reason.

    >>> from newsclean import Document
    >>> doc = ChromeLines()(Document(text="Sign in\\n\\nThe story goes on.\\n\\n0 Comments"))
    >>> doc.text, [r.reason for r in doc.removals]
    ('The story goes on.', ['login_prompt', 'comment_counter'])
    """

    def __init__(self, *, rules: ChromeRules = DEFAULT_RULES, name: str = "chrome_lines") -> None:
        super().__init__(rules, name=name)

    def __call__(self, doc: Document) -> Document:
        rule = self.rule
        reasons: dict[int, str] = {}
        blocks = doc.blocks
        tables: dict[int, bool] = {}  # each run of lines with bars is looked at once
        paragraphs = _wrapped_paragraphs(blocks)
        for i, block in enumerate(blocks):
            reason = rule(paragraphs.get(i, block.text))
            if reason and not (reason in DATA_SHAPES and block.kind == "cell"):
                if reason in TABLE_SHAPES and "|" in block.text and _in_table(blocks, i, tables):
                    continue
                reasons[i] = reason
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"ChromeLines(name={self.name!r})"


def _wrapped_paragraphs(blocks: Sequence[Block]) -> dict[int, str]:
    """The paragraph each line of a hard-wrapped paragraph is part of, by line: such a line is
    judged as its paragraph, as the text would be had it not been wrapped (a caption that
    opens with "©" is no copyright line because its first 78 columns would fit the rule)."""
    paragraphs: dict[int, str] = {}
    for i, j in wrapped_runs(blocks):
        start = i
        for k in range(i, j):  # a line that ends a sentence may end the paragraph: lines of one length
            if k + 1 == j or ends_sentence(blocks[k].text):  # stacked without blank lines look wrapped too
                if k > start:
                    text = " ".join(b.text for b in blocks[start : k + 1])
                    # a line of symbols alone ("。" wrapped onto a line of its own) is judged alone, as
                    # it would be once the lines around it went: cleaning twice changes nothing
                    paragraphs.update((n, text) for n in range(start, k + 1) if _ALNUM.search(blocks[n].text))
                start = k + 1
    return paragraphs


#: What a row of a table in the article often looks like and is not chrome there: a
#: schedule, a timeline or results ("12 March | 10 min", "9:30 | Opening").
DATA_SHAPES = frozenset({"date"})
#: What the rows of a Markdown table look like to the line rules: items between bars, a
#: date, a delimiter row of dashes.
TABLE_SHAPES = frozenset({"date", "navigation", "symbols"})

# A Markdown table's delimiter row: "---|---|---", "| :--- | ---: |".
_DELIMITER_ROW = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")


def in_markdown_table(blocks: Sequence[Block], i: int) -> bool:
    """Whether block i is a row of a Markdown table, as Markdown dumps of pages print tables:
    a run of lines with bars that holds a delimiter row of dashes.

    >>> rows = ["Route | Start", "---|---", "12 | 12 March", "Home | News | Sport"]
    >>> [in_markdown_table([Block(r, 0) for r in rows], i) for i in (0, 1, 2)]
    [True, True, True]
    >>> in_markdown_table([Block("Home | News | Sport", 0)], 0)
    False
    """
    return _in_table(blocks, i, {})


def _in_table(blocks: Sequence[Block], i: int, known: dict[int, bool]) -> bool:
    """:func:`in_markdown_table`, remembering the answer for every line of the run of bars it reads."""
    if i not in known:
        start = stop = i
        while start > 0 and "|" in blocks[start - 1].text:
            start -= 1
        while stop < len(blocks) and "|" in blocks[stop].text:
            stop += 1
        table = any(_DELIMITER_ROW.fullmatch(blocks[j].text) for j in range(start, stop))
        known.update(dict.fromkeys(range(start, stop), table))
    return known[i]
