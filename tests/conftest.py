"""Shared fixtures: where the bundled seeds and benchmark data live, a story to build
pages around, and a page's text dump."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
AEB = ROOT / "benchmarks" / "data" / "aeb"

# Every run replays the same 300 inputs per property, so a run passes or fails for the code and
# not for the draw; HYPOTHESIS_PROFILE=explore draws 3,000 fresh ones per property to look for more.
_QUIET = [HealthCheck.too_slow]
settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=_QUIET, derandomize=True)
settings.register_profile("explore", max_examples=3000, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def seed_cases() -> list[tuple[str, dict]]:
    """Each seed document with its expectations, as (text, expected) pairs."""
    cases = []
    for path in sorted(SEEDS.glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        cases.append(((SEEDS / expected["source"]).read_text(encoding="utf-8"), expected))
    return cases


@pytest.fixture(scope="session")
def aeb_truth() -> dict[str, dict[str, str]]:
    return json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))


def page_dump(html: str) -> str:
    """The page as a whole-page text dump (like ``aeb/text``): the ``<title>`` first, then
    every text node of the body on its own line, chrome and all."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title = tree.css_first("title")
    lines = [title.text()] if title else []
    for node in tree.css("head, script, style"):
        node.decompose()
    lines += tree.body.text(separator="\n").splitlines() if tree.body else []
    return "\n".join(line.strip() for line in lines if line.strip())


#: A six-paragraph news story that page-building tests wrap in markup and chrome.
STORY = [
    "The city council voted on Tuesday to expand the bus network to three new districts, a move "
    "officials said would cut commuting times for thousands of residents.",
    "The plan, which will cost an estimated 40 million dollars, includes twelve new routes and more "
    "frequent service on existing lines during rush hour.",
    "Critics argued the money would be better spent on repairing roads. The mayor said both could be "
    "done within the current budget.",
    "Construction of new stops is expected to begin in the spring, with the first routes opening by "
    "the end of next year.",
    "Residents of the northern districts, who have waited years for better service, welcomed the "
    "decision at a packed public meeting.",
    "The transit agency will publish detailed timetables in January, and riders can comment on them "
    "online until the end of February.",
]
