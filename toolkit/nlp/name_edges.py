"""Words at the edges of a name that the small model gets wrong: a hyphenated syllable, a preposition and an
adjective after it, a label or an address beside it.

Chinese and Korean given names are written with a hyphen between their syllables, the second in lower case
("Wong Yeung-tat", "Kim Jong-un"); the model sometimes ends the person's name at the hyphen ("Wong Yeung").
:func:`given_names_at_hyphens` takes the syllable back into the name. And the model may run a name on over a
preposition into the people's adjective of the noun after it ("against Scientology on French television"):
:func:`adjectives_after_prepositions` cuts it there. A political camp's words at a name's edge ("pro-Beijing",
"Republican Senate") are :mod:`toolkit.nlp.party_words`'. A preposition spelt as a participle that opens a
sentence, capitalised there, is no name's first word ("Following Gigante's conviction, prosecutors said …"):
:func:`prepositions_off_names` leaves it out.

Example:
    >>> doc = nlp("Protesters gathered outside the home of Wong Yeung-tat on Sunday.")
    >>> [e.text for e in doc.ents], [e.text for e in given_names_at_hyphens(list(doc.ents))]  # doctest: +SKIP
    (['Wong Yeung', 'Sunday'], ['Wong Yeung-tat', 'Sunday'])
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.boundaries import is_person_role
from toolkit.nlp.deverbal import DEVERBAL_PREPOSITIONS
from toolkit.nlp.legal_suffixes import ends_in_legal_form
from toolkit.nlp.gazetteer import is_known_place, known_countries
from toolkit.nlp.lexicon import FAC_HEADS, HYPHENS, NAME_LABELS, NOT_NAME_WORDS, ORG_HEADS, TITLE_WORDS
from toolkit.nlp.lookups import doc_text, span_text
from toolkit.nlp.mistags import english_words

def given_names_at_hyphens(ents: list[Span]) -> list[Span]:
    """The people's names that end right before a hyphen and a lower-case syllable, with no space between ("Wong
    Yeung" of "Wong Yeung-tat"), taking the syllable in; the syllable must be in no entity, end a word and make no
    adjective of the name ("a Taylor Swift-themed dance class")."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        if ((ent.label_ == "PERSON" or _korean_name_read_as_a_place(ent)) and len(ent) >= 2 and end + 1 < len(doc)
                and doc[end].text in HYPHENS
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha
                and doc[end + 1].is_lower and not doc[end + 1].ent_type_ and not _adjective_maker(doc[end + 1])
                and (k + 1 == len(ents) or ents[k + 1].start > end + 1)
                and (end + 2 == len(doc) or doc[end + 1].whitespace_ or not doc[end + 2].is_alpha)):
            ent = Span(doc, ent.start, end + 2, label="PERSON")
        out.append(ent)
    return out


def prepositions_off_names(ents: list[Span]) -> list[Span]:
    """The names of two words or more that open with a preposition spelt as a participle ("Following", "Regarding",
    "Including": :data:`~toolkit.nlp.deverbal.DEVERBAL_PREPOSITIONS`), without it: the model takes the word a
    sentence opens with, capitalised, for the name's first ("Following Gigante" PERSON). "Given" is left alone
    (a given name's word in some languages, and a surname)."""
    out: list[Span] = []
    for ent in ents:
        first = ent[0].lower_
        if len(ent) >= 2 and first in DEVERBAL_PREPOSITIONS and first != "given" and ent[0].text[:1].isupper():
            ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _linked_end(doc, end: int) -> int | None:
    """Where a name written on by a linking syllable ends: "-e-Azam" after "Faruk", "-ul-Haq" after "Zia" (a
    hyphen, a syllable of one to three small letters, a hyphen and a capitalised word, no space about them), or
    None. An office's compound is no such name: "Commander-in-Chief", "Secretary-of-State" end in a title's word."""
    if (end + 3 < len(doc) and doc[end].text in HYPHENS and doc[end + 2].text in HYPHENS
            and not any(doc[k].whitespace_ for k in range(end - 1, end + 3))
            and doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1]) <= 3
            and doc[end + 3].is_alpha and doc[end + 3].is_title and doc[end + 3].lower_ not in TITLE_WORDS):
        return end + 4
    return None


