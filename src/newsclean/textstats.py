"""Cheap measurements of a line of text, shared by the rules that judge lines.

Every filter of the text stage asks the same questions of the same lines (how many
words, does it end like a sentence), so :func:`stats` answers them once per distinct
line and remembers the answer.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from .memory import remember

_WORD = re.compile(r"\w+")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
# Burmese): a run of these is many words, not one.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Full stops and question marks of scripts other than Latin: Chinese and Japanese, the
#: danda of Hindi, Marathi, Nepali and Bengali, the Arabic question mark and the Urdu full
#: stop, Armenian, Ethiopic, Burmese and Khmer stops. Unlike "." they never end an abbreviation.
SCRIPT_STOPS = "。！？｡।॥؟۔։።။។"
# A stop, closing quotes, then space and a letter or the end; "U.S." is told apart in sentence_marks.
_STOP = re.compile(rf"[.!?{SCRIPT_STOPS}][\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[^\W\d_]|\s*$)")
_TERMINAL = re.compile(rf"[.!?…{SCRIPT_STOPS}](?:[\"'”’»)\]]*)\s*$")


class LineStats(NamedTuple):
    """What the rules need to know about a line: its words, and whether it reads as sentences."""

    words: int
    ends_sentence: bool
    stops: int


def lower(text: str) -> str:
    """``text`` in lower case, Turkish "İ" as a plain "i" (``str.lower`` adds a combining dot).

    "İ" is the one character ``str.lower`` turns into two, so the result is exactly as long
    as ``text``: offsets found in it hold in ``text``.

    >>> lower("İLGİLİ HABERLER")
    'ilgili haberler'
    """
    low = text.lower()
    return low.replace("i\u0307", "i") if "\u0307" in low else low


def unspaced(text: str) -> bool:
    """Whether ``text`` holds a script written without spaces between words (Chinese, Japanese, Thai).

    >>> unspaced("市政府宣布"), unspaced("City hall")
    (True, False)
    """
    return not text.isascii() and _UNSPACED.search(text) is not None


def word_count(text: str) -> int:
    """Words in ``text``: its space-separated tokens, or in Chinese, Japanese and Thai about
    one word per two characters. A measure of size to steer by, not a tokenizer.

    >>> word_count("Japan, U.S. defense chiefs affirm cooperation")
    6
    >>> word_count("日本と米国の国防相は協力を確認した")
    9
    """
    if not unspaced(text):
        return len(text.split())  # five times faster than counting \w+ runs, and close enough to steer by
    return sum((len(t) + 1) // 2 if len(t) > 1 and _UNSPACED.search(t) else 1 for t in _WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a full stop, question or exclamation mark.

    >>> ends_sentence('He said "yes."'), ends_sentence("Most Read")
    (True, False)
    """
    return _TERMINAL.search(text, max(0, len(text) - 12)) is not None  # only the end can match


def sentence_marks(text: str) -> int:
    """How many sentence stops ``text`` holds; abbreviations like "U.S." do not count.

    >>> sentence_marks("The U.S. and Japan agreed. Talks resume Monday.")
    2
    """
    if text.isascii() and "." not in text and "!" not in text and "?" not in text:
        return 0  # most short lines: three scans in C instead of a regex search
    return sum(1 for m in _STOP.finditer(text) if _is_stop(text, m.start()))


def sentences(text: str) -> list[str]:
    """``text`` cut after each sentence stop :func:`sentence_marks` counts.

    >>> sentences("The U.S. and Japan agreed. Talks resume Monday.")
    ['The U.S. and Japan agreed.', 'Talks resume Monday.']
    """
    parts, begin = [], 0
    for m in _STOP.finditer(text):
        if _is_stop(text, m.start()):
            parts.append(text[begin : m.end()].strip())
            begin = m.end()
    rest = text[begin:].strip()
    return [*parts, rest] if rest else parts


def _is_stop(text: str, at: int) -> bool:
    """Whether the mark at ``at`` ends a sentence: a script's own stop, or a mark after two
    letters (the "." after the single letters of "U.S." does not)."""
    return text[at] in SCRIPT_STOPS or (at >= 2 and _letter(text[at - 1]) and _letter(text[at - 2]))


def _letter(ch: str) -> bool:
    """A letter, or a vowel sign or other mark that is part of a word (Hindi, Tamil, Thai)."""
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


@remember()
def stats(text: str) -> LineStats:
    """Word count, sentence ending and sentence stops of a line, computed once per line."""
    return _new_stats(LineStats, (word_count(text), ends_sentence(text), sentence_marks(text)))


_new_stats = tuple.__new__  # skips the named tuple's Python-level constructor: stats are made per line
