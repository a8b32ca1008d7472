"""Participles that English uses as prepositions: "following his victories" is "after" them.

A few participles have become prepositions of their own, the marginal (deverbal) prepositions of
English grammars: "following", "including", "regarding", "concerning", "excluding", "barring",
"pending", "given". With a noun phrase after them and no subject of their own they relate that
phrase to the clause ("… brings his delegate total to 86, following his victories in Iowa" = after
his victories), and nobody does the verb's act: the clause's subject did not "follow" anything.

So do the participles of beginning with "with" after them, set off by a comma: "starting with"
and "beginning with" name the first item of what the clause spoke of ("Congress wields significant
influence over the nation's character, starting with the preservation of human dignity" = first of
all the preservation …). Their subject would be the clause's, which starts nothing; with an object
of their own ("…, starting the engine with a key") they are acts and stay. With a time after them
(set off by commas or not: "tariffs on farm products starting March 10") they say from when the clause holds ("After the election is made, beginning in May
2026, Treasury … will send information" = from May 2026): the clause's subject begins nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

# The marginal prepositions spelt as a participle (a closed class of English grammar).
DEVERBAL_PREPOSITIONS = frozenset({"following", "including", "regarding", "concerning", "excluding", "barring",
                                   "pending", "given"})


# Participles of beginning that, with "with", name the first item of a list.
_BEGINNING_PARTICIPLES = frozenset({"starting", "beginning"})


def _first_of_list(verb: Token) -> bool:
    """"…, starting with the preservation of human dignity": a participle of beginning after a comma,
    with a "with" phrase and no object, subject or auxiliary of its own."""
    if verb.lower_ not in _BEGINNING_PARTICIPLES or verb.dep_ not in ("advcl", "acl", "conj", "prep", "pcomp") \
            or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i == verb.i + 1 for c in verb.children)


# Prepositions that put a time after a participle of beginning ("beginning in May 2026", "starting on Monday").
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "from"})


def _start_of_time(verb: Token) -> bool:
    """"…, beginning in May 2026, Treasury … will send": a participle of beginning between commas whose
    only words are a preposition of time and a date (or a date alone, "starting Monday"), no subject,
    auxiliary or object of its own; a time from which the clause holds."""
    doc = verb.doc
    if verb.lower_ not in _BEGINNING_PARTICIPLES or verb.dep_ not in ("advcl", "acl"):
        return False
    # (set off by a comma or not: "announced tariffs on U.S. farm products starting March 10", "Starting Monday, …")
    words = [c for c in verb.children if c.dep_ != "punct"]
    if len(words) != 1:
        return False
    word = words[0]
    if word.dep_ == "prep" and word.lower_ in _TIME_PREPOSITIONS and word.i == verb.i + 1:
        objects = [c for c in word.children if c.dep_ == "pobj"]
        time = objects[0] if len(objects) == 1 else None
    else:
        time = word if word.dep_ == "npadvmod" and word.left_edge.i == verb.i + 1 else None  # ("starting next month")
    if time is None or time.ent_type_ not in ("DATE", "TIME"):
        return False
    last = max(t.i for t in verb.subtree)
    return last + 1 < len(doc) and (doc[last + 1].text == "," or doc[last + 1].is_sent_end
                                    or doc[last + 1].text in (".", ";", "!"))


def used_as_preposition(verb: Token) -> bool:
    """Whether a participle stands as a preposition: one of the closed class, attached to the
    clause as a modifier, with a noun phrase for object and no subject or auxiliary of its own.

    Args:
        verb: a token tagged as a verb.

    Returns:
        True for "following his victories" and "…, starting with the preservation of …", not for
        "were following the rules".
    """
    if _first_of_list(verb) or _start_of_time(verb):
        return True
    if verb.lower_ not in DEVERBAL_PREPOSITIONS or verb.dep_ not in ("advcl", "prep", "acl", "pcomp"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("pobj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for c in verb.children)
