"""Number agreement between a speaker and the pronoun of its reported clause.

A body speaks of itself as "it" ("Moscow announced it would end …", "the company said it would
…"), and :func:`toolkit.nlp.events.events` gives such a clause's "it" the speaker's name. A rule of
English: two or more speakers joined by "and" are plural, and take themselves up as "they" or
"we", never as "it"; a singular "it" in what they said stands for a thing named in the sentence
("the American Civil Liberties Union of Montana and Native American Rights Fund filed a lawsuit
against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying it
would prevent many Native Americans from voting": the act would, not the two groups). The same rule read the other
way in wire copy: a report tail "…, it said." cannot take up a plural subject ("Air defenses shot down 61 of the
drones, it said": the air force named before said it), nor a thing that cannot speak (:func:`reports_as_it`).

Example:
    >>> pairs_with_it(doc[7])  # "the ACLU of Montana and Native American Rights Fund …"  # doctest: +SKIP
    False
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import BODY_NOUNS


def pairs_with_it(speaker: Token) -> bool:
    """Whether ``speaker``, the head of a reporting verb's subject, can be taken up as "it": not when
    a conjunct joins it ("X and Y said it …")."""
    return not any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") for c in speaker.children)


def plural_noun(token: Token) -> bool:
    """Whether a noun names more than one: a plural form, or conjuncts joined to it ("Air defenses", "Kyiv and
    Warsaw"); a pronoun "it" can stand for neither."""
    return token.tag_ in ("NNS", "NNPS") or not pairs_with_it(token)


def reports_as_it(subject: Token) -> bool:
    """Whether a clause's subject may be the "it" that reports the clause: a body (a named organisation or place, or
    a noun of a body: "The company will cut 500 jobs, it said"), never a thing ("Falling debris damaged two houses,
    it added": the source named before)."""
    return subject.ent_type_ in ("ORG", "GPE", "NORP") or subject.lemma_.lower() in BODY_NOUNS
