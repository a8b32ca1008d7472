"""Relative clauses that describe and relative clauses that tell: two readings English keeps apart.

A relative clause on a noun that only says who or what the noun is describes it, as the noun does: the rules in
:mod:`toolkit.nlp.circumstances` leave out one on a copula's noun ("in two people who returned from Italy") and
one on an apposition to a name ("Michael Avenatti, the California lawyer who represented porn star Stormy
Daniels"). This module gives those rules their two edges:

* a death told in a relative is news of its own, whatever the noun it hangs on ("Alan Kurdi, a three-year-old
  Syrian child who drowned in 2015", "were among eleven migrants who died …", "The victims were two soldiers who
  were killed in the ambush"): a verb of dying, or of killing in the passive, in a past tense, is the event the
  clause reports (:func:`tells_a_death`, asked by those rules before they call a relative a description);
* a verb of regarding in the passive with "as" ("The Holy Headdress is recognized by tradition as the veil …",
  "He is regarded by many as the man who …", "is known as …") classes its subject; neither the classing nor a
  relative on the noun after "as" ("the veil that covered the head of Jesus", "the man who invented the
  telephone") is an act told by the report: they say what the thing is taken to be, as a copula would
  (:func:`classed_as`, :func:`describes_in_classing`); a body named as the agent acts, though ("has been
  recognized by UNESCO, as part of our global cultural heritage"). A relative with a subject of its own ("the place where
  Napoleon signed the treaty") tells another's act and stays; so does a verb of calling in words ("has been
  described by the Daily Hive as a squirrel whisperer": a speech act).

A passive relative whose subject counts some of its antecedent ("over a hundred people attended the party, four of
whom were injured in the shooting") or tells a death of people counted ("two soldiers who were killed in the
ambush") happened to those people: like a passive main clause on people counted, an event with no agent named
(:func:`counted_relative`, asked by :func:`toolkit.nlp.predicates.patient_of`).

The verbs of dying, of killing and of regarding are small closed lexical classes.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of dying (active) and of killing (passive): a death is an event of its own wherever it is told.
_DYING_VERBS = frozenset({"die", "drown", "perish", "succumb"})
_KILLING_VERBS = frozenset({"kill", "murder", "slay", "assassinate", "execute", "behead", "shoot"})

# Verbs of regarding: in the passive with "as" they class their subject ("is regarded as", "is known as").
_REGARDING_VERBS = frozenset({"regard", "know", "see", "view", "consider", "recognize", "recognise", "remember",
                              "think"})


def tells_a_death(clause: Token) -> bool:
    """Whether a clause tells a death in a past tense: "who drowned", "who died …", "who were killed …"."""
    lemma = clause.lemma_.lower()
    if clause.tag_ == "VBD":
        return lemma in _DYING_VERBS
    if clause.tag_ == "VBN" and lemma in _KILLING_VERBS | _DYING_VERBS:
        return any(c.dep_ in ("auxpass", "aux") and c.tag_ == "VBD" for c in clause.children)
    return False


def _as_phrase(verb: Token) -> Token | None:
    """The "as" a passive verb of regarding takes ("is recognized … as the veil"; the small model may hang it on
    the agent's noun: "is regarded by many as the man"), or ``None``."""
    if verb.lemma_.lower() not in _REGARDING_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
        if child.dep_ == "agent":
            found = next((t for t in child.subtree if t.lower_ == "as" and t.dep_ == "prep"), None)
            if found is not None:
                return found
    return None


def _regarding_verb_of(as_word: Token) -> Token | None:
    """The verb an "as" belongs to, through the agent's noun it may hang on."""
    current = as_word
    for _ in range(3):
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def classed_as(verb: Token) -> bool:
    """Whether ``verb`` is a passive verb of regarding with "as": "is recognized by tradition as the veil …". A
    body named as the agent recognizes formally, an act ("It has been recognized by UNESCO, as part of our global
    cultural heritage")."""
    if _as_phrase(verb) is None:
        return False
    return not any(c.dep_ == "agent" and any(g.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") for g in c.children)
                   for c in verb.children)


def describes_in_classing(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause, its relative pronoun for subject, on the noun after the "as" of a
    passive verb of regarding: "is recognized … as the veil that covered the head of Jesus"."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or tells_a_death(clause):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children):
        return False  # "the place where Napoleon signed the treaty": another's act, told
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or (verb_of := _regarding_verb_of(noun.head)) is None:
        return False
    as_word = _as_phrase(verb_of)
    return as_word is not None and as_word.i == noun.head.i


def counted_relative(top: Token) -> Token | None:
    """The antecedent of a passive relative clause in a past tense that happened to people counted: a partitive
    of a number ("four of whom were injured") or a death of people counted or named ("two soldiers who were
    killed"); ``None`` otherwise (see the module's docstring)."""
    if top.dep_ != "relcl" or not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in top.children):
        return None
    subject = next((c for c in top.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    if subject.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of"
                                     and any(g.lower_ in ("whom", "which") for g in c.children)
                                     for c in subject.children):
        return top.head  # "…, four of whom were injured"
    antecedent = top.head
    counted = any(c.dep_ == "nummod" for c in antecedent.children) or antecedent.ent_type_ == "PERSON"
    return antecedent if counted and subject.lower_ in ("who", "that") and tells_a_death(top) else None
