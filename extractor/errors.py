"""The extractor's errors: one base class, and the error for an article that cannot be read."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class of the errors raised by the extractor."""


class ArticleError(ExtractorError, ValueError):
    """An article file (or one line of it) cannot be read.

    `str()` names the file, the line when there is one, and the problem:
    ``tests/data/bad.jsonl:3: malformed JSON: Expecting ',' delimiter (line 3, column 12)``.
    """

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        super().__init__(self.path, reason, line)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"

    def __reduce__(self):  # keep the keyword-only `line` when pickled (multiprocessing)
        return (_rebuild_article_error, (self.path, self.reason, self.line))


def _rebuild_article_error(path: str, reason: str, line: int | None) -> ArticleError:
    return ArticleError(path, reason, line=line)
