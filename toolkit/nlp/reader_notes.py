"""Notes to the reader: a bracket that opens on a bare verb points the reader somewhere, and tells no act.

Writers set cross-references in brackets as commands to the reader: "(see source link)", "(read the whole column
here)", "(click the map to enlarge)", "(listen to the interview below)". The verb is an imperative with no subject of
its own; the parser, finding none, hangs it on the sentence around it as a conjunct, and the event reader then lends
it that clause's subject ("this author see source link"). A bare verb (tag ``VB``) right after an opening bracket,
with no subject or auxiliary of its own, is such a note: no event. A bracket that holds a clause with its subject
("(he denied it)") or a modal's bare verb ("(they could not be reached)") is left to the other rules.

Example:
    >>> points_the_reader(doc[17])  # "… on the Seattlepi.com (see source link) Palestinian Leader …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

_OPENING_BRACKETS = frozenset({"(", "["})


def points_the_reader(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb that opens a bracket, with no subject or auxiliary of its own."""
    if verb.tag_ != "VB" or verb.i == 0 or verb.doc[verb.i - 1].text not in _OPENING_BRACKETS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)
