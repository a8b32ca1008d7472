"""People the model takes for works inside a quotation: "… its support for Nicolás Maduro in Venezuela".

Inside quotation marks the small model often reads a person's name as the title of a work (WORK_OF_ART), as if
the marks were a title's. A title in quotation marks fills them ("the song \"Jolene\""); a name that the marks
only surround with other words ("\"ongoing repression of the Cuban people and its support for Nicolás Maduro in
Venezuela\"") is a part of somebody's words, and a name built like a person's there is a person.

Not where a title noun stands before the name ("the novel Anna Karenina"), nor where a quotation mark is right
beside it (the title of a work quoted alone).

Example:
    >>> [(e.text, e.label_) for e in people_in_quotations(list(doc.ents))]   # doctest: +SKIP
    [('Pompeo', 'PERSON'), ('Cuban', 'NORP'), ('Cuban', 'NORP'), ('Nicolás Maduro', 'PERSON'), ('Venezuela', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.lexicon import TITLE_NOUNS

_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _inside_a_quotation(span: Span) -> bool:
    """Whether an odd number of quotation marks opens the sentence's words before ``span``, none right beside it,
    and one closes after it: the span is within a quoted passage, with words on both sides."""
    doc, sent = span.doc, span.sent
    before = [t.i for t in doc[sent.start : span.start] if t.text in _QUOTE_MARKS]
    after = [t.i for t in doc[span.end : sent.end] if t.text in _QUOTE_MARKS]
    return (len(before) % 2 == 1 and bool(after) and before[-1] < span.start - 1 and after[0] > span.end)


def people_in_quotations(ents: list[Span]) -> list[Span]:
    """Label PERSON a work's name built like a person's that stands inside a quoted passage.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if (ent.label_ == "WORK_OF_ART" and built_like_a_person(ent) and ent.start > 0
                and ent.doc[ent.start - 1].lower_ not in TITLE_NOUNS and _inside_a_quotation(ent)):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out
