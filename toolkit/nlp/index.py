"""The entity index: every mention key of a set grouped under one canonical name and label.

1. mentions are grouped by key (:func:`~toolkit.nlp.surfaces.mention_key`), the params'
   aliases first, then the spellings of one name merged (:func:`~toolkit.nlp.spellings.merge_spellings`);
2. a one-word name ("Putin", "Witkoff") joins the multi-word person in the set whose last
   (or first) name it is ("Vladimir Putin"), unless it is used as a place ("in Washington");
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

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.kinsmen import kinsmen
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS
from toolkit.nlp.mistags import english_words
from toolkit.nlp.spellings import merge_spellings
from toolkit.nlp.surfaces import KNOWN_ALIASES, KNOWN_NAMES, Mention, canonical_name, clean_surface, mention_key
from toolkit.nlp.votes import group_label, is_storm, used_as_place, vote


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
        # and the document of each mention of a one-word name, the only ones voted by document
        lone = {id(m): i for i, d in enumerate(documents) for m in d if " " not in m.key}
        return cls.from_mentions([m for d in documents for m in d], aliases=aliases, docs_of=(docs_of, lone))

    @classmethod
    def from_mentions(cls, all_mentions: Iterable[Mention], *, aliases: dict[str, str] | None = None,
                      docs_of: tuple[dict[str, set[int]], dict[int, int]] | None = None) -> "EntityIndex":
        """Group mentions into entities and choose each one's name and label.

        ``docs_of`` gives the documents of each mention key and the document of each mention (by
        ``id``) of a one-word key (see :meth:`from_documents`); without it the mentions are all of
        one document.
        """
        all_mentions = list(all_mentions)
        keys = {m.key for m in all_mentions}
        all_mentions = [m for m in all_mentions if not _is_compound_of_entities(m, keys)]
        user = {mention_key(k, "PERSON"): v for k, v in (aliases or {}).items()}
        user.update({k.lower(): v for k, v in (aliases or {}).items()})
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for m in all_mentions:
            by_key[user[m.key].lower() if m.key in user else m.key].append(m)
        docs = _Documents(docs_of)
        merge_spellings(by_key, user, vote=vote, surface=clean_surface, known=KNOWN_NAMES, together=docs.shared)
        # Multi-word person names, by their last word, to absorb "Putin" into "Vladimir Putin".
        full_people: dict[str, set[str]] = defaultdict(set)
        for key, group in by_key.items():
            words = key.split()
            if len(words) >= 2 and vote(group, full_form=True) == "PERSON" and not is_storm(key):
                full_people[words[-1]].add(key)
        # A full name the model labelled a body or a place ("…, Hage Geingob, expressed …" as ORG)
        # is a person's when its last word is used alone as a person's name in the set; not when its
        # first word is a people's adjective ("the Iranian Government" beside a "State Government" the
        # model took for a person): a person is named by a given name, not a nationality.
        heads = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS
        for key, group in by_key.items():
            words = key.split()
            if (2 <= len(words) <= 3 and key not in full_people.get(words[-1], ()) and words[-1] in by_key
                    and not is_storm(key)
                    and vote(by_key[words[-1]]) == "PERSON" and not set(words) & heads
                    and "&" not in words  # "Johnson & Johnson" beside a Johnson: a firm, no person's full name
                    and not (words[0] in by_key and vote(by_key[words[0]]) == "NORP")
                    and all(m.text[:1].isupper() for m in group) and not is_known_place(clean_surface(group[0].text))):
                full_people[words[-1]].add(key)
        # A full name sharing its surname with a person named in full in its document ("Tomasz and Marek
        # Sekielski", then "Tomasz Sekielski's film" as a body) is a kinsman's (toolkit.nlp.kinsmen).
        for key in kinsmen(by_key, full_people, vote=vote, heads=heads, shared=docs.shared,
                           is_place=lambda text: is_known_place(clean_surface(text)), english=english_words(),
                           is_storm=is_storm):
            full_people[key.split()[-1]].add(key)
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
        first_names: dict[str, set[str]] = defaultdict(set)
        for keys in full_people.values():
            for key in keys:
                first_names[key.split()[0]].add(key)
        # A two-word name the model labelled a body whose first word is the given name of a person
        # of the set, and opens no other name of the set ("Nikos Dendias, Nikos Christodoulides
        # and …"), is a person's too; not "United Nations" beside a "United States Senators".
        opening: dict[str, int] = defaultdict(int)
        for key in by_key:
            opening[key.split()[0]] += 1
        for key, group in by_key.items():
            if _named_by_given_name(key, group, first_names, opening, by_key, heads):
                full_people[key.split()[-1]].add(key)
        family_names = _family_names(by_key, full_people, docs)
        company_names = _companies_by_first_word(by_key)
        papers = _papers_by_head(by_key)
        parent: dict[str, str] = {}
        vetoed: dict[str, str] = {}  # lone names linked to a full name only where their document names it
        for key, group in by_key.items():
            words = key.split()
            target = _dominant(full_people.get(words[-1], ()), by_key) if len(words) == 1 else None
            if target and not (docs.shared(group, by_key[target]) if (key, target) in second_surnames
                               else docs.surname_links(group, by_key[target])):
                vetoed[key], target = target, None
            if target is None and len(words) == 1 and key not in full_people and (
                    vote(group) == "PERSON" or vote(group) in ("ORG", "NORP")
                    and not is_known_place(clean_surface(group[0].text), cities=True)):
                # "Mark" for Mark Rutte; "Nabil's murder" (a body, to the model) for Nabil Hasan al-Quaety;
                # a given name alone means someone its own document names in full.
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
                    target = None                   # in tables.assemble)
            if target is None and len(words) == 1 and key not in full_people:
                target = _company_of(key, group, company_names)  # "Mahan" for Mahan Air
            if target is None and len(words) == 1 and key in _PAPER_HEADS:
                target = _paper_of(key, group, papers)  # "The Telegraph" for The Daily Telegraph
                if target and not docs.shared(group, by_key[target]):
                    target = None  # (only where its own document names the paper in full)
            if target and not used_as_place(group):
                parent[key] = target
        for key, group in by_key.items():
            stem = _people_of_plural(key, group, by_key)
            # (one people only if the two together are still voted a people: "Republicans" beside a
            # party's "Republican" is not made a body)
            if stem and key not in parent and group_label(by_key[stem] + group, stem, full_people) == "NORP":
                parent[key] = parent.get(stem, stem)  # "Serbians" beside "the Serbian capital": one people
        storms = _storms_by_name(by_key)
        for key, group in by_key.items():
            if key in storms and key not in parent and key not in full_people and not used_as_place(group) \
                    and not any(m.evidence == "title" for m in group):
                parent[key] = storms[key]  # "Humberto" after "Hurricane Humberto": the storm, by its name alone
        groups: dict[str, list[Mention]] = defaultdict(list)
        keys_of: dict[str, set[str]] = defaultdict(set)
        for key, group in by_key.items():
            root = parent.get(key, key)
            groups[root].extend(group)
            keys_of[root].add(key)
        index = cls()
        user_names = {v.lower(): v for v in user.values()}
        for root, group in groups.items():
            label = group_label(group, root, full_people)
            if label == "PERSON" and _never_introduced(root, group, full_people, first_names, docs):
                label = "EVENT"
            if root in family_names and label in _NOT_PERSON_LABELS and not used_as_place(group) \
                    and not is_known_place(clean_surface(group[0].text), cities=True):
                label = "PERSON"  # "Cummings" beside Elijah, Maya and Ruth Cummings: one of them, which is left open
            plural = root + "s"  # "Iranians" joined to "Iranian" (_people_of_plural): the people is named by
            # its noun, which reads as a subject ("Iranians voted"), not by the adjective ("Iranian voted")
            name = user_names.get(root) or canonical_name(
                group, plural if label == "NORP" and plural in keys_of[root] else root, label)
            for key in keys_of[root]:
                index.canonical_of[key] = name
            for m in group:
                index.canonical_of.setdefault(m.key, name)
                index.aliases_of[name].add(clean_surface(m.text))
            index.label_of[name] = label
        for key, target in vetoed.items():
            if key not in parent and not used_as_place(by_key[key]):
                index.within_document[index.canonical_of[key]] = index.canonical_of[target]
        for last, keys in full_people.items():
            target = _dominant(keys, by_key)
            if target:
                index.person_lastnames[last] = index.canonical_of.get(target, "")
        return index

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

    def of(self, group: list[Mention]) -> set[int]:
        """The documents of a group (the mentions of one key are all in one group)."""
        if not self.docs_of:
            return {0}
        entry = self._memo.get(id(group))
        if entry is None or entry[0] is not group or entry[1] != len(group):
            entry = group, len(group), set().union(*(self.docs_of.get(k, ()) for k in {m.key for m in group}))
            self._memo[id(group)] = entry
        return entry[2]

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


# What the text says of a name that makes it a body: an outlet that "reports", a kind noun ("charity X").
_BODY_EVIDENCE = frozenset({"medium", "medium-post", "is-ORG"})

# A word that can be a surname: letters (accents and hyphens allowed), no initial ("W."), no
# particle of two letters ("de", "da").
_SURNAME = re.compile(r"[^\W\d_][^\W\d_'-]{2,}(?:-[^\W\d_]+)?")


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


# Words that end a company's name after its distinctive word, which news drops on second mention
# ("Mahan Air" → "Mahan", "Boeing Company" → "Boeing", "Lion Air has …").
_COMPANY_TAILS = frozenset("""air airlines airways aviation motors group inc ltd llc plc corp corporation company
    co holdings bank energy oil petroleum telecom""".split())


def _companies_by_first_word(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Two-word company names whose second word is a company's common tail, by their first word."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if len(words) == 2 and words[1] in _COMPANY_TAILS and vote(group) in ("ORG", "FAC") \
                and not is_known_place(clean_surface(group[0].text).split()[0]):
            out[words[0]].append(key)
    return out


def _company_of(key: str, group: list[Mention], companies: dict[str, list[str]]) -> str | None:
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
_PAPER_HEADS = frozenset("""telegraph times post journal herald tribune gazette chronicle observer guardian
    independent mirror express""".split())


def _papers_by_head(by_key: dict[str, list[Mention]]) -> dict[str, list[str]]:
    """Names of bodies of two or three words whose last is a newspaper's head noun, by that noun."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, group in by_key.items():
        words = key.split()
        if 2 <= len(words) <= 3 and words[-1] in _PAPER_HEADS and vote(group) == "ORG":
            out[words[-1]].append(key)
    return out


