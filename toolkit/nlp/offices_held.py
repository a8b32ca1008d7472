"""Holders of an office the model took for bodies: "Ricardo Rosselló Nevares resigned as the governor of …".

News says who takes up or leaves an office with a verb of holding office and "as" before the office: "X
resigned as the governor", "X was sworn in as mayor", "X served as secretary of state". Only a person
holds a person's office (a governor, a mayor, a secretary: the roles :data:`toolkit.nlp.lexicon.KIND_NOUNS`
gives to people), so the subject of such a verb is a person, whatever the model called the name; this is
evidence for the vote, as an apposition is. An active verb with an object gives the office to the object
("The Senate confirmed Kash Patel as director", "the board appointed Ms. Cruz as chief executive"), so its subject
is left alone; the subject of the passive or of the verb without an object holds it. The verbs are those of entering, holding and leaving office
(not "act as", which firms do: "Goldman Sachs acted as adviser").

Example:
    >>> office_holder(doc[0:3])   # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import KIND_NOUNS

# Verbs of entering, holding and leaving an office, whose "as" names the office (lemmas).
_OFFICE_VERBS = frozenset({"resign", "serve", "retire", "swear", "elect", "re-elect", "appoint", "reappoint",
                           "install", "inaugurate", "step", "quit", "confirm", "nominate"})


def office_holder(span: Span) -> bool:
    """Whether the name is the subject of a verb of holding office whose "as" names a person's role."""
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _OFFICE_VERBS:
        return False
    if root.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "The Senate confirmed Kash Patel as FBI director": the object takes the office, not the subject
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    preps += [g for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ in ("in", "down")
              for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]  # "sworn in as", "stepped down as"
    return any(o.dep_ == "pobj" and o.pos_ == "NOUN" and KIND_NOUNS.get(o.lemma_.lower()) == "PERSON"
               for p in preps for o in p.children)
