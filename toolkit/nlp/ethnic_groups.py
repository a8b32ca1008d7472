"""Peoples named after the adjective "ethnic": "tens of thousands of ethnic Ndebele killed", "an ethnic
Palestinian from Jordan".

"Ethnic" qualifies a people or its members and nothing else, so the capitalised name it modifies is a
people (NORP), whatever kind the model gave it: it reads an unfamiliar people's name as a person's.
"""

from __future__ import annotations

from spacy.tokens import Span

# The labels of names the model gives a people it does not know.
_MISREAD = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


def ethnic_peoples(ents: list[Span]) -> list[Span]:
    """Relabel NORP a name of one or two capitalised words right after the adjective "ethnic".

    Args:
        ents: the entities of one ``Doc``.

    Returns:
        The entities, those after "ethnic" labelled NORP.
    """
    out = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in _MISREAD and len(ent) <= 2 and ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic"
                and doc[ent.start - 1].pos_ == "ADJ" and all(t.is_title for t in ent)):
            ent = Span(doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out
