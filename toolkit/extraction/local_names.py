"""The person a lone name means inside one document, where the set-wide index says otherwise.

The index links names across the whole set; a document may mean another of the set's people by
a first name or surname it shares with them. :func:`own_people` and :func:`local_first_names`
give each document's own readings, which :func:`toolkit.extraction.tables.assemble` applies to
that document's rows only.

Example:
    >>> local = {**own_people(mentions, index), **local_first_names(mentions, index, full_names_by_first(index))}  # doctest: +SKIP
    >>> local.get("Hunter")
"""

from __future__ import annotations

from collections import defaultdict

from toolkit.nlp import entities as entities_mod


def full_names_by_first(index: entities_mod.EntityIndex) -> dict[str, set[str]]:
    """The set's full personal names by first name, for the first names two or more share."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for name, label in index.label_of.items():
        if label == "PERSON" and len(name.split()) >= 2:
            by_first[name.split()[0].casefold()].add(name)
    return {first: names for first, names in by_first.items() if len(names) > 1}


def local_first_names(mentions: list, index: entities_mod.EntityIndex,
                       full_names: dict[str, set[str]]) -> dict[str, str]:
    """``{"Mark": "Mark Rutte"}`` for a document that names one of the set's Marks in full.

    A lone first name that several people in the set share stays its own entity in the
    index; within one document it is the one of them that the document names in full.
    """
    if not full_names:
        return {}
    named = {index.canonical_of.get(m.key) for m in mentions}
    local = {}
    for name in named:
        if name and " " not in name and index.label_of.get(name) == "PERSON":
            here = full_names.get(name.casefold(), set()) & named
            if len(here) == 1:
                local[name] = next(iter(here))
    return local


def own_people(mentions: list, index: entities_mod.EntityIndex) -> dict[str, str]:
    """The full names a document's lone names mean there, where the set-wide index says otherwise.

    * ``{"West": "Kanye West"}`` in a document that names Kanye West in full: the links the index
      makes only inside the documents that name the person (:attr:`EntityIndex.within_document`);
    * ``{"Robert Hunter": "Hunter Biden"}`` for a document that says "Hunter" alone and names
      Hunter Biden in full, never Robert Hunter: the index links a lone word to one person for the
      whole set, as the surname of a full name of another document; but news calls by the given
      name alone only someone it has named in full ("Biden's son Hunter").

    One pass over the document's mentions (the index's answers are looked up once per key).
    """
    full_here: set[str] = set()
    lone: dict[str, set[str]] = defaultdict(set)
    for key in {m.key for m in mentions}:
        name = index.canonical_of.get(key)
        if name is None:
            continue
        if " " in key:
            full_here.add(name)
        else:
            lone[name].add(key)
    local = {name: full for name, full in index.within_document.items() if full in full_here and name in lone}
    for name, keys in lone.items():
        if name in full_here or len(keys) != 1 or " " not in name or index.label_of.get(name) != "PERSON":
            continue
        word = next(iter(keys))
        fits = [f for f in full_here if f.split()[0].casefold() == word and index.label_of.get(f) == "PERSON"]
        if len(fits) == 1:
            local[name] = fits[0]
    return local
