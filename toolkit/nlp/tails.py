"""Bodies' names the model cut before their tail: "the United States House Select Committee" + "on Benghazi".

English names committees, commissions, councils and ministries by their head word and an "of", "for" or
"on" tail ("Select Committee on Benghazi", "Council on Foreign Relations"). The small model often tags the
capitalised words before the head as the body and stops there, tagging the tail's place apart ("Benghazi",
a city); :func:`~toolkit.nlp.names.organisation_names` reads the head and its tail but may not reach back
over every word the model took ("United States House …"). :func:`bodies_with_tails` joins the two: the
model's start, the tail's end.

Example:
    >>> [e.text for e in bodies_with_tails(model_ents, found)]   # doctest: +SKIP
    ['United States House Select Committee on Benghazi']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import ORG_HEADS, PERSON_TITLES, TITLE_WORDS

_TAIL_CONNECTORS = frozenset({"of", "for", "on"})


def bodies_with_tails(ents: list[Span], found: list[Span]) -> list[Span]:
    """Spans for the bodies of ``ents`` whose name a span of ``found`` carries on past their end.

    Args:
        ents: the model's entities, as repaired so far.
        found: bodies found by their head word and tail (:func:`~toolkit.nlp.names.organisation_names`).

    Returns:
        A new ORG span from the model's body's start to the found name's end for each body that
        ends on the found name's head, right before its connector ("Committee" + "on …"); the
        caller keeps the longest of overlapping spans.
    """
    ending_at = {e.end: e for e in ents if e.label_ == "ORG"}  # a dict: no loop over the entities per name
    bodies = {at: e for e in ents if e.label_ == "ORG" for at in range(e.start, e.end)}
    out = []
    for name in found:
        body = bodies.get(name.start)
        if (body is not None and body.start < name.start and name.end > body.end
                and all(t.is_title or t.lower_ == "the" for t in name.doc[body.start:name.start]) and name[-1].is_title):
            # "National Institute of Allergy" + "… Institute of Allergy and Infectious Diseases": the finder
            # stopped at a word it does not open names with, the model took it; the name is both together
            out.append(Span(name.doc, body.start, name.end, label="ORG"))
            continue
        body = ending_at.get(next((t.i for t in name if t.lower_ in _TAIL_CONNECTORS), -1))
        if body is not None and body.start < name.start < body.end and name[-1].is_title:
            # (a tail the name's finder stopped at once, "Court on Wednesday", leaves only the connector)
            out.append(Span(name.doc, body.start, name.end, label="ORG"))
    return out


# Heads of bodies named by the fields they deal with, two joined by "and" ("Committee on Energy and Commerce").
_FIELD_HEADS = frozenset({"committee", "subcommittee", "commission", "council"})
# Words of an officer's title, which end a committee's name ("… and Workforce Chairman", "… and Commerce Chair
# Brett Guthrie"); the portfolio words of TITLE_WORDS ("Commerce", "Energy", "Finance") are fields.
_OFFICE_WORDS = PERSON_TITLES | {"chair", "chairwoman", "chairperson", "ranking", "vice", "acting", "former", "senior"}
# Words that name a body of their own, not a field: "the Committee on Finance and Congress" is two bodies.
_BODY_WORDS = frozenset({"congress", "senate", "house", "parliament", "cabinet", "government", "administration"})


def committees_with_paired_fields(ents: list[Span]) -> list[Span]:
    """A committee's name the model cut at "and" before its second field joined whole: "House Committee on
    Education" + "and Workforce Chairman" → "House Committee on Education and Workforce".

    Committees are named by the two fields they oversee ("Committee on Energy and Commerce", "Committee on
    Homeland Security and Governmental Affairs"); the model ends the name at "and", and tags the second field
    alone as a body or not at all. One or two capitalised words after "and" that name no body of their own, with
    no capital word after them but a title's ("Chairman", "Chair Brett Guthrie"), end the committee's name; a
    portfolio's word is a field there ("House Committee on Energy and Commerce Chair Brett Guthrie").

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, each such committee joined to its second field (a span the field's words held dropped).
    """
    if not ents:
        return ents
    doc = ents[0].doc
    out: list[Span] = []
    skip_to = -1
    for k, ent in enumerate(ents):
        if ent.start < skip_to:
            continue
        joined = _paired_field_end(ent, ents[k + 1] if k + 1 < len(ents) else None)
        if joined is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, joined, label="ORG"))
        skip_to = joined
    return out


def _paired_field_end(ent: Span, following: Span | None) -> int | None:
    """Where a committee's name ends when its second field after "and" belongs to it, or None."""
    doc = ent.doc
    if (ent.label_ != "ORG" or len(ent) < 3 or ent[-2].lower_ not in _TAIL_CONNECTORS
            or ent[-3].lower_ not in _FIELD_HEADS or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and"):
        return None
    end = ent.end + 1
    while (end < len(doc) and end - ent.end <= 2 and doc[end].is_title and doc[end].is_alpha
           and doc[end].lower_ not in _OFFICE_WORDS and (doc[end].lower_ not in TITLE_WORDS or doc[end].pos_ != "ADJ")):
        end += 1
    if end == ent.end + 1 or any(doc[i].lower_ in _BODY_WORDS | ORG_HEADS for i in range(ent.end + 1, end)):
        return None
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in _OFFICE_WORDS:
        return None  # "… for Domestic and External Security Coordination": the name runs on past its fields
    if following is not None and following.start < end and (following.start <= ent.end or following.end > end):
        return None  # another name begins inside and runs on: left as it is
    return end
