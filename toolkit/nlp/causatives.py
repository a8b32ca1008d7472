"""A causative "have X done": the act is the one of the subject of "have" (round ev45a).

"The state had lanes closed last night as it worked to repair the damaged surface" (Wikinews, 2020): the small model
reads "had" as the auxiliary of a perfect and "lanes" as the subject of "closed", which gives "lanes close" (the
lanes did nothing). English orders a perfect's subject before its auxiliary ("The state had closed lanes"); a noun
between "have" and the participle is the object of a causative, and the act, done by whoever the subject had do it,
is the subject's, with that noun for object: "The state close lanes", as the golds list it (events-dev21).

:func:`mend_causative_haves` makes the parse say so, in place, before the event rules read it: the noun becomes the
participle's object and the subject of "have" the participle's subject. Not so: an inverted perfect with no subject
before "have" ("Had he closed the lanes, …", "Why had they left?"), and a perfect whose subject stands before it.

Example:
    >>> mend_causative_haves(nlp("The state had lanes closed last night."))  # doctest: +SKIP
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import indices_where

# The forms of "have" that make a causative with a noun and a participle.
_HAVE = ("have", "has", "had", "having")


def mend_causative_haves(doc: Doc) -> Doc:
    """Give a causative's participle the subject of "have" and the noun after "have" as its object."""
    for i in indices_where(doc, dep=("aux",), lower=_HAVE):
        have = doc[i]
        verb = have.head
        if verb.tag_ != "VBN" or verb.i <= i:
            continue
        between = [c for c in verb.children if c.dep_ == "nsubj" and i < c.i < verb.i]
        if len(between) != 1 or between[0].pos_ not in ("NOUN", "PROPN"):
            continue  # ("Had he closed the lanes, …": a pronoun after an inverted auxiliary is the subject)
        causer = next((c for c in have.children if c.dep_ == "nsubj"), None) \
            or next((c for c in verb.children if c.dep_ == "nsubj" and c.i < i), None)
        if causer is None:
            continue  # an inverted perfect: its subject is the noun after "have"
        between[0].dep_ = "dobj"
        causer.head = verb
    return doc
