"""Keep pathological nesting from making HTML parsing quadratic.

An HTML parser looks through its stack of open elements at every end tag, so a page
nested a hundred thousand levels deep costs time proportional to the square of its size
(Lexbor here: 10,000 levels 0.2 s, 40,000 levels 3 s). Browsers cap the depth of the tree
they build; :func:`cap_nesting` does the same before the page reaches the parser, by
dropping the tags (never the text) that would open elements deeper than a limit.

Pages with few tags cannot be deep, so they are returned untouched without a scan.
"""

from __future__ import annotations

import re

#: Deeper than this no real page goes; browsers stop nesting at a few hundred levels.
MAX_DEPTH = 512
#: Pages with fewer tags than this are never scanned: their worst case is still fast.
SCAN_ABOVE_TAGS = 10_000

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>")
# Elements that never hold children, or whose end tag a parser supplies on its own: they
# do not make the tree deeper however many of them a page has.
_FLAT = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    "colgroup", "caption",
})  # fmt: skip


def cap_nesting(html: str, *, limit: int = MAX_DEPTH) -> str:
    """``html`` with the tags that would nest elements deeper than ``limit`` removed.

    >>> cap_nesting("<div>" * 3 + "text" + "</div>" * 3, limit=2)
    '<div><div>text</div></div>'
    >>> page = "<p>Hello</p>"
    >>> cap_nesting(page) is page
    True
    """
    if html.count("<") < SCAN_ABOVE_TAGS and limit >= MAX_DEPTH:
        return html
    depth = 0
    cut: list[tuple[int, int]] = []
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _FLAT or m.group(0).endswith("/>"):
            continue
        if m.group(1):  # an end tag
            if depth > limit:
                cut.append(m.span())
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                cut.append(m.span())
    if not cut:
        return html
    parts, last = [], 0
    for start, end in cut:
        parts.append(html[last:start])
        last = end
    parts.append(html[last:])
    return "".join(parts)
