"""Places named before the lower-case kind of territory they are, and adjectives opening a quotation (round
entities48, twelve Wikinews dev articles).

* "Jolo, and the Sulu region it is within": a name between "the" and a lower-case word for a kind of territory
  (region, province, governorate, …) is that territory's name, a place (GPE); the model, seeing an unknown word,
  often calls it a person or a body. :func:`places_before_kinds` relabels it. A people's adjective ("the Kurdish
  region", NORP) and a body's name ("the Federal Reserve district") are left.
* ""Heartbroken and numb," writes …": an adjective opening a quotation is capitalised as the quotation's first word,
  and the model may take it for a name. :func:`adjectives_opening_quotations` drops a one-word entity right after
  an opening quotation mark that the tagger reads as an adjective (JJ) and that is an English word.

* "he died at the Masih-e-Daneshavari hospital", "Cité station, part of the Paris Métro" (round entities56): a
  building named before its lower-case kind noun, its name no English word, is often left untagged by the model;
  :func:`buildings_before_kinds` tags the name with its noun as a building (FAC).

* "the Bangsamoro Autonomous Region in Muslim Mindanao", "affected … Region 11 and Region 12" (round entities56):
  a territory's name goes on over "in" when a people's adjective follows it before a place ("in Muslim Mindanao"
  locates nothing in English prose: one writes "in Mindanao"); the model cuts it into a place, a people and a place.
  :func:`territories_over_in` makes the three one place (GPE); a region numbered as its name ("Region 11"), which
  the model calls a law as it does "Article 5", is a place (:func:`numbered_territories`).

The first two visit the Doc's entities only, and so does :func:`stations_placed_in_other_places` ("at Waterloo
station in the British capital London": a station named, not a town's, round ent41a); the third looks up the Doc's
kind nouns of buildings in its column of lower-case words (`lookups.indices_of`) and walks back at most a few words
from each; none loops over a document's tokens.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import KIND_NOUNS, LOC_HEADS, ORG_HEADS
from toolkit.nlp.lookups import indices_of
from toolkit.nlp.mistags import english_words
from toolkit.nlp.naming_verbs import naming_noun

# Lower-case words for a kind of territory that follow its name ("the Sulu region", "the Idlib province").
_TERRITORY_KINDS = frozenset({"region", "province", "governorate", "prefecture", "oblast", "municipality"})
# Lower-case words for the seat or chamber a place elects ("Suman Haripriya of the Hajo assembly", South Asian news's
# constituencies; "the Kerala legislature"): the name before them is the place's (round ent39c).
_SEAT_KINDS = frozenset({"assembly", "constituency", "legislature"})
_PLACE_KINDS = _TERRITORY_KINDS | _SEAT_KINDS
_OPENING_QUOTES = frozenset({'"', "\u201c", "``"})
# The heads of waters and landforms named after a people ("the English Channel", "the Persian Gulf"); a channel is
# water too, though no landform's head elsewhere (a broadcaster's "Channel" is capitalised in its name).
_WATER_HEADS = LOC_HEADS | {"channel"}


def places_before_kinds(ents: list[Span]) -> list[Span]:
    """"the Sulu region", "the Hajo assembly": a one- or two-word name the model called a person or a body, between
    "the" and a lower-case kind of territory or of the seat or chamber a place elects, is a place (GPE); so is such a
    name a kind of territory is (to be) called by ("the new region, to be called Bangsamoro"), and one joined by "and"
    to a named territory of such a kind ("Jolo, and the Sulu region it is within, were …")."""
    out: list[Span] = []
    for ent in ents:
        doc, start, end = ent.doc, ent.start, ent.end
        if (ent.label_ in ("PERSON", "ORG") and len(ent) <= 2
                and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in ORG_HEADS for t in ent)
                and (start > 0 and end < len(doc) and doc[start - 1].lower_ == "the"
                     and doc[end].lower_ in _PLACE_KINDS and doc[end].is_lower
                     or _joined_to_a_territory(ent.root) or _territory_named(ent))):
            ent = Span(doc, start, end, label="GPE")
        out.append(ent)
    return out


def _territory_named(ent: Span) -> bool:
    """Whether a lower-case kind of territory is called by the name ("the new region, to be called Bangsamoro"; the
    kind noun's own label, a region's LOC, would make it a landform)."""
    noun = naming_noun(ent, to_be=True)
    return noun is not None and noun.lower_ in _TERRITORY_KINDS


def _joined_to_a_territory(root) -> bool:
    """Whether a name's root has for conjunct a lower-case kind of territory with a proper noun before it ("Jolo, and
    the Sulu region it is within"): places listed with a place."""
    return any(c.dep_ == "conj" and c.lower_ in _TERRITORY_KINDS and c.is_lower
               and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children) for c in root.children)


