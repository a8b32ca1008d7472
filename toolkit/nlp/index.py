"""The entity index: every mention key of a set grouped under one canonical name and label.

1. mentions are grouped by key (:func:`~toolkit.nlp.surfaces.mention_key`), the params'
   aliases first, then the spellings of one name merged (:func:`~toolkit.nlp.spellings.merge_spellings`);
2. a one-word name ("Putin", "Witkoff") joins the multi-word person in the set whose last
   (or first) name it is ("Vladimir Putin", :mod:`~toolkit.nlp.full_names`; of a family, the one its
   documents introduce first, :func:`_first_introduced`), unless it is used as a place ("in
   Washington"); so do the short forms of a company, a school, a paper, a people and a storm
   (:mod:`~toolkit.nlp.short_forms`); a surname's mentions go by the title each carries where it
   tells people of one surname apart ("Mrs. Trump", "President Trump", :mod:`~toolkit.nlp.title_links`);
   then a name written again in another form joins its entity (a plural, a party's members, a site or a
   department named short, a team's nickname, a storm's name: :mod:`~toolkit.nlp.joins`);
3. each group gets its label by the set-wide vote (:func:`~toolkit.nlp.votes.group_label`)
   and its name (:func:`~toolkit.nlp.surfaces.canonical_name`).

Example:
    >>> index = EntityIndex.from_mentions(mentions)             # doctest: +SKIP
    >>> index.canonical("Trump’s"), index.label("Trump")
    ('Donald Trump', 'PERSON')
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from toolkit.nlp.full_names import FullNames, full_names
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.hyphen_pairs import is_hyphenated_people
from toolkit.nlp.legal_suffixes import LEGAL_FORMS
from toolkit.nlp.lexicon import NAME_PARTICLES, NATIONALITY_ENDINGS, ORG_HEADS
from toolkit.nlp.mistags import english_words
from toolkit.nlp.joins import join_other_forms
from toolkit.nlp.nicknames import people_by_inner_name
from toolkit.nlp.short_forms import (COMPANY_TAILS, KIND_HEADS, PAPER_HEADS, companies_by_first_word, company_of,
                                     named_by_kind_head, names_by_kind_head, national_bodies_by_head,
                                     national_body_of, paper_of, papers_by_head)
from toolkit.nlp.spellings import is_acronym, merge_spellings
from toolkit.nlp.surfaces import KNOWN_ALIASES, KNOWN_LABELS, KNOWN_NAMES, Mention, canonical_name, clean_surface, mention_key
from toolkit.nlp.title_links import majority, title_targets
from toolkit.nlp.votes import group_label, used_as_place, vote


@dataclass
class EntityIndex:
    """Canonical names and labels for every mention key of a set of documents."""

    canonical_of: dict[str, str] = field(default_factory=dict)
    label_of: dict[str, str] = field(default_factory=dict)
    aliases_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    person_lastnames: dict[str, str] = field(default_factory=dict)
    # A lone name's full name in the documents that name that person in full only ("West" is Kanye
    # West where the article names him, a region elsewhere): applied by tables.assemble.
    within_document: dict[str, str] = field(default_factory=dict)
    # A lone name's entity where the title it carries names another person than the name alone does
    # ("President Trump" beside "Mrs. Trump" and "First Lady Melania Trump"), by (key, title): see :meth:`name_of`.
    titled: dict[tuple[str, str], str] = field(default_factory=dict)
    _lookups: dict = field(default_factory=dict, repr=False)  # surface lookups, memoised

    @classmethod
    def from_documents(cls, documents: Iterable[Iterable[Mention]], *,
                       aliases: dict[str, str] | None = None) -> "EntityIndex":
        """Group the mentions of a set, one list per document, into entities: as
        :meth:`from_mentions`, with a lone name linked across documents only as
        :class:`_Documents` and the given-name rule of :meth:`from_mentions` allow."""
        documents = [list(d) for d in documents]
        docs_of: dict[str, set[int]] = defaultdict(set)  # by mention key: a few thousand small sets
        for i, d in enumerate(documents):
            for key in {m.key for m in d}:
                docs_of[key].add(i)
        # and the document of each mention (a one-word name's are voted by document; a full name's tell which
        # of a family a lone surname means, :func:`_first_introduced`)
        lone = {id(m): i for i, d in enumerate(documents) for m in d}
        return cls.from_mentions([m for d in documents for m in d], aliases=aliases, docs_of=(docs_of, lone))

    @classmethod
    def from_mentions(cls, all_mentions: Iterable[Mention], *, aliases: dict[str, str] | None = None,
                      docs_of: tuple[dict[str, set[int]], dict[int, int]] | None = None) -> "EntityIndex":
        """Group mentions into entities and choose each one's name and label.

        The steps of the module's docstring, in order: group the mentions by key and merge the
        spellings of one name; find the people named in full (:func:`~toolkit.nlp.full_names.full_names`);
        join each lone name, plural and storm's name to the key it stands for; then label and name
        each group and record its aliases.

        ``docs_of`` gives the documents of each mention key and the document of each mention (by
        ``id``) of a one-word key (see :meth:`from_documents`); without it the mentions are all of
        one document.
        """
        user = _user_aliases(aliases)
        by_key = _group_by_key(all_mentions, user)
        docs = _Documents(docs_of)
        merge_spellings(by_key, user, vote=vote, surface=clean_surface, known=KNOWN_NAMES, together=docs.shared)
        people = full_names(by_key, docs.shared)
        family_names = _family_names(by_key, people.full_people, docs)
        parent, vetoed, titled = _link_lone_names(by_key, people, docs)
        join_other_forms(by_key, parent, people.full_people, docs.shared)
        groups, keys_of = _groups_by_root(by_key, parent, titled)
        index = cls()
        names = index._name_groups(groups, keys_of, user, people, docs, family_names)
        index.titled = {kt: names[parent.get(root, root) if root != kt[0] else root] for kt, root in titled.items()}
        index._link_within_documents(vetoed, parent, by_key)
        index._index_last_names(people.full_people, by_key)
        return index

    def _name_groups(self, groups: dict[str, list[Mention]], keys_of: dict[str, set[str]], user: dict[str, str],
                     people: FullNames, docs: "_Documents", family_names: set[str]) -> dict[str, str]:
        """Give each group its label and its name, under which its keys and its surfaces are recorded;
        return the names by root.

        A name the params' aliases give (``user``) wins over the one the mentions give.
        """
        user_names = {v.lower(): v for v in user.values()}
        names = {}
        for root, group in groups.items():
            label = _group_label(root, group, people, docs, family_names, groups)
            name = user_names.get(root) or _group_name(root, group, label, keys_of[root])
            for key in keys_of[root]:
                self.canonical_of[key] = name
            for m in group:
                self.canonical_of.setdefault(m.key, name)
                self.aliases_of[name].add(clean_surface(m.text))
                if is_acronym(m.text) and " " in m.key:
                    # an acronym keyed as the name it follows in brackets ("the American Center for Law and Justice
                    # (ACLJ)", toolkit.nlp.mentions) is looked up by its own letters too; a key of its own wins
                    self.canonical_of.setdefault(m.text.lower(), name)
            self.label_of[name] = label
            names[root] = name
        return names

    def _link_within_documents(self, vetoed: dict[str, str], parent: dict[str, str],
                               by_key: dict[str, list[Mention]]) -> None:
        """Record the full name of each lone name that is linked to it only where its document names it in full."""
        for key, target in vetoed.items():
            if key not in parent and not used_as_place(by_key[key]):
                self.within_document[self.canonical_of[key]] = self.canonical_of[target]

    def _index_last_names(self, full_people: dict[str, set[str]], by_key: dict[str, list[Mention]]) -> None:
        """Record the person each last name means, where one person of the set dominates it (:func:`_dominant`)."""
        for last, keys in full_people.items():
            target = _dominant(keys, by_key)
            if target:
                self.person_lastnames[last] = self.canonical_of.get(target, "")

    def name_of(self, m: Mention) -> str | None:
        """The entity a mention names: by its key, unless the title it carries names another person (:attr:`titled`)."""
        return self.titled.get((m.key, m.title)) if m.title and self.titled else None

    def titled_name(self, text: str, title: str) -> str | None:
        """The entity a person's name with that title in front of it means where the title names another person
        than the name alone (:attr:`titled`: "President" + "Trump" beside "Mrs. Trump"), else None."""
        return self.titled.get((mention_key(text, "PERSON"), title)) if self.titled else None

    def canonical(self, text: str, label: str = "PERSON") -> str | None:
        """The canonical name for a surface form, or None if it is not a known entity."""
        cache_key = (text, label)
        if cache_key not in self._lookups:
            self._lookups[cache_key] = self._canonical(text, label)
        return self._lookups[cache_key]

    def _canonical(self, text: str, label: str) -> str | None:
        for lab in (label, "ORG", "GPE"):
            key = mention_key(text, lab)
            if key in self.canonical_of:
                return self.canonical_of[key]
        last = mention_key(text, "PERSON").split()
        if last and last[-1] in self.person_lastnames:
            return self.person_lastnames[last[-1]]
        return None

    def label(self, name_or_text: str) -> str | None:
        name = self.canonical(name_or_text) or name_or_text
        return self.label_of.get(name)


def _user_aliases(aliases: dict[str, str] | None) -> dict[str, str]:
    """The params' aliases by the keys of their surfaces: as a person's name, and in lower case."""
    user = {mention_key(k, "PERSON"): v for k, v in (aliases or {}).items()}
    user.update({k.lower(): v for k, v in (aliases or {}).items()})
    return user


def _group_by_key(all_mentions: Iterable[Mention], user: dict[str, str]) -> dict[str, list[Mention]]:
    """The mentions by key, the params' aliases first; a compound of two entities is no mention of either
    (:func:`_is_compound_of_entities`)."""
    all_mentions = list(all_mentions)
    keys = {m.key for m in all_mentions}
    all_mentions = [m for m in all_mentions if not _is_compound_of_entities(m, keys)]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in all_mentions:
        by_key[user[m.key].lower() if m.key in user else m.key].append(m)
    return by_key


def _link_lone_names(by_key: dict[str, list[Mention]], people: FullNames,
                     docs: "_Documents") -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
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
              docs: "_Documents", vetoed: dict[str, str], titled: dict[tuple[str, str], str]) -> str | None:
    """The person a surname names by the titles it carries (:func:`~toolkit.nlp.title_links.title_targets`):
    each mention reads as its title says, or as the name alone (``target``) where the title decides nothing;
    the key names the person most of its mentions read, and a title read otherwise goes to ``titled``
    (the key itself for the surname's own person: "President Trump" where only Melania Trump is named)."""
    by_title = title_targets(key, by_key, people.full_people[key], lambda keys: _dominant(keys, by_key))
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
                      docs: "_Documents", company_names: dict[str, list[str]], papers: dict[str, list[str]],
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
                       docs: "_Documents", inner: dict[str, set[str]]) -> str | None:
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
                             people: FullNames, docs: "_Documents", vetoed: dict[str, str]) -> str | None:
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
                    docs: "_Documents", vetoed: dict[str, str], *, full=None) -> str | None:
    """The person named in full whose surname a one-word key is (:func:`_dominant`), where it links across
    documents (:meth:`_Documents.surname_links`; a double surname's first half only in the full name's
    documents); else None, and the person goes to ``vetoed``. ``full``: the keys of the people to choose
    from (default: those named in full with the key's last word last)."""
    if any(m.evidence == "is-ORG" for m in group) and vote(group) == "ORG":
        return None  # "Ford CEO Jim Farley" beside "Bill Ford": a name its context makes a body, and the vote
        # too, is the body that bears the surname, not the person
    if full is None:
        full = [k for k in people.full_people.get(key.split()[-1], ()) if not _saints_name(k)]
    target = _dominant(full, by_key) or _first_introduced(group, full, by_key, docs)
    if target and not (docs.shared(group, by_key[target]) if (key, target) in people.second_surnames
                       else docs.surname_links(group, by_key[target])):
        vetoed[key] = target
        return None
    return target


