"""Where the headline is in a page's lines, and which line is the page's title.

A whole-page dump opens with the page's ``<title>`` ("Headline - Site") and prints the
headline again right above the article (:func:`headline_anchors`); without that, the
headline is the nearest line above the article that reads like one (:func:`find_title`),
passing over a standfirst and a place and author joined by a dash. :mod:`structure` asks
here once it has found the article's run of lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import Block
from .textstats import ends_sentence, stats, unspaced, word_count
from .titles import TITLE_SEPARATORS as _TITLE_SEPARATORS

_TOKEN = re.compile(r"[^\W_]+")  # "_" joins a Chinese title to its site: "标题_新闻中心_网站"


def headline_anchors(blocks: Sequence[Block]) -> list[int]:
    """Lines after the first that repeat (part of) it: the page title's headline in the body.

    Whole-page dumps open with the ``<title>`` ("Headline - Site"); the headline itself
    stands again right above the article.
    """
    if len(blocks) < 2 or not _headline_like(blocks[0].text) or blocks[0].text.endswith("."):
        return []
    title = _tokens(blocks[0].text)
    first, words = f" {title} ", set(title.split())
    # A line that repeats the title starts with one of its words, so with the first two
    # letters of one: two letters or digits that start no title word rule a line out.
    starts = {word[:2] for word in words}
    found = []
    for i in range(1, len(blocks) - 1):
        text = blocks[i].text
        pair = text[:2].casefold()[:2]
        if pair not in starts and pair.isalnum():
            continue
        lead = _TOKEN.search(text.casefold())
        if lead is None or lead.group() not in words or not _headline_like(text):
            continue
        tokens = _tokens(text)
        size = tokens.count(" ") + 1
        if unspaced(text):  # a run of Chinese or Japanese is one token but many words
            size = max(size, word_count(text))
        if size >= 3 and f" {tokens} " in first:
            found.append((i, size))
    # A line repeating at most half as many of the title's words as another does is a
    # subheading that shares them ("16-inch MacBook Pro"), not the headline.
    most = max((words for _, words in found), default=0)
    return [i for i, words in found if 2 * words > most]


#: The headline part of a dump's title line has at least this many words; the site's and
#: section's parts beside it at most TITLE_PART_WORDS.
TITLE_HEADLINE_WORDS = 4
TITLE_PART_WORDS = 4


def page_title_headline(blocks: Sequence[Block], guess: int | None) -> str | None:
    """The headline a dump's title line gives, when the line guessed above the article shares
    none of its words: the guess is then a label, a byline or a caption, not the headline.

    A whole-page dump opens with the page's ``<title>``, "Headline | Site": its headline part
    is the title when no line of the body repeats it (which ``headline_anchors`` would find).
    """
    if not blocks or guess == 0:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(blocks[0].text)]
    if len(parts) < 2:
        return None
    head = max(parts, key=len)
    if word_count(head) < TITLE_HEADLINE_WORDS or any(word_count(p) > TITLE_PART_WORDS for p in parts if p is not head):
        return None
    if guess is not None and _shared(blocks[guess].text, head) >= 2:
        return None
    return head


def _shared(line: str, title: str) -> int:
    """How many words of three letters or more ``line`` shares with ``title``."""
    return len({w for w in _tokens(line).split() if len(w) >= 3} & set(_tokens(title).split()))


def _tokens(text: str) -> str:
    """The words of ``text``, case-folded and joined by single spaces."""
    return " ".join(_TOKEN.findall(text.casefold()))


def find_title(blocks: Sequence[Block], start: int, *, lookback: int = 12) -> int | None:
    """The nearest line above ``start`` that reads like a headline, or None.

    A Markdown dump's level-one heading ("# Headline") within reach is the headline, however
    many lines (a byline, a date, a photo's caption) stand between it and the story.
    A standfirst stands between a headline and the story: when the line found ends like a
    sentence and a headline-like line that does not stands just above it, that line is
    the headline. Two names joined by a dash or a comma ("القاهرة - محمد أحمد", a place
    and the author; "नई दिल्ली, एजेंसी", a place and the desk; "Politics - Example News")
    are passed over for a headline above them.
    """
    fallback = None
    window = range(start - 1, max(0, start - lookback) - 1, -1)
    for i in window:  # a Markdown dump marks its headline: "# Headline" over the byline, date and photo
        if blocks[i].text.startswith("# ") and _headline_like(blocks[i].text):
            return i
    for i in window:
        if _headline_like(blocks[i].text):
            if _joined_names(blocks[i].text):
                fallback = i if fallback is None else fallback
                continue
            above = blocks[i - 1].text if i > 0 else ""
            standfirst = ends_sentence(blocks[i].text) or _standfirst_under(blocks[i].text, above)
            if above and standfirst and _headline_like(above) and not ends_sentence(above):
                return i - 1
            return i
    return fallback


# A place and a name, a section and a site: one to three words each side of a dash or a comma
# (words of letters and the marks that join them: Devanagari's vowel signs are no letters to ``\w``).
_JOINED_NAMES = re.compile(r"\s*[^\s\d\W_]\S*(?: \S+){0,2}(?: [-–—]|,) \S+(?: \S+){0,2}\s*")
_NOT_IN_NAMES = re.compile(r"[\d.!?:;()\[\]|/\"“”«»。？！]|,.*,| [-–—] .* [-–—] ")


def _joined_names(text: str) -> bool:
    """Two names joined by a dash or a comma: "القاهرة - محمد أحمد", "नई दिल्ली, एजेंसी",
    "New Delhi, Example Bureau"; joined by a comma, no word opens in lower case ("Biden, Xi
    meet" is a headline)."""
    if not _JOINED_NAMES.fullmatch(text) or _NOT_IN_NAMES.search(text):
        return False
    return "," not in text or not any(word[:1].islower() for word in text.split())


#: A line this long under a headline of at least HEADLINE_WORDS words (not a section label
#: in capitals) and shorter than it by more than STANDFIRST_MARGIN words is its standfirst,
#: with a full stop or without.
STANDFIRST_WORDS = 10
HEADLINE_WORDS = 6
STANDFIRST_MARGIN = 2


def _standfirst_under(text: str, above: str) -> bool:
    words, above_words = word_count(text), word_count(above)
    return (
        words >= STANDFIRST_WORDS and HEADLINE_WORDS <= above_words < words - STANDFIRST_MARGIN and not above.isupper()
    )


def _headline_like(text: str) -> bool:
    words, _, stops = stats(text)
    return 3 <= words <= 30 and not text.endswith(":") and stops <= 1
