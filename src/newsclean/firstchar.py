"""Anchored alternations split by the character they can start with.

A line rule like "is this whole line one of a thousand chrome phrases?" is one regex
alternation, and Python's ``re`` tries every alternative in turn: most lines are prose
and fail all of them, at several microseconds a line. :class:`FirstCharIndex` reads
each alternative's possible first characters from the regex parser and compiles, for
each character, only the alternatives that can start with it. A line starting with
"t" then meets the few dozen alternatives that start with "t", in their original
order, so every match, and which named group wins it, is the same as the whole
alternation's.

Alternatives whose first character cannot be listed (``\\w``, ``.``, a negated set)
go into a regex of their own, tried only on lines that hold a string they require
(``required_literals``), or into every per-character regex when they require none.
Lines starting with a character the leading ``edge`` may skip (bullets, quotes) use the
whole alternation. The module leans on ``re``'s own parser (``re._parser``), private
but stable across CPython 3.11-3.13; ``tests/test_firstchar.py`` checks every answer
against the plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

#: What ``\\d`` and ``\\s`` match, to test a character against a first-character class.
_CATEGORIES = {sre.CATEGORY_DIGIT: re.compile(r"\d"), sre.CATEGORY_SPACE: re.compile(r"\s")}


class Starts(NamedTuple):
    """The characters a match can start with: some characters, code point ranges, ``\\d`` or ``\\s``."""

    chars: frozenset[str] = frozenset()
    ranges: tuple[tuple[int, int], ...] = ()
    categories: tuple[re.Pattern[str], ...] = ()

    def admits(self, ch: str) -> bool:
        """Whether a match may start with ``ch``."""
        return (
            ch in self.chars
            or any(low <= ord(ch) <= high for low, high in self.ranges)
            or any(c.fullmatch(ch) for c in self.categories)
        )

    def __or__(self, other: Starts) -> Starts:
        return Starts(self.chars | other.chars, self.ranges + other.ranges, self.categories + other.categories)


def split_alternatives(fragment: str) -> list[str]:
    """The top-level alternatives of a regex fragment.

    >>> split_alternatives(r"sign (?:in|up)|log[|]in|\\|x|[^]|]y")
    ['sign (?:in|up)', 'log[|]in', '\\\\|x', '[^]|]y']
    """
    parts, depth, start, i = [], 0, 0, 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            i += 1
        elif ch == "[":
            i = _class_end(fragment, i)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(fragment[start:i])
            start = i + 1
        i += 1
    parts.append(fragment[start:])
    return parts


def _class_end(fragment: str, i: int) -> int:
    """Where the character class opening at ``i`` closes (a "]" first in it is a literal)."""
    i += 1
    if fragment[i : i + 1] == "^":
        i += 1
    if fragment[i : i + 1] == "]":
        i += 1
    while i < len(fragment) and fragment[i] != "]":
        i += 2 if fragment[i] == "\\" else 1
    return i


def first_chars(pattern: str) -> Starts | None:
    """The characters a match of ``pattern`` can start with, or None when they cannot be listed.

    >>> sorted(first_chars(r"(?:sign|log) ?in|¿?hola").chars)
    ['h', 'l', 's', '¿']
    >>> first_chars(r"\\d+ comments").admits("7"), first_chars(r"\\w+ said") is None
    (True, True)
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None  # letters in either case: not worth listing
    starts, nullable = _first_of_sequence(parsed)
    return None if starts is None or nullable else starts


#: Needles shorter than this are too common to be worth a search.
_MIN_NEEDLE = 3


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when none are found.

    >>> sorted(required_literals(r"[^\\s:]+ (?:says|wrote):?"))
    [' says', ' wrote']
    >>> required_literals(r"(?:\\w+ )?newsletters?")
    frozenset({'newsletter'})
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    best: set[str] | None = None
    run = ""
    for op, av in [*parsed, (None, None)]:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        options = {run} if run else None
        if op is sre.SUBPATTERN and len(av[3]) == 1 and not av[1]:  # a group without flags
            op, av = av[3][0]
        if op is sre.BRANCH:
            leads = [_leading_literal(branch) for branch in av[1]]
            if all(leads):
                options = {run + lead for lead in leads}
        if options and all(map(_long_enough, options)) and (best is None or _rarer(options, best)):
            best = options
        run = ""
    return frozenset(best) if best else None


