"""A report in the passive of "quote": "X was quoted (by Y) as saying …".

Wires and papers that relay another outlet's interview write "Iranian officials were quoted by AP as saying" after
the content, or "The minister was quoted as saying that the army had withdrawn" before it. The one who says it is
the passive subject of "quoted", not the outlet in the "by" phrase (it only carried the words) and not nobody: the
content is the subject's claim, as after "said". The small model hangs the content on "quoted" (a content told
first) or on "saying" (a content told after), and "saying" on "as".

Example:
    >>> quoted_as_saying(doc[29])  # "…, Iranian officials were quoted by AP as saying."  # doctest: +SKIP
    officials
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.verb_classes import SPEECH_VERBS


def quoted_as_saying(verb: Token) -> Token | None:
    """The passive subject of "was quoted … as saying" when ``verb`` is that "quoted" or its "saying", else None."""
    frame = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        frame = verb.head.head
    if frame.lemma_.lower() != "quote" or not any(c.dep_ == "auxpass" for c in frame.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in SPEECH_VERBS
                                                              for g in c.children) for c in frame.children):
        return None
    return next((c for c in frame.children if c.dep_ == "nsubjpass"), None)
