"""The set-wide vote: one label for a group of mentions that the model labelled several ways.

Each mention votes for its model label, weighted by its context (a title in front means a
person, "in …" or ", Texas" a place, "on Twitter" a medium, "…, a town near …" what the noun
says); then what the text says a name is (a kind noun in apposition), the head word of a
multi-word name ("… Institute", "… River", "Mount …": :mod:`toolkit.nlp.head_labels`), the
gazetteer (with other spellings of cities: "Raqqa"), a source of news ("according to CNN") and
the set's full names of people correct what the vote leaves wrong.

Example:
    >>> group_label(mentions_of_kyiv, "kyiv", {})               # doctest: +SKIP
    'GPE'
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from toolkit.nlp.gazetteer import (adjective_of_country, city_alternates, country_names, demonym_of_place,
                                   is_known_place, known_cities, known_countries, known_places, known_places_plain,
                                   national_capitals)
from toolkit.nlp.head_labels import head_word_label
from toolkit.nlp.heavens import SKY_PHRASES
from toolkit.nlp.lexicon import (AWARD_SHORT_NAMES, COMPASS_ADJECTIVES, LANGUAGE_COMMUNITY_NAMES, NAME_LABELS, PAN_ETHNIC_NAMES,
                                 PARTY_ADJECTIVES, PLACE_LABELS, SOLAR_SYSTEM_NAMES, STORM_GRADES, STORM_LONE_OPENERS)
from toolkit.nlp.spellings import strip_accents
from toolkit.nlp.subdivisions import common_word, is_subdivision_key, local_alias, subdivision_label
from toolkit.nlp.bodies_as_places import place_called_a_body
from toolkit.nlp.surfaces import Mention, canonical_name


_PLACE_EVIDENCE = ("place-context", "place-in", "place-apposition", "place-list", "place-object", "place-bearing",
                   "place-area")


def used_as_place(group: list[Mention]) -> bool:
    places = sum(m.evidence in _PLACE_EVIDENCE for m in group)
    return places > len(group) / 2


# The votes kept while :func:`votes_kept` is open: by the group's ``id`` and ``full_form``, the group itself (so that
# its ``id`` is not reused), its length when voted, and its vote.
_KEPT: dict[tuple[int, bool], tuple[list, int, str]] | None = None


@contextmanager
def votes_kept():
    """Within the block, each group's vote is worked out once: the set's entity index asks for the vote of the same
    group from a dozen steps (some 180,000 votes over 13,000 groups in a set of 2,000 articles), and a group changes
    only by growing (a merge extends it) while a mention is frozen, so a group of the same length votes the same.

    Example:
        >>> with votes_kept():                          # doctest: +SKIP
        ...     index = EntityIndex.from_mentions(mentions)
    """
    global _KEPT
    outer, _KEPT = _KEPT, ({} if _KEPT is None else _KEPT)
    try:
        yield
    finally:
        _KEPT = outer


def vote(group: list[Mention], *, full_form: bool = False) -> str:
    """The label a group of mentions votes for (each mention's own label, weighted by its context)."""
    kept = _KEPT
    if kept is None or type(group) is not list:
        return _vote(group, full_form)
    entry = kept.get((id(group), full_form))
    if entry is not None and entry[0] is group and entry[1] == len(group):
        return entry[2]
    label = _vote(group, full_form)
    kept[id(group), full_form] = (group, len(group), label)
    return label


def _vote(group: list[Mention], full_form: bool) -> str:
    members = [m for m in group if len(m.key.split()) >= 2] if full_form else group
    # Each mention's own label, and the context of the few mentions that have one, in one pass
    # (the index asks for tens of thousands of votes, most over a mention or two, where making
    # a Counter cost more than the counting). Every vote is a multiple of 0.5: the sums are
    # exact in any order.
    votes: defaultdict[str, float] = defaultdict(int)
    for m in members:
        votes[m.label] += 1
        if m.evidence is None:
            continue
        if m.evidence == "title":
            votes["PERSON"] += 2.0
        elif m.evidence == "place-context" and m.label not in PLACE_LABELS:
            votes["GPE"] += 0.5
        elif m.evidence == "place-in" and m.label == "PERSON":
            votes["GPE"] += 1.5  # "in La Llagosta": a "person" after "in" is a place the model did not know
        elif m.evidence == "place-in" and m.label not in PLACE_LABELS:
            votes["GPE"] += 0.5  # "in Congress", "in NATO": bodies are "in" too
        elif m.evidence == "place-object" and m.label not in PLACE_LABELS:
            votes["GPE"] += 1.5  # "entered Tell Tamer": what an army enters is a place, not a person
        elif m.evidence == "place-bearing" and m.label not in PLACE_LABELS:
            votes["GPE"] += 2.0  # "east of Carrascal": a bearing is taken from a place, never a person or a body
        elif m.evidence == "place-apposition":
            votes["GPE"] += 2.0
        elif m.evidence == "place-area":
            votes["GPE"] += 2.0  # "the Abbotsford area": a "person" the area is named by is a place
        elif m.evidence == "place-list" and m.label not in PLACE_LABELS:
            votes["GPE"] += 2.0  # one of a list of places the model labelled a person or a body
        elif m.evidence in ("medium", "medium-post") and m.label == "PERSON":
            votes["ORG"] += 1.5
        elif m.evidence == "medium-post" and m.label == "GPE":
            votes["ORG"] += 1.5  # "posted on Facebook, Reddit and …": no place is posted on
        elif m.evidence == "taken-up" and m.label != "PERSON":
            votes["PERSON"] += 1.5  # "Campbell went around … He could detect …": a lone subject a "he" takes up
        elif m.evidence == "body-list":
            votes["ORG"] += 1.5  # one of a list of bodies the model labelled a person
        elif m.evidence == "party-list":
            votes["ORG"] += 2.0  # "the Alliance, Reform, Natural Law, and American Delta parties": the text states
            # the kind, as "is-ORG" (round ent37b)
        elif m.evidence is not None and m.evidence.startswith("is-"):
            votes[m.evidence[3:]] += 2.0  # "…, a town near the border"
    if not votes:
        return group[0].label
    # Deterministic tie-break: most votes, then alphabetical label.
    return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]


