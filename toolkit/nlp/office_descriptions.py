"""Definite descriptions of an office's holder: "the Ukrainian president", "the Kremlin official", "the prime minister".

News names a person once, then refers to them by their office, with the nation or the body they serve in front
("Volodymyr Zelenskyy … said …. “…,” the Ukrainian president said"; "Russian Presidential Spokesman Dmitry Peskov
told reporters. “…,” the Kremlin official said"). The description is definite: it takes up somebody already in the
story (an indefinite "a White House official" brings in somebody the story does not name).

:func:`office_holders` reads, in the order of the text, every such description outside quotation marks (``the``,
then only nations, bodies and words of the office: "the US president", "the prime minister", "the Russian
leader") and finds the person it stands for, by the text's own evidence:

1. a person the text has given a fitting office before: a title in front of the name ("Ukraine's President
   Volodymyr Zelensky", "Kremlin spokesman Dmitry Peskov", "Prime Minister Keir Starmer"), an apposition
   ("Keir Starmer, the prime minister,"), or a description read so earlier. The office fits by its head noun
   ("president" for "president"); "leader" is any head of state or government, "official" any other office
   ("the Kremlin official" for a spokesman, never for a president). A nation in front must not be another's:
   "the Ukrainian president" is not "US President Donald Trump". Of several so titled, the one whose nation or
   body the description repeats; else nobody (the reading the caller had before stands);
2. where the text has given nobody a fitting office, and the office is a head of state's or government's (news
   names those bare, "Putin", "Keir Starmer", while it introduces a spokesman or an envoy by the office, which
   step 1 reads), and the description is a clause's subject or names a nation or a body, the people named in the
   description's sentence and the one before it (further back while those name nobody) who are not ruled out:
   by a nation of their title that is another's, an office of theirs that is not the description's, being the
   subject of the description's own clause ("Mr Trump accused the Ukrainian leader": not Trump), or being the
   subject of the description's own sentence (English takes that one up with a pronoun: "Zelensky said he will
   wait for Putin, after the Russian leader proposed talks" is Putin). Left with one person, that one. Left with several, a description
   that is a clause's subject goes on with the topic, the previous sentence's subject, only where the others
   are named inside its clauses and phrases, not as the main verb's subject or object: "Donald Trump has said
   that Vladimir Putin wants peace …. The US president said …" is Trump, while "Trump met Zelensky. The
   Ukrainian leader said …" is left unnamed (journalists describe the other one as often as the topic).

Each description read so becomes a mention of its person: the "he" after it and the same description later
take it up ("… the US president said …. He described the tone as “excellent”").

A nation is written as a country's name ("US", "Ukraine's") or adjective ("Ukrainian", read by the regular
endings of English, :func:`~toolkit.nlp.gazetteer.country_of_adjective`); two nations written in front of the same
person's office that the text does not show to be one are two ("French" and "US"; "British" and "UK" too, which
leaves such a description unread rather than given to another).

Example:
    >>> office_holders(doc, resolver.people, inside, index.canonical, starts, is_person)  # doctest: +SKIP
    [(31, 'Donald Trump'), (92, 'Volodymyr Zelensky')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice
from dataclasses import dataclass
from typing import Callable, Iterator

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from toolkit.nlp.gazetteer import country_of_adjective, known_states_and_countries
from toolkit.nlp.lexicon import SPEECH_VERBS, TITLE_WORDS
from toolkit.nlp.lookups import doc_text, entities, indices_matching, indices_of
from toolkit.nlp.run_in_heads import turn_label_is_head
from toolkit.nlp.surfaces import KNOWN_ALIASES, KNOWN_LABELS

# Heads of state and of government: what "the leader" of a nation describes.
_LEADERS = frozenset("president premier chancellor king queen monarch emir sultan taoiseach leader ruler".split())
# The other offices of state and of a body, which "the official" describes; the spokesman's three forms are one office.
_OFFICIALS = frozenset("""minister secretary spokesman spokeswoman spokesperson adviser advisor aide envoy ambassador
    official diplomat negotiator""".split())
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# The words of an office of either kind, and with the title words, united once here, not for every token asked about.
_OFFICE_WORDS = _LEADERS | _OFFICIALS
_OFFICE_AND_TITLE_WORDS = TITLE_WORDS | _OFFICE_WORDS
# Words that make an office another, lower one ("Deputy Foreign Minister" is not the foreign minister).
_LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "under", "junior", "former", "acting"})
# Determiners that bring in somebody new ("an official", "another spokesman").
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
# Words of an office once held: its holder is another.
_PAST = frozenset({"former", "late", "then", "ex"})
# Subject and object relations of a clause.
_SUBJECTS = ("nsubj", "nsubjpass")
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj", "dative")
# How many sentences back a description looks for the people it may take up, where the nearer ones name nobody.
_SENTENCES_BACK = 3


@dataclass(frozen=True)
class Office:
    """An office as the text writes it: its words ("prime minister"), the nation and the body in front."""

    words: tuple[str, ...]
    nation: str | None = None
    body: str | None = None


def _head(words: tuple[str, ...]) -> str:
    return "spokesman" if words[-1] in _SPOKES else words[-1]


def _is_leader(words: tuple[str, ...]) -> bool:
    return words[-1] in _LEADERS or (words[-1] == "minister" and "prime" in words)


def fits(description: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Whether an office a description names is the office of a title ("leader" any head of state or government,
    "official" any other office; else the same head noun, with the description's other words in the title and no
    lower rank the description does not say)."""
    if description[-1] == "leader":
        return _is_leader(title)
    if description[-1] == "official":
        return title[-1] in _OFFICIALS and not _is_leader(title)
    if _head(description) != _head(title) or _is_leader(description) != _is_leader(title):
        return False
    return set(description[:-1]) <= set(title) and not (set(title) & _LOWER_RANKS) - set(description)


