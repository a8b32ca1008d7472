"""Epithets: a definite description that renames the person a story is about ("The Ukrainian champion dropped
Thompson again", "The popular syndicated talkshow host also fronted the Emmys", "The sophomore center from Iowa came
off the bench").

News writing varies its references: after naming someone it opens a later sentence with a description of that
person, a noun of a role, a calling or a sport's position made definite and modified ("the 36-year-old", "the
Ukrainian champion", "the sophomore center from Iowa"). Such a description introduces no one new: a newcomer is
named or introduced with "a" ("a federal judge in Texas"), and a bare "the judge", "the officer" names the one who
holds that role in the events told, who may be someone else. An epithet (:func:`epithet`) is the subject that opens
its sentence, "the" and at least one modifier (an adjective, a noun, a place or origin after "from", the body after
"of") before or after a noun only a person is named by, with no relative or apposition that would introduce
someone. It stands for the person the previous sentences were about, found as a pronoun's antecedent is.

Example:
    >>> epithet(doc[1])  # "The Ukrainian champion dropped Thompson again in the sixth"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from toolkit.nlp.pronoun_antecedents import person_noun

# Nouns of a calling or a sport's position that name only people and that the role lexicon lacks: the words
# sports, crime and entertainment copy vary a person's name with.
EPITHET_NOUNS = frozenset("""host champion titleholder challenger fighter contender star superstar player
striker goalkeeper quarterback pitcher center centre guard forward defender midfielder sophomore freshman rookie
mobster mafioso gangster boss kingpin anchor presenter entertainer icon legend""".split())

# Modifiers that make a role noun someone's description, not a role's holder: adjectives, nouns, ages, origins.
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})


def epithet(token: Token, titles: Container[str] = ()) -> bool:
    """Whether ``token`` heads an epithet subject (see the module's docstring).

    Args:
        token: the head noun of a subject.
        titles: the role words the text has given its people as titles ("champion" of "champion Klitschko").
    """
    if token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ \
            or not token.left_edge.is_sent_start:
        return False
    role = token.lemma_.lower()
    if role not in EPITHET_NOUNS and role not in titles and not person_noun(token):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
            or any(c.dep_ in ("poss", "relcl", "acl", "appos") for c in children):
        return False
    return any(c.dep_ in _MODIFIERS and c.i < token.i for c in children) \
        or any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in children)
