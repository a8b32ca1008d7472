"""A person "being held": the state of their custody, not an act ("Jeffs is being held without bond at a jail").

Crime reporting tells the law's acts on a person in the simple past ("was arrested", "was charged", "detained him")
and where the person is now in the progressive passive of "hold": "LaCalamita is being held in the Genesee County
jail", "the attacker, who was being held in isolation pending investigation". The progressive tells a state that
lasts over the time of the telling, not a thing done that day, and the act that began it is told on its own. So a
person's being held is no event (:func:`held_in_custody`); a thing's is ("The summit is being held in Geneva": the
summit takes place), and so are the simple passive ("He was held for questioning on Monday") and a holding by
someone named ("Three hostages are being held by the gunmen": the gunmen's act).

Example:
    >>> held_in_custody(doc[3], "hold")  # "Jeffs is being held without bond"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lookups import entities
from toolkit.nlp.pronoun_antecedents import person_noun

# Pronouns of a person, and the relatives that stand for one.
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "who", "whom"})


def held_in_custody(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` (its lemma ``lemma``) is "being held" said of a person (see the module's docstring)."""
    if lemma != "hold" or verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None or any(c.dep_ == "agent" for c in children):
        return False
    if subject.lower_ in ("who", "whom") and verb.dep_ == "relcl":
        subject = verb.head  # "the attacker, who was being held …"
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL or person_noun(subject) \
        or (subject.is_title and _a_surname(subject))


def _a_surname(word: Token) -> bool:
    """Whether a capitalised word the model left untagged ends a person's name elsewhere in the text ("Jeffs" after
    "Warren Jeffs")."""
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == word.text for ent in entities(word.doc))
