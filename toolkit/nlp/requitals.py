"""The act a sentence, a fine or a reproach is given for ("Judge Bernard Schwartz sentenced David and Louise Turpin
to life in prison for torturing all but the youngest of their thirteen children", "Eric Holder was held in contempt
… for refusing to turn over documents"): a gerund under "for" on a verb of requital is the act of the one requited.

English verbs of requital by an authority (sentencing, fining, suspending …) take the one requited as object, or as
subject in the passive, and what they did as a gerund under "for"; the verb presupposes the act, so it is told as a
fact (unlike "arrested for" or "charged with", which allege it, or "blamed for", the speaker's claim). The gerund has no subject of its own, and the one who
did it is not the sentence's subject (the judge) but its object. The gerund must carry its own complement ("for
torturing all but the youngest …"): a bare one names a purpose or an offence's label ("held for questioning").

Example:
    >>> requited_one(torturing)  # doctest: +SKIP
    Turpin
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of requital by an authority that presuppose the act they are for (a lexical class): a sentence, a penalty,
# a sanction. (Thanks, praise and blame are the speaker's word for the act: "his critics … blame him for encouraging
# farmers …", "criticized Democrats for failing to mention …" tell a claim, and are left to the rules of reports.)
REQUITAL_VERBS = frozenset({"sentence", "convict", "jail", "imprison", "fine", "punish", "penalize", "penalise",
                            "sanction", "suspend", "expel", "reprimand", "censure"})

# The complements that make a gerund an act told in full.
_COMPLEMENTS = frozenset({"dobj", "xcomp", "ccomp", "prt", "attr", "acomp", "dative"})


def requital_of(verb: Token) -> Token | None:
    """The verb of requital a gerund under "for" tells the reason of, or None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    frame = prep.head
    if frame.pos_ != "VERB" or frame.lemma_.lower() not in REQUITAL_VERBS:
        return None
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in children) \
            or not any(c.dep_ in _COMPLEMENTS for c in children):
        return None
    return frame


def requited_one(verb: Token) -> Token | None:
    """Who did the act a gerund of requital tells: the requital's object, or its subject in the passive."""
    frame = requital_of(verb)
    if frame is None:
        return None
    if any(c.dep_ == "auxpass" for c in frame.children):
        # the subject nearest the verb ("Numerous times, over the years, people have been sentenced …": the parser
        # may make a fronted phrase a second subject)
        return max((c for c in frame.children if c.dep_ == "nsubjpass" and c.i < frame.i), key=lambda c: c.i,
                   default=None)
    return next((c for c in frame.children if c.dep_ == "dobj"), None)
