"""A wire story's dateline: the place it was filed from, in capitals, and the agency in brackets, then a dash
("TEHRAN (AFP) - An international contest …", "KABUL, Afghanistan (AP) — A suicide bomber …"; round entities63,
a weblog quoting an AFP story).

The small model reads a dateline well when the city is one it knows in capitals ("WASHINGTON (Reuters) -"), but
leaves others untagged ("TEHRAN", and "AFP" after it) or calls them bodies ("KABUL" ORG). The form is fixed by the
agencies' style: one to three words in capitals, a region after a comma or not, one to three capitalised words
between brackets, and a dash right after the closing bracket, at the opening of a sentence or after a colon that
introduces the story. Nothing else in English is written so.

* :func:`dateline_names` adds the place (GPE) and the agency (ORG) when the model tagged no word of them;
* :func:`dateline_places` relabels as a place (GPE) a dateline's place the model called a body or a person, when
  it is a known place or a region follows it after a comma ("KABUL, Afghanistan"), and as a body (ORG) the agency
  it called a person ("(Bloomberg) -- President Donald Trump said …": some agencies open with their name alone).

Cost: :func:`dateline_names` visits the closing brackets only (:func:`toolkit.nlp.lookups.indices_of`);
:func:`dateline_places` visits the entities.

Example:
    >>> [(e.text, e.label_) for e in dateline_names(doc, set())]  # "TEHRAN (AFP) - An international …"  # doctest: +SKIP
    [('TEHRAN', 'GPE'), ('AFP', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import ORG_HEADS
from toolkit.nlp.lookups import indices_of

# The dashes that end a dateline ("-", "--", "—", "–").
_DASHES = frozenset({"-", "--", "—", "–"})

# A month's name as a wire dateline writes it before the day ("WASHINGTON, Feb 18 (Reuters) -", "Sept. 3").
_MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "january", "february", "march", "april", "june", "july", "august", "september", "october",
                     "november", "december"})

# What may stand right before a dateline: nothing (the text's start), the end of a sentence or a colon that
# introduces the quoted story ("… in this new fun contest: TEHRAN (AFP) - …").
_BEFORE_DATELINE = frozenset({":", ".", "!", "?", '"', "“", "”", "'"})


def _agency(doc: Doc, close: int) -> tuple[int, int] | None:
    """The agency's tokens between the brackets that ``close`` ends, one to three capitalised words, when a dash
    follows the closing bracket."""
    if close + 1 >= len(doc) or doc[close + 1].text not in _DASHES:
        return None
    open_ = close - 1
    while open_ >= 0 and close - open_ <= 4 and doc[open_].text != "(":
        open_ -= 1
    if open_ < 0 or doc[open_].text != "(" or close - open_ < 2:
        return None
    words = doc[open_ + 1:close]
    if not all(t.is_alpha and (t.is_upper or t.is_title) for t in words):
        return None
    return open_ + 1, close


def _place(doc: Doc, open_: int) -> tuple[int, int, bool] | None:
    """The place's tokens before the bracket at ``open_``: one to three words in capitals, with a capitalised
    region after a comma or not, opening a sentence or after a colon; and whether a region follows it."""
    end = open_
    region = False
    if end >= 4 and doc[end - 1].like_num and doc[end - 2].lower_.rstrip(".") in _MONTHS and doc[end - 3].text == ",":
        end -= 3  # "WASHINGTON, Feb 18 (Reuters)": the day the story was filed, after the place (and its region)
    if end >= 3 and doc[end - 1].is_title and doc[end - 1].is_alpha and doc[end - 2].text == ",":
        end -= 2  # "KABUL, Afghanistan (AP)"
        region = True
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_upper and doc[start - 1].is_alpha and len(doc[start - 1]) > 1:
        start -= 1
    if start == end:
        return None
    opens = start == 0 or doc[start].is_sent_start or doc[start - 1].text in _BEFORE_DATELINE or doc[start - 1].is_space
    return (start, end, region) if opens else None


def _opens_a_line(doc: Doc, i: int) -> bool:
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def _datelines(doc: Doc):
    """Each dateline of ``doc``: its place's (start, end, region follows) and its agency's (start, end)."""
    for close in indices_of(doc, ORTH, (")",)):
        agency = _agency(doc, close)
        if agency is None:
            continue
        place = _place(doc, agency[0] - 1)
        if place is not None:
            yield place, agency
        elif _opens_a_line(doc, agency[0] - 1):
            yield None, agency  # "(Bloomberg) -- President Donald Trump said …": the agency alone, no place


def dateline_ends(doc: Doc) -> list[int]:
    """The index of the token right after each dateline's dash: the story's first word, where its first sentence
    starts.

    Runs before the parser, on the tokens alone: left to itself, the parser reads a dateline that ends in a plain
    hyphen as part of the sentence ("WASHINGTON (Reuters) - U.S. and Russian officials agreed …" gives the
    agreeing to "WASHINGTON (Reuters) - U.S. and Russian officials", or to "Reuters" where the day stands
    before the bracket).

    Args:
        doc: a tokenised document.
    """
    return sorted([agency_end + 1 for _, (_, agency_end) in _datelines(doc) if agency_end + 2 < len(doc)]
                  + _placed_datelines(doc))


# The dashes of such a dateline: Al Jazeera's en dash. Not Wikinews' em dash ("Taipei, Taiwan — The Taipei City
# Lantern Festival was off …"), whose sentence the parser already reads from its subject; split there, the name after
# it lost its "The", which GUM's gold spans hold (round wire35c).
_PLACED_DASHES = frozenset({"–"})


def _placed_datelines(doc: Doc) -> list[int]:
    """The story's first word after a dateline of a town and its country written in capitals and small letters, with
    no agency, and a spaced dash, that opens a line: "Johannesburg, South Africa – The African National Congress …"
    (Al Jazeera's style, round wire35c). The town and the country must be known places, so that "Trump, Biden – the
    rematch" is no dateline."""
    ends = []
    for dash in indices_of(doc, ORTH, _PLACED_DASHES):  # (the Doc's column of words: most texts have no such dash)
        if dash < 2 or dash + 2 >= len(doc) or not doc[dash - 1].whitespace_:
            continue  # (a spaced dash only: "Ruhr-Bochum" holds none)
        comma = next((k for k in range(dash - 1, max(dash - 5, 0), -1) if doc[k].text == ","), None)
        if comma is None or not all(t.is_title and t.is_alpha for t in doc[comma + 1 : dash]):
            continue
        start = next((k for k in range(comma - 1, max(comma - 4, -1), -1) if _opens_a_line(doc, k)), None)
        if start is None or not all(t.is_title and t.is_alpha for t in doc[start:comma]):
            continue
        if is_known_place(doc[start:comma].text) and is_known_place(doc[comma + 1 : dash].text):
            ends.append(dash + 1)
    return ends


def _region_word(token) -> bool:
    """A word of a dateline's region: capitalised ("Philippines") or a state's short form with its stops ("N.C.",
    "Calif.")."""
    return token.is_title and (token.is_alpha or token.text.endswith(".")) or token.is_upper and "." in token.text


def _datelines_without_agency(doc: Doc) -> list[tuple[int, int]]:
    """The places of datelines with no agency that open a line: one to three words in capitals, a comma, a region
    of one to three capitalised words or a state's short form, and a spaced dash ("ASHEVILLE, N.C. — Floodwaters
    …", a local station's web copy, round wire41; "MANILA, Philippines — …"). The dash must follow the region."""
    places = []
    for dash in indices_of(doc, ORTH, tuple(_DASHES)):
        if dash < 3 or not doc[dash - 1].whitespace_:
            continue
        comma = next((k for k in range(dash - 2, max(dash - 5, 0), -1) if doc[k].text == ","), None)
        if comma is None or not all(_region_word(t) for t in doc[comma + 1:dash]):
            continue
        start = comma
        while start > 0 and comma - start < 3 and doc[start - 1].is_upper and doc[start - 1].is_alpha \
                and len(doc[start - 1]) > 1:
            start -= 1
        if start < comma and _opens_a_line(doc, start) and not any(
                t.lower_.strip(".") in ORG_HEADS for t in doc[start:dash]):  # ("ACME CORP, Inc. —": a firm)
            places.append((start, comma))
    return places


def dateline_names(doc: Doc, taken: set[int]) -> list[Span]:
    """The place (GPE) and the agency (ORG) of a dateline, where the model tagged no word of either.

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold.
    """
    found: list[Span] = []
    for place, (agency_start, agency_end) in _datelines(doc):
        parts = [(agency_start, agency_end, "ORG")] if place is None else [(place[0], place[1], "GPE"),
                                                                            (agency_start, agency_end, "ORG")]
        for first, last, label in parts:
            if not any(k in taken or doc[k].ent_type_ for k in range(first, last)):
                found.append(Span(doc, first, last, label=label))
    return found


def dateline_places(ents: list[Span]) -> list[Span]:
    """Relabel as a place (GPE) a dateline's place the model labelled a body or a person ("KABUL, Afghanistan (AP)
    —" ORG), when its name is a known place or a region follows it after a comma.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    lines = list(_datelines(doc))
    places = {(place[0], place[1]): place[2] for place, _ in lines if place is not None}
    places.update({place: True for place in _datelines_without_agency(doc)})  # (a region follows each)
    agencies = {agency for _, agency in lines}
    if not places and not agencies:
        return ents
    out = []
    for e in ents:
        if (e.start, e.end) in agencies and e.label_ in ("PERSON", "GPE", "NORP"):
            e = Span(doc, e.start, e.end, label="ORG")  # "(Bloomberg) --": the agency, not a person of that name
        region = places.get((e.start, e.end))
        if (region is not None and e.label_ in ("ORG", "PERSON", "NORP")
                and (region or is_known_place(e.text.title(), cities=True))):
            e = Span(doc, e.start, e.end, label="GPE")
        out.append(e)
    return out
