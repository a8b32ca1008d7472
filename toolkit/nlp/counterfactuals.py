"""What did not happen: a modal perfect of the unreal ("could have stopped", "should have sanctioned", "would have
lost") in the writer's own voice tells an act that was not done.

English puts a past that did not come about in "would", "could" or "should" with the perfect: "The White House could
have stopped the deal years ago" (it did not), "Europe should have sanctioned Moscow in 2014" (it did not: a
reproach), "Without the aid, Kyiv would have lost the war" (it did not). Commentary is full of them, and in a main
clause that nobody is reported as saying none is an event. The modal perfects of guessing are left alone ("may
have", "might have": "the film may have spurred recent interest" tells a likely past act), and so is "must have" (an
inference that it did happen), and any of them that someone is reported to say ("he would have died had he not been
armed, he contended"), which the event's ``reported_by`` then carries, or says in a quotation or an interview's
turn: a speaker's claim, kept and marked quoted. A transcript of remarks is read as its document's own voice ("He
should have prevented that war": no event).

Example:
    >>> counterfactual_perfect(doc[4])  # "The White House could have stopped the deal"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root

# Modals of the unreal (a closed class): with "have" and a participle, what was not done.
_UNREAL_MODALS = frozenset({"would", "could", "should", "'d"})


def counterfactual_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a past participle under "would", "could" or "should" and "have" (its own, or those of
    the first conjunct it shares them with: "could have stopped the deal and saved …")."""
    if verb.tag_ != "VBN":
        return False
    for clause in (verb, conjunct_root(verb)):
        auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
        if auxiliaries:
            return any(a.tag_ == "MD" and a.lower_ in _UNREAL_MODALS for a in auxiliaries) \
                and any(a.lemma_ == "have" and a.tag_ == "VB" for a in auxiliaries)
    return False