# A name written as a web address, a word and a lower-case top-level domain ("Portfolio.hu", "Politico.eu").
_WEB_ADDRESS = re.compile(r"^[A-Z][\w-]*\.(?:com|org|net|[a-z]{2})$")
# A word written with a capital inside after a lower-case letter ("YouTube", "PayPal"), and the prefixes of the
# places' names written so ("McAllen", "MacKenzie", "DeKalb", "DuPage", "LaSalle", "LeRoy", "DeSoto").
_INTERCAPS = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")
_FIRM_INTERCAPS = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]{0,3}$")  # "SpaceX", "TikTok", "PayPal", "YouTube"
_PLACE_INTERCAPS = re.compile(r"^(?:Mc|Mac|De|Du|Di|Da|La|Le|Van|Von|Fitz|O)[A-Z]")
# Head words of newspapers' names that name nothing else ("The Sydney Morning Herald", "Saudi Gazette", "Chicago
# Tribune"; not "Times" or "Journal", which end the names of works and eras as well).
_PAPER_HEADS = frozenset({"herald", "gazette", "tribune", "chronicle"})
# Head words of periodicals that close no person's name: a "person" of two words or more ending in one is a
# publication ("according to Maritime Bulletin"); not "Herald", also a surname.
_PERIODICAL_HEADS = frozenset({"bulletin", "gazette", "tribune", "chronicle"})
# A country's short name that closes a firm's name for its arm in that country ("Mazars USA", "Amazon UK").
_ARM_COUNTRIES = frozenset({"usa", "uk"})
# Members of parties, in the plural: with a qualifier in front they name a party ("Liberal Democrats",
# "Social Democrats", "Sweden Democrats").
_PARTY_MEMBERS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists", "greens",
                            "nationalists", "unionists", "communists", "libertarians",
                            "dems"})  # (the short form British and US news writes: "Lib Dems", round wire35c)
