"""Entity mentions: the names of a parsed ``Doc``, trimmed, keyed and with their context.

:func:`mentions` reads ``doc.ents`` (after :func:`~toolkit.nlp.repairs.repair_entities`),
drops what is no name (stage directions, legal citations, time zones, lone title words, a
word the text also writes in lower case) and notes the evidence the set-wide vote weighs:
a title in front, a place preposition, a place after a comma, a medium.

Example:
    >>> [m.key for m in mentions(nlp("President Trump’s envoy met Putin."))]   # doctest: +SKIP
    ['trump', 'putin']
"""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_right
from typing import Iterable, Iterator

from spacy.attrs import IS_LOWER, ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.initials import is_acronym, one_title_word, spelt_by_prefixes
from toolkit.nlp.kind_places import TERRITORY_HEADS
from toolkit.nlp.acronyms import bracket_acronyms
from toolkit.nlp.bracketed_short_forms import defined_at
from toolkit.nlp.couples import couple_surname
from toolkit.nlp.capitals import (adjective_opening_a_sentence, common_noun_opening_a_list, plural_opening_a_sentence,
                                  singular_noun_opening_a_sentence)
from toolkit.nlp.rubrics import in_pointer_line, in_question_heading, rubric_label
from toolkit.nlp.wire_credits import in_agency_note
from toolkit.nlp.run_in_heads import names_nobody as heads_name_nobody
from toolkit.nlp.evidence import evidence
from toolkit.nlp.place_readings import hyphenated_seat
from toolkit.nlp.legislatures import is_bare_legislature
from toolkit.nlp.lexicon import (ENTITY_LABELS, KIND_NOUNS, NAME_LABELS, NOT_NAME_WORDS, ORG_HEADS, PERSON_TITLES,
                                 PLACE_LABELS, TITLE_WORDS)
from toolkit.nlp.lookups import doc_text, sentence_starts, span_text
from toolkit.nlp.mistags import english_words
from toolkit.nlp.heavens import is_sky_designation
from toolkit.nlp.hyphen_pairs import is_hyphenated_people, is_pair_of_towns, places_in_pair
from toolkit.nlp.owners import owned_name, people_of
from toolkit.nlp.pictographs import is_pictograph, opens_after_bullet
from toolkit.nlp.services import lone_armed_service
from toolkit.nlp.district_codes import district_code
from toolkit.nlp.state_codes import codes_of_towns
from toolkit.nlp.surfaces import Mention, mention_key
from toolkit.nlp.numbered_names import is_route_name, is_site_designation
from toolkit.nlp.titles import title_of
from toolkit.nlp.tickers import ticker_after_exchange
from toolkit.nlp.pronoun_sexes import sexes_by_pronoun
from toolkit.nlp.results import side_of_a_result

# Transcript stage directions that the model takes for names.
_STAGE_DIRECTIONS = frozenset({"laughter", "applause", "crosstalk", "inaudible", "cheers", "booing", "music"})
# Citations of laws and rules ("CFR 146.43", "Sec. 1701", "50 U.S.C. 1701") are not names.
_LEGAL_REFERENCE = re.compile(r"\b\d+\.\d+\b|^(?:sec|section|cfr|u\.s\.c|usc|title|part|subpart|§)\b|\bu\.s\.c\b|§")


def mentions(doc: Doc, *, labels: Iterable[str] = ENTITY_LABELS) -> Iterator[Mention]:
    """Yield the entity mentions of a parsed document.

    Args:
        doc: a spaCy ``Doc`` with NER.
        labels: the entity labels to keep.

    Example:
        >>> [m.key for m in mentions(nlp("President Trump’s envoy met Putin."))]   # doctest: +SKIP
        ['trump', 'putin']
    """
    found = list(_mentions(doc, frozenset(labels)))
    return iter(_with_sexes(doc, found) if any(m.label == "PERSON" for m in found) else found)


