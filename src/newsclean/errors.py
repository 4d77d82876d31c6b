"""The errors newsclean raises.

The library raises; only the command line turns errors into messages and exit codes.
Every error names what it was working on, so a failure in a corpus of a million
documents can be traced to one document and one filter::

    NewscleanError
     ├── InputError       (also a ValueError)  the input cannot be read as a document
     ├── PipelineError    (also a ValueError)  a pipeline was put together wrongly
     └── FilterError                           a filter failed on one document;
                                               the original exception is its __cause__
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base class of every error newsclean raises on purpose."""


class InputError(NewscleanError, ValueError):
    """The input is not something newsclean can turn into a document.

    >>> import newsclean
    >>> newsclean.clean(42)
    Traceback (most recent call last):
    ...
    newsclean.errors.InputError: expected str or bytes, got int
    """


class PipelineError(NewscleanError, ValueError):
    """A pipeline was built wrongly: a duplicate name, a stage out of order, a non-filter."""


class FilterError(NewscleanError):
    """A filter raised while cleaning one document.

    ``filter`` is the failing filter's name, ``doc_id`` the document's id (or None);
    the exception the filter raised is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, filter: str, doc_id: str | None = None) -> None:
        super().__init__(message)
        self.filter = filter
        self.doc_id = doc_id
