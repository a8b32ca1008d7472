"""A present tense in "-s" read as a plural noun, the subject of the word after it.

"The TPD advances trusted, interoperable standards for quantum technologies": the small English model
tags "advances" a plural noun with "The TPD" for its own subject, and makes the adjective "trusted" the
sentence's verb, a past tense whose subject is "advances"; the row would read "advances trusted". A noun
takes no subject: a word in "-s" tagged as a plural noun with a subject of its own is a verb in the
present tense, and the word it is made the subject of is no predicate at all (here an adjective of the
object). :func:`subject_is_a_present` tells such a verb, which gives no row.

Example:
    >>> subject_is_a_present(doc[3])  # "The TPD advances trusted, interoperable standards …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token


def subject_is_a_present(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a plural "noun" in "-s" right before it that has a subject of
    its own: a present tense the tagger misread ("The TPD advances trusted …"; see the module)."""
    if verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return before.dep_ == "nsubj" and before.head.i == verb.i and before.tag_ == "NNS" \
        and before.lower_.endswith("s") and any(c.dep_ == "nsubj" for c in before.children)
