"""Acronyms with a letter or two in brackets glued to them: "JD(U)", "JD(S)", "CPI(M)", "CPI(ML)".

Indian news names several parties so: the party's initials and, in brackets, the letter of its faction or founder
("Janata Dal (United)" is "JD(U)", "Communist Party of India (Marxist)" is "CPI(M)"). The tokenizer parts the closing
bracket off ("JD(S" + ")"), and the small model leaves the acronym untagged or reads the part as a person or a
place. :func:`bracketed_acronyms` makes each one body (ORG), the bracket closed.

Example:
    >>> [(e.text, e.label_) for e in bracketed_acronyms(nlp("JD(S) leader H D Kumaraswamy"), [])]  # doctest: +SKIP
    [('JD(S)', 'ORG'), ('H D Kumaraswamy', 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of

# Two to five capitals, a bracket opened and one to three capitals, as one token (its closing bracket the next).
_GLUED = re.compile(r"[A-Z]{2,5}\([A-Z]{1,3}")


def bracketed_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each acronym glued to a bracketed letter made one body with its closing bracket: an entity
    that is that token alone is replaced ("JD(S" PERSON → "JD(S)" ORG), an untagged one added where no entity
    covers it; entities in order.

    Args:
        doc: the parsed text.
        ents: entity spans in document order, none overlapping.
    """
    if not ents and not len(doc):
        return ents
    glued = [i - 1 for i in indices_of(doc, ORTH, {")"}) if i > 0 and _GLUED.fullmatch(doc[i - 1].text)]
    if not glued:
        return ents
    at = {i for i in glued}
    out = [e for e in ents if not (len(e) == 1 and e.start in at)]
    covered = {at for e in out for at in range(e.start, e.end)}
    out += [Span(doc, i, i + 2, label="ORG") for i in glued if i not in covered and i + 1 not in covered]
    return sorted(out, key=lambda e: e.start)
