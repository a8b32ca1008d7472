"""A relative clause under a modal of possibility or condition: what its noun could or would do, no act.

A relative clause with "would", "could", "can", "might" or "may" describes the noun it hangs on by what it is able
or likely to do, or by what it is meant to do: "a box consistent with one that would hold a shotgun", "patients who
can't afford to pay", "legislation that would fund the government through September" (a bill's content, not a
funding), "a new coating that could reduce bacterial growth", "issues with which she could find common ground". No
one did it: the golds list none (ECB+, Wikinews, the White House's pages). "will" is left: a relative in the
future tells a scheduled act as the main clause would ("the deal, which will bring 350 employees into a new
division").

Example:
    >>> modal_relative(doc[7])  # "legislation that would fund the government"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Modals of possibility, ability and condition (the model's "ca" is the "can" of "can't").
_MODALS = frozenset({"would", "could", "can", "ca", "might", "may"})


def modal_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause under a modal of possibility or condition (see the module's
    docstring)."""
    return verb.dep_ == "relcl" and verb.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
