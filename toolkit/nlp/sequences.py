"""A passive verb of sequence between two things: the writer placing one event after another.

:func:`toolkit.nlp.events.events` asks this beside
:func:`~toolkit.nlp.descriptions.relates_in_time`, whose rule reads the active present ("The move
follows …"). A rule of English news language: "X was followed by Y" with an event or
a thing on both sides ("Press TV said the crash was followed by a fire", "Hurricane Barry was the
first hurricane of the season, and it was followed by Hurricane Dorian in late August") tells
that Y came after X, an order in time told by the writer; nobody followed anyone, and the "by"
phrase is no agent; so does a participle after a clause ("received his education in India …,
followed by a cultural tour of the world"), also when it is joined to another participle ("…,
threatening a massive oil-spill and followed by a months-long salvage effort"). A person or a body on either side is a pursuit or an escort ("The car was
followed by police", "He was followed by reporters"), an act, and stays; so does a participle "followed by" someone
with a bare count or share of its own, after a clause of an act: it tells the act again of the next in the tally
("Pete Buttigieg secured the most delegates, at 14, followed by Bernie Sanders, with 12": Sanders secured 12). After
a clause of "have" or "be" it ranks a holding or a state ("Bernie Sanders had the most delegates, with 60, followed
by Biden, with 54"), and is no act of anyone either.

Example:
    >>> follows_in_sequence(doc[6], "follow")  # "the crash was followed by a fire"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.descriptions import SEQUENCE_VERBS, names_a_thing

# Pronouns that stand for an event or a thing just told ("It was followed by another earthquake").
_THING_PRONOUNS = frozenset({"it", "this", "that"})

# Labels of names of people: a named person on either side is followed by someone, an act.
_PEOPLE_LABELS = frozenset({"PERSON", "NORP"})


def _is_a_thing(noun: Token) -> bool:
    """Whether a subject or a "by" object stands for a thing or an event, not a person or a body:
    a pronoun of a thing, a common noun of a thing, or a name of no person ("Hurricane Dorian")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in _THING_PRONOUNS
    if noun.pos_ == "NOUN":
        return names_a_thing(noun)
    return noun.pos_ == "PROPN" and noun.ent_type_ not in _PEOPLE_LABELS


def _joined_to_participle(verb: Token) -> bool:
    """Whether a participle is the conjunct of a participle set after a clause, as one more thing
    that came of it ("The Houthi rebels attack the … tanker M/V Sounion, threatening a massive
    oil-spill and followed by a months-long salvage effort")."""
    head = verb.head
    return verb.dep_ == "conj" and head.i < verb.i and head.tag_ in ("VBG", "VBN") and head.dep_ in ("advcl", "acl")


def _a_count(noun: Token) -> bool:
    """Whether the object of a "with" is a bare count or share: a number ("with 54"), a percentage ("with 30%",
    "with 30 percent"); not things counted ("with 3 cruisers")."""
    return noun.like_num or noun.pos_ == "NUM" or noun.ent_type_ == "PERCENT" or noun.lower_ in ("percent", "%")


# Verbs of a clause that holds or is, not acts ("had the most delegates", "was first"): a tally after them ranks a
# state.
_STATE_HEADS = frozenset({"have", "be"})


def _ranked_by_count(verb: Token) -> bool:
    """Whether a participle "followed by" after a clause of "have" or "be" carries a "with" of a count, on itself
    or on its "by" object ("had the most delegates, with 60, followed by Biden, with 54"): a ranking of a state."""
    if verb.head.lemma_.lower() not in _STATE_HEADS:
        return False
    holders = [verb] + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and _a_count(g) for g in c.children)
               for holder in holders for c in holder.children)


def follows_in_sequence(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is a passive "followed"/"preceded" with a thing for subject and a thing
    for its "by" phrase, or a participle "followed by" a thing, or by anyone with a count after a
    clause of "have" or "be" (see the module's docstring)."""
    if lemma not in SEQUENCE_VERBS:
        return False
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is None:
        return False
    participle = verb.tag_ == "VBN" and (verb.dep_ in ("advcl", "acl") or _joined_to_participle(verb)) \
        and not any(c.dep_ in ("auxpass", "nsubjpass", "nsubj") for c in verb.children)
    if participle and _ranked_by_count(verb):
        return True  # "had the most delegates, with 60, followed by Biden, with 54": next in a holding
    if not _is_a_thing(agent):
        return False
    if participle:
        # "received his education in India …, followed by a cultural tour of the world": the
        # participle puts the next event after the clause it hangs on; its "by" phrase does nothing
        return True
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and _is_a_thing(subject)
