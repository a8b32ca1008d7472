"""The capital of the United States named with its district: "Washington, D.C.".

News writes the capital "Washington, D.C." (or "Washington D.C."), and the small model tags "Washington" and
"D.C." apart, as it tags a town and its state ("Chicago, Illinois"). But "D.C." is no second place: it is the
District of Columbia, whose city the name is, and "D.C." alone means the same city. Washington alone may be the
state or the city, so only the whole name is sure: :func:`capital_district_names` joins the two spans into one
place, and :data:`~toolkit.nlp.surfaces.KNOWN_ALIASES` gives "D.C." alone the same key.

Example:
    >>> [e.text for e in capital_district_names(list(nlp("In Washington, D.C., homicides fell.").ents))]  # doctest: +SKIP
    ['Washington, D.C.']
"""

from __future__ import annotations

from spacy.tokens import Span

_DISTRICT = frozenset({"D.C.", "DC", "D.C"})


def capital_district_names(ents: list[Span]) -> list[Span]:
    """The entities with each "Washington" place span and the "D.C." right after it (a comma between or none)
    joined into one place ("In Washington, D.C., homicides are down"; "a Washington D.C. suburb")."""
    out: list[Span] = []
    skip = -1
    for k, e in enumerate(ents):
        if k == skip:
            continue
        if e.label_ == "GPE" and e.text == "Washington" and k + 1 < len(ents):
            nxt, doc = ents[k + 1], e.doc
            gap = doc[e.end:nxt.start]
            if (nxt.label_ in ("GPE", "LOC", "ORG") and nxt.text in _DISTRICT and len(nxt) == 1
                    and (len(gap) == 0 or len(gap) == 1 and gap[0].text == ",")):
                out.append(Span(doc, e.start, nxt.end, label="GPE"))
                skip = k + 1
                continue
        out.append(e)
    return out
