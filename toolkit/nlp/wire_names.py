"""Names of wire news that the model cuts or labels by their parts (round entities46, the Wikinews entity golds).

* A band named after its leader, "<leader> and His <band>" ("Les Brown and His Band of Renown", "Duke Ellington
  and His Orchestra"): the capital of "His" or "Her" inside a sentence marks one name, which the model cuts into a
  person and a body. :func:`bands_of_leaders` joins them into one body (ORG).
* A Royal Air Force station is named "RAF <place>" ("near RAF Croughton, an intelligence base", "RAF Lakenheath"):
  a site (FAC), which the model calls a body for "RAF". :func:`air_stations` relabels it; the service's own bodies
  ("RAF Bomber Command", "the RAF Regiment", "RAF Benevolent Fund") end in a body's head and stay.
* A Korean district or neighbourhood is written with its suffix after a hyphen ("in Seongbuk-gu", "Gangnam-gu",
  "Myeong-dong", "Yangpyeong-gun"): :func:`korean_districts` makes it a place (GPE), where the model says NORP and
  the repairs drop it. A person's given name ("Kim Hyun-dong") has a surname before it and is left.
* A place named with a possessive ("from Hawke's Bay, New Zealand", "Plenty's Point") is cut by the model into a
  person and a landform: :func:`possessive_places` joins a one-word "person", "'s" and a landform's head word
  (bay, island, point, …) when the head is tagged a place or a comma and a place follow.
* An outlet named after a people ("as quoted by Greek Reporter", "the Irish Independent") is tagged as the people's
  adjective alone (NORP) with the newspaper's head left out: :func:`outlets_named_after_peoples` makes the two
  words one body (ORG); "the British Journal of …" (a longer title) is left.
* A campus of a state's university is named with a comma and its city ("the University of California, Los
  Angeles disagreed"): :func:`university_campuses` joins the university and the city into one body (ORG); a list
  ("the University of Bristol, Bath and Exeter") or a country after the comma is left. One named with "at" and its
  town ("the University of Colorado at Boulder") is left in two, as GUM's nested annotation has its town a place of
  its own, but its short form in brackets after it ("(CU Boulder)", the town in it read as a person) is made one
  body (round ent39b).
* An aircraft's maker named with its model's code ("Boeing 707s and Airbus A300s") is cut by the model at the
  code for one maker and run into it for the other ("Airbus A300s" ORG): :func:`makers_before_model_codes` keeps the
  maker alone (ORG), as the model's "Boeing" of "Boeing 707s".

Each function visits the Doc's entities (and, for the districts, only the tokens whose lower form is a suffix,
found with :func:`toolkit.nlp.lookups.indices_of`); none loops over a document's tokens.

    >>> from toolkit.nlp.model import load_model
    >>> nlp = load_model()
    >>> doc = nlp("The wreck occurred near RAF Croughton which is an intelligence base.")
    >>> [(e.text, e.label_) for e in air_stations(list(doc.ents))]
    [('RAF Croughton', 'FAC')]
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import HYPHENS, NAME_LABELS, ORG_HEADS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.surfaces import is_state_or_country

_BAND_HEADS = frozenset({"His", "Her"})


def bands_of_leaders(ents: list[Span]) -> list[Span]:
    """"Les Brown and His Band of Renown": a person, "and", a capitalised "His"/"Her" (inside the sentence) and a
    capitalised name after it are one band (ORG), over the entity the model found after "His" or, if none, the
    run of capitalised words (and "of") after it."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k <= skip:
            continue
        doc, end = ent.doc, ent.end
        if (ent.label_ == "PERSON" and end + 2 < len(doc) and doc[end].lower_ == "and"
                and doc[end + 1].text in _BAND_HEADS and not doc[end + 1].is_sent_start
                and doc[end + 2].is_title):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if nxt is not None and nxt.start == end + 2:
                stop, skip = nxt.end, k + 1
            elif nxt is None or nxt.start > end + 2:
                stop = end + 2
                limit = nxt.start if nxt is not None else len(doc)
                while stop < limit and stop - end < 8 and (doc[stop].is_title or doc[stop].lower_ == "of" and stop + 1 < limit and doc[stop + 1].is_title):
                    stop += 1
            else:
                out.append(ent)
                continue
            out.append(Span(doc, ent.start, stop, label="ORG"))
            continue
        out.append(ent)
    return out


