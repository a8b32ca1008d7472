"""Two places or peoples joined by a hyphen as a modifier: "the U.S.-Mexican border", "Syrian-Turkish border".

News joins two countries or their adjectives with a hyphen to say what lies or passes between them ("the
U.S.-Mexican border", "Egypt–Israel peace", "Korean-Canadian family"). The compound is no name of its own, so
:func:`toolkit.nlp.mentions.mentions` drops it ("the Lifestyle-Religion category", "U.S.-China talks"); but
each of its parts names a country or a people the text speaks of, which may be named nowhere else.
:func:`places_in_pair` gives the parts where every one is a known country or state (GPE) or, in a compound the
model calls a people (NORP), a capitalised adjective with a nationality's ending (NORP), and one at least is a
country ("African-American residents" are one people).

Example:
    >>> places_in_pair(ent)   # "U.S.-Mexican" of "… a wall on the U.S.-Mexican border"  # doctest: +SKIP
    [('U.S.', 40, 44, 'GPE'), ('Mexican', 45, 52, 'NORP')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.lexicon import NATIONALITY_ENDINGS
from toolkit.nlp.surfaces import is_state_or_country

_HYPHENS = re.compile(r"[-–]")
# The endings of English adjectives of nationality ("Mexican", "Syrian", "Turkish", "Chinese"), and "-i" ("Israeli").
_NATIONALITY_ENDINGS = NATIONALITY_ENDINGS + ("i",)


def places_in_pair(span: Span) -> list[tuple[str, int, int, str]]:
    """The parts of a hyphenated modifier (text, start and end character, label) when each names a country, a
    state or a people; an empty list otherwise ("Trump-Ukraine call", "Lifestyle-Religion")."""
    parts: list[tuple[str, int, int, str]] = []
    at = 0
    pieces = _HYPHENS.split(span.text)
    for text in pieces:
        start = span.start_char + at
        at += len(text) + 1
        if is_state_or_country(text):  # ("U.S.-Mexican": a usual short form too)
            parts.append((text, start, start + len(text), "GPE"))
        elif (span.label_ == "NORP" and text.istitle() and text.isalpha()
              and text.endswith(_NATIONALITY_ENDINGS)):
            parts.append((text, start, start + len(text), "NORP"))  # "U.S.-Mexican", "Korean-Canadian"
        else:
            return []
    # Two adjectives alone may be one people ("African-American residents"), so a country must be among them.
    return parts if len(parts) >= 2 and any(label == "GPE" for *_, label in parts) else []
