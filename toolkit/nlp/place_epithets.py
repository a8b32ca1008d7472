"""A word of description in small letters before a place's name ("a united Germany", "the united Europe"),
which the small model takes into the name.

A place's name is written in capitals from its first word; a lower-case English adjective or participle in
front of it describes the place at a time ("a united Germany", "a divided Berlin", "the reunified Korea"),
and the name, a mention of the same place, begins after it. :func:`epithets_off_places` starts such a name at
its first capitalised word; lower-case particles of names in other languages ("al", "de", "van") are no
English words and stay.

Example:
    >>> [e.text for e in epithets_off_places(list(nlp("he agreed to let a united Germany join NATO").ents))]  # doctest: +SKIP
    ['Germany', 'NATO']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.mistags import english_words

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_ARTICLES = frozenset({"the", "a", "an"})


def epithets_off_places(ents: list[Span]) -> list[Span]:
    """Start a place's name (GPE, LOC) after the lower-case English adjectives or participles in front of it.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    english = None
    for ent in ents:
        if ent.label_ in _PLACE_LABELS and len(ent) >= 2:
            start = ent.start
            while start < ent.end and ent.doc[start].lower_ in _ARTICLES:
                start += 1
            first = start
            if english is None and start < ent.end and ent.doc[start].is_lower:
                english = english_words(ent.doc.vocab)
            while (start < ent.end - 1 and ent.doc[start].is_alpha and ent.doc[start].is_lower
                   and ent.doc[start].pos_ in ("ADJ", "VERB") and english and ent.doc[start].lower_ in english):
                start += 1
            if start > first and ent.doc[start].is_title:
                ent = Span(ent.doc, start, ent.end, label=ent.label_)
        out.append(ent)
    return out
