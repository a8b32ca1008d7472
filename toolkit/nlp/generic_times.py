"""Clauses of time in a general statement: a "when" or "after" clause under a present main clause.

Science news tells how things work in the present: "A black hole forms an accretion disk when a
significant amount of matter orbits the black hole", "After the trypsin has broken collagen fibres
into peptides, it is analysed using …". The clause of time is then a condition of what generally
happens, no event that took place; :func:`~toolkit.nlp.predicates.sets_the_scene` already leaves
out a clause of time in the simple present opened by a subordinator. :func:`generic_time_clause`
adds two forms the small model gives: "when" (or "whenever") hung as an adverb at the clause's start
rather than as a subordinator, and the present perfect ("has broken"), which after "after", "once"
or "when" in a present sentence tells a step done before the next, not a past act. The main clause
must be in the general present (a present verb, or "is"/"are"/a modal before it): under a past one
("when the fire broke out, guests fled") or a present perfect ("since GitHub has restored public
access, Sergey M has made the GitLab repository private") the clause is narrated; "since" and "as"
are left to the other rules for that reason.
"""

from __future__ import annotations

from spacy.tokens import Token

# Subordinators of a clause of time that, in a present sentence, set a condition or a step
# ("since" and "as" are left out: "since GitHub has restored public access, Sergey M has made …").
_TIME_MARKS = frozenset({"when", "whenever", "after", "once", "before", "until", "till"})

# Adverbs of time the parser hangs on the clause they open, instead of marking it.
_WHEN = frozenset({"when", "whenever"})

_PRESENT = frozenset({"VBZ", "VBP"})


def _opened_by_time(clause: Token) -> bool:
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in _TIME_MARKS:
            return True
        if child.dep_ == "advmod" and child.lower_ in _WHEN and child.i == clause.left_edge.i:
            return True
    return False


def _in_the_present(verb: Token) -> bool:
    """Whether a main clause's verb group is a general present: a present form, or a present
    auxiliary of the passive or a modal; not the present perfect ("has made"), a past act."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have") for a in auxiliaries):
        return False
    if verb.tag_ in _PRESENT:
        return not auxiliaries
    return any(a.tag_ in _PRESENT or a.tag_ == "MD" for a in auxiliaries)


def _present_or_perfect(clause: Token) -> bool:
    """A simple present ("orbits") or a present perfect ("has broken") with no other auxiliary."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in _PRESENT:
        return not auxiliaries
    return clause.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in ("has", "have")


def generic_time_clause(verb: Token, top: Token) -> bool:
    """Whether ``verb`` heads a clause of time in a general statement (see the module's docstring).

    Args:
        verb: a candidate event's verb.
        top: the head of the clause it belongs to.

    Returns:
        True for "when a significant amount of matter orbits the black hole" under "A black hole
        forms …": a condition of what generally happens, no event.
    """
    if top.dep_ != "advcl" or verb.i != top.i or not _opened_by_time(top) or not _present_or_perfect(top):
        return False
    main = top.head
    return main.i != top.i and main.pos_ in ("VERB", "AUX") and _in_the_present(main)
