"""Acts a frame says were nearly done and were not: "stopped short of firing the chief", "came close to losing a
vote", "fell short of winning the title", "was on the verge of offering a concession", "on the brink of collapsing";
and acts it says are not done yet: "has yet to sign", "is yet to comment".

English tells a near miss by a frame around a gerund: the frame's verb ("stop", "come", "fall", "be") carries the
subject, tense and modal, and the gerund names the act that did not happen. The parser hangs the gerund on a
preposition under "short", "close", "verge" or "brink", where no event is read, so the analyst was left with
"Bass | stop", an act with no content. The act is the gerund's, negated, done (or not) by the frame's subject:
"Bass stopped short of firing the chief" → Bass | fire | the chief | negated.

"has yet to" (or "is yet to") says the same of its infinitive: not done, so far. The parser makes the infinitive
the complement of "have" with "yet" beside it, and an infinitive there was read as a goal, with no row at all.

Example:
    >>> near_miss_frame(nlp("Bass stopped short of firing the chief.")[4])  # doctest: +SKIP
    stopped
"""

from __future__ import annotations

from spacy.tokens import Token

# The adverb of a near miss, the preposition that takes its gerund and the frame verbs it goes with.
_SHORT_OR_CLOSE = {"short": ("of", frozenset({"stop", "fall"})), "close": ("to", frozenset({"come"}))}
# The nouns of "on the verge of", "on the brink of".
_EDGES = frozenset({"verge", "brink"})
# The frame verbs that can hold "short" or "close" (a cheap first test for every verb).
FRAME_LEMMAS = frozenset({"stop", "fall", "come"})


def near_miss_frame(verb: Token) -> Token | None:
    """The frame verb of a near miss whose gerund ``verb`` is ("firing" of "stopped short of firing"), or None.
    Only a gerund with no subject of its own counts: "came close to the border" names a place, not an act."""
    if (yet := _yet_frame(verb)) is not None:
        return yet
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    preposition = verb.head
    if preposition.dep_ != "prep":
        return None
    word = preposition.head
    frame = None
    if word.lower_ in _EDGES and preposition.lower_ == "of" and word.dep_ == "pobj" and word.head.lower_ == "on" \
            and word.head.dep_ == "prep":
        frame = word.head.head  # "was on the verge of offering", "teetered on the brink of collapsing"
    elif word.lower_ in _SHORT_OR_CLOSE and word.dep_ == "advmod":
        wanted, lemmas = _SHORT_OR_CLOSE[word.lower_]
        if preposition.lower_ == wanted and word.head.lemma_.lower() in lemmas:
            frame = word.head
    return frame if frame is not None and frame.pos_ in ("VERB", "AUX") else None


def _yet_frame(verb: Token) -> Token | None:
    """The "has" or "is" of "has yet to sign" whose infinitive ``verb`` is, or None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i >= verb.i or head.lemma_.lower() not in ("have", "be") \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children) or verb.lemma_.lower() == "come":
        return None  # ("the worst is yet to come": a set phrase for what the future holds, no act; and "has yet to be
        # calculated" is a passive, whose subject is no agent)
    return head if any(c.dep_ == "advmod" and c.lower_ == "yet" and head.i < c.i < verb.i for c in head.children) \
        else None


def frames_near_miss(verb: Token) -> bool:
    """Whether ``verb`` is the frame of a near miss ("stopped" of "stopped short of firing"): its act is the
    gerund's, and the frame itself tells none."""
    if verb.lemma_.lower() not in FRAME_LEMMAS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in _SHORT_OR_CLOSE and any(
        p.dep_ == "prep" and any(getattr(near_miss_frame(g), "i", None) == verb.i for g in p.children)
        for p in c.children) for c in verb.children)
