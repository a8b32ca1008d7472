"""The labels of the model's entity spans corrected one by one, after their boundaries are mended.

The small English model gives a name the label of the word shapes around it: a network's programme after its
possessive reads as a person ("on CNBC’s Squawk Box"), an outlet one tells something reads as a work ("told The Daily
Wire"), a law, a body or a feast day read as a person or a place ("Emergencies Act", "Air Force", "by Easter"), a
courtesy title and a surname as a body ("Mr Zelenskiy"). :func:`relabel_mended_spans` corrects these once
:mod:`toolkit.nlp.model_spans` has mended each span's boundaries, and drops the spans that are no entity at all
(a transcript's stage direction, an office of a body named as a person).

Used by :func:`toolkit.nlp.model_spans.mend_model_spans`.

Example:
    >>> [(e.text, e.label_) for e in relabel_mended_spans(doc, spans)]   # doctest: +SKIP
    [('Squawk Box', 'WORK_OF_ART'), ('Air Force', 'ORG')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from toolkit.nlp.dates import HOLIDAYS, MONTHS, WEEKDAYS
from toolkit.nlp.gazetteer import (country_of_bare_adjective, is_known_place, known_states_and_countries, people_adjective,
                                    nationality_adjective)
from toolkit.nlp.legal_suffixes import ends_in_legal_form
from toolkit.nlp.lexicon import (FAC_HEADS, LOC_HEADS, NAME_LABELS, NAME_PARTICLES, ORG_HEADS, ORG_WORDS,
                                 SURNAME_HEADS, TITLE_WORDS)
from toolkit.nlp.lookups import span_text
from toolkit.nlp.mistags import english_words
from toolkit.nlp.missed import is_numbered_conference
from toolkit.nlp.surfaces import is_state_or_country


def relabel_mended_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with their labels corrected, in order; the spans that are no entity dropped.

    Args:
        doc: The parsed ``Doc`` the spans belong to.
        spans: The model's spans with their boundaries mended, in document order.

    Returns:
        A network's programme relabelled a work, an outlet one tells a body, a law, a body, a day, a measure or a
        people the model called a person or a place relabelled, a title run into a country or a courtesy title
        into a body mended, and a place's police made a body.
    """
    spans = [Span(doc, e.start, e.end, label="WORK_OF_ART") if k and _show_after_network(e, spans[k - 1]) else e
             for k, e in enumerate(spans)]
    spans = [Span(doc, e.start, e.end, label="ORG") if _told_outlet(e) else e for e in spans]
    spans = [fixed for fixed in map(_not_a_person, spans) if fixed is not None]
    spans = [part for e in spans for part in _flight_apart(e)]
    spans = [_courtesy_titled(_initialled_person(_titled_country(_town_called_a_people(e)))) for e in spans]
    return [_place_police(e, spans[k + 1].start if k + 1 < len(spans) else len(doc)) for k, e in enumerate(spans)]


# The nouns before a number that names a flight or a road ("Flight 1282", "Route 1950"), and the label of the name.
_NUMBERED_NAME_NOUNS = {"flight": "EVENT", "route": "FAC", "highway": "FAC", "interstate": "FAC"}
# The labels the model gives an airline's flight by its number ("Lion Air Flight 610" ORG, "Flight 752" PRODUCT).
_FLIGHT_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW"})


# The verbs after which "in" names a tongue, not a place ("spoke in Tagalog", "wrote in Yiddish").
_TONGUE_VERBS = frozenset({"speak", "write", "say", "sing", "publish", "translate", "answer", "reply", "preach",
                           "broadcast", "print", "read", "address", "tweet", "post", "teach", "respond"})


