"""A short form the text defines in brackets after a body's name: "The California Department of Forestry and Fire
Protection (CalFire) said …. CalFire requested …".

News writes a body's full name once with the short form it will use in brackets after it, and then the short form
alone (Wikinews, 2019). The brackets pair the two as plainly as an apposition: the short form is that body, and an
analyst writes its name. Acronyms of the name's initials ("United States Geological Survey (USGS)") are joined by the
entity index already; a short form of another make ("CalFire", "Roscosmos") is often no entity at all, so the events
wrote it as it stands. :func:`full_name_token` gives, for a word written as such a short form, the last word of the
full name it was defined for, so that the actors name it by that name.

Only a single word in brackets, capitalised, not a number or a place, right after the last word of a body's name (an
ORG entity, not one the model cut at a comma); the short form stands for it after the brackets (and in them), when the
model did not tag it as a body itself (then the entity index joins the two: "the AP and NBC News" stays a list). Two
full names given the same short form leave it alone. The pairs are found once per document from the places "(" is written (the Doc's arrays).

Example:
    >>> full_name_token(doc[20]).text   # "… Fire Protection (CalFire) said …. CalFire requested …"  # doctest: +SKIP
    'Protection'
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import entity_bounds, indices_of, kept


def _defined(doc: Doc) -> dict[str, tuple[int, int] | None]:
    """Each bracketed short form's text → (the index of its word in brackets, the last word of the full name); None
    when two names are given the same short form."""
    pairs: dict[str, tuple[int, int] | None] = {}
    for i in indices_of(doc, ORTH, ("(",)):
        if i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        short, name = doc[i + 1], doc[i - 1]
        if name.ent_type_ != "ORG" or short.ent_type_ in ("GPE", "LOC", "DATE", "CARDINAL") or not short.is_alpha \
                or not short.text[:1].isupper() or short.ent_iob_ == "I" or name.ent_iob_ == "O":
            continue
        first = entity_bounds(doc, name.i)[0]
        if first > 1 and doc[first - 1].text == ",":
            continue  # a name the model cut at a comma ("United Nations Educational, Scientific and … Organization")
        if short.text in pairs and pairs[short.text] is not None and pairs[short.text][1] != name.i:
            pairs[short.text] = None  # two bodies given one short form: which the text means is not certain
        else:
            pairs.setdefault(short.text, (i + 1, name.i))
    return pairs


def full_name_token(token: Token) -> Token | None:
    """The last word of the body's name a short form was defined for in brackets before (or at) this word, or None."""
    if token.pos_ != "PROPN" or not token.is_alpha or token.ent_type_ == "ORG":
        return None  # (the cheap test first; a body's acronym the model tags is joined by the entity index already)
    if any(c.dep_ == "conj" for c in token.children):
        return None  # ("CalFire and the police …": the list is read from the word itself)
    pair = kept(token.doc, "bracketed_short_forms", _defined).get(token.text)
    if pair is None or token.i < pair[0]:
        return None
    return token.doc[pair[1]]