def _with_sexes(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The mentions, a full name's with the sex a "he"/"she" after its sentence shows (:func:`sexes_by_pronoun`)."""
    starts = sentence_starts(doc)
    first_of = {doc[i].idx: i for i in starts}  # a sentence's first character, its first token
    named: dict[int, set[str]] = {}
    for m in found:
        if m.label == "PERSON" and m.sent_start in first_of:
            named.setdefault(first_of[m.sent_start], set()).add(m.key)
    sexes = sexes_by_pronoun(doc, named, starts)
    if not sexes:
        return found
    return [replace(m, sex=sexes[m.key]) if m.label == "PERSON" and " " in m.key and m.key in sexes else m
            for m in found]


def _mentions(doc: Doc, labels: frozenset[str]) -> Iterator[Mention]:
    """The mentions of :func:`mentions`, in the order of the entities."""
    lower_words = None
    people = None  # the persons of the text, found once when a name holds a possessive
    starts = sentence_starts(doc)  # the sentences, found once, not once per entity (Span.sent)
    bounds: dict[int, tuple[int, int]] = {}
    defined = None  # the acronyms defined in brackets ("(WHO)"), found once, when a shouted word is in lower case too
    codes = None  # the state codes that place a town in this text ("Joplin, MO"), found once, when a code is named
    n = len(doc)
    body_before = (-1, "", "")  # the last body's name yielded: the token after it, its key, its initials
    bodies_ending: dict[int, str] = {}  # the key of each body's name yielded, by the token after it
    for ent in doc.ents:
        label = ent.label_
        if label not in labels or _is_title_fragment(ent, label):
            continue
        k = bisect_right(starts, ent.start) - 1
        sent_start, sent_end = starts[k], starts[k + 1] if k + 1 < len(starts) else n
        span = _trim_span(ent, sent_start)
        if span is None:
            continue
        if len(span) > 2 and any(t.tag_ == "POS" for t in span[1:-1]):
            if people is None:
                people = people_of(doc)
            span = owned_name(span, people)  # "Trump's State Department": the department, not its owner
        if span.end - span.start > 1 and span.end < n and doc[span.end].text == ":" and span[-1].text in _CAPTION_WORDS:
            span = span[:-1]  # "… Washington D.C. Image: Nick Moreau": a caption's credit, not the name
        surface = span_text(span)  # (a span joins its words anew on each read: sliced from the text joined once)
        text = surface.strip(_FORMAT_MARKS)  # "Daily Xtra\u200d's": an invisible joiner is no part of a name
        key = mention_key(text, label)
        if label == "PERSON" and len(span) == 1 and span.end + 2 < n and doc[span.end].lower_ in ("and", "&"):
            surname = couple_surname(span)  # "Mark and Patricia McCloskey": Mark McCloskey
            if surname:
                key = mention_key(f"{text} {surname}", label)
        state = False
        if len(text) == 2 and text.isupper() and label in ("GPE", "ORG", "PERSON", "LOC", "NORP"):
            if codes is None:
                codes = codes_of_towns(doc)
            if text in codes:  # "(Attleboro, MA)", "in NJ" in a text that places towns by code: the state
                key, state = mention_key(codes[text], "GPE"), True
        if (body_before[0] == span.start - 1 and label == "ORG" and _bracketed_acronym(span, text, body_before[1])
                and not (text in body_before[2] and text != body_before[2])):
            # "the Islamic State (ISIS)": the short form of the body right before it; not the initials of a name
            # inside it ("the Parliament of New South Wales (NSW)": the state)
            key = body_before[1]
        if label == "ORG" and span.start - 3 in bodies_ending and ticker_after_exchange(span):
            key = bodies_ending[span.start - 3]  # "AbbVie (NYSE: ABBV)": the ticker is the firm's (round wire38)
        if len(span) == 1 and label in NAME_LABELS and _EXIT_BLEND.match(text):
            # "the judicial ruling on Brexit": a blend of a country and "exit" names the leaving, an event, no
            # place (the model's GPE), body or person
            label, key = "EVENT", mention_key(text, "EVENT")
        if (not key or not any(c.isalpha() for c in key) or key in _STAGE_DIRECTIONS
                or key.strip(".") in PERSON_TITLES
                or (_LEGAL_REFERENCE.search(key) and not (label == "PRODUCT" and span[0].is_title and span[0].is_alpha))
                or _is_junk(span, text, key, label)):  # (a product's version inside its name is no section: "Gemini
            # 2.0 Flash Thinking"; a measure the model calls a product is no name either, "0.7 M☉")
            continue
        if span.end - span.start == 1 and not state and not is_bare_legislature(span[0]) and (
                text.isupper() and len(text) > 2 or span[0].is_sent_start or opens_after_bullet(span[0], sent_start)
                or span[0].pos_ != "PROPN"
                or (span.start > 0 and doc[span.start - 1].is_punct and doc[span.start - 1].text in "“\"(")):
            # A shouted common word ("END", "MONTH"), or one capitalised only because it opens a
            # sentence ("Volunteer organization …") or that the tagger reads as a common noun:
            # the text also has it in lower case. Not a legislature named bare ("Parliament is to remain
            # out-of-session" beside "suspend parliament"): a singular common noun would need a determiner.
            if lower_words is None:  # the lower-case words of the text, found in numpy, once
                rows = doc.to_array([ORTH, IS_LOWER])
                lower_words = set(rows[rows[:, 1] == 1, 0].tolist())
            if plural_opening_a_sentence(span, label):
                continue  # "Photographs showed the aircraft": a common noun's plural, capitalised where it stands
            if singular_noun_opening_a_sentence(span, label):
                continue  # "Turnout was about 60%": a common noun, capitalised where it opens a sentence
            if common_noun_opening_a_list(span, label):
                continue  # "Emphasis, fine irony, blunt innuendos and …": a common noun heading a list of others
            if adjective_opening_a_sentence(span, label):
                continue  # "Lunar landers and other gear …": an adjective, capitalised where it opens a sentence
            if doc.vocab.strings[text.lower()] in lower_words:  # a hash; nothing added to the vocab
                if not (text.isupper() and label == "ORG"):
                    continue
                if defined is None:  # the acronyms the text defines in brackets, found once, when needed
                    defined = bracket_acronyms(doc)
                if text not in defined:  # "the World Health Organization (WHO)" … "per WHO guidelines"
                    continue
        if label == "PERSON" and all(t.lower_.strip(".") in NOT_NAME_WORDS for t in span):
            continue  # "Department Spokesperson": a title with no name
        if k not in bounds:
            last = doc[sent_end - 1]
            bounds[k] = (doc[sent_start].idx, last.idx + len(last.text))
        if (_HYPHENED.match(text) and span.root.dep_ in ("compound", "amod") and span.root.head.pos_ == "NOUN"
                and text.split("-")[0].lower() not in _ARABIC_ARTICLES  # "an Al-Qaeda suicide attack": one name
                and not (label == "ORG" and span.root.head.lower_ in _BODY_STAFF  # "A Harley-Davidson spokeswoman"
                         and not places_in_pair(span))  # (but "a U.S.-China official": two countries)
                and not (label == "ORG" and KIND_NOUNS.get(span.root.head.lower_) == "ORG"
                         and not places_in_pair(span))  # "the Coca-Cola corporation": the body its kind noun names
                and not (label == "NORP" and is_hyphenated_people(text))  # "African-American residents": one people
                and not hyphenated_seat(span)):  # "Manurewa-Papakura councillor Angela Dalton": a ward, one place
            for part, first, last, part_label in places_in_pair(span):  # but "the U.S.-Mexican border" names two
                if part_label in labels:
                    yield Mention(part, part_label, first, last, *bounds[k], mention_key(part, part_label), None)
            continue  # "the Lifestyle-Religion category", "U.S.-China talks": a modifier built of two words
        if label == "GPE" and _HYPHENED_PLACES.match(text) and span.root.dep_ in ("compound", "amod"):
            parts = places_in_pair(span)  # "the U.S.-United Kingdom TPD": two countries, one of two words
            if parts:
                for part, first, last, part_label in parts:
                    yield Mention(part, part_label, first, last, *bounds[k], mention_key(part, part_label), None)
                continue
        if (label in ("ORG", "NORP") and span.start > 0 and doc[span.start - 1].lower_ in ("in", "near")
                and _HYPHENED.match(text) and is_pair_of_towns(text)):
            # "a rescue organization in Kitchener-Waterloo, Ontario": two towns grown into one, where something is,
            # one place (the index would drop a body of two places' names as "U.S.-China")
            label, key = "GPE", mention_key(text, "GPE")
        start_char = span.start_char + surface.index(text)
        if label == "ORG" and " " in key and (span.start == 0 or doc[span.start - 1].text != ","):
            # (not a name that the model cut at a comma: "United Nations Educational, Scientific and Cultural
            # Organization (UNESCO)", of which "Scientific and Cultural Organization" is no short form's name)
            body_before = (span.end, key, "".join(t.text[0] for t in span if t.text[:1].isupper()))
        if label == "ORG":
            bodies_ending[span.end] = key
        yield Mention(text, label, start_char, start_char + len(text), *bounds[k], key,
                      evidence(span, sent_start, sent_end), title_of(span, sent_start))


def _bracketed_acronym(span: Span, text: str, body: str = "") -> bool:
    """Whether a name is an acronym in brackets ("(DLR)", "(GFT)"): what news writes right after a body's long name
    is that body's short form, whether its letters spell the name ("the World Health Organization (WHO)"), spell
    it in another language ("the German Aerospace Center (DLR)", "The Georgian Tennis Federation (GFT)") or not at
    all ("the Islamic State (ISIS)"), or is a short form the text then uses as the body's name ("the California
    Department of Forestry and Fire Protection (CalFire)", :mod:`~toolkit.nlp.bracketed_short_forms`)."""
    doc = span.doc
    if not (len(span) == 1 and span.start > 0 and doc[span.start - 1].text == "(" and span.end < len(doc)
            and doc[span.end].text == ")"):
        return False
    if is_acronym(text) or (bool(body) and one_title_word(text) and spelt_by_prefixes(text.lower(), body.split())):
        return True  # "(WHO)", "(PG&E)"; "(Phivolcs)"
    pair = defined_at(span[0])  # "(CalFire)", a short form of another make (bracketed_short_forms.py)
    return pair is not None and pair.at == span.start and not pair.initials



# Zero-width characters some pages leave in their text (joiners, marks), which belong to no name.
_FORMAT_MARKS = "\u200b\u200c\u200d\u2060\ufeff"
# The Arabic article, which opens a name with a hyphen ("Al-Qaeda", "Al-Shabaab", "El-Sisi"): such a name is one,
# not two names joined ("U.S.-China talks").
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "an", "az"})
_HYPHENED = re.compile(r"^[A-Z][^\s–-]*[–-][A-Z][^\s–-]*$")
# Two places joined by a hyphen, the second of two words or more ("U.S.-United Kingdom", "U.S.-South Korea").
_HYPHENED_PLACES = re.compile(r"^[A-Z][^\s–-]*[–-][A-Z][^\s–-]*(?: [A-Z][^\s–-]*)+$")
# Time zones, which the model takes for organisations or people ("at 9:54 a.m. ET"; "CT" and "MT" left out:
# Connecticut's and Montana's codes).
_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
                         "AEST", "AEDT", "JST", "IST", "HKT", "MSK", "ET", "PT"})
