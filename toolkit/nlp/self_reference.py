"""A text that names itself: "The following is the fifth edition of a monthly series …".

A series' opening tells the reader what the text below is ("The following is the fifth edition of
a monthly series chronicling the 2020 United States presidential election. It features original
material compiled throughout the previous month …"). English points at the text itself with "the
following" (what comes after) and "the above" (what came before), an adjective used as a noun
with "the"; and a subject "this article" (or "this story", "this page") is the text too, in a notice
of the page ("This article requires pre-publication review by an uninvolved reviewer"). Such a phrase
names no actor, and a pronoun that stands for it ("It features …")
describes the article, an act of nobody in the story.

Example:
    >>> names_the_text(doc[1])  # "The following is the fifth edition …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Adjectives of place in a text that, with "the" and no noun, name a part of the text itself.
_TEXT_POINTERS = frozenset({"following", "above", "below", "foregoing"})


# Nouns of a text: as a subject with "this" a news text points at itself ("This article requires
# pre-publication review", "This story has been updated"); "this report" may be another's.
_TEXT_NOUNS = frozenset({"article", "story", "page"})


def names_the_text(token: Token) -> bool:
    """Whether ``token`` heads "the following" or "the above" used as a noun, or is a subject "this
    article": the text itself."""
    if token.lower_ in _TEXT_NOUNS and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
        children = list(token.children)
        return bool(children) and all(c.dep_ == "det" and c.lower_ == "this" for c in children)
    if token.lower_ not in _TEXT_POINTERS or token.pos_ not in ("NOUN", "ADJ", "ADV"):
        return False
    children = list(token.children)
    return bool(children) and all(c.dep_ == "det" and c.lower_ == "the" for c in children)
