"""A one-word "person" listed among bodies is a body: "Newsweek, Politico, The Hill, Time Magazine, Mediaite …".

English lists things of one kind: a list of outlets, firms or parties holds no person, and news names a
person in full (a given name and a surname) the first time. The small model calls an unfamiliar one-word
name a person even in the middle of such a list ("Mediaite", "Politico"). :func:`bodies_among_bodies`
relabels a one-word "person" as a body when it is a conjunct of a list of three names or more of which
at least two are bodies and none is a person named by two words or more; the inverse of the rule that
makes a name joined by "and" to a person a person (:mod:`toolkit.nlp.repairs`).

Example:
    >>> [(e.text, e.label_) for e in bodies_among_bodies(list(doc.ents))]   # doctest: +SKIP
    [('Newsweek', 'ORG'), ('Politico', 'ORG'), ('Hill', 'ORG'), ('Time Magazine', 'ORG'), ('Mediaite', 'ORG'), …]
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def _members(token: Token) -> list[Token]:
    """The conjuncts of the list ``token`` belongs to, its first conjunct included."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    members, todo = [], [token]
    while todo:
        current = todo.pop()
        members.append(current)
        todo += [c for c in current.children if c.dep_ == "conj"]
    return members


def bodies_among_bodies(ents: list[Span]) -> list[Span]:
    """Relabel as bodies the one-word people listed among bodies (see the module)."""
    lone = [e for e in ents if e.label_ == "PERSON" and len(e) == 1]
    if not lone:
        return ents
    by_token = {t.i: e for e in ents for t in e}
    changed: dict[int, Span] = {}
    for ent in lone:
        members = _members(ent.root)
        if len(members) < 3:
            continue
        if any(m.pos_ != "PROPN" for m in members):
            continue  # a member that is no name: another kind of list ("Politico, voters and …")
        named = [by_token[m.i] for m in members if m.i in by_token]  # (a proper noun may be left untagged)
        bodies = sum(n.label_ == "ORG" for n in named)
        people = sum(n.label_ == "PERSON" and len(n) >= 2 for n in named)
        if bodies >= 2 and people == 0:
            changed[ent.start] = Span(ent.doc, ent.start, ent.end, label="ORG")
    return [changed.get(e.start, e) if e.label_ == "PERSON" else e for e in ents]