def _long_enough(needle: str) -> bool:
    """A needle worth searching for: three characters, or two outside ASCII ("微信", "구독")."""
    return len(needle) >= _MIN_NEEDLE or (len(needle) == _MIN_NEEDLE - 1 and not needle.isascii())


def _rarer(options: set[str], best: set[str]) -> bool:
    """Whether ``options`` is likelier to miss a line than ``best``: a longer shortest needle, or as long and fewer."""
    shortest, best_shortest = min(map(len, options)), min(map(len, best))
    return shortest > best_shortest or (shortest == best_shortest and len(options) < len(best))


_Trie = dict[str, "_Trie"]


def literal_trie(strings: Iterable[str]) -> str:
    """A regex matching any of ``strings``, written as a trie: ``re`` tries one branch per
    character instead of every string in turn (three times faster to search with).

    >>> literal_trie(["said", "says", "wrote"])
    '(?:sa(?:id|ys)|wrote)'
    """
    trie: _Trie = {}
    for text in strings:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return emit(trie)


def _leading_literal(sequence: Iterable[tuple[Any, Any]]) -> str:
    lead = ""
    for op, av in sequence:
        if op is not sre.LITERAL:
            break
        lead += chr(av)
    return lead


def _first_of_sequence(items: Iterable[tuple[Any, Any]]) -> tuple[Starts | None, bool]:
    out = Starts()
    for op, av in items:
        starts, nullable = _first_of_item(op, av)
        if starts is None:
            return None, False
        out |= starts
        if not nullable:
            return out, False
    return out, True


def _first_of_item(op: Any, av: Any) -> tuple[Starts | None, bool]:
    if op is sre.LITERAL:
        return Starts(frozenset(chr(av))), False
    if op is sre.IN:
        return _first_of_set(av), False
    if op is sre.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None, False
        return _first_of_sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op is sre.BRANCH:
        out = Starts()
        nullable = False
        for branch in av[1]:
            starts, empty = _first_of_sequence(branch)
            if starts is None:
                return None, False
            out |= starts
            nullable = nullable or empty
        return out, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, item = av
        starts, empty = _first_of_sequence(item)
        return starts, empty or low == 0
    if op is sre.AT:
        return Starts(), True  # \b, ^: zero width, the next item decides
    return None, False


def _first_of_set(members: Sequence[tuple[Any, Any]]) -> Starts | None:
    chars: set[str] = set()
    ranges: list[tuple[int, int]] = []
    categories: list[re.Pattern[str]] = []
    for op, av in members:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            ranges.append(av)
        elif op is sre.CATEGORY and av in _CATEGORIES:
            categories.append(_CATEGORIES[av])
        else:
            return None
    return Starts(frozenset(chars), tuple(ranges), tuple(categories))


def named_alternation(groups: Mapping[str, Sequence[str]]) -> str:
    """One regex of named groups, each the alternation of its fragments (never matching if empty).

    >>> named_alternation({"login": ["sign in", "log in"], "share": ["share"]})
    '(?P<login>sign in|log in)|(?P<share>share)'
    """
    return "|".join(f"(?P<{name}>{'|'.join(fragments)})" for name, fragments in groups.items() if fragments) or "(?!)"


class _Alternative(NamedTuple):
    group: str
    pattern: str
    starts: Starts | None  # None: any character
    needles: frozenset[str] | None  # None: no string is required


#: How many sets of needles found together get a regex of their own.
_NEEDLE_SETS = 512


