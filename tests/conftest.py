"""Shared fixtures: where the bundled seeds and benchmark data live."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
AEB = ROOT / "benchmarks" / "data" / "aeb"


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
