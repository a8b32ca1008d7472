"""Two people named as a pair by their surnames: "the De La Fuente/Richardson ticket", "Johnson-Weld".

News names a pair of running mates, partners or rivals by their surnames joined by a slash or a
hyphen ("the Collins/Parker ticket", "the Biden-Harris campaign"), after naming each in full. The
small model reads the pair as one name, often a body ("the De La Fuente/Richardson", ORG), so that
neither person is found there and a "body" nobody would record enters the briefing.
:func:`split_pairs` cuts such a span at the joiner into its two people when each side ends in the
surname of a person the document names in full; a double-barrelled surname ("Ocasio-Cortez") or a
pair of other names ("GNU/Linux") is left alone.

Example:
    >>> [(e.text, e.label_) for e in split_pairs(list(doc.ents))]   # doctest: +SKIP
    [('De La Fuente', 'PERSON'), ('Richardson', 'PERSON')]
"""

from __future__ import annotations

from spacy.tokens import Span

_JOINERS = frozenset({"/", "-", "–"})


def _surnames_of_people(ents: list[Span]) -> set[str]:
    """The last words of the document's people named by two words or more ("Darcy Richardson" → "Richardson")."""
    return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2 and not any(t.text in _JOINERS for t in e)}


def split_pairs(ents: list[Span]) -> list[Span]:
    """Cut names made of two surnames joined by "/" or a hyphen into the two people (see the module)."""
    if not any(t.text in _JOINERS for e in ents for t in e):
        return ents  # the common case: no joiner inside any name
    surnames = _surnames_of_people(ents)
    if len(surnames) < 2:
        return ents
    out: list[Span] = []
    for ent in ents:
        joins = [t.i for t in ent if t.text in _JOINERS and not t.whitespace_ and t.i > ent.start]
        if ent.label_ not in ("PERSON", "ORG", "GPE", "FAC", "NORP") or len(joins) != 1:
            out.append(ent)
            continue
        cut = joins[0]
        doc = ent.doc
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        left, right = doc[start:cut], doc[cut + 1 : ent.end]
        if (len(left) and len(right) and not doc[cut - 1].whitespace_ and left[-1].text in surnames
                and right[-1].text in surnames and left[-1].text != right[-1].text and right[0].is_title):
            out.extend([Span(doc, left.start, left.end, label="PERSON"),
                        Span(doc, right.start, right.end, label="PERSON")])
        else:
            out.append(ent)
    return out