class FirstCharIndex:
    """``edge``, then one of the named alternations, then ``tail``: matched against a line.

    ``groups`` maps group names to regex fragments, in priority order. ``match(text)``
    returns the name of the group that matches, exactly as the single regex
    ``edge(?:(?P<a>...)|(?P<b>...))tail`` would (``fullmatch`` if ``full``), or None.
    ``edge`` is a repeated character class (leading bullets and quotes to skip).

    An alternative whose first character cannot be listed ("``(?:\\w+ )?newsletter``")
    is tried only on lines holding a string it requires ("newsletter"), in one regex with
    the others whose strings the line holds; of two matches the one after the shorter
    edge, then the earlier group, wins, as in the single regex. The
    regex for a first character is compiled the first time a line starts with it, and a
    line whose first character starts no alternative meets no regex at all.

    >>> index = FirstCharIndex({"login": ["sign in|log ?in"], "share": ["share|tweet"]}, edge=r"\\W*?", full=True)
    >>> index.match("sign in"), index.match("» tweet"), index.match("the story")
    ('login', 'share', None)
    """

    def __init__(
        self, groups: Mapping[str, Sequence[str]], *, edge: str = "", tail: str = "", full: bool = False
    ) -> None:
        self._edge, self._tail, self._full = edge, tail, full
        self._edge_chars = re.compile(edge) if edge else None
        alternatives = []
        for name, fragments in groups.items():
            for fragment in fragments:
                for alt in split_alternatives(fragment):
                    try:
                        starts = first_chars(alt)
                        needles = required_literals(alt) if starts is None else None
                    except Exception:  # a parse tree this module does not know: tried on every line
                        starts, needles = None, None
                    alternatives.append(_Alternative(name, alt, starts, needles))
        self._alternatives = alternatives
        self._rank = {name: i for i, name in enumerate(groups)}
        # Which alternatives a first character admits: listed characters in a table, the
        # rest (code point ranges, \d, \s) tested when a new first character turns up.
        self._by_listed: dict[str, list[int]] = {}
        self._unlisted: list[int] = []
        for i, a in enumerate(alternatives):
            if a.starts is None:
                continue
            for ch in a.starts.chars:
                self._by_listed.setdefault(ch, []).append(i)
            if a.starts.ranges or a.starts.categories:
                self._unlisted.append(i)
        self._anywhere = [i for i, a in enumerate(alternatives) if a.starts is None and not a.needles]
        self._needled = [a for a in alternatives if a.starts is None and a.needles]
        wanted = sorted({n for a in self._needled for n in a.needles})  # type: ignore[union-attr]
        self._needles = wanted
        self._needle = re.compile(literal_trie(wanted)) if wanted else None
        self._by_needles: dict[frozenset[str], re.Pattern[str]] = {}
        self._unneedled: re.Pattern[str] | None = None  # all but the needled alternatives, compiled when first needed
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_choice: dict[tuple[int, ...], re.Pattern[str]] = {}

    @property
    def unindexed(self) -> list[str]:
        """Alternatives tried on every line: neither their first character nor a string they need is known.

        Each one costs every line a try, so a vocabulary should have none.
        """
        return [self._alternatives[i].pattern for i in self._anywhere]

    def _compile(self, alternatives: Iterable[_Alternative]) -> re.Pattern[str]:
        grouped: dict[str, list[str]] = {}
        for a in alternatives:
            grouped.setdefault(a.group, []).append(a.pattern)
        return re.compile(f"{self._edge}(?:{named_alternation(grouped)}){self._tail}")

    def _unneedled_pattern(self) -> re.Pattern[str]:
        if self._unneedled is None:
            self._unneedled = self._compile(a for a in self._alternatives if a.starts is not None or not a.needles)
        return self._unneedled

    def _pattern_for(self, ch: str) -> re.Pattern[str] | None:
        """The alternatives a line starting with ``ch`` may match (None: none may)."""
        if not ch or (self._edge_chars is not None and self._edge_chars.fullmatch(ch)):
            pattern: re.Pattern[str] | None = self._unneedled_pattern()  # the match may start after ``ch``
        else:
            admitted = {*self._by_listed.get(ch, ()), *self._anywhere}
            admitted.update(i for i in self._unlisted if self._alternatives[i].starts.admits(ch))  # type: ignore[union-attr]
            chosen = tuple(sorted(admitted))
            if not chosen:
                pattern = None
            else:
                if chosen not in self._by_choice:
                    self._by_choice[chosen] = self._compile(self._alternatives[i] for i in chosen)
                pattern = self._by_choice[chosen]
        self._by_char[ch] = pattern
        return pattern

    def match(self, text: str) -> str | None:
        """The name of the matching group, or None."""
        ch = text[:1]
        pattern = self._by_char[ch] if ch in self._by_char else self._pattern_for(ch)
        found = self._find(pattern, text) if pattern is not None else None
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
        pattern = self._compile(a for a in self._needled if a.needles & present)  # type: ignore[operator]
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
