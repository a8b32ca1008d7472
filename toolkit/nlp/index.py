"""The entity index: every mention key of a set grouped under one canonical name and label.

1. mentions are grouped by key (:func:`~toolkit.nlp.surfaces.mention_key`), the params'
   aliases first, then the spellings of one name merged (:func:`~toolkit.nlp.spellings.merge_spellings`);
2. a one-word name ("Putin", "Witkoff") joins the multi-word person in the set whose last
   (or first) name it is ("Vladimir Putin", :mod:`~toolkit.nlp.full_names`; of a family, the one its
   documents introduce first, :func:`~toolkit.nlp.lone_names.first_introduced`), unless it is used as a place ("in
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
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from toolkit.nlp.full_names import FullNames, full_names
from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.hyphen_pairs import is_hyphenated_people
from toolkit.nlp.initials import is_acronym, short_form_word
from toolkit.nlp.lexicon import NATIONALITY_ENDINGS, ORG_HEADS
from toolkit.nlp.lone_names import dominant, link_lone_names
from toolkit.nlp.mention_documents import RECURRING, MentionDocuments
from toolkit.nlp.mistags import english_words
from toolkit.nlp.joins import join_other_forms
from toolkit.nlp.spellings import merge_spellings
from toolkit.nlp.surfaces import KNOWN_ALIASES, KNOWN_LABELS, KNOWN_NAMES, Mention, canonical_name, clean_surface, mention_key
from toolkit.nlp.votes import group_label, used_as_place, vote, votes_kept


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
        :class:`~toolkit.nlp.mention_documents.MentionDocuments` and the given-name rule of :meth:`from_mentions` allow."""
        documents = [list(d) for d in documents]
        docs_of: dict[str, set[int]] = defaultdict(set)  # by mention key: a few thousand small sets
        for i, d in enumerate(documents):
            for key in {m.key for m in d}:
                docs_of[key].add(i)
        # and the document of each mention (a one-word name's are voted by document; a full name's tell which
        # of a family a lone surname means, :func:`~toolkit.nlp.lone_names.first_introduced`)
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
        with votes_kept():  # (the same groups are voted from every step below)
            return cls._from_mentions(all_mentions, aliases=aliases, docs_of=docs_of)

    @classmethod
    def _from_mentions(cls, all_mentions: Iterable[Mention], *, aliases: dict[str, str] | None,
                       docs_of: tuple[dict[str, set[int]], dict[int, int]] | None) -> "EntityIndex":
        user = _user_aliases(aliases)
        by_key = _group_by_key(all_mentions, user)
        docs = MentionDocuments(docs_of)
        merge_spellings(by_key, user, vote=vote, surface=clean_surface, known=KNOWN_NAMES, together=docs.shared)
        people = full_names(by_key, docs.shared)
        family_names = _family_names(by_key, people.full_people, docs)
        parent, vetoed, titled = link_lone_names(by_key, people, docs)
        join_other_forms(by_key, parent, people.full_people, docs.shared)
        groups, keys_of = _groups_by_root(by_key, parent, titled)
        index = cls()
        names = index._name_groups(groups, keys_of, user, people, docs, family_names)
        index.titled = {kt: names[parent.get(root, root) if root != kt[0] else root] for kt, root in titled.items()}
        index._link_within_documents(vetoed, parent, by_key)
        index._index_last_names(people.full_people, by_key)
        return index

    def _name_groups(self, groups: dict[str, list[Mention]], keys_of: dict[str, set[str]], user: dict[str, str],
                     people: FullNames, docs: MentionDocuments, family_names: set[str]) -> dict[str, str]:
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
                if " " in m.key and (is_acronym(m.text) or m.label == "ORG" and short_form_word(m.text)):
                    # an acronym keyed as the name it follows in brackets ("the American Center for Law and Justice
                    # (ACLJ)", toolkit.nlp.mentions) is looked up by its own letters too, and so is a short form of
                    # another make ("(CalFire)", toolkit.nlp.bracketed_short_forms); a key of its own wins
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
        """Record the person each last name means, where one person of the set dominates it (:func:`~toolkit.nlp.lone_names.dominant`)."""
        for last, keys in full_people.items():
            target = dominant(keys, by_key)
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


def _group_label(root: str, group: list[Mention], people: FullNames, docs: MentionDocuments,
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


def _given_name_of_several(root: str, group: list[Mention], people: FullNames, docs: MentionDocuments,
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


def _never_introduced(root: str, group: list[Mention], full_people: dict, first_names: dict, docs: MentionDocuments) -> bool:
    """Whether a one-word "person" of several articles is one no article introduces as a person: news
    names a person in full or with a title at least once per article, while a topic word the model
    takes for a surname ("Brexit" in "the Brexit referendum", "a no-deal Brexit") never is. Used with
    "the" in front at least once and in three documents or more, it is what happened, not who."""
    return (" " not in root and root not in full_people and root not in first_names
            and not any(m.evidence == "title" for m in group) and any(m.evidence == "determiner" for m in group)
            and len(docs.of(group)) >= RECURRING)


_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _family_names(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]], docs: MentionDocuments) -> set[str]:
    """Lone words that are the surname of several people named in full in each of their documents.

    An obituary or a family's story names the parents, the wife and the man himself in full, then
    the man by the surname alone ("Cummings joined the race"); which of them it means is left to
    :func:`~toolkit.nlp.lone_names.dominant` and :func:`~toolkit.nlp.lone_names.first_introduced`, but the word names a person of the family, not a place
    or a body the model took it for. Only where every document of the lone word names such a person in full.
    """
    out = set()
    for last, keys in full_people.items():
        if len(keys) >= 2 and last in by_key:
            named = set().union(*(docs.of(by_key[k]) for k in keys if k in by_key))
            if docs.of(by_key[last]) <= named:
                out.add(last)
    return out


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

