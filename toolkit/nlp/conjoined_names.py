"""Names of two common words joined by "and" before their head: "the Nevada Test and Training Range" (round ent41a).

Bodies and sites are often named by two activities or fields joined by "and" before the head word ("the Food and
Drug Administration", "a Research and Development Center", "the Nevada Test and Training Range"). The small model
knows the famous ones; of an unfamiliar one it may tag only the words after "and" ("Training Range", a person) and
leave the words before it untagged. :func:`names_joined_over_and` joins them: a name whose last word is a head
word of a body, a built thing or a place (:mod:`toolkit.nlp.lexicon`), with "and" right before it, takes in the
capitalised words before the "and" when none of them is tagged and the word next to the "and" is an English word
capitalised inside a sentence (a name's word: "Test"), as the name's own first word after the "and" is
("Training"). The whole takes the head's label.

A name the model tagged before the "and" is another name ("the Senate and House Intelligence Committee": two
bodies), and so is a person's or a place's name there ("between Paris and Orly Airport": "Paris" no English word).
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, ORG_HEADS
from toolkit.nlp.mistags import english_words

_LONGEST_OPENING = 3  # capitalised words before the "and"


def _head_label(word: str) -> str | None:
    """The label a name's head word gives it: a body's, a built thing's or a place's."""
    if word in ORG_HEADS:
        return "ORG"
    if word in FAC_HEADS:
        return "FAC"
    return "LOC" if word in LOC_HEADS else None


def names_joined_over_and(ents: list[Span]) -> list[Span]:
    """"the Nevada Test and Training Range" ("Training Range" tagged alone): the capitalised words before "and" open
    the name after it, one name labelled by its head word (see the module)."""
    if not ents:
        return ents
    doc = ents[0].doc
    english = english_words(doc.vocab)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        label = _head_label(ent[-1].lower_)
        conj = ent.start - 1
        if (label is None or len(ent) < 2 or conj < 2 or doc[conj].lower_ != "and"
                or not all(t.is_title and t.is_alpha for t in ent) or ent[0].lower_ not in english):
            out.append(ent)
            continue
        start = conj
        while (start > 0 and conj - start < _LONGEST_OPENING and start - 1 not in taken and doc[start - 1].is_title
               and doc[start - 1].is_alpha and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_sent_start):
            start -= 1
        if start == conj or doc[conj - 1].lower_ not in english:
            out.append(ent)
            continue
        out.append(Span(doc, start, ent.end, label=label))
    return out
