"""Clauses that tell time passing: a frame of time, not an act.

A round-up or a chronicle marks where it is in time with a clause whose subject is the time
itself ("As September came to a close, Biden maintained his lead", "October started with a
surprise for the electorate", "as Election Day drew closer") or whose only complement is a time
the subject moves into ("As the campaign entered September, …"). Nobody does anything in such a
clause: a month does not come, a campaign does not enter a month; the clause dates what the
sentence tells. English does this with a small class of verbs of motion and phase ("come to a
close", "draw near", "begin", "end", "enter", "pass"); their subject or complement is a time by
the entity recogniser's DATE or TIME on a name or a number ("September", "Election Day"), or a
common noun of the calendar ("the month", "the week").

Not a frame of time: a person who enters or starts something ("Trump started the month visiting
Kenosha" tells a visit, and the golds keep such a row), a thing that starts at a time ("The fire
started at about 19:00"), a period of a match ("The first half ended 1 – 1 on the scoreboard"
tells a score), or a time in a passive ("the session was opened").

Example:
    >>> passes_time(doc[2], "come")  # "As September came to a close, …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of motion and phase that English uses of time itself ("the month came to a close", "the
# deadline approached", "the week began with …", "as the hours passed").
PASSAGE_VERBS = frozenset({"come", "draw", "approach", "near", "arrive", "pass", "go", "elapse", "roll", "wear",
                           "begin", "start", "end", "close", "open", "dawn"})

# Verbs of a thing moving into a time ("the campaign entered September", "the strike entered its
# third week"): with nothing but the time after them, they tell how long it has gone on.
ENTRY_VERBS = frozenset({"enter"})

# Common nouns of a stretch of the calendar that can stand as such a subject or complement (not the
# periods of a match: "The first half ended 1 – 1" tells a score, and the golds keep it).
TIME_NOUNS = frozenset("""year month week weekend day night morning afternoon evening decade century era hour""".split())


def _is_time(noun: Token) -> bool:
    """Whether a word names a time of the calendar: a name or a number tagged DATE or TIME
    ("September", "Election Day", "2020"), or a common noun of the calendar ("the month")."""
    if noun.pos_ in ("PROPN", "NUM"):
        return noun.ent_type_ in ("DATE", "TIME")
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in TIME_NOUNS


def passes_time(verb: Token, lemma: str) -> bool:
    """Whether ``verb`` tells time passing (see the module's docstring): a verb of passage whose
    subject is a time, or "enter" with a thing for subject and only a time after it."""
    word = lemma.split()[0]
    if word not in PASSAGE_VERBS and word not in ENTRY_VERBS:
        return False  # (the cheap test first: this is asked of nearly every verb of a text)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if word in PASSAGE_VERBS:
        return _is_time(subject) and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    if word in ENTRY_VERBS:
        complements = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
        return len(complements) == 1 and _is_time(complements[0]) and subject.pos_ == "NOUN" \
            and not subject.ent_type_ and not _is_time(subject)
    return False
