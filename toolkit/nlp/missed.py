"""Names the small model missed or cut, found from how English news names things.

News states what a name is in the words around it, and these rules read them where the model
saw nothing or the wrong thing: a kind noun before the name ("the village of Poolangudi",
"trade union Aslef"), a known country or state standing alone ("Wales have made …"), a body
named after its town ("the Sacramento Kings") or of its state ("the American Civil Liberties
Union of Montana"). :func:`toolkit.nlp.repairs.repair_entities` calls them; each returns spans
that overlap no entity it was given.

Example:
    >>> [e.text for e in untagged_countries(nlp("Wales have made no recommendation."), set())]  # doctest: +SKIP
    ['Wales']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from spacy.attrs import LOWER, ORTH, SUFFIX
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place, known_states_and_countries
from toolkit.nlp.lexicon import (AWARD_SHORT_NAMES, FAC_HEADS, HYPHENS, KIND_NOUNS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS, POSTING_WORDS,
                                 SPEECH_VERBS, STORM_GRADES, STORM_KINDS, STORM_LONE_OPENERS)
from toolkit.nlp.lookups import doc_text, indices_of
from toolkit.nlp.peoples_bodies import of_tail_end
from toolkit.nlp.state_names import inside_a_longer_name


def token_indices(ents: list[Span]) -> set[int]:
    """The indices of the tokens of some spans."""
    # (called some sixty times a document over all its names: a name of one word, about half of them, is added alone,
    # a longer one by its range; a quarter less time than one set built from the chained ranges)
    found: set[int] = set()
    for span in ents:
        start, end = span.start, span.end
        if end - start == 1:
            found.add(start)
        else:
            found.update(range(start, end))
    return found


def tokens_among(doc: Doc, words: Iterable[str]) -> list:
    """The tokens whose lower-case form is one of ``words`` (found in numpy, not token by token)."""
    return [doc[i] for i in indices_of(doc, LOWER, words)]


# The nouns that state the kind of the name after them ("the village of …", "trade union …").
_KIND_WORDS = frozenset(KIND_NOUNS) | {"state", "district", "region", "banks", "site", "club"}
# Words that make a "site" a website, a body, by what it carries or does ("social media site Facebook", "news
# site Axios", "video-sharing site YouTube"); a bare "site" is a place ("the archaeological site …").
_WEBSITE_WORDS = frozenset({"media", "news", "networking", "web", "video", "sharing", "video-sharing", "streaming",
                            "dating", "shopping", "auction", "gossip", "blogging", "microblogging"})
# Kinds of body that stand right before a body's name in apposition: "trade union Aslef",
# "the charity Oxfam", "the newspaper Népszava".
_BODY_KINDS = frozenset(noun for noun, kind in KIND_NOUNS.items() if kind == "ORG")
# Labels the model gives a name it took for something else than a name of the six kinds.
_OTHER_LABELS = frozenset({"LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT"})


def named_by_kind(doc: Doc, ents: list[Span], taken: set[int]) -> tuple[list[Span], list[Span]]:
    """Names the model missed or mistook whose kind the text states in a common noun before them:
    a place after "the village of", "the state of", "the town of" ("the village of Poolangudi",
    which the model calls a language), a body after its kind in apposition ("trade union Aslef",
    "the charity Oxfam"), a river after its kind or its banks ("the river Seine", "the banks of the
    Lot"). The name is the run of capitalised proper nouns right after the noun.

    Returns the entities with the mistaken ones relabelled, and the names found anew."""
    by_start = {e.start: k for k, e in enumerate(ents)}
    taken = taken | token_indices([e for e in ents if e.label_ not in _OTHER_LABELS])
    out, found = list(ents), []
    for noun in tokens_among(doc, _KIND_WORDS):
        kind = ("GPE" if noun.lower_ in ("state", "district") else "LOC" if noun.lower_ == "banks"
                else "ORG" if noun.lower_ == "club" else KIND_NOUNS.get(noun.lower_))
        # ("the motorcycle club Marine JarHeads MC", "football club Barcelona": a club right before its name here
        # only, not in KIND_NOUNS: "a club in Soho" in apposition may be a venue)
        if not noun.is_lower or noun.pos_ != "NOUN":
            continue
        if noun.lower_ == "site":
            if not any(c.dep_ in ("compound", "amod") and c.i < noun.i and c.lower_ in _WEBSITE_WORDS
                       for c in noun.children):
                continue
            kind = "ORG"  # "posted … on social media site Facebook": a website, named after its kind
        if noun.lower_ == "banks":
            if not (noun.i + 3 < len(doc) and doc[noun.i + 1].lower_ == "of" and doc[noun.i + 2].lower_ == "the"):
                continue
            start = noun.i + 3  # "on the banks of the Lot": only a river has banks and "the" before its name
        elif kind in ("GPE", "LOC") and noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of":
            start = noun.i + 2  # "the village of Poolangudi", "the state of Kerala"
        elif (noun.lower_ in _BODY_KINDS or kind == "ORG") and noun.i + 1 < len(doc) and noun.whitespace_:
            start = noun.i + 1  # "trade union Aslef"
        elif noun.lower_ == "river" and noun.i > 0 and doc[noun.i - 1].lower_ == "the" and noun.whitespace_:
            start = noun.i + 1  # "an island in the river Seine": British usage puts the kind first
        else:
            continue
        if (kind == "ORG" and start + 1 < len(doc) and doc[start].text == "The" and start not in taken
                and doc[start + 1].pos_ == "PROPN" and doc[start + 1].is_title):
            start += 1  # "magazine The Bark": a title's article is capitalised, as in "newspaper The Hindu"
            lead = 1
        else:
            lead = 0
        people = _people_word_opening(doc, ents, start, taken) if kind == "ORG" else None
        if people is not None:
            taken = taken - {start}  # "the motorcycle club Marine JarHeads MC": a people's word opens the name
        end = start if people is None else start + 1  # (the people's word, whatever the tagger made of it)
        while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].tag_ != "POS"
               and doc[end].text[:1].isupper() and doc[end].is_alpha and end - start < 4):
            # (capitalised, also inside: "JarHeads", "McDonald" are no title-case words to spaCy)
            end += 1
            if (end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_
                    and not doc[end].whitespace_ and end + 1 not in taken and doc[end + 1].is_alpha
                    and (doc[end + 1].is_title or doc[end + 1].is_upper)):
                end += 1  # "broadcast corporation ABS-CBN's franchise" (round wire37): a name joined by a hyphen
                # goes on over it, not cut to "ABS"
        if end == start or doc[end - 1].lower_ in NOT_NAME_WORDS or doc[end - 1].text in HYPHENS:
            continue
        if kind == "ORG":
            # "the organisation Chinese Precinct Chamber of Commerce": a name ending on a body's head runs on over
            # its "of" tail, as the name does without its kind noun (peoples_bodies)
            tail = of_tail_end(doc, end - 1, len(doc))
            if tail is not None and not taken.intersection(range(end, tail)):
                end = tail
        span = Span(doc, start - lead, end, label=kind)
        start -= lead
        if people is not None:
            if end <= people.end:
                continue  # (the people's word alone stays a people)
            out = [span if e is people else e for e in out]
        elif start in by_start and ents[by_start[start]].end == end:
            out[by_start[start]] = span
        elif not any(start <= t < end for e in ents for t in range(e.start, e.end)):
            found.append(span)
        taken.update(range(start, end))
    return out, found


def _people_word_opening(doc: Doc, ents: list[Span], start: int, taken: set[int]) -> Span | None:
    """The one-word people's entity (NORP) that opens a body's name right after its kind noun, where the model read
    the first word of the name as a nationality or a people: "the motorcycle club Marine JarHeads MC" ("Marine"
    NORP, the rest untagged), "the charity Irish Aid". Only where a capitalised proper noun no entity holds follows
    it, so that the name goes on; else None ("the airline's Irish pilots" has no kind noun right before)."""
    people = next((e for e in ents if e.start == start and e.end == start + 1 and e.label_ == "NORP"), None)
    if people is None or start + 1 >= len(doc) or start + 1 in taken:
        return None
    after = doc[start + 1]
    if after.pos_ != "PROPN" or not after.text[:1].isupper() or not after.is_alpha or after.ent_type_:
        return None
    return people


# Words after a place's name that make a place, a title or an event of it, not a body named after it.
_NOT_BODY_TAILS = frozenset("""county city state province district region borough township parish republic
    government marathon open cup games olympics agreement accord declaration protocol treaty convention
    crisis war north south east west northern southern eastern western central""".split())


def bodies_named_after_places(ents: list[Span]) -> list[Span]:
    """A body named after its town, which the model cut to the town or missed: "the Utah Jazz" (Utah
    a GPE, Jazz nothing), "between the Sacramento Kings and …" (nothing). After "the", a known place
    followed by one or two capitalised proper nouns that are no entity, no title and no head of a
    place or facility, and no compass word ("the New Territories West"), not followed by a body's or a
    place's head noun ("The Malaysia Tourism board"), is one body (a club, a newspaper: "the Kyiv Post";
    "the Cambridge Analytica scandal")."""
    if not ents:
        return ents
    doc = ents[0].doc
    taken = token_indices(ents)
    starts = {e.start: e for e in ents}
    stop = NOT_NAME_WORDS | FAC_HEADS | LOC_HEADS | _NOT_BODY_TAILS
    out = list(ents)
    for article in tokens_among(doc, {"the"}):
        i = article.i + 1
        place = starts.get(i)
        if place is not None:
            if place.label_ != "GPE" or not is_known_place(place.text, cities=True):
                continue
            tail = place.end
        else:
            if i >= len(doc) or i in taken or not (doc[i].is_title and doc[i].pos_ == "PROPN"):
                continue  # (what every name tried below starts with: tested once, not per length)
            tail = next((end for end in (i + 3, i + 2, i + 1) if end <= len(doc) and i not in taken
                         and all(t.is_title and t.pos_ == "PROPN" and t.i not in taken for t in doc[i:end])
                         and is_known_place(doc[i:end].text, cities=True)), None)
            if tail is None:
                continue
        end = tail
        while (end < len(doc) and end - tail < 2 and end not in taken and doc[end].is_title
               and doc[end].pos_ in ("PROPN", "NOUN")  # "the Sacramento Kings": the model may read a plural noun
               and doc[end].is_alpha and doc[end].lower_ not in stop and doc[end - 1].whitespace_):
            end += 1
        following = doc[end] if end < len(doc) else None
        if end == tail or following is not None and (
                following.pos_ == "PROPN" or following.text in HYPHENS
                or following.lower_ == "of"  # "the Most Brilliant Order of …" (Most is a Czech town)
                or following.pos_ == "NOUN" and following.lower_ in stop | ORG_HEADS):
            continue  # not "The Malaysia Tourism board": a body's head noun after it makes the words a modifier
        span = Span(doc, i, end, label="ORG")
        out = [e for e in out if e is not place] + [span]
        taken.update(range(i, end))
    return sorted(out, key=lambda e: e.start)


def bodies_of_places(ents: list[Span]) -> list[Span]:
    """"the American Civil Liberties Union of Montana": a body ending in its head word, then "of" and a
    known country or state, is the body of that place, one name (as "University of Florida" is)."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        doc = ent.doc
        if (ent.label_ == "ORG" and ent[-1].lower_ in ORG_HEADS and ent[-1].is_title and ent.end + 1 < len(doc)
                and doc[ent.end].lower_ == "of"):
            if (nxt is not None and nxt.start == ent.end + 1 and nxt.label_ == "GPE"
                    and nxt.text in known_states_and_countries()):
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                k += 2
                continue
            limit = nxt.start if nxt is not None else len(doc)
            end = next((e for e in (ent.end + 3, ent.end + 2) if e <= limit
                        and doc[ent.end + 1 : e].text in known_states_and_countries()
                        and (e == len(doc) or not (doc[e].is_title and doc[e].pos_ == "PROPN"))), None)
            if end is not None:  # the place the model left untagged
                out.append(Span(doc, ent.start, end, label="ORG"))
                k += 1
                continue
        out.append(ent)
        k += 1
    return out


