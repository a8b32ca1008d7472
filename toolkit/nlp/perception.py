"""A participle after the object of a verb of perception or recording: the object does it.

English reports what was seen or recorded with the object and a present participle ("Video
captured Trump wearing a mask while walking to Marine One", "witnesses saw the man running from
the scene", "cameras caught him climbing the fence"): the participle's subject is the object, the
one seen, not the seer. The small parser hangs the participle on the main verb as an adverbial
clause, so it would borrow the main verb's subject, and the video would wear the mask. The verbs
are a closed lexical class (perception, and recording by a device).

Not so: a participle after a comma is the subject's own ("The police filmed the crowd, hoping to
identify …"), as is one with a subject or a subordinator of its own ("… while walking").

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
