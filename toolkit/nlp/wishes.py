"""Wishes: "May God bless America", a modal before its subject that asks for something, no act.

English puts "may" before the subject to wish, pray or bless ("May God bless the memory of those
who fell", "May their legacies inspire …", "May he rest in peace"): the optative, which closes
nearly every presidential message and many condolences. Nothing has happened or is claimed to
happen, so the clause is no event, not an event with the modality "may" (that is the possibility
of "Rain may fall"). The grammar is enough, with no list of verbs: the auxiliary "may" stands
before the verb's subject, in a sentence that asks no question ("May I ask …?" is a request the
question-mark rule already drops).

A polite request is no act either: a verb in its bare form with "please" and no auxiliary ("Alright,
Mr. Sova, please proceed.", "Please call the case and sit down") asks the one addressed to do it,
who, named before it as the parser's subject, has not done it; a request reported with "to" ("asked
them to please leave") keeps its infinitive for the rules of reports.

Example:
    >>> is_wish(doc[2])  # "May God bless the memory of those who fell, …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token


def is_wish(verb: Token) -> bool:
    """Whether ``verb`` is the verb of an optative clause: its "may" comes before its subject."""
    children = list(verb.children)
    wish = next((c for c in children if c.dep_ == "aux" and c.lower_ == "may" and c.tag_ == "MD"), None)
    if wish is None:
        return False
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is not None and wish.i < subject.left_edge.i


def is_request(verb: Token) -> bool:
    """Whether ``verb`` is a polite request's: a bare verb with "please" and no auxiliary, or a bare
    verb joined to one ("please sit down and listen")."""
    if verb.tag_ != "VB":
        return False  # (the climb below starts only from a bare verb, and ends on one)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VB" and verb.head.tag_ == "VB":
        verb = verb.head
    children = list(verb.children)
    return verb.tag_ == "VB" and any(c.lower_ == "please" and c.dep_ in ("intj", "advmod", "discourse")
                                     for c in children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children)

