"""Participles that English uses as prepositions: "following his victories" is "after" them.

A few participles have become prepositions of their own, the marginal (deverbal) prepositions of
English grammars: "following", "including", "regarding", "concerning", "excluding", "barring",
"pending", "given". With a noun phrase after them and no subject of their own they relate that
phrase to the clause ("… brings his delegate total to 86, following his victories in Iowa" = after
his victories), and nobody does the verb's act: the clause's subject did not "follow" anything.

So do the participles of beginning with "with" after them, set off by a comma: "starting with"
and "beginning with" name the first item of what the clause spoke of ("Congress wields significant
influence over the nation's character, starting with the preservation of human dignity" = first of
all the preservation …). Their subject would be the clause's, which starts nothing; with an object
of their own ("…, starting the engine with a key") they are acts and stay.
"""

from __future__ import annotations

from spacy.tokens import Token

# The marginal prepositions spelt as a participle (a closed class of English grammar).
DEVERBAL_PREPOSITIONS = frozenset({"following", "including", "regarding", "concerning", "excluding", "barring",
                                   "pending", "given"})


# Participles of beginning that, with "with", name the first item of a list.
_BEGINNING_PARTICIPLES = frozenset({"starting", "beginning"})


def _first_of_list(verb: Token) -> bool:
    """"…, starting with the preservation of human dignity": a participle of beginning after a comma,
    with a "with" phrase and no object, subject or auxiliary of its own."""
    if verb.lower_ not in _BEGINNING_PARTICIPLES or verb.dep_ not in ("advcl", "acl", "conj", "prep", "pcomp") \
            or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1 for c in verb.children)


def used_as_preposition(verb: Token) -> bool:
    """Whether a participle stands as a preposition: one of the closed class, attached to the
    clause as a modifier, with a noun phrase for object and no subject or auxiliary of its own.

    Args:
        verb: a token tagged as a verb.

    Returns:
        True for "following his victories" and "…, starting with the preservation of …", not for
        "were following the rules".
    """
    if _first_of_list(verb):
        return True
    if verb.lower_ not in DEVERBAL_PREPOSITIONS or verb.dep_ not in ("advcl", "prep", "acl", "pcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("pobj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in verb.children)
