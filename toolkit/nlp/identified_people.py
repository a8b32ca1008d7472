"""People named by what the police or officials identified them as: 'a man in his forties identified only as "P
Wilson"'.

Crime news names a suspect or a victim whom officials name sparingly by a participle of naming and "as": "a man …
identified only as "P Wilson"", "the victim, named as K Annamalai", "The suspect was identified as R Kumar". What
follows "as" is the person's name, however it is written: an initial without a stop, in quotation marks (the
writer's sign that the name is all that was given). The small model tags such a name where it reads like a full one
and passes over an initial and a surname in quotation marks. A participle of "identify" or "name" whose "as" has
capitalised proper nouns or initials for object (one to four words), said of a common noun only a person is
named by (:func:`toolkit.nlp.pronoun_antecedents.person_noun`: "man", "suspect", "victim"), the participle
modifying it or the noun its passive subject, names a person (PERSON). Not said of a thing ("the operation, named as
"Desert Storm"") nor of a description ("identified as a local farmer": no proper noun).

Example:
    >>> [e.text for e in people_identified_as(nlp('a man identified only as "P Wilson" was held.'), set())]  # doctest: +SKIP
    ['P Wilson']
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.lookups import indices_of
from toolkit.nlp.pronoun_antecedents import person_noun

_NAMING_VERBS = ("identify", "name")
_LONGEST = 4  # words of the name


def people_identified_as(doc: Doc, taken: set[int]) -> list[Span]:
    """The people named after "identified as" / "named as" that no entity holds (see the module's docstring).

    Args:
        doc: the parsed document.
        taken: indices of the tokens that entities already hold.

    Returns:
        The names found, as PERSON spans, none over a taken token.
    """
    found: list[Span] = []
    for i in indices_of(doc, LEMMA, _NAMING_VERBS):
        verb = doc[i]
        if verb.tag_ not in ("VBN", "VBD") or not _said_of_a_person(verb):
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            span = _name_of(doc, name) if name is not None else None
            if span is not None and not any(t.i in taken for t in span):
                found.append(span)
    return found


def _said_of_a_person(verb: Token) -> bool:
    """Whether the participle modifies a person's noun ("a man … identified") or has one for its passive subject
    ("The suspect was identified")."""
    if verb.dep_ == "acl":
        return verb.head.pos_ == "NOUN" and person_noun(verb.head)
    return any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and person_noun(c) for c in verb.children)


def _name_of(doc: Doc, head: Token) -> Span | None:
    """The name whose last word is ``head``: it and the proper nouns of its compound before it, each capitalised or
    an initial, none in an entity; None if it is no such name."""
    if head.pos_ != "PROPN" or not _name_word(head):
        return None
    start = head.i
    while start > 0 and head.i - start + 1 < _LONGEST and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN" and _name_word(doc[start - 1]):
        start -= 1
    span = doc[start : head.i + 1]
    if any(t.ent_type_ for t in span) or len(span) == 1 and _initial(head):
        return None  # (a lone initial names no one)
    return Span(doc, start, head.i + 1, label="PERSON")


def _name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or _initial(token))


def _initial(token: Token) -> bool:
    """Whether a word is an initial without its stop ("P" of "P Wilson")."""
    return len(token.text) == 1 and token.is_upper
