"""Markdown dumps: links and images written as Markdown, read as the text a reader sees.

Crawlers that feed RAG pipelines write pages as Markdown: every link carries its address
("[the report](https://example.com/report)"), every picture a mark ("![](photo.jpg)").
The addresses are no text of the article, and a menu of links reads as a menu only
without them, so :class:`Markdown` keeps a link's text and drops images' marks before
the line rules run, and the marks of strong and emphasised words ("**Read also:**
Headline") with them. Headings, lists and tables stay as Markdown writes them. Text that
holds no "](" and no "**" is passed through at the cost of two scans.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import Document
from .pipeline import Stage, rewrite_blocks

# Bounded: a line of brackets costs linear time. A link's address may hold one level of
# parentheses ("https://en.wikipedia.org/wiki/Bus_(vehicle)") and a title in quotes.
_ADDRESS = r"\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+\"[^\"\n]{0,2000}\")?\)"
_IMAGE = re.compile(rf"!\[[^\]\n]{{0,1000}}\]{_ADDRESS}")
_LINK = re.compile(rf"\[([^\]\n]{{0,300}})\]{_ADDRESS}")
# Strong and emphasis marks around words: "**Headline**", "_standfirst_" (not a bullet's "* ").
# A run of stars that masks a word ("Fe*******") holds no strong words: no star inside the marks' edges.
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*])([^\n]{1,500}?)(?<=[^\s*])\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,500}?)(?<=[^\s*_])\1(?![\w*])")


def linked_share(line: str) -> float:
    """The share of a Markdown line's visible text that is link text, as HTML blocks count it:
    a row of links is a menu, a related list or a share bar, whatever its words.

    >>> linked_share("[Home](/) [News](/news)"), round(linked_share("Read [the report](/r) on buses."), 2)
    (1.0, 0.43)
    """
    if "](" not in line:
        return 0.0
    linked = sum(len(m.group(1).replace(" ", "")) for m in _LINK.finditer(_IMAGE.sub(" ", line)))
    visible = len(plain_markdown(line).replace(" ", ""))
    return min(1.0, linked / visible) if visible and linked else 0.0


def plain_markdown(line: str) -> str:
    """A Markdown line with its links as their text and its images gone.

    >>> plain_markdown("Read [the report](https://example.com/r \\"Report\\") ![](a.jpg)on buses.")
    'Read the report on buses.'
    >>> plain_markdown("[Home](https://example.com/) [News](https://example.com/news)")
    'Home News'
    >>> plain_markdown("**Police: two arrested** _A man was held on Monday._ * not_a_mark * 2*3*4")
    'Police: two arrested A man was held on Monday. * not_a_mark * 2*3*4'
    >>> plain_markdown("– An** Fe*******"), plain_markdown("**_Sponsored by Example._**")  # masked; bold italic
    ('– An** Fe*******', 'Sponsored by Example.')
    """
    if "](" in line:
        line = " ".join(_LINK.sub(r"\1", _IMAGE.sub(" ", line)).split())
    if "*" in line or "_" in line:
        line = _EMPHASIS.sub(r"\2", _STRONG.sub(r"\2", line))
    return line


class Markdown:
    """Read Markdown links as their text and drop image marks (a line of images only goes, as blank);
    strong and emphasis marks go too, so that "**Read also:** ..." reads as its words.

    >>> Markdown()(Document(text="[Home](/) [News](/news)\\n\\n![](a.jpg)\\n\\nThe story.")).text
    'Home News\\n\\nThe story.'
    """

    stage: Stage = "text"

    def __init__(self, *, name: str = "markdown") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if "](" not in text and ("**" not in text or not _STRONG.search(text)):  # no link, no **strong** words
            return doc
        plain = rewrite_blocks(doc, self.name, plain_markdown)
        if plain is doc:
            return doc
        # the link share of each block, counted on the Markdown it came from (blanks are gone)
        shares = {b.start: linked_share(b.text) for b in doc.blocks if b.links == 0.0 and "](" in b.text}
        blocks = tuple(b._replace(links=shares[b.start]) if shares.get(b.start) else b for b in plain.blocks)
        return replace(plain, blocks=blocks)  # the same text, and the step already recorded

    def __repr__(self) -> str:
        return "Markdown()"
