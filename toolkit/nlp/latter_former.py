""""The latter" and "the former": the last or the first of two names listed just before.

News lists two names and takes one up with "the latter" or "the former" ("Investigations have been launched by the
Federal Aviation Administration and the National Transportation Safety Board, with the latter yesterday confirming on
Twitter they were …", Wikinews, 2020): the words point back to a member of the list, by its place in it, and stand
for nobody else. :func:`named_by_position` gives the head word of that member, so that the speaker of a quotation or
the subject of an event is the name, not the text's last speaker nor the phrase "the latter".

The list is the nearest coordination of names (entities joined by "and" or "or") before the word, in its sentence or
the one before; without one the words are left to the other readings.

Example:
    >>> named_by_position(doc[17]).text   # "… the Federal Aviation Administration and the National Transportation
    ...                                   # Safety Board, with the latter yesterday confirming …"  # doctest: +SKIP
    'Board'
"""

from __future__ import annotations

from spacy.tokens import Token

_POSITIONS = {"latter": -1, "former": 0}


def named_by_position(token: Token) -> Token | None:
    """The head word of the name "the latter" (the list's last) or "the former" (its first) stands for, or None."""
    at = _POSITIONS.get(token.lower_)
    if at is None or token.i == 0 or token.doc[token.i - 1].lower_ != "the":
        return None
    doc = token.doc
    sentence = token.sent
    start = sentence.start
    if start > 0:
        start = doc[start - 1].sent.start  # (the sentence before too: "… Smith and Jones. The latter said …")
    for k in range(token.i - 1, start - 1, -1):
        word = doc[k]
        if word.dep_ != "conj" or not word.ent_type_ or word.ent_iob_ == "O":
            continue
        first = word
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if not first.ent_type_:
            continue
        members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.ent_type_ and t.i < token.i]
        members = sorted({t.i: t for t in members}.values(), key=lambda t: t.i)
        return members[at] if len(members) >= 2 else None
    return None
