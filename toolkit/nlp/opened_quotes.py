"""A name run into the quotation it is followed by: 'The Electronic Frontier Foundation said on Twitter "Youtube-dl is …'.

English opens a quotation right after a medium or a speech verb, often with no comma ('said on Twitter
"Youtube-dl is a legitimate tool'); the small model may then read the name and the quotation's first
capitalised word as one name ('Twitter "Youtube-dl', a person). A quotation mark opened inside a name and
not closed in it ends the name there; a nickname closes its marks inside the name ('Dwayne "The Rock"
Johnson') and stays whole.

Example:
    >>> [e.text for e in names_before_quotations(list(doc.ents))]   # doctest: +SKIP
    ['Twitter']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lookups import span_text

_MARKS = frozenset({'"', "“", "”", "``", "''"})


def names_before_quotations(ents: list[Span]) -> list[Span]:
    """Cut each name at a quotation mark that opens inside it and is not closed in it."""
    out: list[Span] = []
    for ent in ents:
        surface = span_text(ent)  # (a name without a mark is passed by before a Token is made per word)
        marks = [t.i for t in ent if t.text in _MARKS] if any(m in surface for m in _MARKS) else []
        opening = len(marks) == 1 and marks[0] > ent.start and ent.doc[marks[0] - 1].whitespace_ \
            and not ent.doc[marks[0]].whitespace_ and marks[0] + 1 < ent.end \
            and any(t.is_title and t.is_alpha and t.lower_ not in ("the", "a", "an") for t in ent.doc[ent.start:marks[0]])
        # (not 'a "Tropical Depression', where only an article stands before the mark: the trimming drops both)
        if opening:  # (a mark after a space and glued to the next word opens; a closing one is glued to the last)
            ent = Span(ent.doc, ent.start, marks[0], label=ent.label)
        out.append(ent)
    return out
