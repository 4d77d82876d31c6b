"""Document and Removal: what flows through a pipeline, and what it leaves behind.

Filters never change a Document; they return a new one through :meth:`Document.edited`
or :meth:`Document.drop`, so a pipeline's input is still there to compare with its
output, and every deletion is a :class:`Removal` with a filter name and a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from .blocks import Block, join_blocks, split_blocks


class Metadata(dict[str, Any]):
    """A read-only dict: a document's metadata, changed only through ``edited``.

    >>> m = Metadata(date="2021-03-22")
    >>> m["date"]
    '2021-03-22'
    >>> m["date"] = "x"
    Traceback (most recent call last):
    ...
    TypeError: Metadata is read-only; use doc.edited(step, metadata=...)
    """

    def _readonly(self, *args: object, **kwargs: object) -> Any:
        raise TypeError("Metadata is read-only; use doc.edited(step, metadata=...)")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _readonly

    def __reduce__(self) -> tuple[type, tuple[dict[str, Any]]]:
        return (Metadata, (dict(self),))

    def merged(self, extra: Mapping[str, Any]) -> Metadata:
        """A new Metadata with ``extra``'s keys added or replaced."""
        return Metadata({**self, **extra})


class Removal(NamedTuple):
    """Something a filter took out of a document, and why.

    ``filter`` is the filter's name; ``reason`` a stable snake_case word such as
    ``login_prompt``, ``related_list`` or ``caption``; ``text`` what was removed;
    ``start`` where it stood in the text the text stage received (None for page
    parts the HTML stage pruned before there was any text).

    >>> Removal("chrome_lines", "comment_counter", "0 Comments", 120)
    Removal(filter='chrome_lines', reason='comment_counter', text='0 Comments', start=120)
    """

    filter: str
    reason: str
    text: str
    start: int | None = None


#: Builds a Removal from all its fields without the named tuple's Python-level __new__
#: (filters remove thousands of lines from a page dump).
_new_removal = tuple.__new__


@dataclass(frozen=True, slots=True)
class Document:
    """A document on its way through a pipeline.

    ``text`` is the clean text so far; ``blocks`` the same text cut into lines or
    paragraphs (give one or the other, the missing one is derived; the text is always its
    blocks joined, one line each, a blank line between paragraphs); ``title`` the
    headline once found; ``metadata`` what the filters learned (date, section, dateline,
    credit, captions, encoding...); ``removals`` everything taken out, in order;
    ``steps`` the names of the filters that changed something, in order.

    ``html`` holds a page that the HTML stage has not yet turned into blocks, and
    ``raw`` bytes that have not yet been decoded; both are None once consumed.

    >>> doc = Document(text="Headline\\n\\nFirst paragraph.")
    >>> [b.text for b in doc.blocks]
    ['Headline', 'First paragraph.']
    >>> doc.drop("demo", {0: "headline"}).text
    'First paragraph.'
    """

    text: str = ""
    title: str | None = None
    url: str | None = None
    id: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    removals: tuple[Removal, ...] = ()
    steps: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    html: str | None = None
    raw: bytes | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.metadata, Metadata):
            object.__setattr__(self, "metadata", Metadata(self.metadata))
        if self.blocks and not self.text:
            object.__setattr__(self, "text", join_blocks(self.blocks))
        elif self.text and not self.blocks:
            blocks = split_blocks(self.text)
            object.__setattr__(self, "blocks", blocks)
            object.__setattr__(self, "text", join_blocks(blocks))  # the text is always its blocks, joined

    def edited(self, step: str, **changes: Any) -> Document:
        """A copy with ``changes`` applied and ``step`` appended to ``steps``.

        Give ``blocks`` and the text follows; give ``text`` and it is cut into new blocks.
        A ``metadata`` mapping is merged into the existing metadata.

        >>> Document(text="a").edited("upper", text="A").steps
        ('upper',)
        """
        if "metadata" in changes:
            changes["metadata"] = self.metadata.merged(changes["metadata"])
        if "blocks" in changes and "text" not in changes:
            changes["blocks"] = tuple(changes["blocks"])
            changes["text"] = join_blocks(changes["blocks"])
        elif "text" in changes and "blocks" not in changes:
            changes["blocks"] = split_blocks(changes["text"])
        return replace(self, steps=(*self.steps, step), **changes)

    def drop(self, step: str, reasons: Mapping[int, str], **changes: Any) -> Document:
        """A copy without the blocks at the given indexes, each recorded as a Removal.

        ``reasons`` maps a block index to its removal reason. Returns ``self`` when there
        is nothing to drop and nothing else to change, so filters can call it freely.
        """
        if not reasons and not changes:
            return self
        blocks = self.blocks
        kept = [block for i, block in enumerate(blocks) if i not in reasons]
        removed = [
            _new_removal(Removal, (step, reason, blocks[i].text, blocks[i].start))
            for i, reason in sorted(reasons.items())
            if 0 <= i < len(blocks)
        ]
        return self.edited(step, blocks=kept, removals=(*self.removals, *removed), **changes)

    def removed(self, reason: str | None = None) -> Iterator[Removal]:
        """The removals, or only those with ``reason``."""
        return (r for r in self.removals if reason is None or r.reason == reason)

    def to_dict(self, *, removals: bool = False) -> dict[str, Any]:
        """A JSON-ready dict of the document's public fields (removals on request).

        >>> Document(text="Body.", title="T").to_dict()["title"]
        'T'
        """
        out: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "metadata": dict(self.metadata),
        }
        if removals:
            out["removals"] = [
                {"filter": r.filter, "reason": r.reason, "text": r.text, "start": r.start} for r in self.removals
            ]
        return out


def rebuild(doc: Document) -> list[str]:
    """The lines the text stage received, recovered from the kept blocks and removals.

    Kept blocks and removals that carry a position are merged in position order (a
    removal placed at a kept block's offset stood just before it); this is how tests
    check that nothing disappeared without a Removal.

    >>> d = Document(text="a\\nb\\nc").drop("x", {1: "demo"})
    >>> rebuild(d)
    ['a', 'b', 'c']
    """
    placed: Iterable[tuple[int, int, str]] = [
        *((b.start, 1, b.text) for b in doc.blocks),
        *((r.start, 0, r.text) for r in doc.removals if r.start is not None),
    ]
    return [text for _, _, text in sorted(placed, key=lambda p: (p[0], p[1]))]