# The heads of the Royal Air Force's own bodies, never a station ("RAF Bomber Command", "the RAF Regiment").
_SERVICE_HEADS = frozenset({"command", "regiment", "group", "squadron", "squadrons", "wing", "association", "fund",
                            "club", "college", "museum", "police", "force", "band", "reserve", "reserves",
                            "volunteer", "volunteers", "auxiliary", "academy", "school", "service", "services",
                            "board", "trust", "charity", "council", "staff", "cadets", "station"})


def air_stations(ents: list[Span]) -> list[Span]:
    """"RAF Croughton": "RAF" and a capitalised place's name after it, called a body, is a station (FAC)."""
    out: list[Span] = []
    for ent in ents:
        if (ent.label_ == "ORG" and len(ent) >= 2 and ent[0].text == "RAF" and ent[1].is_title
                and all(t.is_title for t in ent[1:]) and ent[-1].lower_ not in _SERVICE_HEADS):
            ent = Span(ent.doc, ent.start, ent.end, label="FAC")
        out.append(ent)
    return out


# The suffixes of Korea's districts (-gu), neighbourhoods (-dong) and counties (-gun), written after a hyphen.
_KOREAN_SUFFIXES = frozenset({"gu", "dong", "gun"})


def korean_districts(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Seongbuk-gu": a capitalised word, a hyphen and a Korean district's suffix, written as one word and with
    no capitalised word before it (a surname: "Kim Hyun-dong"), are a place (GPE), whatever the model made of
    them; an entity that holds only part of the word is replaced."""
    found = []
    for i in indices_of(doc, LOWER, _KOREAN_SUFFIXES):
        if i < 2 or doc[i].text != doc[i].lower_ or doc[i - 1].text not in HYPHENS:
            continue
        head = doc[i - 2]
        if (head.whitespace_ or doc[i - 1].whitespace_ or not head.is_alpha or not head.is_title
                or (i + 1 < len(doc) and doc[i].whitespace_ == "" and doc[i + 1].is_alpha)):
            continue
        if i >= 3 and doc[i - 3].is_title and doc[i - 3].is_alpha and not doc[i - 3].is_sent_start:
            continue  # "Kim Hyun-dong"
        if head.ent_type_ == "PERSON" or doc[i].ent_type_ == "PERSON":
            continue
        found.append((i - 2, i + 1))
    if not found:
        return ents
    out = [e for e in ents if not any(e.start < b and a < e.end for a, b in found)]
    out += [Span(doc, a, b, label="GPE") for a, b in found]
    return sorted(out, key=lambda e: e.start)


# The head words of places named with a possessive ("Hawke's Bay", "Plenty's Point").
_LANDFORM_HEADS = frozenset({"bay", "island", "point", "creek", "harbour", "harbor", "cove", "head", "landing",
                             "sound", "inlet", "reach", "peak", "gap", "pass", "ferry"})
_POSSESSIVES = frozenset({"'s", "’s"})


def possessive_places(ents: list[Span]) -> list[Span]:
    """"from Hawke's Bay, New Zealand": a one-word "person", "'s" and a capitalised landform's head are one place
    (GPE) when the head is tagged a place or is followed by a comma and a place."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k <= skip:
            continue
        doc, end = ent.doc, ent.end
        if (ent.label_ == "PERSON" and len(ent) == 1 and end + 1 < len(doc) and doc[end].text in _POSSESSIVES
                and doc[end + 1].is_title and doc[end + 1].lower_ in _LANDFORM_HEADS):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            head_tagged = nxt is not None and nxt.start == end + 1 and nxt.label_ in ("GPE", "LOC", "FAC")
            place_after = (end + 3 < len(doc) and doc[end + 2].text == ","
                           and any(e.start == end + 3 and e.label_ == "GPE" for e in ents[k + 1:k + 3]))
            if head_tagged or place_after:
                if head_tagged:
                    skip = k + 1
                out.append(Span(doc, ent.start, end + 2, label="GPE"))
                continue
        out.append(ent)
    return out


# The head words of newspapers' and news sites' names.
_OUTLET_HEADS = frozenset({"Reporter", "Times", "Post", "Herald", "Gazette", "Tribune", "Chronicle", "Observer",
                           "Independent", "Telegraph", "Courier", "Examiner", "Sentinel", "Inquirer"})


def outlets_named_after_peoples(ents: list[Span]) -> list[Span]:
    """"as quoted by Greek Reporter": a people's adjective (NORP) and a newspaper's head right after it, in no
    entity and ending the name (no capitalised word or "of" after it), are one outlet (ORG)."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        if (ent.label_ == "NORP" and len(ent) == 1 and end < len(doc) and doc[end].text in _OUTLET_HEADS
                and not doc[end].ent_type_ and (k + 1 == len(ents) or ents[k + 1].start > end)
                and (end + 1 == len(doc) or not (doc[end + 1].is_title or doc[end + 1].lower_ == "of"))):
            ent = Span(doc, ent.start, end + 1, label="ORG")
        out.append(ent)
    return out


# Heads of a body named after a people or a faith ("the Islamic State", "the Kurdish Front"): a body's heads, and
# "State", which after "the" and a faith's adjective names the group, not a country's administration.
_HEADS_AFTER_PEOPLES = ORG_HEADS | {"state"}


def bodies_named_after_peoples(ents: list[Span]) -> list[Span]:
    """"which itself was related to the Islamic State.": after "the", a people's or a faith's adjective (NORP) and a
    body's capitalised head right after it, in no entity and ending the name (no capitalised word or "of" after
    it), are one body (ORG), "the" left out. Without "the" ("Islamic State fighters", "an Islamic state") or with a
    tail ("the Islamic State of Iraq") it is left."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, start, end = ent.doc, ent.start, ent.end
        if (ent.label_ == "NORP" and len(ent) == 1 and start > 0 and doc[start - 1].lower_ == "the"
                and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"
                and doc[end].lower_ in _HEADS_AFTER_PEOPLES
                and not doc[end].ent_type_ and (k + 1 == len(ents) or ents[k + 1].start > end)
                and (end + 1 == len(doc) or not (doc[end + 1].is_title or doc[end + 1].lower_ == "of"))):
            ent = Span(doc, start, end + 1, label="ORG")
        out.append(ent)
    return out


