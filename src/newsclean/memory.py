"""What newsclean remembers about lines it has seen, and how to make it forget.

Pages of one site repeat their chrome and their layout ("Share", "Read more", a menu of
sections), and every filter of the text stage asks its questions of the same lines, so
the answers that depend on a line alone are remembered: :func:`remember` wraps such a
function in an LRU cache and records it, and :func:`forget` clears them all (what
:func:`newsclean.clear_caches` does, so that benchmarks can measure a cold start).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import TypeVar

T = TypeVar("T")

_REMEMBERED: list[_lru_cache_wrapper[object]] = []


def remember(maxsize: int = 1 << 16) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """Decorate a function of a line (or of a word) whose answers are worth keeping.

    >>> @remember(maxsize=8)
    ... def shout(line):
    ...     return line.upper()
    >>> shout("share"), shout.cache_info().currsize
    ('SHARE', 1)
    >>> forget(); shout.cache_info().currsize
    0
    """

    def wrap(fn: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(fn)
        _REMEMBERED.append(cached)
        return cached

    return wrap


def forget() -> None:
    """Clear every remembered answer."""
    for cached in _REMEMBERED:
        cached.cache_clear()
