"""The seed documents come out as their .expected.json files say."""

from __future__ import annotations

import pytest

import newsclean
from conftest import seed_cases

CASES = seed_cases()
IDS = [expected["source"] for _, expected in CASES]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_body_is_kept_in_order(raw: str, expected: dict) -> None:
    """Every body paragraph survives, in the order it was written."""
    text = newsclean.clean(raw).text
    positions = [text.find(paragraph) for paragraph in expected["body"]]
    assert -1 not in positions, [p[:60] for p, at in zip(expected["body"], positions, strict=True) if at < 0]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_chrome_is_gone(raw: str, expected: dict) -> None:
    """No chrome line survives: a short one as a line of its own, a long one anywhere."""
    text = newsclean.clean(raw).text
    lines = {line.strip() for line in text.splitlines()}
    leaked = [c for c in expected["chrome"] if (c in text if len(c) >= 25 else c in lines)]
    assert leaked == []


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_title(raw: str, expected: dict) -> None:
    """The headline becomes the title and leaves the text."""
    doc = newsclean.clean(raw)
    assert doc.title == expected["title"]
    assert expected["title"] not in doc.text


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_chrome_kinds_are_the_removal_reasons(raw: str, expected: dict) -> None:
    """Where the seed names the kind of a chrome line, the removal says the same."""
    doc = newsclean.clean(raw)
    for kind, line in expected.get("chrome_kind", {}).items():
        assert [r.reason for r in doc.removals if r.text == line] == [kind]


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_metadata_is_captured(raw: str, expected: dict) -> None:
    """Chrome that carries information (date, section, dateline, credit) lands in metadata."""
    doc = newsclean.clean(raw)
    for key, value in expected.get("meta_should", {}).items():
        assert doc.metadata.get(key) == value, key
    for line in expected.get("chrome_kind", {}).values():
        assert line in doc.metadata.get("captions", [line])


@pytest.mark.parametrize(("raw", "expected"), CASES, ids=IDS)
def test_seed_typography_is_repaired(raw: str, expected: dict) -> None:
    """Typographic faults named by the seed are fixed, and the fault is gone."""
    text = newsclean.clean(raw).text
    for broken, fixed in expected.get("normalize", {}).items():
        assert broken not in text
        assert fixed in text
