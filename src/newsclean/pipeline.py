"""Filters and the Pipeline that runs them.

A filter is any object with a ``name``, a ``stage`` ("decode", "html" or "text") and a
``__call__(doc) -> Document``. Two adapters turn plain functions into filters:
:class:`LineFilter` (a rule ``str -> reason | None`` that removes whole lines) and
:class:`Rewrite` (a function ``str -> str`` applied to every block), the way httpx's
``MockTransport(handler)`` turns a function into a transport.

>>> def no_ads(line):
...     return "advertisement" if line.lower() == "advertisement" else None
>>> pipe = Pipeline([LineFilter(no_ads)])
>>> pipe("Advertisement\\n\\nThe story.").text
'The story.'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, Protocol, overload, runtime_checkable

from .blocks import Block
from .document import Document
from .errors import FilterError, NewscleanError, PipelineError
from .sources import Source, document_from

Stage = Literal["decode", "html", "text"]
STAGES: tuple[Stage, ...] = ("decode", "html", "text")


@runtime_checkable
class Filter(Protocol):
    """One step of a pipeline: takes a Document, returns a (possibly new) Document."""

    name: str
    stage: Stage

    def __call__(self, doc: Document, /) -> Document: ...


class LineFilter:
    """A text-stage filter built from a line rule that returns a reason or None.

    >>> drop_short = LineFilter(lambda s: "short" if len(s) < 4 else None, name="short")
    >>> drop_short(Document(text="ok\\n\\nlong enough")).removals[0].reason
    'short'
    """

    stage: Stage = "text"

    def __init__(self, rule: Callable[[str], str | None], *, name: str | None = None) -> None:
        self.rule = rule
        self.name: str = name or str(getattr(rule, "__name__", "line_filter"))

    def __call__(self, doc: Document) -> Document:
        rule = self.rule
        reasons = {}
        for i, block in enumerate(doc.blocks):
            reason = rule(block.text)
            if reason:
                reasons[i] = reason
        return doc.drop(self.name, reasons)

    def __repr__(self) -> str:
        return f"LineFilter({getattr(self.rule, '__name__', self.rule)!r}, name={self.name!r})"


class Rewrite:
    """A text-stage filter that rewrites every block with ``fn(str) -> str``.

    A block rewritten to nothing is removed with the reason ``blank``. The filter's name
    joins ``doc.steps`` only when some block changed.

    >>> shout = Rewrite(str.upper, name="shout")
    >>> shout(Document(text="hi")).text
    'HI'
    """

    stage: Stage = "text"

    def __init__(self, fn: Callable[[str], str], *, name: str | None = None) -> None:
        self.fn = fn
        self.name: str = name or str(getattr(fn, "__name__", "rewrite"))

    def __call__(self, doc: Document) -> Document:
        return rewrite_blocks(doc, self.name, self.fn)

    def __repr__(self) -> str:
        return f"Rewrite({getattr(self.fn, '__name__', self.fn)!r}, name={self.name!r})"


def rewrite_blocks(doc: Document, step: str, fn: Callable[[str], str]) -> Document:
    """Apply ``fn`` to each block's text; return ``doc`` itself when nothing changed."""
    return replace_texts(doc, step, [fn(block.text) for block in doc.blocks])


def replace_texts(
    doc: Document, step: str, texts: Sequence[str], *, metadata: Mapping[str, Any] | None = None
) -> Document:
    """Give each block the new text at its index; blocks left blank are removed as ``blank``
    (the removal holds the text they had).
    ``metadata`` is merged in when anything changed."""
    changed = False
    blocks: list[Block] = []
    blank: dict[int, str] = {}
    for i, (block, new) in enumerate(zip(doc.blocks, texts, strict=True)):
        if new != block.text:
            changed = True
            if not new.strip():
                blank[i] = "blank"  # removed as it was, so the removal shows what went
            else:
                block = block.rewritten(new)
        blocks.append(block)
    if not changed:
        return doc
    doc = doc.edited(step, blocks=blocks, **({"metadata": metadata} if metadata else {}))
    return doc.drop(step, blank) if blank else doc


class Pipeline(Sequence[Filter]):
    """An ordered list of filters, checked when built and run document by document.

    Names must be unique and stages in order (decode, then html, then text); a mistake
    raises :class:`PipelineError` naming the offending filter. Calling the pipeline on a
    ``str``, ``bytes`` or :class:`Document` returns the cleaned Document; a filter that
    raises becomes a :class:`FilterError` naming the filter and the document.

    Stages that have nothing to do are skipped: a plain-text document passes the HTML
    stage untouched.
    """

    def __init__(self, filters: Iterable[Filter]) -> None:
        self._filters: tuple[Filter, ...] = tuple(filters)
        seen: set[str] = set()
        last = 0
        for f in self._filters:
            if not isinstance(f, Filter):
                raise PipelineError(f"{f!r} is not a filter: it needs name, stage and __call__(doc)")
            if f.name in seen:
                raise PipelineError(f"two filters are named {f.name!r}; names must be unique")
            if f.stage not in STAGES:
                raise PipelineError(f"filter {f.name!r} has unknown stage {f.stage!r}; use one of {STAGES}")
            rank = STAGES.index(f.stage)
            if rank < last:
                raise PipelineError(
                    f"filter {f.name!r} ({f.stage} stage) comes after a {STAGES[last]}-stage filter; "
                    f"order is {' > '.join(STAGES)}"
                )
            seen.add(f.name)
            last = rank

    @overload
    def __getitem__(self, index: int) -> Filter: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Filter]: ...
    def __getitem__(self, index: int | slice) -> Filter | Sequence[Filter]:
        return self._filters[index]

    def __len__(self) -> int:
        return len(self._filters)

    @property
    def names(self) -> tuple[str, ...]:
        """The filters' names, in order."""
        return tuple(f.name for f in self._filters)

    def without(self, *names: str) -> Pipeline:
        """A new pipeline without the named filters; an unknown name is an error."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise PipelineError(f"no filter named {sorted(unknown)} in {list(self.names)}")
        return Pipeline(f for f in self._filters if f.name not in names)

    def __call__(self, source: Source | Document, *, url: str | None = None, id: str | None = None) -> Document:
        doc = source if isinstance(source, Document) else document_from(source, url=url, id=id)
        for f in self._filters:
            if (f.stage == "decode" and doc.raw is None) or (f.stage == "html" and doc.html is None):
                continue
            if f.stage == "text" and (doc.raw is not None or doc.html is not None):
                _unprepared(doc, f)
            try:
                doc = f(doc)
            except NewscleanError:
                raise
            except Exception as exc:
                raise FilterError(
                    f"filter {f.name!r} failed on document {doc.id!r}: {type(exc).__name__}: {exc}",
                    filter=f.name,
                    doc_id=doc.id,
                ) from exc
        return doc

    def pipe(self, sources: Iterable[Source | Document]) -> Iterator[Document]:
        """Clean documents one at a time, lazily, in order."""
        for source in sources:
            yield self(source)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(repr(f) for f in self._filters)}])"


def _unprepared(doc: Document, f: Filter) -> None:
    what, needed = ("undecoded bytes", "decode") if doc.raw is not None else ("HTML", "html")
    raise FilterError(
        f"document {doc.id!r} still holds {what} when text filter {f.name!r} runs: "
        f"the pipeline needs a {needed}-stage filter first (see newsclean.presets)",
        filter=f.name,
        doc_id=doc.id,
    )
