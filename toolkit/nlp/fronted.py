"""A fronted phrase's object run into the subject after it: "The next day on Twitter West accused …".

News fronts a phrase of place or medium before the subject, often without a comma ("On Twitter West
accused his wife …", "In Kenosha Biden met …"). The small model then reads the phrase's object and the
subject as one person ("Twitter West"), and the parser, finding no object for the preposition, makes
the whole run the verb's subject. When a person's name is the subject of a verb and stands right after
a preposition that has no object of its own, its first word is that object (a medium after "on" or
"via", a place after "in", "at" or "from") and the rest is the person.

Example:
    >>> [(e.text, e.label_) for e in fronted_objects(list(doc.ents))]   # doctest: +SKIP
    [('The next day', 'DATE'), ('West', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

# Prepositions that front a medium or a place before a clause.
_FRONTING = frozenset({"on", "via", "in", "at", "from"})


def fronted_objects(ents: list[Span]) -> list[Span]:
    """Split a person run on from the object of a fronted preposition that has none of its own."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ == "PERSON" and len(ent) >= 2 and ent.start > 0
                and (prep := doc[ent.start - 1]).lower_ in _FRONTING and prep.pos_ == "ADP"
                and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
                and ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ in ("VERB", "AUX")
                and prep.i < ent.root.head.i and all(t.is_title for t in ent[1:])):
            # (the object is left to the other rules: a medium's or a place's one mention tagged here would
            # weigh in the set's vote on that word against what the rest of the set says of it)
            out.append(Span(doc, ent.start + 1, ent.end, label="PERSON"))
            continue
        out.append(ent)
    return out