def models_after_numbers(ents: list[Span]) -> list[Span]:
    """"The new Boeing 737 Max was not airworthy", "a new feature on the 737 Max": a one-word "person" right after a
    model's number (digits, no date), itself right after its maker (a body) or "the", is the model's name with its
    number, a product (PRODUCT), not a person; the maker stays a body of its own. A person after a count ("the 30
    Smith children") is rare; one after a year ("in 2019 Smith") has no "the" or maker before it.

    The model's word may be written in capitals and called a body ("the Boeing 737 MAX" ORG), or tagged with its
    variant's number ("Max 9" PRODUCT), and the model may tag the number apart after the maker ("Boeing" ORG, "737"
    CARDINAL, "Max" PERSON: round wire37); a variant's number of one or two digits right after the word goes with it
    ("a Boeing 737 MAX 8")."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        doc, start = ent.doc, ent.start
        if start < skip:
            continue
        if _model_word(ent) and start >= 2:
            number, before = doc[start - 1], doc[start - 2]
            prev = out[-1] if out else None
            number_apart = prev is not None and prev.start == start - 1 and prev.end == start
            maker = out[-2] if number_apart and len(out) >= 2 else prev
            if (number.is_digit and len(number) >= 3 and number.ent_type_ != "DATE" and number.whitespace_
                    and ((before.lower_ == "the" and ent.label_ != "ORG")  # (not "the 500 UN peacekeepers")
                         or (maker is not None and maker.label_ == "ORG" and maker.end == start - 1))):
                if number_apart:
                    out.pop()  # the number the model called a count ("737" CARDINAL) or a product alone
                end = ent.end
                if (len(ent) == 1 and end < len(doc) and doc[end].is_digit and len(doc[end]) <= 2
                        and ent[0].whitespace_):
                    end += 1  # the variant's number ("MAX 8")
                    skip = end
                ent = Span(doc, start - 1, end, label="PRODUCT")
        out.append(ent)
    return out


def _model_word(ent: Span) -> bool:
    """Whether an entity is a model's word as the model tags it after a number: a one-word "person" ("Max"), a
    one-word "body" in capitals ("MAX"), or a product of the word and a variant's number ("Max 9")."""
    if len(ent) == 1:
        return ent.label_ == "PERSON" or (ent.label_ == "ORG" and ent[0].is_upper and ent[0].is_alpha
                                          and len(ent[0]) >= 3)
    return (ent.label_ == "PRODUCT" and len(ent) == 2 and ent[0].is_alpha and ent[0].text[:1].isupper()
            and ent[1].is_digit and len(ent[1]) <= 2)


