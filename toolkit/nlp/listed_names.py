"""Two names the small model ran into one across a list's comma or "and": "The Progressive and The New York
Times", "the Prohibition Party, Reform Party".

English lists names with commas and "and". The small model sometimes tags two members of a list as one
name, so that neither is found and a "name" nobody would record enters the briefing. Three signs show a
second name beginning inside the span: a capitalised "The" after the joiner, which opens a title of its
own ("The Progressive and The New York Times"; a name's own "and" takes no second article); after a
comma, the same head word closing both parts ("the Prohibition Party, Reform Party": one body is not
named by its head twice); and a span that continues a list opened before it ("companies such as Spotify, Tesla, Uber
and Snapchat": "Tesla, Uber and Snapchat"), whose commas are the list's. :func:`split_listed_names` cuts the span
there; each part keeps the label.

Example:
    >>> [e.text for e in split_listed_names(list(doc.ents))]   # doctest: +SKIP
    ['The Progressive', 'The New York Times']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import BODY_AND_SITE_HEADS

_JOINERS = frozenset({",", "and", "&"})
_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART"})
# The labels of names a list's opening member must have for the list to be one of names ("Spotify" GPE to the
# model), not of a blog's categories in capitals ("Arts, History,Animals, Music,Games ,Politics,Technology, Fun").
_NAMED = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})


def _cuts(ent: Span) -> list[tuple[int, int]]:
    """The (end of a part, start of the next) pairs where a second name begins inside the span."""
    doc = ent.doc
    cuts = []
    last_cut = ent.start
    # The span's first word a later member of a list opened before it ("companies such as Spotify, Tesla, Uber and
    # Snapchat", the model's span "Tesla, Uber and Snapchat"): its commas are the list's, and so is an "and" after
    # one of them; a name's own "&" is left ("Procter & Gamble"), and so is a list opened by a verb ("Re-open, Reset,
    # Reform", slogans) or by a word the model tags as no name.
    continued = (ent[0].dep_ == "conj" and ent[0].head.i < ent.start and ent[0].head.pos_ == "PROPN"
                 and ent[0].head.ent_type_ in _NAMED)
    for t in ent[1:-1]:
        if t.lower_ not in _JOINERS:
            continue
        join_end = t.i + 1
        if t.text == "," and join_end < ent.end and doc[join_end].lower_ == "and":
            join_end += 1  # ", and The …" (the serial comma)
        if join_end >= ent.end:
            continue
        opens_title = doc[join_end].text == "The" and not doc[join_end].is_sent_start
        left_head = doc[t.i - 1].lower_
        same_head = (t.text == "," and left_head in BODY_AND_SITE_HEADS and ent[-1].lower_ == left_head
                     and t.i - 1 > last_cut)
        listed = (continued and doc[join_end].dep_ == "conj" and doc[join_end].pos_ == "PROPN"
                  and (t.text == "," or t.lower_ == "and" and last_cut > ent.start))
        if opens_title or same_head or listed:
            cuts.append((t.i, join_end))
            last_cut = join_end
    return cuts


def split_listed_names(ents: list[Span]) -> list[Span]:
    """Cut a span that holds two names of a list into the names (see the module)."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ not in _LABELS or len(ent) < 3 or not any(t.lower_ in _JOINERS for t in ent):
            out.append(ent)
            continue
        cuts = _cuts(ent)
        if not cuts:
            out.append(ent)
            continue
        start = ent.start
        for end, next_start in cuts:
            out.append(Span(ent.doc, start, end, label=ent.label_))
            start = next_start
        out.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return out


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def places_run_together(ents: list[Span]) -> list[Span]:
    """Cut a name of two words joined by "and" that the model calls no place ("a section between Crete and
    Cyprus": ORG) into its two words, where the document names each of them alone and one of them alone as a
    place: one name is not made of two names of the text, one a place. A country so named ("Trinidad and
    Tobago") is one the model calls a place, and is left; so is a firm of two surnames ("Marks and Spencer").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such pair cut into its two names, with the labels the document gives them alone (the
        set-wide vote then labels each).
    """
    if not any(len(e) == 3 and e[1].lower_ == "and" for e in ents):
        return ents
    alone: dict[str, str] = {}
    for ent in ents:
        if len(ent) == 1 and (ent.label_ in _PLACE_LABELS or ent.text not in alone):
            alone[ent.text] = ent.label_ if ent.text not in alone or ent.label_ in _PLACE_LABELS else alone[ent.text]
    out: list[Span] = []
    for ent in ents:
        first, last = ent[0].text, ent[-1].text
        if (len(ent) == 3 and ent[1].lower_ == "and" and ent.label_ not in _PLACE_LABELS
                and first in alone and last in alone
                and (alone[first] in _PLACE_LABELS or alone[last] in _PLACE_LABELS)):
            out.append(Span(ent.doc, ent.start, ent.start + 1, label=alone[first]))
            out.append(Span(ent.doc, ent.end - 1, ent.end, label=alone[last]))
            continue
        out.append(ent)
    return out


