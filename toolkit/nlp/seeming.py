"""Verbs of seeming in reported content: "Népszava noted the purchase appeared to circumvent the Ministry of Defence".

Reported, "appear" or "seem" with an infinitive is the claimant's hedged word for an act: the infinitive is the
event, with the subject of "appeared" and the claimant behind it (:func:`toolkit.nlp.predicates.aspectual` lets the
infinitive through as it does an aspect's). In a clause of the narration's own they hedge the act, which stays no
event; and a progressive after them ("Police also said Khan had appeared to be wearing a suicide vest", which was
a fake) tells how someone looked at a moment, a perception, not a claimed act (:func:`seen_in_progress`).

A clause of unreal comparison tells how something seemed, not what happened (:func:`unreal_comparisons`): "as if" or
"as though" opens one after any verb ("The building looked as though it had been hit by a missile", "He acted as if
nothing had happened"), and "like" after a verb of appearance ("emails that look like they come from a bank", "The
talks sounded like they had gone well"); like a condition, nothing in it is asserted.

Example:
    >>> seen_in_progress(appeared)  # "… had appeared to be wearing a suicide vest"  # doctest: +SKIP
    True
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of seeming.
SEEMING_VERBS = frozenset({"seem", "appear"})
# Verbs of appearance, after which "like" opens a comparison ("looks like they come from a bank").
_APPEARANCE_VERBS = frozenset({"look", "sound", "seem", "appear", "feel", "smell", "taste"})


def seen_in_progress(verb: Token) -> bool:
    """Whether a verb of seeming governs a progressive infinitive ("appeared to be wearing")."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and any(a.lower_ == "be" for a in c.children)
               for c in verb.children)


def unreal_comparisons(doc) -> set[int]:
    """The heads of the clauses of unreal comparison in ``doc`` ("as if …", "as though …", "looks like …")."""
    heads = set()
    for word in doc:
        if word.dep_ != "mark" or word.lower_ not in ("if", "though", "like"):
            continue
        clause = word.head
        if clause.dep_ != "advcl" or clause.head.i == clause.i:
            continue
        if word.lower_ == "like":
            if clause.head.lemma_.lower() in _APPEARANCE_VERBS:
                heads.add(clause.i)
        elif any(c.dep_ == "mark" and c.lower_ == "as" and c.i == word.i - 1 for c in clause.children):
            heads.add(clause.i)
    return heads
