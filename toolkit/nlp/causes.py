"""Groups named by their members and a cause: "Americans for Prosperity", "Physicians for Human Rights".

Advocacy groups are named by the people they gather and what they stand for, joined by a small "for", "against" or
"without" ("Americans for Prosperity", "Veterans for Peace", "Physicians for Human Rights", "Doctors without
Borders"). The small model tags the members' plural alone, as a people (NORP "Americans") or a body, and leaves the
cause: the group is read as the nation. :func:`groups_for_causes` runs such a name on over the preposition and the
capitalised words after it (one to four, an optional "the" or "a" first, none in another name): a cause written
with capitals mid-sentence is a name's, as "Americans for decades" or "Democrats for the most part" are none.

Example:
    >>> [e.text for e in groups_for_causes(list(nlp("Americans for Prosperity applauds the order.").ents))]  # doctest: +SKIP
    ['Americans for Prosperity']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.missed import token_indices

_JOINERS = frozenset({"for", "against", "without"})
# Plurals of the members such groups gather, besides a people's name the model tags (NORP, "Americans"); not a
# plural of things ("the Teen Choice Awards for Choice Breakout Movie Star": an award of the Awards).
_MEMBERS = frozenset("""citizens veterans parents mothers fathers families doctors physicians scientists students
    women workers taxpayers voters patients lawyers nurses teachers democrats republicans conservatives
    liberals christians muslims jews reporters journalists""".split())
_MOST_WORDS = 4


def groups_for_causes(ents: list[Span]) -> list[Span]:
    """A plural of members (a people, NORP, or a body named by its members) run on over "for"/"against"/"without"
    and a capitalised cause, as a body.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    taken = token_indices(ents)
    out = []
    for ent in ents:
        last = ent[-1]
        joiner = ent.end
        if ((ent.label_ == "NORP" or ent.label_ == "ORG" and last.lower_ in _MEMBERS)
                and last.tag_ in ("NNPS", "NNS") and last.is_title
                and joiner + 1 < len(doc) and doc[joiner].lower_ in _JOINERS and doc[joiner].is_lower):
            start = end = joiner + 1
            if doc[end].lower_ in ("the", "a") and doc[end].is_lower:
                start = end = end + 1
            while (end < len(doc) and end - start < _MOST_WORDS and end not in taken and doc[end].is_title
                   and doc[end].is_alpha and doc[end].tag_ in ("NNP", "NNPS", "NN", "NNS")
                   and not doc[end].is_sent_start):
                end += 1
            if end > start and (end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha)):
                ent = Span(doc, ent.start, end, label="ORG")
        out.append(ent)
    return out
