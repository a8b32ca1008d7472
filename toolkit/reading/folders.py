"""The files of a source set: which files a ``sources`` value names, and what kind each one is.

Every file read for a set (articles, pages, feeds, exports, manifests) is inside the
set's folder, symbolic links followed (:func:`inside`); a glob is walked once
(:func:`resolve_sources`).

Example:
    >>> file_kind("wire.rss"), file_kind("MANIFEST.csv"), file_kind("export.csv")
    ('feed', None, 'export')
"""

from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path

from toolkit.core import settings
from toolkit.core.errors import SourceError
from toolkit.core.paths import seeds_dir
from toolkit.reading.exports import EXPORT_SUFFIXES
from toolkit.reading.feeds import FEED_SUFFIXES

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES, *FEED_SUFFIXES, ".xml", *EXPORT_SUFFIXES)
MANIFEST_NAMES = ("MANIFEST.tsv", "MANIFEST.csv")


def file_kind(path: str | Path) -> str | None:
    """What a file of a set is, by its name: ``"text"``, ``"page"``, ``"feed"``, ``"xml"`` (a feed
    when its content says so), ``"export"``, or None (not read: another suffix, or a manifest)."""
    name = Path(path).name
    suffix = Path(name).suffix.lower()
    if name in MANIFEST_NAMES:
        return None
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix == ".xml":
        return "xml"
    if suffix in EXPORT_SUFFIXES:
        return "export"
    return None


