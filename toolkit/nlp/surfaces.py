"""A mention's surface and key: the text cleaned, the key that groups its mentions, the name shown.

* :func:`clean_surface` strips quote marks, possessives, edge punctuation and nicknames;
* :func:`mention_key` also removes leading titles ("President", "U.S. Secretary of State"),
  middle initials and a lower-case "the", and maps well-known short forms ("U.S.", "UK") and
  long official forms ("Government of the Russian Federation") to one name;
* :func:`canonical_name` is the name a group of mentions is shown under;
* :class:`Mention` is one mention with its key (found by :func:`~toolkit.nlp.mentions.mentions`).

Example:
    >>> mention_key("President Trump’s", "PERSON"), clean_surface("“the Kremlin’s")
    ('trump', 'Kremlin')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from toolkit.nlp.gazetteer import country_names, is_known_place, known_countries, known_places, known_states_and_countries
from toolkit.nlp.lexicon import NAME_PARTICLES, TITLE_WORDS
from toolkit.nlp.spellings import country_of_long_name, strip_accents
from toolkit.nlp.titled_places import is_titled_place

# Common short forms of places and bodies; a small, general table, not a gold list.
KNOWN_ALIASES = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "the united states": "United States", "united states of america": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "eu": "European Union", "e.u.": "European Union", "un": "United Nations", "u.n.": "United Nations",
    # the same initials with the last stop left off ("the U.S government", "U.S arms control journals")
    "u.s": "United States", "u.k": "United Kingdom", "u.n": "United Nations", "e.u": "European Union",
    "d.c.": "Washington, D.C.", "washington d.c.": "Washington, D.C.", "washington, dc": "Washington, D.C.",
    "washington dc": "Washington, D.C.",  # the District of Columbia's city
    "türkiye": "Turkey", "turkiye": "Turkey", "burma": "Myanmar",  # a country's other English names
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",  # (the model's "UAE" ORG, round wire39)
    "the kremlin": "Kremlin", "kiev": "Kyiv", "zelenskyy": "Volodymyr Zelensky", "zelenskiy": "Volodymyr Zelensky",
    "volodymyr zelenskyy": "Volodymyr Zelensky", "volodymyr zelenskiy": "Volodymyr Zelensky",
}
# The kind of each name the table above names: the model often calls a lone "Zelenskyy" a body ("Zelenskyy's chief
# of staff", "Zelenskyy said in a statement"), and the name the table gives it says who it is.
KNOWN_LABELS = {"United States": "GPE", "United Kingdom": "GPE", "United Arab Emirates": "GPE", "European Union": "ORG", "United Nations": "ORG",
                "Washington, D.C.": "GPE", "Kremlin": "ORG", "Kyiv": "GPE", "Volodymyr Zelensky": "PERSON"}
# Generational suffixes after a surname ("Anthony LaCalamita III", "Martin Luther King Jr."): no surname themselves.
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
KNOWN_NAMES = {name.lower(): name for name in KNOWN_ALIASES.values()}
_POSSESSIVE = re.compile(r"[’']s?$")
# (and the bullets glued to a dek's first word: "•Obaseki", round wire38)
_EDGE_PUNCT = "\"“”‘’'.,;:!?()[]{}—–-* •▪►"


@dataclass(frozen=True)
class Mention:
    """One entity mention: character offsets are relative to the parsed text."""

    text: str
    label: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    key: str
    # "title", "source" ("according to …"), "is-GPE" and the like (a kind noun in apposition),
    # "place-apposition", "place-context", "place-in" (after "in" or "near"), "place-bearing" ("east of"), "place-area" ("the … area"), "taken-up" (a lone subject a "he" takes up), "place-list" (one of a
    # list of places), "place-object" (what "entered", "captured" take), "medium" ("medium-post" after a verb or noun of posting), "body-list" (one of a list of bodies), or None
    evidence: str | None = None
    # the title words right before the name or opening it, in lower case ("president", "first lady", "mrs"), or
    # None (toolkit.nlp.titles): the sex or the office by which the index links a surname
    title: str | None = None
    # "m" or "f" where a "he"/"she" after the sentence, which names this person only, shows the sex of a full
    # name (toolkit.nlp.pronoun_sexes); else None
    sex: str | None = None


# A nickname in quote marks inside a name: "Jerome 'Too Late' Powell".
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+")
_EDITORIAL_BRACKETS = re.compile(r"[\[\]]")
_RECASED_INITIAL = re.compile(r"^\[?\w\]")
# The "s" of a possessive cut from its apostrophe ("America’s Donald Trump" → "s Donald Trump").
_STRAY_S = re.compile(r"^s\s+(?=[A-Z@])")


def is_state_or_country(name: str) -> bool:
    """Whether a name is a US state, a country or a nation of the UK, also by a usual short form
    (:data:`KNOWN_ALIASES`: "U.S.", "UK")."""
    return name in known_states_and_countries() or KNOWN_ALIASES.get(name.lower()) in known_states_and_countries()


# An acronym glued to a bracketed letter or two, as Indian parties are named ("JD(U)", "CPI(M)"; bracketed_letters.py).
_BRACKETED_LETTERS = re.compile(r"\b[A-Z]{2,5}\([A-Z]{1,3}\)$")


# A name's last word that is an abbreviation with its stop: a generational suffix or a firm's legal form.
_ABBREVIATED_END = re.compile(r"\s(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros)\.$")


@lru_cache(maxsize=1 << 16)  # a set names the same few thousand surfaces again and again
def clean_surface(text: str) -> str:
    """Strip quote marks, possessives and edge punctuation from a mention's text."""
    text = re.sub(r"\s+", " ", text).strip()
    if ("[" in text or "]" in text) and not _RECASED_INITIAL.match(text):
        # Square brackets inside a quotation are the editor's: what they hold completes the name ("Jerry
        # [O'Connell]", "Pittsburg[h]"), so the name is read without them. A bracketed first letter ("[W]e
        # must …") is a quotation's opening word recased, no name: it keeps its brackets and merges with none.
        text = _EDITORIAL_BRACKETS.sub("", text)
    text = _NICKNAME.sub(" ", _STRAY_S.sub("", text))
    if text.endswith(")") and _BRACKETED_LETTERS.search(text):  # "JD(U)", "CPI(M)": the bracket is the name's
        return re.sub(r"^(the|a|an)\s+", "", text.lstrip(_EDGE_PUNCT))  # (round wire38)
    if re.search(r"(?:\b[A-Z]\.){2,}$", text) or _ABBREVIATED_END.search(text):
        # "U.S.", "U.K.", "Martin Luther King Jr.", "Apple Inc.": the final stop is part of the name
        return re.sub(r"^(the|a|an)\s+", "", text.lstrip(_EDGE_PUNCT))
    text = _STRAY_S.sub("", text.strip(_EDGE_PUNCT))
    text = _POSSESSIVE.sub("", text) if re.search(r"[’']s?$", text) and not text.endswith("s'") else text
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(_EDGE_PUNCT))
    return text.strip(_EDGE_PUNCT)


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and (words[0].lower().strip(".,") in TITLE_WORDS or words[0].lower() in ("of", "the")):
        words = words[1:]
    return words