def _first_introduced(group: list[Mention], full: Iterable[str], by_key: dict[str, list[Mention]],
                      docs: "_Documents") -> str | None:
    """The person of a family a lone surname means where no one of them dominates (:func:`_dominant`): the one its
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
                       docs: "_Documents", document: int) -> set[str]:
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
                       docs: "_Documents", vetoed: dict[str, str]) -> str | None:
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
    target = _dominant(first_names.get(key, ()), by_key)
    surname = target.split()[-1] if target else ""
    if target and not docs.shared(group, by_key[target]) and not (
            surname in by_key and docs.shared(group, by_key[surname])) and not (
            len(first_names[key]) == 1 and len(docs.of(by_key[target])) >= _RECURRING):
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


def _groups_by_root(by_key: dict[str, list[Mention]], parent: dict[str, str], titled: dict[tuple[str, str], str]
                    ) -> tuple[dict[str, list[Mention]], dict[str, set[str]]]:
    """The mentions of each entity, by the key it is named by (its root), and the keys joined under each root;
    a mention whose title names another person than its key (``titled``) goes to that person's."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    keys_of: dict[str, set[str]] = defaultdict(set)
    for key, group in by_key.items():
        root = parent.get(key, key)
        if titled:
            for m in group:
                other = titled.get((key, m.title)) if m.title else None
                groups[root if other is None else other if other == key else parent.get(other, other)].append(m)
        else:
            groups[root].extend(group)
        keys_of[root].add(key)
    return groups, keys_of


