"""Mends of whole entity spans after the repairs have found them: a name's parts the model left
outside it, and a label the name's build or its neighbours contradict.

Each function takes the entities in document order and returns them mended, never two
overlapping: a city's rank ("General Santos City"), a speaker "of" a body or joined by "and" to a person who is a
person, a town and its state cut at their comma ("Karipur, Kerala"), a country of two names joined by "and"
that the model cut at the "and" ("Saint Kitts and Nevis"), a name whose first words the model left out where the
text names it in full elsewhere ("Liberal Democrats describes itself …" beside "running for the Liberal Democrats"),
a church named after a saint (:func:`saints_buildings`). Names with a number in them (units, roads, branches,
designations) are mended in :mod:`~toolkit.nlp.numbered_names`.

Example:
    >>> [(e.text, e.label_) for e in saints_buildings(list(doc.ents))]  # doctest: +SKIP
    [('St. John’s Episcopal Church', 'FAC')]
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from toolkit.nlp.dates import MONTHS, WEEKDAYS
from toolkit.nlp.gazetteer import country_names, is_known_place, known_states_and_countries
from toolkit.nlp.legal_suffixes import ends_in_legal_form
from toolkit.nlp.lexicon import FAC_HEADS, HYPHENS, LOC_HEADS, NOT_NAME_WORDS, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS
from toolkit.nlp.lookups import span_text
from toolkit.nlp.missed import token_indices


def titled_cities(ents: list[Span]) -> list[Span]:
    """A city named after a person with his rank ("General Santos City"), whose rank the model
    left out as a title: a capitalised title word right before a name ending in "City" is part of it."""
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if (ent.label_ in ("GPE", "PERSON", "ORG", "LOC") and len(ent) >= 2 and ent[-1].text == "City" and start > 0
                and doc[start - 1].is_title and doc[start - 1].lower_.strip(".") in TITLE_WORDS
                and not doc[start - 1].is_sent_start and (not out or out[-1].end < start)):
            ent = Span(doc, start - 1, ent.end, label="GPE")
        out.append(ent)
    return out


# Offices of a town's government whose holder a US paper names after the town's "City" ("Kerrville City Manager
# Dalton Rice", round wire35b): the model runs "City" into the town's name.
_CITY_OFFICES = frozenset({"manager", "attorney", "clerk", "administrator", "councilman", "councilwoman", "councillor",
                           "councilor", "commissioner", "treasurer", "auditor", "engineer", "planner", "spokesman",
                           "spokeswoman", "spokesperson"})


def cities_before_offices(ents: list[Span]) -> list[Span]:
    """A town the model named with the "City" of the office after it ("Kerrville City" GPE of "Kerrville City Manager
    Dalton Rice"): "City" is the office's, the town is the words before it. A town whose name is "… City" and which
    the gazetteer knows ("Oklahoma City Manager …", "Carson City") keeps its name."""
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ == "GPE" and len(ent) >= 2 and ent[-1].text == "City" and end < len(doc)
                and doc[end].is_title and doc[end].lower_ in _CITY_OFFICES and ent[-2].is_title
                and not is_known_place(ent.text, cities=True)):
            ent = Span(doc, ent.start, end - 1, label="GPE")
        out.append(ent)
    return out


# The offices of a territory that English writes in lower case between the territory and the holder's name
# ("Texas governor Greg Abbott", "former Central Java governor Ganjar Pranowo").
_TERRITORY_OFFICES = frozenset({"governor", "regent", "mayor"})


def territories_before_governors(ents: list[Span]) -> list[Span]:
    """A "person" the model found right before a lower-case "governor", "regent" or "mayor" and a capitalised name
    is the territory governed ("former Central Java governor Ganjar Pranowo", the Jakarta Post, round wire35f;
    "Central Java" PERSON to the model): a person is no one's office there, a place is. Not a known given name's
    full name ("Obama governor appointee"): only where a capitalised name follows the office. A name the model calls
    a body, a person or a people before "Chief Minister" and a person's name is the state's, too ("Maharashtra Chief
    Minister Eknath Shinde", round wire38)."""
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and end + 1 < len(doc) and doc[end].lower_ in _TERRITORY_OFFICES
                and doc[end].is_lower and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"
                and all(t.is_title and t.is_alpha for t in ent)
                and ent.start > 0 and doc[ent.start - 1].is_lower):
            ent = Span(doc, ent.start, end, label="GPE")
        elif (ent.label_ in ("ORG", "PERSON", "NORP") and 1 <= len(ent) <= 3 and end + 2 < len(doc)
              and doc[end].lower_ == "chief" and doc[end + 1].lower_ == "minister"
              and doc[end + 2].is_title and doc[end + 2].pos_ == "PROPN"
              and all(t.is_title and t.is_alpha for t in ent)):
            # "Maharashtra Chief Minister Eknath Shinde", "former Madhya Pradesh chief minister Shivraj Singh
            # Chouhan" (round wire38): a chief minister heads a state or a province (India's, Pakistan's,
            # Malaysia's), and the name before the office is the territory's, which the model calls a body
            ent = Span(doc, ent.start, end, label="GPE")
        out.append(ent)
    return out


def bodies_cut_before_heads(ents: list[Span]) -> list[Span]:
    """Join a body and the capitalised words ending in a body's or a building's head that the model tagged apart
    right after it, one space between ("the University of Maryland Shock" ORG + "Trauma Center" PERSON): no two
    names touch without a comma or a word between, and a name ending in a head word closes the body's name. A
    first name that already ends in a head word ("Harvard University") or a possessive is left."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and ent.label_ in ("ORG", "FAC") and nxt.start == ent.end and ent[-1].whitespace_ == " "
                and nxt.label_ in ("ORG", "FAC", "PERSON", "GPE", "LOC") and len(nxt) >= 2
                and all(t.is_title and t.is_alpha for t in nxt) and not nxt[0].is_sent_start
                and nxt[-1].lower_ in ORG_HEADS | FAC_HEADS and ent[-1].is_title and ent[-1].is_alpha
                and ent[-1].lower_ not in ORG_HEADS | FAC_HEADS and ent[-1].tag_ != "POS"):
            out.append(Span(ent.doc, ent.start, nxt.end, label="ORG" if nxt[-1].lower_ in ORG_HEADS else "FAC"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


# The heads of built things a place's name is left before: the lexicon's, and a market's ("Bhera Market"), which the
# lexicon leaves out because an economy's markets are capitalised too ("the European Single Market", "Stock Market").
_SITE_HEADS_AFTER_PLACES = FAC_HEADS | {"market"}


def sites_cut_after_places(ents: list[Span]) -> list[Span]:
    """A built thing named after its locality that the model cut at its head word, tagging the locality alone: "The
    fire in Bhera Market broke out" ("Bhera" GPE, "Market" untagged; round ent36) → "Bhera Market" FAC. English names
    markets, stations, halls and bridges after their place this way, and a place's name runs on over no capitalised
    head. Only a place that is no country, state or large city (not "the US Market", a country's economy, nor "Kyiv"
    of "Kyiv Station said"), a one-space join, and a head that ends the capitalised run."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        head = doc[ent.end] if ent.end < len(doc) else None
        if (head is not None and ent.label_ in ("GPE", "LOC") and head.is_title and head.is_alpha and not head.ent_type_
                and head.lower_ in _SITE_HEADS_AFTER_PLACES and ent[-1].whitespace_ == " " and ent[-1].is_title
                and ent[-1].tag_ != "POS" and not is_known_place(ent.text)
                and not (ent.end + 1 < len(doc) and doc[ent.end + 1].is_title)
                and not any(o.start <= ent.end < o.end for o in ents)):
            ent = Span(doc, ent.start, ent.end + 1, label="FAC")
        out.append(ent)
    return out


# Words opening a saint's name ("St. Peter's Basilica", "Saint Mary's Hospital", "Ste. Anne's Church").
_SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste."})
# Heads of buildings named after a saint's possessive that the lexicon's heads leave out.
_SAINTS_BUILDINGS = frozenset({"basilica", "chapel", "abbey", "church", "priory", "cathedral"})


def saints_buildings(ents: list[Span]) -> list[Span]:
    """A saint's name and possessive the model tagged before a building's head word, joined with it: "on the central
    loggia of St. Peter's Basilica" ("St. Peter's" GPE + "Basilica" PERSON) → "St. Peter's Basilica" FAC; "St
    John's College" ORG. English names churches, basilicas, hospitals and colleges after their saint this way;
    the saint's possessive alone is no place. Only a capitalised head right after the possessive, or after one or
    two capitalised words naming the denomination or kind ("St. John’s Episcopal Church" → FAC, not "St. John’s"
    GPE; round ent37b)."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc = ent.doc
        end = _saints_building_end(ent)
        if end is not None:
            head = doc[end - 1]
            label = "ORG" if head.lower_ in ORG_HEADS and head.lower_ not in FAC_HEADS | _SAINTS_BUILDINGS else "FAC"
            taken = 1
            while k + taken < len(ents) and ents[k + taken].start < end and ents[k + taken].end <= end:
                taken += 1  # the head, or the words before it, the model tagged alone
            if k + taken >= len(ents) or ents[k + taken].start >= end:
                out.append(Span(doc, ent.start, end, label=label))
                k += taken
                continue
        out.append(ent)
        k += 1
    return out


def _saints_building_end(ent: Span) -> int | None:
    """Where the building named after the saint's possessive ``ent`` ends (after its head word), or None: the
    head right after the possessive or after at most two capitalised words."""
    doc = ent.doc
    if len(ent) < 3 or ent[0].lower_ not in _SAINT_WORDS or ent[-1].tag_ != "POS":
        return None
    for end in range(ent.end + 1, min(ent.end + 3, len(doc)) + 1):
        word = doc[end - 1]
        if not word.is_title:
            return None
        if word.lower_ in FAC_HEADS | ORG_HEADS | _SAINTS_BUILDINGS:
            return end
    return None


# Verbs whose object is the one spoken to or questioned ("One resident told Paul Rivera of WESH 2 news, …"): what
# is told "of" a body is one of its people, as a speaker is.
_ADDRESSING_VERBS = frozenset({"tell", "ask", "interview", "inform", "brief"})


def people_of_bodies(ents: list[Span]) -> list[Span]:
    """A speaker named as "<name> of <organisation>" is a person: "Nils-Erik Haagenrud of Rogaland
    Fire and Rescue said …", where the model calls the name a body. The name must be built like a
    person's (two or three capitalised words, a hyphenated given name allowed; no head word of a
    body or place; no known place) and be the subject of a speech verb, or the one a speaker tells
    or asks ("told Paul Rivera of WESH 2 news", round ent40b); a body is seldom "of" another body
    ("Bank of America" has a head word)."""
    heads = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS
    out = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        words = [t for t in ent if t.text not in HYPHENS]
        if nxt is not None and nxt.label_ == "GPE" and k + 2 < len(ents) and _owner_of_body(nxt, ents[k + 2], ent.end):
            nxt = ents[k + 2]  # "Nikki Holland of the UK's National Crime Agency (NCA) said": a place owns the body
            owner = True
        else:
            owner = False
        if (ent.label_ in ("ORG", "GPE", "NORP") and nxt is not None and nxt.label_ == "ORG"
                and ent.end < len(doc) and doc[ent.end].lower_ == "of"
                and (nxt.start == ent.end + 1 or nxt.start == ent.end + 2 and doc[ent.end + 1].lower_ == "the"
                     or owner)
                and 2 <= len(words) <= 4 and all(t.is_title and t.is_alpha for t in words)
                and not {t.lower_ for t in words} & heads and not is_known_place(ent.text)
                and (ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SPEECH_VERBS
                     or ent.root.dep_ in ("dobj", "dative") and ent.root.head.lemma_.lower() in _ADDRESSING_VERBS)):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _owner_of_body(place: Span, body: Span, of_at: int) -> bool:
    """Whether ``place`` is a body's owner by its possessive right before the body's name ("the UK's National Crime
    Agency"), right after the "of" at ``of_at`` or "of the"."""
    doc = place.doc
    before = place.start - 1 - (place.start >= 1 and doc[place.start - 1].lower_ == "the")
    return (before == of_at and doc[before].lower_ == "of" and place.end + 1 == body.start
            and doc[place.end].lower_ in ("'s", "’s") and body.label_ == "ORG")


def split_places_at_commas(ents: list[Span]) -> list[Span]:
    """"Karipur, Kerala" (one GPE to the model) is a town and its state: no place's name holds a
    comma, so a place is cut at its commas into places of the same label. A "body" or "facility"
    that ends in a comma and a known state or country ("the Auckland, New Zealand police force")
    is the same town-and-country pair, cut into places (GPE), and so is one that ends in an English county named
    by its "-shire" ("from Banks, Lancashire," one body to the model, round wire35b)."""
    out: list[Span] = []
    for ent in ents:
        # (the span's surface asked first: no Token is made per word of a name without a comma)
        commas = [t.i for t in ent if t.text == ","] if "," in span_text(ent) else []
        label = ent.label_
        if commas and label not in ("GPE", "LOC"):
            last = ent.doc[commas[-1] + 1 : ent.end].text.strip()
            label = "GPE" if last in known_states_and_countries() or _english_county(last) else None
            if label is None and _known_places_between_commas(ent, commas):
                label = "GPE"  # "spread to the cities of Mombasa, Kisumu, Eldoret …" ("Mombasa, Kisumu" one body)
        if not commas or label is None:
            out.append(ent)
            continue
        bounds = [ent.start, *commas, ent.end]
        for a, b in zip(bounds, bounds[1:]):
            a += a != ent.start  # past the comma
            a += b - a > 1 and ent.doc[a].lower_ == "the"  # "the Auckland, New Zealand": no article in a town's name
            if b > a and ent.doc[a].is_title:
                out.append(Span(ent.doc, a, b, label=label))
    return out


def _known_places_between_commas(ent: Span, commas: list[int]) -> bool:
    """Whether every part of a span between its commas is one capitalised word naming a known town or place (a
    list of towns the model ran into one name, round wire35f)."""
    bounds = [ent.start, *commas, ent.end]
    parts = [ent.doc[a + (a != ent.start) : b] for a, b in zip(bounds, bounds[1:])]
    return all(len(p) == 1 and p[0].is_title and p[0].is_alpha and is_known_place(p.text, cities=True) for p in parts)


def _english_county(name: str) -> bool:
    """Whether ``name`` is one capitalised word ending in "shire", as English counties' names do ("Lancashire",
    "Hertfordshire"): after a town and its comma, the county the town lies in."""
    return name.istitle() and name.isalpha() and name.endswith("shire") and len(name) > len("shire") + 2


# The bullets and dots a page sets between the fields of a dateline or a menu ("Jakarta ● Thu, February 15, 2024").
_FIELD_DOTS = frozenset({"●", "•", "·", "◆", "■"})
# Weekdays and months, written out or cut to three or four letters: a dateline's fields, no names.
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset({"tue", "tues", "wed", "thu", "thur", "thurs",
                                                                         "fri", "sat", "sun", "mon"})


def split_at_field_dots(ents: list[Span]) -> list[Span]:
    """No name runs over a bullet or a middle dot: a page's dateline "Jakarta ● Thu, February 15, 2024" (the
    Jakarta Post, round wire35f; "Jakarta ● Thu" a person to the model) sets the place and the day apart. The span
    is cut at each dot; a part that is a known place is a place (GPE), a weekday or a month goes, another keeps the
    model's label."""
    out: list[Span] = []
    for ent in ents:
        surface = span_text(ent)
        dots = [t.i for t in ent if t.text in _FIELD_DOTS] if any(d in surface for d in _FIELD_DOTS) else []
        if not dots:
            out.append(ent)
            continue
        bounds = [ent.start - 1, *dots, ent.end]
        for a, b in zip(bounds, bounds[1:]):
            a += 1
            part = ent.doc[a:b]
            if not len(part) or not part[0].is_alpha or all(t.lower_.strip(".") in _CALENDAR_WORDS for t in part):
                continue
            out.append(Span(ent.doc, a, b, label="GPE" if is_known_place(part.text) else ent.label_))
    return out


def split_at_line_breaks(ents: list[Span]) -> list[Span]:
    """No name runs over a line break: a byline's name and the dateline under it ("NICOLE KIRK" ⏎ "MONTREAL", one
    person to the model) are two names. The span is cut at each break inside it; the first part keeps the model's
    label, a later part that is a known place (in capitals too), or a line in capitals alone under a person's name, is
    a place (GPE), another keeps the model's label."""
    out: list[Span] = []
    for ent in ents:
        breaks = ([t.i for t in ent if t.is_space and "\n" in t.text and ent.start < t.i < ent.end - 1]
                  if "\n" in span_text(ent) else [])
        # (a break the span merely ends in is left: "Town Hall" ⏎⏎, a heading, which the mentions read as one)
        if not breaks:
            out.append(ent)
            continue
        bounds = [ent.start, *breaks, ent.end]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
            a += k > 0  # past the break
            if b <= a:
                continue
            piece = ent.doc[a:b]
            doc = ent.doc
            place = k > 0 and (any(is_known_place(form, cities=True) for form in (piece.text, piece.text.title()))
                               or ent.label_ == "PERSON" and all(t.is_upper and t.is_alpha for t in piece)
                               and (b == len(doc) or doc[b].is_space and "\n" in doc[b].text))
            # (a line in capitals under a writer's name, alone on it, is the dateline's town: "MONTREAL")
            out.append(Span(ent.doc, a, b, label="GPE" if place else ent.label_))
    return out


# Prepositions of place before "the" and a building's name ("performed it at the Royal Festival Hall").
_PLACE_PREPOSITIONS = frozenset({"at", "in", "into", "inside", "outside", "near", "from", "to"})
# Facility heads of the places that news names historic events by ("after Tiananmen Square", "the Edmund Pettus
# Bridge"): an event the model tags by such a name is left to it.
_EVENTS_PLACES = frozenset({"street", "square", "road", "avenue", "bridge", "gate"})


def buildings_called_events(ents: list[Span]) -> list[Span]:
    """A name of three words or more that ends in a building's head word, after a preposition of place and "the",
    is the building (FAC) where the model saw an event ("when Wilson performed it at the Royal Festival Hall": a
    festival's word inside the name); not a name cut out of a longer one after "of" ("the Daughters of the
    American Revolution Constitution Hall")."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start = ent.start + (ent[0].lower_ == "the")  # (the model's span may hold the article)
        if (ent.label_ == "EVENT" and ent.end - start >= 3 and ent[-1].lower_ in FAC_HEADS
                and ent[-1].lower_ not in _EVENTS_PLACES and all(t.is_title for t in doc[start : ent.end])
                and start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in _PLACE_PREPOSITIONS):
            ent = Span(doc, ent.start, ent.end, label="FAC")
        out.append(ent)
    return out


def people_by_coordination(ents: list[Span]) -> list[Span]:
    """A two- or three-word name joined by "and" to a person, and built like a person's name (no
    head word of a body or place, no known place), is a person: "Presidents Muhammadu Buhari of
    Nigeria and Patrice Talon of Benin", where the model calls Talon a body; "He played with Acker Bilk and Terry
    Lightfoot", where it calls Acker Bilk a product. A word of the name may be joined to the next by a hyphen ("visual
    artists Moth Monarch and Cat-Monk Shiro", a body to the model), as given names are ("Jean-Pierre")."""
    people = token_indices([e for e in ents if e.label_ == "PERSON"])
    if not people:
        return ents
    heads = ORG_HEADS | FAC_HEADS | LOC_HEADS | NOT_NAME_WORDS
    out = []
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"):
            out.append(ent)  # (passed by before its root and words are read)
            continue
        root = ent.root
        words = [t for t in ent if t.text not in HYPHENS]
        if (2 <= len(words) <= 3
                and all(t.pos_ == "PROPN" and t.is_title for t in words) and _hyphens_join_words(ent)
                and not {t.lower_ for t in ent} & heads
                and not is_known_place(ent.text)
                and not ends_in_legal_form(ent)  # "Kinder Morgan Inc. and …" (round wire37): a firm's legal form
                and (root.dep_ == "conj" and root.head.i in people
                     or any(c.dep_ == "conj" and c.i in people for c in root.children))):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _hyphens_join_words(ent: Span) -> bool:
    """Whether every hyphen in a name stands between two of its words, with no space ("Cat-Monk Shiro")."""
    return all(0 < t.i - ent.start < len(ent) - 1 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_
               for t in ent if t.text in HYPHENS)


