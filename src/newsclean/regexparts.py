"""What a regex can start with and what it must contain, read from ``re``'s own parser.

Big alternations of chrome phrases are run faster when each line meets only the
alternatives that can match it (:mod:`newsclean.firstchar`): these functions say which
characters, or which two-character openings, an alternative can start with, and which
strings every match of it holds. Every answer errs on the side of "may match": an
alternative the analysis cannot read is simply tried on more lines. The module leans on
``re._parser``, private but stable across CPython 3.11-3.13.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
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


#: An escape, a character class, or a character that opens, closes or splits groups.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]?|[()|]", re.DOTALL)
_GROUPING = frozenset("()|")


def _syntax(fragment: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a regex fragment that open, close or split groups ("(", ")", "|"),
    not escaped or inside a class: each with its offset and how deep in groups it stands
    (a bracket counts itself)."""
    depth = 0
    for m in _TOKEN.finditer(fragment):
        ch = m.group()
        if ch in _GROUPING:  # not an escape or a class
            depth += (ch == "(") - (ch == ")")
            yield m.start(), ch, depth + (ch == ")")


def split_alternatives(fragment: str) -> list[str]:
    """The top-level alternatives of a regex fragment.

    >>> split_alternatives(r"sign (?:in|up)|log[|]in|\\|x|[^]|]y")
    ['sign (?:in|up)', 'log[|]in', '\\\\|x', '[^]|]y']
    """
    parts, start = [], 0
    for i, ch, depth in _syntax(fragment):
        if ch == "|" and depth == 0:
            parts.append(fragment[start:i])
            start = i + 1
    parts.append(fragment[start:])
    return parts


def leading_branches(fragment: str) -> tuple[list[str], str] | None:
    """``(?:a|b)rest`` as its group's alternatives and the rest, when the fragment opens with
    a plain group that is not repeated: ``(?:a|b)rest`` matches as ``(?:a)rest|(?:b)rest`` does.

    >>> leading_branches(r"(?:share|tweet) (?:this|it)")
    (['share', 'tweet'], ' (?:this|it)')
    >>> leading_branches(r"(?:(?:share|tweet) it)!")
    (['share', 'tweet'], ' it!')
    >>> leading_branches(r"(?:share|tweet)? this"), leading_branches(r"share|tweet")
    (None, None)
    """
    if not fragment.startswith("(?:"):
        return None
    close = next((i for i, ch, depth in _syntax(fragment) if ch == ")" and depth == 1), None)
    if close is None:
        return None
    rest = fragment[close + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return None
    branches = split_alternatives(fragment[3:close])
    if len(branches) == 1:  # (?:(?:a|b)c)rest is (?:a|b)crest
        inner = leading_branches(branches[0])
        return (inner[0], inner[1] + rest) if inner else None
    return branches, rest


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


#: How many openings an alternative may have before it is indexed by its first character alone.
_MAX_OPENINGS = 256


@lru_cache(maxsize=4096)  # the index reads each alternative more than once while it builds itself
def openings(pattern: str, size: int = 2) -> frozenset[str] | None:
    """The strings of ``size`` characters a match of ``pattern`` can start with, or None.

    A shorter string means a match can go on from there with anything (it may end there,
    or what comes next cannot be listed: ``\\d``, ``.``). None when not even the first
    character can be listed, or there are too many openings.

    >>> sorted(openings(r"sh(?:are|ow)|¿?hola|[xy]z"))
    ['ho', 'sh', 'xz', 'yz', '¿h']
    >>> sorted(openings(r"\\b(?:a|in)\\b")), sorted(openings(r"©.{0,9}")), openings(r"\\d+ comments")
    (['a', 'in'], ['©'], None)
    """
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _openings_of_sequence(parsed, {""}, size)
    if found is None:
        return None
    # An opening cut short by what cannot be listed was padded to a full one (see _unlisted); unpad it.
    heads = frozenset(h.rstrip(_PAD) if len(h) > size else h for h in found)
    return None if "" in heads else heads  # an empty opening admits every line: say so


#: Pads an opening cut short by an item that cannot be listed, so nothing more is added to it.
_PAD = "\x00"


def _unlisted(heads: set[str], size: int) -> set[str]:
    """Openings that an item which cannot be listed cuts short: any continuation may follow."""
    return {h + _PAD * (size + 1 - len(h)) for h in heads}


def _openings_of_sequence(items: Iterable[tuple[Any, Any]], heads: set[str], size: int) -> set[str] | None:
    for op, av in items:
        growing = {h for h in heads if len(h) < size}
        if not growing:
            break
        grown = _openings_of_item(op, av, growing, size)
        if grown is None:
            return None
        heads = (heads - growing) | grown
        if len(heads) > _MAX_OPENINGS:
            return None
    return heads


def _openings_of_item(op: Any, av: Any, heads: set[str], size: int) -> set[str] | None:
    if op is sre.LITERAL:
        return {h + chr(av) for h in heads}
    if op is sre.IN:
        if not all(member_op is sre.LITERAL for member_op, _ in av):
            return _unlisted(heads, size)
        return {h + chr(c) for h in heads for _, c in av}
    if op is sre.SUBPATTERN:
        return _unlisted(heads, size) if av[1] & re.IGNORECASE else _openings_of_sequence(av[3], heads, size)
    if op is sre.ATOMIC_GROUP:
        return _openings_of_sequence(av, heads, size)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            grown = _openings_of_sequence(branch, heads, size)
            if grown is None:
                return None
            out |= grown
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = av
        if low > size + 1:
            return _unlisted(heads, size)
        out, current, done = set(), set(heads), 0
        while True:  # every count of repeats up to the one past which all openings are full
            if done >= low:
                out |= current
            out |= {h for h in current if len(h) >= size}
            current = {h for h in current if len(h) < size}
            if not current or done == high or done > size:
                return out
            grown = _openings_of_sequence(item, current, size)
            if grown is None:
                return None
            current, done = grown, done + 1
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return heads  # zero width: listing what may follow only admits more lines
    return _unlisted(heads, size)


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
