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
# The commands of a uniformed service, held in its body ("Coast Guard Commandant Admiral Elson Hermogino",
# "Metropolitan Police Commissioner Cressida Dick"): a body's end only with the holder's name right after (a rank
# between), not in an office's own name ("the Office of the Police Commissioner").
_COMMANDS = frozenset({"commandant", "commander", "commissioner", "superintendent"})


def bodies_before_titles(ents: list[Span]) -> list[Span]:
    """Cut a body's name before a title held in it ("Harvard University" of "Harvard University Professor of …").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each body cut before such a title (the title is dropped).
    """
    out: list[Span] = []
    for i, ent in enumerate(ents):
        if ent.label_ == "ORG" and len(ent) >= 3:
            doc = ent.doc
            for k in range(ent.start + 1, ent.end):
                token = doc[k]
                if (token.is_title and doc[k - 1].lower_ in ORG_HEADS
                        and (token.lower_ in _HELD_TITLES and (k + 1 == ent.end or doc[k + 1].lower_ == "of")
                             or token.lower_ in _COMMANDS and k + 1 == ent.end and _holder_after(ents, i))):
                    ent = Span(doc, ent.start, k, label="ORG")
                    break
        out.append(ent)
    return out


def _holder_after(ents: list[Span], i: int) -> bool:
    """Whether a person's name follows the entity ``ents[i]`` right after it, or after one capitalised rank
    ("… Commandant Admiral Elson Hermogino")."""
    if i + 1 >= len(ents) or ents[i + 1].label_ != "PERSON":
        return False
    gap = ents[i + 1].start - ents[i].end
    return gap == 0 or gap == 1 and ents[i].doc[ents[i].end].is_title
