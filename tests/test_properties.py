"""Properties of cleaning that hold for any input, written as usage examples."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import assume, example, given

import newsclean
from newsclean import Normalize, Pipeline, Repair
from newsclean.blocks import split_blocks
from newsclean.sources import looks_like_html
from strategies import any_text, html_pages, page_dumps

WORD = re.compile(r"\w+")

rewrites = Pipeline([Repair(), Normalize()])


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


@given(any_text())
def test_clean_never_raises_on_any_string(text: str) -> None:
    """Whatever string comes in, clean() returns a Document with text and title."""
    doc = newsclean.clean(text)
    assert isinstance(doc.text, str)
    assert doc.title is None or isinstance(doc.title, str)


@given(any_text())
def test_cleaning_never_adds_words(text: str) -> None:
    """Every word of the output was in the input, once encoding and whitespace are repaired.
    (A string that reads as HTML is a page: test_html_extraction_never_raises_and_never_invents_text.)"""
    assume(not looks_like_html(text))
    out = newsclean.clean(text).text
    assert not words(out) - words(rewrites(text).text)


@given(page_dumps())
def test_cleaning_keeps_the_order_of_what_it_keeps(text: str) -> None:
    """Kept lines come out in the order they went in."""
    doc = newsclean.clean(text)
    starts = [block.start for block in doc.blocks]
    assert starts == sorted(starts)
    source_lines = [b.text for b in split_blocks(text)]
    position = 0
    for line in doc.text.splitlines():
        if line:
            position = source_lines.index(line, position) + 1


@given(any_text())
# a line of symbols under a wrapped line ("。" on a line of its own) was kept as part of its
# paragraph, then dropped alone once the paragraph's other line had gone
@example(
    "0000000000000000000000㐀。\r関連記事\r000000000000000000000000000000\u0ba00\u0e5c0\u0e5c⛄\u2d68㐀\r。\r0000㐀0。"
)
def test_cleaning_is_idempotent(text: str) -> None:
    """Cleaning a cleaned text changes nothing: clean(clean(x).text).text == clean(x).text,
    hard-wrapped and Markdown dumps included."""
    once = newsclean.clean(text).text
    assert newsclean.clean(once).text == once


@given(any_text())
def test_removals_and_output_account_for_every_input_line(text: str) -> None:
    """Each line of a plain text is either kept or named in a Removal, at the place it stood.

    (A string that starts with a tag, like "<P>", is read as HTML, whose lines are markup.)
    """
    assume(not looks_like_html(text))
    doc = newsclean.clean(text)
    placed = sorted([b.start for b in doc.blocks] + [r.start for r in doc.removals if r.start is not None])
    assert placed == [b.start for b in split_blocks(text)]


@given(page_dumps())
def test_removals_rebuild_the_input(text: str) -> None:
    """On clean ASCII dumps (nothing to repair), kept lines and removals rebuild the input exactly."""
    doc = newsclean.clean(text)
    assert newsclean.rebuild(doc) == [b.text for b in split_blocks(text)]


@given(any_text())
def test_every_removal_names_its_filter_and_reason(text: str) -> None:
    """Nothing disappears without a name and a reason."""
    names = set(newsclean.presets.default().names)
    for removal in newsclean.clean(text).removals:
        assert removal.filter in names
        assert re.fullmatch(r"[a-z][a-z_]*", removal.reason)


@given(html_pages())
def test_html_extraction_never_raises_and_never_invents_text(case: tuple[str, list[str]]) -> None:
    """From any page, extraction returns only words that the page holds."""
    html, pieces = case
    doc = newsclean.clean(html)
    assert not words(doc.text) - words(" ".join(pieces))
