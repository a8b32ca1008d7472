"""Short forms: the one word by which news names again a company, a newspaper, a people or a storm.

News names a body in full once and then by its distinctive word ("Mahan Air" → "Mahan"), a paper by
its head noun ("The Daily Telegraph" → "The Telegraph"), a people by its plural as well as its
adjective ("Serbian", "Serbians") and a storm by its name ("Hurricane Humberto" → "Humberto"). Each
function here finds the full names of a set (its mentions by key) that such a short form can stand
for, or the one it does; :class:`~toolkit.nlp.index.EntityIndex` joins them.

Example:
    >>> company_of("mahan", group, companies_by_first_word(by_key))            # doctest: +SKIP
    'mahan air'
"""

from __future__ import annotations

from collections import defaultdict

from toolkit.nlp.gazetteer import is_known_place, nationality_adjective
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surfaces import KNOWN_ALIASES, Mention, clean_surface
from toolkit.nlp.votes import is_storm, vote

# Words that end a company's name after its distinctive word, which news drops on second mention
# ("Mahan Air" → "Mahan", "Boeing Company" → "Boeing", "Lion Air has …").
COMPANY_TAILS = frozenset("""air airlines airways aviation motors group inc ltd llc plc corp corporation company
    co holdings bank energy oil petroleum telecom studios entertainment university college""".split())
# ("Funimation" for Funimation Entertainment, round ent37b)
# (and a school's: "Harvard" for Harvard University, "Tsinghua" for Tsinghua University; not "Boston" beside Boston
# College, a known place)


# The words before a company's tail in a three-word name that still leave the first word its short form.
_SECOND_TAILS = COMPANY_TAILS - {"university", "college", "bank"} | {"motor"}


# Words that end a place's name after its distinctive word, which a text drops as it names the place again
# ("Socotra Island" → "Socotra", "the Potomac River" → "the Potomac").
PLACE_TAILS = frozenset({"island", "river"})