# A clock's hour ("4:00", "7", "11.30") and the half of the day written after it in capitals ("A.M.", "PM").
_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d\d)?$")
_MERIDIEMS = frozenset({"AM", "PM"})
# A pronoun and its contraction written as one word, the apostrophe a turned comma or another quotation mark that the
# tokenizer does not split at ("I‘m beyond grateful", "I‘ve", "We‘re"): a clause's subject and verb, no name.
_CONTRACTED_PRONOUN = re.compile(r"^(?:I|[Yy]ou|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)[‘’'`´](?:m|re|ve|ll|d|s)$")
# The last words of the categories of film, music and stage awards ("Best Actor", "Best Supporting Actress",
# "Best Original Screenplay", "Best New Artist"), a closed class: after "Best" they name an award, no body.
_AWARD_NOUNS = frozenset("""actor actress director picture film documentary album song screenplay score artist
    performance feature""".split())
# Words that end a photo caption's credit line ("Image: …", "Photo: …").
_CAPTION_WORDS = frozenset({"Image", "Photo", "Photograph", "Picture", "Credit", "File", "Video"})
# Words that, standing alone, are the remains of a title or a department ("Affairs", "Security").
_GENERIC_NAME_WORDS = frozenset("""affairs security intelligence development defense defence health energy state
    interior justice education agriculture transportation veterans housing urban finance
    communications staff chief minority majority whip national foreign homeland government""".split())


