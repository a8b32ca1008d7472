"""Briefing Toolkit: turn sets of news articles into reproducible briefings.

The notebook-facing API::

    import toolkit
    sources = toolkit.read_source_set("ukraine-diplomacy", published=datetime.date(2025, 8, 7))
    ex = toolkit.extract(sources)
    ex.entities, ex.quotes, ex.timeline, ex.events       # pandas DataFrames

or one table at a time: ``toolkit.find_entities(sources)``, ``toolkit.find_quotes(sources)``, ...
(named ``find_*`` so that they do not hide the subpackages). The package is in layers, each\na subpackage importing only those below it: core → reading → nlp → extraction → analysis\n→ present | evaluation → pipeline → build → cli (declared in ``pyproject.toml``).
"""

from __future__ import annotations

from toolkit.core.errors import BuildError, ModelError, ParamsError, SourceError, ToolkitError
from toolkit.core.version import __version__
from toolkit.reading.params import Params, load_params
from toolkit.reading.sources import Document, SourceSet, read_document, read_paths, read_source_set


def __getattr__(name):
    # spaCy is imported only when extraction is first used, so that `toolkit build`,
    # `jupyter nbconvert --to weasypdf` and the params checks start quickly.
    if name == "Extraction":
        from toolkit.extraction import tables

        return getattr(tables, name)
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def extract(source, **options):
    """Extract every table from a source set; see :func:`toolkit.extraction.tables.extract`."""
    from toolkit.extraction.tables import extract as run

    return run(source, **options)


def find_entities(source, **options):
    """Canonical entities of a source set (name, label, aliases, mentions, documents)."""
    return extract(source, **options).entities


def find_quotes(source, **options):
    """Direct quotations with speakers and provenance."""
    return extract(source, **options).quotes


def find_timeline(source, **options):
    """Date expressions resolved to the calendar, with provenance."""
    return extract(source, **options).timeline


def find_events(source, **options):
    """Subject–verb–object events, with a date where the sentence has one."""
    return extract(source, **options).events


__all__ = [
    "__version__", "BuildError", "Document", "Extraction", "ModelError", "Params", "ParamsError", "SourceError",
    "SourceSet", "ToolkitError", "extract", "find_entities", "find_events", "find_quotes", "find_timeline",
    "load_params", "read_document", "read_paths", "read_source_set",
]
