"""Anchored alternations split by how they can open.

A line rule like "is this whole line one of a thousand chrome phrases?" is one regex
alternation, and Python's ``re`` tries every alternative in turn: most lines are prose
and fail all of them, at several microseconds a line. :class:`FirstCharIndex` reads
from the regex parser the two characters each alternative can open with (or, where
those cannot be listed, its first character) and compiles, for each opening a line
shows, only the alternatives that can start so. A line starting with "sh" then meets
the few alternatives that start with "sh", in their original order, so every match,
and which named group wins it, is the same as the whole alternation's. The few
alternatives that open many ways ("(?:share|teilen|partager) ...") are compiled once, in
a regex of their own, rather than copied into the regex of every opening: compiling is
the one-time cost of a fresh process, and it grows with what is compiled.

The leading ``edge`` (bullets and quotes to skip) is walked one character at a time,
each position meeting the alternatives its own opening admits, as the lazy edge of the
single regex tries the shortest skip first. Alternatives whose first character cannot
be listed (``\\w``, ``.``, a negated set) go into a regex of their own, tried only on
lines that hold a string they require (``required_literals``), or are tried everywhere
when they require none. ``tests/test_firstchar.py`` checks every answer against the
plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import NamedTuple

from .regexparts import (
    Starts,
    first_chars,
    leading_branches,
    literal_trie,
    named_alternation,
    openings,
    required_literals,
    split_alternatives,
)

#: How many characters of a line choose the alternatives it meets.
_OPENING = 2
#: An alternative that opens more ways than this through a leading group is split into its branches.
_SPREAD = 4
#: How many sets of needles found together get a regex of their own.
_NEEDLE_SETS = 512
#: How many openings a line showed are remembered with the regex they chose (the regexes stay).
_KEYS = 1 << 16
#: An alternative that still opens more ways than this is compiled once, in a regex of such
#: alternatives, not copied into the regex of each of its openings.
_WIDE = 8
#: What ends a run of literal characters at the start of an alternative.
_SYNTAX = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = frozenset("?*+{")
_PLAIN = rf"[^{re.escape(''.join(sorted(_SYNTAX)))}]{{{_OPENING},}}"  # plain characters, enough for an opening
#: A group of plain words, not repeated, opening an alternative: "(?:share|teilen) ...".
_PLAIN_WORDS = re.compile(rf"\(\?:((?:{_PLAIN}\|)*{_PLAIN})\)(?![?*+{{])")


class _Alternative(NamedTuple):
    group: str
    pattern: str
    openings: frozenset[str] | None  # None: not listed, see starts
    starts: Starts | None  # None: any character
    needles: frozenset[str] | None  # None: no string is required


def _edge_length(edge: str) -> int:
    """How many characters a lazy edge like ``[\\s\\W]{0,12}?`` may skip."""
    if not edge:
        return 0
    parsed = sre_parse.parse(edge)
    one_char = (sre.IN, sre.LITERAL, sre.NOT_LITERAL, sre.ANY)
    if (
        len(parsed) != 1
        or parsed[0][0] is not sre.MIN_REPEAT
        or parsed[0][1][0] != 0
        or len(parsed[0][1][2]) != 1
        or parsed[0][1][2][0][0] not in one_char
    ):
        raise ValueError(f"edge must be a lazy repeat of one character class from zero, like [\\W_]{{0,12}}?: {edge!r}")
    high: int = parsed[0][1][1]
    return high


def _spread(alternatives: list[str]) -> list[str]:
    """The alternatives, each that opens many ways through a leading group of alternatives
    written as one alternative per branch (same matches, tried in the same order), so that
    an opening meets only the branches that can open so: where that compiles less."""
    out = []
    for alt in alternatives:
        size = _compiled_size(alt)
        split = leading_branches(alt) if size > len(alt) * _SPREAD else None
        pieces = [f"(?:{branch}){split[1]}" for branch in split[0]] if split else []
        # Each piece opens one way at least: when they are as long as the whole, nothing is saved.
        if pieces and sum(map(len, pieces)) < size and sum(map(_compiled_size, pieces)) < size:
            out.extend(_spread(pieces))
        else:
            out.append(alt)
    return out


def _compiled_size(alt: str) -> int:
    """How much pattern an alternative adds to the regexes of all its openings."""
    try:
        return len(alt) * len(_openings(alt) or "?")
    except Exception:  # a parse tree the analysis does not know: indexed by other means
        return len(alt)


def _openings(alt: str) -> frozenset[str] | None:
    """:func:`openings` of one alternative (no "|" at its top level), read off its text when it
    opens with plain characters ("sign in") or a group of plain words ("(?:share|teilen) this"),
    as most do: parsing it costs a hundred times more."""
    head = alt[:_OPENING]
    if len(head) == _OPENING and _SYNTAX.isdisjoint(head) and alt[_OPENING : _OPENING + 1] not in _QUANTIFIERS:
        return frozenset((head,))
    words = _PLAIN_WORDS.match(alt)
    if words:
        return frozenset(word[:_OPENING] for word in words.group(1).split("|"))
    return openings(alt, _OPENING)


class FirstCharIndex:
    """``edge``, then one of the named alternations, then ``tail``: matched against a line.

    ``groups`` maps group names to regex fragments, in priority order. ``match(text)``
    returns the name of the group that matches, exactly as the single regex
    ``edge(?:(?P<a>...)|(?P<b>...))tail`` would (``fullmatch`` if ``full``), or None.
    ``edge`` is a lazy repeat of one character class (leading bullets and quotes to skip).

    >>> index = FirstCharIndex({"login": ["sign in|log ?in"], "share": ["share|tweet"]}, edge=r"\\W*?", full=True)
    >>> index.match("sign in"), index.match("» tweet"), index.match("the story")
    ('login', 'share', None)
    """

    def __init__(
        self, groups: Mapping[str, Sequence[str]], *, edge: str = "", tail: str = "", full: bool = False
    ) -> None:
        self._edge, self._tail, self._full = edge, tail, full
        self._edge_length = _edge_length(edge)
        self._edge_chars = re.compile(edge) if edge else None
        self._is_edge: dict[str, bool] = {}
        alternatives = []
        for name, fragments in groups.items():
            for fragment in fragments:
                for alt in _spread(split_alternatives(fragment)):
                    try:
                        opens = _openings(alt)
                        starts = first_chars(alt) if opens is None else None
                        needles = required_literals(alt) if opens is None and starts is None else None
                    except Exception:  # a parse tree this module does not know: tried on every line
                        opens, starts, needles = None, None, None
                    alternatives.append(_Alternative(name, alt, opens, starts, needles))
        self._alternatives = alternatives
        self._rank = {name: i for i, name in enumerate(groups)}
        # Which alternatives an opening admits: full openings and shorter ones (a match may
        # end there) in tables; first characters listed in a table, the rest (code point
        # ranges, \d, \s) tested when a new first character turns up.
        self._by_opening: dict[str, list[int]] = {}
        self._by_wide_opening: dict[str, list[int]] = {}  # alternatives that open many ways
        self._by_listed: dict[str, list[int]] = {}
        self._unlisted: list[int] = []
        for i, a in enumerate(alternatives):
            for opening in a.openings or ():
                wide = len(a.openings) > _WIDE and len(opening) == _OPENING  # type: ignore[arg-type]
                (self._by_wide_opening if wide else self._by_opening).setdefault(opening, []).append(i)
            if a.starts is not None:
                for ch in a.starts.chars:
                    self._by_listed.setdefault(ch, []).append(i)
                if a.starts.ranges or a.starts.categories:
                    self._unlisted.append(i)
        self._wide = sorted({i for ids in self._by_wide_opening.values() for i in ids})
        self._anywhere = [
            i for i, a in enumerate(alternatives) if a.openings is None and a.starts is None and not a.needles
        ]
        self._needled = [a for a in alternatives if a.needles]
        wanted = sorted({n for a in self._needled for n in a.needles})  # type: ignore[union-attr]
        self._needles = wanted
        self._needle = re.compile(literal_trie(wanted)) if wanted else None
        self._by_needles: dict[frozenset[str], re.Pattern[str]] = {}
        self._by_key: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        self._by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}

    @property
    def unindexed(self) -> list[str]:
        """Alternatives tried on every line: neither how they open nor a string they need is known.

        Each one costs every line a try, so a vocabulary should have none.
        """
        return [self._alternatives[i].pattern for i in self._anywhere]

    def _compile(self, alternatives: Iterable[_Alternative], edge: str = "") -> re.Pattern[str]:
        grouped: dict[str, list[str]] = {}
        for a in alternatives:
            grouped.setdefault(a.group, []).append(a.pattern)
        return re.compile(f"{edge}(?:{named_alternation(grouped)}){self._tail}")

    def _patterns_for(self, key: str) -> tuple[re.Pattern[str], ...]:
        """The regexes a match opening with ``key`` may be found by: the alternatives that
        open with both characters, and those that only the first character chooses (each
        compiled once, not copied into every opening that starts with that character)."""
        first = key[:1]
        if first not in self._by_first:
            admitted = set(self._anywhere)
            if first:
                admitted.update(self._by_opening.get(first, ()))
                admitted.update(self._by_listed.get(first, ()))
                admitted.update(i for i in self._unlisted if self._alternatives[i].starts.admits(first))  # type: ignore[union-attr]
            self._by_first[first] = self._pattern_of(admitted)
        both = wide = None
        if len(key) == _OPENING:
            both = self._pattern_of(self._by_opening.get(key, ()))
            wide = self._pattern_of(self._wide) if key in self._by_wide_opening else None
        patterns = tuple(p for p in (both, wide, self._by_first[first]) if p is not None)
        if len(self._by_key) >= _KEYS:
            self._by_key.clear()
        self._by_key[key] = patterns
        return patterns

    def _pattern_of(self, admitted: Iterable[int]) -> re.Pattern[str] | None:
        """One regex of the ``admitted`` alternatives, in their order (None if there are none)."""
        chosen = tuple(sorted(admitted))
        if not chosen:
            return None
        if chosen not in self._by_choice:
            self._by_choice[chosen] = self._compile(self._alternatives[i] for i in chosen)
        return self._by_choice[chosen]

    def _skips(self, ch: str) -> bool:
        """Whether the edge may skip ``ch``."""
        if ch not in self._is_edge:
            self._is_edge[ch] = self._edge_chars is not None and self._edge_chars.fullmatch(ch) is not None
        return self._is_edge[ch]

    def match(self, text: str) -> str | None:
        """The name of the matching group, or None."""
        found = None
        by_key, last = self._by_key, min(len(text), self._edge_length)
        at = 0
        while True:  # the shortest skip over the edge first, as the lazy edge tries
            key = text[at : at + _OPENING]
            for pattern in by_key[key] if key in by_key else self._patterns_for(key):
                m = pattern.fullmatch(text, at) if self._full else pattern.match(text, at)
                if m is not None:
                    group: str = m.lastgroup  # type: ignore[assignment]
                    if found is None or self._rank[group] < found[1]:  # the earlier group, as in one regex
                        found = (at, self._rank[group], group)
            if found is not None:
                break
            if at >= last or not self._skips(text[at]):
                break
            at += 1
        if self._needle is not None and self._needle.search(text) is not None:
            present = frozenset(n for n in self._needles if n in text)
            needled = self._by_needles.get(present) or self._needled_for(present)
            other = self._find(needled, text)
            if other is not None and (found is None or other < found):
                found = other
        return found[2] if found else None

    def _needled_for(self, present: frozenset[str]) -> re.Pattern[str]:
        """The needled alternatives a line holding the ``present`` needles may match.

        Past ``_NEEDLE_SETS`` sets (odd lines can hold any mix of needles) every needled
        alternative is tried: the same answer, since those whose needles are absent fail.
        """
        if len(self._by_needles) >= _NEEDLE_SETS:
            present = frozenset(self._needles)
            if present in self._by_needles:
                return self._by_needles[present]
        pattern = self._compile((a for a in self._needled if a.needles & present), self._edge)  # type: ignore[operator]
        self._by_needles[present] = pattern
        return pattern

    def _find(self, pattern: re.Pattern[str], text: str) -> tuple[int, int, str] | None:
        """Where the match starts after the edge, its group's rank and name: the single regex
        prefers the shortest edge, then the earliest group, and so do comparisons of these."""
        m = pattern.fullmatch(text) if self._full else pattern.match(text)
        if m is None:
            return None
        group: str = m.lastgroup  # type: ignore[assignment]
        return m.start(group), self._rank[group], group
