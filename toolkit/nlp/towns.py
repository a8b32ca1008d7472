"""Towns the model leaves untagged before their county, state or country: "in Forbury Gardens in Reading, Berkshire".

News places a town by the larger place after a comma ("Reading, Berkshire, UK", "Allen, Texas"). The small model
tags the larger place and, when the town's name is also an English word ("Reading", "Bath", "Nice"), leaves the
town untagged. The phrase says what it is: the object of a preposition of place ("in", "near", "outside") made
of capitalised proper nouns and followed by a comma and a place the model calls a polity is a town in that place.

A town's mayor is named by the town: the name after "the mayor of" is a town, whatever the model calls it
("according to the mayor of Yartsevo via news agency Interfax": "Yartsevo" PERSON), and so is the name after a
kind of settlement and "of" ("the village of Kutuzovo" ORG); :func:`towns_after_mayors`.

Not where the place after the comma heads a person's title or name ("…, United States President Donald Trump":
:func:`toolkit.nlp.seats.qualifies_title`), nor for a run the model tagged, nor one that opens the sentence.

Example:
    >>> [(e.text, e.label_) for e in towns_before_regions(list(doc.ents))]   # doctest: +SKIP
    [('Forbury Gardens', 'LOC'), ('Reading', 'GPE'), ('Berkshire', 'GPE'), ('UK', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, LOC_HEADS, ORG_HEADS
from toolkit.nlp.seats import qualifies_title

# Prepositions that locate something in a town (a closed class; "around" since entities64: "the advances around
# Manbij in Syria", where the model reads "Manbij" as a product).
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "around"})
_LONGEST_TOWN = 3  # words of a town's name ("Chippewa Falls", "Bury St Edmunds")


def _town_before(place: Span, taken: set[int]) -> Span | None:
    """The untagged capitalised proper nouns before ", <place>" that a preposition of place governs, if any."""
    doc = place.doc
    comma = place.start - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    start = comma
    while (start > 0 and comma - start < _LONGEST_TOWN and doc[start - 1].pos_ == "PROPN"
           and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].i not in taken):
        start -= 1
    if start == comma or start == 0 or doc[start].is_sent_start:
        return None
    town = doc[start:comma]
    if doc[start - 1].lower_ not in _PLACE_PREPOSITIONS or town.root.head.i != start - 1:
        return None
    return Span(doc, start, comma, label="GPE")


def towns_before_regions(ents: list[Span]) -> list[Span]:
    """Add, as a town (GPE), an untagged name after a preposition of place and before ", <polity>".

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans with the towns added, in document order.
    """
    places = [e for e in ents if e.label_ == "GPE" and e.start >= 3]
    if not places:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for place in places:
        town = _town_before(place, taken)
        if town is not None and not qualifies_title(place):
            found.append(town)
    if not found:
        return ents
    return sorted(ents + found, key=lambda e: e.start)


# Labels of things, not places, that the model gives a town's name now and then ("in Damietta and Idku":
# "Damietta" PRODUCT): a town after a preposition of place is none of them.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})


def towns_read_as_things(ents: list[Span]) -> list[Span]:
    """Relabel as a place (GPE) a name the model calls a thing (a product, a work, a law, an event, a language)
    that a preposition of place governs ("in", "near", "outside", "at") and the gazetteer knows as a town
    ("two usable terminals in the Nile-Delta, in Damietta and Idku": "Damietta" PRODUCT). One to three
    capitalised proper nouns; "at" a known town's name may be a building (left to the model only when it is no
    town of the gazetteer).

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such town labelled GPE.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in _THING_LABELS and len(ent) <= _LONGEST_TOWN and ent.start > 0
                and doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS and ent.root.head.i == ent.start - 1
                and all(t.pos_ == "PROPN" and t.is_title for t in ent) and is_known_place(ent.text, cities=True)):
            ent = Span(doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


# The offices held of a town (a closed class): the name after "<office> of" is the town. Not "governor" or
# "president", whose "of" may take a bank or a company.
_TOWN_OFFICES = frozenset({"mayor", "mayoress", "burgomaster", "burgomeister"})
# The kinds of settlement and of local division that name a place after "of" in lower case ("the village of
# Kutuzovo", "the city of Yartsevo", "the county of Kent"); not "region" or "state", whose "of" is often no name's
# ("the state of emergency" aside, "the region of Tigray" is a place of either label).
_SETTLEMENT_KINDS = frozenset({"village", "town", "city", "hamlet", "township", "municipality", "borough", "commune",
                               "suburb", "province", "county", "district", "prefecture", "oblast"})
# Labels the model gives a town after a mayor's title: a person, a body, a people, a thing.
_MISREAD_TOWN_LABELS = frozenset({"PERSON", "ORG", "NORP"}) | _THING_LABELS


# The head words of bodies, buildings and landforms, which end a name that is no town ("a member of the town of
# Hempstead Democratic Committee", "the city of Dallas Zoo").
_HEADS_OF_OTHER_NAMES = ORG_HEADS | FAC_HEADS | LOC_HEADS


def _names_a_town(kind) -> bool:
    """Whether the word before "of" is a town's office or a kind of settlement in lower case."""
    lemma = kind.lemma_.lower()
    return lemma in _TOWN_OFFICES or kind.is_lower and kind.pos_ == "NOUN" and lemma in _SETTLEMENT_KINDS


def towns_after_mayors(ents: list[Span]) -> list[Span]:
    """Relabel as a place (GPE) a name of one to three capitalised proper nouns that the model calls a person, a
    body, a people or a thing, when it is the object of "of" after a town's office ("the mayor of Yartsevo"
    PERSON) or after a kind of settlement in lower case ("the village of Kutuzovo" ORG, "the city of Yartsevo"
    PERSON); a name with a person after it ("Mayor of London Sadiq Khan") is left to the mends of titles, and one
    ending in a body's, a building's or a landform's head word ("the town of Hempstead Democratic Committee") is
    that.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such town labelled GPE.
    """
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ in _MISREAD_TOWN_LABELS and len(ent) <= _LONGEST_TOWN and ent.start >= 2
                and doc[ent.start - 1].lower_ == "of" and _names_a_town(doc[ent.start - 2])
                and ent.root.head.i == ent.start - 1 and doc[ent.start - 1].head.i == ent.start - 2
                and all(t.pos_ == "PROPN" and t.is_title for t in ent)
                and ent[-1].lower_ not in _HEADS_OF_OTHER_NAMES
                and not (ent.end < len(doc) and doc[ent.end].is_title)):
            ent = Span(doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


# Lower-case nouns of plants and works placed in a town by "at" ("the power plant at Guayanilla", "the largest
# processing plant at Abqaiq", "the air base at Bagram"): a closed class of industrial and military sites.
_SITE_NOUNS = frozenset({"plant", "refinery", "factory", "facility", "facilities", "base", "airbase", "mine",
                         "smelter", "terminal", "depot", "works", "camp", "reactor", "complex"})
# Labels the model gives such a town that are no place's.
_SITE_TOWN_MISLABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})


def towns_of_sites(ents: list[Span]) -> list[Span]:
    """"The Costa Sur power plant at Guayanilla" (PERSON), "struck the largest processing plant at Abqaiq" (ORG): a
    name of one or two capitalised proper nouns after "at" that hangs on a lower-case noun of a plant or a works
    (refinery, factory, base, mine …) is the town the site stands in (GPE); the name of a person the Doc names in
    full ("the plant at Smith's farm" aside, a surname) and a name of three words or more are left."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if (ent.label_ in _SITE_TOWN_MISLABELS and len(ent) <= 2 and start > 1 and doc[start - 1].lower_ == "at"
                and ent.root.head.i == start - 1 and doc[start - 2].lower_ in _SITE_NOUNS and doc[start - 2].is_lower
                and doc[start - 1].head.i == start - 2 and all(t.pos_ == "PROPN" and t.is_title for t in ent)
                and ent[-1].text not in surnames and (ent.end == len(doc) or doc[ent.end].tag_ != "POS")):
            ent = Span(doc, start, ent.end, label="GPE")
        out.append(ent)
    return out
