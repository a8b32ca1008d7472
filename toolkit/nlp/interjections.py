"""A word of greeting or thanks before a name is no part of it: "Congratulations America: 3 percent today".

Speech and posts hail a place, a people or a person by name after a word of greeting or thanks
("Congratulations America!", "Thanks Jim", "Hello Cleveland!"). The tagger reads the capitalised word before
the name as the name's first word ("Congratulations America" ORG). :func:`names_after_interjections` cuts such a
word off the front of an entity; what is left keeps the label, or is a place when the gazetteer knows it or it
is a country's usual short form ("America"): the model's label for "Congratulations America" is the run-on's.

Example:
    >>> [e.text for e in names_after_interjections(list(doc.ents))]  # "Congratulations America: …"  # doctest: +SKIP
    ['America']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.surfaces import is_state_or_country

# Words of greeting, thanks and leave-taking that open an address (and never a name).
_INTERJECTIONS = frozenset({"congratulations", "congrats", "thanks", "hello", "goodbye", "farewell"})


def names_after_interjections(ents: list[Span]) -> list[Span]:
    """The entities with a word of greeting or thanks cut off their front."""
    out = []
    for ent in ents:
        if len(ent) > 1 and ent[0].lower_ in _INTERJECTIONS and ent[1].is_title:
            rest = ent[1:]
            label = "GPE" if is_known_place(rest.text) or is_state_or_country(rest.text) else ent.label_
            out.append(Span(ent.doc, rest.start, rest.end, label=label))
        else:
            out.append(ent)
    return out


# The nouns of an oath, which a capitalised word before them opens ("Bloody hell", "Holy hell"): no name.
_OATH_NOUNS = frozenset({"hell", "heck"})


def drop_oaths(ents: list[Span]) -> list[Span]:
    """The entities but a lone capitalised word that opens an oath, the oath's noun and a punctuation mark after it
    ("'Bloody hell, we've got a drummer'", which the model reads as a person's name)."""
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if not (len(ent) == 1 and end + 1 < len(doc) and doc[end].lower_ in _OATH_NOUNS and doc[end].is_lower
                and doc[end + 1].is_punct and ent[0].is_title):
            out.append(ent)
    return out
