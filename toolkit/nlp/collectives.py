"""Bodies that a "they" stands for: a council that met, a department that spoke.

News takes up a body of people with "they" as often as with "it" ("When the royal council met, they
chose to open the letter"; "The Department issued a statement …: "…" They also said they believed
they had identified the attacker"). :mod:`toolkit.nlp.actors` asks these where it looks for what a
subject "they" stands for: a body named by its head noun (a head noun of bodies,
:data:`~toolkit.nlp.lexicon.ORG_HEADS`) or tagged a body, in the singular, may be that "they" as the
subject of a fronted clause of time or as the speaker a "they" that says goes on for.

Example:
    >>> collective_body(doc[3], doc[4])  # "When the royal council met, they chose …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lexicon import ORG_HEADS, SPEECH_VERBS


def speaks_as_body(token: Token) -> bool:
    """Whether a singular subject names a body whose members a "they" that says may stand for: a head
    noun of bodies or a name tagged a body, not owned by another ("the company's board")."""
    return token.tag_ in ("NN", "NNP") and (token.lemma_.lower() in ORG_HEADS or token.ent_type_ == "ORG") \
        and not any(c.dep_ == "poss" for c in token.children)


def told_by_they(pronoun: Token) -> bool:
    """Whether a "they" is the subject of what a "they" says ("They also said they believed they had
    identified the attacker"): the reported "they" is the speakers again, as a reported "he" is."""
    verb = pronoun.head
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb.i != pronoun.head.i and verb.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.children)


def collective_body(subject: Token, clause: Token) -> bool:
    """Whether a fronted clause's subject is a body named by its head noun, whose members a "they" may
    stand for ("When the royal council met, they chose to open the letter"): news takes up a body of
    people with "they" as often as with "it". Not when the clause's verb agrees with a singular subject
    ("When the committee was formed, they …": "was", "is", "has" mark it one thing)."""
    return (subject.tag_ in ("NN", "NNP") and subject.lemma_.lower() in ORG_HEADS
            and clause.tag_ in ("VBD", "MD") and clause.lower_ not in ("was", "has")
            and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in clause.children))