# The plural of a title of office that names the people listed after it ("Senators Risch, Ricketts, … and Kaine",
# a hearing's roll; "Sens. Rand Paul and Susan Collins"; "Presidents Macron and Stubb").
_PLURAL_TITLES = frozenset({"senators", "sens.", "representatives", "reps.", "presidents", "ministers", "governors",
                            "ambassadors", "generals"})
_BRACKETS = {"[": "]", "(": ")"}
_MOST_NAME_WORDS = 3


def _listed_person(doc, i: int) -> tuple[int, int] | None:
    """The name of one to three capitalised proper nouns at ``i``, and the index after it and any bracket
    following it ("Risch [presiding]", "Paul (R-Ky.)")."""
    end = i
    # (a surname alone is often tagged a verb or a noun: "Senators Risch [presiding]": a capitalised word that is
    # no function word will do inside the list)
    while end < len(doc) and end - i < _MOST_NAME_WORDS and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].is_stop:
        end += 1
    if end == i:
        return None
    after = end
    if after < len(doc) and doc[after].text in _BRACKETS:
        close = next((k for k in range(after + 1, min(after + 8, len(doc))) if doc[k].text == _BRACKETS[doc[after].text]),
                     None)
        if close is None:
            return None
        after = close + 1
    return end, after


def people_after_plural_titles(doc, ents: list[Span]) -> list[Span]:
    """Make people of the names listed after a plural title ("Present: Senators Risch [presiding], Ricketts,
    Barrasso, Shaheen, Coons, Murphy, and Kaine.", round wire34c): the title names every member of the list, as
    "Senator" names the one after it, though the model reads surnames alone as places and bodies ("Barrasso" GPE,
    "Kaine" ORG). Two names at least, joined by commas and "and"; a list that runs into anything else (a lower-case
    word, a name of more than three words) ends there.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    from toolkit.nlp.missed import tokens_among

    found: list[tuple[int, int]] = []
    for title in tokens_among(doc, _PLURAL_TITLES):
        if not title.is_title:
            continue
        names, i = [], title.i + 1
        while True:
            item = _listed_person(doc, i)
            if item is None:
                break  # (the list ends: "Senators Smith and Jones, who …")
            names.append((i, item[0]))
            i = item[1]
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ == "and":
                i += 1
            elif i < len(doc) and doc[i - 1].text == ",":
                continue
            else:
                break
        if len(names) >= 2:
            found += names
    if not found:
        return ents
    people = [Span(doc, s, e, label="PERSON") for s, e in found]
    taken = {k for s, e in found for k in range(s, e)}
    kept = [e for e in ents if not any(k in taken for k in range(e.start, e.end))]
    return sorted(kept + people, key=lambda e: e.start)
