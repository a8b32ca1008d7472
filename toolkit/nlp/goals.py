"""Goals told as what someone aims at, not as acts: "their goal wasn't saving the old warehouse", "Their focus
instead was preventing the conflagration", "making sure the blaze didn't reach the tank farm".

A noun of aim ("goal", "focus", "priority", "mission") as the subject of "be" with a gerund after it names what
someone set out to do; the small model reads "was saving" as a past progressive whose subject is the goal, and the
goal would "save" the warehouse. :func:`names_a_goal` tells that copula. "Make sure" and "make certain" take a
clause of what is to come about ("making sure the blaze didn't reach the tank farm"): a goal, whether reached or
not, and no fact (:func:`made_sure_of`).

Example:
    >>> names_a_goal(doc[5])  # "But their goal wasn't saving the old warehouse building"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of aim: what someone sets out to do.
GOAL_NOUNS = frozenset("""goal aim focus priority objective mission task job purpose intention plan strategy
    ambition target""".split())
_COPULA_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "'s", "’s"})


def names_a_goal(verb: Token) -> bool:
    """Whether a gerund after "be" tells what a noun of aim is ("their goal wasn't saving …"), no act."""
    if verb.tag_ != "VBG":
        return False
    children = list(verb.children)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _COPULA_FORMS for c in children) \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in GOAL_NOUNS and c.pos_ == "NOUN" for c in children)


def made_sure_of(verb: Token) -> bool:
    """Whether a clause is what "make sure" or "make certain" sets out to bring about."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    adjective = head.head
    return head.dep_ in ("ccomp", "advcl") and adjective.lower_ in ("sure", "certain") \
        and adjective.head.lemma_.lower() == "make" and adjective.head.i < adjective.i
