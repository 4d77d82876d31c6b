"""The public surface: what `import newsclean` offers, and how it fails."""

from __future__ import annotations

import inspect

import pytest

import newsclean


def test_all_is_sorted_and_complete() -> None:
    """Every public name is exported and every export exists; the list is sorted."""
    public = {
        name
        for name, value in vars(newsclean).items()
        if not name.startswith("_") and name != "annotations" and not inspect.ismodule(value)
    }
    assert newsclean.__all__ == sorted(newsclean.__all__)
    assert set(newsclean.__all__) - {"__version__", "presets"} == public
    assert all(hasattr(newsclean, name) for name in newsclean.__all__)


def test_clean_takes_text_html_and_bytes() -> None:
    """clean() accepts plain text, HTML and bytes, and returns a Document."""
    prose = "The minister said on Monday that talks would resume in Geneva after weeks of pressure."
    assert newsclean.clean(prose).text == prose
    assert newsclean.clean(f"<html><body><p>{prose}</p></body></html>").text == prose
    assert newsclean.clean(prose.encode("utf-8")).text == prose


def test_clean_refuses_what_is_not_text() -> None:
    with pytest.raises(newsclean.InputError, match="int"):
        newsclean.clean(42)  # type: ignore[arg-type]


def test_errors_form_a_hierarchy() -> None:
    assert issubclass(newsclean.InputError, ValueError)
    assert issubclass(newsclean.PipelineError, newsclean.NewscleanError)
    assert issubclass(newsclean.FilterError, newsclean.NewscleanError)


def test_unknown_preset_names_the_choices() -> None:
    with pytest.raises(newsclean.PipelineError, match="default"):
        newsclean.clean("x", preset="nope")


def test_a_pathological_line_costs_time_in_proportion_to_its_length() -> None:
    """Lines built to make regexes backtrack (a wall of symbols before a word, thousands of
    digits between the words of a short line) clean in well under a second: every rule is
    linear in the line. At the quadratic cost these once had, they took about a minute."""
    import time

    newsclean.clean("warm up: compile the rules")
    lines = [
        "«" * 40_000 + " x",
        "|" * 40_000 + " News",
        "1" * 40_000 + " x",
        " ".join(["1" * 3_000] * 13) + " x",
        "." * 40_000 + "1",
    ]
    for line in lines:
        start = time.perf_counter()
        newsclean.clean(line)
        assert time.perf_counter() - start < 5.0, line[:20]
