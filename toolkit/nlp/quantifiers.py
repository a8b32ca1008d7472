"""Relative clauses that tell of nobody in particular: a quantified antecedent under a modal.

"No state, company, or person who financed or supplied the Russian war machine will be allowed to
benefit": the relative clause picks out whoever would fit it, and the main clause says what will (or may)
happen to them; nobody is said to have financed anything. A relative clause on a noun determined by "no",
"any" or "every" (or on "anyone", "anybody", "whoever"-like pronouns) whose main clause carries a modal is
such a condition, not an event. Without a modal the relative may tell of a fact ("No one who attended was
hurt": people attended), so it stays.
"""

from __future__ import annotations

from spacy.tokens import Token

# Determiners that quantify over whoever fits ("no person who …", "any company that …", "every state that …").
_QUANTIFIERS = frozenset({"no", "any", "every"})
# Pronouns that quantify the same way ("anyone who …").
_QUANTIFIED_PRONOUNS = frozenset({"anyone", "anybody", "everyone", "everybody", "no-one"})


def quantified_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause on a quantified noun whose own clause has a modal."""
    if verb.dep_ not in ("relcl", "conj"):  # the cheap test first: this runs for every verb
        return False
    for _ in range(8):  # "who financed or supplied …": a conjunct of the relative clause's verb
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    first = verb.head
    for _ in range(8):  # "No state, company, or person who …": the determiner is on the first conjunct
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    quantified = first.lower_ in _QUANTIFIED_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in first.children)
    clause = first.head
    return quantified and first.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
