"""A thing that "saw" something underwent it: no act of the thing.

:func:`toolkit.nlp.events.events` asks this beside
:func:`~toolkit.nlp.descriptions.relates_in_time`, whose rule reads a time as the subject of a verb
of witnessing ("2018 saw 11,187 recorded accidents"). A rule of English news language: with a common
noun of a thing for subject, "see" and "witness" tell what happened to the thing or in it, not a
perception ("Grocery prices saw their largest decline in nearly five years", "Under President
Biden, their ranch saw 5,640 illegal crossings in April 2024", "The Netflix show … sees three males
and three females temporarily move in together"): a price, a ranch or a show perceives nothing,
and the verb is no event; what it saw, when it is a clause, is told by that clause. A person, a
body, a place or a name that sees is left to the other rules ("General Motors saw its overall
vehicle sales soar", "Witnesses saw the man running").

Example:
    >>> undergoes(doc[2], "see")  # "Grocery prices saw their largest decline"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.clauses import conjunct_subject
from toolkit.nlp.descriptions import WITNESS_VERBS, active_subject, names_a_thing


def undergoes(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is an active "see" or "witness" with a common noun of a thing for subject
    (see the module's docstring)."""
    subject = active_subject(verb, lemma, WITNESS_VERBS)
    if subject is None and lemma in WITNESS_VERBS and verb.dep_ == "conj" \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        subject = conjunct_subject(verb)  # ("It has … opened VW up to …, and has seen it take …": the "it")
    if subject is not None and subject.lower_ == "it":
        # "It has since seen a resurgence": "it" is never a person, and with a noun for object (not a clause, not
        # "saw it as …") it stands for the thing that underwent the change
        # a bare clause with a subject of its own tells what happened in it ("… and has seen it take more than €16bn
        # of provisions": the scandal saw Volkswagen take them)
        return any((c.dep_ == "dobj" and c.pos_ == "NOUN") or _bare_clause(c) for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return subject is not None and names_a_thing(subject)


def _bare_clause(word: Token) -> bool:
    """Whether ``word`` heads a clause with a subject of its own and a bare verb or a participle ("it take …",
    "prices rising"), the complement a verb of witnessing takes."""
    return word.dep_ in ("ccomp", "xcomp") and word.tag_ in ("VB", "VBG", "VBN") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children) \
        and not any(c.dep_ in ("mark", "aux") for c in word.children)
