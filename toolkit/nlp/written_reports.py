"""Written reports: "Zelensky wrote on X", "Trump posted that …" is the report, not an event.

Besides "said", news reports what someone put in writing for the public with "wrote", "posted" or "tweeted": "Zelensky
wrote on X", "Trump wrote on Truth Social that …", "…, the minister posted on Telegram." With no object of its own such
a verb frames what was said, a clause after or before it or nothing more than the medium it appeared on; like a plain
"said" it is no act of the story: its content is, reported by the writer (the event golds keep no row for "Biden wrote
that …" or "wrote on Instagram: …"). :func:`reports_in_writing` tells such a verb.

With an object of its own it is an act ("posted a photo to Twitter", "wrote a letter", "posted US$2 million bond"), and
so is writing addressed to someone or about something ("wrote to the prime minister", "wrote about the war") or a
passive ("The letter was written by …"): something was written, sent or published.

The other verbs of saying that tell the manner ("noted that …", "stressed that …", "emphasised") are left events: the
Wikinews golds record "He also noted that the Libyan House of Representatives did not ratify the demarcation" as an
act of noting, with its clause for object; and so is "announced" ("…, the government announced").

Example:
    >>> reports_in_writing(doc[1], "write")  # "Zelensky wrote on X."  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of writing something for others to read.
_WRITING = frozenset({"write", "post", "tweet"})
# Dependents that give the verb an object or a passive subject of its own ("posted a photo", "was written by").
_OWN_OBJECT = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "attr", "oprd"})
# Prepositions of an addressee or a topic ("wrote to the minister", "wrote about the war", "wrote for the Times").
_ADDRESSED = frozenset({"to", "about", "of", "for"})
# Prepositions of the medium something was written on ("wrote on X", "posted in a Telegram channel").
_MEDIUM = frozenset({"on", "in"})


def reports_in_writing(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` (lemma ``lemma``) only reports what someone wrote (see the module's docstring).

    Args:
        verb: the candidate event's verb.
        lemma: its (phrasal) lemma.
    """
    if lemma not in _WRITING:
        return False
    children = list(verb.children)
    if any(c.dep_ in _OWN_OBJECT for c in children):
        return False  # "posted a photo", "was written by …": an act
    if any(c.dep_ == "prep" and c.lower_ in _ADDRESSED for c in children):
        return False  # "wrote to the prime minister", "wrote about the war": a letter, an article
    # what was written (a clause), or where it appeared (a quotation's verb is left to the quotation rules)
    return any(c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "prep" and c.lower_ in _MEDIUM) for c in children)
