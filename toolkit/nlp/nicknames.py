"""A person the model left untagged before the nickname it tagged: "Patty Shukla, known as “Miss Patty,” …".

News gives a person's name and then the name the public knows them by ("Patty Shukla, known as “Miss Patty,”",
"Joaquín Guzmán, also known as “El Chapo”"). The small model may tag the nickname, which looks like a name, and
leave the full name before it untagged. Two or three capitalised words (proper nouns, none tagged) right before
", known as" or ", also known as" and a nickname the model calls a person are that person's name
(:func:`people_before_nicknames`).

A person's full name also holds the name the public calls them by: a nickname in quote marks between the given
name and the surname (President Joko "Jokowi" Widodo), or a word inside the name that its bearer took into it (Luiz
Inácio Lula da Silva). Alone, that word is the person (:func:`people_by_inner_name`), as a surname is.

Example:
    >>> [e.text for e in people_before_nicknames(nlp("Patty Shukla, known as “Miss Patty,” sang."), set())]  # doctest: +SKIP
    ['Patty Shukla']
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of
from toolkit.nlp.lexicon import NAME_PARTICLES, TITLE_WORDS
from toolkit.nlp.spellings import strip_accents
from toolkit.nlp.surfaces import clean_surface

_QUOTES = frozenset({"“", '"', "‘", "'"})


def people_before_nicknames(doc: Doc, taken: set[int]) -> list[Span]:
    """PERSON spans for untagged names before ", (also) known as" and a nickname tagged PERSON."""
    found: list[Span] = []
    for known in (doc[i] for i in indices_of(doc, LOWER, ("known",))):  # (only the few "known" of the Doc)
        if known.i + 2 >= len(doc) or doc[known.i + 1].lower_ != "as":
            continue
        comma = known.i - 1
        if comma >= 1 and doc[comma].lower_ == "also":
            comma -= 1
        if comma < 2 or doc[comma].text != ",":
            continue
        nick = known.i + 2
        if doc[nick].text in _QUOTES:
            nick += 1
        if not any(doc[j].ent_type_ == "PERSON" for j in range(nick, min(nick + 2, len(doc)))):
            continue
        start = comma
        while (start > 0 and comma - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title
               and doc[start - 1].is_alpha and not doc[start - 1].ent_type_ and start - 1 not in taken):
            start -= 1
        if comma - start >= 2 and (start == 0 or not (doc[start - 1].is_title and doc[start - 1].is_alpha)):
            found.append(Span(doc, start, comma, label="PERSON"))
    return found


# A nickname in quote marks inside a written name ('Joko "Jokowi" Widodo'), one word.
_QUOTED_NICKNAME = re.compile(r"\s[\"“‘']([A-Z][\w-]+)[\"”’']\s")
# Words that lead a name without being any of it (titles are stripped by the mention's key, not its text).
_NOT_INNER = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
                        "den", "bin", "ibn", "al", "el", "y", "e"})


def inner_names(texts: Iterable[str]) -> set[str]:
    """The one-word names inside a person's full name, in the form of a mention's key (lower case, no accents): a
    nickname in quote marks ('Joko "Jokowi" Widodo' → "jokowi"), and a word between the first and the last of a
    name of four words or more that is no particle or initial ("Luiz Inácio Lula da Silva" → "inacio", "lula";
    a given name, a middle name and a surname are three, and "John Paul Jones" has no inner name).

    Args:
        texts: the texts of the person's mentions, as written.
    """
    found: set[str] = set()
    for text in texts:
        found.update(strip_accents(m.group(1).lower()) for m in _QUOTED_NICKNAME.finditer(f" {text} "))
        words = clean_surface(text).split()
        while words and words[0].lower().strip(".,") in TITLE_WORDS:
            words = words[1:]  # ("President Joko Widodo": the title is no part of the name)
        if len(words) >= 4:
            found.update(strip_accents(w.lower()) for w in words[1:-1]
                         if len(w) > 2 and w.isalpha() and w[0].isupper() and w.lower() not in _NOT_INNER)
    return found


def people_by_inner_name(people: dict[str, list]) -> dict[str, set[str]]:
    """The full names of people by the one-word names inside them (:func:`inner_names`).

    Args:
        people: the mentions of each person named in full, by key.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for key, group in people.items():
        for word in inner_names({m.text for m in group}):
            found[word].add(key)
    return found


# The quote marks that set off a nickname inside a name.
_NICKNAME_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


def _quoted_nickname_between(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a nickname of one or two capitalised words in quote marks ('"Bato"')."""
    return (3 <= end - start <= 4 and doc[start].text in _NICKNAME_MARKS and doc[end - 1].text in _NICKNAME_MARKS
            and all(t.is_title and t.is_alpha for t in doc[start + 1:end - 1]))


def names_around_nicknames(ents: list[Span]) -> list[Span]:
    """Join a given name and a surname the model tagged apart around a nickname in quote marks ('Sen. Ronald "Bato"
    dela Rosa': "Ronald" and "dela Rosa", round wire41) into one person, the nickname inside it, as 'Joko "Jokowi"
    Widodo' is one: the first is a person of one or two words, the second a surname of one to three words opened by a
    particle written small, which starts right after the closing mark. (A surname of its own after the nickname,
    'Matiu "Matt" Ratana', is left as the model and the index read it: Wikinews's gold names that sergeant "Matt
    Ratana", by the nickname and the surname, which the joined name no longer matched.)

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        after = ents[k + 1] if k + 1 < len(ents) else None
        # (the model may run the given name on over the nickname's opening mark and word: 'Ronald "Bato' PERSON)
        nickname = ent.end - 2 if len(ent) >= 3 and ent[-2].text in _NICKNAME_MARKS else ent.end
        if (after is not None and ent.label_ == "PERSON" and nickname - ent.start <= 2
                and after.label_ in ("PERSON", "ORG", "GPE", "NORP") and len(after) <= 3
                and _quoted_nickname_between(ent.doc, nickname, after.start)
                and after[0].is_lower and after[0].lower_ in NAME_PARTICLES
                and all(t.is_title or t.is_lower and t.lower_ in NAME_PARTICLES for t in after)
                and after[-1].is_title):
            out.append(Span(ent.doc, ent.start, after.end, label="PERSON"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out
