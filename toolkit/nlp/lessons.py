"""Lessons: "Their enduring triumph reminds us that …", what a thing teaches the reader, no act.

Commemorations and tributes draw a lesson from a deed, a life or a tradition with a verb of
telling or showing whose object is "us", the writer and the reader together ("Her dedication
reminds us that …", "His leadership reminds us …", "This social tradition reminds us …",
"inspiring generosity reminds us …"). Nobody speaks: the subject is the deed or the quality, and
"us" is everyone; the clause states what the writer holds to be true, a description, not an event.
A rule of English with a closed class of verbs (of reminding, teaching, showing, telling): the
object is the first person plural and the subject is no one who can speak, a common noun that
names no person, body or place and no pronoun ("she has taught us" is a person's act and stays).

Example:
    >>> draws_lesson(doc[3])  # "Their enduring triumph reminds us that peace is never promised …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of telling or showing that draw a lesson for "us".
_LESSON_VERBS = frozenset({"remind", "teach", "show", "tell"})

# Who can speak or act: a named person, body or place, or a people.
_SPEAKERS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def draws_lesson(verb: Token) -> bool:
    """Whether ``verb`` tells "us" a lesson with a thing for subject (see the module)."""
    if verb.lemma_.lower() not in _LESSON_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ in ("dobj", "dative") and c.lower_ == "us" for c in children):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ not in _SPEAKERS