def _paper_of(key: str, group: list[Mention], papers: dict[str, list[str]]) -> str | None:
    """The newspaper a lone head noun shortens ("Telegraph"): the set's only body named by that head, where the
    lone word too is voted a body (not "Post", a person's surname, nor "Times" beside two papers)."""
    names = papers.get(key, ())
    if len(names) != 1 or vote(group) != "ORG":
        return None
    return names[0]


_NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _people_of_plural(key: str, group: list[Mention], by_key: dict[str, list[Mention]]) -> str | None:
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


def _storms_by_name(by_key: dict[str, list[Mention]]) -> dict[str, str]:
    """The storms of a set by their last word ("humberto" → the most mentioned of "hurricane humberto",
    "tropical storm humberto"): a storm is then called by its name alone, as a person by the surname."""
    out: dict[str, str] = {}
    for key in by_key:
        if is_storm(key):
            name = key.split()[-1]
            if name not in out or len(by_key[key]) > len(by_key[out[name]]):
                out[name] = key
    return out


def _family_names(by_key: dict[str, list[Mention]], full_people: dict[str, set[str]], docs: _Documents) -> set[str]:
    """Lone words that are the surname of several people named in full in each of their documents.

    An obituary or a family's story names the parents, the wife and the man himself in full, then
    the man by the surname alone ("Cummings joined the race"); which of them it means is left to
    :func:`_dominant`, but the word names a person of the family, not a place or a body the model
    took it for. Only where every document of the lone word names such a person in full.
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


def _is_compound_of_entities(m: Mention, keys: set[str] | frozenset[str] = frozenset()) -> bool:
    """"U.S.-Russia" and "Trump-Putin" are modifiers built of two entities, not entities; but a
    hyphenated name whose parts name nothing else in the set or the gazetteer is one name ("Sea-Eye",
    "Rolls-Royce")."""
    if re.search(r"\s&\s", m.text) and m.label in ("ORG", "NORP"):
        sides = [p.strip() for p in m.text.split("&")]
        if len(sides) == 2 and sides[0] == sides[1]:
            return False  # "Johnson & Johnson": one name twice is a firm of a family, never two names joined
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
    return any(mention_key(p, m.label) in keys or mention_key(p, "GPE") in keys or is_known_place(clean_surface(p))
               or p.lower() in KNOWN_ALIASES or p.lower() in KNOWN_NAMES for p in parts)

