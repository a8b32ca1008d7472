"""Turn labels: the initials that mark who speaks in a published interview.

Interviews print each turn after the speaker's mark, often initials in double brackets at the
start of a line ("((WSS)) : Which past U.S. president(s) do you most admire?", "((WN)) How close
do these stars get?"). The small model reads the capitals as a body's acronym and labels them ORG,
and as the mark recurs before every question it outvotes the real names of the text. The mark
stands for a speaker, a person or the publication, and names no body: :func:`drop_turn_labels`
takes it out of the entities, unless its letters are the initials of a body named in the same text
(a spokesperson's turn marked with the body's acronym, which the index merges with the long name).
A broadcast transcript's stage directions ("(BEGIN VIDEO CLIP)", "(COMMERCIAL BREAK)") name no one either:
:func:`drop_stage_directions` leaves out what the model read in them, and :func:`broadcast_turn_labels` reads a
network's label of a speaker's first turn ("DMITRY PESKOV, KREMLIN SPOKESMAN (through translator):"): a person and a
role, no body.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from toolkit.nlp.initials import acronym_of
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.turn_marks import doc_marks


def _initials(ent: Span) -> bool:
    """Whether the span is one word of two to five capitals."""
    return len(ent) == 1 and ent.text.isupper() and ent.text.isalpha() and 2 <= len(ent.text) <= 5


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
    marked = {(m.start, m.end) for m in doc_marks(doc)}
    labels = [e for e in candidates if (e.start_char, e.end_char) in marked]
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
    for mark in doc_marks(doc):
        words = mark.label.split()
        if _SPEAKER_WORDS[0] <= len(words) <= _SPEAKER_WORDS[1] \
                and all(w.istitle() and w.isalpha() and w.lower() not in ORG_HEADS for w in words):
            names.update({" ".join(words), words[-1]})
    if not names:
        return ents
    return [Span(doc, e.start, e.end, label="PERSON") if e.label_ != "PERSON" and e.text in names else e for e in ents]


# A broadcast transcript's stage direction: a line that is a whole bracket in capitals ("(BEGIN VIDEO CLIP)", "(END
# VIDEO CLIP)", "(COMMERCIAL BREAK)", "[AD BREAK]") or a bracketed note of the room ("(Crosstalk.)", "(Laughter.)").
_STAGE_DIRECTION = re.compile(r"^[ \t]*(?:\((?:[A-Z][A-Z ,'’-]*|[A-Z][a-z]+\.)\)|\[(?:[A-Z][A-Z ,'’-]*|[A-Z][a-z]+\.)\])"
                              r"[ \t]*$", re.M)


def drop_stage_directions(doc: Doc, ents: list[Span]) -> list[Span]:
    """Leave out the names the model read in a transcript's stage directions ("(END VIDEO CLIP)" ORG, round
    wire34c): a line that is only a bracket in capitals, or one capitalised word and a full stop in it, tells what
    is heard or shown, and names no one.

    Args:
        doc: the parsed text.
        ents: its entity spans.
    """
    text = doc_text(doc)
    if "(" not in text and "[" not in text:
        return ents
    lines = [(m.start(), m.end()) for m in _STAGE_DIRECTION.finditer(text)]
    if not lines:
        return ents
    return [e for e in ents if not any(s <= e.start_char and e.end_char <= t for s, t in lines)]


# A broadcast transcript's turn label in capitals at a paragraph's start, as the networks print the first turn of each
# speaker: the name, a comma, the role, a note in brackets, a colon ("JAKE TAPPER, CNN HOST:", "DMITRY PESKOV, KREMLIN
# SPOKESMAN (through translator):", "DONALD TRUMP, PRESIDENT OF THE UNITED STATES:").
_BROADCAST_LABEL = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}), ([A-Z][A-Z&.'’-]*(?: [A-Z&][A-Z&.'’-]*)*)"
                              r"(?: \([^()\n]{1,40}\))?:[ \t]", re.M)
# A transcript's label of a turn that names no one: a reporter's question, the chair of a press conference.
_ROLE_LABELS = re.compile(r"^(QUESTION|Q|MODERATOR|REPORTER|ANNOUNCER|INTERVIEWER|OPERATOR|PARTICIPANT|Question)"
                          r"(?: \[(?P<asker>[^\]\n]{1,60})\])?:[ \t]", re.M)


def broadcast_turn_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """Read a broadcast transcript's turn labels (round wire34c): in "DMITRY PESKOV, KREMLIN SPOKESMAN (through
    translator):" the words before the comma are a person (the model calls the capitals a body), and the role after
    it names no one ("CNN HOST" PERSON, "KREMLIN SPOKESMAN" ORG); a label of a role alone ("QUESTION:", "MODERATOR:")
    is no person either, and the outlet in the label's bracket ("Question [Politico Europe]:", "Question [Andrew
    Gray, Reuters]:", as NATO prints its press conferences) is a body, not a place.

    Args:
        doc: the parsed text.
        ents: entity spans in document order, none overlapping.
    """
    text = doc_text(doc)
    if ":" not in text:
        return ents
    people: list[tuple[int, int]] = []
    furniture: list[tuple[int, int]] = []
    for found in _BROADCAST_LABEL.finditer(text):
        people.append(found.span(1))
        furniture.append((found.start(2), found.end()))
    outlets: list[tuple[int, int]] = []  # the outlet after a reporter's name in the label ("[Andrew Gray, Reuters]")
    for found in _ROLE_LABELS.finditer(text):
        furniture.append(found.span(1))
        if found.group("asker"):
            outlets.append((max(found.start("asker"), text.rfind(",", 0, found.end("asker")) + 1), found.end("asker")))
    if not people and not furniture:
        return ents
    # a reporter's outlet, or the outlet alone ("Question [Politico Europe]:"), is a body the model may call a place
    ents = [Span(e.doc, e.start, e.end, label="ORG") if e.label_ in ("GPE", "LOC", "NORP")
            and any(s <= e.start_char and e.end_char <= t for s, t in outlets) else e for e in ents]
    kept = [e for e in ents if not any(s <= e.start_char and e.end_char <= t for s, t in furniture + people)]
    added = [span for s, t in people if (span := doc.char_span(s, t, label="PERSON")) is not None]
    for s, t in outlets:  # (an outlet the model left untagged in the label: "Question [Politico Europe]:")
        span = doc.char_span(s + len(text[s:t]) - len(text[s:t].lstrip()), t, label="ORG")
        if span is not None and all(w.is_title or w.is_upper for w in span) \
                and not any(e.start < span.end and span.start < e.end for e in kept):
            added.append(span)
    return sorted(kept + added, key=lambda e: e.start)
