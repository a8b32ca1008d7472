"""Capacities: a relative clause that says what a thing can do describes the thing.

A relative clause in the simple present on a thing ("the coronavirus that causes COVID-19") tells
what the thing is, no event (:func:`~toolkit.nlp.predicates.sets_the_scene`). With "can" the
clause tells what the thing is able to do, a description too: "youtube-dl, a software which can
download videos from the internet", "yeast cultures, which can thrive in acidic environments",
"biosignature gases which can help astronomers detect and study potential life". Nothing was done:
the software downloaded nothing by being described. :func:`describes_a_capacity` tells such a
clause: "can" its only auxiliary (present, as the simple present is; "could" may tell what was
done, "which could have killed …"), a relative clause on a common noun for a thing
(:func:`~toolkit.nlp.descriptions.names_a_thing`: "the people that can pay $5 million" and "who can
vote" are what people may do, left to the other rules), and no verb of saying (a reported clause is left to the
reporting rules).
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import names_a_thing
from toolkit.nlp.verb_classes import REPORTING_VERBS

_CAN = frozenset({"can", "ca"})  # ("ca" is the model's word of "can't")


def describes_a_capacity(verb: Token, top: Token, lemma: str) -> bool:
    """Whether ``verb`` heads a relative clause on a thing that says what it can do.

    Args:
        verb: a candidate event's verb.
        top: the head of the clause it belongs to (:func:`~toolkit.nlp.predicates.clause_top`).
        lemma: the verb's lemma as the event rules read it.

    Returns:
        True for "a software which can download videos": a description, no event.
    """
    if top.dep_ != "relcl" or verb.i != top.i or lemma.split()[0] in REPORTING_VERBS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in _CAN:
        return False
    # ("people", the plural of "person" that the lemma keeps apart, names people too)
    return names_a_thing(top.head) and top.head.lemma_.lower() != "people"