# The members' nouns of the party families of _PARTY_ADJECTIVES (and the Tories): capitalised and alone they stand
# for the party ("fifteen Democrats defected", "Democrat Rod Blagojevich", "the Tories"), as its adjective does —
# the news reader follows the party, not a people. Not "Socialists", "Nationalists" or "Unionists", which also name
# movements and communities.
_PARTY_MEMBERS_ALONE = frozenset({"democrats", "democrat", "republicans", "conservatives", "liberals",
                                  "libertarians", "tories", "tory",
                                  "greens"})  # ("The Greens won four seats", round wire35c: the Green party)
# The adjectives of the party families (lexicon.PARTY_ADJECTIVES): alone and capitalised ("the Democratic primary",
# "Thom Tillis, a Republican") they name the party, which the model calls a people (NORP); a nationality
# ("Russian") or a creed ("Catholic") stays NORP.
_PARTY_ADJECTIVES = PARTY_ADJECTIVES


def party_members_word(key: str) -> bool:
    """Whether a one-word name is a party family's members' noun ("democrats", "democrat", "tories")."""
    return key in _PARTY_MEMBERS_ALONE


def names_a_party_alone(key: str) -> bool:
    """Whether a one-word name is a party family's adjective or members' noun ("republican", "democrats"), which
    before a person's noun tells that person's party, not who the person is ("a Republican senator")."""
    return key in _PARTY_ADJECTIVES or key in _PARTY_MEMBERS_ALONE


_CONTINENTS = frozenset({"Africa", "Asia", "Europe", "Antarctica", "Oceania", "North America", "South America",
                         "Latin America", "Eurasia"})  # places, but no polities (LOC, not GPE)
_SOLAR_SYSTEM = SOLAR_SYSTEM_NAMES  # the Sun's planets and dwarf planets, by name
# Heavenly bodies that English names with "the" ("the Moon", "the Sun"); without it they are surnames.
_NAMED_WITH_THE = frozenset({"Moon", "Sun"})
# A day named in the possessive ("Women's Day", "Presidents' Day", "St Patrick’s Day"): a person is never "X's Day".
_POSSESSIVE_DAY = re.compile(r"\w(?:['’]s|s['’]) Day$")
# Nouns of contests that end their names, alone or with words before ("the second Olympiad", "the International
# Student Olympiad"): a contest is an event, no body. Not "cup", "games" or "open", which end products' and firms'
# names too; nor "Olympics" and "Championship(s)", whose names in GUM hold an organiser's ("the FIRST Global
# Challenge Robot Olympics", "the Northern Arena Esports Championship"), which the model's body keeps.
_CONTEST_HEADS = frozenset({"olympiad", "olympiads", "tournament"})
# Words in front of members of a party that name a chamber or a place, not a party's name.
_NOT_PARTY_QUALIFIERS = frozenset({"house", "senate", "congressional", "senior", "fellow", "leading", "many", "some",
                                   "top", "state", "local"})


# The words that open a storm's name (lexicon's storms), which the weather services give storms as people's given names
# ("Hurricane Dorian", "Tropical Storm Humberto", "Super Typhoon Haiyan").
_STORM_OPENERS = STORM_LONE_OPENERS | {f"{grade} {kind}" for grade, kinds in STORM_GRADES.items() for kind in kinds}


def is_storm(key: str) -> bool:
    """Whether a name's key is a storm's name: a storm's kind, then its name ("hurricane humberto")."""
    words = key.split()  # (one word of name: not "Hurricane Humberto Intermediate Advisory Number 25A", a bulletin)
    return len(words) == 2 and words[0] in _STORM_OPENERS or len(words) == 3 and " ".join(words[:2]) in _STORM_OPENERS


# The pan-ethnic names of US usage: a people, which the model, not knowing the word, calls a body.
_PAN_ETHNIC = PAN_ETHNIC_NAMES
# Adjectives that name a land's first peoples before its people's name ("Indigenous Australians").
_FIRST_PEOPLES = frozenset({"indigenous", "aboriginal", "native", "first"})