def _town_called_a_people(span: Span) -> Span:
    """A town the model calls a people (NORP) after "in" of where something happened: "killed by police in
    Caloocan in 2017" (round wire41). One proper noun, no nation's adjective or people's word, nothing
    it qualifies after it, and no verb of speech or writing that "in" hangs from (a tongue: "spoke in Tagalog")."""
    doc = span.doc
    if span.label_ != "NORP" or len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ not in ("in", "near"):
        return span
    word, prep = span[0], doc[span.start - 1]
    if (people_adjective(word.text) or country_of_bare_adjective(word.text) or not word.is_title
            or word.pos_ != "PROPN" or word.dep_ != "pobj"
            or span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")
            or prep.head.lemma_.lower() in _TONGUE_VERBS or prep.head.pos_ not in ("VERB", "AUX")):
        return span
    return Span(doc, span.start, span.end, label="GPE")


def _flight_apart(span: Span) -> list[Span]:
    """A flight named by its airline and number ("from Lion Air Flight 610", ORG, round ent40a; "Ukraine
    International Airlines Flight 752", whose "Flight 752" the model calls a product) is the airline (ORG), named
    before "Flight", and the flight (EVENT, as "Flight 1282" above): a flight is a journey, neither a body nor a
    thing, and the airline is named in it. Only a capitalised "Flight" and a number that end the span."""
    if (span.label_ not in _FLIGHT_LABELS or len(span) < 2 or span[-2].text != "Flight"
            or not span[-1].text[:1].isdigit()):
        return [span]
    flight = Span(span.doc, span.end - 2, span.end, label="EVENT")
    if len(span) == 2:
        return [flight]
    return [Span(span.doc, span.start, span.end - 2, label="ORG"), flight]


# The feast days and holidays the dates resolve by name ("Easter", "Christmas Day", "Thanksgiving").
_HOLIDAY_NAMES = frozenset(HOLIDAYS)
_WEEKDAYS = frozenset(WEEKDAYS)


def _show_after_network(span: Span, before: Span | None) -> bool:
    """"on CNBC’s Squawk Box", "joined Fox News’ Special Report": the programme of a network
    (an organisation with a possessive, after "on" or "joined"), not a person."""
    doc = span.doc
    return (before is not None and before.label_ == "ORG" and span.start == before.end + 1
            and doc[before.end].tag_ == "POS" and before.start > 0
            and doc[before.start - 1].lower_ in ("on", "joined", "joins", "join", "appeared", "told", "to")
            and not _told_host(span, doc[before.start - 1]))


# Words of programmes' names ("Special Report", "This Week", "Morning Joe"), which no host's name holds.
_PROGRAMME_WORDS = frozenset("""report week nation press news show tonight today morning evening night hour minutes
    box sunday live daily special politics update world sources room edition briefing""".split())


def _told_host(span: Span, verb) -> bool:
    """"Greenblatt told CNN’s Jake Tapper": one tells a person, so a name the model calls a person after "told"
    or "to" and a network's possessive is its host, unless a word of it names a programme ("told ABC’s This
    Week") or it runs in lower case ("Meet the Press")."""
    return (span.label_ == "PERSON" and verb.lower_ in ("told", "to") and 2 <= len(span) <= 3
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span)
            and not any(t.lower_ in _PROGRAMME_WORDS for t in span))


def _told_outlet(span: Span) -> bool:
    """"Kupor told The Daily Wire in an interview": what one tells is a person or a body, never a work, so the
    object of "tell" that the model calls a work is an outlet; not a programme ("told The Daily Show")."""
    if span.label_ != "WORK_OF_ART":
        return False  # (before the root, which spaCy finds anew on each read)
    root = span.root
    return (root.dep_ == "dobj" and root.head.lemma_ == "tell"
            and all(t.is_title for t in span if t.is_alpha) and span[-1].lower_ not in _PROGRAMME_WORDS)


def _place_police(span: Span, limit: int) -> Span:
    """"Northamptonshire police", "Paris police said": a place's police force is a body, named by
    the place and the word "police" even in lower case."""
    if span.label_ == "GPE" and span.end < limit and span.doc[span.end].lower_ == "police":
        return Span(span.doc, span.start, span.end + 1, label="ORG")
    return span


# The nouns of criminal bodies, which end their names ("the Sinaloa Cartel") or follow them ("the Tren de Aragua gang").
_GANG_HEADS = frozenset({"gang", "cartel"})


