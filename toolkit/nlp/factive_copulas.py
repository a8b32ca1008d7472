"""A fact stated through a noun: "One answer is that the Pentagon prevented …" asserts what follows "that".

English presents a clause as true by naming it the answer, the sign, the fact or the result ("Another worrisome sign
is that local fundamentalists have begun joining the group", "The upshot was that the bank closed its branches"):
the copula's subject is a noun of fact, with no owner, and the clause after "is that" is the writer's own report,
an event like any other, reported by nobody. A noun with an owner is that owner's claim ("The government's
counter-argument was that …"), and a noun of opinion or of guessing ("my guess is that …", "the hope is that …")
asserts nothing: both are left to the other rules, which take the clause for no fact.

Example:
    >>> states_as_fact(doc[2])  # "One answer is that the Pentagon prevented …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of fact (a closed class): "X is that S" presents S as what happened.
_FACT_NOUNS = frozenset({"answer", "sign", "fact", "truth", "reality", "result", "upshot", "outcome", "news",
                         "irony", "evidence", "reason", "explanation", "consequence"})


def states_as_fact(copula: Token) -> bool:
    """Whether ``copula`` is "be" with an unowned noun of fact for subject and a clause opened by "that" after it."""
    if copula.lemma_ != "be":
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in _FACT_NOUNS:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children):
        return False  # "The government's counter-argument was …", "the result of the vote was that …"
    return any(c.dep_ == "ccomp" and c.i > copula.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in copula.children)
