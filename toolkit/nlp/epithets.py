"""Epithets: a definite description that renames the person a story is about ("The popular syndicated talkshow
host also fronted the Emmys", "The veteran striker scored again in the second half").

News writing varies its references: after naming someone it opens a later sentence with a description of that
person, a noun of a role, a calling or a sport's position made definite and modified ("the veteran striker", "the
popular talkshow host"). Such a description introduces no one new: a newcomer is named or introduced with "a" ("a
federal judge in Texas"), and a bare "the judge", "the officer" names the one who holds that role in the events
told, who may be someone else. An epithet (:func:`epithet`) is the subject that opens its sentence: "the", at least
one modifier before a noun only a person is named by, and no possessive, relative or apposition that would bring in
someone, nor a body the role serves ("the permanent representative of the United Kingdom" after naming Russia's is
another person). A modifier that is a name ("the Ukrainian champion", "the Russian president") sets the person
apart by nationality or place, which the text may give to someone else: such a description is left to the
descriptions of offices, or read as the one person of the sentences before that its own clause does not name as
well (:func:`apart_from_objects`: "The Ukrainian champion dropped Thompson again" is Klitschko). An epithet stands
for the person the previous sentences were about, found as a pronoun's antecedent is: not the one who reports the epithet's own sentence ("The fearful witness had entered the courtroom
…, Del Giudice said": the judge speaks of someone else, :func:`sentence_reporter`), and nobody where the sentences
before brought in someone unnamed by the same noun ("their next witness had been threatened …. The fearful witness
…": :func:`brought_in_unnamed`).

Example:
    >>> epithet(doc[1])  # "The veteran striker scored again in the second half"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from toolkit.nlp.lexicon import SPEECH_VERBS
from toolkit.nlp.pronoun_antecedents import person_noun

# Nouns of a calling or a sport's position that name only people and that the role lexicon lacks: the words
# sports, crime and entertainment copy vary a person's name with.
# (none that also names a thing: "star", "center", "guard", "anchor", "icon", "legend")
EPITHET_NOUNS = frozenset("""host champion titleholder challenger fighter contender player striker goalkeeper
quarterback pitcher defender midfielder sophomore freshman rookie mobster mafioso gangster boss kingpin presenter
entertainer""".split())

# Modifiers that make a role noun someone's description, not a role's holder: adjectives, nouns, ages, origins.
_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod", "npadvmod"})


def epithet(token: Token, titles: Container[str] = (), *, national: bool = False) -> bool:
    """Whether ``token`` heads an epithet subject (see the module's docstring).

    Args:
        token: the head noun of a subject.
        titles: the role words the text has given its people as titles ("champion" of "champion Klitschko").
        national: whether a nationality or a place among its modifiers is allowed ("The Ukrainian champion"; see
            :func:`apart_from_objects` for the one it may stand for).
    """
    if token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass") or token.ent_type_ \
            or not token.left_edge.is_sent_start:
        return False
    role = token.lemma_.lower()
    if role not in EPITHET_NOUNS and role not in titles and not person_noun(token):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) \
            or any(c.dep_ in ("poss", "relcl", "acl", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "to"))
                   for c in children):
        return False
    modifiers = [c for c in children if c.dep_ in _MODIFIERS and c.i < token.i]
    allowed = ("DATE", "CARDINAL", "NORP", "GPE") if national else ("DATE", "CARDINAL")
    return bool(modifiers) and not any(m.ent_type_ and m.ent_type_ not in allowed for m in modifiers)


def apart_from_objects(token: Token, people: list[tuple[int, str, bool, bool]], start: int) -> str | None:
    """The one person named between ``start`` and ``token`` who is not named in the rest of ``token``'s clause.

    A clause's subject and its object are two people (a name as the object is no reflexive): in "The Ukrainian
    champion dropped Thompson again" after a sentence of Klitschko and Thompson, the champion is Klitschko. So a
    description whose nationality or place the text never gave anyone named is read when the clause names all the
    candidates but one.

    Args:
        token: the head noun of an epithet subject (:func:`epithet` with ``national``).
        people: the resolver's people, in the text's order (token index, name, is subject, in quote).
        start: the first token of the sentences that may hold the one described (the sentence before).
    """
    before = {name for at, name, _, quoted in people if start <= at < token.i and not quoted}
    clause = token.head
    named_in_clause = {name for at, name, _, _ in people if clause.left_edge.i <= at <= clause.right_edge.i
                       and at > token.i}
    if not named_in_clause:
        return None  # (nothing sets the candidates apart)
    left = before - named_in_clause
    return next(iter(left)) if len(left) == 1 else None


def sentence_reporter(token: Token) -> Token | None:
    """The subject of the verb of saying that heads the sentence of ``token`` when ``token``'s clause is what it
    reports ("The fearful witness had entered …, Del Giudice said"), or None."""
    clause = token.head
    while clause.dep_ in ("conj", "ccomp", "parataxis") and clause.head.i != clause.i \
            and clause.head.lemma_.lower() not in SPEECH_VERBS:
        clause = clause.head
    verb = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i != token.i), None)


def brought_in_unnamed(token: Token, start: int) -> bool:
    """Whether a word of the same noun as ``token`` brings in someone unnamed between ``start`` and ``token``: with
    "a", "an" or a possessive and no name beside it ("their next witness", "a witness")."""
    lemma = token.lemma_.lower()
    for word in token.doc[start:token.i]:
        if word.lemma_.lower() == lemma and word.pos_ == "NOUN" and not word.ent_type_ \
                and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in word.children) \
                and not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in word.children):
            return True
    return False
