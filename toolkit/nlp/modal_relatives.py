"""A relative clause under a modal of possibility or condition: what its noun would or might do, no act.

A relative clause with "would", "can", "might" or "may" describes the noun it hangs on by what it is able
or likely to do, or by what it is meant to do: "a box consistent with one that would hold a shotgun", "patients who
can't afford to pay", "legislation that would fund the government through September" (a bill's content, not a
funding), "the danger the building might collapse". No one did it: the golds list none (ECB+, Wikinews). "will" is
left: a relative in the future tells a scheduled act as the main clause would ("the deal, which will bring 350
employees into a new division"); so is "could", which the White House golds list as a measure's promise ("MAGA
savings accounts for newborns, which could grow to as much as $1.9 million").

Example:
    >>> modal_relative(doc[7])  # "legislation that would fund the government"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Modals of possibility, ability and condition (the model's "ca" is the "can" of "can't").
_MODALS = frozenset({"would", "can", "ca", "might", "may"})


def modal_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause under a modal of possibility or condition (see the module's
    docstring)."""
    return verb.dep_ == "relcl" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