def countries_in_full(ents: list[Span]) -> list[Span]:
    """A country whose name joins two names by "and" ("Saint Kitts and Nevis", "Trinidad and Tobago", "Saint
    Vincent and the Grenadines"), of which the model tagged the first part alone (as a person, even) or the parts
    apart: the span is extended over the country's whole name, a place (GPE), and the parts inside it dropped."""
    doc = ents[0].doc if ents else None
    out: list[Span] = []
    covered = -1
    for ent in ents:
        if ent.start < covered:
            continue  # a part of the country just extended over
        country = _country_opened_by(ent)
        if country is not None:
            ent = Span(doc, ent.start, country, label="GPE")
            covered = country
        out.append(ent)
    return out


def _country_opened_by(ent: Span) -> int | None:
    """The end (a token index) of the country of two names joined by "and" that ``ent`` is the first name of."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None  # (most names: no "and" after them)
    opening = ent.text + " and "  # (Span.text joins the tokens anew on each call: once, not per country)
    for name in _countries_with_and():
        if not name.startswith(opening):
            continue
        for end in range(ent.end + 2, min(len(doc), ent.end + 6) + 1):
            if doc[ent.start:end].text == name:
                return end
    return None


@lru_cache(maxsize=1)
def _countries_with_and() -> tuple[str, ...]:
    """The gazetteer's countries named by two names joined by "and" (no comma): "Antigua and Barbuda"."""
    return tuple(name.strip() for name in country_names() if " and " in name and "," not in name)