def _people_by_origin(surface: str) -> bool:
    """Whether a name is a pan-ethnic people ("Latinos", "non-Latino"), a language's community ("Francophone
    fursuiters", "Anglophones") or a land's first people named by an adjective and the people of a known place
    ("Indigenous Australians", "Aboriginal Australians")."""
    words = surface.split()
    if len(words) == 1:
        word = words[0].lower()
        return (word[4:] if word.startswith("non-") else word) in _PAN_ETHNIC or word in LANGUAGE_COMMUNITY_NAMES
    return len(words) == 2 and words[0].lower() in _FIRST_PEOPLES and demonym_of_place(words[1])


def _posted_on(group: list[Mention]) -> bool:
    """Whether mentions carry two posts, or one post and another mention "on" the name or as a source.

    "posted footage on Twitter" is a post; "hailed the report on Twitter" and "according to Twitter" say
    no more than "on" or a source each, but beside one post they are the same medium's.
    """
    posts = sum(m.evidence == "medium-post" for m in group)
    return posts >= 2 or posts == 1 and sum(m.evidence in ("medium", "source") for m in group) >= 1


@dataclass
class _Voted:
    """A group of mentions with the label the vote gave it: what each reading of its label looks at.

    Attributes:
        group: The mentions of the name.
        root: The group's key ("kyiv").
        label: The label the vote gave the group, which the readings may correct.
        full_people: The set's people named in full, by surname (a surname's full keys).
        words: The words of the root.
        has_title: Whether some mention has a title in front ("President …").
    """

    group: list[Mention]
    root: str
    label: str
    full_people: dict
    words: list[str] = field(init=False)
    has_title: bool = field(init=False)

    def __post_init__(self) -> None:
        self.words = self.root.split()
        self.has_title = any(m.evidence == "title" for m in self.group)

    @cached_property
    def surface(self) -> str:
        """The name the group is shown under (:func:`~toolkit.nlp.surfaces.canonical_name`)."""
        return canonical_name(self.group, self.root, self.label)

    @cached_property
    def placed(self) -> bool:
        """Whether some mention is used as a place ("in …", "east of …", "…, Texas")."""
        return any(m.evidence in _PLACE_EVIDENCE for m in self.group)


def _month_of_observance(v: _Voted) -> str | None:
    """A month of observance ("Black History Month") is an event, whatever the sentence says of it."""
    if v.root.endswith(" month") and v.label in NAME_LABELS and not v.has_title:
        # "proclaim March 2025 as Irish-American Heritage Month", "Black History Month": a month of observance is
        # no body, whatever the sentence's evidence ("as …" reads like a body's role)
        return "EVENT"
    return None


def _said_kind(v: _Voted) -> str | None:
    """What the text says a name is: the kind noun in apposition to it, or a medium posted on."""
    kinds = Counter("ORG" if m.evidence == "party-list" else m.evidence[3:] for m in v.group
                    if m.evidence is not None and (m.evidence.startswith("is-") or m.evidence == "party-list"))
    if kinds and not v.has_title and v.label in NAME_LABELS and not (
            v.label == "GPE" and (v.surface.lower() in known_countries() or is_known_place(v.surface))):
        # (a country stays a polity: a parse that reads "United States senator" as an apposition
        # must not make the United States a person across a whole corpus; nor does one kind noun make
        # a known city that the vote calls a place a building: "the nation's first health museum
        # (HealthSpace Cleveland)", of which the model tagged "Cleveland" alone)
        # What the text says the name is ("Hagia Sophia, formerly a church") outweighs the model's guesses.
        said = sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if v.label == "NORP" and said == "PERSON":
            return None  # "So many girls I helped are Muslims": people said to be of a people, which stays one
        return said
    if v.label == "PERSON" and len(v.words) == 1 and not v.has_title and v.root not in v.full_people \
            and _posted_on(v.group):
        # "announced on Twitter", "a post on Twitter" (toolkit.nlp.media): news introduces a person by a
        # full name once, and nobody posts "on" a person; a one-word "person" that the set never names in
        # full or with a title and that carries two posts or more is a medium ("pressure on Putin" is no post)
        return "ORG"
    return None


