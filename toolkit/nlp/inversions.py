"""Conditions written by inversion, with no "if": "Had the deal collapsed, …", "should the US impose tariffs",
"Were Russia to attack …".

English can drop the "if" of a condition and put its auxiliary before the subject instead: "Had the deal
collapsed, U.S. Steel would have closed its mills" says the deal did not collapse; "The EU vowed to retaliate
should the US impose tariffs" says no tariffs were imposed. The small model parses such a clause as an
adverbial clause with its auxiliary first (or as a conjunct joined with no "and" and no comma), and without an "if" to mark it the clause was read as something that
happened ("the deal collapse"). Only three auxiliaries invert in a condition ("had", "should", "were"), and only
an adverbial clause that opens with one, before its own subject, is such a condition: a question ("Should the
government resign?") is a main clause, and "the company had the deal collapsed" has its subject first.

English also opens a condition with a subordinator of several words: "provided (that)", "providing (that)", "as
long as", "so long as", "in the event (that)", "on (the) condition that" ("Suppliers will ship tools provided that
Intel confirms its orders" says nothing was confirmed yet). The parser hangs "provided" on the verb above as a
preposition and marks the clause with "that", or hangs "as" on it as the mark of "as long": without an "if" the
clause was read as something that happened (:func:`phrasal_condition`).

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


# The words a subordinator of several words puts before a condition's clause, read backwards from the word
# before the clause's own first word: "provided (that)", "as long as", "in the event (that)", "on condition that".
_PHRASES = (("provided",), ("providing",), ("long", "as"), ("long", "so"), ("event", "the", "in"),
            ("condition", "on"), ("condition", "the", "on"))
# The last words of those subordinators, for a cheap look over a document.
PHRASE_ENDS = frozenset(phrase[0] for phrase in _PHRASES)
# The marks such a clause may open with (or none: "provided Intel confirms", "in the event the court lifts …").
_PHRASE_MARKS = frozenset({"that", "as"})


def phrasal_condition(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that a subordinator of several words makes a condition: "provided that
    Intel confirms its orders", "As long as he stays healthy", "in the event that the court lifts the injunction".
    "as long as" is a condition only where no verb stands before it: after one it measures a time ("stayed as
    long as the talks lasted"), and the talks did last."""
    if verb.dep_ not in ("advcl", "pcomp", "ccomp", "conj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    doc, first = verb.doc, verb.left_edge
    mark = first.lower_ if first.dep_ == "mark" and first.head.i == verb.i else None
    if mark is not None and mark not in _PHRASE_MARKS:
        return False
    end = first.i  # (the words before the clause's first word, its mark included)
    for phrase in _PHRASES:
        if phrase[0] == "long" and mark != "as":
            continue  # ("as long" takes its "as" as the clause's mark)
        if phrase[0] != "long" and mark == "as":
            continue
        start = end - len(phrase)
        if start < 0 or any(doc[end - 1 - k].lower_ != word for k, word in enumerate(phrase)):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[end - 1].children):
            return False  # "The contract provided that Intel would pay": a verb that states the terms
        if phrase[0] == "long":
            before = doc[start - 1] if start > 0 else None
            return before is None or before.pos_ not in ("VERB", "AUX")
        return True
    return False
