"""Adverbs of possibility: a clause hedged by one is a guess, not a fact.

"Perhaps they had learned an important lesson from the Warhol exhibit" tells no learning; it
offers one as possible, as "they may have learned" would. English hedges with a closed set of
epistemic adverbs; on the clause's own verb they mark the event "may", as a modal would.

Example:
    >>> hedge_of(doc[3])  # "Perhaps they had learned …"  # doctest: +SKIP
    'may'
"""

from __future__ import annotations

from spacy.tokens import Token

# Epistemic adverbs of possibility ("probably" and "likely" too: a likelihood is no fact).
HEDGES = frozenset({"perhaps", "maybe", "possibly", "probably", "likely", "conceivably", "presumably"})


def hedge_of(verb: Token) -> str | None:
    """"may" when an adverb of possibility modifies ``verb`` ("Perhaps they had learned …")."""
    return "may" if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in verb.children) else None