def companies_by_first_word(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Two-word company names whose second word is a company's common tail, by their first word (and three-word
    ones whose two last words are, "motor" one of them: "Ford Motor Company", "Toyota Motor Corporation", which
    news shortens to "Ford", "Toyota"; round entities54); and two-word places whose second word is a place's tail
    (an island, a river), which a lone first word shortens alike."""
    out: dict[str, list[str]] = defaultdict(list)
    cores: dict[str, list[str]] = defaultdict(list)  # firms named after founders, by their two words (round wire38)
    for key, group in by_key.items():
        words = key.split()
        if len(words) == 3 and words[2] in COMPANY_TAILS and words[1] in _SECOND_TAILS and vote(group) == "ORG" \
                and not is_known_place(clean_surface(group[0].text).split()[0]):
            out[words[0]].append(key)
        elif len(words) == 2 and (words[1] in COMPANY_TAILS and vote(group) in ("ORG", "FAC")
                                or words[1] in PLACE_TAILS and vote(group) in ("LOC", "GPE")) \
                and not is_known_place(clean_surface(group[0].text).split()[0]):
            out[words[0]].append(key)
        else:
            core = _founders_core(words)
            if core and vote(group) == "ORG" and not is_known_place(clean_surface(group[0].text).split()[0]):
                cores[core].append(key)
    for core, keys in cores.items():  # the firm's longest name: its others join it (official_names.full_form_of)
        out[core.split()[0]].append(max(keys, key=len))
    return out


def _founders_core(words: list[str]) -> str | None:
    """The two words of a firm's name named after its founders or made-up words, its legal tails off ("goldman
    sachs" of "goldman sachs group inc", "wells fargo" of "wells fargo & co"), whose first word business news uses
    alone ("Goldman's rivals", round wire38); None when the name has no such tails (the text names the firm in full
    with them: "YouTube" beside "YouTube Movies" is no short form), when the second word is an English word ("Tata
    Steel Ltd" is not shortened so) or a place's, or the name is of another shape."""
    if len(words) < 3 or words[-1] not in COMPANY_TAILS and words[-1] not in ("cos", "companies"):
        return None  # (only a firm named in full, with its tails: "Minetest" is no short form of "Minetest IRC")
    core = list(words)
    while len(core) > 2 and (core[-1] in COMPANY_TAILS or core[-1] in ("&", "cos", "companies")):
        core.pop()
    if len(core) != 2 or not all(w.isalpha() for w in core) or core[1] in COMPANY_TAILS:
        return None
    english = english_words()
    if core[1] in english or core[1].rstrip("s") in english or is_known_place(core[1].title()):
        return None
    return " ".join(core)


def company_of(key: str, group: list[Mention], companies: dict[str, list[str]]) -> str | None:
    """The company a one-word name shortens: the set's only "<word> Air"-like company whose first word
    it is, when the word is no known place ("Qatar" stays Qatar beside "Qatar Airways"), no people's
    adjective ("American") and carries no person's title ("Mr Boeing")."""
    names = companies.get(key, ())
    if len(names) != 1 or any(m.evidence == "title" for m in group) or is_known_place(clean_surface(group[0].text)) \
            or vote(group) == "NORP":  # "American" beside "American Airlines" is the people's adjective
        return None
    return names[0]


# The nouns that head newspapers' names, by which news shortens them ("The Telegraph" for The Daily Telegraph,
# "the Post" for The Washington Post): a closed lexical class of the press.
PAPER_HEADS = frozenset("""telegraph times post journal herald tribune gazette chronicle observer guardian
    independent mirror express""".split())


def papers_by_head(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Names of bodies of two or three words whose last is a newspaper's head noun, by that noun."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if 2 <= len(words) <= 3 and words[-1] in PAPER_HEADS and vote(group) == "ORG":
            out[words[-1]].append(key)
    return out


def paper_of(key: str, group: list[Mention], papers: dict[str, list[str]]) -> str | None:
    """The newspaper a lone head noun shortens ("Telegraph"): the set's only body named by that head, where the
    lone word too is voted a body (not "Post", a person's surname, nor "Times" beside two papers)."""
    names = papers.get(key, ())
    if len(names) != 1 or vote(group) != "ORG":
        return None
    return names[0]


def national_bodies_by_head(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Names of bodies "<a country, or its adjective> <head>" ("U.S. Senate", "Canadian Parliament", "United
    States Navy"), by their head word, which names the body again on its own ("the Senate" after "the U.S.
    Senate"). The country is a known place, a country's adjective, or a name the set votes a place ("U.S.")."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if len(words) < 2 or vote(group) != "ORG":
            continue
        surface = clean_surface(group[0].text).split()
        if surface[:1] == ["the"] or surface[:1] == ["The"]:
            surface = surface[1:]
        if len(surface) == len(words) and _national(" ".join(surface[:-1]), by_key):
            out[words[-1]].append(key)
    return out


def _national(modifier: str, by_key: dict[str, list[Mention]]) -> bool:
    """Whether the words before a body's head name a country or are its adjective."""
    if is_known_place(modifier) or nationality_adjective(modifier):
        return True
    key = modifier.lower()
    if is_known_place(KNOWN_ALIASES.get(key, "")):
        return True  # "U.S.", "UK"
    return key in by_key and vote(by_key[key]) == "GPE"


def national_body_of(key: str, group: list[Mention], bodies: dict[str, list[str]]) -> str | None:
    """The body a lone head word names ("Senate"): the set's only country's body of that head, where the lone
    word too is voted a body and is no known place (a "Parliament" beside the U.S. and Canadian ones is
    neither; "Georgia" is no head)."""
    names = bodies.get(key, ())
    if len(names) != 1 or vote(group) != "ORG" or is_known_place(clean_surface(group[0].text)):
        return None
    return names[0]


# Kind nouns that head the name of a place and that news uses alone, after "the", for the one it has named in full:
# "the Channel" (the English Channel), "the Kingdom" (the Kingdom of Saudi Arabia), "the Strait" (the Strait of
# Hormuz). A closed class of geographic and political kinds. Bodies' kinds ("the Court", "the Ministry") are left
# out: a set's other articles use them for other courts and ministries, and a lone noun joins across the set.
KIND_HEADS = frozenset("channel strait gulf bay sea canal peninsula kingdom republic emirate".split())


def names_by_kind_head(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Keys of places whose name, as written, ends in a kind noun of :data:`KIND_HEADS` ("English Channel") or
    opens with one and "of" ("Kingdom of Saudi Arabia", whose key may be the country's), by that noun. Only
    names voted places: a television channel is a body, "Kenneth Bay" a person."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        heads = set()
        for surface in {clean_surface(m.text).lower() for m in group}:
            words = surface.split()
            if words[:1] == ["the"]:
                words = words[1:]
            if len(words) >= 2 and words[-1] in KIND_HEADS:
                heads.add(words[-1])
            elif len(words) >= 3 and words[0] in KIND_HEADS and words[1] == "of":
                heads.add(words[0])
        if heads and vote(group) in ("LOC", "GPE"):
            for head in heads:
                out[head].append(key)
    return out


def named_by_kind_head(key: str, group: list[Mention], kinds: dict[str, list[str]], documents) -> str | None:
    """The place a lone kind noun names ("the Channel" after "the English Channel"): the set's only place of that
    head (:func:`names_by_kind_head`), named in each document that uses the noun alone (``documents(key)`` gives
    the documents of a key's mentions), where the noun is used after "the" and is voted no person (a lone "Bay"
    may be a surname)."""
    if key not in KIND_HEADS or vote(group) == "PERSON" or not any(m.evidence == "determiner" for m in group):
        return None
    names = [k for k in kinds.get(key, ()) if k != key]
    return names[0] if len(names) == 1 and documents(key) <= documents(names[0]) else None


def people_of_plural(key: str, group: list[Mention], by_key: dict[str, list[Mention]]) -> str | None:
    """The people's adjective whose plural ``key`` is ("serbians" → "serbian"), where the set names that people by
    the adjective (voted NORP) and the plural is one word voted a people, a body or persons (the model reads
    "Houthis", "Serbians" as any of these); None otherwise. English forms a people's plural by "-s" from its
    adjective ("Serbian", "Serbians"; "Saudi", "Saudis"); the adjective's vote keeps a name ("Stevens",
    "Times") from a person or a body of one word less."""
    if " " in key or not key.endswith("s") or key.endswith("ss") or len(key) < 5:
        return None
    stem = key[:-1]
    if stem not in by_key or vote(by_key[stem]) != "NORP" or vote(group) not in ("NORP", "PERSON", "ORG"):
        return None
    return stem


def storms_by_name(by_key: dict[str, list[Mention]]) -> dict[str, str]:
    """The storms of a set by their last word ("humberto" → the most mentioned of "hurricane humberto",
    "tropical storm humberto"): a storm is then called by its name alone, as a person by the surname."""
    out: dict[str, str] = {}
    for key in by_key:
        if is_storm(key):
            name = key.split()[-1]
            if name not in out or len(by_key[key]) > len(by_key[out[name]]):
                out[name] = key
    return out
