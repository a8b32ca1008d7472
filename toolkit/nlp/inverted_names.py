"""People named surname first, as a list of books or a bibliography names its authors: "Austen, Jane. Pride and
Prejudice", "Marx, Karl and Engels, Friedrich. The Communist Manifesto".

A line that opens with a surname, a comma and one to three given names, closed by a full stop (two such names
joined by "and"), names the author of the title after it. The small model reads the two halves apart, each as a
name of its own or as a place ("Christie, Agatha": "Agatha" GPE; "London, Jack": "London" GPE), or leaves the
surname out. :func:`people_in_inverted_order` makes each "Surname, Given" one PERSON span. A place and its
state or country ("Portland, Oregon.", "Paris, France.") is no such name: the part after the comma is a known
place.

Example:
    >>> [(e.text, e.label_) for e in people_in_inverted_order(doc, list(doc.ents))]  # "Christie, Agatha. The Mysterious …"  # doctest: +SKIP
    [('Christie, Agatha', 'PERSON'), ('The Mysterious Affair at Styles', 'ORG')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from toolkit.nlp.gazetteer import is_known_place
from toolkit.nlp.lexicon import TITLE_WORDS


def _name_word(token) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and token.lower_ not in TITLE_WORDS


def _inverted_at(doc: Doc, i: int, end: int) -> int | None:
    """The end of a "Surname , Given [Given [Given]]" run at ``i`` within ``end``, or None."""
    if not (i + 2 < end and _name_word(doc[i]) and doc[i + 1].text == ","):
        return None
    j = i + 2
    while j < end and j - (i + 2) < 3 and _name_word(doc[j]):
        j += 1
    if j == i + 2 or is_known_place(doc[i + 2:j].text, cities=True):
        return None
    return j


def people_in_inverted_order(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make each "Surname, Given" of a line's first sentence that is only such names one PERSON span.

    Args:
        doc: the parsed document.
        ents: entity spans in document order, none overlapping.
    """
    found: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        while start < sent.end and doc[start].is_space:
            start += 1
        if start >= sent.end or (start > 0 and "\n" not in doc[start - 1].text_with_ws):
            continue  # (a line's first sentence only)
        end = sent.end
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end - start < 4 or doc[end - 1].text != ".":
            continue
        names, i = [], start
        while True:
            j = _inverted_at(doc, i, end - 1)
            if j is None:
                break
            names.append(Span(doc, i, j, label="PERSON"))
            if j == end - 1 or doc[j].lower_ != "and" or len(names) > 1:
                break
            i = j + 1  # "Marx, Karl and Engels, Friedrich."
        if names and names[-1].end == end - 1:
            found.extend(names)
    if not found:
        return ents
    taken = {i for span in found for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)
