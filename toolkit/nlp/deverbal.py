"""Participles that English uses as prepositions: "following his victories" is "after" them.

A few participles have become prepositions of their own, the marginal (deverbal) prepositions of
English grammars: "following", "including", "regarding", "concerning", "excluding", "barring",
"pending", "given". With a noun phrase after them and no subject of their own they relate that
phrase to the clause ("… brings his delegate total to 86, following his victories in Iowa" = after
his victories), and nobody does the verb's act: the clause's subject did not "follow" anything.
"""

from __future__ import annotations

from spacy.tokens import Token

# The marginal prepositions spelt as a participle (a closed class of English grammar).
DEVERBAL_PREPOSITIONS = frozenset({"following", "including", "regarding", "concerning", "excluding", "barring",
                                   "pending", "given"})


def used_as_preposition(verb: Token) -> bool:
    """Whether a participle stands as a preposition: one of the closed class, attached to the
    clause as a modifier, with a noun phrase for object and no subject or auxiliary of its own.

    Args:
        verb: a token tagged as a verb.

    Returns:
        True for "following his victories", not for "were following the rules".
    """
    if verb.lower_ not in DEVERBAL_PREPOSITIONS or verb.dep_ not in ("advcl", "prep", "acl", "pcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("pobj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in verb.children)
