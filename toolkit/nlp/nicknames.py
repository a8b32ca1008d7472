"""A person the model left untagged before the nickname it tagged: "Patty Shukla, known as “Miss Patty,” …".

News gives a person's name and then the name the public knows them by ("Patty Shukla, known as “Miss Patty,”",
"Joaquín Guzmán, also known as “El Chapo”"). The small model may tag the nickname, which looks like a name, and
leave the full name before it untagged. Two or three capitalised words (proper nouns, none tagged) right before
", known as" or ", also known as" and a nickname the model calls a person are that person's name
(:func:`people_before_nicknames`).

Example:
    >>> [e.text for e in people_before_nicknames(nlp("Patty Shukla, known as “Miss Patty,” sang."), set())]  # doctest: +SKIP
    ['Patty Shukla']
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of

_QUOTES = frozenset({"“", '"', "‘", "'"})


def people_before_nicknames(doc: Doc, taken: set[int]) -> list[Span]:
    """PERSON spans for untagged names before ", (also) known as" and a nickname tagged PERSON."""
    found: list[Span] = []
    for known in (doc[i] for i in indices_of(doc, LOWER, ("known",))):  # (only the few "known" of the Doc)
        if known.i + 2 >= len(doc) or doc[known.i + 1].lower_ != "as":
            continue
        comma = known.i - 1
        if comma >= 1 and doc[comma].lower_ == "also":
            comma -= 1
        if comma < 2 or doc[comma].text != ",":
            continue
        nick = known.i + 2
        if doc[nick].text in _QUOTES:
            nick += 1
        if not any(doc[j].ent_type_ == "PERSON" for j in range(nick, min(nick + 2, len(doc)))):
            continue
        start = comma
        while (start > 0 and comma - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
               and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ and start - 1 not in taken):
            start -= 1
        if comma - start >= 2 and (start == 0 or not (doc[start - 1].is_title and doc[start - 1].is_alpha)):
            found.append(Span(doc, start, comma, label="PERSON"))
    return found
