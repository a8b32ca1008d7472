"""Which clause a time expression the parser hung on a verb really dates, for two constructions where it is not
that verb's act.

* **A target of moving in time.** A verb that moves or stretches something in time ("extend", "postpone",
  "delay") names where it is moved to with "to", "until", "till" or "through": "extended the city lockdown to
  May 1", "had extended its stay-at-home order until May 1". May 1 is the end of the span, not the day of the
  extending, which keeps the day the sentence or the paragraph gives it. Other verbs keep a time after "until" as
  their own ("continued his bid until June", "did not endorse her until July": the events golds date them so).
* **A time that closes a relative clause of the subject.** "Aftershocks of a powerful earthquake that struck the
  province on Wednesday night have increased the death toll": the parser hangs "on Wednesday night" on
  "increased", but it stands inside the subject, after the relative's verb and before the main verb, where
  English puts the relative's own adverbials; the time dates the striking, not the increase.

:func:`toolkit.nlp.clause_dates.clause_dates` asks :func:`is_a_target` and :func:`relative_it_closes` of each time.

Example:
    >>> is_a_target(span, head)  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs that move or stretch a thing in time (a closed class of English): their "to / until" names the new end.
_RETIMING_VERBS = frozenset({"extend", "postpone", "delay", "defer", "prolong", "reschedule", "adjourn", "push",
                             "move", "suspend", "lengthen"})
_TARGET_PREPOSITIONS = frozenset({"to", "until", "till", "through", "into"})


def is_a_target(span: Span, head: Token) -> bool:
    """Whether the time expression is the end a verb of moving in time moves its object to ("extended the
    lockdown to May 1")."""
    if head.lemma_.lower() not in _RETIMING_VERBS:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    preposition = span[0] if span[0].lower_ in _TARGET_PREPOSITIONS else before
    return preposition is not None and preposition.lower_ in _TARGET_PREPOSITIONS and preposition.head.i == head.i


def relative_it_closes(span: Span, head: Token) -> Token | None:
    """The relative clause of the head's subject that the time expression closes: the time hangs on the head
    (itself or by its preposition), comes right after the subject, before the head, and the subject ends in a
    relative clause ("aftershocks of an earthquake that struck … on Wednesday night have increased …"); else
    None. A time set off by commas is the main clause's ("…, which struck the province, on Wednesday increased")."""
    if span.end > head.i:
        return None
    doc = span.doc
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].dep_ == "prep" else span.start
    hung = doc[first] if doc[first].dep_ == "prep" else span.root
    if hung.head.i != head.i:
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.i + 1 != first:
        return None
    relative = next((t for t in subject.subtree if t.dep_ == "relcl"), None)
    if relative is None or relative.right_edge.i != subject.right_edge.i:
        return None  # the relative must be what the subject ends with
    return relative