@lru_cache(maxsize=2)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(name.split()[0] for name in names if name)


# The prefixes of stance that English joins to a name with a hyphen ("a pro-Israel position", "anti-Iran").
_STANCE_PREFIXES = frozenset({"pro", "anti"})


def places_after_stance_prefixes(doc: Doc, taken: set[int]) -> list[Span]:
    """A known place the model left untagged after "pro-" or "anti-" ("Kennedy's pro-Israel position", "a
    pro-Ukraine rally"), where it reads the whole word as an adjective: the country is named all the same (GPE).
    Only a country or a US state, written joined (a city is left: "pro-Beijing lawmakers" are a camp for a
    government, :mod:`toolkit.nlp.affixes`)."""
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _STANCE_PREFIXES):
        if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text not in HYPHENS or doc[i + 1].whitespace_:
            continue
        place = doc[i + 2]
        if place.i in taken or place.ent_type_ or not place.is_title or place.text not in known_states_and_countries():
            continue
        found.append(Span(doc, place.i, place.i + 1, label="GPE"))
    return found


def untagged_countries(doc: Doc, taken: set[int]) -> list[Span]:
    """A country or US state the model left untagged ("Wales have made no recommendation"): a
    capitalised proper noun, alone or in a pair, that the gazetteer knows as a country or state,
    with no other capitalised name word touching it (not part of a longer name) and no title
    before it ("Senator Georgia …")."""
    states = known_states_and_countries()
    found: list[Span] = []
    if not len(doc):
        return found
    # Only a token that begins some country's or state's name can begin one here: found in numpy,
    # so that the other tokens of the text are never made into Python objects.
    for i in indices_of(doc, ORTH, _first_words(states)):
        token = doc[i]
        if (i in taken or token.ent_type_ or token.pos_ not in ("PROPN", "NOUN") or not token.is_title
                or (found and found[-1].end > i)):  # "Wales have …": the model may read a plural noun
            continue
        for end in (i + 2, i + 1):
            if end > len(doc):
                continue
            span = doc[i:end]
            if span.text not in states or any(t.i in taken or t.ent_type_ for t in span):
                continue
            if inside_a_longer_name(doc, i, end):
                break
            found.append(Span(doc, i, end, label="GPE"))
            break
    return found