def _group_label(root: str, group: list[Mention], people: FullNames, docs: "_Documents",
                 family_names: set[str], groups: dict[str, list[Mention]] | None = None) -> str:
    """An entity's label: the set-wide vote (:func:`~toolkit.nlp.votes.group_label`), a "person" no article
    introduces made an event (:func:`_never_introduced`), a family's name made a person (:func:`_family_names`),
    and so is a given name its own documents give people in full (:func:`_given_name_of_several`)."""
    if KNOWN_LABELS.get(KNOWN_ALIASES.get(root) or KNOWN_NAMES.get(root) or "") == "PERSON":
        return "PERSON"  # a person of the known table is one ("Zelenskyy's chief of staff"); a place of it is left to
        # the vote, which calls a capital standing for its government a body ("a statement from Kyiv said")
    label = group_label(group, root, people.full_people)
    if label == "PERSON" and _never_introduced(root, group, people.full_people, people.first_names, docs):
        label = "EVENT"
    if label in _NOT_PERSON_LABELS and not used_as_place(group) \
            and not is_known_place(clean_surface(group[0].text), cities=True) and (
                root in family_names or label != "NORP" and _given_name_of_several(root, group, people, docs, groups)):
        label = "PERSON"  # "Cummings" beside Elijah, Maya and Ruth Cummings: one of them, which is left open
    return label


