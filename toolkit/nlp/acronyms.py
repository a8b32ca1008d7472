"""Short forms in brackets: an acronym right after a name is that name, with its label.

News gives a long name once with its acronym in brackets and the acronym after that ("the Kennedy
Space Center (KSC)", "Walter Reed National Military Medical Center (WRNMMC)"). The small model
labels the acronym on its own, as a body, even when the long name is a building or a place.
:func:`short_forms` gives the acronym the long name's label, so that the set reads both as one
name (the index merges a name and its initials when they agree).

Example:
    >>> [(e.text, e.label_) for e in short_forms(list(doc.ents))]   # doctest: +SKIP
    [('the Kennedy Space Center', 'FAC'), ('KSC', 'FAC')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.names import acronym_of

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def short_forms(ents: list[Span]) -> list[Span]:
    """Relabel an acronym in brackets right after a name as that name, when it is the name's initials.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each "(ACRONYM)" after a name of another label taking the name's label.
    """
    out: list[Span] = []
    for ent in ents:
        previous = out[-1] if out else None
        if (previous is not None and ent.start == previous.end + 1 and len(ent) == 1 and ent.label_ != previous.label_
                and previous.label_ in _NAME_LABELS and ent.label_ in _NAME_LABELS
                and ent.doc[previous.end].text == "(" and ent.end < len(ent.doc) and ent.doc[ent.end].text == ")"
                and ent[0].is_upper and ent[0].is_alpha
                and acronym_of(" ".join(t.lower_ for t in previous if t.lower_ != "the")) == ent[0].lower_):
            ent = Span(ent.doc, ent.start, ent.end, label=previous.label_)
        out.append(ent)
    return out
