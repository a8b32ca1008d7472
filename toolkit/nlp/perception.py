"""A participle after the object of a verb of perception or recording: the object does it.

English reports what was seen or recorded with the object and a present participle ("Video
captured Trump wearing a mask while walking to Marine One", "witnesses saw the man running from
the scene", "cameras caught him climbing the fence"): the participle's subject is the object, the
one seen, not the seer. The small parser hangs the participle on the main verb as an adverbial
clause, so it would borrow the main verb's subject, and the video would wear the mask. The verbs
are a closed lexical class (perception, and recording by a device).

Not so: a participle after a comma is the subject's own ("The police filmed the crowd, hoping to
identify …"), as is one with a subject or a subordinator of its own ("… while walking").

A bare infinitive with its own subject after a verb of perception ("General Motors saw its overall
vehicle sales soar", "New Orleans, which saw its homicide rate drop to its lowest level in 50 years",
"they see their friends and relatives die after entering a care facility") is an event perceived or
undergone, not content reported: "see" with a finite clause ("saw that …") tells what someone
understood, but with a bare infinitive it tells that the event took place before the seer. The
small parser hangs the infinitive on the verb as a clausal complement, as it does reported
content, and the event would be reported by General Motors; :func:`perceived_clause` tells such
a complement, whose event is told as the perceiving clause is.

Example:
    >>> seen_doer(doc[3])  # "Video captured Trump wearing a mask"  # doctest: +SKIP
    Trump
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of perception and of recording what is perceived.
PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "witness", "notice", "observe", "spot", "catch", "capture",
                              "film", "photograph", "record", "videotape", "show", "depict", "picture"})


def seen_doer(verb: Token) -> Token | None:
    """The object a participle right after it tells the act of (see the module's docstring), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp") or verb.i < verb.head.i \
            or verb.head.lemma_.lower() not in PERCEPTION_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    seen = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if seen is None or seen.right_edge.i + 1 != verb.left_edge.i or seen.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # (a comma or other words between: the participle is the subject's own)
    return seen


# Verbs of perception that take a bare infinitive ("saw its sales soar", "heard him leave").
_BARE_PERCEPTION = frozenset({"see", "hear", "watch", "witness", "notice", "observe", "feel"})


def perceived_clause(clause: Token) -> bool:
    """Whether ``clause`` is a bare infinitive with a subject of its own under a verb of
    perception (see the module's docstring): no subordinator, no auxiliary, a base form."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _BARE_PERCEPTION:
        return False
    if clause.tag_ not in ("VB", "VBP") or clause.lower_ != clause.lemma_.lower():
        return False
    children = list(clause.children)
    if not any(c.dep_ == "nsubj" for c in children) or any(c.dep_ in ("mark", "aux", "auxpass") for c in children):
        return False
    return witnessed(clause.head)


def witnessed(perceiving: Token) -> bool:
    """Whether the perceiving clause tells that someone saw: not a generic or an addressed "you"
    ("Then you see the boxes move": whoever looks), and not a question ("how do you see India play a
    role in a —", an interrupted question with no question mark, its auxiliary before its subject)."""
    seer = next((c for c in perceiving.children if c.dep_ == "nsubj"), None)
    if seer is None or seer.lower_ == "you":
        return False
    return not any(c.dep_ == "aux" and c.i < seer.i for c in perceiving.children)
