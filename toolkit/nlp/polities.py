"""States named in their formal style: a polity's noun, "of", and the land ("State of Palestine").

English gives a state's formal name as a noun of polity, sometimes after adjectives of its
constitution, then "of" and the land it governs: "the State of Palestine", "the Islamic Republic of
Iran", "the Confederate States of America", "the Commonwealth of Virginia", "the District of
Columbia". The small model often calls these bodies (ORG), and the set-wide vote's head-word rule
would keep a "district" a body. :func:`is_formal_polity` reads the style; the vote then labels the
name a polity (GPE).

Example:
    >>> is_formal_polity("State of Palestine")                # doctest: +SKIP
    True
"""

from __future__ import annotations

from toolkit.nlp.gazetteer import is_known_place, known_states_and_countries
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, ORG_HEADS
from toolkit.nlp.surfaces import KNOWN_ALIASES

# Nouns of polity that take adjectives of the state's constitution in front ("Islamic Republic",
# "Confederate States", "United Kingdom"): a closed grammatical class of English state names.
_STYLED_POLITY_NOUNS = frozenset({"republic", "kingdom", "commonwealth", "states", "principality", "emirate",
                                  "sultanate", "grand duchy"})
# Nouns of polity that name a state only when they open the name: "the State of Palestine", but "the
# Islamic State of Iraq" is a militant group, and "the Western District of Texas" a court's territory.
_BARE_POLITY_NOUNS = frozenset({"state", "district"})


def _land(tail: str) -> str:
    tail = tail[4:] if tail.lower().startswith("the ") else tail
    return KNOWN_ALIASES.get(tail.lower(), tail)


def is_formal_polity(surface: str) -> bool:
    """Whether a name is a state's formal style: ``[adjectives] polity-noun of Land``.

    The land after "of" must be a place the gazetteer knows (a country, a state, a city's name:
    "Columbia"). A "district of" a state or a country is a part of it (a judicial district), not a
    polity; a name with a body's, a building's or a landform's head word before the polity noun
    ("School District of Philadelphia") is that body.
    """
    before, sep, tail = surface.partition(" of ")
    if not sep or not tail or not tail[:1].isupper() and not tail.lower().startswith("the "):
        return False
    words = before.split()
    if words and words[0].lower() == "the":
        words = words[1:]  # "the District of Columbia", as the model may take it
    if not words:
        return False
    noun = words[-1].lower()
    if noun in _BARE_POLITY_NOUNS:
        if len(words) != 1:
            return False
    elif noun not in _STYLED_POLITY_NOUNS and " ".join(w.lower() for w in words[-2:]) not in _STYLED_POLITY_NOUNS:
        return False
    if any(w.lower() in ORG_HEADS or w.lower() in FAC_HEADS or w.lower() in LOC_HEADS for w in words[:-1]):
        return False
    land = _land(tail)
    if " and " in land or not is_known_place(land, cities=True):
        return False  # ("Islamic State of Iraq and the Levant"; "Commonwealth of Nations", a body)
    if tail.lower().startswith("the ") and land not in known_states_and_countries():
        return False  # "the State of the Union", an address; "the Philippines", "the Gambia" are countries
    if noun == "district" and land in known_states_and_countries():
        return False  # "District of Texas": a part of a state, which the golds call a region
    return True
