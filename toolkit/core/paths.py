"""The project's folders, in one place.

Everything derived (``reports/``, ``.cache/``) is rebuilt from code; ``seeds/`` is
read-only input. ``TOOLKIT_ROOT`` moves the whole tree (tests use it to build into a
temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path


def package_root() -> Path:
    """The folder of the ``toolkit`` package itself."""
    return Path(__file__).resolve().parent.parent


def project_root() -> Path:
    """Return the project's root folder (``TOOLKIT_ROOT`` or the checkout holding the package)."""
    override = os.environ.get("TOOLKIT_ROOT")
    if override:
        return Path(override).resolve()
    return package_root().parent


def seeds_dir() -> Path:
    return Path(os.environ.get("TOOLKIT_SEEDS", project_root() / "seeds")).resolve()


def params_dir() -> Path:
    return Path(os.environ.get("TOOLKIT_PARAMS", project_root() / "params")).resolve()


def reports_dir() -> Path:
    return Path(os.environ.get("TOOLKIT_REPORTS", project_root() / "reports")).resolve()


def notebooks_dir() -> Path:
    return package_root().parent / "notebooks"


def cache_dir() -> Path:
    return Path(os.environ.get("TOOLKIT_CACHE", project_root() / ".cache" / "toolkit")).resolve()


def briefing_notebook() -> Path:
    return notebooks_dir() / "briefing.ipynb"


def report_dir(name: str) -> Path:
    """Folder of one source set's rendered briefing."""
    return reports_dir() / name


def data_dir(name: str) -> Path:
    """Folder of one source set's extracted tables."""
    return report_dir(name) / "data"


def relative_to_seeds(path, *, seeds: Path | None = None) -> str:
    """A document path relative to ``seeds/`` (never a machine-specific absolute path).

    ``seeds`` is :func:`seeds_dir`, when the caller has it already (a table of thousands of paths).
    """
    if not path:
        return ""
    p = Path(str(path))
    try:
        return p.resolve().relative_to(seeds or seeds_dir()).as_posix()
    except (ValueError, OSError):
        return p.name
