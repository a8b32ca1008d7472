"""Legislatures named bare: "dissolving Parliament", "Parliament would meet briefly".

English names a country's own legislature by its common noun, capitalised and without an article, as a
proper name ("suspend Parliament", "Congress passed the bill"); a common noun in the singular would need
a determiner ("the parliament", "a parliament"). The small model leaves "Parliament" so written untagged.
A capitalised "Parliament" with no determiner, possessive or modifier of its own, in no entity, is the
legislature: a body (ORG), as the golds list it ("Parliament of the United Kingdom", alias "Parliament").
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import indices_of

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