def _investing_firm(v: _Voted) -> str | None:
    """A one-word "person" that invests a sum of money (:func:`toolkit.nlp.investors.invests_money`: "Sanofi
    announced it will invest $20 billion") and that the set never names in full or with a title is a firm: news
    introduces a person by a full name once ("Musk announced …" beside "Elon Musk" stays a person)."""
    if v.label == "PERSON" and len(v.words) == 1 and not v.has_title and v.root not in v.full_people \
            and any(m.evidence == "investor" for m in v.group):
        return "ORG"
    return None


def _award_short_name(v: _Voted) -> str | None:
    """An honour of the arts by its plural short name ("the Grammys", "the Oscars": :data:`AWARD_SHORT_NAMES`),
    which the model calls a place or a person, is an honour, as the honours' head words make the full names."""
    if v.root in AWARD_SHORT_NAMES and v.label in NAME_LABELS and not v.has_title:
        return "WORK_OF_ART"
    return None


def _day_or_contest(v: _Voted) -> str | None:
    """An event named by its head word: a day named in the possessive, a contest."""
    words, label = v.words, v.label
    if len(words) >= 2 and words[-1] == "day" and label in NAME_LABELS and _POSSESSIVE_DAY.search(v.surface):
        return "EVENT"  # "International Women's Day", "Mother's Day": a day named for whose it is, no person or body
    if words[-1] in _CONTEST_HEADS and label in NAME_LABELS and not v.has_title:
        return "EVENT"  # "won this second Olympiad", "the International Student Olympiad": a contest
    return None


def _region_or_party(v: _Voted) -> str | None:
    """A region's adjective (a people's, NORP), or a party named by its members or its adjective."""
    words, label, has_title = v.words, v.label, v.has_title
    # (a name ending in a compass adjective describes people or things of a region, "Middle Eastern disputes",
    # "Western culture", as a nationality does; it is no place)
    if label in ("LOC", "GPE") and words[-1] in COMPASS_ADJECTIVES and not has_title:
        return "NORP"  # "the Middle Eastern nation": an adjective of a region, not the region
    if len(words) >= 2 and words[-1] in _PARTY_MEMBERS and label in ("NORP", "PERSON", "ORG") and not has_title \
            and not set(words[:-1]) & _NOT_PARTY_QUALIFIERS and not is_known_place(" ".join(words[:-1]).title()):
        return "ORG"  # "the Liberal Democrats": a party (not "House Democrats", "Texas Republicans")
    if len(words) == 1 and not has_title and label == "NORP" and v.root in _PARTY_ADJECTIVES:
        return "ORG"  # "the Democratic primary", "Thom Tillis, a Republican": the party, not a people
    if len(words) == 1 and not has_title and label in ("NORP", "PERSON") and v.root in _PARTY_MEMBERS_ALONE:
        return "ORG"  # "235 Democrats and 199 Republicans", "Democrat Rod Blagojevich": the party's members
    return None