def _titled_country(words: list[str], stripped: list[str]) -> bool:
    """Whether a person's name is a title and a country's name ("Captain America", "Miss America"), which is one
    name, the title kept: no person is called by a country's name."""
    return stripped != words and is_state_or_country(" ".join(stripped))


@lru_cache(maxsize=1 << 16)
def mention_key(text: str, label: str) -> str:
    """The normalised form used to group mentions ("President Trump’s" → "trump")."""
    surface = clean_surface(text)
    known = KNOWN_ALIASES.get(surface.lower())
    if known:
        return known.lower()
    words = surface.split()
    if label == "PERSON":
        stripped = _strip_titles(words)
        # (a title before a country's name is no person's title and surname but one name, "Captain America",
        # "Miss America", round ent37)
        words = words if _titled_country(words, stripped) or is_titled_place(" ".join(words)) else stripped
        # (nor before a place named after a titled person, "Sultan Kudarat", "Prince George": titled_places.py)
        # "J.D. Vance" and "JD Vance" are one name; "Scotland Nicola Sturgeon" (of "First
        # Minister of Scotland Nicola Sturgeon") is Nicola Sturgeon.
        words = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w for w in words]
        if len(words) >= 3 and all(re.fullmatch(r"[A-Z]\.?", w) for w in words[:2]):
            words = [words[0][0] + words[1][0]] + words[2:]  # "J. D. Vance" (a magazine's spacing, round wire34a)
            # (and "J P Nadda", "H D Kumaraswamy": Indian wire copy writes the initials with no stops, round wire38)
        if len(words) == 3 and words[0] in known_places():
            words = words[1:]
        # A long "person" span carries a title in front ("Housing and Urban Development Scott
        # Turner"): the name is its last two words, plus a generational suffix.
        if len(words) > 3 and not any(re.fullmatch(r"[A-Z]\.?", w) for w in words[1:-1]):
            keep = 3 if words[-1].rstrip(".").lower() in GENERATIONAL_SUFFIXES else 2
            # A surname opened by particles ("Rocky De La Fuente", "Ursula von der Leyen") keeps them and the
            # given name before them, so that the surname alone ("De La Fuente") finds its person (round ent37b).
            while keep < len(words) and words[-keep].lower() in NAME_PARTICLES:
                keep += 1
            words = words[-keep:]
        # Middle initials do not distinguish people in news text: "Donald J. Trump".
        if len(words) > 2:
            words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
    key = strip_accents(" ".join(words).lower().replace("’", "'"))
    key = key[4:] if key.startswith("the ") else key
    key = key[:-1] if _ABBREVIATED_END.search(surface) else key  # "King Jr." and "King Jr" are one name
    if label == "PRODUCT" and " " not in key and len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]  # "supplying Tomahawks", "Tomahawk missiles": one weapon, one device, named in the plural too
    if label in ("GPE", "ORG", "LOC", "NORP"):  # "Government of the Russian Federation" is Russia
        country = country_of_long_name(key, known_countries())
        if country:
            return country
    return key