def inside(path: Path, folder: Path) -> bool:
    """True when ``path``, its symbolic links followed, is ``folder`` or inside it (links followed too).

    The one rule for every file read for a source set (articles, manifests, any other): it
    is in the set's folder and no link leads out of it.
    """
    try:
        return Path(path).resolve().is_relative_to(Path(folder).resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def set_file(folder: Path, name: str) -> Path | None:
    """``folder/name`` when it exists: a file read for a source set besides its articles
    (a manifest; a ``NOTICE``, were one ever read), under the articles' rule (:func:`inside`).

    Raises:
        SourceError: when it is a symbolic link leading out of ``folder`` or not a regular
            file; the file it points to is never opened.
    """
    path = Path(folder) / name
    if not os.path.lexists(path):
        return None
    if not inside(path, folder):
        raise SourceError(f"{path}: points outside {folder} (a symbolic link); every file of a set, like "
                          "its articles, must be inside the set's folder")
    if not path.is_file():
        raise SourceError(f"{path}: not a regular file")
    return path


def manifest_path(folder: Path) -> Path | None:
    """The manifest of ``folder`` (``MANIFEST.tsv``, else ``MANIFEST.csv``), or None.

    Both names are checked (:func:`set_file`), so that a link out of the folder fails
    before anything reads or hashes it.
    """
    found = [path for name in MANIFEST_NAMES if (path := set_file(folder, name)) is not None]
    return found[0] if found else None


def resolve_sources(spec: str | Path, *, base: Path | None = None) -> list[Path]:
    """Return the article files a ``sources`` value names: a folder or a glob under ``seeds/``.

    The set's folder is the folder named, the folder of the file named, or the part of a
    glob before its first wildcard. Every article and manifest of the set must be in it,
    symbolic links followed (:func:`inside`). A glob is walked once: repeated ``**`` are one,
    each folder is listed once however many ways the pattern reaches it, each file is
    counted once, and the walk stops as soon as more than ``TOOLKIT_MAX_DOCUMENTS`` files
    match.

    Raises:
        SourceError: when the value points outside ``base``, names a missing folder, matches
            no article file or more than the limit, or a file or manifest of the set is a
            symbolic link leading out of the set's folder.
    """
    base = (base or seeds_dir()).resolve()
    pattern = str(spec)
    if ".." in Path(pattern).parts:
        raise SourceError(f"sources '{spec}' points outside {base}")
    limit = settings.max_documents()
    magic = [i for i, part in enumerate(Path(pattern).parts) if _MAGIC.search(part)]
    if not magic:
        link = base / pattern
        target = link.resolve()
        if not target.is_relative_to(base):
            raise SourceError(f"sources '{spec}' points outside {base}")
        if target == base:  # "" or ".": the files beside the sets (seeds/README.md) are no set
            raise SourceError(f"sources '{spec}' names {base} itself: name a set's folder (or a glob) under it")
        if target.is_file():
            if not inside(link, link.parent):
                raise SourceError(f"sources '{spec}' points outside its folder {link.parent.resolve()}")
            manifest_path(target.parent)
            return [target]
        if not target.is_dir():
            raise SourceError(f"sources '{spec}': no such folder {target}")
        files = []
        for entry in sorted(target.iterdir()):
            if file_kind(entry) and entry.is_file():
                if not inside(entry, target):  # a symbolic link
                    raise SourceError(f"sources '{spec}': {entry.name} points outside {target}")
                files.append(entry)
                _check_count(spec, len(files), limit)
        if not files:
            raise SourceError(f"sources '{spec}': the folder {target} holds no .txt, .md or .html article, "
                              "feed or export")
        manifest_path(target)
        return files
    parts = Path(pattern).parts
    root = base.joinpath(*parts[:magic[0]]).resolve()
    if not root.is_relative_to(base):
        raise SourceError(f"sources '{spec}' points outside {base}")
    rest = [part for i, part in enumerate(parts[magic[0]:]) if not (part == "**" and i and parts[magic[0] + i - 1] == "**")]
    files = _walk(root, rest, spec, limit) if root.is_dir() else []
    if not files:
        raise SourceError(f"sources '{spec}': the glob matches no .txt, .md or .html article, feed or export "
                          f"under {base}")
    for folder in sorted({f.parent for f in files}):
        manifest_path(folder)
    return files


_MAGIC = re.compile(r"[*?[]")


def _check_count(spec, count: int, limit: int | None) -> None:
    if limit is not None and count > limit:
        raise SourceError(f"sources '{spec}': more than {limit:,} documents, the limit (setting TOOLKIT_MAX_DOCUMENTS)")


def _walk(root: Path, parts: list[str], spec, limit: int | None) -> list[Path]:
    """The article files under ``root`` that the glob ``parts`` matches, each once, sorted.

    As :func:`glob.glob` matches (``**`` any depth of folders, names starting with a dot
    only by a pattern starting with one), but each (folder, place in the pattern) is visited
    once, so ``a/**/**/**/*.txt`` costs what ``a/**/*.txt`` does, and a link loop ends.
    """
    found: dict[str, Path] = {}
    visited: set[tuple[str, int]] = set()
    listings: dict[str, list[tuple[str, bool, bool]]] = {}

    def listing(folder: Path, real: str) -> list[tuple[str, bool, bool]]:
        if real not in listings:
            entries = []
            try:
                with os.scandir(folder) as scan:
                    for entry in scan:
                        try:
                            entries.append((entry.name, entry.is_dir(), entry.is_file()))
                        except OSError:
                            continue
            except OSError:
                pass
            listings[real] = sorted(entries)
        return listings[real]

    def enter(child: Path, k: int) -> None:
        if not inside(child, root):
            raise SourceError(f"sources '{spec}': {child.relative_to(root)} points outside {root}")
        stack.append((child, k))

    def add(child: Path) -> None:
        if not file_kind(child):
            return
        if not inside(child, root):
            raise SourceError(f"sources '{spec}': {child.relative_to(root)} points outside {root}")
        real = os.path.realpath(child)
        if real not in found:
            found[real] = Path(real)
            _check_count(spec, len(found), limit)

    stack = [(root, 0)]
    while stack:
        folder, k = stack.pop()
        real = os.path.realpath(folder)
        if (real, k) in visited:
            continue
        visited.add((real, k))
        part, last = parts[k], k == len(parts) - 1
        if part == "**":
            if not last:
                stack.append((folder, k + 1))  # no folder at all
            for name, is_dir, is_file in listing(folder, real):
                if name.startswith("."):
                    continue
                if is_dir:
                    enter(folder / name, k)
                elif last and is_file:
                    add(folder / name)
            continue
        if not _MAGIC.search(part):
            child = folder / part
            if last and child.is_file():
                add(child)
            elif not last and child.is_dir():
                enter(child, k + 1)
            continue
        for name, is_dir, is_file in listing(folder, real):
            if (name.startswith(".") and not part.startswith(".")) or not fnmatch.fnmatchcase(name, part):
                continue
            if last and is_file:
                add(folder / name)
            elif not last and is_dir:
                enter(folder / name, k + 1)
    return sorted(found.values())