def _body_by_spelling(v: _Voted) -> str | None:
    """A body known by how its name is written: a news service in one word, a web address, a body's
    acronym after a people's adjective."""
    words, label, has_title = v.words, v.label, v.has_title
    if len(words) == 1 and len(v.root) > 6 and v.root.endswith("news") and label in NAME_LABELS and not has_title:
        return "ORG"  # "Wikinews", "Euronews": a news service named as one word
    if len(words) == 1 and label in NAME_LABELS and not has_title and _WEB_ADDRESS.match(v.surface):
        return "ORG"  # "Portfolio.hu", "Amazon.com": a website, named by its address
    if len(words) == 1 and label in ("GPE", "LOC") and not has_title and _INTERCAPS.match(v.surface) \
            and not _PLACE_INTERCAPS.match(v.surface) and not is_known_place(v.surface):
        return "ORG"  # "from YouTube", "YouTube is complying" (GPE): a capital inside a word after a lower-case letter
        # is how firms of technology write their names ("YouTube", "PayPal", "LinkedIn"), no place's but after a
        # surname's or an article's prefix ("McAllen", "DeKalb", "LaSalle")
    if len(words) == 1 and label == "PERSON" and not has_title and _FIRM_INTERCAPS.match(v.surface) \
            and not _PLACE_INTERCAPS.match(v.surface) and v.root not in v.full_people:
        return "ORG"  # "SpaceX founder Elon Musk", "on TikTok" (PERSON): the same spelling of firms of technology,
        # a short word or a letter after the inner capital, alone and never the surname of a person the set names
        # in full (a user's name run together, "Image: EliasHabermas", is two names of a person)
    if len(words) >= 2 and words[-1] in _PAPER_HEADS and label in ("EVENT", "WORK_OF_ART", "PRODUCT") and not has_title:
        return "ORG"  # "according to the Sydney Morning Herald" (EVENT): a newspaper, named by its head word, is a
        # body as the vote's six labels go, never a happening, a work or a product
    if len(words) >= 2 and words[-1] in _PERIODICAL_HEADS and label == "PERSON" and not has_title:
        return "ORG"  # "described by Marine Bulletin", "according to Maritime Bulletin": no person's name ends in a
        # periodical's head word; the small model calls an outlet it does not know a person
    if len(words) >= 2 and words[-1] in _ARM_COUNTRIES and label in ("GPE", "LOC") and not has_title \
            and not v.placed and not is_known_place(" ".join(v.surface.split()[:-1]), cities=True):
        return "ORG"  # "his own tax preparer Mazars USA" (LOC): a name that is no place before a country's short
        # name is a firm's arm in that country, not a place in it ("Atlanta, Georgia USA" is a known place)
    if len(words) >= 2 and label == "NORP" and not has_title:
        last = v.surface.split()[-1]
        if last.isupper() and last.isalpha() and len(last) >= 2:
            return "ORG"  # "Belarusian KGB": a people's adjective before a body's acronym
    return None


def _by_head_word(v: _Voted) -> str | None:
    """What the head word of a multi-word name says it names (:func:`~toolkit.nlp.head_labels.head_word_label`)."""
    return head_word_label(v.group, v.root, v.label, has_title=v.has_title, placed=v.placed)


def _surname_of_full_name(v: _Voted) -> str | None:
    """A multi-word name that the set names a person by in full, under its last word, is that person's."""
    if len(v.words) >= 2 and v.root in v.full_people.get(v.words[-1], ()) and not is_known_place(v.surface) \
            and v.label != "LAW" and _state_name(v) is None \
            and not demonym_of_place(v.surface):  # ("Hong Kongers", "New Yorkers": the people of a place, whom the
        # model's PERSON put among the set's full names, are no one's name; `_continent_or_people` reads them)
        return "PERSON"  # (not a known country or city the model took for a person: "Saint Lucia", "Tsuen Wan")
    return None


def _continent_or_people(v: _Voted) -> str | None:
    """A continent (a place, no polity), or a people: a country's adjective, the people of a known
    place, a people named by its origin."""
    surface, label, has_title = v.surface, v.label, v.has_title
    if label in PLACE_LABELS and surface in _CONTINENTS:
        return "LOC"  # "many in Asia": a continent is a place, no polity, though a town of the gazetteer bears its name
    if len(v.words) == 1 and label in ("PERSON", "ORG", "GPE", "LOC") and not has_title \
            and adjective_of_country(surface):
        return "NORP"  # "10:00 a.m. Tongan time": a country's adjective, which the model took for a name
    if not has_title and demonym_of_place(surface):
        return "NORP"  # "Londoners", "Texans", "American Samoans": the people of a known place
    if not has_title and _people_by_origin(surface):
        return "NORP"  # "Latinos", "a Latina", "non-Latino", "Indigenous Australians": a people, no body
    return None


