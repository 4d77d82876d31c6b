"""The character scan behind repair and normalization: its shortcuts give the same answers
as asking the text directly."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given

from newsclean.charscan import _NFC_STABLE_RANGES, ascii_controls, beyond_ascii, may_change_under_nfc, non_ascii
from strategies import any_unicode


@given(any_unicode())
def test_the_residue_is_the_text_without_its_ascii(text: str) -> None:
    """``beyond_ascii`` keeps exactly the non-ASCII characters, in order."""
    assert beyond_ascii(text) == "".join(ch for ch in text if ord(ch) > 127)
    assert non_ascii(text) == {ch for ch in text if ord(ch) > 127}


@given(any_unicode())
def test_ascii_controls_are_found_wherever_they_are(text: str) -> None:
    """Every ASCII control character but the line feed is reported, and nothing else."""
    assert ascii_controls(text) == {ch for ch in text if (ord(ch) < 32 or ord(ch) == 127) and ch != "\n"}


@given(any_unicode())
def test_the_nfc_shortcut_never_hides_a_change(text: str) -> None:
    """Text the shortcut calls stable really is NFC."""
    if not may_change_under_nfc(text):
        assert unicodedata.is_normalized("NFC", text)


def test_stable_blocks_hold_nothing_nfc_changes_or_composes() -> None:
    """Checked against the running Python's Unicode database, so a new Unicode version that
    adds a combining or composing character to one of these blocks fails here first."""
    seconds = set()
    for cp in range(sys.maxunicode + 1):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<") and len(decomposition.split()) == 2:
            seconds.add(int(decomposition.split()[1], 16))
    seconds.update(range(0x1161, 0x1176))  # Hangul vowels and trailing consonants compose by algorithm
    seconds.update(range(0x11A8, 0x11C3))
    for lo, hi in _NFC_STABLE_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            assert unicodedata.normalize("NFC", ch) == ch, hex(cp)
            assert unicodedata.combining(ch) == 0, hex(cp)
            assert cp not in seconds, hex(cp)
