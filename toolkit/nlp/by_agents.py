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

Two more shapes of the parse hide a named agent. A passive participle joined to the next by "and", with one
"by" phrase after both, shares it ("The top floor has been extensively damaged and blackened by the blaze": the
blaze damaged it too). A "by" before a participle and a plural noun of people is read as a gerund with its object,
though the participle describes the agent ("Lam was interrupted by protesting legislators": the legislators); a
noun of things after the gerund stays its object ("was balanced by cutting costs": a means).

Example:
    >>> named_agent(doc[6])  # "… was banned from … at archeological sites by the Greek Ministry of Culture"  # doctest: +SKIP
    Ministry
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.pronoun_antecedents import person_noun

# Entity labels of who can act: people, bodies, groups, countries.
_ACTORS = frozenset({"PERSON", "ORG", "NORP", "GPE"})

# Relations a "by" phrase may hang from on its way up to the verb, inside the verb's own clause:
# prepositional phrases, their objects, a gerund after a preposition ("from conducting worship").
# Plural endings of nouns of doers ("legislators", "strikers", "activists", "civilians").
_DOERS = ("ers", "ors", "ists", "ians")

_WITHIN_CLAUSE = frozenset({"prep", "pobj", "pcomp", "dobj", "compound", "appos", "npadvmod"})


def names_an_actor(token: Token) -> bool:
    """Whether ``token`` is (part of) the name of a person, a body, a group or a country."""
    return token.ent_type_ in _ACTORS


def _stranded_by(verb: Token) -> Token | None:
    """The object of the first "by" to the right of ``verb`` that hangs on a noun of the verb's
    own clause and names an actor, if any."""
    for token in verb.subtree:
        # (the parser may even label it "agent" on the noun: "was brought into national politics and the Indian
        # National Congress (INC) party by Indira Gandhi")
        if token.i <= verb.i or token.dep_ not in ("prep", "agent") or token.lower_ != "by" \
                or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        named = next((g for g in token.children if g.dep_ == "pobj" and _names_doers(g)), None)
        if named is None:
            continue
        current = token.head
        while current.i != verb.i and (current.dep_ in _WITHIN_CLAUSE
                                       or (current.dep_ == "conj" and current.pos_ in ("NOUN", "PROPN"))):
            current = current.head  # (a noun of a list: "into national politics and the … party")
        if current.i == verb.i:
            return named
    return None


def _names_doers(noun: Token) -> bool:
    """Whether the object of a stranded "by" names who can act: a name of an actor, or people by their calling, named
    by a body's or a place's name before them or alone ("was remanded in his absence by Barrow magistrates", "was
    killed in an attack by gunmen"). A thing ("in a letter by mail") is none."""
    return names_an_actor(noun) or (noun.pos_ == "NOUN" and person_noun(noun)) \
        or any(c.dep_ == "compound" and names_an_actor(c) for c in noun.children)


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


def shared_by_phrases(verb: Token) -> list[Token]:
    """The "by" phrases of the passive participle joined to ``verb`` by "and" or "or" right after it, with no
    subject or auxiliary of its own ("damaged and blackened by the blaze"), when ``verb`` is a passive with none."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("and", "or") or doc[verb.i + 1].dep_ != "cc":
        return []
    after = doc[verb.i + 2]
    # (a passive of an act, in the past or the perfect: "I am honored and humbled by the trust" is a state)
    if after.dep_ != "conj" or after.head.i != verb.i or after.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" and (c.tag_ == "VBD" or c.lower_ == "been") for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in after.children):
        return []
    return [c for c in after.children if c.dep_ == "agent"]


def described_agent(by: Token) -> Token | None:
    """The people a "by" phrase names through a participle the parser read as a gerund with an object ("by
    protesting legislators"): a plural noun of people right after the participle, with no determiner, its one
    dependent."""
    gerund = next((c for c in by.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i == by.i + 1), None)
    if gerund is None:
        return None
    children = list(gerund.children)
    if len(children) != 1 or children[0].dep_ != "dobj" or children[0].i != gerund.i + 1:
        return None
    noun = children[0]
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) \
            or not (person_noun(noun) or noun.lower_.endswith(_DOERS)):
        return None
    # and only where the passive happens to a person (or a name the model left unlabelled, a surname told before):
    # a means done to one ("was saved by hiring lawyers") is rare,
    # to a thing common ("was funded by selling vouchers")
    patient = next((c for c in by.head.children if c.dep_ == "nsubjpass"), None)
    if patient is None or not (patient.ent_type_ == "PERSON" or patient.lower_ in ("he", "she", "they")
                               or (patient.pos_ == "PROPN" and not patient.ent_type_) or person_noun(patient)):
        return None
    return noun
