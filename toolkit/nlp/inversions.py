"""Conditions written by inversion, with no "if": "Had the deal collapsed, …", "should the US impose tariffs",
"Were Russia to attack …".

English can drop the "if" of a condition and put its auxiliary before the subject instead: "Had the deal
collapsed, U.S. Steel would have closed its mills" says the deal did not collapse; "The EU vowed to retaliate
should the US impose tariffs" says no tariffs were imposed. The small model parses such a clause as an
adverbial clause with its auxiliary first (or as a conjunct joined with no "and" and no comma), and without an "if" to mark it the clause was read as something that
happened ("the deal collapse"). Only three auxiliaries invert in a condition ("had", "should", "were"), and only
an adverbial clause that opens with one, before its own subject, is such a condition: a question ("Should the
government resign?") is a main clause, and "the company had the deal collapsed" has its subject first.

Example:
    >>> inverted_condition(nlp("Had the deal collapsed, the mills would have closed.")[3])  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# The auxiliaries English inverts in a condition without "if".
INVERTING = frozenset({"had", "should", "were"})


def inverted_condition(verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause (or a conjunct with no coordinator or comma before it) that is a
    condition by inversion: the clause opens with "had", "should" or "were" (its auxiliary, or the verb "were"
    itself), and its subject follows that word."""
    if verb.dep_ not in ("advcl", "conj"):
        return False
    first = verb.left_edge
    if verb.dep_ == "conj" and (first.i == 0 or verb.doc[first.i - 1].is_punct or verb.doc[first.i - 1].pos_ == "CCONJ"
                                or any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children)):
        return False  # (a conjunct joined with no "and" and no comma: "vowed to retaliate … should Washington impose")
    if first.lower_ not in INVERTING or not (first.i == verb.i or (first.dep_ in ("aux", "auxpass")
                                                                    and first.head.i == verb.i)):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and subject.i > first.i
