"""Shop chains named by one of their shops: "reportedly outside a Boots store", "at a Walmart supermarket".

News places a scene at one shop of a chain by the chain's name between "a" and the shop's common noun ("outside a
Boots store", "a Tesco supermarket", "an Apple store"): the indefinite article counts one shop among many, so the
name is the chain's, a body (ORG). The small model leaves such a name untagged when it does not know it ("Boots",
an English word). A town says where a shop is in the same place ("a London shop", "a Texas store"): a name the
gazetteer knows is left.

Example:
    >>> [(e.text, e.label_) for e in chains_before_shop_nouns(nlp("He ran outside a Boots store."), set())]  # doctest: +SKIP
    [('Boots', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.dates import MONTHS, WEEKDAYS
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NOT_NAME_WORDS
from toolkit.nlp.lookups import indices_of

# The common nouns of one shop of a chain (a closed class).
_SHOP_NOUNS = frozenset({"store", "shop", "supermarket", "outlet", "pharmacy", "branch", "restaurant", "showroom",
                         "dealership", "megastore", "superstore", "hypermarket"})
# Words that end no chain's name: a street's or a place's head ("a Main Street shop"), a month or a day.
_NOT_CHAIN_WORDS = FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS | frozenset(MONTHS) | frozenset(WEEKDAYS) | {"st", "rd", "ave"}


def chains_before_shop_nouns(doc: Doc, taken: set[int]) -> list[Span]:
    """Untagged names of one to three capitalised proper nouns between "a" or "an" and a lower-case shop noun
    ("outside a Boots store"): the chain (ORG), unless the gazetteer knows the name as a place.

    Args:
        doc: the parsed document.
        taken: indices of the tokens that entities already hold.

    Returns:
        The chains found, as ORG spans, none over a taken token.
    """
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _SHOP_NOUNS):
        noun = doc[i]
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.tag_ != "NN":
            continue
        start = i
        while (start > 0 and i - start < 3 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].is_title and doc[start - 1].is_alpha
               and doc[start - 1].lower_ not in _NOT_CHAIN_WORDS):
            start -= 1
        if start == i or start == 0 or doc[start - 1].lower_ not in ("a", "an") or doc[start - 1].head.i != i:
            continue  # the article must be the shop noun's: "a Boots store", one shop of many
        name = doc[start:i]
        if is_known_place(name.text, cities=True):
            continue  # "a London shop": where the shop is
        found.append(Span(doc, start, i, label="ORG"))
    return found