# Members of parties in the plural, which a capitalised qualifier before them makes a party's name ("Liberal
# Democrats", "Free Democrats", "Sweden Democrats"); and a country's short name that closes a body's name for its arm
# or branch there ("Reform UK", "Amazon UK", "Mazars USA").
_PARTY_PLURALS = frozenset({"democrats", "republicans", "conservatives", "liberals", "socialists"})
_ARM_COUNTRIES = frozenset({"UK", "USA"})
# Words before members of a party that name a chamber, a place's members or a share of them, not a party's name.
_NOT_QUALIFIERS = frozenset({"house", "senate", "congressional", "senior", "fellow", "leading", "many", "some", "top",
                             "state", "local", "young", "most", "all", "moderate", "progressive", "conservative",
                             "liberal", "centrist", "radical", "former", "other", "two", "three", "no", "these",
                             "those", "both", "several", "few", "key", "prominent", "anti", "pro"})


def qualifiers_left_out(ents: list[Span]) -> list[Span]:
    """A name whose capitalised first word the model left outside it (round wire35c, the Guardian on the UK's 2024
    election): "The Liberal Democrats won 71 seats" ("Democrats" alone), "Reform UK took four seats" ("UK", a
    country). An untagged capitalised word the parser compounds or hangs as an adjective on a party's members'
    plural, or on "UK"/"USA", opens the name: the span is extended over it (the vote reads "Liberal Democrats" as a
    party and "Reform UK" as a body). Not a place or a chamber ("Texas Democrats", "House Republicans"), nor a word
    that opens a sentence before "UK" as a verb would ("Visit UK"), nor a single letter (a transcript's "Q Democrats,
    for 30 years straight, have said …": the question's label).

    "Liberal" before "Democrats" is taken only when the text writes the pair elsewhere or the word is a proper noun
    to the tagger: "liberal Democrats" (a kind of Democrats) is written small.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for ent in ents:
        start = ent.start - 1
        if len(ent) == 1 and start >= 0 and (not out or out[-1].end <= start):
            word = doc[start]
            party = ent.label_ in ("NORP", "ORG", "PERSON") and ent[0].lower_ in _PARTY_PLURALS
            arm = ent.label_ in ("GPE", "LOC") and span_text(ent) in _ARM_COUNTRIES
            if ((party or arm) and word.is_title and word.is_alpha and len(word) > 1 and not word.ent_type_
                    and word.head == ent[0] and word.dep_ in ("compound", "amod")
                    and word.lower_ not in TITLE_WORDS and word.lower_ not in NOT_NAME_WORDS
                    and not is_known_place(word.text)
                    and not (party and word.lower_ in _NOT_QUALIFIERS
                             and (start == 0 or doc[start - 1].lower_ != "the"))):
                # ("Fellow Democrats", "Other Republicans" opening a sentence are members, not a party's name)
                ent = Span(doc, start, ent.end, label="ORG")
        out.append(ent)
    return out


def bodies_for_causes(ents: list[Span]) -> list[Span]:
    """A body named by the people it gathers "for" a cause: "Americans for Prosperity Action" (round wire35c), which the
    model splits into a people ("Americans" NORP) and a body ("Prosperity Action" ORG); a people's plural, "for" and a
    body right after it are one body's name (as "Americans for Tax Reform", "Scientists for Labour")."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.label_ == "ORG" and (before := out[-1]).label_ == "NORP" and len(before) == 1 \
                and before[0].is_title and before[0].lower_.endswith("s") and ent.start == before.end + 1 \
                and ent.doc[before.end].lower_ == "for" and ent[0].is_title:
            out[-1] = Span(ent.doc, before.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def names_opened_as_elsewhere(ents: list[Span]) -> list[Span]:
    """A name whose first one or two capitalised words the model left outside it, most often where the name opens a
    sentence ("Liberal Democrats describes itself as …": "Democrats" alone), although the text names it in full
    elsewhere ("… running for the Liberal Democrats"): the span is extended over those words and takes the full
    name's label. Only the words of a name the text spells so: "Many Democrats said" stays as it is."""
    full = {span_text(e): e.label_ for e in ents if len(e) > 1}
    if not full:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for ent in ents:
        if not ent.start or not _free_title_word(doc[ent.start - 1]):
            out.append(ent)  # (both widths need the word just before the name: most names have none)
            continue
        for width in (1, 2):
            start = ent.start - width
            if start < 0 or not all(_free_title_word(t) for t in doc[start:ent.start]):
                continue
            if (out and out[-1].end > start) or (label := full.get(doc[start:ent.end].text)) is None:
                continue
            ent = Span(doc, start, ent.end, label=label)
            break
        out.append(ent)
    return out


def _free_title_word(token) -> bool:
    """Whether a word is capitalised, of letters only, and outside every entity."""
    return token.is_title and token.is_alpha and not token.ent_type


def names_closed_as_elsewhere(ents: list[Span]) -> list[Span]:
    """A name whose last one or two capitalised words the model left outside it ("Nizhny" of "in Nizhny Tagil,
    Killing at Least 3", a headline; "Patima" of "in Patima Halandriou on Monday", round wire35b), although the text
    names it in full elsewhere or the gazetteer knows the whole as a town: the span is extended over those words
    (only where the label is the full name's: "Dries" ORG + "Mertens" beside "Dries Mertens" PERSON, GUM, is left;
    a place's for a known town). Only a name the text or the gazetteer spells so, of a
    person, a body or a place (not "Israeli" of "an Israeli Grand Master"), and words of two letters or more (not
    "I", a pronoun or a numeral: "so this one is Pech-de-l’Azé I, and I believe")."""
    full = {span_text(e): e.label_ for e in ents if len(e) > 1}
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    for k, ent in enumerate(ents):
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG", "PERSON"):
            out.append(ent)  # (a people's adjective before a title, "an Israeli Grand Master", names no one)
            continue
        if ent.end >= limit or not _free_title_word(doc[ent.end]) or ent[-1].whitespace_ != " ":
            out.append(ent)  # (both widths need the word just after the name: most names have none)
            continue
        for width in (1, 2):
            end = ent.end + width
            if end > limit or not all(t.is_title and t.is_alpha and len(t) > 1 and not t.ent_type_
                                      for t in doc[ent.end:end]) \
                    or not all(t.whitespace_ == " " for t in doc[ent.end - 1:end - 1]):
                continue
            text = doc[ent.start:end].text
            label = ent.label_ if full.get(text) == ent.label_ else None  # (the full name's label too: "Dries"
            # ORG beside "Dries Mertens" PERSON would carry its label into the person's vote)
            if label is None and ent.label_ in ("GPE", "LOC") and is_known_place(text, cities=True) \
                    and not is_known_place(ent.text, cities=True):
                label = "GPE"  # "Nizhny" + "Tagil": a town the gazetteer knows whole
            if label is not None:
                ent = Span(doc, ent.start, end, label=label)
                break
        out.append(ent)
    return out


def of_tails_run_on(ents: list[Span]) -> list[Span]:
    """A body's or a building's "of" tail that the model's lone "person" cut in two ("the Port of Prince" FAC +
    "Rupert" PERSON, round wire35e): after "of" and one capitalised word, a one-word person right after (one space)
    that no capitalised word follows and that is no subject, is the tail's last word (a town "Prince Rupert", "Port
    of Spain"); a person named after a body ("the University of Chicago's Smith", "Department of Justice Prosecutor
    Joe Moreno") has a possessive, a title or two words between."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        doc = ent.doc
        if (last is not None and last.label_ in ("FAC", "ORG") and ent.label_ == "PERSON" and len(ent) == 1
                and last.end == ent.start and len(last) >= 3 and doc[last.end - 2].lower_ == "of"
                and doc[last.end - 1].is_title and doc[last.end - 1].whitespace_ == " "
                and ent[0].is_title and ent[0].is_alpha and ent[0].dep_ not in ("nsubj", "nsubjpass")
                and not (ent.end < len(doc) and doc[ent.end].is_title)):
            out[-1] = Span(doc, last.start, ent.end, label=last.label_)
            continue
        out.append(ent)
    return out

