"""A relative "which" the parser hung on a verb: the noun before its comma, or the clause itself.

A relative clause describes a noun; the small English model sometimes hangs a non-restrictive
"…, which …" on the main verb instead, most often after a name with a number or a parenthesis
("This milestone perfectly aligns with United Nations Security Council Resolution 2803 (2025),
which endorsed President Trump’s Comprehensive Plan"). The relative pronoun's antecedent was then
taken to be the verb, and "aligns" endorsed the plan. In English a "which" right after a noun
phrase and its comma stands for that noun phrase; after anything else it stands for the whole
clause before it ("He resigned, which surprised many": a sentential relative), whose subject is no
one. :func:`noun_before_relative` gives the head of the noun phrase that ends before the comma
(passing over a parenthesis that closes it, and from a number or a modifier up to the noun it
belongs to), or None for a sentential relative.

Example:
    >>> noun_before_relative(doc[15]).text  # "… Resolution 2803 (2025), which endorsed …"  # doctest: +SKIP
    'Resolution'
"""

from __future__ import annotations

from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})

# What joins a word to the noun it belongs to inside one noun phrase.
_INSIDE_PHRASE = frozenset({"compound", "nummod", "amod", "appos", "nmod"})


def noun_before_relative(token: Token) -> Token | None:
    """The noun a "which" after a comma stands for when its clause hangs on a verb, or None."""
    doc, k = token.doc, token.i - 1
    if k < 1 or doc[k].text != ",":
        return None
    k -= 1
    if doc[k].text == ")":  # "Resolution 2803 (2025), which": past the parenthesis to its noun
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    word = doc[k]
    for _ in range(4):
        if word.pos_ in _NOMINAL and word.dep_ not in _INSIDE_PHRASE:
            break
        if word.dep_ not in _INSIDE_PHRASE or word.head.i == word.i or word.head.i > token.i:
            break
        word = word.head
    return word if word.pos_ in _NOMINAL else None