def _given_name_of_several(root: str, group: list[Mention], people: FullNames, docs: "_Documents",
                           groups: dict[str, list[Mention]] | None) -> bool:
    """Whether a one-word "body" is the given name of people its own documents name in full ("Howard and Scott
    for the job you guys did" beside Scott Bessent and Scott Turner): a person, which of them left open, as the
    name stays apart from each. Not a word in capitals, nor one that opens another name of the set too."""
    if groups is None or " " in root or root not in people.first_names or clean_surface(group[0].text).isupper():
        return False
    full_names = people.first_names[root]
    opening = root + " "
    if any(key.startswith(opening) and key not in full_names for key in groups):
        return False  # "Rocky" beside "Rocky McGaugh" and "Rocky Linux", "UC" beside "UC Davis": which is open
    return any(docs.shared(group, groups[full]) for full in full_names if full in groups)


def _group_name(root: str, group: list[Mention], label: str, keys: set[str]) -> str:
    """An entity's name (:func:`~toolkit.nlp.surfaces.canonical_name`), a people's by its plural if the set has it."""
    plural = root + "s"  # "Iranians" joined to "Iranian" (joins._join_plurals): the people is named by
    # its noun, which reads as a subject ("Iranians voted"), not by the adjective ("Iranian voted")
    return canonical_name(group, plural if label == "NORP" and plural in keys else root, label)