def adjectives_opening_quotations(ents: list[Span]) -> list[Span]:
    """""Heartbroken and numb," writes …": a one-word entity right after an opening quotation mark, tagged an
    adjective and written as an English word in lower case, is no name."""
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        if (len(ent) == 1 and start > 0 and doc[start - 1].text in _OPENING_QUOTES and ent[0].tag_ == "JJ"
                and ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
                and ent[0].lower_ in english_words()):
            continue
        out.append(ent)
    return out


def _inner_word(doc, end: int, after: Span | None) -> bool:
    """Whether the people's word ending at ``end``, after "the", is followed by one more capitalised word and a
    water's head the model left untagged, which closes the name ("the French Broad River", "the Russian Big Lake"):
    the people's word is the name's first word, not a people ("French" NORP). Not "the British Virgin Islands" (the
    model's own place after the adjective) nor "the American Red Cross" (no water's head)."""
    start = end - 1
    if not (start > 0 and end + 1 < len(doc) and doc[start - 1].lower_ == "the"):
        return False
    word, head = doc[end], doc[end + 1]
    if after is not None and after.start <= end + 1:
        return False
    return (word.is_title and word.is_alpha and head.is_title and head.lower_ in _WATER_HEADS
            and (end + 2 == len(doc) or not doc[end + 2].is_title))


def waters_named_after_peoples(ents: list[Span]) -> list[Span]:
    """"crossed the English Channel": a people's adjective (or its language) between "the" and one capitalised
    head of a water or a landform, which ends the name (no capitalised word after it), is the first word of that
    place's name (LOC), with the head, which the model left out or called a body on its own ("English"
    LANGUAGE + "Channel" ORG). "the American Coast Guard" (a capitalised word after) is left."""
    out: list[Span] = []
    heads: set[str] = set()
    k, n = 0, len(ents)
    while k < n:
        ent = ents[k]
        k += 1
        if ent.label_ not in ("NORP", "LANGUAGE") or len(ent) != 1:
            out.append(ent)
            continue
        doc, start, end = ent.doc, ent.start, ent.end
        inner = _inner_word(doc, end, ents[k] if k < n else None)
        if inner:  # "along the French Broad River": the people's word opens a longer name, the rest untagged
            out.append(Span(doc, start, end + 2, label="LOC"))
            continue
        if not (start > 0 and end < len(doc) and doc[start - 1].lower_ == "the" and doc[end].is_title
                and doc[end].lower_ in _WATER_HEADS and (end + 1 == len(doc) or not doc[end + 1].is_title)):
            out.append(ent)
            continue
        after = ents[k] if k < n else None
        if after is not None and after.start == end:
            if len(after) != 1:
                out.append(ent)
                continue
            k += 1  # the head the model read alone ("Channel" ORG) goes into the name
        elif after is not None and after.start < end + 1:
            out.append(ent)
            continue
        out.append(Span(doc, start, end + 1, label="LOC"))
        heads.add(doc[end].text)
    if not heads:
        return out
    # the same water named again by its head alone ("to cross the Channel"): that place, not a body
    return [Span(e.doc, e.start, e.end, label="LOC") if (len(e) == 1 and e.text in heads and e.label_ != "LOC"
                                                         and e.start > 0 and e.doc[e.start - 1].lower_ == "the")
            else e for e in out]