_LONE_JUNK = _GENERIC_NAME_WORDS | ORG_HEADS
# The roles a broadcast transcript writes in capitals after a speaker's name in a turn's label.
_TURN_ROLES = frozenset({"host", "byline", "anchor", "correspondent", "guest", "reporter", "interpreter", "translator",
                         "moderator", "panelist", "caller", "co-host"})
# Modal verbs that are no names' words ("Will", "May" and "Can" are given names, surnames or a month).
_MODALS = frozenset({"should", "could", "would", "must", "might", "shall"})


# Those who speak or work for a body, named after it ("A Harley-Davidson spokeswoman said", "Rolls-Royce
# executives"): only one body has them, so a hyphenated name before them is one body's, not two names paired as in
# "the Trump-Ukraine call" (a closed class of staff nouns).
_BODY_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "executive", "executives",
                         "employee", "employees", "official", "officials", "representative", "representatives"})
# A country's leaving a union, named by a blend of the country's name and "exit" ("Brexit", "Grexit", "Frexit",
# "Megxit"): what happens (EVENT), not a place or a body; the pattern is the word-formation, not a list of its words.
_EXIT_BLEND = re.compile(r"^[A-Z][a-z]{1,6}xit$")


# One word with a letter in an editor's brackets: "[I]t", "I]t" (the model's span may begin after the "[").
_EDITED_WORD = re.compile(r"\[?[A-Za-z]\][a-z]*['’]?s?$")


