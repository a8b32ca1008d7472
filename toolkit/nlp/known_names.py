"""Names of the toolkit's known table that the model left untagged: "Zelenskyy rejected any deal …".

The small model misses a name it has rarely seen at the opening of a sentence, as it misses "Zelenskyy" there; the
known table (:data:`toolkit.nlp.surfaces.KNOWN_ALIASES`, with :data:`~toolkit.nlp.surfaces.KNOWN_LABELS`) says who
the name is. Left untagged, the name is nobody: its sentence's acts lose their actor, and the next "he said" goes to
the last person the model did tag. :func:`untagged_known_names` tags each one-word spelling of the table, written
with its capital, that stands alone (no capitalised word touching it, which would make it part of a longer name,
"America First"), with the kind the table gives it.

Example:
    >>> [(e.text, e.label_) for e in untagged_known_names(doc, set())]  # "Zelenskyy rejected any deal …"  # doctest: +SKIP
    [('Zelenskyy', 'PERSON')]
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from toolkit.nlp.lookups import indices_of
from toolkit.nlp.surfaces import KNOWN_ALIASES, KNOWN_LABELS

# The one-word spellings of the table, with the kind of the name each stands for (not the short ones, acronyms
# written in capitals and the pronoun "us").
_ONE_WORD = {key: KNOWN_LABELS[name] for key, name in KNOWN_ALIASES.items()
             if key.isalpha() and len(key) > 3 and name in KNOWN_LABELS}
_KEYS = frozenset(_ONE_WORD)


def _name_word(token) -> bool:
    return token.is_title and token.is_alpha and not token.is_sent_start


def untagged_known_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Spans for the one-word known names the model left untagged (see the module's docstring).

    Args:
        doc: the parsed document.
        taken: indices of the tokens entities found so far hold.
    """
    found: list[Span] = []
    for i in indices_of(doc, LOWER, _KEYS):  # (only the table's spellings, found in the Doc's column)
        token = doc[i]
        label = _ONE_WORD.get(token.lower_) if token.is_title else None
        if label is None or token.i in taken or token.ent_type_:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is not None and _name_word(before) and not token.is_sent_start) or (after is not None and after.is_title
                                                                                       and after.is_alpha):
            continue  # part of a longer name ("America First", "Kiev Pechersk Lavra")
        found.append(Span(doc, token.i, token.i + 1, label=label))
    return found