def canonical_name(group: list[Mention], root: str, label: str) -> str:
    """The most frequent clean surface whose key is the group's root (longest on ties)."""
    known = KNOWN_ALIASES.get(root) or KNOWN_NAMES.get(root)
    if known:
        return known
    if root in known_countries():  # "Russian Federation", "Government of …": the country's common name
        return next(c for c in country_names() if c.lower() == root)
    forms: Counter[str] = Counter()
    for m in group:
        if m.key != root:
            continue
        surface = clean_surface(m.text)
        words = surface.split()
        if label == "PERSON":
            stripped = _strip_titles(words)
            words = words if _titled_country(words, stripped) or is_titled_place(" ".join(words)) else stripped
            # ("Captain America"; "Sultan Kudarat", a place named after a titled person: titled_places.py)
            # The common name drops middle initials: "Donald J. Trump" is shown as "Donald Trump".
            if len(words) > 2 and not all(re.fullmatch(r"[A-Z]\.?", w) for w in words[:2]):
                # (not a given name of initials alone: "J. D. Vance" is no "J. Vance", round wire34a; "J P Nadda"
                # is no "J Nadda", round wire38)
                words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
        forms[" ".join(words)] += 1
    if not forms:
        return root.title()
    best = sorted(forms.items(), key=lambda kv: (kv[0].isupper(), -kv[1], -len(kv[0]), kv[0]))[0][0]
    if best.isupper() and label in ("GPE", "LOC") and len(best) > 3 and is_known_place(best.title()):
        return best.title()  # a dateline's "LONDON:" the only mention: the place as the gazetteer writes it
    return best
