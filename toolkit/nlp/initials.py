"""The initials and short forms a body's name is written by: an acronym ("SDF" of "Syrian Democratic Forces",
"DOJ" of "Department of Justice", "USAID"), a mixed or plural one ("DoJ", "NGOs") and a short name cut from the
name's words ("Phivolcs", "Comelec").

Used by :mod:`toolkit.nlp.spellings` (a set's acronyms merged with the one body they spell) and by the entity rules
that tell an acronym.

Example:
    >>> acronym_of("syrian democratic forces"), is_acronym("PG&E"), is_acronym("Nato")
    ('sdf', True, False)
"""

from __future__ import annotations

import re


def acronym_of(key: str) -> str:
    """The initials of a multi-word name: "syrian democratic forces" → "sdf" ("of", "the" … skipped)."""
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in ("of", "the", "and", "for", "on", "&")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def initials_with_links(key: str) -> str:
    """The initials of a multi-word name with those of "of" and "for" in it: "department of justice" → "doj"."""
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in ("the", "and", "on", "&")]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""



# An acronym whose capitals an ampersand joins ("PG&E", "AT&T", "P&G"): the "and" of a body's name written "&"
# (round entities52: "Pacific Gas and Electric Company (PG&E)", then "PG&E stated").
AMPERSAND_ACRONYM = re.compile(r"^[A-Z]{1,3}(?:&[A-Z]{1,3})+$")


def is_acronym(text: str) -> bool:
    """Whether ``text`` is written as an acronym: two to six capitals ("WHO", "ACLJ") or capitals an ampersand
    joins ("PG&E", "AT&T").

    Example:
        >>> is_acronym("PG&E"), is_acronym("NATO"), is_acronym("Nato"), is_acronym("A")
        (True, True, False, False)
    """
    return 2 <= len(text) <= 6 and text.isupper() and (text.isalpha() or AMPERSAND_ACRONYM.match(text) is not None)


def spelt_by_prefixes(word: str, name_words: list[str]) -> bool:
    """Whether a short name written as one word is cut from the words of a body's name: two pieces or more, in
    order, each the beginning of a word of the name, the first of its first word ("phivolcs" of "philippine
    institute of volcanology and seismology": phi-volc-s; "comelec" of "commission on elections", "ofcom" of
    "office of communications"). Both in lower case; a leading "the" is no word of the name."""
    words = name_words[1:] if name_words[:1] == ["the"] else name_words
    if len(words) < 2 or not word or not words[0] or word[0] != words[0][0]:
        return False

    def rest(at: int, after: int, pieces: int) -> bool:
        if at == len(word):
            return pieces >= 2
        for k in range(after, len(words)):
            w = words[k]
            n = 0
            while n < len(w) and at + n < len(word) and w[n] == word[at + n]:
                n += 1
                if rest(at + n, k + 1, pieces + 1):
                    return True
        return False

    first = words[0]
    n = 0
    while n < len(first) and n < len(word) and first[n] == word[n]:
        n += 1
        if rest(n, 1, 1):
            return True
    return False


# An abbreviation written with a point after each letter ("u.s.", "u.k.", "u.n.", "e.u.").
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")


def initials_with_abbreviations(key: str) -> str:
    """The initials of a multi-word name with an abbreviation written with points, each of whose letters counts:
    "u.s. geological survey" → "usgs", "u.s. agency for international development" → "usaid"; "" for a name
    without such an abbreviation."""
    words = [w for w in re.split(r"[\s-]+", key) if w and w not in ("of", "the", "and", "for", "on", "&")]
    if len(words) < 2 or not any(_DOTTED.fullmatch(w) for w in words):
        return ""
    return "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0] for w in words)


def one_title_word(text: str) -> bool:
    """Whether ``text`` is one capitalised word of four to twelve letters ("Phivolcs", "Comelec", "Ofcom")."""
    return 4 <= len(text) <= 12 and text.isalpha() and text.istitle()


def short_form_word(text: str) -> bool:
    """Whether ``text`` is one word of letters that could be a body's short form of its own make ("CalFire",
    "Roscosmos", "WilmerHale"; toolkit.nlp.bracketed_short_forms): three letters or more, a capital first, more small
    letters than capitals (no initials)."""
    return (len(text) >= 3 and text.isalpha() and text[0].isupper()
            and sum(c.islower() for c in text) > sum(c.isupper() for c in text))


def short_name_of(text: str, key: str) -> bool:
    """Whether ``text``, keyed as the body ``key`` (its name's key), is a short name cut from that name's words."""
    return one_title_word(text) and " " in key and spelt_by_prefixes(text.lower(), key.split())


def mixed_acronym(text: str) -> bool:
    """Whether ``text`` is an acronym whose small letters stand for "of" or "for" ("DoJ", "DoD", "MoD", "DfE")."""
    return (text[:1].isupper() and text[-1:].isupper() and sum(c.isupper() for c in text) >= 2
            and all(c.isupper() or c in "of" for c in text))


def plural_acronym(text: str) -> bool:
    """Whether ``text`` is an acronym in capitals with a plural "s" ("JWs", "MPs", "NGOs")."""
    return 3 <= len(text) <= 7 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()