def names_at_linking_syllables(ents: list[Span]) -> list[Span]:
    """A name of the Persian and Urdu pattern, two words joined by a linking syllable ("Faruk-e-Azam", "Zia-ul-Haq",
    "Jaish-e-Mohammed"), which the tokenizer splits at the hyphens and the model tags only in part ("Faruk" GPE,
    round wire41): the name runs on to the capitalised word after the syllable. A one-word place is no first part of
    such a name, so a place's label the model gave the first word alone goes for a person's when a person's role
    follows the name in apposition ("Faruk-e-Azam, adviser to the ministry"); otherwise the model's label stays."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        end = _linked_end(doc, ent.end)
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if end is None or end > limit or ent.label_ not in NAME_LABELS:
            out.append(ent)
            continue
        label = ent.label_
        if (label in ("GPE", "LOC", "FAC", "NORP") and len(ent) == 1 and end + 2 < len(doc)
                and doc[end].text == "," and (is_person_role(doc[end + 1].text, doc[end + 1].lemma_)
                                              or doc[end + 1].lower_ in TITLE_WORDS)):
            label = "PERSON"
        out.append(Span(doc, ent.start, end, label=label))
    return out


def surnames_at_hyphens(ents: list[Span]) -> list[Span]:
    """A person's name and a double-barrelled surname right after it that the model tagged apart, as a body or a
    place ("Professor Jane Naana" + "Opoku-Agyemang", round wire39): two capitalised words joined by a hyphen, with
    no space about it, straight after the name (one space between) are its surname; a known place on either side of
    the hyphen ("Austria-Hungary", "Baden-Württemberg") or an acronym is left alone."""
    if len(ents) < 2:
        return ents
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        doc = ent.doc
        if (prev is not None and prev.label_ == "PERSON" and 1 <= len(prev) <= 3 and ent.start == prev.end
                and len(ent) == 3 and ent.label_ in ("ORG", "GPE", "NORP", "LOC") and doc[ent.start + 1].text in HYPHENS
                and not doc[ent.start].whitespace_ and not doc[ent.start + 1].whitespace_
                and doc[prev.end - 1].whitespace_ == " "
                and all(doc[i].is_title and doc[i].is_alpha and len(doc[i]) > 2 for i in (ent.start, ent.start + 2))
                and not any(is_known_place(doc[i].text, cities=True) for i in (ent.start, ent.start + 2))
                and not is_known_place(ent.text, cities=True)):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


# Words a hyphen joins to a name to make an adjective of it ("a Taylor Swift-themed dance class", "a Trump-style
# rally", round wire35b; "Saudi-led", "Hong Kong-born"), which no given name's syllable is.
_ADJECTIVE_MAKERS = frozenset({"style", "like", "era", "esque", "led", "born", "made", "run", "built", "wide", "bound",
                               "based", "backed"})


def _korean_name_read_as_a_place(ent: Span) -> bool:
    """A family name and the first syllable of a given name, two capitalised words the model called a place or a
    body, that are no known place and stand right before a hyphen and a short lower-case syllable ("Hong Sang" of
    "Hong Sang-soo", GPE, round wire39): the rest of the given name, as :func:`given_names_at_hyphens` takes it in."""
    doc, end = ent.doc, ent.end
    return (ent.label_ in ("GPE", "ORG") and len(ent) == 2 and end + 1 < len(doc) and len(doc[end + 1]) <= 4
            and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent)
            and not is_known_place(ent.text, cities=True) and not is_known_place(ent[0].text, cities=True))


def _adjective_maker(token) -> bool:
    """Whether a lower-case word after a name's hyphen makes an adjective of the name: a participle in "-ed"
    ("-themed", "-backed", "-inspired") or a word of the kind of :data:`_ADJECTIVE_MAKERS`."""
    return token.lower_ in _ADJECTIVE_MAKERS or len(token) > 3 and token.lower_.endswith("ed")


# Prepositions that place a thing in a medium or a place, never inside a name before a people's adjective.
_PLACING = frozenset({"on", "in", "at"})


def adjectives_after_prepositions(ents: list[Span]) -> list[Span]:
    """The names that the model ran on over a preposition into the adjective of the noun after them ("against
    Scientology on French television" → "Scientology" + "French"), cut before the preposition; the adjective,
    capitalised, is a people's (NORP). A name's own "on" ("Council on Foreign Relations") ends in a noun."""
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC") and len(ent) >= 3 and end < len(doc)
                and ent[-2].lower_ in _PLACING and ent[-2].is_lower and ent[-1].tag_ == "JJ" and ent[-1].is_title
                and doc[end].is_lower and doc[end].pos_ == "NOUN" and ent[-3].text[:1].isupper()):
            out += [Span(doc, ent.start, end - 2, label=ent.label_), Span(doc, end - 1, end, label="NORP")]
            continue
        out.append(ent)
    return out


# The nouns of roads that close an address after a building's name ("… Church on Harper Road").
_ROAD_NOUNS = frozenset({"street", "road", "avenue", "boulevard", "lane", "drive", "highway", "st", "rd", "ave",
                         "blvd"})


def addresses_off_buildings(ents: list[Span]) -> list[Span]:
    """A building's name and the road it stands on, which the model ran into one name ("the Penteli Children's
    Hospital on Ippokratous Street"): English gives the address after "on"; a name whose word before "on" is a
    building's head and whose last word is a road's noun is two, the building and the road (both FAC). A name's own
    "on" before no road ("Council on Foreign Relations") is left, and so is a body's head before it ("the Calvary
    Temple Church on Harper Road", round wire35b; "Washington's private Metropolitan Club on H Street", UNER, whose
    club the vote would make a body where the gold has a place)."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        ons = ([t.i for t in ent if t.lower_ == "on" and t.is_lower and ent.start < t.i < ent.end - 2]
               if "on" in span_text(ent) else [])
        if (len(ons) == 1 and ent.label_ in ("FAC", "ORG", "GPE", "LOC") and ent[-1].lower_.strip(".") in _ROAD_NOUNS
                and ent[-1].is_title and doc[ons[0] - 1].is_title
                and doc[ons[0] - 1].lower_ in FAC_HEADS and doc[ons[0] - 1].lower_ not in ORG_HEADS
                and all(t.is_title for t in doc[ons[0] + 1 : ent.end])):
            # (a building given its address: both parts are buildings, whatever the model called the whole)
            out += [Span(doc, ent.start, ons[0], label="FAC"), Span(doc, ons[0] + 1, ent.end, label="FAC")]
            continue
        out.append(ent)
    return out