# What is posted, said or shown "on" a medium: the verbs and nouns a medium's name follows
# ("posted a message on Facebook", "said in a statement on Instagram", "a video on YouTube"); and the audience a
# user has on one ("her 750,000 followers on Facebook", round ent39c), also where the parser hangs "on" on the verb
# whose object they are ("had about 750,000 followers on Facebook").
_AUDIENCE = frozenset({"follower", "subscriber"})
_POSTING = POSTING_WORDS | _AUDIENCE


# Verbs of holding or joining a meeting, which "via" and a video service may follow ("held … via Zoom").
_MEETING_VERBS = frozenset({"hold", "meet", "convene", "host", "attend", "join", "testify"})


def media_after_on(doc: Doc, taken: set[int]) -> list[Span]:
    """A medium the model left untagged: after "on" or "via" bound to a verb or noun of posting
    ("posted a message on Facebook", "announced via Twitter"), one or two capitalised proper nouns
    that are no other entity, no known place and not a day or a month, are a body (ORG); so is the one-letter
    service X, which the tagger reads as a common noun or, closing a sentence, as an abbreviation ("said in a post
    on X", "watch the video on X."), also after an account's noun ("the White House Rapid Response account on X")."""
    found: list[Span] = []
    for prep in tokens_among(doc, {"on", "via"}):
        start = prep.i + 1
        if _service_x(doc, prep, taken):
            found.append(Span(doc, start, start + 1, label="ORG"))
            continue
        if start >= len(doc) or prep.head.lemma_.lower() not in _POSTING and not (
                prep.lower_ == "via" and prep.head.pos_ == "VERB"
                and prep.head.lemma_.lower() in SPEECH_VERBS | _MEETING_VERBS) and not (
                prep.lower_ == "on" and prep.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "dobj" and c.lemma_.lower() in _AUDIENCE for c in prep.head.children)):
            continue  # "told the world via Twitter": what is said or told "via" a name goes through a medium; so
            # does a meeting held "via" one ("On June 27, via Zoom, the Life and Liberty Party held its first national
            # convention", round ent37b)
        end = start
        while (end < len(doc) and end - start < 2 and end not in taken and not doc[end].ent_type_
               and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha):
            end += 1
        if end == start or (end < len(doc) and doc[end].pos_ == "PROPN") or doc[start:end].root.dep_ != "pobj":
            continue
        name = doc[start:end].text
        if is_known_place(name, cities=True) or doc[start].lower_ in _CALENDAR_WORDS:
            continue
        found.append(Span(doc, start, end, label="ORG"))
    return found


