"""Kinsmen: a full name that shares its surname with a person named in full beside it is a person.

News names the members of a family by their given names and the family's name ("a documentary by
Tomasz and Marek Sekielski", "… in Tomasz Sekielski's film"). The model may call one of them a body
(a possessive before a work, "Tomasz Sekielski's film", reads like a studio's). A name of two or three
capitalised words with no head word of a body, a place or a facility, whose last word is the surname
of another person named in full in the same document, is a person too: a body is not named by a given
name and a family's name. The shared word must be no common English word ("Paranal Observatory" beside a
"Southern Observatory" the model called a person; "International Master" beside a titled chess player), and
a storm ("Storm Lorenzo") is no kinsman.
"""

from __future__ import annotations

from collections.abc import Callable


def _name_word(word: str) -> bool:
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())  # capitalised, no acronym


def kinsmen(by_key: dict[str, list], full_people: dict[str, set[str]], *, vote: Callable[[list], str],
            heads: frozenset[str] | set[str], shared: Callable[[list, list], bool],
            is_place: Callable[[str], bool], english: frozenset[str] | set[str] = frozenset(),
            is_storm: Callable[[str], bool] = lambda key: False) -> list[str]:
    """The keys of names the model called something else that name a kinsman of a person of the set.

    Args:
        by_key: the set's mentions by key (lower-case name).
        full_people: the keys of people named in full, by their last word.
        vote: the label a group of mentions votes.
        heads: head words of bodies, places and facilities, and words that are no name's.
        shared: whether two groups of mentions have a document in common.
        is_place: whether a surface is a known place.
        english: the common English words (lower case): a family's name shared by two names must be none
            ("International Master" beside a "Woman International Master" the model called a person; "Paranal
            Observatory" beside a mislabelled observatory).
        is_storm: whether a key names a storm ("Storm Lorenzo").

    Returns:
        Keys such as "tomasz sekielski" beside "marek sekielski" (a person); not "marek sekielski"
        itself, nor "the sekielski foundation" (a head word), nor a name in another document.
    """
    found = []
    # A double-barrelled surname is the family's name of each of its halves ("his mom, Shannon Cronister-Heacock"
    # beside her son "Eli Heacock")
    halves: dict[str, set[str]] = {}
    for last, keys in full_people.items():
        for half in last.split("-") if "-" in last else ():
            halves.setdefault(half, set()).update(keys)
    for key, group in by_key.items():
        words = key.split()
        if not 2 <= len(words) <= 3 or set(words) & heads or key in full_people.get(words[-1], ()) \
                or words[-1] in english or is_storm(key):
            continue  # (a common word shared is no family's name: "… Observatory", "… Master")
        kin = [k for k in {*full_people.get(words[-1], ()), *halves.get(words[-1], ())}
               if k.split()[0] != words[0] and k in by_key]
        if not kin or vote(group) != "ORG":
            continue  # (the model's usual mistake; a product, "PlayStation VR", is no kinsman of "… VR")
        if not all(len(m.text.split()) == len(words) and all(_name_word(w) for w in m.text.split()) for m in group):
            continue  # a person's name is capitalised words, no acronym ("Tomasz Sekielski"; not "PlayStation VR")
        if (words[0] in by_key and vote(by_key[words[0]]) in ("NORP", "GPE")) or is_place(group[0].text):
            continue  # "Polish Sekielski"? a people's or a place's word opens no given name
        if any(vote(by_key[k]) == "PERSON" and shared(group, by_key[k]) for k in kin):
            found.append(key)
    return found