# The last words of firms' names ("PSA Airlines", "Acme Group", "Duke Energy Corp."), before which a "for" opens no
# part of the name: a firm works for another, and is not named for a field as a society or a center is.
_FIRM_TAILS = frozenset({"air", "airlines", "airways", "aviation", "motors", "group", "holdings", "corp", "co",
                         "corporation", "company", "inc", "ltd", "llc", "plc", "bank", "energy"})


def names_apart_at_for_the(ents: list[Span]) -> list[Span]:
    """Two names the model ran together over a lower-case "for" before a capital "The" ("was leaving Blues
    Incorporated for The Rolling Stones" → "Blues Incorporated" + "The Rolling Stones"), cut apart, each with the
    label: a name's own "for" takes a lower-case "the" after it ("the Society for the Protection of Birds"). A
    work's title is left whole ("Music for The Masses"). And a body run on over "for" into a firm that ends in its
    legal form ("operated by PSA Airlines for American Airlines Group Inc." → "PSA Airlines" + "American Airlines
    Group Inc."; round wire37): a firm's legal form ends its own name, which no "for" of another body opens."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP") and len(ent) >= 4:
            cut = next((i for i in range(ent.start + 1, ent.end - 2)
                        if ent.doc[i].lower_ == "for" and ent.doc[i].is_lower and ent.doc[i + 1].text == "The"
                        and ent.doc[i - 1].text[:1].isupper() and ent.doc[i + 2].text[:1].isupper()), None)
            if cut is None and ent.label_ == "ORG" and ends_in_legal_form(ent):
                cut = next((i for i in range(ent.start + 2, ent.end - 2)
                            if ent.doc[i].lower_ == "for" and ent.doc[i].is_lower
                            and ent.doc[i - 1].lower_.rstrip(".") in _FIRM_TAILS and ent.doc[i - 1].is_title
                            and ent.doc[i + 1].is_title), None)  # (not "The Center for Biological Diversity Inc.")
            if cut is not None:
                out += [Span(ent.doc, ent.start, cut, label=ent.label_), Span(ent.doc, cut + 1, ent.end, label=ent.label_)]
                continue
            cut = _venue_for_named_event(ent)
            if cut is not None:
                out += [Span(ent.doc, ent.start, cut, label="FAC"), Span(ent.doc, cut + 1, ent.end, label=ent.label_)]
                continue
        out.append(ent)
    return out


# The head words of venues, which "for" and the name of what is held there may follow ("the Toronto Congress Centre
# for Anime North"). (Until session 47 a set of another name's venues further down bore the same name and hid this
# one, so "hall" and "grounds" were not read.)
_HOST_VENUE_HEADS = frozenset({"centre", "center", "arena", "stadium", "hall", "grounds", "field", "park", "dome",
                               "amphitheatre", "amphitheater"})


def _venue_for_named_event(ent: Span) -> int | None:
    """Where a venue's name ends before "for" and the name of an event held there that the document names again
    alone ("descended on the Toronto Congress Centre for Anime North" … "your favourite part of Anime North", round
    ent37b): the venue is a site of its own; a centre named by its purpose ("the Center for Disease Control") has no
    such name apart."""
    doc = ent.doc
    cut = next((i for i in range(ent.start + 2, ent.end - 1) if doc[i].lower_ == "for" and doc[i].is_lower), None)
    if cut is None or not (doc[cut - 1].is_title and doc[cut - 1].lower_ in _HOST_VENUE_HEADS):
        return None
    if cut - (ent.start + (ent[0].lower_ == "the")) < 2:
        return None  # "the Center for Biological Diversity": a venue's name has a word of its own before its head
    event = doc[cut + 1 : ent.end]
    if len(event) < 2 or not all(t.is_title or not t.is_alpha for t in event) or event[0].lower_ == "the":
        return None  # (one word after "for" is the centre's field: "the Federal Center for Neurosurgery" beside "the
        # department of Neurosurgery")
    text = doc_text(doc)
    alone = [m for m in re.finditer(re.escape(event.text), text) if not text[: m.start()].endswith("for ")]
    return cut if alone else None


def peoples_of_two_words_before_titles(ents: list[Span]) -> list[Span]:
    """A people's adjective of two words before a title, which the model calls a person or a body, is the people
    (NORP): "Sri Lankan President Ranil Wickremesinghe" → "Sri Lankan"; also "South African", "South Korean",
    "Costa Rican" (round wire38). The adjective is the country's name and an "n" (a country the gazetteer knows), and
    a title word follows it."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in ("PERSON", "ORG") and len(ent) == 2 and ent.end < len(doc) and ent.text.endswith("n")
                and doc[ent.end].lower_.rstrip(".") in TITLE_WORDS and doc[ent.end].is_title
                and ent.text[:-1].lower() in known_countries()):
            ent = Span(doc, ent.start, ent.end, label="NORP")
        out.append(ent)
    return out


