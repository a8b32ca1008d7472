"""People named in full where the model tagged nothing, found by a surname it tagged elsewhere in the text.

A long title in front of a name can hide the name from the small model: in "Special Presidential Envoy on
Foreign Investment and Economic Cooperation Kirill Dmitriev also took part" it tags nothing, while it tags
"Dmitriev told reporters" a sentence later. A run of two or three capitalised proper nouns compounded onto a
word the model calls a person elsewhere in the same text, and built like a person's name, is that person named
in full.

Example:
    >>> [e.text for e in people_of_tagged_surnames(doc, set())]   # doctest: +SKIP
    ['Kirill Dmitriev']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.speaker_names import HONORIFICS


def people_of_tagged_surnames(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged full names whose last word the model tags as a person elsewhere in the text.

    Args:
        doc: the parsed document (its ``ents`` still the model's).
        taken: indices of the tokens entities found so far hold.
    """
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].is_title and len(e[-1]) > 2}
    found: list[Span] = []
    taken = set(taken)  # (the caller's set stays as it was)
    for token in doc:
        if token.text not in surnames or token.i in taken or token.ent_type_ or token.pos_ != "PROPN":
            continue
        start = token.i
        while (start > 0 and start - 1 not in taken and doc[start - 1].dep_ == "compound"
               and doc[start - 1].head.i == token.i and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].lower_.strip(".") not in HONORIFICS):
            start -= 1
        span = doc[start : token.i + 1]
        if len(span) >= 2 and built_like_a_person(span):
            found.append(Span(doc, span.start, span.end, label="PERSON"))
            taken.update(range(span.start, span.end))
    return found