# What a user keeps on a service (as :mod:`toolkit.nlp.accounts` reads them), after which "on X" is the service.
_KEPT_ON_SERVICE = frozenset("account accounts page feed channel handle profile".split())


def _service_x(doc: Doc, prep, taken: set[int]) -> bool:
    """Whether the word after ``prep`` is the service X: "X" alone (or "X." closing the sentence), untagged, after
    "on" bound to a word of posting or of an account, or to a verb whose object is one ("a post on X", "his account
    on X", "watch the video on X."); not "X-ray", "Malcolm X"."""
    i = prep.i + 1
    if i >= len(doc) or i in taken or doc[i].text not in ("X", "X.") or prep.lower_ != "on":
        return False
    if doc[i].text == "X." and not (i + 1 == len(doc) or doc[i + 1].is_space or doc[i + 1].is_sent_start):
        return False
    head = prep.head
    return (head.lemma_.lower() in _POSTING or head.lower_ in _KEPT_ON_SERVICE
            or head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _POSTING for c in head.children))


def service_x(ents: list[Span]) -> list[Span]:
    """The entities with the service X the model gave another label ("watch the video on X." NORP) made a body, as
    :func:`media_after_on` finds it untagged."""
    out = []
    for e in ents:
        if (len(e) > 1 and e[0].text == "X." and e.start > 0 and e.doc[e.start - 1].lower_ == "on"
                and e[1].is_title):
            # "he wrote on X. Others in Washington say …" (round wire34a): the tokenizer kept the sentence's full stop
            # on the letter as an initial's, and the model ran the service on into the next sentence's first word
            out.append(Span(e.doc, e.start, e.start + 1, label="ORG"))
            continue
        if (e.label_ != "ORG" and len(e) == 1 and e.start > 0 and e.doc[e.start - 1].lower_ == "on"
                and _service_x(e.doc, e.doc[e.start - 1], set())):
            e = Span(e.doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


_NEWS_SUFFIX = frozenset({"ews"})  # the last three letters (spaCy's SUFFIX) of "Wikinews", "Euronews"


def news_services(doc: Doc, taken: set[int]) -> list[Span]:
    """A news service the model left untagged, named as one capitalised word ending in "news" ("Wikinews
    attended.", "told Euronews"), or as proper nouns before "News" ("Sputnik News reported"): a body (ORG),
    as :func:`toolkit.nlp.votes.group_label` labels it when tagged."""
    if not len(doc):
        return []
    found = []
    for i in indices_of(doc, SUFFIX, _NEWS_SUFFIX):  # the few words ending so, found in numpy
        token = doc[i]
        if (i not in taken and not token.ent_type_ and len(token) > 6 and token.is_title and token.is_alpha
                and token.lower_.endswith("news")):
            found.append(Span(doc, i, i + 1, label="ORG"))
        elif token.text == "News" and i not in taken and not token.ent_type_:
            start = i
            while (start > 0 and i - start < 3 and start - 1 not in taken and not doc[start - 1].ent_type_
                   and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper)
                   and doc[start - 1].is_alpha):
                start -= 1
            if start < i:  # "Sputnik News reported …": the outlet's name, then "News", as "Sky News", "NBC News"
                found.append(Span(doc, start, i + 1, label="ORG"))
    return found


_CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december christmas easter""".split())


def untagged_storms(doc: Doc, taken: set[int]) -> list[Span]:
    """Storms the model tagged no word of, named by their kind and one capitalised name ("Hurricane Lorenzo reached
    Category 5", round entities54), as events (EVENT, the golds' label of a storm): the kind capitalised, "Tropical"
    or "Super" before it taken in; the name a proper noun, singular, no head of a body or a place and no title
    ("the National Hurricane Center", "Hurricane Hunters"), and no capitalised word after it."""
    found: list[Span] = []
    for i in indices_of(doc, LOWER, STORM_KINDS):
        kind = doc[i]
        start = i
        if i > 0 and doc[i - 1].is_title and kind.lower_ in STORM_GRADES.get(doc[i - 1].lower_, ()):
            start = i - 1
        elif kind.lower_ not in STORM_LONE_OPENERS:
            continue
        name = doc[i + 1] if i + 1 < len(doc) else None
        if (name is None or not kind.is_title or not name.is_title or not name.is_alpha or name.tag_ != "NNP"
                or any(j in taken for j in range(start, i + 2))
                or name.lower_ in NOT_NAME_WORDS | ORG_HEADS | LOC_HEADS | FAC_HEADS
                or i + 2 < len(doc) and doc[i + 2].is_title and not doc[i + 2].is_sent_start):
            continue
        found.append(Span(doc, start, i + 2, label="EVENT"))
    return found


# A UN Conference of the Parties by its number ("COP29", "COP16"), as climate and biodiversity news names the yearly
# summits, with or without a space ("COP 28").
_CONFERENCE = re.compile(r"COP ?\d{1,2}")


def is_numbered_conference(text: str) -> bool:
    """Whether ``text`` names a Conference of the Parties by its number ("COP29", "COP 28")."""
    return _CONFERENCE.fullmatch(text) is not None


def untagged_conferences(doc: Doc, taken: set[int]) -> list[Span]:
    """The UN's numbered Conferences of the Parties the model tagged no word of ("The next summit, COP30, will be
    held in Belém", round wire35e), as events (EVENT): one token "COP" and its number."""
    if "COP" not in doc_text(doc):  # (most documents name none: no pass over their tokens)
        return []
    return [Span(doc, t.i, t.i + 1, label="EVENT") for t in doc
            if t.i not in taken and not t.ent_type_ and is_numbered_conference(t.text)]


# The kind nouns of bodies that head a description in apposition ("the national meteorological service for
# Ireland"); not the nouns a place is also described by ("Samoa, the island nation", "the district").
_APPOSED_BODY_KINDS = (ORG_HEADS | _BODY_KINDS) - {"nation", "district", "tribe", "tribes", "front", "force", "forces",
                                                    "guard", "team", "band", "club", "church", "school"}


def bodies_described_in_apposition(doc: Doc, taken: set[int]) -> list[Span]:
    """Bodies the model tagged no word of, named by capitalised proper nouns that a description in apposition
    after a comma says is a body: "Met Éireann, the national meteorological service for Ireland, issued …" (round
    entities54). The description has an article and its head is a body's kind noun in lower case (service,
    agency, company, …); the name is one to four capitalised proper nouns ending right before the comma, no known
    place and no title, or a phrase in quotation marks (:func:`_quoted_name_before`)."""
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _APPOSED_BODY_KINDS):
        kind = doc[i]
        quoted = _quoted_name_before(doc, i, taken)
        if quoted is not None:
            if not (found and found[-1].end > quoted.start):
                found.append(quoted)
            continue
        head = kind.head
        if (kind.dep_ != "appos" or not kind.is_lower or head.i >= i or head.i + 1 >= len(doc)
                or doc[head.i + 1].text != "," or head.pos_ != "PROPN" or not head.is_title or head.i in taken
                or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in kind.children)):
            continue
        start = head.i
        while (start > 0 and head.i - start < 3 and start - 1 not in taken and doc[start - 1].pos_ == "PROPN"
               and doc[start - 1].is_title and doc[start - 1].dep_ == "compound"):
            start -= 1
        span = Span(doc, start, head.i + 1, label="ORG")
        if any(t.lower_ in NOT_NAME_WORDS for t in span) or is_known_place(span.text) \
                or (found and found[-1].end > start):
            continue
        found.append(span)
    return found


