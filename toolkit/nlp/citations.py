"""Authors cited by a paper's first author and "et al": "de Vera et al, using the facilities at …, studied …".

Science news names a study by its first author's surname and "et al" ("and others"), as the papers cite one
another. The word before "et al" is then a surname, with its lower-case particles ("de Vera", "van der
Meer"), however the model read it: a person's name (PERSON). Only names the model left untagged are added.

Example:
    >>> [e.text for e in authors_before_et_al(doc, set())]   # "…, de Vera et al, using …"   # doctest: +SKIP
    ['de Vera']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import NAME_PARTICLES
from toolkit.nlp.lookups import indices_of

_AL = frozenset({"al", "al."})


def authors_before_et_al(doc: Doc, taken: set[int]) -> list[Span]:
    """The untagged surnames right before "et al" ("de Vera et al"), with their particles, as people.

    Args:
        doc: the parsed text.
        taken: indices of the tokens already in an entity.
    """
    found = []
    for i in indices_of(doc, LOWER, {"et"}):
        if not 0 < i < len(doc) - 1 or doc[i + 1].lower_ not in _AL:
            continue
        surname = doc[i - 1]
        if surname.i in taken or surname.ent_type_ or not surname.is_title or not surname.is_alpha:
            continue
        start = surname.i
        while start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].is_lower \
                and doc[start - 1].i not in taken and start > surname.i - 3:
            start -= 1  # "de Vera", "van der Meer"
        found.append(Span(doc, start, surname.i + 1, label="PERSON"))
    return found


def et_al_off_names(ents: list[Span]) -> list[Span]:
    """Cut the "et" of "et al" off the end of a name the model ran it into ("Leonardo N. M. Iasi et al, Neanderthal
    ancestry …", a paper's reference line: "Leonardo Iasi et" a person): the Latin "and others" is no word of a name.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (len(ent) >= 2 and ent[-1].lower_ == "et" and ent.end < len(doc) and doc[ent.end].lower_ in _AL
                and ent[-2].is_alpha):
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
        out.append(ent)
    return out

