"""The HTML stage: the only module that touches the HTML parser (selectolax, Lexbor).

For now a page is turned into a whole-page text dump, one line per block element, with
the page's ``<title>`` on the first line, the way scraped dumps look; the text stage
then finds the article in it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .document import Document
from .pipeline import Stage

_INVISIBLE_TAGS = "script, style, noscript, template, svg, iframe, object, embed, head, select, button"
_BLOCK_TAGS = (
    "p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, br, tr, td, th, article, section, header, footer, nav, aside,"
    " blockquote, pre, figure, figcaption, main, form, table, dl, dt, dd, hr, address, details, summary, caption"
)


def page_text(html: str) -> str:
    """A whole-page text dump of ``html``: the title line, then one line per block.

    >>> page_text("<title>T</title><p>One <b>bold</b> line.</p><div>Two</div>")
    'T\\nOne bold line.\\nTwo'
    """
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else ""
    for node in tree.css(_INVISIBLE_TAGS):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return title
    for node in root.css(_BLOCK_TAGS):
        node.insert_before("\n")
        node.insert_after("\n")
    body = root.text(deep=True, separator="")
    lines = [line.strip() for line in body.splitlines()]
    return "\n".join(line for line in [title, *lines] if line)


class HtmlToText:
    """Turn a page into a whole-page text dump for the text stage (``html`` stage).

    >>> HtmlToText()(Document(html="<p>Hello.</p>")).text
    'Hello.'
    """

    stage: Stage = "html"

    def __init__(self, *, name: str = "html") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        if doc.html is None:
            return doc
        return doc.edited(self.name, html=None, text=page_text(doc.html))

    def __repr__(self) -> str:
        return "HtmlToText()"