def _country(name: str | None) -> str | None:
    """A nation's name as a known country ("United States"), or None."""
    if name is None:
        return None
    name = KNOWN_ALIASES.get(name.lower(), name)
    return name if name in known_states_and_countries() or KNOWN_LABELS.get(name) == "GPE" else None


def conflict(one: str | None, other: str | None) -> bool:
    """Whether two nations are not shown to be one: both written, as different known countries ("Ukraine", "United
    States") or as words the text does not show to be one ("French" beside "United States")."""
    return one is not None and other is not None and not _same(one, other)


class _Reader:
    """Reads the offices of a text's modifiers, with the index's names for its places and bodies."""

    def __init__(self, doc: Doc, canonical: Callable[[str, str], str | None]):
        self.canonical = canonical
        self.ent_of = {t: ent for ent in entities(doc) for t in range(ent.start, ent.end)}

    def nation(self, token: Token) -> str | None:
        """The nation a modifier names: a place's name ("US", "Ukraine's") or a country's adjective ("Ukrainian")."""
        word = token.text
        country = country_of_adjective(word)
        if country is None and word[:1].isupper() and word.endswith("n"):
            country = KNOWN_ALIASES.get(word[:-1].lower())  # "American": America's
        if country is not None:
            return country
        ent = self.ent_of.get(token.i)
        if ent is not None and ent.label_ == "GPE" and token.lower_ not in TITLE_WORDS - {"us", "u.s."}:
            return self.canonical(ent.text, "GPE") or ent.text
        if ent is not None and ent.label_ == "NORP" and len(ent) == 1:
            return word  # a nation whose adjective is no regular one ("French"): compared as written
        return None

    def body(self, token: Token) -> str | None:
        """The body a modifier names ("Kremlin"), unless its words are a title's ("Russian Presidential Spokesman")."""
        ent = self.ent_of.get(token.i)
        if ent is None or ent.label_ not in ("ORG", "FAC") or all(t.lower_ in TITLE_WORDS for t in ent):
            return None
        return self.canonical(ent.text, "ORG") or ent.text

    def office_word(self, token: Token) -> bool:
        return token.text.isalpha() and token.lower_ in _OFFICE_AND_TITLE_WORDS

    def description(self, noun: Token, *, apposed: bool = False) -> Office | None:
        """The office a definite description names ("the US president", "the prime minister"), or None: "the"
        alone in front, then only nations, bodies and words of the office; after it nothing but an "of" with a
        nation ("the president of Ukraine") or with a verb the parse hung on the noun ("accused the Ukrainian
        leader of being ungrateful"); with ``apposed``, also a name in apposition."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP") or noun.ent_type_:
            return None
        if noun.lemma_.lower() not in _OFFICE_WORDS and _head_of_state(noun) is None:
            return None
        if not apposed and noun.dep_ in ("appos", "compound", "nmod", "amod"):
            return None  # "Kemi Badenoch, the Conservative leader,", "the Ukrainian president Volodymyr Zelensky":
            # the office of the name beside it, a title (read by office_holders), no description standing for one
        words, nation, body, determiner = [noun.lemma_.lower()], None, None, False
        state = _head_of_state(noun)
        if state is not None:
            words = ["leader"]  # "The Head of State noted …": a head of state's or government's description
        for child in noun.children:
            if state is not None and child.i == state.i:
                continue
            if child.dep_ == "det" and child.lower_ == "the" and child.i < noun.i:
                determiner = True
            elif child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i:
                found = self.nation(child)
                if found is not None and nation is None:
                    nation = found
                elif self.body(child) is not None and body is None:
                    body = self.body(child)
                elif self.office_word(child) and not child.ent_type_:
                    words.insert(-1, child.lower_)
                else:
                    return None  # "the former president", "the new leader": somebody else, or told apart otherwise
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i > noun.i:
                objects = [o for o in child.children if o.dep_ in ("pobj", "pcomp")]
                if not objects or (objects[0].dep_ == "pobj" and (self.nation(objects[0]) is None or nation)):
                    return None  # "the leader of the opposition"
                if objects[0].dep_ == "pobj":
                    nation = self.nation(objects[0])
            elif child.dep_ == "appos" and apposed:
                continue
            elif child.dep_ in ("cc", "conj") and child.i > noun.i:
                continue  # "call the Ukrainian president and NATO leaders": the first of a list
            elif child.dep_ != "punct":
                return None
        if not determiner or set(words) & _PAST:
            return None  # "the former president", "the late king": somebody who held the office once
        return Office(tuple(words), nation, body)

    def title(self, name: Span) -> Office | None:
        """The office written in front of a person's name ("Ukraine's President", "Kremlin spokesman", "Russian
        Deputy Foreign Minister"), or None; not an office that is part of another phrase ("Head of the Office of
        the President Andriy Yermak")."""
        doc = name.doc
        start, sent_start = name.start, name.sent.start
        words, nation, body = [], None, None
        i = start - 1
        while i >= sent_start and start - i <= 6:
            token = doc[i]
            if token.tag_ == "POS" and i > sent_start and self.nation(doc[i - 1]) is not None:
                i -= 1
                continue
            found = self.nation(token)
            if found is not None:
                nation = nation or found
            elif self.body(token) is not None:
                body = body or self.body(token)
            elif self.office_word(token) and (token.is_title or token.lower_ in _OFFICE_WORDS):
                words.insert(0, token.lower_)  # ("Kremlin spokesman Dmitry Peskov": an office in lower case too)
            else:
                break
            i -= 1
        if i > sent_start and doc[i].lower_ == "the" and doc[i - 1].lower_ == "of":
            i -= 1  # "Prime Minister of the United Kingdom Keir Starmer"
        if i >= sent_start and doc[i].lower_ == "of":
            if words or nation is None or body is not None:
                return None  # "Head of the Office of the President Andriy Yermak": an office of another phrase
            # "President of Ukraine Volodymyr Zelenskyy", "Federal Chancellor of Germany Friedrich Merz": an official
            # release's title, the office then its nation's "of", run on to the name (round wire34a)
            i -= 1
            while i >= sent_start and self.office_word(doc[i]) and doc[i].is_title:
                words.insert(0, doc[i].lower_)
                i -= 1
            if i >= sent_start and doc[i].lower_ in ("of", "for"):
                return None
        # the office's own words run up to the name: its head is the last, a word of offices
        while words and words[-1] not in _OFFICE_WORDS:
            words.pop()
        return Office(tuple(words), nation, body) if words else None


