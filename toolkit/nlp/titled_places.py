"""Towns and provinces named after a titled person: "Sultan Kudarat", "Prince George", "Prince Albert".

Places are named after rulers and princes with their title: "Sultan Kudarat" (a province of Mindanao), "Prince
George" (British Columbia), "Prince Albert" (Saskatchewan), "General Santos" (a city). The title rules read the first
word as a person's title and the rest as the person ("was recorded in Sultan Kudarat" gave a person "Kudarat"), and
the model may cut such a name in two places ("Sultan" + "Kudarat"). The gazetteer decides: a title and a name that
together are a town or a province it knows are one name, the title kept; whether it is the place or a person of that
name ("Prince George" the prince) is left to the model's label and the context, as for any other name.

Example:
    >>> is_titled_place("Sultan Kudarat"), is_titled_place("King Charles")   # doctest: +SKIP
    (True, False)
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import PERSON_TITLES

_PLACES = ("GPE", "LOC")


def is_titled_place(text: str) -> bool:
    """Whether a name of two words or more opens with a person's title and is, whole, a place the gazetteer knows
    (its towns too): "Sultan Kudarat", "Prince George", not "King Charles" nor "President Trump" (nor "White
    Plains", "American Samoa": their first word is no one's title)."""
    words = text.split()
    return (len(words) >= 2 and words[0][:1].isupper() and words[0].lower().strip(".") in PERSON_TITLES
            and is_known_place(text, cities=True))


def titled_places_joined(ents: list[Span]) -> list[Span]:
    """A place the model cut after its title word ("in Sultan Kudarat": "Sultan" GPE, "Kudarat" GPE): a title word
    it calls a place, right before a name it calls a place or a person, is one place with it when the two together
    are a place the gazetteer knows (GPE)."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and len(ent) == 1 and ent.label_ in _PLACES and nxt.start == ent.end
                and nxt.label_ in (*_PLACES, "PERSON")
                and is_titled_place(ent.doc[ent.start:nxt.end].text)):
            out.append(Span(ent.doc, ent.start, nxt.end, label="GPE"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out