# A release's version number, written with a point ("2.0", "3.5"), inside a product's name.
_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}$")


def versions_in_names(ents: list[Span]) -> list[Span]:
    """"Google released Gemini 2.0 Flash Thinking, its own reasoning model": a software model's name runs over its
    version number, which the model reads as a count between two names ("Gemini" and "Flash Thinking", people). Two
    names of capitalised words on either side of a version number with a point, touching it, are one product
    (PRODUCT); a count or a time after a name ("Bolt ran 9.58 seconds") has no capitalised name after it."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent, nxt = ents[k], ents[k + 1] if k + 1 < len(ents) else None
        doc = ent.doc
        if (nxt is not None and ent.label_ in NAME_LABELS and nxt.label_ in NAME_LABELS and nxt.start == ent.end + 1
                and _VERSION.match(doc[ent.end].text) and len(ent) <= 2 and len(nxt) <= 3
                and all(t.is_title and t.is_alpha for t in ent) and all(t.is_title and t.is_alpha for t in nxt)):
            out.append(Span(doc, ent.start, nxt.end, label="PRODUCT"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


# A model's code after its maker: capitals, an optional hyphen, digits, a short suffix in lower case ("A300s",
# "A320neo", "E190", "CRJ900", "B-52", "MD-11"); not a number alone ("Channel 4", "Apollo 11").
_MODEL_CODE = re.compile(r"^[A-Z]{1,3}-?\d{2,4}[a-z]{0,3}$")


def makers_before_model_codes(ents: list[Span]) -> list[Span]:
    """"with Boeing 707s and Airbus A300s": a body (ORG) of two words, a capitalised word and a model's code after it,
    is the maker named with its model; the maker alone is the body, as the model cuts "Boeing" off "707s". The code
    is no name of the tables' labels and is left untagged. A known place before a code ("Ohio A1") is left."""
    out: list[Span] = []
    for ent in ents:
        if (ent.label_ == "ORG" and len(ent) == 2 and ent[0].is_title and ent[0].is_alpha
                and _MODEL_CODE.match(ent[1].text) and not is_known_place(ent[0].text)):
            ent = Span(ent.doc, ent.start, ent.start + 1, label="ORG")
        out.append(ent)
    return out