def _never_introduced(root: str, group: list[Mention], full_people: dict, first_names: dict, docs: "_Documents") -> bool:
    """Whether a one-word "person" of several articles is one no article introduces as a person: news
    names a person in full or with a title at least once per article, while a topic word the model
    takes for a surname ("Brexit" in "the Brexit referendum", "a no-deal Brexit") never is. Used with
    "the" in front at least once and in three documents or more, it is what happened, not who."""
    return (" " not in root and root not in full_people and root not in first_names
            and not any(m.evidence == "title" for m in group) and any(m.evidence == "determiner" for m in group)
            and len(docs.of(group)) >= _RECURRING)


# In how many of a set's documents a person must be named in full to be called by the given name
# alone in another one: a figure of the story, not somebody one article named once.
_RECURRING = 3


def _named_in_full_first(group: list[Mention], full: list[Mention], docs: "_Documents") -> bool:
    """Whether a document names the body in full before it names it by its head alone: "the Senate" in a story
    about Puerto Rico's governor is the island's, named so from its start; one mention of "the U.S. Senate" later
    does not make it that one."""
    for document in docs.of(group) & docs.of(full):
        named = docs.in_document(full, document)
        alone = docs.in_document(group, document)
        if named and alone and min(m.start for m in named) < min(m.start for m in alone):
            return True
    return False


class _Documents:
    """Which documents a set's mentions come from, to link a lone name across documents or not.

    News names a person in full once in each article and then by the surname alone, or, in a
    profile or a family's story, by the given name alone ("Don loved and adored Deirdre"). A
    given name alone is too common to name the same person in another article ("the Boeing 737
    Max" beside "Max Abramson"): it links only to a full name its own document holds. A surname
    alone does name a person across a set ("Trump" here, "Donald Trump" there), but only where
    it is used as a person's name: where its document names no one of that surname in full, its
    mentions there must vote a person ("the Hall", a body to the model, beside "Tynice Nichole
    Hall"; "in the West" beside "Kanye West").
    """

    def __init__(self, docs_of: tuple[dict[str, set[int]], dict[int, int]] | None):
        self.docs_of, self.lone = docs_of or (None, {})
        # by group: the entry holds the group itself (so that its id is not reused) and its size (groups grow)
        self._memo: dict[int, tuple[list, int, set[int]]] = {}
        self._by_document: dict[int, tuple[list, int, dict[int, list[Mention]]]] = {}

    def of(self, group: list[Mention]) -> set[int]:
        """The documents of a group (the mentions of one key are all in one group)."""
        if not self.docs_of:
            return {0}
        entry = self._memo.get(id(group))
        if entry is None or entry[0] is not group or entry[1] != len(group):
            entry = group, len(group), set().union(*(self.docs_of.get(k, ()) for k in {m.key for m in group}))
            self._memo[id(group)] = entry
        return entry[2]

    def document_of(self, m: Mention) -> int:
        """The document of one mention (0 when the mentions are all of one document)."""
        return self.lone.get(id(m), 0)

    def in_document(self, group: list[Mention] | None, document: int) -> list[Mention]:
        """The mentions of a group in one document; grouped once per group (memoised like :meth:`of`), since
        a family's lone surname asks this of each of its documents in turn."""
        if not group:
            return []
        entry = self._by_document.get(id(group))
        if entry is None or entry[0] is not group or entry[1] != len(group):
            grouped: dict[int, list[Mention]] = defaultdict(list)
            for m in group:
                grouped[self.document_of(m)].append(m)
            entry = group, len(group), grouped
            self._by_document[id(group)] = entry
        return entry[2].get(document, [])

    def shared(self, group: list[Mention], other: list[Mention]) -> bool:
        """Whether the two groups of mentions have a document in common."""
        return bool(self.of(group) & self.of(other))

    def surname_links(self, group: list[Mention], full: list[Mention]) -> bool:
        """Whether a lone word links to the full name ``full`` as its surname (see the class)."""
        if not self.docs_of:
            return True
        named = self.of(full)
        elsewhere = [m for m in group if self.lone.get(id(m), -1) not in named]
        return not elsewhere or vote(elsewhere) == "PERSON"


