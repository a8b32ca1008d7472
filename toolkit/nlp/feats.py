"""Feats told with "become": "Eliud Kipchoge became the first person to run a marathon in under two hours".

"Become" is on the stop list: "became president", "became clear" change a state, and the golds list no event for
them. A complement that is the first (the only, a superlative) one to do something, with the infinitive
that says what, tells a feat, which news reports as the event: :func:`becomes_the_first` lets such a "become"
through the stop list (:func:`toolkit.nlp.predicates.stop_verb_as_act`).

Example:
    >>> becomes_the_first(became)  # "Nevada became the first state … to begin a state legislative session"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token


def becomes_the_first(verb: Token) -> bool:
    """Whether "become" tells a feat: its complement is "the first" (the only, a superlative) one to do
    something ("Eliud Kipchoge became the first person to run a marathon in under two hours", "Nevada became the
    first state … to begin a state legislative session"): the infinitive says what was done first, an act, where
    "became president" or "became the first" alone only change a state. "The last" to do something closes a series
    ("the Antarctic continent became the last continent to report cases"): the news is the series' last event, told
    on its own, not a feat (events-dev3 lists no "become" there)."""
    ordinal = next((c for c in verb.children if c.dep_ == "attr" and any(
        a.dep_ == "amod" and (a.lower_ in ("first", "only") or a.tag_ == "JJS") for a in c.children)), None)
    if ordinal is None:
        return False
    infinitives = [c for c in ordinal.children if c.dep_ in ("relcl", "acl")] + [
        c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > ordinal.i]
    return any(any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in infinitives)