# Quotation marks that open and close a name written in them.
_NAME_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted_name_before(doc: Doc, i: int, taken: set[int]) -> Span | None:
    """The name in quotation marks right before a comma and a description of a body whose kind noun is ``doc[i]``:
    "Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters" (round ent39a). A body named
    by a phrase ("Have no fear") is set in quotation marks, and its words are no proper nouns the model would tag.
    The description is an article and up to four lower-case words before the kind noun; the name is one to six
    words, the first capitalised, none of them taken."""
    if not (i + 1 < len(doc) and doc[i + 1].text in (",", ";", ".", ")")):
        return None  # ("\"We will fight on\", the party said": a quotation and its speaker, no apposition)
    j = i - 1
    while j > 0 and i - j <= 4 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
        j -= 1
    if not (j >= 3 and doc[j].lower_ in ("a", "an", "the") and doc[j - 1].text == "," and doc[j - 2].text in _NAME_QUOTES
            and not doc[j - 3].whitespace_):
        return None
    close = j - 2
    k = close - 1
    while k >= 0 and close - k <= 7 and doc[k].text not in _NAME_QUOTES:
        k -= 1
    if not (0 <= k and close - k >= 2 and doc[k + 1].is_title and (k == 0 or doc[k - 1].whitespace_)
            and all(t.is_alpha or t.text in ("'", "’", "-") for t in doc[k + 1:close])
            and not any(t in taken for t in range(k + 1, close))):
        return None
    return Span(doc, k + 1, close, label="ORG")