# The labels of names, and of laws, products and works, whose digits the model may misread.
_NAMES_LAWS_AND_WORKS = NAME_LABELS | {"LAW", "PRODUCT", "WORK_OF_ART"}


# Courtesy titles, with or without the full stop (British papers write "Mr Zelenskiy").
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms."})


def _titled_country(span: Span) -> Span:
    """"Captain America and Tony Stark" (a caption, round ent37): a country's name the model calls a person, right
    after a capitalised title word, is one name with the title (a character's, a pageant's: "Captain America",
    "Miss America"); no person is called by a country's name, and the country is no part of the story."""
    doc, start = span.doc, span.start
    if (span.label_ == "PERSON" and start >= 1 and doc[start - 1].is_title
            and doc[start - 1].lower_.strip(".") in TITLE_WORDS and is_state_or_country(span.text)):
        return Span(doc, start - 1, span.end, label="PERSON")
    return span


def _courtesy_titled(span: Span) -> Span:
    """A surname behind a courtesy title that the model ran into one body or place with it ("Mr Zelenskiy" ORG,
    the Irish Times, round wire34a): the surname alone, a person; a courtesy title is only ever a person's."""
    if (span.label_ in ("ORG", "GPE", "NORP") and 2 <= len(span) <= 3 and span[0].lower_ in _COURTESY
            and all(t.is_title and t.is_alpha for t in span[1:])
            and not {t.lower_ for t in span[1:]} & (ORG_HEADS | ORG_WORDS | LOC_HEADS | FAC_HEADS)):
        return Span(span.doc, span.start + 1, span.end, label="PERSON")
    return span


def _initialled_person(span: Span) -> Span:
    """A person written by two spaced initials and a surname ("a classmate of J. D. Vance's", a magazine's style,
    round wire34a) that the model called a body or a place: the surname no head of a body's name ("A. P. Moller" is
    a firm's founder too, and stays as the model reads it only where its last word is a body's)."""
    end = span.end - (len(span) == 4 and span[-1].tag_ == "POS")  # "of J. D. Vance's"
    if (span.label_ in ("ORG", "GPE", "NORP") and end - span.start == 3
            and all(re.fullmatch(r"[A-Z]\.", t.text) for t in span[:2])
            and span[0].whitespace_ and span[1].whitespace_ and span[2].is_title and span[2].is_alpha
            and span[2].lower_ not in ORG_HEADS | ORG_WORDS | LOC_HEADS | FAC_HEADS):
        return Span(span.doc, span.start, end, label="PERSON")
    return span


# A day of a month, written with or without its ordinal's letters ("4", "4th", "21st").
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")

# A temperature written with its scale's letter ("1.5C", "40C", "104F", "2°C").
_TEMPERATURE = re.compile(r"-?\d+(?:\.\d+)?°?[CF]")


