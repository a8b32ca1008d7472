"""A photographer's name after a picture's credit word that the small model leaves untagged: "File photo of
interviewee R Saravanan. Image: R Saravanan." (an initial without its stop).

A credit names the picture's maker, a person or a body, after a fixed word of the trade ("Image:", "Photo:";
:mod:`toolkit.nlp.credits`). Two or three capitalised proper nouns there, none an English word and the first
one a given name or a bare initial, are a person's name, as "Image: Mathias Krumbholz." is to the model;
a body's name in a credit is an acronym ("Image: NASA") or holds English words ("Image: White House").
:func:`people_in_credits` adds such a name, untagged, as a PERSON span.

Example:
    >>> [(e.text, e.label_) for e in people_in_credits(doc, list(doc.ents))]  # "… Image: R Saravanan."  # doctest: +SKIP
    [('R Saravanan', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import english_words

_CREDIT_WORDS = ("Image", "Photo", "Photograph", "Picture", "Credit")


def _name_word(token, english: frozenset[str]) -> bool:
    text = token.text
    if len(text) == 1:
        return text.isupper() and text not in ("A", "I")  # an initial without its stop
    return (token.is_alpha and token.is_title and token.pos_ == "PROPN" and token.lower_ not in english
            and not is_known_place(text, cities=True))


def people_in_credits(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add as a PERSON the untagged name of two or three words after a credit word and its colon.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found = []
    english = None
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for i in indices_of(doc, ORTH, _CREDIT_WORDS):
        start = i + 2
        if start >= len(doc) or doc[i + 1].text != ":":
            continue
        end = start
        while end < len(doc) and end - start < 4 and not doc[end].is_punct and not doc[end].is_space:
            end += 1
        closed = end == len(doc) or doc[end].text == "." or doc[end].is_space
        if not (closed and 2 <= end - start <= 3) or any(k in tagged for k in range(start, end)):
            continue
        if english is None:
            english = english_words(doc.vocab)
        words = doc[start:end]
        if english and all(_name_word(t, english) for t in words) and len(words[-1].text) > 1:
            found.append(Span(doc, start, end, label="PERSON"))
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: e.start)
