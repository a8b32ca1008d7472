"""A bare noun of transport or communication after "by" names a means, not an agent.

:func:`toolkit.nlp.clauses.agent_phrase` and :func:`toolkit.nlp.agents.agent_of` ask this of a
passive verb's "by" object. A rule of English: "by" with a bare singular noun of a way of
travelling or of sending ("Crash victims were transported by ambulance and by air to hospitals",
"spoke to the agency by phone", "Drugs brought in by ocean and by sea") tells how, not who; an agent
takes a determiner or is a name ("was struck by a car", "was hit by the ambulance"), and English
drops the article only before the means; after a verb of conveying, a vehicle is the means with its article too
("Jenkin was brought to the magistrates' court building by a secure van"). The passive then names no agent, as "was extended by two
weeks" names none (:func:`~toolkit.nlp.clauses.names_a_measure`).

The nouns are a lexical class: ways of travelling and of sending word.

Example:
    >>> names_a_means(doc[5])  # "were transported by ambulance"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Vehicles English names bare after "by" ("by car", "by helicopter"), and those it names with a determiner only.
_BARE_VEHICLES = frozenset("""car bus coach train plane aircraft boat ship ferry helicopter ambulance truck lorry
    taxi""".split())
_VEHICLES = _BARE_VEHICLES | {"van", "jet", "vehicle"}
# Ways of travelling and of sending word that English names bare after "by" ("by air", "by phone").
MEANS_NOUNS = _BARE_VEHICLES | frozenset("""air sea land road rail ocean water bicycle bike foot horseback mail email
    post courier phone telephone fax radio video videoconference videolink satellite text letter telegram
    cable""".split())


# Verbs of conveying someone or something: after them, "by" a vehicle tells how, whatever its determiner ("Jenkin was
# brought to the magistrates' court building by a secure van", "was taken to hospital by an ambulance"); after
# another verb the vehicle may be the doer ("was struck by a car").
_CONVEYING_VERBS = frozenset("""bring take transport carry fly ferry drive move transfer airlift rush evacuate deliver
    return ship""".split())


def names_a_means(noun: Token) -> bool:
    """Whether a "by" object is a bare singular noun of transport or communication (see the
    module's docstring): no determiner, possessive or number of its own; or a vehicle after a verb of conveying."""
    if noun.tag_ == "NN" and noun.lower_ in MEANS_NOUNS \
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children):
        return True
    by = noun.head
    return noun.tag_ == "NN" and not noun.ent_type_ and noun.lemma_.lower() in _VEHICLES and by.lower_ == "by" \
        and by.head.lemma_.lower() in _CONVEYING_VERBS and not any(c.dep_ == "poss" for c in noun.children)
