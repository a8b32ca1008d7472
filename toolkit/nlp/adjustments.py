"""A measure's adjustment told with a bare gerund: "after accounting for higher prices", "adjusting for inflation".

Reports of figures say how a figure was reckoned with a gerund of adjustment and "for": "In President
Trump's second term — even after accounting for higher prices — Americans' real wages have grown by nearly
4%", "Adjusting for inflation, sales fell 2%", "after controlling for age and income". The gerund has no
subject of its own, and the small English model lets it take the main clause's, so that the wages would
"account for" higher prices. Nobody in the sentence does it: it is the reckoning of whoever computed the
figure, a method, no act of the news. :func:`adjusts_a_measure` tells such a gerund: one of the verbs of
reckoning (a closed class) with a "for" phrase, no subject, auxiliary or object of its own, standing as a
clause of manner or time ("after …", "when …", "once …", or bare), not as a clause's own verb ("The company
is accounting for the losses").

Example:
    >>> adjusts_a_measure(doc[9])  # "… even after accounting for higher prices — Americans' real wages …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of reckoning a figure with "for": "adjust for inflation", "account for prices", "control for age".
_RECKONING = frozenset({"adjust", "account", "control", "correct"})


def adjusts_a_measure(verb: Token) -> bool:
    """Whether ``verb`` is a bare gerund of reckoning ("after accounting for higher prices"; see the module)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _RECKONING or verb.dep_ not in ("pcomp", "advcl"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children)
