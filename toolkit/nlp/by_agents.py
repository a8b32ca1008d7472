"""Which "by" phrase of a passive names its agent, when the verb has several or the parser hung it
elsewhere.

English uses "by" for the agent of a passive, but also for a margin ("was defeated by 10,694 votes
by James To"), a means ("was returned by mail to the organization by Montalvo") and a place
("the house by the lake"). The small model labels the first "by" after the verb as the agent,
and often hangs a later one on the noun just before it ("was found … in a brown envelope by a
passerby", "was banned from conducting public worship at archeological sites by the Greek
Ministry of Culture"). A passive with no "by" phrase of a named person or body takes the named
one to its right inside its own clause; a verb with several takes the named one. A name of a
person, a body or a country is never a margin, a means or a place beside a noun.

Example:
    >>> named_agent(doc[6])  # "… was banned from … at archeological sites by the Greek Ministry of Culture"  # doctest: +SKIP
    Ministry
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of who can act: people, bodies, groups, countries.
_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# Relations a "by" phrase may hang from on its way up to the verb, inside the verb's own clause:
# prepositional phrases, their objects, a gerund after a preposition ("from conducting worship").
_WITHIN_CLAUSE = frozenset({"prep", "pobj", "pcomp", "dobj", "compound", "appos", "npadvmod"})


def names_an_actor(token: Token) -> bool:
    """Whether ``token`` is (part of) the name of a person, a body, a group or a country."""
    return token.ent_type_ in _ACTORS


def _stranded_by(verb: Token) -> Token | None:
    """The object of the first "by" to the right of ``verb`` that hangs on a noun of the verb's
    own clause and names an actor, if any."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ != "prep" or token.lower_ != "by" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        named = next((g for g in token.children if g.dep_ == "pobj" and names_an_actor(g)), None)
        if named is None:
            continue
        current = token.head
        while current.i != verb.i and current.dep_ in _WITHIN_CLAUSE:
            current = current.head
        if current.i == verb.i:
            return named
    return None


def named_agent(verb: Token, candidates: list[Token]) -> Token | None:
    """The agent of passive ``verb`` among the objects of its "by" phrases (``candidates``, in
    text order, amounts left out): the one naming an actor, else a named "by" phrase the parser
    hung on a noun of the clause, else the first candidate."""
    named = next((c for c in candidates if names_an_actor(c)), None)
    if named is not None:
        return named
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return candidates[0] if candidates else None
    return _stranded_by(verb) or (candidates[0] if candidates else None)
