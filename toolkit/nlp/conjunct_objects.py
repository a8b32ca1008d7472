"""An object pronoun of a second verb that goes on for the person the first verb's phrase named.

In "Other Republicans have broken with Trump and have urged him to move forward with the presidential
transition" the two verbs share their subject, and the "him" of the second is the person the first one's
phrase has just named, Trump; the person nearest before as a subject (the sentence before's "Senate minority
leader Chuck Schumer commented …") is further from it. English takes such a pronoun on from the one the
shared subject has just acted on or with ("met Putin and told him"). Only a verb joined with no subject of its
own, only when the first verb's object, or the object of one of its prepositions, is the one person named there,
and only when the story's pronouns have shown that person to be of the pronoun's sex (the reader in
:mod:`toolkit.nlp.actors` checks it: "broke with Pelosi and urged him" is someone else).

Example:
    >>> first_conjunct_person(doc[9]).text  # "… have broken with Trump and have urged him …"  # doctest: +SKIP
    'Trump'
"""

from __future__ import annotations

from spacy.tokens import Token

# The object pronouns of one person (a closed class).
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def first_conjunct_person(pronoun: Token) -> Token | None:
    """The person named as the object of the first of two verbs sharing a subject, for the object pronoun
    ``pronoun`` of the second (see the module's docstring), or ``None``."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ not in ("dobj", "dative") or pronoun.tag_ != "PRP":
        return None
    verb = pronoun.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    first = verb.head
    if first.pos_ not in ("VERB", "AUX") or first.i > verb.i:
        return None
    named = []
    for child in first.children:
        if child.i > verb.i:
            continue
        if child.dep_ in ("dobj", "dative"):
            named.append(child)
        elif child.dep_ == "prep":
            named.extend(g for g in child.children if g.dep_ == "pobj")
    people = [t for t in named if t.ent_type_ == "PERSON"]
    return people[0] if len(people) == 1 else None
