"""Advice: "should" or "ought to" in the writer's own voice tells what ought to be done, not what is done.

"Lawmakers should reject the budget", "The West ought to arm Kyiv now": in a main clause that nobody is reported as
saying, the clause is the writer's counsel (an editorial's, a columnist's, a blogger's), and no event. Said by
someone ("Annan said steps should be taken", "…, the minister said"), the requested act is that speaker's demand,
and the event reader keeps it with its ``reported_by``; an inverted condition ("should Pierluisi remain
unconfirmed") tells a case, no advice, and asserts nothing either. "must" is left alone: unreported, it states a
rule or a requirement as news does ("it must also be approved by the Senate"). A speaker's "should" in a quotation
or an interview's turn is that speaker's demand, and stays, marked quoted; a transcript of remarks is read as its
document's own voice (:mod:`toolkit.nlp.interviews`), and its "Europe should give more" is counsel like a
columnist's, left to the quotations.

Example:
    >>> advised(doc[2])  # "Lawmakers should reject the budget."  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_root


def advised(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb under "should" or "ought to" (its own, or its first conjunct's)."""
    if verb.tag_ not in ("VB", "VBN"):
        return False
    for clause in (verb, conjunct_root(verb)):
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if auxiliaries:
            return any(a.lower_ in ("should", "ought") for a in auxiliaries)
    return False
