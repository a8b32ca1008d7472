"""Legislatures named bare: "dissolving Parliament", "Parliament would meet briefly".

English names a country's own legislature by its common noun, capitalised and without an article, as a
proper name ("suspend Parliament", "Congress passed the bill"); a common noun in the singular would need
a determiner ("the parliament", "a parliament"). The small model leaves "Parliament" so written untagged.
A capitalised "Parliament" with no determiner, possessive or modifier of its own, in no entity, is the
legislature: a body (ORG), as the golds list it ("Parliament of the United Kingdom", alias "Parliament").

A chamber's name in full, "House of Representatives", "House of Commons", "House of Lords", is a body wherever it
is written with its capitals; the model leaves it untagged before a title and a person ("United States House of
Representatives Speaker Nancy Pelosi", round ent36c), taking only the country before it. The country's name right
before the chamber is part of the chamber's name there (:func:`untagged_chambers`).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import indices_of
from toolkit.nlp.surfaces import is_state_or_country

# The legislatures English names bare by their common noun (a closed class; "Congress", "Senate" and the
# like the model tags already, and "Cabinet" is a government's, written bare as a common word).
_BARE_LEGISLATURES = frozenset({"Parliament"})
_OWN_WORDS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})


def is_bare_legislature(token: Token) -> bool:
    """Whether a token is a capitalised "Parliament" with no determiner, possessive or modifier of its own,
    and no name going on after it ("Parliament Square", "Parliament Hill": places)."""
    doc = token.doc
    return (token.text in _BARE_LEGISLATURES and token.tag_ in ("NN", "NNP") and token.dep_ != "compound"
            and not any(child.dep_ in _OWN_WORDS for child in token.children)
            and not (token.i > 0 and doc[token.i - 1].lower_ in ("the", "a", "an", "this", "that", "its", "their"))
            and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN"))


def bare_legislatures(doc: Doc, taken: set[int]) -> list[Span]:
    """The bare capitalised legislatures the model left untagged.

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity.

    Returns:
        ORG spans such as "Parliament" in "dissolving Parliament"; not "the Parliament", "Iraq's Parliament"
        (the model's or another rule's), nor "Parliament Square" or "Parliament Hill" (places).
    """
    # (the legislature's words are found in the Doc's arrays, not by testing every token of the text)
    return [Span(doc, i, i + 1, label="ORG") for i in indices_of(doc, ORTH, _BARE_LEGISLATURES)
            if i not in taken and is_bare_legislature(doc[i])]


# The second words of a chamber's name after "House of" (capitalised).
_CHAMBERS_OF_HOUSE = frozenset({"Representatives", "Commons", "Lords", "Delegates"})


def untagged_chambers(doc: Doc, taken: set[int]) -> list[Span]:
    """The chambers' names "House of Representatives", "House of Commons", "House of Lords" the model left untagged,
    with the country's name right before them where it is an entity of its own ("United States House of
    Representatives Speaker Nancy Pelosi": "United States" GPE, the chamber untagged).

    Args:
        doc: a parsed ``Doc``.
        taken: indices of tokens already in an entity.

    Returns:
        ORG spans; the country's tokens are in ``taken`` already, and the final guard keeps the longer span.
    """
    found: list[Span] = []
    for i in indices_of(doc, ORTH, ("House",)):
        if i + 2 >= len(doc) or doc[i + 1].text != "of" or doc[i + 2].text not in _CHAMBERS_OF_HOUSE:
            continue
        if any(j in taken for j in range(i, i + 3)):
            continue
        start = i
        before = doc[i - 1].ent_type_ if i > 0 else ""
        if before in ("GPE", "ORG") and i > 0 and doc[i - 1].ent_iob_ in ("B", "I"):
            country = next((e for e in doc.ents if e.end == i), None)
            if country is not None and is_state_or_country(country.text):
                start = country.start  # "United States House of Representatives"
        found.append(Span(doc, start, i + 3, label="ORG"))
    return found