def hyphenated_first_words(ents: list[Span]) -> list[Span]:
    """"one MP of the Co-operative Commonwealth Federation": a capitalised word written with a hyphen ("Co-operative",
    "Anti-Corruption"), in no entity, between "the" and a body's name (ORG) the model began after it, is the name's
    first word. A lower-case first part ("pro-Kremlin") or no "the" before it ("a Co-operative … member") is left."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, start = ent.doc, ent.start
        if (ent.label_ == "ORG" and start >= 4 and doc[start - 2].text in HYPHENS
                and doc[start - 3].is_title and doc[start - 3].is_alpha and doc[start - 1].is_alpha
                and doc[start - 4].lower_ == "the" and doc[start - 2].whitespace_ == ""
                and doc[start - 3].whitespace_ == "" and doc[start - 1].whitespace_
                and not any(doc[i].ent_type_ for i in range(start - 3, start))
                and (k == 0 or out[-1].end <= start - 3)):
            ent = Span(doc, start - 3, ent.end, label="ORG")
        out.append(ent)
    return out


_LIST_WORDS = frozenset({",", "and", "or", "&", "/"})


def _without_possessive(span: Span) -> str:
    """A name's text without the "'s" the model took into it ("San Diego's")."""
    return span[:-1].text if len(span) > 1 and span[-1].tag_ == "POS" else span.text


