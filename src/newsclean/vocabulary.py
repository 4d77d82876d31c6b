"""What a kind of chrome is, as data: :class:`Vocabulary`.

The vocabularies themselves live in ``patterns.py`` (prompts addressed to the reader)
and ``furniture.py`` (the page around the article); ``chrome.py`` compiles them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One kind of chrome: the removal reason and the phrases that mark it."""

    reason: str
    lines: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    #: Phrases that mark a line as chrome wherever they stand in it (kept very specific).
    phrases: tuple[str, ...] = ()
    #: Words one of which every phrase contains: lines without any are not searched (speed).
    hints: tuple[str, ...] = ()
    #: True when this chrome closes an article: prose after it is not the article.
    ends_article: bool = False