# Lower-case kind nouns of built things that may close a name the model left untagged ("the Masih-e-Daneshavari
# hospital", "Cité station"): the kind nouns of buildings (`lexicon.KIND_NOUNS`).
_BUILDING_KINDS = frozenset(word for word, label in KIND_NOUNS.items() if label == "FAC")
_LONGEST_BUILDING_NAME = 4  # capitalised words before the kind noun


def _name_before(doc, head: int) -> int | None:
    """The first index of a run of untagged capitalised words right before ``head`` (a word's hyphenated pieces,
    written with no space, kept in: "Masih-e-Daneshavari"), or None; the run's first word is no English word and
    the run is no known place."""
    i, words = head, 0
    while i > 0:
        prev = doc[i - 1]
        if prev.ent_type_ or not prev.is_alpha and prev.text != "-":
            break
        glued = i - 1 > 0 and not doc[i - 2].whitespace_ and not prev.whitespace_
        if prev.text == "-" or prev.is_lower:
            if not glued or i == head:
                break  # a hyphen, or a lower-case piece, only inside a word written without spaces
        elif prev.is_title and prev.pos_ in ("PROPN", "NOUN", "ADJ") and not prev.is_stop:
            words += 1  # (not "The hotel", "This hotel": a sentence's capitalised determiner)
        else:
            break
        i -= 1
    if not words or words > _LONGEST_BUILDING_NAME or not doc[i].is_title:
        return None
    if doc[i].lower_ in english_words(doc.vocab) or is_known_place(doc[i:head].text, cities=True):
        return None
    return i


