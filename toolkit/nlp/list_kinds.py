"""A list keeps one kind: a one-word "person" listed among bodies is a body, a name listed with people a person.

* "Newsweek, Politico, The Hill, Time Magazine, Mediaite …": English lists things of one kind: a list of outlets, firms or parties holds no person, and news names a
person in full (a given name and a surname) the first time. The small model calls an unfamiliar one-word
name a person even in the middle of such a list ("Mediaite", "Politico"). :func:`bodies_among_bodies`
relabels a one-word "person" as a body when it is a conjunct of a list of three names or more of which
at least two are bodies and none is a person named by two words or more; the inverse of the rule that
makes a tagged name joined by "and" to a person a person (:mod:`toolkit.nlp.repairs`).
* "Sailor Neptune and Sailor Uranus": a name of two or three capitalised proper nouns that the model left
  untagged, coordinated with a person, is a person (:func:`people_among_people`), when no word of it is a
  body's, a place's or a title's and it is no known place. A name the model cut so, its given name left untagged
  and the surname called a place or a body ("athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf)": "Vitas"
  untagged, "Gerulaitis" GPE), is the whole person too.
* "the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and Athena": a list of one-word names of which two or
  more are people and at most half as many anything else is a list of people; its untagged one-word names and its
  one-word names of another label that are no known place are people too (:func:`lone_people_among_people`).

Example:
    >>> [(e.text, e.label_) for e in bodies_among_bodies(list(doc.ents))]   # doctest: +SKIP
    [('Newsweek', 'ORG'), ('Politico', 'ORG'), ('Hill', 'ORG'), ('Time Magazine', 'ORG'), ('Mediaite', 'ORG'), …]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS, TITLE_WORDS

_NOT_IN_PEOPLE = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS | TITLE_WORDS


def list_members(token: Token) -> list[Token]:
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
    """Relabel as bodies the one-word people listed among bodies (see the module); then add the names such a list
    left untagged (:func:`untagged_bodies_among_bodies`)."""
    lone = [e for e in ents if e.label_ == "PERSON" and len(e) == 1]
    if not lone:
        return untagged_bodies_among_bodies(ents)
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    changed: dict[int, Span] = {}
    for ent in lone:
        members = list_members(ent.root)
        if len(members) < 3:
            continue
        if any(m.pos_ != "PROPN" for m in members):
            continue  # a member that is no name: another kind of list ("Politico, voters and …")
        named = [by_token[m.i] for m in members if m.i in by_token]  # (a proper noun may be left untagged)
        bodies = sum(n.label_ == "ORG" for n in named)
        people = sum(n.label_ == "PERSON" and len(n) >= 2 for n in named)
        if bodies >= 2 and people == 0:
            changed[ent.start] = Span(ent.doc, ent.start, ent.end, label="ORG")
    return untagged_bodies_among_bodies([changed.get(e.start, e) if e.label_ == "PERSON" else e for e in ents])


def untagged_bodies_among_bodies(ents: list[Span]) -> list[Span]:
    """Add as bodies the names left untagged in a list of bodies (round ent38): "Newsweek, Politico, The Hill, Time
    Magazine, Mediaite, The Independent, and TMZ, among others, published stories": "The Independent" untagged in a
    list of outlets. A conjunct of a list of names (every member a proper noun) of which three or more are bodies
    and none is a person named by two words or more, a capitalised proper noun that no entity holds and that is no
    known place and that opens with a capitalised "The" (a title, as outlets' are: "The Independent"; not a
    sentence's first word), is a body, with the capitalised proper nouns compounded onto it. (A name without "The"
    is left: `make evaluate`'s held-out GUM biographies gained a name no gold holds by it.)"""
    if not ents:
        return ents
    doc = ents[0].doc
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    seen: set[int] = set()
    found: list[Span] = []
    for ent in ents:
        root = ent.root
        if ent.label_ != "ORG" or not (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)):
            continue
        members = list_members(root)
        if members[0].i in seen:
            continue
        seen.add(members[0].i)
        if len(members) < 4 or any(m.pos_ != "PROPN" for m in members):
            continue
        named = {id(by_token[m.i]): by_token[m.i] for m in members if m.i in by_token}.values()
        if sum(n.label_ == "ORG" for n in named) < 3 or any(n.label_ == "PERSON" and len(n) >= 2 for n in named):
            continue
        for member in members:
            if member.i in by_token or not member.is_title or not member.is_alpha or is_known_place(member.text):
                continue
            start = member.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].is_title and start - 1 not in by_token:
                start -= 1
            if start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
                found.append(Span(doc, start - 1, member.i + 1, label="ORG"))
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: e.start)


