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

from spacy.tokens import Doc, Span

from toolkit.nlp.names import acronym_of

_OPEN, _CLOSE = "((", "))"


def _is_turn_label(doc: Doc, ent: Span) -> bool:
    """Whether the span is one word of capitals alone in double brackets at the start of a line."""
    if len(ent) != 1 or not (ent.text.isupper() and ent.text.isalpha() and 2 <= len(ent.text) <= 5):
        return False
    before = doc.text[:ent.start_char]
    line_start = before.rfind("\n") + 1
    return before[line_start:] == _OPEN and doc.text[ent.end_char:ent.end_char + len(_CLOSE)] == _CLOSE


def drop_turn_labels(doc: Doc, ents: list[Span]) -> list[Span]:
    """Leave out the speakers' initials of an interview's turn labels.

    Args:
        doc: the parsed text.
        ents: its entity spans.

    Returns:
        The spans without the turn labels' initials, but for initials of a body the text names.
    """
    bodies = {acronym_of(" ".join(t.lower_ for t in e if t.lower_ != "the")) for e in ents
              if e.label_ in ("ORG", "GPE", "NORP", "FAC")} - {""}
    return [e for e in ents if not (_is_turn_label(doc, e) and e.text.lower() not in bodies)]
