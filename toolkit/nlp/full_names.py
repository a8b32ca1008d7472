"""Full names: which multi-word names of a set are people's, by their last word and by their first.

A one-word name ("Putin", "Mark") joins the person named in full whose surname or given name it is
(:class:`~toolkit.nlp.index.EntityIndex`); this module finds those people, in order:

1. the multi-word names the set votes a person's;
2. a full name the model labelled a body or a place whose last word is used alone as a person's name;
3. a kinsman's full name (:func:`~toolkit.nlp.kinsmen.kinsmen`);
4. a double surname's first half ("Rosselló" of "Ricardo Rosselló Nevares");
   and an Arabic surname without its article ("Assad" of "Bashar al-Assad");
5. a two-word name whose first word is the given name of a person of steps 1-4.

Example:
    >>> people = full_names(by_key, docs.shared)                 # doctest: +SKIP
    >>> people.full_people["putin"]
    {'vladimir putin'}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.kinsmen import kinsmen
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS
from toolkit.nlp.mistags import english_words
from toolkit.nlp.surfaces import GENERATIONAL_SUFFIXES, Mention, clean_surface
from toolkit.nlp.votes import group_label, is_storm, used_as_place, vote

# Head words of bodies, places and facilities, and words that are no name's: a name holding one is no person's.
_NAME_HEADS = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS

# What the text says of a name that makes it a body: an outlet that "reports", a kind noun ("charity X").
_BODY_EVIDENCE = frozenset({"medium", "medium-post", "is-ORG"})

# A word that can be a surname: letters (accents and hyphens allowed), no initial ("W."), no
# particle of two letters ("de", "da").
_SURNAME = re.compile(r"[^\W\d_][^\W\d_'-]{2,}(?:-[^\W\d_]+)?")


@dataclass
class FullNames:
    """The people a set names in full, by the words a lone name of theirs can be.

    Attributes:
        full_people: the keys of people named in full, by their last word (and by the first of a
            double surname).
        first_names: the same keys by their first word (the people of steps 1-4 of the module).
        second_surnames: the (word, key) pairs of a double surname's first half and its full name.
    """

    full_people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    first_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    second_surnames: set[tuple[str, str]] = field(default_factory=set)


def full_names(by_key: dict[str, list[Mention]], shared: Callable[[list, list], bool]) -> FullNames:
    """The people a set names in full, found by the steps of the module in their order.

    Args:
        by_key: the set's mentions by key (lower-case name).
        shared: whether two groups of mentions have a document in common.

    Returns:
        The keys of the people by their last word, by their first, and the double surnames.
    """
    people = FullNames(full_people=_voted_people(by_key))
    _add_people_by_lone_surname(by_key, people.full_people)
    _add_kinsmen(by_key, people.full_people, shared)
    people.second_surnames = _add_second_surnames(by_key, people.full_people)
    _add_surnames_without_articles(people.full_people)
    people.first_names = _by_first_name(people.full_people, by_key)
    _add_people_by_given_name(by_key, people.full_people, people.first_names)
    return people


def surname_of(words: list[str]) -> str:
    """The last word of a name's key that is no generational suffix: "lacalamita" of "anthony lacalamita iii" (the
    lone surname the text goes on with)."""
    return words[-2] if len(words) >= 3 and words[-1].rstrip(".") in GENERATIONAL_SUFFIXES else words[-1]


def _voted_people(by_key: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """The multi-word names the set votes a person's, by their last word (no storm's: "Storm Lorenzo")."""
    # Multi-word person names, by their last word, to absorb "Putin" into "Vladimir Putin".
    full_people: dict[str, set[str]] = defaultdict(set)
    for key, group in by_key.items():
        words = key.split()
        if len(words) >= 2 and vote(group, full_form=True) == "PERSON" and not is_storm(key):
            full_people[surname_of(words)].add(key)
    return full_people


def _add_people_by_lone_surname(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]]) -> None:
    """Add the full names the model labelled a body or a place whose last word the set uses alone as a person's."""
    # A full name the model labelled a body or a place ("…, Hage Geingob, expressed …" as ORG)
    # is a person's when its last word is used alone as a person's name in the set; not when its
    # first word is a people's adjective ("the Iranian Government" beside a "State Government" the
    # model took for a person): a person is named by a given name, not a nationality.
    for key, group in by_key.items():
        words = key.split()
        if (2 <= len(words) <= 3 and key not in full_people.get(words[-1], ()) and words[-1] in by_key
                and not is_storm(key)
                and vote(by_key[words[-1]]) == "PERSON" and not set(words) & _NAME_HEADS
                and "&" not in words  # "Johnson & Johnson" beside a Johnson: a firm, no person's full name
                and "and" not in words  # "Arthur Penn's \"Bonnie and Clyde\"" beside "Clyde's brother": a film's
                # title or a pair, no one person's full name (round wire35d)
                and vote(group) != "LAW"  # "the Eastern Mediterranean Bill" beside a lone "Bill": a law (entities56)
                and not (words[0] in by_key and vote(by_key[words[0]]) == "NORP")
                and all(m.text[:1].isupper() for m in group) and not is_known_place(clean_surface(group[0].text))):
            full_people[words[-1]].add(key)


