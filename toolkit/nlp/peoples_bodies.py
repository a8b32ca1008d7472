"""Bodies whose names open with a people's adjective and run on with "of" ("Chinese Precinct Chamber of Commerce").

A chamber of commerce, an association or an institute of a community is named by the people's adjective,
its own words, its head and "of" what it serves: "Chinese Precinct Chamber of Commerce", "the Indian
Association of Engineers". The small model, unsure of the unfamiliar words, tags the adjective alone as a
people (NORP) and leaves the rest. Where the adjective is a compound of an untagged capitalised head word of
bodies, reached over untagged capitalised proper nouns, and "of" and capitalised proper nouns follow the
head, the whole run is the body's name.

Example:
    >>> [e.text for e in repair_entities(nlp("He formed Chinese Precinct Chamber of Commerce.")).ents]  # doctest: +SKIP
    ['Chinese Precinct Chamber of Commerce']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import ORG_HEADS

# Head words of bodies: the lexicon's and "chamber" (of commerce, of deputies), which ends no name alone.
BODY_HEADS = ORG_HEADS | {"chamber"}
_LONGEST_TAIL = 3  # capitalised words after "of" ("Chamber of Commerce and Industry" stops at "and")


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_


def of_tail_end(doc, head: int, limit: int) -> int | None:
    """The end of the "of" tail after a body's head word at ``head`` ("Chamber" + "of Commerce"), before
    ``limit``: "of" and up to three untagged capitalised proper nouns; None where none follows."""
    if not (doc[head].lower_ in BODY_HEADS and head + 2 < limit and doc[head + 1].lower_ == "of"
            and _name_word(doc[head + 2])):
        return None
    end = head + 2
    while end < limit and end - head - 2 < _LONGEST_TAIL and _name_word(doc[end]):
        end += 1
    return end


def bodies_opened_by_peoples(ents: list[Span]) -> list[Span]:
    """Run a people's adjective on over the body's name it opens ("Chinese" + "Precinct Chamber of Commerce")."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if ent.label_ != "NORP" or len(ent) != 1:
            out.append(ent)  # (only a people's one word opens a body so: the others passed by before the root)
            continue
        head = ent.root.head
        if (ent.root.dep_ == "compound" and head.i > ent.end - 1
                and head.i < limit and _name_word(head) and all(_name_word(t) for t in doc[ent.end : head.i])):
            end = of_tail_end(doc, head.i, limit)
            if end is not None:
                ent = Span(doc, ent.start, end, label="ORG")
        out.append(ent)
    return out
