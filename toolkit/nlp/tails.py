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
    bodies = {t.i: e for e in ents if e.label_ == "ORG" for t in e}
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
