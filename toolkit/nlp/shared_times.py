"""Times English shares between the clauses of one sentence, where the time is written in one clause only.

The event rules date a verb by the time of its own clause (:mod:`toolkit.nlp.clause_dates`). Some constructions
state one time for two clauses (the blind pool's wrong dates, bench/audit/blind43, kind 14):

- a bare verb joined by "and" to a verb with the object and time both share ("Authorities shuttered and seized the
  site in March 2018": the shuttering too); a first verb with an object or a phrase of its own keeps its own time or
  none ("arrested the man and charged him on Tuesday");
- a clause of "when" that tells the moment of the main clause ("When announcing the shutdown on Monday,
  Prime Minister Tuilaepa called on …": the call was on Monday), and a clause of "after" whose time is a part of a
  day ("were taken to hospital after a school bus crashed … this morning": hours after, the same day);
- a document named before the subject, in a phrase of "in", with the time of its issue ("In an advisory issued late
  Sunday night, the NHC upgraded …": the upgrade is the advisory's act, of its time).

Each function returns the date the verb takes, or None; the caller asks them only for a verb with no date of its
own.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What a bare first conjunct may have beside its subject: no object, phrase or clause of its own.
_BARE = frozenset({"nsubj", "nsubjpass", "cc", "conj", "neg", "aux", "auxpass", "punct"})
# Marks of a clause of time at one with its main clause ("while" is left out: news uses it for a contrast, "Coles
# called the demand "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected"").
_AT_ONE = frozenset({"when"})
# Parts of a day: an act "after" another at such a time follows it within hours.
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "today", "tonight"})


def date_of_a_bare_conjunct(verb: Token, dated: dict[int, str]) -> str | None:
    """The date of the verb ``verb`` is joined to by "and" when ``verb`` is bare and the other has an object: the
    object and the time after it are the two verbs' ("shuttered and seized the site in March 2018")."""
    if verb.tag_ != "VBD" or any(c.dep_ not in _BARE for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ == "conj"), None)
    if second is None or second.i != verb.i + 2 or verb.doc[verb.i + 1].lower_ != "and" or second.tag_ != "VBD" \
            or not any(c.dep_ == "dobj" for c in second.children):
        return None
    return dated.get(second.i)


def date_of_its_moment(verb: Token, dated: dict[int, str]) -> str | None:
    """The date of a clause of "when" under ``verb`` (a verb in the past), or of one of "after" dated to a
    part of a day: the main clause's moment."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i not in dated:
            continue
        marks = [c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
        if any(m in _AT_ONE for m in marks):
            return dated[clause.i]
        if "after" in marks and any(t.lower_ in _DAY_PARTS for t in clause.subtree if t.i > clause.i):
            return dated[clause.i]
    return None


def date_of_a_document_before(verb: Token, dated: dict[int, str]) -> str | None:
    """The date of the participle describing a thing named in a phrase of "in" before ``verb``'s subject ("In an
    advisory issued late Sunday night, the NHC upgraded …")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > subject.left_edge.i:
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj":
                continue
            for participle in thing.children:
                if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.i in dated:
                    return dated[participle.i]
    return None


def shared_date(verb: Token, dated: dict[int, str]) -> str | None:
    """The date another clause of the sentence gives ``verb`` by one of the constructions above, or None."""
    return date_of_a_bare_conjunct(verb, dated) or date_of_its_moment(verb, dated) \
        or date_of_a_document_before(verb, dated)