def capital_all_before_names(ents: list[Span]) -> list[Span]:
    """The names with a capitalised "All" in front taken into them: "at All Saints Catholic High School", "the All
    India Radio", "the All Blacks". In the middle of a sentence English writes "all" in lower case unless it opens a
    name; the model leaves it out ("Saints Catholic High School" ORG). Not a person's name, and not at a sentence's
    start, where every word is capitalised."""
    out = []
    for ent in ents:
        doc = ent.doc
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (before is not None and before.text == "All" and not before.is_sent_start and ent.label_ != "PERSON"
                and (ent.start < 2 or doc[ent.start - 2].ent_iob_ in ("O", "") or doc[ent.start - 2].is_punct)
                and all(e.end <= before.i or e.start >= ent.start for e in ents if e is not ent)):
            out.append(Span(doc, ent.start - 1, ent.end, label=ent.label_))
        else:
            out.append(ent)
    return out


def bodies_opened_after_articles(ents: list[Span]) -> list[Span]:
    """A body's name whose first capitalised words the model left outside it, between "the" and the rest: "linked to
    the Jamaah Ansharut Daulah network" ("Ansharut Daulah" alone, round ent40a). Names of other languages open with
    words the small model does not know as a name's; English writes every word of a name capitalised, and a
    capitalised proper noun that the parser compounds onto the name (or onto the noun after it), with "the" before
    the whole, is a word of the name. Up to three words, none of them another entity's, a title ("the President
    Trump Organization" is none), a known place ("the Texas Rangers" keeps its place apart here) or a sentence's
    first word."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        start, floor = ent.start, out[-1].end if out else 0
        if ent.label_ == "ORG":
            while (start - 1 > floor and ent.start - start < 3 and _free_name_word(doc[start - 1])
                   and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i <= ent.end):
                start -= 1
            if start < ent.start and doc[start - 1].lower_ == "the":
                ent = Span(doc, start, ent.end, label="ORG")
        out.append(ent)
    return out


def _free_name_word(token) -> bool:
    """Whether a word may open a body's name the model cut: a capitalised proper noun of letters, no title, no known
    place, no sentence's first word."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and len(token) > 1
            and not token.is_sent_start and token.lower_ not in TITLE_WORDS and token.lower_ not in NOT_NAME_WORDS
            and not is_known_place(token.text))


