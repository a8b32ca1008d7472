"""A noun read as the apposition of the words that modify it: "A Black Lives Matter protest had taken place".

A name that is a sentence ("Black Lives Matter") or any run of capitalised words before a common noun is a
modifier of that noun: "A Black Lives Matter protest" is a protest. The small model may end the noun phrase
inside the name ("A Black Lives", with "Matter" an adjective) and hang the noun after it as an apposition of
that phrase, so that the verb's subject is "A Black Lives". English sets a common noun in apposition off by a
comma, a dash or a parenthesis ("Basu, a detective,"); with nothing between, a common noun after a noun is
the head of their phrase, and the words before it are its modifiers (a close apposition puts a name after a
noun: "the poet Burns", "his wife Melania", which this leaves alone). :func:`mend_nouns_read_as_appositions`
makes such a noun the head: it takes the place of the phrase it hung on, which becomes its compound modifier.

Example:
    >>> doc = mend_nouns_read_as_appositions(nlp("A Black Lives Matter protest had taken place."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Lives", "protest")]
    [('Lives', 'compound', 'protest'), ('protest', 'nsubj', 'taken')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import indices_where

# Dependents that open a noun phrase of its own: a common noun with one is a phrase apart, no head of the words
# before it.
_OWN_OPENERS = frozenset({"det", "poss", "nummod", "predet"})


def _closely_after(noun: Token, head: Token) -> bool:
    """Whether ``noun`` follows the phrase of ``head`` with nothing between but its own modifiers, none of them
    punctuation, and opens no phrase of its own."""
    doc = noun.doc
    if head.i >= noun.i or any(c.dep_ in _OWN_OPENERS for c in noun.children):
        return False
    between = doc[head.i + 1:noun.i]
    return all(not t.is_punct and not t.is_space and t.head.i == noun.i and t.dep_ in ("amod", "compound")
               for t in between)


def mend_nouns_read_as_appositions(doc: Doc) -> Doc:
    """Make a common noun hung as an apposition right after the phrase it closes that phrase's head (see the
    module's docstring). The parse is changed in place; the doc is returned."""
    for i in indices_where(doc, dep=("appos",), pos=("NOUN",)):
        noun = doc[i]
        head = noun.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i == noun.i or not _closely_after(noun, head) \
                or not any(c.dep_ == "det" and c.i < head.i for c in head.children):
            continue
        if head.dep_ == "ROOT" or head.head.i == head.i:
            noun.head, noun.dep_ = noun, "ROOT"
        else:
            noun.head, noun.dep_ = head.head, head.dep_
        for child in list(head.children):
            if child.i > noun.i:
                child.head = noun  # ("… protest in the park": the phrase's tail is the noun's)
        head.head, head.dep_ = noun, "compound"
    return doc
