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
