"""Building, composing and running pipelines; the Document they pass along."""

from __future__ import annotations

import pickle

import pytest

import newsclean
from newsclean import Document, FilterError, LineFilter, Pipeline, PipelineError, Rewrite, presets


def no_ads(line: str) -> str | None:
    return "advertisement" if line == "Advertisement" else None


def test_a_line_rule_becomes_a_filter() -> None:
    """LineFilter turns `str -> reason | None` into a filter that names each removal."""
    doc = Pipeline([LineFilter(no_ads)])("Advertisement\n\nThe story.")
    assert doc.text == "The story."
    assert doc.removals[0].filter == "no_ads"
    assert doc.steps == ("no_ads",)


def test_a_rewrite_records_its_step_only_when_it_changed_something() -> None:
    """Steps list the filters that changed the document, in order."""
    pipe = Pipeline([Rewrite(str.upper, name="upper"), Rewrite(str.strip, name="strip")])
    assert pipe("hi").steps == ("upper",)


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(PipelineError, match="no_ads"):
        Pipeline([LineFilter(no_ads), LineFilter(no_ads)])


def test_stages_must_come_in_order() -> None:
    """An html-stage filter after a text-stage one is an error that names it."""
    with pytest.raises(PipelineError, match="'html'"):
        Pipeline([LineFilter(no_ads), newsclean.ExtractHtml()])


def test_something_that_is_not_a_filter_is_refused() -> None:
    with pytest.raises(PipelineError, match="not a filter"):
        Pipeline([len])  # type: ignore[list-item]


def test_without_removes_filters_by_name() -> None:
    lenient = presets.default().without("captions", "related_lists")
    assert "captions" not in lenient.names and "related_lists" not in lenient.names
    with pytest.raises(PipelineError, match="nope"):
        lenient.without("nope")


def test_a_failing_filter_becomes_a_filter_error_naming_it_and_the_document() -> None:
    """The library raises FilterError with the filter's name and the document id, chained."""

    def explode(line: str) -> str | None:
        raise RuntimeError("boom")

    with pytest.raises(FilterError) as info:
        Pipeline([LineFilter(explode)])("some text", id="doc-7")
    assert info.value.filter == "explode"
    assert info.value.doc_id == "doc-7"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_html_without_an_html_stage_is_a_clear_error() -> None:
    with pytest.raises(FilterError, match="html-stage filter"):
        Pipeline([LineFilter(no_ads)])("<html><body><p>Hi</p></body></html>")


def test_pipe_streams_documents_in_order() -> None:
    docs = list(presets.default().pipe(["First story is here.", "Second story is here."]))
    assert [d.text for d in docs] == ["First story is here.", "Second story is here."]


def test_documents_are_immutable_and_picklable() -> None:
    """Filters return new Documents; metadata is read-only; documents cross processes."""
    doc = newsclean.clean("date 2021-03-22\n\nA story that is long enough to be kept as prose here.")
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.metadata["date"] = "x"
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_a_document_can_be_passed_in_directly() -> None:
    doc = Document(text="A story that is long enough to be kept as prose here.", id="a1")
    assert presets.default()(doc).id == "a1"


@pytest.mark.parametrize("name", sorted(presets.PRESETS))
def test_presets_survive_pickling(name: str) -> None:
    """Pipelines cross process boundaries (multiprocessing, Spark) and clean the same way there."""
    pipeline = presets.get(name)
    copy = pickle.loads(pickle.dumps(pipeline))
    page = "Sign in\n\nThe minister said on Monday that talks would resume in Geneva after weeks of pressure."
    assert copy(page).text == pipeline(page).text
