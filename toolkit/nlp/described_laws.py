"""A definite description of a law named before: "the bill", "this bill", "the act", "the measure".

News names a statute or a bill once in full and goes on with a noun of its kind: "Governor Kay Ivey signed the Alabama
Human Life Protection Act, …. This bill passed the Senate of the state on Tuesday. … The bill has sparked controversy
and protests." An analyst writes the law's name, as for a body told of by its kind (:mod:`toolkit.nlp.
described_bodies`). Used by :mod:`toolkit.nlp.actors` for a subject.

The description stands for a law when "the" or "this" is its only modifier, it is a clause's subject, and exactly one
law whose name ends in a head of that kind is named before it: "Act", "Bill" or "Law" for "the bill", "the measure",
"the legislation" (a bill becomes an act by its passage, and is named by either); "Act" or "Law" for "the act" and
"the law". A court case named before ("Roe v. Wade", a law to the model) ends in none of them and does not count; two
acts named before leave the description as it is.

Example:
    >>> law_named_before(doc[20], sentences.entities)      # "This bill passed the Senate …"   # doctest: +SKIP
    'Alabama Human Life Protection Act'
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from toolkit.nlp.lookups import indices_of

# The nouns of a law and the heads of the names each may stand for (a closed class).
_HEADS_OF = {"bill": ("Act", "Bill", "Law"), "measure": ("Act", "Bill", "Law"), "legislation": ("Act", "Bill", "Law"),
             "act": ("Act", "Law"), "law": ("Act", "Law")}
_ALL_HEADS = frozenset(head for heads in _HEADS_OF.values() for head in heads)


def law_named_before(token: Token, entities: dict[int, Span]) -> str | None:
    """The one law of the description's kind named before ``token`` (``entities``: token index → entity span),
    or None."""
    heads = _HEADS_OF.get(token.lower_)
    if heads is None or token.dep_ not in ("nsubj", "nsubjpass") \
            or [c.lower_ for c in token.children if c.dep_ != "prep" or c.i < token.i] not in (["the"], ["this"]):
        return None
    doc, laws = token.doc, set()
    for i in indices_of(doc, ORTH, _ALL_HEADS):  # (the heads' places, from the Doc's arrays: lookups.py)
        if i >= token.i:
            break
        word = doc[i]
        if word.pos_ != "PROPN":
            continue
        ent = entities.get(i)
        if ent is not None and ent.label_ == "PERSON":
            continue  # ("Bill Clinton": a given name)
        if ent is not None and ent.end == i + 1:
            name = ent.text
        else:  # a law's name the model left untagged or cut ("the Safe Roads Act"): its run of capitalised words
            first = i
            while first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
                first -= 1
            name = doc[first:i + 1].text
        name = name.strip("\"“”‘’'")  # (a name in quotation marks: '"Reproductive Health Care Reform Bill 2019"')
        name = name[4:] if name.startswith(("the ", "The ")) else name
        if len(name.split()) > 1:  # ("the Act" alone: a short form of a law named in full)
            laws.add(name)
    if len(laws) != 1:
        return None  # (none, or two laws: which one the description means the rules do not guess)
    name = laws.pop()
    return name if name.split()[-1] in heads else None
