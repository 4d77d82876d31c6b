"""The HTML stage: the only module that touches the HTML parser (selectolax, Lexbor).

One parse per page, then one walk over it that

- skips what readers never see (scripts, styles, forms' controls, media);
- prunes chrome subtrees by their markup (``nav``, ``aside``, ARIA roles, hidden
  elements, class and id words such as *share*, *related*, *comments*), each recorded as
  a Removal with its reason, but never a subtree that holds the article's main text;
- emits the rest as blocks laid out like a whole-page text dump (``layout.py``: a blank
  line between paragraphs and at "<br><br>", a line break between list items and divs),
  each with the kind of element it came from and the share of its text inside links.

The text stage then finds the article in those blocks, with the same rules it applies to
text dumps. What the page says about itself (title, date, author, site, language,
canonical address) is read from its ``<head>`` and JSON-LD by ``pagemeta.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .blocks import Block
from .document import Document, Removal
from .jsonldbody import body_paragraphs, supersedes
from .layout import Layout
from .markup import INVISIBLE, prune_reason
from .nesting import cap_nesting
from .pagemeta import PageFacts, article_object, page_metadata, with_visible
from .pipeline import Stage
from .textstats import stats

#: Paragraphs shorter than this do not count when looking for the article's container.
MIN_PARAGRAPH_CHARS = 25


def _protected(tree: LexborHTMLParser) -> set[int]:
    """The elements that hold the article's main text, and all their ancestors.

    The main text sits in the element whose paragraphs hold the most text (their parent
    scores each paragraph's length, their grandparent half of it), or in an element
    marked as the article body.
    """
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in tree.css("p"):
        size = len(p.text(strip=True))
        parent = p.parent
        if size < MIN_PARAGRAPH_CHARS or parent is None:
            continue
        for node, weight in ((parent, 1.0), (parent.parent, 0.5)):
            if node is not None:
                scores[node.mem_id] = scores.get(node.mem_id, 0.0) + size * weight
                nodes[node.mem_id] = node
    anchors = [nodes[max(scores, key=scores.__getitem__)]] if scores else []
    anchors += tree.css('[itemprop="articleBody"], [itemprop="articlebody"]')
    protected: set[int] = set()
    for node in anchors:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in protected:
            protected.add(current.mem_id)
            current = current.parent
    return protected


def _between_paragraphs(node: LexborNode) -> bool:
    """Whether an element stands between two paragraphs of prose, as a box set into a story
    does (a sidebar of the page stands beside the story's column, not inside its text); a
    box alone in its wrapper (``<div class="inline"><aside>``) stands where the wrapper does."""
    prev, after = _element_sibling(node, "prev"), _element_sibling(node, "next")
    while prev is None and after is None and node.parent is not None and node.parent.tag in _WRAPPERS:
        node = node.parent
        prev, after = _element_sibling(node, "prev"), _element_sibling(node, "next")
    return prev is not None and after is not None and _paragraph(prev) and _paragraph(after)


#: Elements that may wrap a box set into a story.
_WRAPPERS = frozenset({"div", "section", "figure"})


#: What a paragraph written as a <div> may hold besides its text.
_INLINE = frozenset(
    {"-text", "-comment", "a", "b", "strong", "i", "em", "span", "br", "sup", "sub", "mark", "q", "cite"}
)


def _paragraph(node: LexborNode) -> bool:
    """A paragraph of prose: a <p>, or a <div> of text and inline markup only (as block
    editors write paragraphs), long enough to count."""
    if node.tag != "p":
        if node.tag != "div":
            return False
        child = node.child
        while child is not None:
            if child.tag not in _INLINE:
                return False
            child = child.next
    return len(node.text(strip=True)) >= MIN_PARAGRAPH_CHARS


def _element_sibling(node: LexborNode, side: str) -> LexborNode | None:
    """The nearest sibling on ``side`` ("prev" or "next") that is not blank text or a comment."""
    sibling: LexborNode | None = node.prev if side == "prev" else node.next
    while sibling is not None and (
        sibling.tag == "-comment" or (sibling.tag == "-text" and not (sibling.text_content or "").strip())
    ):
        sibling = sibling.prev if side == "prev" else sibling.next
    return sibling


@dataclass
class _Marked:
    """An element whose markup says chrome, and the blocks it turned out to hold."""

    reason: str
    first: int
    last: int = -1


#: Invisible elements that are common or hold much text are cut out in one pass before the
#: walk; the walk skips the rest as it meets them.
_STRIPPED = ["script", "style", "noscript", "template", "svg"]

#: A chrome-marked element with less than this share of the page's text is pruned at once;
#: a bigger one may be a layout wrapper around the article, and is decided after the walk.
EAGER_SHARE = 0.3


#: A removal found by the walk: the index of the block it stood before, its reason, its text.
_Pruned = tuple[int, str, str]


def _walk(root: LexborNode, protected: set[int], title: str) -> tuple[list[Block], list[_Marked], list[_Pruned]]:
    """Lay the page out as blocks, pruning chrome-marked subtrees on the way.

    A marked subtree that holds little of the page's text is skipped and recorded as a
    Removal; a big one is walked and noted, to be judged by ``_prune`` once it is known
    how much of the page's prose it holds. The walk follows child, next and parent links:
    no recursion, so any depth of nesting works.
    """
    layout = Layout()
    if title:  # the page's title opens the dump, as in a browser's text dump
        layout.add(Block(title, 0, 0, "title"), new_paragraph=False)
        layout.pending = 2
    marked: list[_Marked] = []
    removals: list[_Pruned] = []
    page_chars = len(root.text(deep=True)) or 1
    tags: list[str] = []
    marks: list[_Marked | None] = []
    add_text, open_element, close_element = layout.text, layout.open, layout.close  # the hot loop's calls
    node = root.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            add_text(node.text_content or "")
        else:
            if tag == "img":
                layout.saw_image()
            elif tag and tag[0] != "-" and tag not in INVISIBLE:
                mem_id = node.mem_id
                reason = None if mem_id in protected else prune_reason(tag, node.attributes)
                if reason == "sidebar" and _between_paragraphs(node):
                    reason = "inset"  # a box inside the story (facts, a pull quote, links): the story goes on after it
                mark = None
                if reason:
                    text = node.text(deep=True, separator=" ")
                    if len(text) < EAGER_SHARE * page_chars:
                        layout.flush(1)
                        text = " ".join(text.split())
                        if text:
                            removals.append((len(layout.blocks), reason, text))
                        tag = ""
                    else:
                        layout.flush(1)
                        mark = _Marked(reason, len(layout.blocks))
                        marked.append(mark)
                if tag:
                    open_element(tag, mem_id)
                    child = node.child
                    if child is not None:
                        tags.append(tag)
                        marks.append(mark)
                        node = child
                        continue
                    close_element(tag)
                    if mark is not None:
                        mark.last = len(layout.blocks)
        while node is not None:  # on to the next sibling, closing the elements we leave
            following = node.next
            if following is not None:
                node = following
                break
            if not tags:
                node = None
                break
            node = node.parent
            close_element(tags.pop())
            done = marks.pop()
            if done is not None:
                done.last = len(layout.blocks)
    layout.flush(2)
    return layout.blocks, marked, removals


#: Chrome that stays chrome even when it holds most of the page's prose (long comment threads).
ALWAYS_CHROME = frozenset({"comment_thread", "related_list"})
#: A marked element holding this share of the page's prose is a layout wrapper, not chrome.
WRAPPER_SHARE = 0.6


def _prune(blocks: list[Block], marked: list[_Marked]) -> tuple[list[bool], list[_Pruned]]:
    """Which blocks to keep: not those of big chrome-marked elements, unless they wrap most of the prose."""
    keep = [True] * len(blocks)
    if not marked:
        return keep, []
    prose = [len(b.text) if _is_prose(b.text) else 0 for b in blocks]
    total = sum(prose) or 1
    pruned: list[_Pruned] = []
    for mark in marked:  # outer elements come first: an inner mark inside a pruned outer one adds nothing
        if mark.reason not in ALWAYS_CHROME and sum(prose[mark.first : mark.last]) >= WRAPPER_SHARE * total:
            continue
        texts = [blocks[i].text for i in range(mark.first, mark.last) if keep[i]]
        for i in range(mark.first, mark.last):
            keep[i] = False
        if texts:
            pruned.append((mark.first, mark.reason, "\n".join(texts)))
    return keep, pruned


def _placed(blocks: list[Block], keep: list[bool], pruned: list[_Pruned]) -> tuple[list[Block], list[Removal]]:
    """The kept blocks with their offsets, and each removal placed where it stood among them.

    A removal's ``start`` is the offset of the first kept block after it (or the end of
    the text), so the text stage sees pruned chrome between the lines it separated.
    """
    kept_before = [0] * (len(blocks) + 1)
    for i, k in enumerate(keep):
        kept_before[i + 1] = kept_before[i] + k
    kept = blocks if all(keep) else _with_starts([b for b, k in zip(blocks, keep, strict=True) if k])
    ends = [b.start for b in kept]
    end = kept[-1].start + len(kept[-1].text) + 2 if kept else 0
    removals = [
        Removal("html", reason, text, ends[kept_before[index]] if kept_before[index] < len(ends) else end)
        for index, reason, text in sorted(pruned, key=lambda p: p[0])
    ]
    return kept, removals


#: The group of the paragraphs taken from a page's JSON-LD: one container, not plain text (-1).
JSON_LD_GROUP = 0


def _with_article(
    blocks: list[Block], keep: list[bool], pruned: list[_Pruned], body: list[str]
) -> tuple[list[Block], list[bool]]:
    """The page's blocks with what it shows replaced by its JSON-LD article (``jsonldbody.py``).

    The page's title stays; the rest it showed is recorded in ``pruned`` as one removal.
    """
    shown = [i for i, k in enumerate(keep) if k and blocks[i].kind != "title"]
    if shown:
        pruned.append((shown[0], "json_ld_article", "\n".join(blocks[i].text for i in shown)))
        for i in shown:
            keep[i] = False
    para = blocks[-1].para + 1 if blocks else 0
    paragraphs = [Block(text, 0, para + n, "text", 0.0, JSON_LD_GROUP) for n, text in enumerate(body)]
    return _with_starts([*blocks, *paragraphs]), keep + [True] * len(body)


def _is_prose(text: str) -> bool:
    words, ends, stops = stats(text)
    return words >= 10 and (ends or stops > 0)


def _with_starts(blocks: list[Block]) -> list[Block]:
    """Give each block its offset in the text the blocks join into."""
    out, pos, last = [], 0, None
    for block in blocks:
        if last is not None:
            pos += 1 if block.para == last else 2
        out.append(block.moved(pos))
        pos += len(block.text)
        last = block.para
    return out


def _facts(tree: LexborHTMLParser) -> PageFacts:
    """The strings a page says about itself, for pagemeta.py."""
    meta: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = content
    title = tree.css_first("title")
    canonical = tree.css_first('link[rel="canonical"]')
    html = tree.css_first("html")
    h1 = tree.css_first("h1")
    return PageFacts(
        title=title.text(strip=True) if title is not None else "",
        h1=" ".join(h1.text(separator=" ").split()) if h1 is not None else "",
        meta=meta,
        jsonld=[n.text() for n in tree.css('script[type="application/ld+json"]')],
        lang=(html.attributes.get("lang") or "") if html is not None else "",
        canonical=(canonical.attributes.get("href") or "") if canonical is not None else "",
    )


#: Where a page shows its publication time and its author, for pages whose head and JSON-LD
#: say nothing: one query for both, since each query walks the whole page (~0.1 ms).
_VISIBLE = (
    '[itemprop="datePublished"], article time, time[pubdate], '
    'a[rel="author"], [itemprop="author"], [class~="byline"], [class~="article-byline"], [class~="author"]'
)


def _visible(tree: LexborHTMLParser) -> tuple[str, str]:
    """The first visible publication time and byline in the page's order, or empty strings."""
    time = byline = ""
    for node in tree.css(_VISIBLE):
        attrs = node.attributes
        if node.tag == "time" or attrs.get("itemprop") == "datePublished":
            time = time or attrs.get("datetime") or attrs.get("content") or node.text()
        else:
            byline = byline or node.text(separator=" ")
        if time and byline:
            break
    return time, byline


def extract(html: str) -> tuple[list[Block], list[Removal], dict[str, object]]:
    """Parse ``html`` once; return its blocks, the pruned chrome, and page metadata.

    >>> blocks, removals, meta = extract("<title>T</title><nav>Home</nav><p>One <a>link</a>.</p>")
    >>> [(b.text, b.kind, round(b.links, 2)) for b in blocks], [(r.reason, r.text) for r in removals]
    ([('T', 'title', 0.0), ('One link.', 'text', 0.44)], [('navigation', 'Home')])
    """
    tree = LexborHTMLParser(cap_nesting(html))
    facts = _facts(tree)
    article = article_object(facts.jsonld) if facts.jsonld else {}
    tree.strip_tags(_STRIPPED, recursive=True)
    root = tree.body or tree.root
    if root is None:
        return [], [], page_metadata(facts, article)
    blocks, marked, early = _walk(root, _protected(tree), " ".join(facts.title.split()))
    keep, late = _prune(blocks, marked)
    body = body_paragraphs(article) if article else []
    if body and supersedes(
        body, sum(len(b.text) for b, k in zip(blocks, keep, strict=True) if k and _is_prose(b.text))
    ):
        blocks, keep = _with_article(blocks, keep, late, body)
    kept, removals = _placed(blocks, keep, early + late)
    meta = page_metadata(facts, article)
    if "date" not in meta or "author" not in meta:
        meta = with_visible(meta, *_visible(tree))
    return kept, removals, meta


class ExtractHtml:
    """The HTML stage: a page becomes blocks, its chrome subtrees removals, its head metadata.

    >>> doc = ExtractHtml()(Document(html="<nav>Menu</nav><p>The story.</p>"))
    >>> doc.text, doc.removals[0].reason
    ('The story.', 'navigation')
    """

    stage: Stage = "html"

    def __init__(self, *, name: str = "html") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        if doc.html is None:
            return doc
        blocks, removals, meta = extract(doc.html)
        title = meta.pop("title", None)
        return doc.edited(
            self.name,
            html=None,
            blocks=blocks,
            removals=(*doc.removals, *removals),
            metadata=meta,
            title=doc.title or (title if isinstance(title, str) else None),
        )

    def __repr__(self) -> str:
        return "ExtractHtml()"
