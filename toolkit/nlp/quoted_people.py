"""People the model takes for works inside a quotation: "… its support for Nicolás Maduro in Venezuela".

Inside quotation marks the small model often reads a person's name as the title of a work (WORK_OF_ART), as if
the marks were a title's. A title in quotation marks fills them ("the song \"Jolene\""); a name that the marks
only surround with other words ("\"ongoing repression of the Cuban people and its support for Nicolás Maduro in
Venezuela\"") is a part of somebody's words, and a name built like a person's there is a person.

Not where a title noun stands before the name ("the novel Anna Karenina"), nor where a quotation mark is right
beside it (the title of a work quoted alone). The other way round, a "person" that fills its quotation marks and is
credited "by" a name after them is a work's title (The hit song is "Geronimo" by Sheppard).

Example:
    >>> [(e.text, e.label_) for e in people_in_quotations(list(doc.ents))]   # doctest: +SKIP
    [('Pompeo', 'PERSON'), ('Cuban', 'NORP'), ('Cuban', 'NORP'), ('Nicolás Maduro', 'PERSON'), ('Venezuela', 'GPE')]
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.antecedents import built_like_a_person
from toolkit.nlp.lexicon import SPEECH_VERBS, TITLE_NOUNS

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


def speakers_after_quotations(ents: list[Span]) -> list[Span]:
    """Label PERSON a "work" that closes a quotation as the subject of its speech verb.

    Right after the closing mark the small model takes a speaker's one name for a quoted title ('"This victory
    must be a victory for all Indonesian people," Prabowo told thousands of supporters'): a capitalised proper
    noun there that is the subject of "said", "told" … is the one speaking, not a work. A title quoted before a
    verb of its own ('"Jolene" sold a million copies') has no speech verb, and one with a title noun before it
    is left.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if ent.label_ == "WORK_OF_ART" and _speaker_after_quotation(ent):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _speaker_after_quotation(ent: Span) -> bool:
    """Whether ``ent`` follows a closing quotation mark after its words' comma and is a speech verb's subject."""
    doc, start = ent.doc, ent.start
    if not (1 <= len(ent) <= 3 and start >= 2 and doc[start - 1].text in _QUOTE_MARKS
            and doc[start - 2].text in (",", "?", "!")):
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in ent):
        return False
    opened = start - 2
    while opened >= 0 and "\n" not in doc[opened].text and doc[opened].text not in _QUOTE_MARKS:
        opened -= 1
    if opened < 0 or doc[opened].text not in _QUOTE_MARKS:
        return False  # the mark opens a quoted title ('Critics were divided, "Oppenheimer" said little …')
    verb = ent.root.head
    return (ent.root.dep_ == "nsubj" and verb.i == ent.end and verb.lemma_.lower() in SPEECH_VERBS)


def works_in_quotation_marks(ents: list[Span]) -> list[Span]:
    """Label WORK_OF_ART a "person" that fills its quotation marks and is credited "by" a name after them.

    English news quotes a song's, a book's or a film's title and names its maker with "by" (The hit song is
    "Geronimo" by Sheppard); a person's nickname in quotation marks stands inside or beside the full name
    ('Thomas "Tom" Smith'), and is credited to no one.

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for ent in ents:
        if ent.label_ == "PERSON" and _credited_quoted_title(ent):
            ent = Span(ent.doc, ent.start, ent.end, label="WORK_OF_ART")
        out.append(ent)
    return out


def _credited_quoted_title(ent: Span) -> bool:
    """Whether a name fills its quotation marks and "by" and a capitalised name follow the closing mark."""
    doc = ent.doc
    after = ent.end
    if after < len(doc) and doc[after].text in (",", "."):  # ('"Geronimo," by Sheppard': American style)
        after += 1
    if not (ent.start > 0 and doc[ent.start - 1].text in _QUOTE_MARKS and after + 2 < len(doc)
            and doc[after].text in _QUOTE_MARKS):
        return False
    if ent.start >= 2 and doc[ent.start - 2].pos_ == "PROPN":
        return False  # a nickname inside a full name ('Thomas "Tom" Smith')
    maker = doc[after + 2]
    return doc[after + 1].lower_ == "by" and maker.is_title and maker.pos_ == "PROPN"