def _add_kinsmen(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]],
                 shared: Callable[[list, list], bool]) -> None:
    """Add the full names of the kinsmen of the people named in full (:func:`~toolkit.nlp.kinsmen.kinsmen`)."""
    # A full name sharing its surname with a person named in full in its document ("Tomasz and Marek
    # Sekielski", then "Tomasz Sekielski's film" as a body) is a kinsman's (toolkit.nlp.kinsmen).
    for key in kinsmen(by_key, full_people, vote=vote, heads=_NAME_HEADS, shared=shared,
                       is_place=lambda text: is_known_place(clean_surface(text)), english=english_words(),
                       is_storm=is_storm):
        full_people[key.split()[-1]].add(key)


def _add_second_surnames(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]]) -> set[tuple[str, str]]:
    """Add the full names of double surnames by their first surname; return those (surname, key) pairs."""
    # A name of three words or more whose last two are both capitalised surnames ("Ricardo
    # Rosselló Nevares", "Andrés Manuel López Obrador") is also called by the first of the two
    # alone ("Rosselló"), as Spanish and Portuguese double surnames are in English news; the
    # word may be a middle name too ("Michael Robert Milken"), so only in the full name's document.
    second_surnames: set[tuple[str, str]] = set()
    for keys in list(full_people.values()):
        for key in list(keys):
            words = key.split()
            if len(words) >= 3 and _SURNAME.fullmatch(words[-2]) and words[-2] not in full_people \
                    and all(m.text.split()[-2][:1].isupper() for m in by_key[key] if len(m.text.split()) >= 3):
                full_people[words[-2]].add(key)
                second_surnames.add((words[-2], key))
    return second_surnames


# The Arabic article joined by a hyphen to a surname, in the spellings English news gives it, assimilated too
# ("al-Assad", "el-Sisi", "ash-Shara"); news names such a person again by the surname without it ("Assad").
_ARTICLE_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ad-d)-([^\W\d_]{3,})")


def _add_surnames_without_articles(full_people: dict[str, set[str]]) -> None:
    """Add the people whose surname opens with the Arabic article by the surname without it: English news writes
    "Bashar al-Assad" in full once and "Assad" after it (AP style drops the article on second reference: "Assad",
    "Sissi", "Baghdadi"; round wire37), so a lone "Assad" is the man's surname."""
    for keys in list(full_people.values()):
        for key in list(keys):
            article = _ARTICLE_SURNAME.fullmatch(key.split()[-1])
            if article and len(key.split()) >= 2:
                full_people[article.group(1)].add(key)


