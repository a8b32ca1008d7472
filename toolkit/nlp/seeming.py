"""Verbs of seeming in reported content: "Népszava noted the purchase appeared to circumvent the Ministry of Defence".

Reported, "appear" or "seem" with an infinitive is the claimant's hedged word for an act: the infinitive is the
event, with the subject of "appeared" and the claimant behind it (:func:`toolkit.nlp.predicates.aspectual` lets the
infinitive through as it does an aspect's). In a clause of the narration's own they hedge the act, which stays no
event; and a progressive after them ("Police also said Khan had appeared to be wearing a suicide vest", which was
a fake) tells how someone looked at a moment, a perception, not a claimed act (:func:`seen_in_progress`).

Example:
    >>> seen_in_progress(appeared)  # "… had appeared to be wearing a suicide vest"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of seeming.
SEEMING_VERBS = frozenset({"seem", "appear"})


def seen_in_progress(verb: Token) -> bool:
    """Whether a verb of seeming governs a progressive infinitive ("appeared to be wearing")."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and any(a.lower_ == "be" for a in c.children)
               for c in verb.children)
