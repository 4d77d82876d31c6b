"""What HTML elements mean for extraction: layout, kinds of block, and chrome by markup.

Pure functions on tag names and attribute values; ``html.py`` walks the page and asks
them. Keeping them apart from the parser keeps them testable with plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from .markupwords import HIDDEN_CLASSES, MARKUP_CONTENT_WORDS, MARKUP_ROLES, MARKUP_TAGS, MARKUP_WORDS
from .memory import remember

#: Elements whose content is not text a reader sees.
INVISIBLE = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
    "audio", "map", "select", "button", "input", "textarea", "option", "head", "link", "meta", "picture", "img",
    "rt", "rp",  # the reading a ruby annotation gives above Japanese or Chinese characters, and its brackets
})  # fmt: skip

#: A line break before and after (the layout of html_text, whose dumps the text rules know).
NEWLINE = frozenset({
    "article", "aside", "br", "dd", "details", "div", "dt", "fieldset", "figcaption", "footer", "form", "header",
    "hr", "legend", "li", "main", "nav", "table", "tr", "section", "address", "summary", "caption",
})  # fmt: skip
#: A blank line before and after: these separate paragraphs.
PARAGRAPH = frozenset({"blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "ul"})

#: Elements that hold paragraphs: a block's group is the innermost of these around it.
CONTAINERS = frozenset({
    "body", "div", "article", "section", "main", "blockquote", "header", "footer", "aside", "figure",
    "form", "center", "dd", "details",
})  # fmt: skip

#: The kind of block an element makes, for the text stage.
KINDS: Mapping[str, str] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "item", "dt": "item", "dd": "item", "blockquote": "quote", "pre": "pre", "td": "cell", "th": "cell",
    "figcaption": "caption", "caption": "heading",
}  # fmt: skip

_WORD_REASON = {word: reason for reason, words in MARKUP_WORDS.items() for word in words}
_SPLIT = re.compile(r"[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])")


@remember(maxsize=8192)  # a site's pages repeat their class names
def attribute_words(value: str) -> tuple[str, ...]:
    """The words of a class or id value: split on punctuation and camelCase, lower-cased.

    >>> attribute_words("article__share-bar relatedPosts")
    ('article', 'share', 'bar', 'related', 'posts')
    """
    return tuple(word.lower() for word in _SPLIT.split(value) if word)


def _joined_pairs(words: tuple[str, ...]) -> list[str]:
    return [a + b for a, b in pairwise(words)]


@remember(maxsize=8192)
def class_reason(value: str) -> str | None:
    """The chrome reason a class or id value names, or None.

    Words are looked up alone and joined with their neighbour ("most-read" -> "mostread");
    a content word (an embedded post) outweighs any chrome word.

    >>> class_reason("c-share-tools"), class_reason("most-read"), class_reason("article-body")
    ('share', 'related_list', None)
    >>> class_reason("social-media-embed")
    >>> class_reason("header-ad"), class_reason("shadow loading")
    ('advertisement', None)
    """
    words = attribute_words(value)
    if MARKUP_CONTENT_WORDS.intersection(words):
        return None
    for word in (*words, *_joined_pairs(words)):
        reason = _WORD_REASON.get(word)
        if reason:
            return reason
    return None


def prune_reason(tag: str, attributes: Mapping[str, str | None]) -> str | None:
    """Why the element is chrome by its markup (tag, role, hidden state, class, id), or None.

    >>> prune_reason("div", {"class": "social-share"}), prune_reason("nav", {})
    ('share', 'navigation')
    >>> prune_reason("div", {"class": "hidden-xs story"}), prune_reason("div", {"aria-hidden": "true"})
    (None, 'hidden')
    >>> prune_reason("aside", {"class": "ad-slot"}), prune_reason("aside", {"class": "rail"})
    ('advertisement', 'sidebar')
    """
    reason = MARKUP_TAGS.get(tag)
    if not reason:
        role = attributes.get("role")
        reason = MARKUP_ROLES.get(role) if role else None
    if reason:
        # an aside may say what it holds: an ad slot between two parts of the story is an ad, no sidebar
        return (_class_or_id_reason(attributes) or reason) if reason == "sidebar" else reason
    if attributes.get("aria-hidden") == "true" or "hidden" in attributes:
        return "hidden"
    style = attributes.get("style")
    if style and "display" in style and re.search(r"display\s*:\s*none", style):
        return "hidden"
    classes = attributes.get("class")
    if classes and any(c in HIDDEN_CLASSES for c in classes.split()):
        return "hidden"
    return _class_or_id_reason(attributes)


def _class_or_id_reason(attributes: Mapping[str, str | None]) -> str | None:
    classes, ident = attributes.get("class"), attributes.get("id")
    return (class_reason(classes) if classes else None) or (class_reason(ident) if ident else None)
