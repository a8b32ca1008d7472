""""Came from" with a message for subject: where the message came from, not an act.

:func:`toolkit.nlp.events.events` asks this of every candidate verb. A rule of English news
language: "come from" with a noun of a message for subject and nothing but its source ("The news
came from the Twitter account in his name", "The news came from his son-in-law", "Requests have
come from the Municipality") names who gave the message, as "according to" does: nobody came
anywhere, and the message is told by the rest of the text. A thing that comes from a place is its
origin, which the golds list as background ("the … marine mammal tusk came from the wall in
Fishmongers' Hall", "the Volvo came from RAF Croughton"), and is left alone, as are a person who
comes from a place and a verb with an object or a clause of its own.

The nouns of a message are a lexical class (what is said or sent: news, word, report, request, …).

Example:
    >>> names_message_source(doc[2], "come")  # "The news came from the Twitter account"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a message: what is said, written or sent, whose source "came from" names.
MESSAGE_NOUNS = frozenset("""news word report announcement confirmation statement information message request
    call appeal demand warning criticism praise comment reaction response""".split())

# Complements that make "come" more than a source ("came to power", "came home to vote").
_OTHER_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "prt", "attr", "acomp", "oprd"})


def names_message_source(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` is "come from" with a noun of a message for subject and no other
    complement (see the module's docstring)."""
    if lemma != "come" or any(c.dep_ in _OTHER_COMPLEMENTS for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in MESSAGE_NOUNS
