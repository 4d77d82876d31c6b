"""Normalization: what each rewrite changes, that it is idempotent, and that it never raises."""

from __future__ import annotations

import pytest
from hypothesis import given

from newsclean import Block, Document, Normalize
from newsclean.normalize import normalize_line, normalize_text
from strategies import any_unicode

GOLDEN = [
    ("Tokyo\u00a0 \u3000Japan", "Tokyo Japan", "every Unicode space becomes one plain space"),
    ("zero\u200bwidth", "zerowidth", "zero-width space removed"),
    ("\ufeffBOM at the start", "BOM at the start", "byte-order mark removed"),
    ("Nach\u00adrichten", "Nachrichten", "soft hyphen joins the word"),
    ("\u200eleft\u200f-to-right marks", "left-to-right marks", "stray bidi marks removed"),
    ("\U0001f469\u200d\U0001f4bb", "\U0001f469\u200d\U0001f4bb", "ZWJ kept: emoji sequences need it"),
    (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
        "ZWNJ kept: Persian needs it",
    ),
    ("Beijing\u2018s rise", "Beijing\u2019s rise", "left quote misused as apostrophe"),
    ("\u2018quoted\u2019", "\u2018quoted\u2019", "a real opening quote stays"),
    ("it\\u2019s", "it\u2019s", "literal \\u escapes"),
    ("R&amp;amp;D", "R&D", "double-escaped entities"),
    ("Cafe\u0301", "Caf\u00e9", "NFC composes"),
    ("10\u00b3 m\u00b2", "10\u00b3 m\u00b2", "never NFKC: superscripts stay"),
    ("tabs\tand  spaces  ", "tabs and spaces", "tabs and runs of spaces collapse, ends trimmed"),
    ("control\x07chars", "controlchars", "ASCII control characters removed"),
]


@pytest.mark.parametrize(("before", "after", "why"), GOLDEN, ids=[g[2] for g in GOLDEN])
def test_normalization_golden(before: str, after: str, why: str) -> None:
    assert normalize_line(before) == after, why


def test_ascii_punctuation_is_an_option_and_off_by_default() -> None:
    text = "\u201cIt\u2019s here\u201d \u2014 she said"
    assert Normalize()(Document(text=text)).text == text
    assert Normalize(ascii_punctuation=True)(Document(text=text)).text == '"It\'s here" - she said'


def test_line_breaks_and_blank_lines_are_normalized_by_the_block_layout() -> None:
    doc = Normalize()(Document(text="One\r\nTwo\r\n\r\n\r\n\r\nThree"))
    assert doc.text == "One\nTwo\n\nThree"


@given(any_unicode())
def test_normalization_is_idempotent(text: str) -> None:
    """Normalizing normalized text changes nothing."""
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(any_unicode())
def test_normalization_never_raises(text: str) -> None:
    """Nothing in the Unicode range, lone surrogates included, makes normalization raise."""
    assert isinstance(normalize_text(text), str)
    assert isinstance(Normalize()(Document(text=text)).text, str)


def test_a_block_normalized_to_nothing_is_removed_and_shifts_nothing() -> None:
    """Extractors can emit a block of spaces; it goes as blank, and every other block keeps its own text."""
    blocks = (Block("   ", 0, 0), Block("Headline\u00a0here", 4, 0), Block("The body\u200b of the article.", 18, 1))
    doc = Normalize()(Document(blocks=blocks))
    assert doc.text == "Headline here\n\nThe body of the article."
    assert [(r.reason, r.text) for r in doc.removals] == [("blank", "   ")]
