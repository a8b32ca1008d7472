"""Names with a number in them that the model cuts or misses: military units, roads, branches, numbered sites.

A military unit is named by its ordinal ("the 158th Fighter Wing", "the 82nd Airborne Division"), a road by its
network and number ("U.S. Route 2", "I-40", "N.C. 9", "U.S. 19/23"), a union's branch by its number ("IAM District
751"), a hospital by its "No." ("City Hospital No. 1"), a site by its designation ("Launch Complex 39A"); a body's name
may hold a number ("The Lost 52 Project") and a yearly event a Roman numeral ("the Super Bowl LIX halftime show"). The model leaves the number out, tags it apart or labels the whole a
person. Each function takes the entities in document order and returns them mended, never two overlapping, as the
other span mends do (:mod:`~toolkit.nlp.span_mends`).

Example:
    >>> [(e.text, e.label_) for e in numbered_roads(list(doc.ents))]  # doctest: +SKIP
    [('U.S. Route 2', 'FAC')]
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.gazetteer import us_state_codes
from toolkit.nlp.lexicon import FAC_HEADS, HYPHENS, NOT_NAME_WORDS
from toolkit.nlp.lookups import indices_of, span_text


# The nouns that end a military unit's name after its ordinal (a closed class): "the 158th Fighter Wing", "the 82nd
# Airborne Division", "the 1st Marine Regiment", "the U.S. 5th Fleet".
_UNIT_NOUNS = frozenset({"wing", "squadron", "brigade", "division", "regiment", "battalion", "fleet", "corps",
                         "flotilla", "army"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_LONGEST_UNIT = 4  # words after the ordinal ("134th Expeditionary Fighter Squadron": three)
# The labels the model gives the parts of a unit's name ("82nd" ORDINAL + "Airborne Division" ORG).
_UNIT_PARTS = frozenset({"ORDINAL", "ORG", "PERSON", "NORP", "GPE", "FAC"})


def numbered_units(ents: list[Span]) -> list[Span]:
    """Make a military unit's ordinal and the capitalised words after it, ending in a unit's noun, one body (ORG):
    an untagged run ("deployed from the 158th Fighter Wing") or the model's ordinal and body apart ("82nd" ORDINAL
    + "Airborne Division" ORG). A name that runs past the words is left.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    added: list[Span] = []
    # (the units' nouns found in the Doc's array of lower-case forms: most texts name no unit)
    for noun in indices_of(doc, LOWER, _UNIT_NOUNS):
        if not doc[noun].is_title:
            continue
        start = noun
        while start > 1 and noun - start + 1 < _LONGEST_UNIT and doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        ordinal = start - 1
        if ordinal < 0 or not _ORDINAL.match(doc[ordinal].text) or (added and added[-1].end > ordinal):
            continue
        unit = Span(doc, ordinal, noun + 1, label="ORG")
        if any(e.start < unit.end and unit.start < e.end and (e.start < unit.start or e.end > unit.end
                                                              or e.label_ not in _UNIT_PARTS) for e in ents):
            continue  # a longer name of the model's ("the 134th Expeditionary Fighter Squadron"), or a date inside
        added.append(unit)
    if not added:
        return ents
    kept = [e for e in ents if not any(a.start <= e.start and e.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda e: e.start)


def numbers_inside_names(ents: list[Span]) -> list[Span]:
    """A body whose name has a number inside ("The Lost 52 Project announced …"), of which the model
    kept only the words after the number: a capitalised proper noun and a number (no date) right
    before the body, both bound to its head, belong to its name."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, start = ent.doc, ent.start
        if ent.label_ == "ORG" and start >= 2:
            number, word = doc[start - 1], doc[start - 2]
            if (number.text.isdigit() and number.ent_type_ in ("", "CARDINAL") and number.head == ent.root
                    and word.head == ent.root and word.pos_ == "PROPN" and word.is_title and word.is_alpha
                    and word.ent_type_ == "" and not word.is_sent_start
                    and word.lower_ not in NOT_NAME_WORDS
                    and (not out or out[-1].end <= start - 2 or (out[-1].start, out[-1].end) == (start - 1, start))):
                if out and out[-1].start == start - 1:
                    out.pop()  # the number the model took for an entity of its own
                ent = Span(doc, start - 2, ent.end, label="ORG")
        out.append(ent)
    return out


def numbered_after_no(ents: list[Span]) -> list[Span]:
    """A name the model cut at "No" before its number ("City Hospital No" + "1" of "City Hospital No. 1", round
    wire35b; a Russian or Indian hospital, school or court named by its number): the stop and the number belong to
    the name; the number tagged apart (CARDINAL) goes. A place the model cut so ("the Saitama No" LOC of "in the
    Saitama No. 14 district", Japan's constituencies, round wire40) is the place without the "No"."""
    out: list[Span] = []
    skip: set[int] = set()
    for ent in ents:
        doc, end = ent.doc, ent.end
        if ent.start in skip:
            continue  # the number, now in the name before it
        numbered = (len(ent) >= 2 and ent[-1].text == "No" and end + 1 < len(doc) and doc[end].text == "."
                    and not ent[-1].whitespace_ and doc[end + 1].text.isdigit())
        if numbered and ent.label_ in ("ORG", "FAC", "GPE"):
            ent = Span(doc, ent.start, end + 2, label=ent.label_)
            skip.add(end + 1)
        elif numbered and ent.label_ == "LOC" and ent[-2].is_title:
            ent = Span(doc, ent.start, end - 1, label="GPE")  # "in the Saitama No. 14 district" (round wire40): a
            # constituency named by its prefecture and its number; the prefecture is the place
        out.append(ent)
    return out


_ROMAN = re.compile(r"^(?=[IVXLC]{2,7}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _run_on_over_next_word(ents: list[Span], runs_on, label: str, *, labels: frozenset[str]) -> list[Span]:
    """Each entity that ``runs_on(entity, word)`` says goes on over the word right after it, run on over that word
    with ``label``; an entity the model gave that word alone is taken in (it was the name's last word), and the run
    is left when another entity overlaps the word. ``labels``: the entities' labels ``runs_on`` can say yes to (the
    others are passed by before their next word is read: a Token made per entity)."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc = ent.doc
        after = ent.end
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (ent.label_ in labels and after < len(doc) and runs_on(ent, doc[after])
                and (nxt is None or nxt.start > after or nxt.end == after + 1)):
            out.append(Span(doc, ent.start, after + 1, label=label))
            k += 2 if nxt is not None and nxt.start == after else 1
            continue
        out.append(ent)
        k += 1
    return out


def events_before_roman_numerals(ents: list[Span]) -> list[Span]:
    """An event the model cut before its Roman numeral, the numeral tagged apart or left out: "will headline the
    Super Bowl LIX halftime show" ("Super Bowl" EVENT + "LIX" ORG) → "Super Bowl LIX" EVENT. A yearly or numbered
    event (a Super Bowl, a WrestleMania, a council) carries its number in Roman numerals after its name, right after
    it; a numeral of one letter is left ("I", a pronoun)."""
    return _run_on_over_next_word(
        ents, lambda ent, word: ent.label_ == "EVENT" and ent[-1].whitespace_ == " " and bool(_ROMAN.match(word.text)),
        "EVENT", labels=frozenset({"EVENT"}))


# Words of roads' names that their number follows ("U.S. Route 2", "Highway 401", "State Route 9").
ROAD_WORDS = frozenset({"route", "highway", "interstate", "motorway", "freeway", "expressway"})


def numbered_roads(ents: list[Span]) -> list[Span]:
    """A road the model cut before its number ("U.S. Route" + "2"): the name runs on over the
    number, which is no entity of its own, and names a facility ("Route 2 miles" overlapping: left)."""
    return _run_on_over_next_word(
        ents, lambda ent, word: (ent.label_ in ("ORG", "FAC", "GPE", "LOC", "PERSON") and ent[-1].lower_ in ROAD_WORDS
                                 and ent[-1].is_title and word.text.isdigit() and bool(ent[-1].whitespace_)),
        "FAC", labels=frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON"}))


# A highway's number after its network, "U.S." or a state's dotted code, with the numbers of routes that share the road
# ("U.S. 19/23", "N.C. 9", "S.C. 11", "U.S. 25/70"): the convention of American regional and traffic copy.
_ROUTE_NUMBER = re.compile(r"\d{1,3}[A-Z]?(?:/\d{1,3}[A-Z]?)*")

_DOTTED_CODE = re.compile(r"(?:[A-Z]\.){2}")


# What may follow a route's number: a compass point ("N.C. 9 south of Black Mountain") or no noun at all; a noun or
# a number after it makes the number a count or an amount of the country ("U.S. 5 percent", "the U.S. 10-year").
_COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound"})


def _network_code(ent: Span) -> bool:
    """Whether an entity is "U.S." or a state's two-letter code with its dots ("N.C."), alone."""
    text = ent.text
    return len(ent) == 1 and (text == "U.S." or bool(_DOTTED_CODE.fullmatch(text))
                              and text.replace(".", "") in us_state_codes())


def routes_by_network_numbers(ents: list[Span]) -> list[Span]:
    """An Interstate by its letter and number is a road ("I-40" PRODUCT → FAC); a highway named by its network's code
    and its number, which the model reads as the country or the state and a count ("U.S. 19/23 is open north to Weaverville": "United States" GPE + "19/23" CARDINAL → "U.S. 19/23" FAC).

    The number must be a route's (up to three digits, routes sharing the road joined by a slash) and no noun or
    number may follow it, save a compass point: "U.S. 5 percent growth" and "the U.S. 10-year yield" are left.
    """
    def runs_on(ent: Span, word) -> bool:
        if ent.label_ not in ("GPE", "ORG", "LOC") or not _network_code(ent) or not bool(ent[-1].whitespace_):
            return False
        if not _ROUTE_NUMBER.fullmatch(word.text) or word.ent_type_ not in ("", "CARDINAL"):
            return False
        doc = ent.doc
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        return after is None or after.lower_ in _COMPASS_POINTS or (
            after.pos_ not in ("NOUN", "PROPN", "NUM", "SYM") and after.text not in HYPHENS and after.text != "%")
    return [Span(ent.doc, ent.start, ent.end, label="FAC")
            if ent.label_ != "FAC" and _INTERSTATE.fullmatch(span_text(ent)) else ent
            for ent in _run_on_over_next_word(ents, runs_on, "FAC", labels=frozenset({"GPE", "ORG", "LOC"}))]


# An Interstate by its letter and number ("I-40", "I-95"), which the model calls a product or a body: the road.
_INTERSTATE = re.compile(r"I-\d{1,3}")


def is_route_name(text: str) -> bool:
    """Whether a name is a highway's by its network and number ("I-40", "U.S. 19/23", "N.C. 9"): a place's name
    that may hold digits."""
    network, _, number = text.rpartition(" ")
    return bool(_INTERSTATE.fullmatch(text)) or bool(network) and (
        network == "U.S." or bool(_DOTTED_CODE.fullmatch(network))) and bool(_ROUTE_NUMBER.fullmatch(number))


# The nouns of a union's or an order's branch, which English names by a number after the noun ("Local 802",
# "International Association of Machinists and Aerospace Workers District 751", "Lodge 5").
_BRANCH_NOUNS = frozenset({"local", "district", "lodge"})


def numbered_branches(ents: list[Span]) -> list[Span]:
    """A union's branch the model cut before its number ("the International Association of Machinists and Aerospace
    Workers District" + "751", "IAM District" PRODUCT; round wire37): the body's name runs on over the number, which
    is no entity of its own (ORG). Only a body or a product the model ended in the branch's noun, capitalised: a
    place ("Hanoi's District 1", GPE) is left."""
    return _run_on_over_next_word(
        ents, lambda ent, word: (ent.label_ in ("ORG", "PRODUCT") and ent[-1].lower_ in _BRANCH_NOUNS
                                 and ent[-1].is_title and word.text.isdigit() and bool(ent[-1].whitespace_)
                                 and not any(t.tag_ == "POS" for t in ent)),  # ("Ho Chi Minh City's District 1")
        "ORG", labels=frozenset({"ORG", "PRODUCT"}))


# A site's designation after its kind: a number, or a number and a letter ("Launch Complex 39A", "Terminal 5").
_DESIGNATION = re.compile(r"^\d{1,4}[A-Z]?$")


def is_site_designation(word: str) -> bool:
    """Whether a word is a site's designation: a number, or a number and a capital letter ("39A", "5", "80")."""
    return bool(_DESIGNATION.match(word))


def facilities_with_designations(ents: list[Span]) -> list[Span]:
    """A built site named by a capitalised kind of facility and a designation, of which the model tagged only the
    words before the kind ("Launch Complex 39A" → "Launch", NORP; "Space Launch Complex 40" → "Space Launch", ORG):
    the span runs on over the kind and the designation, a facility (FAC)."""
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc, end = ent.doc, ent.end
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if (end + 1 < limit and ent.label_ in ("ORG", "NORP", "PERSON", "GPE", "LOC") and doc[end].is_title
                and doc[end].lower_ in FAC_HEADS and is_site_designation(doc[end + 1].text)
                and all(t.is_title or t.is_upper for t in ent)):
            ent = Span(doc, ent.start, end + 2, label="FAC")
        out.append(ent)
    return out
