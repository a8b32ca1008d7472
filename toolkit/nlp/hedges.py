"""Adverbs of possibility: a clause hedged by one is a guess, not a fact.

"Perhaps they had learned an important lesson from the Warhol exhibit" tells no learning; it
offers one as possible, as "they may have learned" would. English hedges with a closed set of
epistemic adverbs; on the clause's own verb they mark the event "may", as a modal would.

An adverb of certainty scaled down by "almost" or "nearly" is a likelihood too: "the dollar almost certainly
gained" or "he all but certainly knew" tell a guess, as "probably" does; a bare "certainly" or "surely" asserts.

Example:
    >>> hedge_of(doc[3])  # "Perhaps they had learned …"  # doctest: +SKIP
    'may'
"""

from __future__ import annotations

from spacy.tokens import Token

# Epistemic adverbs of possibility ("probably" and "likely" too: a likelihood is no fact).
HEDGES = frozenset({"perhaps", "maybe", "possibly", "probably", "likely", "conceivably", "presumably"})


# Adverbs of certainty, a hedge only when scaled down ("almost certainly"), and the words that scale them.
_CERTAIN = frozenset({"certainly", "surely", "definitely"})
_SCALING = frozenset({"almost", "nearly", "virtually"})


def hedge_of(verb: Token) -> str | None:
    """"may" when an adverb of possibility modifies ``verb`` ("Perhaps they had learned …"), or one of certainty
    scaled down ("almost certainly gained")."""
    return "may" if any(c.dep_ == "advmod" and (c.lower_ in HEDGES or (
        c.lower_ in _CERTAIN and any(g.dep_ == "advmod" and g.lower_ in _SCALING for g in c.children)))
        for c in verb.children) else None