def untagged_awards(doc: Doc, taken: set[int]) -> list[Span]:
    """The honours of the arts by their plural short names ("sang “Lift Me Up” at the Oscars", round wire36b) that
    the model tagged no word of, as honours (WORK_OF_ART): capitalised, with no capitalised word touching them."""
    found: list[Span] = []
    for i in indices_of(doc, LOWER, {name.split()[-1] for name in AWARD_SHORT_NAMES}):
        start = i - 1 if doc[i].lower_ == "globes" and i > 0 and doc[i - 1].lower_ == "golden" else i
        if doc[i].lower_ == "globes" and start == i or not all(doc[j].is_title for j in range(start, i + 1)):
            continue
        if any(j in taken or doc[j].ent_type_ for j in range(start, i + 1)):
            continue
        if (start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start
                or i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha):
            continue  # part of a longer name
        found.append(Span(doc, start, i + 1, label="WORK_OF_ART"))
    return found


# Lower-case words that join the capitalised words of a movement's name ("Fridays for Future", "Me Too" aside).
_MOVEMENT_NAME_JOINERS = frozenset({"for", "of", "and"})
# The nouns of a movement's public acts, before which English writes the movement's name as before "movement" ("A
# Black Lives Matter protest had taken place", "an Extinction Rebellion march"), after "a", "an" or "the" (round
# ent41b); a name of two words or more, as one word before them is more often an occasion's ("a Pride march").
_PROTEST_NOUNS = frozenset({"protest", "protests", "rally", "rallies", "march", "marches", "demonstration",
                            "demonstrations"})


def untagged_movements(doc: Doc, taken: set[int]) -> list[Span]:
    """A movement's name the model tagged nothing of, or a date ("Fridays"), between "the" and a lower-case
    "movement": "That September, the Fridays for Future movement launched" (round ent36b), as "the Black Lives Matter
    movement", "the Extinction Rebellion movement": English names a movement by its capitalised name before the kind
    noun, and the name is a body's (ORG, the head noun left out); so before a noun of its public acts, after "a" too
    ("A Black Lives Matter protest had taken place", :data:`_PROTEST_NOUNS`, two words or more). The name is one to five capitalised words (with
    "for", "of", "and" inside), no word of it another entity's (a people, "the Houthi movement", or a place, "the
    Kurdish movement", is left: the movement is theirs, not named), and not a known place."""
    found: list[Span] = []
    for m in indices_of(doc, ORTH, ("movement", *_PROTEST_NOUNS)):
        start = m
        act = doc[m].lower_ != "movement"
        # (the tagger reads some words of the name as common ones, "Black" JJ, "Lives" NNS: capitals after the
        # article are the name's, whatever their tags, round ent41b)
        while start > 0 and m - start < 5 and (
                doc[start - 1].is_title and doc[start - 1].is_alpha
                and doc[start - 1].lower_ not in ("a", "an", "the")  # ("A Black Lives Matter protest": a sentence's "A")
                or doc[start - 1].lower_ in _MOVEMENT_NAME_JOINERS and doc[start - 1].is_lower and start - 1 > 0
                and doc[start - 2].is_title):
            start -= 1
        if start == m or start == 0 or not doc[start].is_title or not (
                doc[start - 1].lower_ == "the" or act and doc[start - 1].lower_ in ("a", "an")):
            continue
        if act and m - start < 2:
            continue
        words = doc[start:m]
        if any(t.i in taken and t.ent_type_ != "DATE" or t.ent_type_ not in ("", "DATE") for t in words):
            continue
        if all(t.ent_type_ == "DATE" for t in words) or is_known_place(words.text) \
                or words[0].lower_ in NOT_NAME_WORDS:
            continue
        found.append(Span(doc, start, m, label="ORG"))
    return found
