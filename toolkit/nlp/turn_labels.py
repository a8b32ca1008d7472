"""Turn labels: the initials that mark who speaks in a published interview.

Interviews print each turn after the speaker's mark, often initials in double brackets at the
start of a line ("((WSS)) : Which past U.S. president(s) do you most admire?", "((WN)) How close
do these stars get?"). The small model reads the capitals as a body's acronym and labels them ORG,
and as the mark recurs before every question it outvotes the real names of the text. The mark
stands for a speaker, a person or the publication, and names no body: :func:`drop_turn_labels`
takes it out of the entities, unless its letters are the initials of a body named in the same text
(a spokesperson's turn marked with the body's acronym, which the index merges with the long name).
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of
from toolkit.nlp.names import acronym_of

_OPEN, _CLOSE = "((", "))"


def _initials(ent: Span) -> bool:
    """Whether the span is one word of two to five capitals."""
    return len(ent) == 1 and ent.text.isupper() and ent.text.isalpha() and 2 <= len(ent.text) <= 5


def _around(ent: Span) -> tuple[str, Span, int]:
    """The text from three tokens before the span to two after it, the span, and the offset of the
    text's first character in ``doc.text`` (which spaCy joins anew from every token of the Doc on each read):
    every token holds a character at least, so it covers the three characters before the span
    and the two after it (or the text's start and end)."""
    doc = ent.doc
    first, last = max(0, ent.start - 3), min(len(doc), ent.end + 2)
    return "".join(t.text_with_ws for t in doc[first:last]), ent, doc[first].idx


def _is_turn_label(text: str, ent: Span, offset: int = 0) -> bool:
    """Whether initials stand alone in double brackets at the start of a line of ``text``
    (a part of the Doc's text that starts at character ``offset``)."""
    opening = ent.start_char - len(_OPEN) - offset
    # the brackets open the line: nothing but them between the line's start and the initials
    start, end = ent.start_char - offset, ent.end_char - offset
    return opening >= 0 and text[opening:start] == _OPEN and (opening + offset == 0 or text[opening - 1] == "\n") \
        and text[end:end + len(_CLOSE)] == _CLOSE


def drop_turn_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """Leave out the speakers' initials of an interview's turn labels.

    Args:
        doc: the parsed text.
        ents: its entity spans.

    Returns:
        The spans without the turn labels' initials, but for initials of a body the text names.
    """
    candidates = [e for e in ents if _initials(e)]
    if not candidates:
        return ents
    labels = [e for e in candidates if _is_turn_label(*_around(e))]
    if not labels:  # most texts are no interviews: spare them the acronyms of every name
        return ents
    bodies = {acronym_of(" ".join(t.lower_ for t in e if t.lower_ != "the")) for e in ents
              if e.label_ in ("ORG", "GPE", "NORP", "FAC")} - {""}
    dropped = {(e.start, e.end) for e in labels if e.text.lower() not in bodies}
    return [e for e in ents if (e.start, e.end) not in dropped]


# A turn label that is a full name: two to four capitalised words, alone in double brackets at the start of a
# line ("((Perttu Ahola)) Hi.", "((Thomas Rivinius)) Ah, well yes"): who speaks a turn of an interview.
_SPEAKER_WORDS = (2, 4)


def turn_speakers(doc: Doc, ents: list[Span]) -> list[Span]:
    """Label PERSON the names of the people whose full names mark an interview's turns ("((Perttu Ahola))
    Hi."): a turn is spoken, and only a person speaks, though the model reads the name in the prose as a body
    ("video game developer Perttu Ahola", "an attempt by Ahola", ORG). The marks themselves, which the model
    leaves untagged, stay out of the entities (a turn is no mention: the interviewee's count stays that of
    the prose); the entities that are the full name or its last word are relabelled. Initials ("((WN))")
    are left to :func:`drop_turn_labels`; a name with a body's head word ("((Red Hat Inc))") is left alone.

    Args:
        doc: the parsed text.
        ents: entity spans in document order, none overlapping.
    """
    from toolkit.nlp.lexicon import ORG_HEADS

    names: set[str] = set()
    n = len(doc)
    # the tokenizer splits "((" in two: a bracket, then a bracket, at the start of the text or of a line
    for i in indices_of(doc, ORTH, ("(",)):
        if i + 1 >= n or doc[i + 1].text != "(" or i > 0 and "\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
            continue
        start = end = i + 2
        while end < n and end - start <= _SPEAKER_WORDS[1] and doc[end].text != ")":
            end += 1
        if (end + 1 < n and doc[end + 1].text == ")" and _SPEAKER_WORDS[0] <= end - start <= _SPEAKER_WORDS[1]
                and all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEADS for t in doc[start:end])):
            words = [t.text for t in doc[start:end]]
            names.update({" ".join(words), words[-1]})
    if not names:
        return ents
    return [Span(doc, e.start, e.end, label="PERSON") if e.label_ != "PERSON" and e.text in names else e for e in ents]
