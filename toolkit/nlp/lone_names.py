"""The entity a one-word name stands for: a person's surname or given name, a company's, a paper's or a body's
short form, a title's holder.

News names a person in full once and then by one word ("Putin", "Don"), a company by its first word
("Goldman"), a paper by its head ("the Times"). :func:`link_lone_names` gives the key each such one-word key
joins in the set's entity index (:mod:`toolkit.nlp.index`), unless the word is used as a place; which documents
allow the link is :class:`~toolkit.nlp.mention_documents.MentionDocuments`' call.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from toolkit.nlp.full_names import FullNames
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.legal_suffixes import LEGAL_FORMS
from toolkit.nlp.lexicon import NAME_PARTICLES
from toolkit.nlp.mention_documents import RECURRING, MentionDocuments
from toolkit.nlp.nicknames import people_by_inner_name
from toolkit.nlp.short_forms import (COMPANY_TAILS, KIND_HEADS, PAPER_HEADS, companies_by_first_word, company_of,
                                     named_by_kind_head, names_by_kind_head, national_bodies_by_head,
                                     national_body_of, paper_of, papers_by_head)
from toolkit.nlp.surfaces import Mention, clean_surface
from toolkit.nlp.title_links import majority, title_targets
from toolkit.nlp.votes import used_as_place, vote


def link_lone_names(by_key: dict[str, list[Mention]], people: FullNames,
                    docs: MentionDocuments) -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    """The key each one-word key joins, and the lone names linked to a full name only in its documents.

    Returns:
        ``parent``: the key of the entity each lone name names (its surname's or given name's person,
        the company or the paper it shortens), unless the name is used as a place; ``vetoed``: the full
        name of a lone name linked to it only where its own document names it (``tables.assemble``);
        ``titled``: by (key, title), the key of the person a surname with that title names where it is
        not the one its key names (:func:`_by_title`), the key itself for its own person.
    """
    company_names = companies_by_first_word(by_key)
    papers = papers_by_head(by_key)
    bodies = national_bodies_by_head(by_key)
    kinds = names_by_kind_head(by_key)
    inner = people_by_inner_name({k: g for k, g in by_key.items() if " " in k and vote(g, full_form=True) == "PERSON"})
    parent: dict[str, str] = {}
    vetoed: dict[str, str] = {}  # lone names linked to a full name only where their document names it
    titled: dict[tuple[str, str], str] = {}
    for key, group in by_key.items():
        target = _lone_name_target(key, group, by_key, people, docs, company_names, papers, vetoed, bodies, kinds)
        if target is None and key in inner:
            target = _inner_name_target(key, group, by_key, people, docs, inner)
        if " " not in key and people.full_people.get(key) and any(m.title for m in group) and not used_as_place(group) \
                and not (any(m.evidence == "is-ORG" for m in group) and vote(group) == "ORG"):
            target = _by_title(key, group, target, by_key, people, docs, vetoed, titled)
        if target and (not used_as_place(group) or _school_at(group, target)
                       or _company_into(group, target, company_names.get(key, ()))):
            parent[key] = target
    return parent, vetoed, titled


def _by_title(key: str, group: list[Mention], target: str | None, by_key: dict[str, list[Mention]], people: FullNames,
              docs: MentionDocuments, vetoed: dict[str, str], titled: dict[tuple[str, str], str]) -> str | None:
    """The person a surname names by the titles it carries (:func:`~toolkit.nlp.title_links.title_targets`):
    each mention reads as its title says, or as the name alone (``target``) where the title decides nothing;
    the key names the person most of its mentions read, and a title read otherwise goes to ``titled``
    (the key itself for the surname's own person: "President Trump" where only Melania Trump is named)."""
    by_title = title_targets(key, by_key, people.full_people[key], lambda keys: dominant(keys, by_key))
    reading: dict[str, str | None] = {}
    for title, person in by_title.items():
        if person is not None and not docs.surname_links([m for m in group if m.title == title], by_key[person]):
            person = target  # (a lone word of another document that is no person's name there)
        reading[title] = person
    counts = Counter(reading.get(m.title, target) if m.title else target for m in group)
    major = majority(counts)
    for title, person in reading.items():
        if person != major:
            titled[(key, title)] = person or key
    if major is None and key in vetoed and any(p != vetoed[key] for p in reading.values()):
        del vetoed[key]  # its documents' link to the full name would undo what its titles tell apart
    return major


def _school_at(group: list[Mention], target: str) -> bool:
    """Whether a lone name used as a place is a school's short form all the same: one teaches and studies "at" a
    school ("returned to the United States to teach at Harvard" beside Harvard University), and the name is no
    known town ("at Princeton" may be the town)."""
    return (target.split()[-1] in ("university", "college") and all(m.evidence in (None, "place-context") for m in group)
            and not is_known_place(clean_surface(group[0].text), cities=True))


# The tails of a company's name that no school and no place ends in ("Burisma Holdings", "Mahan Air").
_FIRM_TAILS = COMPANY_TAILS - {"university", "college"}


def _company_into(group: list[Mention], target: str, companies) -> bool:
    """Whether a lone name read as a place from its preposition is the company it shortens all the same: one
    investigates, invests or works "into", "in" or "at" a firm ("the investigation into Burisma" beside Burisma
    Holdings), when the model called none of its mentions a place (a town sharing a firm's first word, "flights
    to Mahan", is a place to the model) and the name is no known place (:func:`company_of`)."""
    return (target in companies and target.split()[-1] in _FIRM_TAILS
            and not any(m.label in ("GPE", "LOC", "FAC") for m in group))


def _lone_name_target(key: str, group: list[Mention], by_key: dict[str, list[Mention]], people: FullNames,
                      docs: MentionDocuments, company_names: dict[str, list[str]], papers: dict[str, list[str]],
                      vetoed: dict[str, str], bodies: dict[str, list[str]], kinds: dict[str, list[str]]) -> str | None:
    """The key a one-word key stands for, the first that fits: the person whose surname it is, the person
    whose given name it is, the company, the newspaper, the country's body ("the Senate") or the place or body
    named by its kind ("the Channel") it shortens; None for a name of several words.

    A person it is linked to only in the documents that name that person in full goes to ``vetoed``.
    """
    words = key.split()
    if len(words) != 1:
        return _particle_surname_target(key, words, group, by_key, people, docs, vetoed)
    target = _surname_target(key, group, by_key, people, docs, vetoed)
    if target is None and key not in people.full_people:
        target = _given_name_target(key, group, by_key, people, docs, vetoed)
    if target is None and key not in people.full_people:
        target = company_of(key, group, company_names)  # "Mahan" for Mahan Air
    if target is None and key in PAPER_HEADS:
        target = paper_of(key, group, papers)  # "The Telegraph" for The Daily Telegraph
        if target and not docs.shared(group, by_key[target]):
            target = None  # (only where its own document names the paper in full)
    if target is None and key not in people.full_people:
        target = national_body_of(key, group, bodies)  # "the Senate" for the U.S. Senate
        if target and not _named_in_full_first(group, by_key[target], docs):
            target = None  # (only where its own document names the body in full, before it)
    if target is None and key in KIND_HEADS and key not in people.full_people:
        target = named_by_kind_head(key, group, kinds, lambda name: docs.of(by_key[name]))
    return target


def _inner_name_target(key: str, group: list[Mention], by_key: dict[str, list[Mention]], people: FullNames,
                       docs: MentionDocuments, inner: dict[str, set[str]]) -> str | None:
    """The person whose full name holds a one-word key inside it, as a nickname in quote marks or a word between
    the given name and the surname (:func:`~toolkit.nlp.nicknames.people_by_inner_name`: "Jokowi" for President
    Joko "Jokowi" Widodo, "Lula" for Luiz Inácio Lula da Silva), where the key is no one's surname or given name,
    one person's only, that person's document names it, and it is no place nor written in capitals (an acronym)."""
    full = inner.get(key, ())
    if len(full) != 1 or key in people.full_people or key in people.first_names:
        return None
    target = next(iter(full))
    if target == key or not docs.shared(group, by_key[target]) or clean_surface(group[0].text).isupper() \
            or vote(group) in ("GPE", "LOC") or is_known_place(clean_surface(group[0].text), cities=True):
        return None
    return target


def _saints_name(key: str) -> bool:
    """Whether a key is a saint's title and one name ("st. francis"): no full name of the person a lone "Francis"
    names beside it (the pope named after the saint; round wire35d). A surname is no saint's one name."""
    words = key.split()
    return len(words) == 2 and words[0].strip(".") in ("st", "saint", "ste")


def _particle_surname_target(key: str, words: list[str], group: list[Mention], by_key: dict[str, list[Mention]],
                             people: FullNames, docs: MentionDocuments, vetoed: dict[str, str]) -> str | None:
    """The person named in full whose surname, opened by name particles, a key of those words is ("De Blasio
    made the announcement", "von der Leyen said" beside "Bill de Blasio", "Ursula von der Leyen"), as for a
    one-word surname (:func:`_surname_target`): the key's words before the last are particles
    (``NAME_PARTICLES``; the sentence's capital "De" is keyed in lower case) and the full name ends in the key's
    words; None for any other name of several words (round entities54)."""
    if len(words) > 4 or not all(w in NAME_PARTICLES for w in words[:-1]):
        return None
    full = {k for k in people.full_people.get(words[-1], ()) if k != key and k.endswith(" " + key)
            and k.split()[0] not in NAME_PARTICLES}  # (a given name in front: not "de la fuente" for "la fuente")
    return _surname_target(key, group, by_key, people, docs, vetoed, full=full) if full else None


def _surname_target(key: str, group: list[Mention], by_key: dict[str, list[Mention]], people: FullNames,
                    docs: MentionDocuments, vetoed: dict[str, str], *, full=None) -> str | None:
    """The person named in full whose surname a one-word key is (:func:`dominant`), where it links across
    documents (:meth:`MentionDocuments.surname_links`; a double surname's first half only in the full name's
    documents); else None, and the person goes to ``vetoed``. ``full``: the keys of the people to choose
    from (default: those named in full with the key's last word last)."""
    if any(m.evidence == "is-ORG" for m in group) and vote(group) == "ORG":
        return None  # "Ford CEO Jim Farley" beside "Bill Ford": a name its context makes a body, and the vote
        # too, is the body that bears the surname, not the person
    if full is None:
        full = [k for k in people.full_people.get(key.split()[-1], ()) if not _saints_name(k)]
    target = dominant(full, by_key) or first_introduced(group, full, by_key, docs)
    if target and not (docs.shared(group, by_key[target]) if (key, target) in people.second_surnames
                       else docs.surname_links(group, by_key[target])):
        vetoed[key] = target
        return None
    return target


def first_introduced(group: list[Mention], full: Iterable[str], by_key: dict[str, list[Mention]],
                      docs: MentionDocuments) -> str | None:
    """The person of a family a lone surname means where no one of them dominates (:func:`dominant`): the one its
    documents name in full before they first use the surname alone, when each names only that one of the family
    before it ("Jared Padalecki … Padalecki was born in San Antonio, Texas, to Gerald and Sherri Padalecki"; the
    parents and the children are named in full later). News and a life's story introduce their subject first."""
    first_lone: dict[int, int] = {}
    for m in group:
        d = docs.document_of(m)
        first_lone[d] = min(first_lone.get(d, m.start), m.start)
    chosen = set()
    for d, start in first_lone.items():
        named = {k: [m for m in docs.in_document(by_key.get(k), d) if m.start < start] for k in full}
        before = {k for k, ms in named.items() if ms}
        earlier = [m for ms in named.values() for m in ms]
        paired = {k for k in full if any(g.start < start and 0 < m.start - g.end <= 5
                                         for g in docs.in_document(by_key.get(k.split()[0]), d) for m in earlier)}
        if len(before) > 1 and not paired:
            before = _subject_of_family(named, {k: len(docs.in_document(by_key.get(k), d)) for k in before},
                                        by_key, docs, d)
            # ("English drummer Ginger Baker died … his daughter Nettie Baker")
        if len(before | paired) != 1:
            return None  # (nor a couple named with one surname: "David and Louise Turpin" … "the Turpin's offspring")
        chosen |= before
    return chosen.pop() if len(chosen) == 1 else None


def _subject_of_family(named: dict[str, list[Mention]], counts: dict[str, int], by_key: dict[str, list[Mention]],
                       docs: MentionDocuments, document: int) -> set[str]:
    """Of the people of one surname a document names in full before it first uses the surname alone (``named``),
    the one it names first, when it is the first person the document names at all and the document names that one
    in full more often than each of the others (``counts``: "Yesterday morning, English drummer Ginger Baker died …
    confirmed … with his daughter Nettie Baker. … Baker was hospitalized"): the story's subject, whom news
    introduces first; else none (an empty set). Not in a story about someone else ("heiress Gloria Vanderbilt
    died …, her son Anderson Cooper announced … author Wyatt Cooper … her union with Cooper")."""
    firsts = sorted((min(m.start for m in ms), k) for k, ms in named.items() if ms)
    start, first = firsts[0]
    if not all(counts[first] > counts[k] for _, k in firsts[1:]):
        return set()
    for group in by_key.values():  # (only for a family named so: rare)
        if any(m.label == "PERSON" and m.start < start for m in docs.in_document(group, document)):
            return set()
    return {first}


def _given_name_target(key: str, group: list[Mention], by_key: dict[str, list[Mention]], people: FullNames,
                       docs: MentionDocuments, vetoed: dict[str, str]) -> str | None:
    """The person named in full whose given name a one-word key voted a person (or a body or a people, and no
    known place) is, where its own document names that person; else None, and the person goes to ``vetoed``."""
    voted = vote(group)
    if voted in ("GPE", "LOC"):
        if not _given_name_as_place(key, group, by_key, people):
            return None
    elif not (voted == "PERSON" or voted in ("ORG", "NORP")
              and not is_known_place(clean_surface(group[0].text), cities=True)):
        return None
    # "Mark" for Mark Rutte; "Nabil's murder" (a body, to the model) for Nabil Hasan al-Quaety;
    # a given name alone means someone its own document names in full.
    first_names = people.first_names
    target = dominant(first_names.get(key, ()), by_key)
    surname = target.split()[-1] if target else ""
    if target and not docs.shared(group, by_key[target]) and not (
            surname in by_key and docs.shared(group, by_key[surname])) and not (
            len(first_names[key]) == 1 and len(docs.of(by_key[target])) >= RECURRING):
        # Unless its document names that person by the surname (a transcript's "Thank
        # you, Karoline" beside "MS. LEAVITT:"), or the person is a figure of the story,
        # named in full in several of its articles and the set's only one of that given
        # name ("Marco" and "JD" in the President's remarks to his cabinet).
        vetoed.setdefault(key, target)  # (several people of one given name: each document's own,
        return None                     # in tables.assemble)
    return target


def _given_name_as_place(key: str, group: list[Mention], by_key: dict[str, list[Mention]], people: FullNames) -> bool:
    """Whether a one-word "place" is the given name of a person named in full ("over Jamal's killing", GPE to
    the model, beside "Jamal Khashoggi"): no known place, never used as one, not written in capitals (an
    acronym, "UC" beside "UC Davis"), the given name of people only (no other name of the set opens with it:
    "Rocky" beside "Rocky McGaugh" and "Rocky Linux" is left; a firm with its legal form, often named after its
    owner, is no such name: "Rocky" beside "Rocky De La Fuente" and his "Rocky 101 LLC", round ent38), each with a
    surname of three letters or more ("Herbig Ae", a star's class, is no one's name)."""
    surface = clean_surface(group[0].text)
    full = people.first_names.get(key, ())
    if not full or surface.isupper() or is_known_place(surface, cities=True) or used_as_place(group):
        return False
    if any(len(k.split()[-1]) < 3 for k in full):
        return False
    opening = key + " "
    return not any(k.startswith(opening) and k not in full and k.rsplit(" ", 1)[-1] not in LEGAL_FORMS
                   for k in by_key)  # (only for such a "place": rare)


def _named_in_full_first(group: list[Mention], full: list[Mention], docs: MentionDocuments) -> bool:
    """Whether a document names the body in full before it names it by its head alone: "the Senate" in a story
    about Puerto Rico's governor is the island's, named so from its start; one mention of "the U.S. Senate" later
    does not make it that one."""
    for document in docs.of(group) & docs.of(full):
        named = docs.in_document(full, document)
        alone = docs.in_document(group, document)
        if named and alone and min(m.start for m in named) < min(m.start for m in alone):
            return True
    return False


def dominant(keys, by_key: dict) -> str | None:
    """The full name a bare last name means: the only one, or one mentioned 3× more than the rest
    ("Trump" is Donald Trump in a set that also names Melania Trump once or twice)."""
    ranked = sorted(keys, key=lambda k: (-len(by_key[k]), k))
    if not ranked:
        return None
    if len(ranked) == 1 or len(by_key[ranked[0]]) >= 3 * sum(len(by_key[k]) for k in ranked[1:]):
        return ranked[0]
    return None
