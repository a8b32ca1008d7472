"""A speaker's own view in the first person: "I think …", "I guess …", "we hope …" frame a claim, they tell no act.

In a transcript of remarks, whose "I" and "we" are the turn's speaker, the speaker hedges and frames nearly every
claim: "I think we'll be able to make a deal", "I hope that's the case", "I guess they'll have to". The claim itself
is the event, reported by the speaker; the verb of thinking over it is the way the speaker puts it, no position a
reader would record apart from it (a third person's "Moscow believes …" still is one). A verb of wanting or liking
over a ceremony of the speaker's own ("I want to thank Howard", "I'd like to welcome …") is the ceremony's preface,
and the ceremony itself is none (:mod:`toolkit.nlp.ceremonies`). The past ("I thought it was over") reports a view
once held and stays, as does a view with a thing for object ("we want peace": what the speaker seeks).

Example:
    >>> frames_own_view(doc[1], "think")  # "I think we'll be able to make a deal"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import simple_present

# Verbs of thinking that frame a claim (a lexical class): present tense, first person, a clause or nothing after.
_VIEW_FRAMES = frozenset({"think", "believe", "guess", "suppose", "hope", "mean", "feel", "know", "expect",
                          "assume", "figure", "bet", "imagine", "understand"})
# Verbs of wanting that preface a ceremony of the speaker's ("I want to thank …", "I'd like to welcome …").
_PREFACES = frozenset({"want", "like", "love", "wish"})
_PREFACED = frozenset({"thank", "welcome", "congratulate", "introduce", "recognize", "recognise", "say", "salute",
                       "acknowledge", "announce", "begin", "start", "ask", "invite", "have", "bring", "call"})
_FIRST_PERSON = frozenset({"i", "we"})


def frames_own_view(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is the speaker's own framing of a claim or a ceremony (see the module's docstring)."""
    head = lemma.split()[0]
    if head not in _VIEW_FRAMES and head not in _PREFACES:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children):
        return False
    if head in _PREFACES:
        # ("I'd like to thank everyone": "would" and "like", a wish put politely)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _PREFACED for c in verb.children)
    if not simple_present(verb):
        return False
    return not any(c.dep_ in ("dobj", "attr", "xcomp") for c in verb.children)
