"""A description and a name that are two arguments of one verb are two people: "the President will meet President
Putin".

English says "himself" where a verb's two arguments are one person; "the President will meet President Putin" speaks
of two presidents, and the description is not Putin. In a transcript, where a speaker keeps one description for one
person ("the President" of a State Department briefing is always the President the department serves), the
description later in the text is not Putin either: "Secretary Rubio will travel with the President", "the President
said on Monday that he would 'feel out' Putin" (round wire34c). :func:`named_apart` lists, for a description's
head word, the people so set apart from it and where.

Example:
    >>> named_apart(doc, "president", canonical)  # "… the President will meet President Putin …"  # doctest: +SKIP
    [(14, 'Putin')]
"""

from __future__ import annotations

from typing import Callable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from toolkit.nlp.lookups import entities, indices_matching
from toolkit.nlp.office_descriptions import is_transcript

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_ARGUMENTS = _SUBJECTS | {"dobj"}
_DEFINITE = frozenset({"the"})


def _arguments(verb: Token) -> list[Token]:
    """The verb's subject, object and the objects of its prepositions ("meet X", "travel with X")."""
    found = [c for c in verb.children if c.dep_ in _ARGUMENTS]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return found


def _description(token: Token, role: str) -> bool:
    return (token.lemma_.lower() == role and token.ent_type_ != "PERSON"
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
            and not any(c.dep_ in ("compound", "appos") and c.ent_type_ for c in token.children))


def named_apart(doc: Doc, role: str, canonical: Callable[[str], str | None]) -> list[tuple[int, str]]:
    """The people named as another argument of the verb a definite description of ``role`` is an argument of, with
    the description's token index; none outside a transcript.

    Args:
        doc: the parsed text (its entities set).
        role: the description's head word, lower case ("president").
        canonical: the index's canonical name of a person's surface.
    """
    if not is_transcript(doc):
        return []  # (a narrative may turn a description to another holder: only a transcript's speaker keeps it)
    people = {at: e for e in entities(doc) if e.label_ == "PERSON" for at in range(e.start, e.end)}
    found = []
    # (only the words of the role's lemma, found among the Doc's distinct lemmas: a transcript is long)
    for token in (doc[i] for i in indices_matching(doc, LEMMA, lambda lemma: lemma.lower() == role)):
        if not _description(token, role):
            continue
        verb = token.head if token.dep_ in _ARGUMENTS else (
            token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        for other in _arguments(verb):
            if other.i != token.i and other.i in people:
                surface = people[other.i].text
                found.append((token.i, canonical(surface) or surface))
    return found
