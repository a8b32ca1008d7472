"""Events: who does what to whom, from subject–verb–object triples of diplomacy verbs.

Example:
    >>> [(e.subject, e.verb, e.object) for e in events(doc, index=entity_index)]   # doctest: +SKIP
    [('Donald Trump', 'order', 'steeper tariffs on Indian goods'), ...]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Token

from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.syntax import PersonResolver, doc_subtree, named_in, subject_of

# The verbs that carry news of diplomacy and conflict (lemmas).
EVENT_VERBS = frozenset(
    """meet talk call sanction impose order propose warn threaten agree reject deploy end sign announce invade
    attack strike negotiate discuss visit host accept demand offer support pressure release withdraw brief
    confirm launch halt suspend lift extend approve veto condemn accuse kill capture seize recognize
    recognise summon expel ban block cut raise tariff push urge push pledge promise deliver send""".split()
)
OBJECT_DEPS = ("dobj", "attr", "dative", "oprd")
_MAX_PHRASE_WORDS = 8


@dataclass(frozen=True)
class Event:
    """One subject–verb–object event; offsets are those of the verb's clause in ``doc.text``."""

    subject: str | None
    verb: str
    object: str | None
    negated: bool
    start: int
    end: int
    sent_start: int
    sent_end: int


def _phrase(token: Token, index: EntityIndex, resolver: PersonResolver) -> str | None:
    if token.lower_ in ("he", "she"):
        return resolver.person_before(token.i)
    if token.pos_ == "PRON":
        return None
    words = doc_subtree(token)
    if token.ent_type_:
        named = named_in(words, index)
        if named:
            return named
    text = " ".join(token.doc[words[0].i : words[-1].i + 1].text.split())  # not Doc.text: O(document)
    parts = text.split()
    return " ".join(parts[:_MAX_PHRASE_WORDS]) + ("…" if len(parts) > _MAX_PHRASE_WORDS else "")


def _object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            return child
    for child in verb.children:  # "meet with Putin", "talk to Zelensky", "impose … on India"
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "on", "against", "into"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def events(doc: Doc, *, index: EntityIndex, verbs: frozenset[str] = EVENT_VERBS,
           resolver: PersonResolver | None = None) -> Iterator[Event]:
    """Yield subject–verb–object events for the given verb lemmas.

    Args:
        doc: a parsed spaCy ``Doc``.
        index: the set's entity index, so that subjects and objects use canonical names.
        verbs: the verb lemmas to report.
    """
    resolver = resolver or PersonResolver(doc, index, set())
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject_token = subject_of(token)
        object_token = _object_of(token)
        if subject_token is None and object_token is None:
            continue
        subject = _phrase(subject_token, index, resolver) if subject_token is not None else None
        obj = _phrase(object_token, index, resolver) if object_token is not None else None
        if subject is None and obj is None:
            continue
        clause = [t for t in (subject_token, token, object_token) if t is not None]
        start = min(doc_subtree(t)[0].idx if t is not token else t.idx for t in clause)
        last = max(clause, key=lambda t: t.i)
        end_token = doc_subtree(last)[-1] if last is not token else last
        sent = token.sent
        yield Event(subject, token.lemma_.lower(), obj, any(c.dep_ == "neg" for c in token.children),
                    start, end_token.idx + len(end_token), sent.start_char, sent.end_char)