def _by_first_name(full_people: dict[str, set[str]], by_key: dict[str, list[Mention]]) -> dict[str, set[str]]:
    """The keys of the people named in full, by their first word (their given name); not a name the set
    votes a person's that the readings of its name make something else (:func:`~toolkit.nlp.votes.group_label`:
    "Socotra Hotel" a facility by its head word), whose first word is no one's given name ("Socotra")."""
    first_names: dict[str, set[str]] = defaultdict(set)
    before_particles: dict[str, set[str]] = defaultdict(set)
    for keys in full_people.values():
        for key in keys:
            group = by_key.get(key, ())
            if group and vote(group, full_form=True) == "PERSON" and group_label(group, key, {}) != "PERSON":
                continue
            first_names[key.split()[0]].add(key)
            if group and (given := _given_name_before_particle(group, key)) is not None:
                before_particles[given].add(key)
    for given, keys in before_particles.items():
        if given not in first_names and len(keys) == 1:
            # "Sheikh Mohammed" for Mohammed bin Abdulrahman Al-Thani, where no other person of the set has that
            # given name ("Jean" beside Jean le Rond d'Alembert and Jean Cocteau is left to the others)
            first_names[given] = keys
    return first_names


def _given_name_before_particle(group: list[Mention], key: str) -> str | None:
    """The given name a person's name has before a particle its key begins after ("Mohammed bin Abdulrahman
    Al-Thani", key "abdulrahman al-thani"; "Ursula von der Leyen", key "der leyen"): the name's first word."""
    words = clean_surface(group[0].text).split()
    size = len(key.split())
    if len(words) < size + 2 or words[-size - 1].lower() not in NAME_PARTICLES or not words[0][:1].isupper():
        return None
    given = words[0].lower()
    return given if given != key.split()[0] and given not in NAME_PARTICLES else None


def _add_people_by_given_name(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]],
                              first_names: dict[str, set[str]]) -> None:
    """Add the two-word names the model labelled a body whose first word is a person's given name."""
    # A two-word name the model labelled a body whose first word is the given name of a person
    # of the set, and opens no other name of the set ("Nikos Dendias, Nikos Christodoulides
    # and …"), is a person's too; not "United Nations" beside a "United States Senators".
    opening: dict[str, int] = defaultdict(int)
    for key in by_key:
        opening[key.split()[0]] += 1
    for key, group in by_key.items():
        if _named_by_given_name(key, group, first_names, opening, by_key, _NAME_HEADS):
            full_people[key.split()[-1]].add(key)


def _named_by_given_name(key: str, group: list[Mention], first_names: dict[str, set[str]], opening: dict[str, int],
                         by_key: dict[str, list[Mention]], heads: frozenset[str]) -> bool:
    """Whether a two-word name the model labelled a body is a person's, by its given name.

    It is when its first word is the given name of a person of the set (``first_names``) and
    opens no other name of the set (``opening`` counts the names each word opens): "Nikos
    Dendias" beside "Nikos Christodoulides"; and when it looks like a person's name: labelled
    ORG, FAC or NORP by the vote, no head word of a body or place, capitalised in every mention,
    never used as a place, no word a known place ("United Nations" beside "United States
    Senators" opens a name twice over and stays a body), and nothing in the text saying it is a
    body ("Gazeta Prawna reports …" beside "according to Gazeta Wyborcza": an outlet, whatever
    the other name's label).

    Example:
        >>> _named_by_given_name("nikos dendias", group, {"nikos": {"nikos christodoulides"}},
        ...                      {"nikos": 2}, by_key, heads)                  # doctest: +SKIP
        True
    """
    words = key.split()
    given = first_names.get(words[0], ())
    return (len(words) == 2 and bool(given) and opening[words[0]] == len(given) + 1 and words[0] not in by_key
            and vote(group) in ("ORG", "FAC", "NORP") and not set(words) & heads
            and not any(m.evidence in _BODY_EVIDENCE for m in group)
            and all(m.text[:1].isupper() for m in group) and not used_as_place(group)
            and not any(is_known_place(w.title()) for w in words))
