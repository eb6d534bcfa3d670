"""The gazetteer's errors: one base class, and a format error that names file, line and value."""
from __future__ import annotations


class GazetteerError(Exception):
    """Base class of the gazetteer's own errors."""


class GazetteerFormatError(GazetteerError, ValueError):
    """A data file of the gazetteer holds a row it cannot read."""

    def __init__(self, path: object, line: int | None, value: object, reason: str) -> None:
        self.path = str(path)
        self.line = line
        self.value = value
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}: {value!r}")