def buildings_before_kinds(doc, ents: list[Span]) -> list[Span]:
    """"he died at the Masih-e-Daneshavari hospital", "Cité station, part of the Paris Métro, was closed": capitalised
    words the model left untagged, the first no English word, right before a lower-case kind noun of a building that
    they qualify, name that building with the noun (FAC); a name the model tagged, a common word ("the Police
    station") and a known place ("the Paris station") are left."""
    heads = [i for i in indices_of(doc, LOWER, _BUILDING_KINDS) if doc[i].is_lower and not doc[i].ent_type_]
    if not heads:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for head in heads:
        start = _name_before(doc, head)
        if start is None or any(i in taken for i in range(start, head + 1)) \
                or not all(doc[i].head.i == head or doc[i].head.i in range(start, head) for i in range(start, head)):
            continue
        added.append(Span(doc, start, head + 1, label="FAC"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


# Capitalised nouns of a kind of territory that end a territory's name ("Autonomous Region", "Federal District").
TERRITORY_HEADS = frozenset({"Region", "Province", "District", "Territory", "Territories", "Area"})


def territories_over_in(ents: list[Span]) -> list[Span]:
    """"the Autonomous Region in Muslim Mindanao": a place or body ending in a territory's capitalised kind noun,
    then "in", a one-word people (NORP) and a capitalised proper noun or a place, is one place (GPE)."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        doc, end = ent.doc, ent.end
        if (ent.label_ in ("GPE", "LOC", "ORG") and ent[-1].text in TERRITORY_HEADS and end + 2 < len(doc)
                and doc[end].lower_ == "in" and k + 1 < len(ents) and ents[k + 1].start == end + 1
                and ents[k + 1].label_ == "NORP" and len(ents[k + 1]) == 1):
            last = end + 2
            follows = ents[k + 2] if k + 2 < len(ents) and ents[k + 2].start == last else None
            if follows is not None and follows.label_ in ("GPE", "LOC"):
                out.append(Span(doc, ent.start, follows.end, label="GPE"))
                k += 3
                continue
            if follows is None and doc[last].pos_ == "PROPN" and doc[last].is_title and not doc[last].ent_type_:
                out.append(Span(doc, ent.start, last + 1, label="GPE"))
                k += 2
                continue
        out.append(ent)
        k += 1
    return out


def numbered_territories(ents: list[Span]) -> list[Span]:
    """"Region 11 and Region 12" (LAW): a territory's capitalised kind noun and a number, the model's law, is a place
    (GPE)."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "LAW" and len(ent) == 2 and ent[0].text in TERRITORY_HEADS and ent[1].like_num:
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        out.append(ent)
    return out


# Lower-case words for a kind of body that follow its name in news ("the Lashkar-e-Toiba militant group", "in Time
# magazine"), a closed class of the bodies news names so; a periodical's kind needs no article before it.
_BODY_KINDS = frozenset({"group", "militia", "faction", "movement", "gang", "cartel", "network", "organisation",
                         "organization"})
_PERIODICAL_KINDS = frozenset({"magazine", "newspaper", "tabloid", "journal"})


def bodies_before_kinds(ents: list[Span]) -> list[Span]:
    """"belonged to the outlawed Lashkar-e-Toiba militant group", "an Article in Time magazine" (round entities63):
    a name the model called a person, or a place no gazetteer knows, that modifies a lower-case kind of body right
    after it (adjectives only between them: "militant") is that body's name (ORG); a people's name of two words or
    more (NORP: "the Abu Sayyaf militant group") too. The kind noun is a group's (group, militia, movement, …)
    with an article, or a periodical's (magazine, newspaper, …), which a person's name modifies as its owner ("a
    Murdoch newspaper") and so stays. A known place stays ("a Texas newspaper"), and so
    does a name before another noun ("the Taylor Swift fan group": the name modifies "fan")."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in ("PERSON", "GPE", "LOC", "NORP"):
            out.append(ent)  # (a body already, or no name: passed by before the words after it are read)
            continue
        doc = ent.doc
        kind = ent.end
        while kind < len(doc) and kind - ent.end < 2 and doc[kind].pos_ == "ADJ" and doc[kind].is_lower:
            kind += 1
        word = doc[kind] if kind < len(doc) else None
        group = word is not None and word.lower_ in _BODY_KINDS and any(c.dep_ == "det" for c in word.children)
        periodical = word is not None and word.lower_ in _PERIODICAL_KINDS
        if (word is not None and word.is_lower and ent.root.head.i == kind and (group or periodical)
                and (ent.label_ == "PERSON" and group  # (not "a Murdoch newspaper": its owner)
                     or ent.label_ in ("GPE", "LOC") and not is_known_place(ent.text, cities=True)
                     or ent.label_ == "NORP" and (len(ent) >= 2 and all(t.is_title for t in ent)))):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


_PLACING_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "LOC", "NORP"})


def stations_placed_in_other_places(ents: list[Span]) -> list[Span]:
    """"at Waterloo station in the British capital London", "Waterloo station is in central London" (round ent41a): a
    name of one or two words compounded onto a lower-case "station" with no article before it, the station placed
    "in" a place that is not the name, is the station's own name (FAC, the noun kept in it): a town's station stands
    in that town, so a station said to be elsewhere is named, not the town's ("Dolgellau station", alone, is left to
    the town)."""
    out: list[Span] = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if (ent.label_ in _PLACING_NAME_LABELS and len(ent) <= 2 and end < len(doc) and doc[end].lower_ == "station"
                and ent.root.head.i == end and ent.root.dep_ in ("compound", "nmod")
                and all(t.is_title for t in ent) and not (ent.start > 0 and doc[ent.start - 1].pos_ == "DET")
                and _placed_in_another_place(doc[end], ent.text)):
            out.append(Span(doc, ent.start, end + 1, label="FAC"))
            continue
        out.append(ent)
    return out


def _placed_in_another_place(station, name: str) -> bool:
    """Whether a station is said to stand "in" a named place other than ``name``: "in" hung on the station or on
    the "be" it is the subject of, its object (or the object's apposition: "the British capital London") a place."""
    heads = [station]
    if station.dep_ == "nsubj" and station.head.lemma_ == "be":
        heads.append(station.head)
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                named = [obj] + [c for c in obj.children if c.dep_ == "appos"]
                if any(t.ent_type_ in ("GPE", "LOC") and t.text != name for t in named):
                    return True
    return False
