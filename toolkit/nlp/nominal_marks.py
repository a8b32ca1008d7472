"""The marks of an event a noun names, read off the clause the noun is an object in.

"The United States will continue facilitating negotiations between both sides": the negotiations are
named by a noun, which has no auxiliary of its own; as the object of a verb under "will" (or "may",
"could", …) they are as much to come as the facilitating. The modal of the nearest verb above the noun,
or of the aspectual verb above that ("continue", "keep"), is the noun's event's modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import modality_of
from toolkit.nlp.predicates import under_aspect


def nominal_modality(noun: Token) -> str | None:
    """The modality of the clause whose verb takes ``noun`` as an object (directly or through a
    preposition); None when the noun is a subject or that clause has no modal."""
    current = noun
    for _ in range(4):
        if current.dep_ not in ("dobj", "pobj", "prep") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if current.pos_ not in ("VERB", "AUX"):
        return None
    return modality_of(current) or (modality_of(current.head) if under_aspect(current) else None)