def names_off_next_line_labels(ents: list[Span]) -> list[Span]:
    """Cut a name that the model ran over a line's end into the label opening the next line ("… on Truth
    Social⏎VERDICT: MISLEADING" → "Truth Social", round wire34c): a word in capitals before a colon at a line's
    start is a label of the page (a fact check's verdict, a form's field), no part of the name above it. A name
    wrapped over a line's end with no colon after ("Joint Base⏎Andrews said") is left whole.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    changed = False
    for e in ents:
        doc = e.doc
        breaks = [t.i for t in e if t.is_space and "\n" in t.text] if "\n" in span_text(e) else []
        if len(breaks) == 1 and e.end < len(doc) and doc[e.end].text == ":" and breaks[0] > e.start \
                and all(t.is_upper and t.is_alpha for t in doc[breaks[0] + 1:e.end]):
            out.append(Span(doc, e.start, breaks[0], label=e.label_))
            changed = True
        elif _lone_line_label(e):
            changed = True  # the label alone, when the name above was already cut at the line's end
        else:
            out.append(e)
    return out if changed else ents


# Labels of a line-opening name that may head a turn or a section of its own: a speaker, a place, a people.
_LABELLED_PARTIES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def _lone_line_label(e: Span) -> bool:
    """A common word in capitals alone at a line's start before a colon ("VERDICT: MISLEADING"), not a person
    (a transcript's "PUTIN:" labels a speaker) nor a place (a travel guide's "UK: Applying for the visa …"), and no
    acronym ("UK", "EU": words of four letters or more)."""
    doc = e.doc
    return (e.label_ not in _LABELLED_PARTIES and all(len(t) >= 4 for t in e) and e.start > 0 and doc[e.start - 1].is_space and "\n" in doc[e.start - 1].text
            and e.end < len(doc) and doc[e.end].text == ":" and all(t.is_upper and t.is_alpha for t in e)
            and all(t.lower_ in english_words(doc.vocab) for t in e))


# The continents and world regions a body's name may end in after "in" ("the Organization for Security and
# Co-operation in Europe", "the Council for Security Cooperation in the Asia Pacific"), "the" left out.
_CONTINENTS = frozenset({"europe", "asia", "africa", "americas", "latin america", "asia pacific", "asia-pacific",
                         "pacific", "middle east", "oceania", "caribbean"})
# The words inside a body's name that open its field ("for Security", "on Human Rights").
_FIELD_OPENERS = frozenset({"for", "on"})


def bodies_over_in_continents(ents: list[Span]) -> list[Span]:
    """A body's name that the model ended before "in" and a continent, where its field ends it ("The Organization
    for Security and Co-operation" ORG + "Europe" LOC; round wire37): a body named for a field ("for …", "on …")
    over a world region carries the region in its name after "in", and the name ends in the field's capitalised
    noun, no head word of a body. One body (ORG) to the region's end; a town after "in" ("… Clean Air in
    Helsinki", the body's seat) is left."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc, end = ent.doc, ent.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (ent.label_ == "ORG" and nxt is not None and nxt.label_ in ("LOC", "GPE") and end + 1 == nxt.start
                and doc[end].lower_ == "in" and _capitalised_last(ent) and ent[-1].lower_ not in ORG_HEADS
                and any(t.lower_ in _FIELD_OPENERS for t in ent[1:-1])
                and " ".join(t.lower_ for t in nxt if t.lower_ != "the") in _CONTINENTS):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            k += 2
            continue
        out.append(ent)
        k += 1
    return out


