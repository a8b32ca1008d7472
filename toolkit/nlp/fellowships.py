"""Bodies named as a group of people: "the Knights of Columbus", "Black Voices for Trump".

English names many bodies by what their members are, a plural noun capitalised as a name, with an
"of" or a "for" tail: fraternities and orders ("the Knights of Columbus", "the Daughters of the
American Revolution"), campaign groups ("Black Voices for Trump", "Veterans for Peace"). The small model
tags only the tail (Columbus as a city) or stops before "for" ("Black Voices"), so the body is never
found. :func:`bodies_of_members` joins the two: a capitalised plural proper noun after "the" with the
name after its "of", and a body ending in such a noun with the name after its "for".

Example:
    >>> [(e.text, e.label_) for e in bodies_of_members(list(doc.ents))]   # doctest: +SKIP
    [('Knights of Columbus', 'ORG')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from toolkit.nlp.lexicon import LOC_HEADS, NAME_LABELS, TITLE_WORDS
from toolkit.nlp.lookups import indices_of

_THE = frozenset({"the"})


def _plural_name_word(token) -> bool:
    """A capitalised plural proper noun inside a sentence ("Knights", "Voices"), not a landform's ("Islands")."""
    return (token.tag_ == "NNPS" and token.is_title and not token.is_sent_start
            and token.lower_ not in LOC_HEADS and token.lower_ not in TITLE_WORDS)


def _name_after(doc, i: int, starts: dict[int, Span]) -> int | None:
    """The end of the name that starts at token ``i``: an entity's, or a run of one or two capitalised proper nouns."""
    if i >= len(doc):
        return None
    if i in starts:
        return starts[i].end if starts[i].label_ in NAME_LABELS else None  # not "for twenty three years"
    end = i
    while (end < len(doc) and end - i < 2 and doc[end].is_title and doc[end].pos_ == "PROPN"
           and doc[end].ent_type_ == ""):
        end += 1
    return end if end > i else None


def bodies_of_members(ents: list[Span]) -> list[Span]:
    """Join a plural name of members to its "of" or "for" tail (see the module)."""
    if not ents:
        return ents
    doc = ents[0].doc
    starts = {e.start: e for e in ents}
    taken = {at for e in ents for at in range(e.start, e.end)}
    new: list[Span] = []
    for ent in ents:  # "Black Voices" + "for Trump"
        last = ent.end
        if (ent.label_ == "ORG" and _plural_name_word(ent[-1]) and last + 1 < len(doc) and doc[last].lower_ == "for"):
            end = _name_after(doc, last + 1, starts)
            if end is not None and not (end < len(doc) and (doc[end].tag_ == "POS" or doc[end].pos_ == "PROPN")):
                new.append(Span(doc, ent.start, end, label="ORG"))
    for i in indices_of(doc, LOWER, _THE):  # "the Knights" + "of Columbus" (the articles found in numpy)
        if (i + 3 < len(doc) and i + 1 not in taken and _plural_name_word(doc[i + 1])
                and doc[i + 2].lower_ == "of"):
            end = _name_after(doc, i + 3, starts)
            if end is not None and not (end < len(doc) and doc[end].tag_ == "POS"):
                new.append(Span(doc, i + 1, end, label="ORG"))
    if not new:
        return ents
    covered = {at for e in new for at in range(e.start, e.end)}
    return sorted([e for e in ents if not any(t.i in covered for t in e)] + new, key=lambda e: e.start)
