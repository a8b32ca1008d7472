"""A name run on over "&" into the small words after it: "restore integrity 2 the DOJ & end the weaponization".

"&" joins two names in a body's name ("Johnson & Johnson", "Procter & Gamble", "American Center for Law &
Justice"), each part capitalised; in a hurried post it stands for "and" between two verbs' phrases, and the small
model may run the name before it on into the next word ("the DOJ & end" ORG). A name's part after "&" is no word
in small letters: :func:`names_cut_at_ampersands` ends such a name before the "&".

Example:
    >>> [e.text for e in names_cut_at_ampersands(list(nlp("Blanche will restore integrity 2 the DOJ & end it.").ents))]  # doctest: +SKIP
    ['Blanche', 'DOJ']
"""

from __future__ import annotations

from spacy.tokens import Span

from toolkit.nlp.lexicon import NAME_LABELS
from toolkit.nlp.lookups import span_text


def names_cut_at_ampersands(ents: list[Span]) -> list[Span]:
    """End a name before an "&" that only words in small letters follow to the name's end (an article before the
    name dropped with it: "the DOJ & end" → "DOJ").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out = []
    for e in ents:
        amp = next((t.i for t in e if t.text == "&"), None) if "&" in span_text(e) else None
        if (e.label_ in NAME_LABELS and amp is not None and amp > e.start and amp + 1 < e.end
                and all(t.is_lower and t.is_alpha for t in e.doc[amp + 1:e.end])):
            start = e.start + 1 if e.doc[e.start].lower_ == "the" else e.start
            if start < amp:
                out.append(Span(e.doc, start, amp, label=e.label_))
            continue
        out.append(e)
    return out
