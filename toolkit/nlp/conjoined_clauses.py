"""A clause after "and" or "but" the parser read as a noun joined to the verb before it.

"Lohan reportedly pulled up to Morningside in an SUV but the vehicle left without the actress ever getting out"
(New York Post, 2013): the small model joins "vehicle" to "pulled" as a conjunct and hangs "left" on it as a
modifier, so the vehicle's leaving is no act of anyone's. A noun is never a conjunct of a verb: after a coordinator,
a noun phrase followed at once by a verb in the past tense (or a participle with an object of its own) is that
verb's subject, and the verb is the conjunct. :func:`mend_clauses_read_as_noun_conjuncts` hangs the parse so.

Example:
    >>> doc = mend_clauses_read_as_noun_conjuncts(nlp("He pulled up but the vehicle left."))  # doctest: +SKIP
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("vehicle", "left")]
    [('vehicle', 'nsubj', 'left'), ('left', 'conj', 'pulled')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from toolkit.nlp.lookups import forget, indices_where

_COORDINATORS = frozenset({"and", "but", "or", "yet"})


def mend_clauses_read_as_noun_conjuncts(doc: Doc) -> Doc:
    """Make a noun joined to a verb as its conjunct, with a past verb hung on it right after its phrase, that verb's
    subject, and the verb the conjunct (see the module's docstring). In place; the doc is returned."""
    changed = False
    for i in indices_where(doc, dep=("conj",), pos=("NOUN", "PROPN")):
        noun = doc[i]
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or noun.i < verb.i:
            continue
        acted = next((c for c in noun.rights if c.dep_ == "acl"), None)
        if acted is None or any(t.pos_ != "ADV" for t in doc[noun.i + 1 : acted.i]) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in acted.children) \
                or not (acted.tag_ == "VBD" or acted.tag_ == "VBN" and any(c.dep_ == "dobj" for c in acted.children)):
            continue
        if not any(c.dep_ == "cc" and c.lower_ in _COORDINATORS and c.i < noun.left_edge.i for c in verb.children):
            continue  # (joined with no coordinator: a list of nouns, not two clauses)
        acted.head, acted.dep_ = verb, "conj"
        noun.head, noun.dep_ = acted, "nsubj"
        for child in [c for c in noun.children if c.i > acted.i]:
            child.head = acted
        changed = True
    if changed:
        forget(doc)  # (the dependency columns read once per Doc are stale now)
    return doc
