"""One named as "his mentor" or "her partner" is the topic's relation, not the topic a pronoun goes on with.

Profiles name the people around their subject by a possessive and a noun of relation: "Following the
advice of his mentor Vilhelm Thomsen, he returned to Copenhagen", "Padalecki and his partner Chris
Cardenas won the … championship. Although he had originally planned …". The "his" stands for the
story's subject, and the name after "his mentor" is someone else, told of by his tie to that subject; a
"he" that follows goes on with the one "his" stood for, not with the relation named in passing. A
resolver that takes the person named nearest before gives the subject's acts to the mentor or the
partner.

:func:`possessor_sex` tells such a mention: the name comes right after a possessive "his" or "her" and up
to three words of a noun phrase, at least one of them a common noun ("his mentor", "his Rice teammate",
"her younger sister"). It gives the sex of the possessive, and the resolver passes over such a mention
only for a pronoun of that sex: "Her father Mohammed Hadid was a wealthy industrialist. He co-founded
…" is the father, since "her" is someone else than "he".

Example:
    >>> possessor_sex(doc[6:8])  # "Vilhelm Thomsen" of "the advice of his mentor Vilhelm Thomsen"  # doctest: +SKIP
    'm'
"""

from __future__ import annotations

from spacy.tokens import Span

_POSSESSIVES = {"his": "m", "her": "f"}


def possessor_sex(name: Span) -> str | None:
    """ "m" or "f" when a person's name follows "his"/"her" and a noun of relation, else None."""
    doc = name.doc
    nouns = 0
    i = name.start - 1
    if i > 0 and doc[i].text == "," and name.root.dep_ == "appos":
        i -= 1  # "his son-in-law, Frédéric Salat-Baroux,": the relation set off by a comma, in apposition
    reach = i + 1
    if i >= 4 and [t.lower_ for t in doc[i - 3 : i + 1]] == ["-", "in", "-", "law"] and doc[i - 4].pos_ == "NOUN":
        i -= 4  # "son-in-law", "sister-in-law": a noun of relation written in four pieces, one noun
        reach -= 4
    while i >= 0 and reach - i <= 4:
        word = doc[i]
        possessive = _POSSESSIVES.get(word.lower_)
        if possessive is not None and word.tag_ == "PRP$":
            return possessive if nouns else None
        if word.ent_type_ == "PERSON" or word.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        nouns += word.pos_ == "NOUN" and word.is_lower
        i -= 1
    return None
