"""A course of action begun: "started supporting", "began turning off", "began deploying".

The event golds list the start of a course of action with its gerund as the object ("Saudi Arabia started supporting
the government of Abdrabbuh Mansur Hadi" → Saudi Arabia | start | supporting the government of …; "PG&E began
turning off electricity"; "Ricardo Rosselló began serving as governor"), as they list "began her climate protest": the
news is that something began, and the gerund is what. Used by :mod:`toolkit.nlp.predicates` (the gerund is then no
event of its own), :mod:`toolkit.nlp.event_fields` (it is the start's object), :mod:`toolkit.nlp.actors` (written as
its phrase) and :mod:`toolkit.nlp.clause_dates` (its time is the start's). An infinitive under "began" stays the event
("began to emerge", "continued to attack"), and so does a gerund of a verb that tells no act ("started saying",
"began having": a stop verb, a neutral report).

Example:
    >>> begins_doing(doc[3]), course_text(doc[3])   # "Saudi Arabia started supporting …"  # doctest: +SKIP
    (True, 'supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion')
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import STOP_VERBS

# The verbs of beginning whose gerund the golds keep as the object.
_BEGINNING = frozenset({"begin", "start"})


def begins_doing(verb: Token) -> bool:
    """Whether a gerund is what "began" or "started" governs, a course of action begun (see the module's
    docstring)."""
    return verb.tag_ == "VBG" and verb.head.lemma_ in _BEGINNING and verb.i > verb.head.i \
        and verb.lemma_.lower() not in STOP_VERBS


def gerund_begun(verb: Token) -> Token | None:
    """The gerund a "begin" or "start" governs as a course of action, or None."""
    if verb.lemma_ not in _BEGINNING:
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and begins_doing(c)), None)


def course_text(gerund: Token) -> str:
    """The gerund's phrase as written, up to a comma or a clause of its own ("supporting the government of … against
    the Houthi rebellion", not ", providing airstrikes …"; "talking consequences for people", not "that would …")."""
    doc, end = gerund.doc, gerund.right_edge.i
    for token in gerund.subtree:
        if token.i > gerund.i and token.dep_ in ("advcl", "relcl", "ccomp", "acl"):
            end = min(end, token.left_edge.i - 1)
    for i in range(gerund.i + 1, end + 1):
        if doc[i].text in (",", ";", ":", "(", "—", "–"):
            end = i - 1
            break
    return doc[gerund.i:end + 1].text
