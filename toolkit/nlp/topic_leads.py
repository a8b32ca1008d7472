"""A speaker's name that opens a paragraph before the topic of the quotation: "Elon Musk on waste, fraud, and abuse:
“The sheer amount of waste …”".

Round-ups of an interview or a hearing give each quotation a lead-in of the speaker's name, "on", what the words
are about and a colon ("Tom Krause on restoring fiscal responsibility: “…”"). The small model tags most of these
names but passes over some, the more easily the more often the same name leads ("Elon Musk" three times in one
text, never tagged). The frame names a person: two or three capitalised proper nouns open the paragraph, "on"
follows, and a colon and an opening quotation mark close the lead-in within the same sentence.

Not a name that holds a body's word ("Fox News on Sunday: “…”"), nor a name the model tagged (kept as it is).

Example:
    >>> [e.text for e in people_before_topics(doc, list(doc.ents))]  # doctest: +SKIP
    ['Elon Musk']
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.lexicon import NOT_NAME_WORDS
from toolkit.nlp.missed import token_indices, tokens_among

_LONGEST_LEAD = 20  # tokens from the paragraph's first word to the colon
_OPENING_MARKS = frozenset({"“", '"'})


def _paragraph_start(doc: Doc, colon: int) -> int | None:
    """The first token of the paragraph that holds ``colon``, if it lies within a lead-in's length and no
    sentence ends between them."""
    i = colon
    while i > 0 and colon - i < _LONGEST_LEAD:
        before = doc[i - 1]
        if before.is_space and "\n" in before.text or "\n" in before.whitespace_:
            return i
        if before.text in (".", "!", "?"):
            return None
        i -= 1
    return 0 if i == 0 else None


def people_before_topics(doc: Doc, ents: list[Span]) -> list[Span]:
    """People the model missed at the head of a "<Name> on <topic>: “…”" lead-in.

    Args:
        doc: a parsed ``Doc``.
        ents: the entity spans found so far (their tokens are not looked at again).

    Returns:
        The new PERSON spans.
    """
    taken = token_indices(ents)
    found = []
    for colon in tokens_among(doc, {":"}):
        if colon.i + 1 >= len(doc) or doc[colon.i + 1].text not in _OPENING_MARKS:
            continue
        start = _paragraph_start(doc, colon.i)
        if start is None:
            continue
        end = start
        while (end < colon.i and end - start < 3 and end not in taken and doc[end].is_title and doc[end].is_alpha
               and doc[end].pos_ == "PROPN" and doc[end].lower_ not in NOT_NAME_WORDS):
            end += 1
        if 2 <= end - start and end < colon.i and doc[end].text == "on":
            found.append(Span(doc, start, end, label="PERSON"))
            taken.update(range(start, end))
    return found