def _office_of_a_body(span: Span) -> bool:
    """Whether a one-word "person" is an office held in a body, written "<Office> of the <body>" ("the former
    Democratic Dean of the House of Representatives", "Speaker of the House"): no person is named by one word and
    "of the" and a body; not a word some person of the text bears as a name ("Howard Dean … Dean of the …")."""
    doc = span.doc
    if not (span.label_ == "PERSON" and len(span) == 1 and span.end + 2 < len(doc) and doc[span.end].lower_ == "of"
            and doc[span.end + 1].lower_ == "the" and doc[span.end + 2].ent_type_ == "ORG" and span.start > 0
            and doc[span.start - 1].pos_ != "PROPN"):
        return False
    word = span[0].text
    return not any(t.text == word and t.i != span.start and (t.i > 0 and doc[t.i - 1].pos_ == "PROPN"
                                                             or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                   for t in doc)


# The kinds of a vote that end its name ("the California Primary", "the Iowa Caucuses"): no person's last word.
_VOTE_HEADS = frozenset({"primary", "primaries", "caucus", "caucuses", "election", "elections", "referendum",
                         "runoff", "plebiscite"})


# A sum in a currency written by its letters before the number: the rand's "R" with a scale ("R75-billion", "R1.2
# trillion"), or the rupee's, the taka's, the ringgit's or the shilling's letters ("Rs 500", "Tk 3.52 crore"), alone
# or as a range ("It cost around Rs.30-Rs.40", "Rs 30-40").
_SCALE = r"(?:[- ]?(?:billion|million|trillion|bn|mn|m|crore|lakh))"
_ONE_AMOUNT = rf"(?:R ?\d[\d,.]*{_SCALE}|(?:Rs\.?|Tk|RM|KSh) ?\d[\d,.]*{_SCALE}?)"
_CURRENCY_AMOUNT = re.compile(rf"{_ONE_AMOUNT}(?: ?[-–] ?(?:{_ONE_AMOUNT}|\d[\d,.]*{_SCALE}?))?")


def _award_title(span: Span) -> bool:
    """A one-word "person" that is a capitalised English noun opening an award's or a rank's name of "of the" and
    another capitalised English word in no entity ("Player of the Tournament", "Player of the Match"); a surname
    that is an English word goes on with a body ("Baker of the BBC"), and a title ("Prince of Wales") is left."""
    doc, end = span.doc, span.end
    if len(span) != 1 or end + 2 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
        return False
    word, kind = span[0], doc[end + 2]
    english = english_words(doc.vocab)
    return (word.is_title and word.lower_ in english and word.lower_ not in TITLE_WORDS and kind.is_title
            and kind.is_alpha and kind.lower_ in english and not kind.ent_type_
            and (end + 3 >= len(doc) or not doc[end + 3].is_title))


def _not_a_person(span: Span) -> Span | None:
    """A "person" that cannot be one: a law ("Order 14066", "Emergencies Act") becomes LAW; a body's name
    run on over the title held there before its holder ("… Police Chief Johnny Jennings") the body;
    a transcript's stage direction ("(Laughs.)") is no entity."""
    text = span_text(span)  # (read once: spaCy joins it anew from the tokens on each read)
    if (span.label_ in NAME_LABELS and text == "Super" and span.end < len(span.doc)
            and span.doc[span.end].lower_ in _WEEKDAYS):
        return None  # "in the Super Tuesday contests" ("Super" GPE, round wire35c): the day US states vote together
        # in primaries, a day (the weekday is dated), no place
    if span.label_ in ("GPE", "LOC", "ORG", "FAC") and text.lower() in _HOLIDAY_NAMES:
        return Span(span.doc, span.start, span.end, label="DATE")  # "to form a government by Easter" (LOC, round
        # wire35c): a feast day named alone is a day (the timeline dates it), no place
    if (span.label_ == "DATE" and len(span) == 2 and span[0].lower_ in _NUMBERED_NAME_NOUNS and span[0].is_title
            and span[1].is_digit):
        return Span(span.doc, span.start, span.end, label=_NUMBERED_NAME_NOUNS[span[0].lower_])  # "during Alaska
        # Airlines Flight 1282" (DATE, round wire37): a flight or a road named by its number, whose digits the model
        # read as a year, is no date
    if _office_of_a_body(span):
        return None  # "earning him the distinction of Dean of the House of Representatives" (PERSON, round ent36c)
    if span.label_ == "PERSON" and len(span) >= 3 and text.lower() in _HOLIDAY_NAMES:
        return Span(span.doc, span.start, span.end, label="DATE")  # "fighting for Martin Luther King Jr. Day to be a
        # federal holiday" (PERSON, round ent36c): a holiday named after a person is a day, not the person
    if span.label_ in ("GPE", "LOC") and len(span) == 1 and span[0].tag_ == "JJ":
        return Span(span.doc, span.start, span.end, label="NORP")  # "Ukrainian" is no place
    if (span.label_ == "PERSON" and len(span) == 1 and span.root.dep_ in ("amod", "compound")
            and span.root.head.pos_ == "NOUN" and span.root.head.is_lower and span.root.head.i > span.start
            and (nationality_adjective(text)
                 or (country_of_bare_adjective(text) and span.root.lower_ in english_words(span.doc.vocab)))):
        return Span(span.doc, span.start, span.end, label="NORP")  # "his Slovak counterpart": a nationality
    if span.label_ in ("PERSON", "FAC") and len(span) >= 2 and span[-1].lower_ in _GANG_HEADS:
        # "an MS-13 gang member", "the notorious 18th Street Gang": a gang or a cartel is a body, its name the
        # words before the noun written small, or the whole name when the noun is capitalised
        end = span.end if span[-1].is_title else span.end - 1
        return Span(span.doc, span.start, end, label="ORG")
    if (span.label_ in _NAMES_LAWS_AND_WORKS or span.label_ == "EVENT") and _CURRENCY_AMOUNT.fullmatch(text):
        return Span(span.doc, span.start, span.end, label="MONEY")  # "find R75-billion over the medium term" (LAW,
        # round wire41): a sum in a currency written by its letters before the number, as South African and South
        # Asian papers write the rand, the rupee and the taka
    if span.label_ in NAME_LABELS and len(span) == 1 and _TEMPERATURE.fullmatch(text):
        return Span(span.doc, span.start, span.end, label="QUANTITY")  # "a single year above 1.5C does not mean"
        # (ORG, round wire35e): British and climate news write degrees Celsius or Fahrenheit as a letter after the
        # number, a measure, no name
    if span.label_ in _NAMES_LAWS_AND_WORKS and len(span) <= 2 \
            and is_numbered_conference(text):
        return Span(span.doc, span.start, span.end, label="EVENT")  # "the COP29 climate summit" (PERSON, then LAW by
        # its digits; round wire35e): a UN Conference of the Parties by its number, a gathering
    if span.label_ != "PERSON":
        return span
    if ends_in_legal_form(span):
        return Span(span.doc, span.start, span.end, label="ORG")  # "Germany's Uniper SE signed" (PERSON, round
        # wire37): a name ending in a firm's legal form is the firm's
    doc = span.doc
    words = [t for t in span if not t.is_punct]
    if len(words) == 2 and words[0].lower_.rstrip(".") in MONTHS and _DAY.fullmatch(words[1].text):
        return Span(doc, span.start, span.end, label="DATE")  # "June 4th, 2024" under a writer's name, which the
        # model ran into the name over the line's end (round wire40): a day of a month, no law for its digits
    if any(t.like_num or any(c.isdigit() for c in t.text) for t in span) or span[-1].lower_ == "act":
        return Span(doc, span.start, span.end, label="LAW")
    if _award_title(span):
        return None  # "Ravindra was named Player of the Tournament" (PERSON, round wire41): an award's name, no one
    last = span[-1].lower_
    if len(span) >= 3 and span[0].lower_ not in NAME_PARTICLES and span[0].text in known_states_and_countries() \
            and span[1].is_title and not (span.start > 0 and doc[span.start - 1].lower_.strip(".") in TITLE_WORDS):
        return Span(doc, span.start, span.end, label="ORG")  # "Montana Native Vote": a body named after its state
    if len(span) >= 2 and last in ORG_HEADS and last not in SURNAME_HEADS and span[-1].is_title:
        return Span(doc, span.start, span.end, label="ORG")  # "Air Force", "Mobile Police Agency"
    if (len(span) >= 2 and last in _VOTE_HEADS and span[-1].is_title
            and is_known_place(span[:-1].text, cities=True)):
        return Span(doc, span.start, span.end, label="EVENT")  # "won the American Independent Party's California
        # Primary in March" (round ent37b): a vote named by its place and its kind is an event, no person
    if (len(span) >= 3 and span[-1].is_title and last.strip(".") in TITLE_WORDS and span[-2].is_title
            and span[-2].lower_ in ORG_HEADS and span[-2].lower_ not in SURNAME_HEADS
            and span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ == "PROPN"):
        # "Charlotte Mecklenburg Police Chief Johnny Jennings": a body's name, ending in its head, then the title
        # held there and the holder's name; the body is what stands before the title, which is no name
        return Span(doc, span.start, span.end - 1, label="ORG")
    if len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "(" and (
            span.end < len(doc) and doc[span.end].text in (".", ")")):
        return None
    return span
