"""The article a page ships in its JSON-LD, for pages that show only part of it.

Paywalled and script-rendered pages often show a teaser (the headline, a first paragraph,
"Subscribe to continue reading") while the ``articleBody`` of their JSON-LD ``NewsArticle``
carries the whole story. When that body is much longer than all the prose the page shows,
the HTML stage takes its paragraphs instead of the page's text (``html.py``), and what the
page showed is recorded as a removal with the reason ``json_ld_article``. On a page that
shows its article, the body is never longer by that much: on the 181 AEB pages, 15 with a
body, the longest is 1.4 times the prose shown, so none is replaced.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from .textstats import sentence_marks, word_count

#: The JSON-LD body replaces the page's text when it is this many times as long as all
#: the prose the page shows...
TEASER_RATIO = 2.0
#: ...and at least this long: a shorter body is a summary, not the article...
MIN_BODY_CHARS = 400
#: ...and it reads as prose: this many words, and sentences (a body of junk replaces nothing).
MIN_BODY_WORDS = 60
MIN_BODY_SENTENCES = 3

# Some sites put markup in articleBody: block ends break the text, other tags go.
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|figcaption)\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")


def body_paragraphs(article: Mapping[str, Any]) -> list[str]:
    """The paragraphs of a JSON-LD article's ``articleBody``, or [] when it has none.

    >>> body_paragraphs({"articleBody": "First paragraph.\\r\\n\\r\\nSecond &amp; last."})
    ['First paragraph.', 'Second & last.']
    >>> body_paragraphs({"articleBody": "<p>One <em>two</em>.</p><p>Three.</p>"})
    ['One two.', 'Three.']
    """
    body = article.get("articleBody")
    if isinstance(body, list):  # a few sites split it into a list of strings
        body = "\n".join(part for part in body if isinstance(part, str))
    if not isinstance(body, str):
        return []
    if "<" in body:
        body = _TAG.sub("", _BLOCK_END.sub("\n", body))
    if "&" in body:
        body = html.unescape(body)
    return [" ".join(line.split()) for line in body.splitlines() if line.strip()]


def supersedes(body: list[str], shown_prose_chars: int) -> bool:
    """Whether a JSON-LD body is the article of a page that shows only part of it.

    >>> supersedes(["A paragraph of the story. " * 40], shown_prose_chars=200)
    True
    >>> supersedes(["A paragraph of the story. " * 40], shown_prose_chars=900)
    False
    """
    chars = sum(len(p) for p in body)
    if chars < MIN_BODY_CHARS or chars < TEASER_RATIO * shown_prose_chars:
        return False
    return (
        sum(word_count(p) for p in body) >= MIN_BODY_WORDS
        and sum(sentence_marks(p) + 1 for p in body) >= MIN_BODY_SENTENCES
    )