def _alone_on_its_line(span: Span) -> bool:
    """Whether a span is the whole of its line (a break or the text's edge on both sides)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is None or "\n" in before.text or "\n" in before.whitespace_) and (
        after is None or "\n" in after.text or "\n" in span[-1].whitespace_)


# A file's name: a word and the extension of a picture's, a document's or a page's file ("Outlook.jpg").
_FILE_NAME = re.compile(r"^[\w-]+\.(?:jpe?g|png|gif|bmp|tiff?|pdf|docx?|xlsx?|pptx?|txt|html?|zip|mp[34])$", re.I)


def _named_after_numbered(span: Span) -> bool:
    """Whether a building's name of three words or more holds a number inside, after a capitalised word, and ends
    in a capitalised word of letters: a site named after something numbered ("the Area 51 Alien Center tourist
    attraction", "the Route 66 Museum", round ent41a), not a time or a measure, which end in their numbers or
    units."""
    words = [t for t in span if t.text.lower() != "the"]
    return (len(words) >= 3 and words[0].is_title and words[-1].is_title and words[-1].is_alpha
            and any(t.like_num for t in words[1:-1]))


def _is_junk(span: Span, text: str, key: str, label: str) -> bool:
    """Not a name: no capital letter at all ("valorem" of "ad valorem", "eastern"), one letter
    ("s" of a split possessive), or a lone generic word left from a title ("Affairs")."""
    if not any(c.isupper() for c in text) and not text.startswith("@"):
        return True
    if "]" in text and _EDITED_WORD.match(text):
        return True  # "\"[I]t's still not full marriage rights\"": a quotation's first word whose letter an editor
        # bracketed (round entities54), no name
    lowered = text.lower()  # (a modal's word in a Token's lower case is in the name's too: looked for there first)
    if any(m in lowered for m in _MODALS) and any(t.tag_ == "MD" and t.lower_ in _MODALS for t in span):
        return True  # "Falling Oil Prices Should Mean Cheaper Fuel": a headline in capitals holds a clause, no name
    if text in _TIME_ZONES or (label in PLACE_LABELS and any(c.isdigit() for c in text)
                               and not (label == "FAC" and len(words := text.split()) >= 2
                                        and is_site_designation(words[-1]) and words[0][:1].isupper())
                               and not (label == "LOC" and is_sky_designation(text))  # "K2-33b", a planet; "HR 6819", a star
                               and not (label == "FAC" and is_route_name(text))  # "I-40", "U.S. 19/23" (round wire37b)
                               and not (label == "FAC" and _named_after_numbered(span))  # "the Area 51 Alien Center"
                               and not (label == "GPE" and len(span) == 1 and district_code(span[0]))  # "(MI-05)"
                               and not (label == "GPE" and len(span) == 2 and span[0].text in TERRITORY_HEADS
                                        and span[1].text.isdigit())):  # "Region 11" (round entities56)
        return True  # "15:11 GMT"; a place has no digits in its name ("IE9" is a browser), a road
        # or a pier may end in its number ("Interstate 80", "Pier 39")
    if text.replace(".", "") in _MERIDIEMS and span.start > 0 and _CLOCK.match(span.doc[span.start - 1].text):
        return True  # "at 4:00 A.M. local time", "7 PM": the time's half of the day, in capitals
    if len(span) == 1 and len(text) >= 4 and text.isupper() and span[0].tag_ in ("VBZ", "VBD") \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in span[0].children):
        return True  # "it ABSTAINS from adjudicating this dispute": a verb in capitals for weight, with its subject
        # (an acronym the tagger reads as a verb is a subject itself, "IS claimed", and has none)
    if len(span) == 1 and len(text) >= 5 and text.isupper() and text.endswith("LY") \
            and span[0].lower_ in english_words(span.doc.vocab):
        return True  # "urged Ukraine to accept the offer “IMMEDIATELY.”": an adverb in capitals for weight, no name
    if len(span) == 1 and (span[0].is_title or span[0].is_upper and not is_acronym(text)) and _alone_on_its_line(span) \
            and span[0].lower_ in english_words(span.doc.vocab) and not is_known_place(text):
        # (also in capitals: Semafor's "NOTABLE", round wire34a)
        return True  # "Background" ⏎ "Since February 2022 the EU …": a section's heading of one common word, no name
    if text in ("AI", "A.I.") and len(span) == 1:
        return True  # "its artificial intelligence chips", "AI infrastructure spending": the field's short form
        # (a common noun), never a name alone; firms named with it hold more words ("OpenAI", "Scale AI")
    if text == "FILE" and span.end < len(span.doc) and span.doc[span.end].text in ("-", "—", "–") \
            and (span.start == 0 or "\n" in span.doc[span.start - 1].text or span[0].is_sent_start):
        return True  # "FILE - Kash Patel testifies …": the wire's mark of a picture from its files, opening a caption
    if (text.isupper() and text.lower() in _TURN_ROLES and span.end < len(span.doc) and span.doc[span.end].text == ":"
            and span.start > 0 and span.doc[span.start - 1].text == ","):
        return True  # "MARY LOUISE KELLY, HOST:", "JOANNA KAKISSIS, BYLINE:": a broadcast transcript's role, no body
    if ("://" in text and any("://" in t.text for t in span)) or _FILE_NAME.match(text):
        return True  # "Me and the Web http://maartenvt.blogspot.com/ Arts", "Outlook.jpg": a web address run into
        # capitalised words, a file's name: no name of anyone (round uner41)
    if in_question_heading(doc_text(span.doc), span.start_char):
        return True  # "What People Are Saying": an explainer's section heading, no name
    if text.isupper() and in_agency_note(doc_text(span.doc), span.start_char):
        return True  # "(ATTN: ADDS comments …)", "(END)": an agency's note to its editors (round wire34a), no body
    if label != "GPE" and in_pointer_line(doc_text(span.doc), span.start_char):
        return True  # "Read More: Trump Gives Putin 50 Days …": another page's title (its places stay: no title case
        # garbles a country)
    if span.end < len(span.doc) and span.doc[span.end].text == ":" and rubric_label(text) and (
            span.start == 0 or "\n" in span.doc[span.start - 1].text or span.doc[span.start - 1].text in ("-", "•", "*")):
        return True  # "Scoop: Witkoff and Kushner …", "Photo: Office of the President": a line's rubric, no name
    if span.doc[span.end - 1].is_upper and heads_name_nobody(doc_text(span.doc), span.start_char, span.end_char):
        return True  # "MERZ IN CHARGE: German Chancellor …", "BIRTHDAYS: No one …": a paragraph's run-in head, no name
    if _in_section_heading(span):
        return True  # "Sec. 9. General Provisions. (a) Nothing in this order …": a section's title, no name
    if len(span) >= 2 and span[0].text == "Best" and span[-1].lower_ in _AWARD_NOUNS and label != "PERSON":
        return True  # "he was named Best Actor": an award's category, no body
    if len(span) == 1 and _CONTRACTED_PRONOUN.match(text):
        return True  # "I‘m beyond grateful": a pronoun and its verb, which the model calls a person or a body
    if label not in ("PERSON", "GPE", "LOC", "NORP") and span.start > 0 and span.doc[span.start - 1].text == "#" \
            and not span.doc[span.start - 1].whitespace_:
        return True  # "#DemDebate", "#WrongTrump": a hashtag of a topic labels posts and names no body; a person's
        # or a place's is kept ("RIP #Imus", "new #US blockade measure")
    words = text.split()
    if any(w == "the" for w in words[1:-1]) and not any(w in ("of", "and", "for", "on", "&") for w in words) \
            and not (label == "ORG" and any(t.tag_ == "IN" and t.is_title for t in span[1:-1])):
        # "Rathbun the Scientology": two names run together across "the"; a body named for its cause
        # holds a capitalised preposition before it ("Iraq Veterans Against the War")
        return True
    words = key.split()
    if len(words) == 1 and words[0] in ORG_HEADS and span.start > 0 and span.doc[span.start - 1].text == "The" \
            and not span.doc[span.start - 1].is_sent_start:
        return False  # "according to The Times": a capital "The" inside a sentence makes it a name
    if lone_armed_service(span, text):
        return False  # "a former Army colonel", "Four Navy ships": the country's service
    if len(span) == 1 and is_bare_legislature(span[0]):
        return False  # "dissolving Parliament": a legislature named bare (toolkit.nlp.legislatures)
    if label == "ORG" and key == "x" and text.rstrip(".") == "X":
        return False  # "a post on X": the service of one letter (toolkit.nlp.missed.media_after_on)
    if len(words) == 1 and words[0] in ORG_HEADS and label == "ORG" and side_of_a_result(span):
        return False  # "University knocked of Noosa 32–22": a club named by a body's head word, a side of a result
    return len(key.replace(".", "")) < 2 or (len(words) == 1 and words[0] in _LONE_JUNK)


# The opening of a numbered section's heading in a law or an order up to a name: "Sec. 5. Monitoring and ",
# "Section 2. " (then capitalised words, and the small words of titles).
_SECTION_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:Sec\.|Section|SEC\.|SECTION)[ \t]*\d+[A-Za-z]?\.[ \t]+"
                              r"(?:(?:[A-Z][\w’'-]*,?|and|of|the|for|to|on|in|or|&)[ \t]+)*$")


def _in_section_heading(span: Span) -> bool:
    """Whether a name stands in the title of a numbered section of a law or an executive order, the title closed
    by a full stop ("Sec. 5. Monitoring and Recommendations."): the title's capitalised words are no names."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "." or span.start_char < 5:
        return False
    before = doc_text(doc)[max(0, span.start_char - 120):span.start_char]
    return _SECTION_HEADING.search(before) is not None


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# The forms of address of monarchs, princes, prelates and envoys ("Her Majesty", "His Royal Highness", "His
# Excellency"), a closed class: before a name no part of it, alone no name ("advice to Her Majesty").
_HONORIFICS = frozenset({"Majesty", "Highness", "Excellency", "Holiness", "Eminence", "Lordship",
                         "Ladyship", "Majesty's", "Majesty’s"})


def _after_a_dated_dash(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens the entry of a dated line, after its date and a dash ("Aug. 8 — The White House
    announces …", a timeline's line): the entry's first word is capitalised as a sentence's is."""
    if i < 2 or doc[i - 1].text not in ("—", "–", "-"):
        return False
    k = i - 2
    while k >= 0 and "\n" not in doc[k].text and doc[k].ent_type_ in ("DATE", "TIME"):
        k -= 1
    return k < i - 2 and (k < 0 or "\n" in doc[k].text or doc[k].is_space)


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line token ``i`` is on."""
    k = i
    while k > 0 and "\n" not in doc[k - 1].text:
        k -= 1
    return k


def _after_an_entry_mark(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a sentence after a mark the sentence splitter does not end one at (round wire37b):
    a dateline's dash ("GREENE COUNTY, Tenn. — The Tennessee Valley Authority said"), a list item's dash at a
    line's start ("- The Blue Ridge Parkway remains closed") or a run-in label's colon ("Forecast: The National
    Weather Service says"); its first word is capitalised as a sentence's is."""
    if i < 1:
        return False
    mark, first = doc[i - 1].text, _line_start(doc, i)
    if mark in ("-", "•", "*"):
        return first == i - 1
    if mark == ":":
        return first == i - 2 and doc[first].is_title and doc[first].is_alpha
    if mark in ("—", "–"):
        return first < i - 1 and doc[first].is_upper and doc[first].is_alpha and len(doc[first]) >= 3 \
            and doc[i - 2].text != "'s"
    return False


def _trim_span(ent: Span, sent_start: int) -> Span | None:
    """Drop leading determiners (articles, demonstratives written small)/quotes and a trailing possessive token from an
    entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end:
        token = doc[start]
        if not (token.is_punct or token.lower_ in ("the", "a", "an") or token.text in _DEMONSTRATIVES
                or is_pictograph(token.text) or token.text in _HONORIFICS
                or token.text == "Royal" and start + 1 < end and doc[start + 1].text in _HONORIFICS):
            break  # (a pictograph opening a line is its bullet: "💰 Tax refunds …"; "Emperor of these United
            # States": a demonstrative written small is no part of a name)
        if token.text == "The" and start != sent_start and end - start > 2 and not _after_a_dated_dash(doc, start) \
                and not _after_an_entry_mark(doc, start):
            break  # "The New York Times" mid-sentence keeps its article (not "Aug. 8 — The White House announces")
        start += 1
    while end > start:
        token = doc[end - 1]
        if not (token.is_punct or token.tag_ == "POS") or (token.text == ")" and end - 2 >= start
                                                           and "(" in doc[end - 2].text[1:]):
            break  # (the bracket closing one glued inside the name is the name's: "JD(U)", round wire38)
        end -= 1
    if end <= start:
        return None
    # (the trimmed span keeps the model's label, which the evidence rules read)
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label)





# Heads of the names of places of learning, whose fellows in a coordination are places of learning too.
_TITLES_AFTER = frozenset({"secretary", "minister", "professor"})


# The offices a person holds, whose word closes a title and never a body's name ("Russian Presidential Spokesman
# Dmitry Peskov"; a body's name ends in its own head word, "Office", "Ministry", "Council").
_OFFICE_WORDS = frozenset("""spokesman spokeswoman spokesperson president minister secretary adviser advisor envoy
    ambassador chancellor premier""".split())
# What an adviser gives advice on, which names the office before "Adviser" ("National Security Adviser Mike Waltz",
# "Chief Medical Adviser"), not the body that employs the adviser ("White House adviser", "Pentagon adviser").
_ADVISED_FIELDS = frozenset("""security economic economics science scientific medical legal policy climate health trade
    defense defence foreign energy financial military technology""".split())


def _title_before_a_name(span: Span) -> bool:
    """Whether a "body" is a person's title before the name: its last word is an office ("Russian Presidential
    Spokesman Dmitry Peskov"), or it is the field an adviser's office is named by ("National Security Advisor Mike
    Waltz"), with the person's name right after; its words are all title words (lexicon.TITLE_WORDS)."""
    doc = span.doc
    if not all(t.lower_ in TITLE_WORDS or t.lower_ in _ADVISED_FIELDS for t in span):
        return False
    after = span.end
    if span[-1].lower_ not in _OFFICE_WORDS:
        if not (span[-1].lower_ in _ADVISED_FIELDS and after < len(doc) and doc[after].lower_ in ("adviser", "advisor")):
            return False
        after += 1
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B"


def _is_title_fragment(span: Span, label: str) -> bool:
    """"State" in "Secretary of State", "Defense" in "Secretary of Defense" are not entities (a chamber is: "the
    Speaker of the House" names the House, over which the Speaker presides); nor
    are common words that the model takes for a body before a title ("Shadow Home Secretary",
    "Foreign Affairs minister", "Emeritus Professor"), unless they hold a body's head word
    ("State Department spokesperson", "Home Office minister")."""
    doc = span.doc
    if label == "ORG" and _title_before_a_name(span):
        return True
    if label == "ORG" and span.end < len(doc) and doc[span.end].lower_ in _TITLES_AFTER:
        english = english_words(doc.vocab)
        if english and all(t.is_title and t.lower_ in english and t.lower_ not in ORG_HEADS for t in span):
            return True
    if len(span) == 1 and span.start >= 2 and doc[span.start - 1].lower_ in ("of", "the"):
        window = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
        return any(w in ("secretary", "speaker", "minister", "department") for w in window) and span.text in (
            "State", "Defense", "Commerce", "Treasury", "Energy", "Interior", "Justice")
    return False

