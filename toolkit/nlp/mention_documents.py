"""Which documents of a set each mention key comes from: the bookkeeping behind linking a lone name across
documents or within its own only (:class:`MentionDocuments`), used by the entity index
(:mod:`toolkit.nlp.index`) and the lone names' links (:mod:`toolkit.nlp.lone_names`).
"""

from __future__ import annotations

from collections import defaultdict

from toolkit.nlp.surfaces import Mention
from toolkit.nlp.votes import vote


# In how many of a set's documents a person must be named in full to be called by the given name
# alone in another one: a figure of the story, not somebody one article named once.
RECURRING = 3


class MentionDocuments:
    """Which documents a set's mentions come from, to link a lone name across documents or not.

    News names a person in full once in each article and then by the surname alone, or, in a
    profile or a family's story, by the given name alone ("Don loved and adored Deirdre"). A
    given name alone is too common to name the same person in another article ("the Boeing 737
    Max" beside "Max Abramson"): it links only to a full name its own document holds. A surname
    alone does name a person across a set ("Trump" here, "Donald Trump" there), but only where
    it is used as a person's name: where its document names no one of that surname in full, its
    mentions there must vote a person ("the Hall", a body to the model, beside "Tynice Nichole
    Hall"; "in the West" beside "Kanye West").
    """

    def __init__(self, docs_of: tuple[dict[str, set[int]], dict[int, int]] | None):
        self.docs_of, self.lone = docs_of or (None, {})
        # by group: the entry holds the group itself (so that its id is not reused) and its size (groups grow)
        self._memo: dict[int, tuple[list, int, set[int]]] = {}
        self._by_document: dict[int, tuple[list, int, dict[int, list[Mention]]]] = {}

    def of(self, group: list[Mention]) -> set[int]:
        """The documents of a group (the mentions of one key are all in one group)."""
        if not self.docs_of:
            return {0}
        entry = self._memo.get(id(group))
        if entry is None or entry[0] is not group or entry[1] != len(group):
            entry = group, len(group), set().union(*(self.docs_of.get(k, ()) for k in {m.key for m in group}))
            self._memo[id(group)] = entry
        return entry[2]

    def document_of(self, m: Mention) -> int:
        """The document of one mention (0 when the mentions are all of one document)."""
        return self.lone.get(id(m), 0)

    def in_document(self, group: list[Mention] | None, document: int) -> list[Mention]:
        """The mentions of a group in one document; grouped once per group (memoised like :meth:`of`), since
        a family's lone surname asks this of each of its documents in turn."""
        if not group:
            return []
        entry = self._by_document.get(id(group))
        if entry is None or entry[0] is not group or entry[1] != len(group):
            grouped: dict[int, list[Mention]] = defaultdict(list)
            for m in group:
                grouped[self.document_of(m)].append(m)
            entry = group, len(group), grouped
            self._by_document[id(group)] = entry
        return entry[2].get(document, [])

    def shared(self, group: list[Mention], other: list[Mention]) -> bool:
        """Whether the two groups of mentions have a document in common."""
        return bool(self.of(group) & self.of(other))

    def surname_links(self, group: list[Mention], full: list[Mention]) -> bool:
        """Whether a lone word links to the full name ``full`` as its surname (see the class)."""
        if not self.docs_of:
            return True
        named = self.of(full)
        elsewhere = [m for m in group if self.lone.get(id(m), -1) not in named]
        return not elsewhere or vote(elsewhere) == "PERSON"
