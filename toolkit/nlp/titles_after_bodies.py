"""A body's name run on over the title held in it: "Harvard University Professor of Economics & Public Policy".

News names an expert by the body, the title held there and the name: "Harvard University Professor of
Economics & Public Policy Ken Rogoff", "Yale University Chair of Psychiatry …". The small model runs the body's
name on over the capitalised title, and the name of the body is lost in a span that matches nothing. A title
noun (professor, dean, chair, director, …) right after a body's head word (University, Institute, Bank …),
opening a title "of" a field or ending the span, closes the body's name: the body is what stands before it, and
the title is no name.

Example:
    >>> [e.text for e in bodies_before_titles(doc.ents)]   # doctest: +SKIP
    ['Harvard University', 'Ken Rogoff']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import ORG_HEADS, PERSON_TITLES

# Titles held in a body, besides the titles that show a person (PERSON_TITLES): academic ranks and offices.
_HELD_TITLES = PERSON_TITLES | frozenset({"professor", "prof", "dean", "lecturer", "provost", "chair", "chairwoman",
                                          "president", "fellow", "economist"})


def bodies_before_titles(ents: list[Span]) -> list[Span]:
    """Cut a body's name before a title held in it ("Harvard University" of "Harvard University Professor of …").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each body cut before such a title (the title is dropped).
    """
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) >= 3:
            doc = ent.doc
            for k in range(ent.start + 1, ent.end):
                token = doc[k]
                if (token.is_title and token.lower_ in _HELD_TITLES and doc[k - 1].lower_ in ORG_HEADS
                        and (k + 1 == ent.end or doc[k + 1].lower_ == "of")):
                    ent = Span(doc, ent.start, k, label="ORG")
                    break
        out.append(ent)
    return out