_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _family_names(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]], docs: _Documents) -> set[str]:
    """Lone words that are the surname of several people named in full in each of their documents.

    An obituary or a family's story names the parents, the wife and the man himself in full, then
    the man by the surname alone ("Cummings joined the race"); which of them it means is left to
    :func:`_dominant` and :func:`_first_introduced`, but the word names a person of the family, not a place
    or a body the model took it for. Only where every document of the lone word names such a person in full.
    """
    out = set()
    for last, keys in full_people.items():
        if len(keys) >= 2 and last in by_key:
            named = set().union(*(docs.of(by_key[k]) for k in keys if k in by_key))
            if docs.of(by_key[last]) <= named:
                out.add(last)
    return out


def _dominant(keys, by_key: dict) -> str | None:
    """The full name a bare last name means: the only one, or one mentioned 3× more than the rest
    ("Trump" is Donald Trump in a set that also names Melania Trump once or twice)."""
    ranked = sorted(keys, key=lambda k: (-len(by_key[k]), k))
    if not ranked:
        return None
    if len(ranked) == 1 or len(by_key[ranked[0]]) >= 3 * sum(len(by_key[k]) for k in ranked[1:]):
        return ranked[0]
    return None


# The words a firm's name closes with after "&", which name its partners, not a second entity ("Merck & Co.",
# "Dombrowski & Sons", "Kirkland & Partners").
_FIRM_PARTNERS = frozenset({"co", "company", "sons", "son", "partners", "associates", "daughters", "brothers", "bros"})


def _is_compound_of_entities(m: Mention, keys: set[str] | frozenset[str] = frozenset()) -> bool:
    """"U.S.-Russia" and "Trump-Putin" are modifiers built of two entities, not entities; but a
    hyphenated name whose parts name nothing else in the set or the gazetteer is one name ("Sea-Eye",
    "Rolls-Royce")."""
    if re.search(r"\s&\s", m.text) and m.label in ("ORG", "NORP"):
        sides = [p.strip() for p in m.text.split("&")]
        if len(sides) == 2 and sides[0] == sides[1]:
            return False  # "Johnson & Johnson": one name twice is a firm of a family, never two names joined
        if len(sides) == 2 and sides[1].lower().rstrip(".") in _FIRM_PARTNERS:
            return False  # "Merck & Co.", "Procter & Sons": a firm's name closed by its partners, never a second
            # name joined to the first
        if (len(sides) == 2 and all(p.lower() in english_words() for p in sides) and sides[-1].lower() in ORG_HEADS
                and not any(mention_key(p, label) in keys for p in sides for label in ("PERSON", "ORG", "GPE"))):
            return False  # "Telegram & Gazette": two common nouns that name nothing apart, the last a body's head
            # word (a paper's, "gazette", "herald"), are one body's name
        if len(sides) == 2 and all(len(p.split()) == 1 and p[:1].isupper() for p in sides) and (
                not all(p.lower() in english_words() for p in sides)
                or any(mention_key(p, label) in keys for p in sides for label in ("PERSON", "ORG", "GPE"))
                or not (m.evidence or "").startswith("is-")):
            return True  # "Trump & Zelenskyy": two names joined in a headline (not "in journal Astronomy &
            # Astrophysics", two common nouns that name nothing apart, which the text says is a body)
    parts = re.split(r"[-–]", m.text)
    if not (len(parts) == 2 and all(p[:1].isupper() for p in parts) and m.label in ("ORG", "NORP") and " " not in m.text):
        return False
    if m.label == "NORP" and all(p.isalpha() and p.endswith(NATIONALITY_ENDINGS + ("i",)) for p in parts):
        return False  # "as \"Chinese-American.\"": two peoples' adjectives standing as a noun are one people, of
        # origin and citizenship (as a modifier of two, "Korean-Canadian families", `mentions` took it apart)
    if m.label == "NORP" and is_hyphenated_people(m.text):
        return False  # "African-American residents": one people, though "African" names a people of the set too
    return any(mention_key(p, m.label) in keys or mention_key(p, "GPE") in keys or is_known_place(clean_surface(p))
               or p.lower() in KNOWN_ALIASES or p.lower() in KNOWN_NAMES for p in parts)

