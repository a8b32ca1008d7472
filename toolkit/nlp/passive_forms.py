"""Two forms of an agentless passive that tell an act though they look like a frame: a modal passive and a passive
that gives its patient an office or a verdict.

A passive after a modal ("The guardrail would be examined", "Further charges may be laid") tells an act as the
modal qualifies it: the event golds list it with its modality, as they list the active "police may lay further
charges". Only a modal of a particular occasion counts, in a clause that tells news (a main, coordinated or reported
clause): "can" tells what is possible in general ("can be used to …"), "shall" what a rule prescribes ("shall not be
affected", an order's boilerplate), and a clause that hangs on a noun (the
content of a discussion or a plan) is no report.

A passive whose complement names an office or a verdict tells the act of giving it: "Park was elected mayor of the
capital city in 2011", "was named Best Actor", "was later pronounced dead", "was found guilty on all counts". Other
complements only frame another predicate ("was intended to be done") or name what one is called, and stay out.

Example:
    >>> modal_passive(doc[3])                 # "The guardrail would be examined"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import MODALS

# Verbs that give an office, a title or a state by a judgment, the complement naming it: "elected President",
# "named Best Actor", "pronounced dead".
_CONFERRING = frozenset("elect re-elect reelect appoint name nominate crown pronounce".split())

# The verdicts "find" gives ("found guilty", "found not guilty"): a court's act, where "found dismembered" tells a
# state.
_VERDICTS = frozenset({"guilty", "not-guilty", "innocent"})


# Modals of no particular occasion: "can" tells what is possible in general ("can be used to …"), "shall" what a rule
# prescribes ("the remainder of this order … shall not be affected": the language of laws, orders and contracts).
_NO_OCCASION = frozenset({"can", "shall"})


def modal_passive(verb: Token, top: Token) -> bool:
    """Whether a passive is a modal of an occasion and "be" ("would be examined", "may be laid") in a main,
    coordinated or reported clause."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(auxiliaries) != 2:
        return False
    modal, be = auxiliaries
    return modal.tag_ == "MD" and modal.lower_ in MODALS and modal.lower_ not in _NO_OCCASION \
        and be.dep_ == "auxpass" and be.tag_ == "VB" \
        and (top.dep_ in ("ROOT", "conj") or (top.dep_ == "ccomp" and top.head.pos_ in ("VERB", "AUX")))


def confers(verb: Token) -> bool:
    """Whether a passive's complement is the office, title or verdict the act gives ("was elected President",
    "was pronounced dead", "was found guilty")."""
    lemma = verb.lemma_.lower()
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    if lemma == "find":
        return any(c.lower_ in _VERDICTS for c in complements)
    if lemma == "pronounce":
        return bool(complements)
    return lemma in _CONFERRING and any(c.dep_ == "oprd" for c in complements)
