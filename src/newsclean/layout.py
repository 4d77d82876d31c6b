"""Layout: text nodes become blocks laid out like a whole-page text dump.

The HTML walk in ``html.py`` reports each element it opens and closes and each text node
it meets; :class:`Layout` turns that stream into blocks: a blank line between paragraphs
and at "<br><br>", a line break between list items and divs, cells of a row on one line,
each block with the kind of element it came from (heading, item, quote, caption) and the
share of its text inside links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import LEADS_OF_A0, Block
from .markup import CONTAINERS, KINDS, NEWLINE, PARAGRAPH
from .textstats import unspaced

#: Text of at most this many words right after an image, on its line, is the image's caption
#: (unless the line is a <p>: an image set into a paragraph opens the paragraph's own text).
CAPTION_WORDS = 30


#: Runs of spaces, but for a no-break space or U+0085 right after a Latin-1 letter: in mojibake
#: ("Ñ\x85" is "х" read as Latin-1, "ä½\xa0" is "你") they are bytes of a letter, which
#: the repair reads back; the normalization turns those left into plain spaces.
_SPACE_RUN = re.compile(r"(?:[^\S\x85\xa0]|(?<![\x80-\xff])[\x85\xa0])+")


def collapse_spaces(text: str) -> str:
    r"""``text`` with every run of spaces one plain space, trimmed; mojibake's bytes kept.

    A final "Â" or "Ã" keeps the space after it too: it is the mojibake of a no-break space
    or of "à" whose byte A0 was made a plain space, which the repair reads back.

    >>> collapse_spaces("  Tokyo\n\t Japan\xa0 "), collapse_spaces("Ñ\x85Ð¾ and ä½\xa0")
    ('Tokyo Japan', 'Ñ\x85Ð¾ and ä½\xa0')
    >>> collapse_spaces("voilÃ "), collapse_spaces("Ã")
    ('voilÃ ', 'Ã')
    """
    if "\x85" not in text and "\xa0" not in text:
        collapsed = " ".join(text.split())
    else:
        collapsed = _SPACE_RUN.sub(" ", text).strip(" ")
    if collapsed[-1:] in LEADS_OF_A0 and text[-1:].isspace():
        return collapsed + " "
    return collapsed


#: Inline elements a label before a link is written in: "<strong>Read also</strong><a>...</a>".
_LABELS = frozenset({"span", "b", "strong", "em", "i"})
#: Where a link meets another element with nothing between: "<a>Jane Doe</a><time>2 May</time>".
_GLUE = "\ufdd0"
_GLUED = re.compile(f"(.?){_GLUE}(.?)", re.DOTALL)


def _unglue(raw: str) -> str:
    """``raw`` with a space where a link meets another element and a new word starts there.

    Links side by side are separate items ("Home<a>News</a><a>Sport</a>", a byline's link
    before its date), unless an editor split one word into several links ("<a>Arte</a><a>mis</a>"):
    a space goes between a letter or digit and a capital, a digit or a letter of a script
    without case that spaces its words (Hebrew, Arabic: "ראשי חדשות"; not Chinese or Thai,
    which run words together).

    >>> [_unglue(f"{a}{_GLUE}{b}") for a, b in [("J. Doe", "2 May"), ("News", "Sport"), ("Arte", "mis"), ("rise", "”")]]
    ['J. Doe 2 May', 'News Sport', 'Artemis', 'rise”']
    >>> [_unglue(f"{a}{_GLUE}{b}") for a, b in [("ראשי", "חדשות"), ("国家统计局", "获悉")]]
    ['ראשי חדשות', '国家统计局获悉']
    """
    return _GLUED.sub(_space_between, raw)


def _space_between(m: re.Match[str]) -> str:
    before, after = m.group(1), m.group(2)
    space = before.isalnum() and (
        after.isupper() or after.isdigit() or (after.isalpha() and not after.islower() and not unspaced(after))
    )
    return f"{before} {after}" if space else before + after


def _actions() -> dict[str, tuple[int, bool, str | None]]:
    """What opening or closing each tag does to the layout: a break, a container, a kind."""
    tags = PARAGRAPH | NEWLINE | CONTAINERS | KINDS.keys() | {"a", "pre", "time"} | _LABELS
    return {
        tag: (2 if tag in PARAGRAPH else 1 if tag in NEWLINE else 0, tag in CONTAINERS, KINDS.get(tag)) for tag in tags
    }


_ACTIONS = _actions()


@dataclass
class Layout:
    """Collects text into blocks as the walk opens and closes elements.

    >>> layout = Layout()
    >>> layout.open("p", 1); layout.text("One "); layout.open("a", 2); layout.text("link"); layout.close("a")
    >>> layout.close("p"); layout.open("p", 3); layout.text("Two."); layout.flush(2)
    >>> [(b.text, b.para, b.links) for b in layout.blocks]
    [('One link', 0, 0.5), ('Two.', 1, 0.0)]
    """

    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    kind: str = "text"
    kinds: list[str] = field(default_factory=lambda: ["text"])
    group: int = 0
    containers: list[int] = field(default_factory=lambda: [0])
    links: int = 0
    pre: int = 0
    para: int = 0
    pending: int = 0  # the strongest break seen since the last block: 0, 1 line, 2 paragraph
    end: int = 0  # where the text laid out so far ends: the next block starts after a break
    after_image: bool = False  # an image opened the line being collected: short text after it is its caption
    breaks: int = 0  # <br>s since the last text: a second one in a row breaks the paragraph
    paragraphs: int = 0  # <p>s open around the text being collected
    closed: str = ""  # the link or label element just closed, with no text since

    def add(self, block: Block, *, new_paragraph: bool) -> None:
        """Append a block at its offset in the text the blocks will join into."""
        if self.blocks:
            if new_paragraph:
                self.para += 1
            start = self.end + (2 if new_paragraph else 1)
        else:
            start = 0
        self.blocks.append(Block(block.text, start, self.para, block.kind, block.links, block.group))
        self.end = start + len(block.text)

    def saw_image(self) -> None:
        if not self.parts:
            self.after_image = True

    def text(self, value: str) -> None:
        if not self.parts:
            if value.isspace():
                return
            self.breaks = 0
            self.kind = self.kinds[-1]
            self.group = self.containers[-1]
        self.parts.append(value)
        self.closed = ""
        if self.links:
            self.link_chars += len(value.strip())

    def open(self, tag: str, element: int) -> None:
        action = _ACTIONS.get(tag)
        if action is None:  # an inline element: nothing to lay out
            return
        boundary, container, kind = action
        if self.closed and (tag == "a" or self.closed == "a") and self.parts and not self.parts[-1][-1:].isspace():
            self.parts.append(_GLUE)  # a space, if the text after it opens a new word (see _unglue)
            self.closed = ""
        if boundary:
            strength = 2 if tag == "br" and self.breaks and not self.parts else boundary
            if strength == 2 and self.kinds[-1] == "cell":
                self.kinds[-1] = "text"  # a cell that holds paragraphs lays out the page, not data
            self.flush(strength)
        if tag == "br":
            self.breaks += 1
        if container:
            self.containers.append(element)
        if kind:
            self.kinds.append(kind)
            if kind == "cell" and self.parts:  # cells of a row share its line, a space apart
                self.parts.append(" ")
        if tag == "a":
            self.links += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "p":
            self.paragraphs += 1

    def close(self, tag: str) -> None:
        action = _ACTIONS.get(tag)
        if action is None:
            return
        boundary, container, kind = action
        if boundary:
            self.flush(boundary)
        if container and len(self.containers) > 1:
            self.containers.pop()
        if kind and len(self.kinds) > 1:
            self.kinds.pop()
        if tag == "a" or tag in _LABELS:
            self.closed = tag
        if tag == "a":
            self.links -= 1
        elif tag == "pre":
            self.pre -= 1
        elif tag == "p" and self.paragraphs:
            self.paragraphs -= 1

    def flush(self, strength: int) -> None:
        if not self.parts:
            self.after_image = False
            if strength > self.pending:
                self.pending = strength
            return
        raw = "".join(self.parts)
        self.parts.clear()
        if _GLUE in raw:
            raw = _unglue(raw)
        lines = raw.split("\n") if self.pre else [raw]
        total = sum(len(line.strip()) for line in lines) or 1
        links = min(1.0, self.link_chars / total)
        self.link_chars = 0
        kind = self.kind
        if self.after_image and not self.paragraphs and len(raw.split()) <= CAPTION_WORDS:
            kind = "caption"
        self.after_image = False
        for line in lines:
            text = collapse_spaces(line)
            if text:
                self.add(Block(text, 0, self.para, kind, links, self.group), new_paragraph=self.pending >= 2)
                self.pending = 0
        self.pending = max(self.pending, strength)
