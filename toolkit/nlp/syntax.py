"""Small helpers over spaCy's dependency parse, shared by the quote and event extractors."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Span, Token

from spacy.tokens import Doc

from toolkit.nlp.entities import PERSON_TITLES, EntityIndex

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")


def named_in(tokens: Span | list[Token], index: EntityIndex) -> str | None:
    """The canonical name of the entity a subject phrase names, skipping possessors."""
    tokens = list(tokens)
    if not tokens:
        return None
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i + 1
    ranked = []
    for ent in doc[first:last].ents:  # the entities inside the phrase (not Doc.ents: O(document))
        if ent.label_ not in NAMED_LABELS:
            continue
        possessor = ent.end < len(doc) and doc[ent.end].tag_ == "POS" and ent.end < last - 1
        # A name that only qualifies a noun after it ("Fogel lawyers Martin De Luca") is not
        # who the phrase names either.
        possessor = possessor or (ent.root.dep_ == "compound" and ent.end <= ent.root.head.i < last)
        name = index.canonical(ent.text, ent.label_)
        if not name:
            continue
        label = index.label_of.get(name, ent.label_)
        rank = (possessor, {"PERSON": 0, "ORG": 1}.get(label, 2), ent.start)
        ranked.append((rank, name))
    if ranked:
        return sorted(ranked)[0][1]
    return None


def doc_subtree(token: Token) -> list[Token]:
    """The token's subtree, cut at a relative clause or a nested clause."""
    return [t for t in token.subtree if not any(a.dep_ in ("relcl", "acl", "advcl", "ccomp") and a.i != token.i
                                                  for a in _ancestors_until(t, token))]


def _ancestors_until(token: Token, stop: Token) -> list[Token]:
    chain, current = [], token
    while current.i != stop.i and current.head.i != current.i:
        chain.append(current)
        current = current.head
    return chain


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; participles and conjuncts borrow the subject of their head."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if current.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "ccomp") and current.head.i != current.i:
            current = current.head
            if current.dep_ == "prep":
                current = current.head
            continue
        break
    return None


class PersonResolver:
    """Finds named speakers for pronouns and descriptions: the nearest fitting person before."""

    def __init__(self, doc: Doc, index: EntityIndex, inside: set[int], *, turn_speaker=None):
        self.index = index
        self.turn_speaker = turn_speaker or (lambda offset: None)
        self.people: list[tuple[int, str, bool, bool]] = []  # token index, name, is subject, in quote
        self.titles: dict[str, set[str]] = {}
        for ent in doc.ents:
            name = index.canonical(ent.text, ent.label_)
            if not name or index.label_of.get(name) != "PERSON":
                continue
            head = ent.root
            subject = head.dep_ in SUBJECT_DEPS or (head.dep_ in ("appos", "compound") and head.head.dep_ in SUBJECT_DEPS)
            self.people.append((ent.start, name, subject, ent.start in inside))
            for t in doc[max(ent.sent.start, ent.start - 4) : ent.end]:
                if t.lower_ in PERSON_TITLES or t.lower_ in ("official", "aide", "envoy", "spokesman"):
                    self.titles.setdefault(t.lemma_.lower(), set()).add(name)

    def person_before(self, token_index: int, *, role: str | None = None, window: int = 250) -> str | None:
        best = None
        for position, name, subject, in_quote in reversed(self.people):
            if position >= token_index:
                continue
            if token_index - position > window:
                break
            if role and name not in self.titles.get(role, ()):
                continue
            if in_quote:
                continue
            if subject:
                return name
            best = best or name
        return best


def subject_candidates(verb: Token) -> Iterator[Token]:
    """Subjects for a verb, nearest first: its own, then (for a participle or clause without
    one) those of the verbs it hangs from, so "…, calling the process “long”" can reach the
    subject of "cautioned" when the nearer clause's subject is not a speaker."""
    current, seen = verb, 0
    while seen < 5:
        seen += 1
        own = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if own:
            yield own[0]
            if current is not verb and current.dep_ not in ("ccomp", "advcl", "xcomp", "conj"):
                return
        if current.head.i == current.i:
            return
        current = current.head
        if current.dep_ == "prep":
            current = current.head