# A transcript's turn labels: a line opening with a speaker's name or role in capitals and a colon ("THE PRESIDENT:",
# "SECRETARY RUBIO:", "Q:"); a text with a few of them is a transcript.
_TURN_LABELS = re.compile(r"^(?:[A-Z][A-Z.’'\- ]{1,40}:|Q\s)", re.MULTILINE)
_TRANSCRIPT_TURNS = 3


def is_transcript(doc: Doc) -> bool:
    """Whether the text is a transcript: three lines or more open with a turn label ("MS BRUCE:", "QUESTION:").

    Args:
        doc: the parsed text.
    """
    # (counted up to the threshold only: a long transcript has hundreds of turns, each checked against the run-in heads)
    return sum(1 for _ in islice(_turn_labels(doc_text(doc)), _TRANSCRIPT_TURNS)) >= _TRANSCRIPT_TURNS


def _turn_labels(text: str) -> Iterator[re.Match]:
    """The lines that open with a turn label, a newsletter's run-in heads aside ("MERZ IN CHARGE: …"), in order."""
    return (m for m in _TURN_LABELS.finditer(text) if not turn_label_is_head(text, m.start()))


def office_holders(doc: Doc, people: list[tuple[int, str, bool, bool]], inside: set[int],
                   canonical: Callable[[str, str], str | None], sentence_starts: list[int],
                   is_person: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The person each definite description of an office stands for, by its head token (see the module).

    Args:
        doc: the parsed text.
        people: the resolver's people: (token index, name, is subject, inside quotation marks), in order.
        inside: the tokens inside quotation marks.
        canonical: the index's canonical name of a surface, by label.
        sentence_starts: the first token of each sentence.
        is_person: whether a canonical name is a person's.
    """
    if is_transcript(doc):
        return []  # a transcript: "the president" is the one whose turns the labels mark, or the one addressed
        # ("Thank you, Mr. President"), not a person of a narrative passage; the older readings stand
    reader = _Reader(doc, canonical)
    name_at = {p: n for p, n, _, q in people if not q}
    titles: dict[str, list[tuple[int, Office]]] = {}
    for ent in entities(doc):
        if ent.start not in name_at:
            continue  # (a name the model called a body that the index knows as a person's is one: "The President of
            # Ukraine, Volodymyr Zelenskiy," with the model's ORG, round wire34a)
        office = reader.title(ent)
        if office is None and ent.root.dep_ == "appos":
            office = reader.description(ent.root.head, apposed=True)  # "Keir Starmer's deputy, …": (a noun's name)
        if office is None:
            office = next((reader.description(c, apposed=True) for c in ent.root.children if c.dep_ == "appos"), None)
        if office is not None:
            titles.setdefault(name_at[ent.start], []).append((ent.start, office))
    named = [(p, n) for p, n, _, q in people if not q]
    found: list[tuple[int, str]] = []
    unnamed: dict[str, int] = {}  # by office word: the last noun that brought in somebody unnamed ("an official")
    # (only the nouns that can describe an office are visited, found in the Doc's arrays: each distinct lemma tested
    # once, not a Token made for every word of the text; in the text's order, as the descriptions build on each other)
    for noun in (doc[i] for i in _office_nouns(doc)):
        if noun.i in inside or (noun.lemma_.lower() not in _OFFICE_WORDS and _head_of_state(noun) is None):
            continue
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
            unnamed[noun.lemma_.lower()] = noun.i
            continue
        office = reader.description(noun)
        if office is None or (office.words[-1] in ("official", "leader") and office.nation is None
                              and office.body is None and _head_of_state(noun) is None):
            continue  # "the official" alone: as often the one "an official" brought in as anybody titled
        if _generic(noun):
            continue
        own = {n for p, n in named if p < noun.i and _acts_on_own(noun, p)}
        person = _titled(noun.i, office, {n: held for n, held in titles.items() if n not in own}, named)
        if person is _SEVERAL:
            continue  # several the text titled so, none of them named near: the office is not one person's here
        person = person or _untitled(noun, office, named, titles, sentence_starts, is_person)
        if person is None:
            continue
        if unnamed.get(noun.lemma_.lower(), -1) > max((p for p, n in named if n == person and p < noun.i), default=-1):
            continue  # "Kremlin spokesman Dmitry Peskov said …. A Kremlin spokesman, speaking on condition of
            # anonymity, said …. The spokesman added …": the unnamed one, brought in since the person was named
        found.append((noun.i, person))
        titles.setdefault(person, []).append((noun.i, office))
        named = sorted(named + [(noun.i, person)])
    return found


# What :func:`_titled` returns when the text has titled several people so and tells none of them apart.
_SEVERAL = "\x00several"
# How near a titled person must last be named for "the President" to be that one of several so titled.
_NEAR_TOKENS = 120


def _titled(at: int, office: Office, titles: dict[str, list[tuple[int, Office]]],
            named: list[tuple[int, str]]) -> str | None:
    """The one person the text has given that office before ``at`` (step 1 of the module); of several, the one
    whose nation or body the description repeats, else the only one of them named in the last sentences ("which
    the President accepted" after "Duterte", in a story that titled Marcos so paragraphs before); else
    :data:`_SEVERAL`."""
    fitting = {name for name, held in titles.items()
               if any(p < at and fits(office.words, t.words) and not conflict(office.nation, t.nation)
                      and (office.nation is None or t.nation is not None or t.body is None) for p, t in held)}
    # (a nation's office is not a body's: "the U.S. President" is not "League of United Latin American Citizens
    # president Domingo Garcia")
    if len(fitting) > 1:
        same = {name for name in fitting if any(
            p < at and fits(office.words, t.words) and ((office.nation and _same(office.nation, t.nation))
                                                       or (office.body and office.body == t.body)) for p, t in titles[name])}
        if not same and office.nation is None and office.body is None:
            # "the president" bare, after "President Trump" and "Russian President Vladimir Putin": the one whose title
            # the text too writes bare, its own country's (CBS News, round wire34a; the Irish Times' "the President,
            # Catherine Connolly," beside "The President of Ukraine, Volodymyr Zelenskiy,")
            same = {name for name in fitting if any(p < at and fits(office.words, t.words) and t.nation is None
                                                    and t.body is None for p, t in titles[name])}
            if len(same) != 1:
                same = set()
        if not same:
            same = {n for p, n in named if n in fitting and at - _NEAR_TOKENS <= p < at}
        if len(same) != 1:
            return _SEVERAL
        fitting = same
    return next(iter(fitting)) if len(fitting) == 1 else None


def _office_nouns(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens whose lemma (in lower case) is a word of an office, or that are "head"
    (:func:`_head_of_state`): the only tokens :func:`office_holders` reads a description at."""
    offices = indices_matching(doc, LEMMA, lambda lemma: lemma.lower() in _OFFICE_WORDS)
    heads = indices_of(doc, LOWER, _HEAD)
    return sorted(set(offices) | set(heads)) if heads else offices


_HEAD = frozenset({"head"})


def _head_of_state(noun: Token) -> Token | None:
    """The "of" of "the Head of State" or "the head of government", which a president's office writes for the
    president (round wire34a: "The Head of State noted …"), or None."""
    if noun.lower_ != "head":
        return None
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
                 and any(o.dep_ == "pobj" and o.lower_ in ("state", "government") and o.i == c.i + 1
                         for o in c.children)), None)