def _city_or_medium(v: _Voted) -> str | None:
    """A city or country of the gazetteer that the model took for a person, a people, a region or a
    body; or a source of news that is no known place, a medium."""
    surface, label, words, has_title, group = v.surface, v.label, v.words, v.has_title, v.group
    if label in PLACE_LABELS and any(m.evidence == "source" for m in group) \
            and not is_known_place(surface, cities=True) and not v.placed:
        return "ORG"  # "according to CNN": a source that is no known place is a medium
    if label == "NORP" and len(words) == 1 and (surface in known_cities() or surface in city_alternates()) \
            and not demonym_of_place(surface) \
            and not re.search(r"(?:an|ese|ish|ic|i|ers|ans)$", surface):
        return "GPE"  # "Raqqa" is a city, not a nationality
    if (label == "PERSON" or label == "LOC" and surface not in _CONTINENTS) and not has_title \
            and (surface in known_places() or surface in known_places_plain()):
        return "GPE"  # a "person" or a "region" that is a known city or country, with no title in front
    if label in ("PERSON", "ORG", "FAC", "LOC") and len(words) == 1 and not has_title \
            and (surface in known_cities() or surface in known_places_plain() or surface in city_alternates()
                 and not all(m.label == "ORG" for m in group)) \
            and used_as_place(group):
        # "in Harlow", "from Bundaberg", "in Kiskunfélegyháza", "a Cheltenham man": a smaller city of
        # the gazetteer, used as a place (a facility or a region would have a head word); a name the model
        # always calls a body and the gazetteer knows only as some town's other name stays a body
        # ("invitations to the White House, Google, and UN"), unless it is a city's name without its
        # accents ("from Herat", Herāt)
        return "GPE"
    if label in ("PERSON", "ORG", "FAC") and 2 <= len(words) <= 3 and not has_title and surface in known_cities() \
            and used_as_place(group):
        return "GPE"  # "a Coast Guard helicopter crew from Corpus Christi" (round wire35b): a city of two words or
        # three, whole as the gazetteer spells it, used as a place
    if label == "PERSON" and len(words) == 1 and not has_title and v.root not in v.full_people \
            and any(m.evidence == "place-in" for m in group) and used_as_place(group) and len(group) >= 3:
        # "four hotels in Hadibo", "from Hadibo to Qalansia", "located at the airport and Hadibo": a one-word
        # "person" that the set never names in full or with a title, that something is in, and that most of
        # its mentions use as a place, is a town the gazetteer does not know (nobody is "in" a person)
        return "GPE"
    return None


def _body_or_country(v: _Voted) -> str | None:
    """A one-word "place" that acts and is never somewhere (a body), or a country (a polity)."""
    surface, label = v.surface, v.label
    if label == "GPE" and len(v.words) == 1 and not surface.isupper() and any(m.evidence == "agent" for m in v.group) \
            and not v.placed and not is_known_place(surface, cities=True) \
            and surface not in known_places_plain() and surface not in city_alternates() \
            and not any(surface in country.split() for country in country_names()) \
            and _state_name(v) is None:  # ("Korea": a country still; "Xinjiang and Tibet have set targets", a province)
        # "after Bloomberg contacted Facebook": a one-word "place" that acts, is never somewhere, and is
        # no city or country the gazetteer knows is a body (a country or city acts through its government)
        return "ORG"
    if label in ("ORG", "FAC", "NORP") and not v.has_title and surface.lower() in known_countries():
        return "GPE"  # "American Samoa", "Turkey": a country is a polity, whatever the model says
    if label == "ORG" and not v.has_title and surface in national_capitals():
        return "GPE"  # "Budapest would not support any sanctions": a capital standing for its government is a polity
    return None


def _state_name(v: _Voted) -> str | None:
    """The label of a state's, a province's or a region's name below the country (ISO 3166-2,
    :mod:`toolkit.nlp.subdivisions`) that nothing in the set reads as a person's: "GPE" ("Tamil Nadu"), "LOC" for
    an island of Indonesia's units ("Java"); None for a name with a title in front, a set's person's name or
    surname ("Guerrero" beside Pablo Guerrero), a lone English word ("Delta", "Plateau", "Central"), or a lone
    local spelling English writes otherwise ("Bayern", a club's name as often)."""
    label = subdivision_label(v.surface) or subdivision_label(strip_accents(v.surface))
    if label is None or v.has_title or any(m.evidence == "taken-up" for m in v.group) \
            or any(not is_subdivision_key(full) for full in v.full_people.get(v.root, ())):
        return None  # (a surname of the set's people; not "Java" of "West Java", which the model called a person)
    if len(v.words) == 1 and (common_word(v.surface) or local_alias(v.surface)):
        return None
    return label


