"""A body's name before its officer's two-word title: "Sierra Club Executive Director Ben Jealous said …".

News names an officer by the body, the title and the person ("The American Border Story Executive Director Nicole
Kiprilov: “…”", "Heritage Foundation Executive Vice President …", "United Association of Union Plumbers and
Pipefitters General President Mark McManus:"). A title of two words opens with a word that is no noun of office on
its own ("Executive", "Vice", "Deputy", "Managing", "General", "Senior"), and the small model runs the body's name on
into it ("Sierra Club Executive" ORG). Where a body's name ends in such a word and the title's noun and a person's
name follow, the word is the title's: :func:`bodies_before_two_word_titles` ends the name before it.

Example:
    >>> [e.text for e in bodies_before_two_word_titles(list(nlp("Sierra Club Executive Director Ben Jealous said.").ents))]  # doctest: +SKIP
    ['Sierra Club', 'Ben Jealous']
"""

from __future__ import annotations

from spacy.tokens import Span

# The first words of officers' titles of two words ("Executive Director", "Vice President", "Deputy Director").
_TITLE_OPENERS = frozenset({"executive", "vice", "deputy", "managing", "associate", "assistant", "general", "senior"})
# The nouns of office they stand before.
_TITLE_NOUNS = frozenset({"director", "president", "chairman", "chairwoman", "chair", "editor", "officer",
                          "secretary", "counsel", "administrator", "producer", "manager", "partner", "fellow"})


def bodies_before_two_word_titles(ents: list[Span]) -> list[Span]:
    """End a body's name before the first word of an officer's two-word title that a person's name follows.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    people = {e.start for e in ents if e.label_ == "PERSON"}
    out = []
    for e in ents:
        last = e.end - 1
        noun = e.end
        while noun < len(doc) and doc[noun].lower_ in _TITLE_OPENERS and doc[noun].is_title:
            noun += 1  # a title of three words ("… REALTORS Executive" + "Vice President Shannon McGahn")
        if (e.label_ == "ORG" and len(e) >= 2 and doc[last].lower_ in _TITLE_OPENERS and doc[last].is_title
                and noun + 1 < len(doc) and doc[noun].lower_ in _TITLE_NOUNS and doc[noun].is_title
                and noun + 1 in people):
            e = Span(doc, e.start, last, label=e.label_)
        out.append(e)
    return out
