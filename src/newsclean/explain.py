"""Showing what cleaning did to a document: every line, kept or removed, with the filter
and reason of each removal. This is how users audit false positives.

:func:`explain_lines` gives the lines in document order; :func:`render_terminal` prints
them (removed lines marked and coloured by reason on a terminal); :func:`render_html`
writes one self-contained page for many documents, removed text struck through and
coloured by reason, with a legend that counts the removals per reason.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .document import Document, Removal


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document as the cleaner saw it; ``removal`` is None when it was kept."""

    text: str
    removal: Removal | None = None


def explain_lines(doc: Document) -> list[Line]:
    """The document's lines in order, kept and removed.

    Page parts the HTML stage pruned before there was any text (``start`` None) come
    first, in the order they were pruned.

    >>> doc = Document(text="Sign in\\nThe article.").drop("chrome_lines", {0: "login_prompt"})
    >>> [(line.text, line.removal and line.removal.reason) for line in explain_lines(doc)]
    [('Sign in', 'login_prompt'), ('The article.', None)]
    """
    unplaced = [Line(r.text, r) for r in doc.removals if r.start is None]
    placed = sorted(
        [(b.start, 1, i, Line(b.text)) for i, b in enumerate(doc.blocks)]
        + [(r.start, 0, i, Line(r.text, r)) for i, r in enumerate(doc.removals) if r.start is not None],
        key=lambda p: (p[0], p[1], p[2]),
    )
    return unplaced + [line for *_, line in placed]


# One colour per reason, from a fixed palette cycled in sorted order of reasons.
_ANSI = ["31", "33", "35", "36", "34", "32", "91", "93", "95", "96"]
_CSS = ["#fdd", "#ffe8b0", "#f3d7ff", "#d6f5f5", "#dde6ff", "#e2f5d6", "#ffd6e0", "#fff3c4", "#e8e0ff", "#d4f0ff"]


def _palette(reasons: Sequence[str], colours: Sequence[str]) -> dict[str, str]:
    return {reason: colours[i % len(colours)] for i, reason in enumerate(sorted(set(reasons)))}


def render_terminal(doc: Document, *, colour: bool = False, width: int = 100) -> str:
    """The document line by line: kept lines as they are, removed ones marked ``-`` with
    ``[filter: reason]``, coloured by reason when ``colour`` is set."""
    lines = explain_lines(doc)
    palette = _palette([line.removal.reason for line in lines if line.removal], _ANSI)
    out = []
    if doc.title:
        out.append(f"title: {doc.title}")
    for line in lines:
        if line.removal is None:
            out.append(f"  {line.text}")
            continue
        tag = f"[{line.removal.filter}: {line.removal.reason}]"
        text = _shorten(line.text, width)
        if colour:
            out.append(f"\x1b[{palette[line.removal.reason]}m- {text}  \x1b[2m{tag}\x1b[0m")
        else:
            out.append(f"- {text}  {tag}")
    kept, removed = sum(line.removal is None for line in lines), sum(line.removal is not None for line in lines)
    out.append(f"{kept} lines kept, {removed} removed")
    return "\n".join(out)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_html(docs: Sequence[tuple[str, Document]]) -> str:
    """One self-contained HTML page reviewing ``docs`` (name, document) side by side with
    what was removed from each."""
    reasons = Counter(r.reason for _, doc in docs for r in doc.removals)
    palette = _palette(list(reasons), _CSS)
    style = "\n".join(f".r-{_css_name(reason)} {{ background: {c}; }}" for reason, c in palette.items())
    legend = "".join(
        f'<li><span class="r-{_css_name(reason)}">{html.escape(reason)}</span> {count}</li>'
        for reason, count in reasons.most_common()
    )
    sections = []
    for name, doc in docs:
        body = []
        for line in explain_lines(doc):
            text = html.escape(line.text)
            if line.removal is None:
                body.append(f"<p>{text}</p>")
            else:
                r = line.removal
                body.append(
                    f'<p class="removed r-{_css_name(r.reason)}" title="{html.escape(r.filter)}: '
                    f'{html.escape(r.reason)}"><del>{text}</del> <small>{html.escape(r.reason)}</small></p>'
                )
        title = f"<h3>{html.escape(doc.title)}</h3>" if doc.title else ""
        sections.append(f"<section><h2>{html.escape(name)}</h2>{title}{''.join(body)}</section>")
    return _PAGE.format(style=style, legend=legend, count=len(docs), sections="\n".join(sections))


def _css_name(reason: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in reason)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsclean review</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; max-width: 60em; margin: 2em auto; color: #222; }}
section {{ border-top: 2px solid #ccc; margin-top: 2em; }}
p {{ margin: .3em 0; }}
p.removed {{ color: #666; }}
small {{ color: #555; font-size: 75%; }}
#legend li {{ display: inline-block; margin: 0 1em .3em 0; }}
{style}
</style></head><body>
<h1>newsclean review: {count} documents</h1>
<p>Kept text is plain; removed text is struck through and coloured by reason (hover for the filter).</p>
<ul id="legend">{legend}</ul>
{sections}
</body></html>
"""