def _capitalised_last(ent: Span) -> bool:
    """Whether a name's last word is capitalised, a hyphenated word by its first part ("Co-operation")."""
    return ent[-1].is_title or (len(ent) >= 3 and ent[-2].text in HYPHENS and not ent[-2].whitespace_
                                and ent[-3].is_title and ent[-1].is_alpha)


# The capitalised words that open a numbered street's name after its ordinal ("14th Street", "42nd Avenue").
_NUMBERED_ROADS = frozenset({"street", "avenue", "road"})
_ORDINAL_DIGITS = re.compile(r"\d+(?:st|nd|rd|th)")
# The words before a numbered street or what is named after it: the article, prepositions of place and way.
_BEFORE_STREETS = frozenset({"the", "on", "at", "near", "along", "off", "from", "to", "of", "in", "up", "down",
                             "across", "via", "past", "onto", "into"})


def ordinals_of_streets(ents: list[Span]) -> list[Span]:
    """A name the model opened at a numbered street's noun, its ordinal tagged apart or left out ("near the 14th
    Street Bridge": "14th" ORDINAL + "Street Bridge" EVENT; round wire37): American cities number their streets
    and avenues, and what is named after one carries the ordinal ("the 14th Street Bridge", "the 2nd Street Band").
    The ordinal in digits joins the name; a name ending in a building's head word is that building (FAC), any other
    keeps its label."""
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if (out and ent.label_ in NAME_LABELS | {"EVENT", "PRODUCT", "WORK_OF_ART"} and start >= 1
                and ent[0].lower_ in _NUMBERED_ROADS and ent[0].is_title
                and _ORDINAL_DIGITS.fullmatch(doc[start - 1].text) and doc[start - 1].whitespace_
                and start >= 2 and doc[start - 2].lower_ in _BEFORE_STREETS  # (not "finished 4th Street Fighter")
                and out[-1].start == start - 1 and out[-1].end == start and out[-1].label_ == "ORDINAL"):
            label = "FAC" if ent[-1].lower_ in FAC_HEADS else ent.label_
            out[-1] = Span(doc, start - 1, ent.end, label=label)
            continue
        out.append(ent)
    return out


# The head words of venues that firms buy the name of ("Crypto.com Arena", "Booking.com Stadium").
_VENUE_HEADS = frozenset({"arena", "stadium", "center", "centre", "field", "park", "dome", "amphitheatre",
                          "amphitheater"})


def venues_named_by_domains(ents: list[Span]) -> list[Span]:
    """A firm's web address before a venue's head word, the two tagged apart ("outside Crypto.com Arena":
    "Crypto.com" ORG + "Arena" PERSON; round wire37): a venue whose naming rights a web firm bought is named by
    the firm's address and its head word, one site (FAC). Only an address with a dot inside one token and a head
    word right after it."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if ent.start == skip:
            continue
        doc, end = ent.doc, ent.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (ent.label_ == "ORG" and len(ent) == 1 and _DOMAIN.fullmatch(ent.text) and end < len(doc)
                and doc[end].lower_ in _VENUE_HEADS and doc[end].is_title and ent[0].whitespace_
                and (nxt is None or nxt.start > end or (nxt.start == end and nxt.end == end + 1))):
            out.append(Span(doc, ent.start, end + 1, label="FAC"))
            skip = end
            continue
        out.append(ent)
    return out


_DOMAIN = re.compile(r"[A-Za-z0-9-]+\.(?:com|net|org|io|co)")


def places_joined_by_and(ents: list[Span]) -> list[Span]:
    """Two places the model ran into one name over "and" ("Feni, Cumilla and Noakhali are among the worst-hit
    districts": "Cumilla and Noakhali" ORG, round wire41), split into two places (GPE) when one of them is a place
    (GPE) the text names alone elsewhere; a country so named is one place ("Trinidad and Tobago"), and a firm's
    name of two surnames ("Procter and Gamble") names no place alone.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    places = {e.text for e in ents if e.label_ == "GPE" and len(e) == 1}
    if not places:
        return ents
    out: list[Span] = []
    for e in ents:
        if (e.label_ != "GPE" and len(e) == 3 and e[1].lower_ == "and"
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in (e[0], e[2]))
                and (e[0].text in places or e[2].text in places) and not is_known_place(e.text)):
            out += [Span(e.doc, e.start, e.start + 1, label="GPE"), Span(e.doc, e.end - 1, e.end, label="GPE")]
            continue
        out.append(e)
    return out
