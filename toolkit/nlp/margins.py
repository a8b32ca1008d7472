"""An amount after "by" that the parser ran into the subject of a gapped clause is a margin, no agent.

English states two changes in one sentence by leaving out the second verb (gapping): "Short-run
real GDP will be boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%", "Sales rose by 5% in
Europe and profits by 2%". The small model reads the first margin and the subject of the gapped
clause as one noun phrase after "by" ("3.3-3.8% and long-run real GDP", headed by "GDP"), which
:func:`toolkit.nlp.clauses.agent_phrase` would take for the passive's agent: the second thing
changed would have done the first change. An agent's phrase does not open with an amount joined by
"and" to a noun: the amount is the size of the change (:func:`~toolkit.nlp.clauses.names_a_measure`),
the noun the subject of a clause whose verb is left out, and the passive names no agent.
A "by" phrase with an amount that modifies its noun ("by 3,000 protesters", "by 10,694 votes") has no
"and" between the two and is left as it is.

Example:
    >>> margin_run_into_gap(doc[18])  # "boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of the amounts that measure a change (as toolkit.nlp.clauses._MEASURES, less dates and times:
# "by 2020 and the decade after" is a deadline, not a margin).
_AMOUNTS = frozenset({"PERCENT", "QUANTITY", "MONEY"})


def margin_run_into_gap(noun: Token) -> bool:
    """Whether a "by" object ``noun`` heads a phrase that opens with an amount and runs on, after an
    "and" of its own phrase, into the noun: a margin and the subject of a gapped clause read as one
    noun phrase (see the module's docstring)."""
    words = list(noun.subtree)
    if not words or words[0].ent_type_ not in _AMOUNTS or words[0].i >= noun.i:
        return False
    # the amount's words, then an "and" before the noun, with no other word of an amount after it
    end = next((w.i for w in words if w.ent_type_ not in _AMOUNTS), noun.i)
    joint = noun.doc[end]
    return joint.dep_ == "cc" and joint.lower_ in ("and", "while") and joint.i < noun.i \
        and not any(w.ent_type_ in _AMOUNTS for w in noun.doc[joint.i + 1:noun.i + 1])