def university_campuses(ents: list[Span]) -> list[Span]:
    """"the University of California, Los Angeles disagreed": a university named "University of <state>" and,
    after a comma, a city (a known place, no state or country) is one campus's name (ORG), unless the city opens
    a list ("the University of Bristol, Bath and Exeter") or an address goes on after it. The city may carry the
    campus's possessive ("University of California, San Diego's chancellor", the "'s" left out of the name), and a
    comma after it may close a fronted clause before a person ("from University of California, Los Angeles, Munk
    was"): no list nor address goes on with a person. A campus after a dash ("the University of Wisconsin–Madison")
    is one name too."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k <= skip:
            continue
        doc = ent.doc
        if (stop := _dashed_campus_end(ent, ents[k + 1] if k + 1 < len(ents) else None)) is not None:
            out.append(Span(doc, ent.start, stop, label="ORG"))  # "the University of Wisconsin–Madison"
            skip = k + 1
            continue
        if (stop := _campus_at_end(ent, ents[k + 1] if k + 1 < len(ents) else None)) is not None and (
                short := _campus_short_form(doc, stop, doc[ent.end + 1:stop])) is not None:
            # "the University of Colorado at Boulder (CU Boulder)": the university and its town stay apart, as
            # GUM's nested annotation has them (a campus's town is a place of its own there), but the short form
            # in brackets is the body, where the model reads the town in it as a person
            out += [ent, ents[k + 1], short]
            skip = k + 1
            while skip + 1 < len(ents) and ents[skip + 1].start < short.end:
                skip += 1
            continue
        end = ent.end - 1 if ent[-1].text == "," else ent.end  # the model may take the comma in
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (ent.label_ == "ORG" and nxt is not None and nxt.label_ == "GPE" and nxt.start == end + 1
                and doc[end].text == "," and end - ent.start >= 3 and doc[end - 2].lower_ == "of"
                and doc[end - 3].lower_ == "university" and is_state_or_country(doc[end - 1].text)
                and not is_state_or_country(city := _without_possessive(nxt))
                and is_known_place(city, cities=True)):
            after = doc[nxt.end] if nxt.end < len(doc) else None
            beyond = doc[nxt.end + 1] if nxt.end + 1 < len(doc) else None
            if after is None or after.text not in _LIST_WORDS or (
                    after.text == "," and beyond is not None and (
                        (beyond.is_lower and beyond.lower_ not in _LIST_WORDS)
                        or (beyond.lower_ == "and" and nxt.end + 2 < len(doc) and doc[nxt.end + 2].is_lower)
                        # ("an astrophysicist at the University of California, Santa Cruz, and a coauthor of the
                        # study": a lower-case word after ", and" lists no more places)
                        or (k + 2 < len(ents) and ents[k + 2].start == nxt.end + 1
                            and ents[k + 2].label_ == "PERSON"))):
                stop = nxt.end - 1 if len(nxt) > 1 and nxt[-1].tag_ == "POS" else nxt.end
                out.append(Span(doc, ent.start, stop, label="ORG"))
                skip = k + 1
                continue
        out.append(ent)
    return out


# Labels the model gives a campus's town after "at": the town, or a person or a body for a town's name that is also
# a surname or a school's ("Boulder" PERSON, "Amherst" ORG).
_CAMPUS_TOWN_LABELS = frozenset({"GPE", "PERSON", "ORG", "LOC"})


def _campus_at_end(ent: Span, nxt: Span | None) -> int | None:
    """The end of a campus's name written after its university's with "at" ("the University of Colorado at Boulder",
    "the University of Massachusetts at Amherst", "University of Texas at Austin"), which the model parts into the
    university and a town: "University of <state>" (its last words), "at", and right after it a known town of one to
    three words that is no state or country (not "the University of Michigan at the time", nor a country's
    university "at Germany's border"); a possessive after the town ("at Boulder's") is left out of the name."""
    doc = ent.doc
    if (ent.label_ != "ORG" or nxt is None or nxt.label_ not in _CAMPUS_TOWN_LABELS or len(ent) < 3
            or ent.end + 1 != nxt.start or doc[ent.end].lower_ != "at" or len(nxt) > 3):
        return None
    heads = [i for i in range(len(ent) - 2) if ent[i].lower_ == "university" and ent[i + 1].lower_ == "of"]
    if not heads or not is_state_or_country(ent[heads[-1] + 2:].text):
        return None
    stop = nxt.end - 1 if len(nxt) > 1 and nxt[-1].tag_ == "POS" else nxt.end
    town = doc[nxt.start:stop]
    if (not len(town) or not all(t.is_title for t in town if t.is_alpha) or is_state_or_country(town.text)
            or not is_known_place(town.text, cities=True)):
        return None
    return stop


def _campus_short_form(doc: Doc, end: int, town: Span) -> Span | None:
    """The short form a text gives a campus in brackets right after its name: the university's initials in capitals
    and the campus's town ("the University of Colorado at Boulder (CU Boulder)"), one body (ORG), where the model
    reads the town in it as a person."""
    close = end + len(town) + 2
    if (close >= len(doc) or doc[end].text != "(" or doc[close].text != ")" or not doc[end + 1].is_upper
            or not doc[end + 1].is_alpha or not 2 <= len(doc[end + 1]) <= 5
            or doc[end + 2:close].text != town.text):
        return None
    return Span(doc, end + 1, close, label="ORG")


def _dashed_campus_end(ent: Span, nxt: Span | None) -> int | None:
    """The end of a campus's name written after its university's with a dash and no spaces ("the University of
    Wisconsin–Madison", "University of Texas-Austin"), which the model parts into a body and a person or a town:
    "University of <state>", the dash, the next name (a known town) right after it."""
    doc = ent.doc
    if (ent.label_ != "ORG" or nxt is None or len(ent) < 3 or ent[-2].lower_ != "of" or ent[-3].lower_ != "university"
            or not is_state_or_country(ent[-1].text) or ent.end + 1 != nxt.start or doc[ent.end].text not in "–-"
            or doc[ent.end - 1].whitespace_ or doc[ent.end].whitespace_ or len(nxt) > 2
            or not is_known_place(nxt.text, cities=True)):
        return None
    return nxt.end



# The kind nouns of vehicles and devices that news writes after a name and a number ("a Falcon 9 rocket", "the
# Chang'e 5 probe", "an iPhone 16 handset").
_VEHICLE_NOUNS = frozenset({"rocket", "rockets", "spacecraft", "capsule", "probe", "lander", "rover", "booster",
                            "launcher", "satellite", "aircraft", "airliner", "jet", "jets", "plane", "planes",
                            "helicopter", "helicopters", "drone", "drones", "missile", "missiles", "smartphone",
                            "phone", "console", "tank", "tanks"})


def vehicles_with_numbers(ents: list[Span]) -> list[Span]:
    """"launched via a Falcon 9 rocket" ("Falcon" ORG; round wire37): a one-word name, a number of one to three
    digits and a vehicle's or a device's kind noun in lower case after it name the model by its word and its
    number, one product (PRODUCT); the number the model tagged apart goes into it. A count has its noun in the
    plural after a number of the name's own ("Boeing 3 planes" is no English of news), so only a number with no
    comma or point, right after the word."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        if ent.start < skip:
            continue
        if (ent.label_ in ("ORG", "PERSON", "PRODUCT") and len(ent) == 1 and ent[0].is_alpha
                and _determined(ent, out)  # (not "the US gave Zelensky 31 tanks": a person given a count)
                and ent[0].text[:1].isupper() and end + 1 < len(doc) and ent[0].whitespace_
                and doc[end].is_digit and len(doc[end]) <= 3 and doc[end].whitespace_
                and doc[end + 1].lower_ in _VEHICLE_NOUNS and doc[end + 1].is_lower
                and (k + 1 == len(ents) or ents[k + 1].start > end or ents[k + 1].end == end + 1)):
            out.append(Span(doc, ent.start, end + 1, label="PRODUCT"))
            skip = end + 1
            continue
        out.append(ent)
    return out


# The kind nouns of launch vehicles and spacecraft, which news writes after a craft's name ("Blue Origin's New Glenn
# rocket", "the Super Heavy booster", "NASA's Europa Clipper spacecraft").
_CRAFT_NOUNS = frozenset({"rocket", "spacecraft", "capsule", "probe", "lander", "rover", "booster", "launcher",
                          "orbiter", "megarocket"})


def craft_before_kind_nouns(ents: list[Span]) -> list[Span]:
    """A craft named before its kind noun is a product, whatever the model's label ("Blue Origin's New Glenn rocket
    reached orbit": "New Glenn" GPE → PRODUCT; "The Super Heavy booster was caught" ORG → PRODUCT; round wire37b).

    The name has two or three capitalised words and stands after "the" or a possessive, the kind noun in the
    singular and lower case right after it and no noun after that; a group's rockets are fired at people with "a"
    and in the plural ("a Hamas rocket", "Islamic Jihad rockets") and "the Hezbollah rocket attack" is an attack:
    those are left, as a people's adjective is (NORP).
    """
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ in ("ORG", "GPE", "PERSON", "FAC", "LOC") and 2 <= len(ent) <= 3
                and all(t.is_title and t.is_alpha for t in ent) and end < len(doc)
                and doc[end].lower_ in _CRAFT_NOUNS and doc[end].is_lower and doc[end].tag_ == "NN"
                and not (end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN"))
                and ent.start > 0
                and (doc[ent.start - 1].lower_ == "the" or doc[ent.start - 1].tag_ in ("POS", "PRP$"))):
            out.append(Span(doc, ent.start, end, label="PRODUCT"))
            continue
        out.append(ent)
    return out


def _determined(ent: Span, before: list[Span]) -> bool:
    """Whether a name stands after a determiner or a possessive ("a Falcon 9 rocket", "its Falcon 9 rocket",
    "NASA's Artemis 2 rocket") or right after its maker's name ("a SpaceX Falcon 9 rocket"), as a model's name does."""
    doc, start = ent.doc, ent.start
    if start == 0:
        return False
    word = doc[start - 1]
    return (word.tag_ in ("DT", "PRP$", "POS")
            or bool(before) and before[-1].end == start and before[-1].label_ in ("ORG", "PERSON")
            or word.pos_ == "PROPN" and start >= 2 and doc[start - 2].tag_ in ("DT", "PRP$", "POS"))  # (the maker
    # untagged: "A SpaceX Falcon 9 rocket")
