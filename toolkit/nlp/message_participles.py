"""A participle of saying after the message it tells of: the message is the act, its content the news (round ev45a).

"Prime Minister Igor Matovič … posted a message on Facebook on Friday announcing he had tested positive for
COVID-19" (Wikinews, 2020): the posting is the speech act, and what the message announced (the positive test,
reported by him) is its content; "announcing" says what the message said, not a second act. The golds list it so
(events-dev3: "the city issued a follow-up statement announcing the break had been contained" gives "issue" and
the containment, no "announce"; there the model hangs the participle on the noun, here on the verb).

The test: a participle of saying (a closed class) set after a verb whose object is a noun of a message or a
document (a closed class), with no subject or subordinator of its own.

Not so: a participle of saying after an act with no message for object ("The ministry closed the border,
announcing a state of emergency": the announcement is an act of its own), and a verb of saying with a subject
("…, and he announced …").

Example:
    >>> tells_a_message(doc[15], "announce")   # "posted a message … announcing he had tested …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of saying that a message does (a lexical class).
_SAYING = frozenset({"announce", "say", "state", "declare", "confirm", "reveal", "explain", "claim", "report"})

# Nouns of a message or a document that says something (a closed class).
_MESSAGE_NOUNS = frozenset("""message statement letter post video tweet release notice note announcement
    communique communiqué memo bulletin""".split())


def tells_a_message(verb: Token, lemma: str) -> bool:
    """Whether a participle of saying only tells what a message just named said (see the module's docstring)."""
    if lemma not in _SAYING or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    if any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGE_NOUNS and c.i < verb.i for c in verb.head.children)