def _subdivision(v: _Voted) -> str | None:
    """A state, province or region of a country that the model took for a person, a people, a body or a building
    ("Tamil Nadu" PERSON, "Uttar Pradesh" ORG, "West Java" PERSON, round wire36a): a place. The name settles the
    vote, it overrules no clear reading: a lone word only where the set uses it as a place ("Hidalgo", "Mendoza",
    "Victoria" are people's names too; "Lazio" a club's), a body of several words only where some mention is a
    place's ("the Uttar Pradesh government" is the state's)."""
    label = _state_name(v)
    if label is None or v.label == label or v.label not in ("PERSON", "NORP", "FAC", "PRODUCT", "ORG", "LOC", "GPE"):
        return None
    placed = v.placed or any(m.label in PLACE_LABELS for m in v.group)
    if len(v.words) == 1 and not v.placed or v.label == "ORG" and not placed:
        return None
    return label  # (a state the model called a region, "New South Wales" LOC, is a polity; an island a place)


def _place_the_model_calls_a_body(v: _Voted) -> str | None:
    """A one-word name the model calls a body in every mention that the text uses only as a place
    (:mod:`~toolkit.nlp.bodies_as_places`: "when Crimea was annexed"): a place (GPE)."""
    return "GPE" if v.label == "ORG" and len(v.words) == 1 and place_called_a_body(v.group, v.surface) else None


def _heavenly_body(v: _Voted) -> str | None:
    """A planet, the Moon or the Sun, or a heavenly body written as a phrase: a place (LOC)."""
    surface, label = v.surface, v.label
    if len(v.words) == 1 and not v.has_title and surface in _SOLAR_SYSTEM and label in NAME_LABELS:
        return "LOC"  # "Mars", "Jupiter": heavenly bodies are places (LOC), never people or bodies
    if surface in SKY_PHRASES and label in NAME_LABELS and not v.has_title:
        return "LOC"  # "outside the Solar System": a heavenly body written as a phrase, which no body is called
    if len(v.words) == 1 and surface in _NAMED_WITH_THE and label in ("PERSON", "GPE", "LOC") \
            and all(m.evidence == "determiner" for m in v.group):
        return "LOC"  # "went to the Moon": the body is named with "the" (not "President Moon", "The Sun" newspaper)
    return None


def _titled_person(v: _Voted) -> str | None:
    """A one-word "place" or "body" with a title in front that is no known place is a person."""
    if v.label in PLACE_LABELS | {"ORG"} and v.has_title and len(v.words) == 1 and not is_known_place(v.surface):
        return "PERSON"
    return None


# The readings of a group's label after the vote, in order: the first that decides wins.
_READINGS = (_month_of_observance, _award_short_name, _said_kind, _investing_firm, _day_or_contest, _region_or_party,
             _body_by_spelling, _by_head_word, _surname_of_full_name, _continent_or_people, _city_or_medium, _subdivision,
             _body_or_country, _place_the_model_calls_a_body, _heavenly_body, _titled_person)


def group_label(group: list[Mention], root: str, full_people: dict) -> str:
    """The label of a group of mentions: the vote's, unless a reading of the name corrects it.

    Args:
        group: The mentions of the name.
        root: The group's key ("kyiv").
        full_people: The set's people named in full, by surname (a surname's full keys).

    Returns:
        The label of the first reading that decides (see ``_READINGS``), else the vote's.
    """
    if is_storm(root):
        return "EVENT"  # "Hurricane Dorian", "Typhoon Phanfone": a storm is named like a person, but is no one
    voted = _Voted(group, root, vote(group), full_people)
    for reading in _READINGS:
        found = reading(voted)
        if found is not None:
            return found
    return voted.label
