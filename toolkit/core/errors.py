"""The toolkit's exceptions: one base class, one subclass per kind of failure."""

from __future__ import annotations


class ToolkitError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class ParamsError(ToolkitError):
    """Raised when a params file cannot be read or does not match the schema.

    The message names the file, the line where known, the key and what was expected.
    """

    def __init__(self, path, problem: str, *, key: str | None = None, line: int | None = None):
        self.path, self.key, self.line, self.problem = str(path), key, line, problem
        where = self.path + (f":{line}" if line else "")
        what = f"key '{key}': " if key else ""
        super().__init__(f"{where}: {what}{problem}")


class SourceError(ToolkitError):
    """Raised when a source set or one of its documents cannot be used."""


class ModelError(ToolkitError):
    """Raised when no English spaCy pipeline is installed."""


class BuildError(ToolkitError):
    """Raised when a briefing fails to build (notebook, rendering or PDF)."""

    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(f"source set '{name}': {message}")