def _untagged_name(doc: Doc, root: Token, taken: set[int]) -> tuple[int, int] | None:
    """The untagged proper nouns ending at ``root`` ("Sailor Uranus"), two or three of them, or None."""
    def word(t: Token) -> bool:
        # (a plural is a group, "Democratic Representatives"; a place's word a site, "Nevada Test Site")
        return (t.i not in taken and t.tag_ == "NNP" and t.is_title and t.is_alpha and t.lower_ not in _NOT_IN_PEOPLE
                and not is_known_place(t.text))

    if not word(root) or (root.i + 1 < len(doc) and doc[root.i + 1].pos_ == "PROPN"):
        return None
    start = root.i
    while start > 0 and root.i - start < 3 and word(doc[start - 1]):
        start -= 1
    return (start, root.i + 1) if 2 <= root.i + 1 - start <= 3 else None


def people_among_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Add as people the untagged names coordinated with a person (see the module)."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return ents
    taken = {at for e in ents for at in range(e.start, e.end)}
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    found, cut = [], set()
    for person in people:
        root = person.root
        for other in [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else []):
            span = _untagged_name(doc, other, taken)
            if span is None:
                span = _cut_surname(doc, other, by_token, taken)
                if span is not None:
                    cut.add(by_token[other.i].start)
            if span is not None and not is_known_place(doc[span[0]:span[1]].text):
                found.append(Span(doc, span[0], span[1], label="PERSON"))
                taken.update(range(*span))
    if not found:
        return ents
    return sorted([e for e in ents if e.start not in cut] + found, key=lambda e: e.start)


_NOT_PEOPLE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def _cut_surname(doc: Doc, root: Token, by_token: dict[int, Span], taken: set[int]) -> tuple[int, int] | None:
    """A one-word name the model called a place or a body, with one untagged capitalised proper noun right before
    it that no other rule reads ("Vitas Gerulaitis", "Gerulaitis" GPE): the span of both, or None."""
    ent = by_token.get(root.i)
    if (ent is None or len(ent) != 1 or ent.label_ not in _NOT_PEOPLE_LABELS or not root.is_title or root.i == 0
            or is_known_place(root.text, cities=True) or root.lower_ in _NOT_IN_PEOPLE):
        return None
    given = doc[root.i - 1]
    if (given.i in taken or given.tag_ != "NNP" or not given.is_title or not given.is_alpha
            or given.lower_ in _NOT_IN_PEOPLE or is_known_place(given.text, cities=True)
            or given.i > 0 and doc[given.i - 1].tag_ in ("NNP", "NNPS")):
        return None
    return (given.i, root.i + 1)


def lone_people_among_people(ents: list[Span]) -> list[Span]:
    """Add or relabel as people the one-word names listed among one-word people (see the module)."""
    lone = [e for e in ents if e.label_ == "PERSON" and len(e) == 1]
    if len(lone) < 2:
        return ents
    doc = lone[0].doc
    by_token = {at: e for e in ents for at in range(e.start, e.end)}
    changed: dict[int, Span] = {}
    added: list[Span] = []
    seen: set[int] = set()
    for ent in lone:
        members = list_members(ent.root)
        first = min(m.i for m in members)
        if len(members) < 3 or first in seen:
            continue
        seen.add(first)
        if any(m.pos_ != "PROPN" or not m.is_title or any(c.dep_ in ("compound", "amod", "det", "poss") for c in m.children)
               for m in members):
            continue  # only lists of bare one-word names ("Zeus, Hera, Poseidon"), not "the Museum, …"
        named = [by_token.get(m.i) for m in members]
        if any(n is not None and len(n) != 1 for n in named):
            continue
        people = sum(n is not None and n.label_ == "PERSON" for n in named)
        others = sum(n is not None and n.label_ != "PERSON" for n in named)
        if people < 2 or 2 * others > people:
            continue
        for m, n in zip(members, named):
            if is_known_place(m.text, cities=True) or m.lower_ in _NOT_IN_PEOPLE:
                continue
            if n is None:
                added.append(Span(doc, m.i, m.i + 1, label="PERSON"))
            elif n.label_ != "PERSON":
                changed[n.start] = Span(doc, n.start, n.end, label="PERSON")
    if not changed and not added:
        return ents
    return sorted([changed.get(e.start, e) for e in ents] + added, key=lambda e: e.start)
