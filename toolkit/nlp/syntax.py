"""Small helpers over spaCy's dependency parse, shared by the quote and event extractors."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Doc, Span, Token

from toolkit.nlp.entities import EntityIndex
from toolkit.nlp.titles import name_by_title

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Words of a person's role in front of the name that "the commissioner said" later refers back to.
ROLE_WORDS = frozenset("""official aide envoy spokesman commissioner professor prosecutor coach detective inspector
    superintendent sheriff chief captain commander premier chairperson executive founder scientist researcher
    author co-author analyst economist lawyer historian activist journalist correspondent editor manager""".split())
# Ordinary people a report does not name: a pronoun after one of them is not a named person's.
UNNAMED_PEOPLE = frozenset("""victim witness eyewitness woman man girl boy child teenager teen resident survivor
    passenger student worker neighbour neighbor parent mother father son daughter wife husband friend relative
    person bystander customer patient fan protester demonstrator""".split())
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")


def named_in(tokens: Span | list[Token], index: EntityIndex) -> str | None:
    """The canonical name of the entity a subject phrase names, skipping possessors."""
    tokens = list(tokens)
    if not tokens:
        return None
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i + 1
    ranked = []
    for ent in _ents_within(doc, first, last):
        if ent.label_ not in NAMED_LABELS:
            continue
        # "Angela Merkel's spokesperson": the model may take the "'s" into the name
        possessor = (ent.end < len(doc) and doc[ent.end].tag_ == "POS" and ent.end < last - 1) or (
            doc[ent.end - 1].tag_ == "POS" and ent.end < last)
        # A name that only qualifies a noun after it ("Fogel lawyers Martin De Luca") is not
        # who the phrase names either.
        possessor = possessor or (ent.root.dep_ == "compound" and ent.end <= ent.root.head.i < last)
        name = name_by_title(index, ent) or index.canonical(ent.text, ent.label_)
        if not name:
            continue
        label = index.label_of.get(name, ent.label_)
        rank = (possessor, {"PERSON": 0, "ORG": 1}.get(label, 2), ent.start)
        ranked.append((rank, name))
    if ranked:
        return sorted(ranked)[0][1]
    return None


def _ents_within(doc: Doc, first: int, last: int) -> list[Span]:
    """The entities wholly inside tokens ``first:last``, read from the tokens' IOB tags: spaCy's
    ``Span.ents`` walks every entity of the document, and this is called once per quotation."""
    found, i = [], first
    while i < last:
        token = doc[i]
        if token.ent_iob_ == "B":
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= last:
                found.append(Span(doc, i, end, label=token.ent_type_))
            i = end
        else:
            i += 1
    return found


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


def served_by(noun: Token) -> str | None:
    """The place or body a role's "of" names, in lower case ("the representative of the Russian Federation" →
    "the russian federation"), or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "ORG", "NORP", "LOC"):
                return noun.doc[obj.left_edge.i:obj.i + 1].text.lower()
    return None


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


def _subject_after_with(verb: Token) -> Token | None:
    """The subject of a participle in an absolute clause opened by "with" ("with the latter yesterday confirming …",
    "with police saying …"): the last noun between "with" and the participle that is no date, when only a noun
    phrase's words (and a date) stand between them; the parser often hangs the noun on the date or on "with"."""
    doc = verb.doc
    noun = None
    for k in range(verb.i - 1, max(-1, verb.i - 7), -1):
        word = doc[k]
        if word.lower_ == "with":
            return noun
        if word.ent_type_ == "DATE":
            continue
        if word.pos_ in ("NOUN", "PROPN") or word.lower_ in ("latter", "former"):
            noun = noun or word
        elif word.pos_ not in ("DET", "ADJ", "NUM") and word.dep_ != "compound":
            return None
    return None


def subject_candidates(verb: Token) -> Iterator[Token]:
    """Subjects for a verb, nearest first: its own, then (for a participle or clause without
    one) those of the verbs it hangs from, so "…, calling the process “long”" can reach the
    subject of "cautioned" when the nearer clause's subject is not a speaker."""
    if verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        absolute = _subject_after_with(verb)
        if absolute is not None:
            yield absolute  # "with the latter yesterday confirming on Twitter they were …": the latter confirms
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