def _acts_on_own(noun: Token, at: int) -> bool:
    """Whether the name at ``at`` is the subject of the clause that a description is the object of, or, where that
    subject is a personal pronoun in what a speaker reports, the speaker's: "Trump said he would meet the Ukrainian
    leader" is not Trump (round wire34a), as "Mr Trump accused the Ukrainian leader" is not (step 2); English says
    "himself" for the subject."""
    if noun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.tag_ == "PRP" and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in SPEECH_VERBS:
        subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and subject.tag_ != "PRP" and _covers(noun.doc, subject.i, at)


def _generic(noun: Token) -> bool:
    """Whether a description speaks of any holder of the office, as the subject of a verb with no tense: "There is
    precedent for the U.S. President mediating international disputes" (any president), not one of the story."""
    head = noun.head
    return (noun.dep_ in _SUBJECTS and head.tag_ in ("VBG", "VBN", "VB", "TO")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children)) or any(
        c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)


def _same(one: str | None, other: str | None) -> bool:
    return one is not None and other is not None and (one == other or _country(one) is not None
                                                      and _country(one) == _country(other))


def _untitled(noun: Token, office: Office, named: list[tuple[int, str]], titles: dict[str, list[tuple[int, Office]]],
              starts: list[int], is_person: Callable[[str], bool]) -> str | None:
    """The person a description stands for where the text has given nobody its office (step 2 of the module):
    only a head of state's or government's, whom news names bare (a spokesman or an envoy it introduces by the
    office, which step 1 reads), and only one that is a clause's subject or names a nation or a body ("Mr Vance
    told Mr Zelenskyy he should thank the president" is neither of the two)."""
    if not _is_leader(office.words) or (noun.dep_ not in _SUBJECTS and office.nation is None and office.body is None):
        return None
    doc = noun.doc
    k = bisect_right(starts, noun.i) - 1
    first = max(0, k - 1)  # this sentence and the one before, or further back while those name nobody
    while first > 0 and k - first < _SENTENCES_BACK and not any(starts[first] <= p < noun.i for p, _ in named):
        first -= 1
    window = [(p, n) for p, n in named if starts[first] <= p < noun.i and is_person(n)]
    if not window:
        return None
    own_subject = None
    own_clause: range = range(0)
    if noun.dep_ not in _SUBJECTS:
        verb = noun.head
        own_subject = next((c.i for c in verb.children if c.dep_ in _SUBJECTS), None)
    else:  # the rest of the clause the description is the subject of, after the description's own phrase
        own_clause = range(noun.right_edge.i + 1, noun.head.right_edge.i + 1)
    sentence_subject = _main_subject(doc, starts[k])

    def ruled_out(p: int, name: str) -> bool:
        held = [t for q, t in titles.get(name, ()) if q < noun.i]
        if any(conflict(office.nation, t.nation) for t in held):
            return True
        if held and not any(fits(office.words, t.words) for t in held):
            return True
        if own_subject is not None and any(n == name and _covers(doc, own_subject, q) for q, n in named):
            return True
        if any(n == name and q in own_clause for q, n in named):
            return True  # "The President announced his nominee …, Dr. Regina Benjamin": whom its clause names is
            # another (English takes up the subject there with "himself" or "his")
        if any(n == name and q < noun.i and _acts_on_own(noun, q) for q, n in named):
            return True  # "Trump said he would meet the Ukrainian leader": the speaker the pronoun subject takes up
        # the subject of the description's own sentence, wherever else named ("Katigbak apologized to Duterte …,
        # which the President accepted": English takes up its own subject with "he")
        return sentence_subject is not None and any(n == name and q >= starts[k] and _covers(doc, sentence_subject, q)
                                                    for q, n in named)

    left = [(p, n) for p, n in window if not ruled_out(p, n)]
    names = {n for _, n in left}
    if len(names) == 1:
        return names.pop()
    if len(names) < 2 or noun.dep_ not in _SUBJECTS or k == 0:
        return None
    topic = _main_subject(doc, starts[k - 1])
    topics = {n for p, n in left if topic is not None and _covers(doc, topic, p)}
    if len(topics) != 1:
        return None
    others = [p for p, n in left if n not in topics]
    return topics.pop() if not any(_participant(doc[p]) for p in others) else None


def _covers(doc: Doc, token_i: int, at: int) -> bool:
    """Whether the name at ``at`` is the phrase headed by ``token_i`` (a name of several words: its root)."""
    token = doc[token_i]
    return token.left_edge.i <= at <= token.i


def _main_subject(doc: Doc, sent_start: int) -> int | None:
    """The subject of a sentence's main verb, if any."""
    root = doc[sent_start].sent.root
    return next((c.i for c in root.children if c.dep_ in _SUBJECTS), None)


def _participant(token: Token) -> bool:
    """Whether a name (its first token) is its sentence's main verb's subject or object, not inside its clauses
    and phrases: "Trump met Zelensky", not "Trump said that Putin wants peace"."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return token.dep_ in _PARTICIPANTS and verb.dep_ == "ROOT"
