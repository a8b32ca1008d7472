"""A relative pronoun the parser hung on a date or a time stands for no agent.

:class:`toolkit.nlp.actors.Actors` asks this of the antecedent it finds for a relative pronoun
subject. A rule of English news language: a day, a year or an hour does nothing, so a relative
clause whose active verb the parse gives a date for subject tells what something else did ("Li
died of the infection on Friday, which quickly became the most frequently discussed subject …":
his death; "76 villages were affected according to NDRRMC report on Saturday, which figured 21
injured individuals …": the report; "He died in 2014 which basically stalled the study": his
death). The relative then comes after a time phrase closing a clause, and what it stands for is a
noun before that phrase or the clause itself (a sentential relative), which the parse does not
tell; the event is left without an agent rather than given the date. A time that is the subject
of "be" ("On July 25, which was the 110th anniversary …") is no event anyway; a passive's subject
("2014, which was marked by …") is left alone.

Example:
    >>> stands_for_a_time(doc[11], doc[9])  # "report on Saturday, which figured …"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Labels of dates and times: no agent.
_TIME_LABELS = frozenset({"DATE", "TIME"})


def stands_for_a_time(pronoun: Token, antecedent: Token) -> bool:
    """Whether a relative pronoun, the subject of an active verb, has a date or a time for its
    parsed antecedent (see the module's docstring)."""
    return pronoun.dep_ == "nsubj" and antecedent.ent_type_ in _TIME_LABELS \
        and antecedent.pos_ in ("NOUN", "PROPN", "NUM")
