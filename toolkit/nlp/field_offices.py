"""A body's office named by the body's acronym and the city it serves: "ICE Seattle", "FBI Boston".

English names an agency's local office by the agency's short form followed by the city ("arrested by ICE
Seattle", "FBI Boston said …", "HSI New Orleans"). The small model tags the city alone as a place and leaves
the acronym untagged before it, so that the doer of "was arrested by ICE Seattle" came out as the city,
"Seattle", as if the town had arrested him. :func:`field_office` reads a place's head token with an acronym of
capitals right before its name, hung on the place as a modifier, as the office: the acronym and the city
together. Not a place's own short form before it ("US Virgin Islands", "UK Parliament" is no place anyway):
the acronym must be no known place and no place or people's tag of the model.

Example:
    >>> field_office(doc[18])   # "… was arrested by ICE Seattle."                  # doctest: +SKIP
    'ICE Seattle'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.given_names import sex_of_given_name
from toolkit.nlp.mistags import english_words
from toolkit.nlp.sentence_spans import Sentences

_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def field_office(token: Token, sentences: Sentences) -> str | None:
    """"ICE Seattle" for the head "Seattle" of "… by ICE Seattle": the office an acronym and a city name."""
    if token.ent_type_ != "GPE":
        return None
    ent = sentences.entities.get(token.i)
    if ent is None or ent.start == 0 or token.i != ent.end - 1:
        return None
    acronym = token.doc[ent.start - 1]
    if not (acronym.is_alpha and acronym.is_upper and 2 <= len(acronym) <= 6 and acronym.whitespace_
            and acronym.dep_ == "compound" and acronym.head.i == token.i
            and acronym.ent_type_ not in _PLACE_LABELS and not is_known_place(acronym.text)):
        return None
    if acronym.i > 0 and acronym.nbor(-1).is_title and acronym.nbor(-1).pos_ == "PROPN":
        return None  # part of a longer name ("New York ICE …")
    return f"{acronym.text} {ent.text}"


def offices_called_people(ents: list[Span]) -> list[Span]:
    """A body's office named by the body and its city that the model calls a person ("Interpol Manila relayed the
    request", round wire41): two words, the second a known place, the first a body the text names alone elsewhere
    (a one-word ORG), made one body (ORG). A person named like a town ("Jack London") has no body of their given
    name in the text.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    bodies = {e.text for e in ents if e.label_ == "ORG" and len(e) == 1}
    if not bodies:
        return ents
    return [Span(e.doc, e.start, e.end, label="ORG")
            if e.label_ == "PERSON" and len(e) == 2 and e[0].text in bodies and e[1].is_title
            and is_known_place(e[1].text, cities=True) else e for e in ents]


def state_bodies_called_people(ents: list[Span]) -> list[Span]:
    """A state's body named by the state and common nouns, which the model splits into the place and a "person"
    ("Will Ray, director of North Carolina Emergency Management, said": "North Carolina" GPE + "Emergency
    Management" PERSON, round wire41): after "of", a place and right after it a "person" of two or three
    capitalised English words, none a given name, are one body (ORG).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if len(ents) < 2:
        return ents
    doc = ents[0].doc
    english = english_words(doc.vocab)
    out: list[Span] = []
    for ent in ents:
        place = out[-1] if out else None
        if (place is not None and place.label_ == "GPE" and ent.label_ == "PERSON" and 2 <= len(ent) <= 3
                and ent.start == place.end and place.start > 0 and doc[place.start - 1].lower_ == "of"
                and all(t.is_title and t.is_alpha and (t.lower_ in english or t.lower_ in _BODY_NOUNS) for t in ent)
                and not any(sex_of_given_name(t.text) for t in ent)):
            out[-1] = Span(doc, place.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


# The nouns a state's body is named with besides the heads of bodies ("Emergency Management", "Public Safety").
_BODY_NOUNS = frozenset({"management", "safety", "services", "affairs", "resources", "protection", "response",
                         "health", "transportation", "corrections", "revenue", "security", "justice", "welfare"})
