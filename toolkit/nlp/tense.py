"""Which way a time expression points, read from the clause around it.

A bare weekday or month is before or after the day of publication depending on the sentence:
the tense and aspect of the verb that governs it ("met on Friday", "will meet on Friday", "has
met since May"), a modal, "until"/"by" before a deadline, a future seen from a past moment
("was expected to pass Wednesday night", "extended the lockdown to May 1"), a date naming a
thing ("the November 13 deadline"), and a count that looks back ("for the first time in four
years"). :func:`context_hint` gives the hint that :func:`toolkit.nlp.dates.resolve` takes.

A past tense that only follows a reporting verb ("said Thursday was the deadline", "said the talks
were due to start Thursday") and a weekday named as a deadline or as the day a thing is set for
look ahead (:mod:`toolkit.nlp.backshift`); :func:`seen_from` gives the reporting verb's own day
("said on Friday that …"), after which such a weekday falls.

Example:
    >>> doc = load_model()("He will meet them on Friday.")                # doctest: +SKIP
    >>> context_hint(doc, doc[5:6])
    'future'
"""

from __future__ import annotations

import re

from toolkit.nlp.backshift import names_a_deadline, reported_future, reporting_verb, scheduled, speech_day
from toolkit.nlp.dates import IN_COUNT as _IN_COUNT
from toolkit.nlp.dates import MON as _MON
from toolkit.nlp.dates import WEEKDAYS as _WEEKDAYS

OFFSET = re.compile(r"(?i)^(?:within|in)\s|\s(?:ago|from now|hence|later|earlier)$")


WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(_WEEKDAYS) + r")\b")
_BARE_WEEKDAY = re.compile(r"(?i)(?:" + "|".join(_WEEKDAYS) + r")(?:\s+(?:night|morning|afternoon|evening))?$")


_FUTURE_WORDS = {"until", "till", "by", "through"}  # ("keep the government open through Sept. 30")


# Words before a date from which a thing holds: it lies on either side of the day told, the nearer one.
_FROM_WORDS = {"starting", "beginning", "effective"}


_DEADLINE_LEMMAS = {"give", "grant", "set", "extend", "issue", "impose", "allow", "order", "warn", "demand",
                    "ask", "urge", "tell", "threaten", "vow", "promise", "pledge", "expect", "plan"}


# Verbs that put an obligation on their infinitive ("had to answer by Friday", "urged them to travel by Wednesday").
_OBLIGING_LEMMAS = frozenset(_DEADLINE_LEMMAS - {"expect", "plan", "promise", "pledge", "vow"}) | \
    {"have", "need", "require", "instruct", "direct", "advise", "tell"}


# "slat" is the small model's lemma of "slated".
_FUTURE_LEMMAS = {"expect", "schedule", "plan", "set", "due", "slate", "slat", "poise"}


_WILL = {"will", "shall", "'ll", "’ll", "wo", "going"}

# Verbs of foreseeing: in a reported clause their weekday lies ahead ("said the bureau expected rain before Monday").
_FORESEEING_LEMMAS = frozenset({"expect", "forecast", "predict", "anticipate", "project"})


_MODALS = {"would", "could", "might", "may", "can", "should", "must"}


def context_hint(doc, span) -> str | None:
    """"past", "future", "modal", "conditional" (an offset under "if") or None, from the parse."""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    verb = governing_verb(span)
    if verb is not None and OFFSET.search(span.text) and _conditional(verb):
        return "conditional"
    weekday = bool(WEEKDAY.search(span.text))
    if weekday and (names_a_deadline(span, verb) or scheduled(span, verb)):
        # "a Thursday deadline", "said Thursday was the deadline", "set the vote for Tuesday"
        # (:mod:`toolkit.nlp.backshift`)
        return "future"
    if weekday and verb is not None and reported_future(verb):
        return "then"  # "said the talks were due to take place on Thursday": a future in the past, like "would"
    if weekday and verb is not None and verb.lemma_.lower() in _FORESEEING_LEMMAS and verb.tag_ == "VBD" \
            and reporting_verb(verb) is not None:
        # "Crisafulli said the bureau expected up to 400 millimetres of rain … before Monday": what someone is
        # reported to foresee lies ahead of the telling, as a forecast does (round wire36a)
        return "then"
    root = span.root
    if root.dep_ in ("nmod", "compound", "amod") and root.head.i >= span.end and \
            root.head.pos_ in ("NOUN", "PROPN") and _MONTH_DAY.search(span.text):
        return None  # "before the November 13 deadline": a date naming a thing, whatever the verb's tense
    if verb is not None and root.dep_ == "poss" and WEEKDAY.search(span.text) and _tense(verb) == "modal":
        return None  # "felt Tuesday's pleas might provide solace": the pleas' day, not the modal's
    if prev in _FROM_WORDS:
        return "then"  # "tariffs … starting March 10", "effective Monday": from when a thing holds, near the day told
    if verb is not None and prev in ("to", "until", "till") and verb.lemma_ in _MOVE_LEMMAS:
        return "then"  # "extended the lockdown to May 1", "rescheduled the races to June 2"; "adjourned the matter
        # until June 12" (round wire40): the day a thing is put off to, near the day told on either side
    if verb is not None and prev == "for" and verb.lemma_ in _SCHEDULE_LEMMAS:
        return "then"  # "set sentencing for July 11", "scheduled the hearing for Tuesday": the day a thing is set for
    if verb is not None and _intended(verb):
        return "then"  # "said he planned to announce it around August 1": ahead of a past moment
    if verb is not None and _planned_in_the_past(verb) and not WEEKDAY.search(span.text):
        # "was due to stand down in August", "His term was to end in August": ahead of a past moment, which
        # may lie months back; a weekday ("was due to appear in court on Monday") is the one the past tense
        # tells of, as before
        return "then"
    if verb is not None and _MONTH_DAY.search(span.text) and _infinitive(verb):
        return "then"  # "their willingness to participate in a debate on October 15"
    tense = _tense(verb) if verb is not None else None
    if tense in (None, "past") and not weekday and _foreseen_object(span, verb):
        # "with Chair Jerome Powell ruling out a cut in March", "analysts predicted a recession in the autumn": what is
        # foreseen, ruled out or signalled lies ahead of the moment of foreseeing, not back from the writer's day
        return "then"
    if tense is None and verb is not None and verb.tag_ == "VBG" and verb.dep_ == "ROOT" and \
            any(t.tag_ == "VBD" for t in span.sent) and not any(t.lower_ in _WILL for t in span.sent):
        tense = "past"  # a participle heading a narrative sentence ("On Tuesday, X speaking to ... called")
    if prev in _FUTURE_WORDS:  # "until Friday", "by Friday": a deadline, unless "lasted until Friday"
        reported = verb is not None and reporting_verb(verb) is not None
        if verb is not None and _pluperfect(verb) and not reported:
            # "had given the government until Thursday": set before a past moment, and told
            # from after it (a deadline still ahead is "has given … until Friday", which reported
            # speech shifts back to "said it had given … until Friday").
            return "past"
        if tense == "past" and verb.tag_ == "VB" and verb.dep_ == "xcomp" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            if reported:
                return "future"  # "said Kyiv had to respond by Thursday": a reported obligation, ahead of its telling
            if verb.head.lemma_ in _OBLIGING_LEMMAS:
                return "then"  # "were told to prepare plans by Wednesday": ahead of the moment they were told
        if reported and tense == "past" and verb.lemma_ == "have" and any(
                c.dep_ == "xcomp" and c.i > span.root.i for c in verb.children):
            return "future"  # "had said Ukraine had until Thursday to respond": time granted, told in reported speech
        return "past" if tense == "past" and verb.lemma_ not in _DEADLINE_LEMMAS else "future"
    if prev == "since" or tense == "perfect":
        return "past"
    if tense in ("future", "modal") and verb is not None and _ahead_of_a_past_moment(verb):
        return "then"
    if tense != "future" and _IN_COUNT.match(span.text) and _looks_back(doc, span, verb):
        return "back"
    return tense


# Verbs whose object is a thing foreseen: "expects a decision in May", "ruled out a cut in March", "signalled a hike
# in June", "markets priced in a cut in September" (a particle after "rule" and "price", as written).
_FORESEEING_OBJECT_LEMMAS = frozenset({"expect", "forecast", "predict", "anticipate", "project", "foresee", "signal",
                                       "flag"})
_FORESEEING_PARTICLES = {"rule": "out", "price": "in"}


def _foreseen_object(span, verb) -> bool:
    """Whether a time expression lies inside the direct object of a verb of foreseeing ("ruling out a cut in March",
    "forecast growth in the autumn"): the object's time is the time of what is foreseen."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    particle = _FORESEEING_PARTICLES.get(lemma)
    if lemma not in _FORESEEING_OBJECT_LEMMAS and not (
            particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)):
        return False
    # (the parser hangs the object's own "in March" on the verb as often as on the noun: after the object, it is the
    # object's)
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.left_edge.i <= span.start
               and (span.end - 1 <= c.right_edge.i or _on_the_verb_after(span, verb, c)) for c in verb.children)


def _on_the_verb_after(span, verb, obj) -> bool:
    """Whether a time expression hangs, through a preposition, on ``verb`` right after its object ``obj``."""
    prep = span.root.head
    return (span.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == verb.i
            and prep.i == obj.right_edge.i + 1)


def governing_verb(span):
    """The verb the time expression ``span`` depends on (its nearest verb or auxiliary head), or None."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def seen_from(span, hint: str | None):
    """The token of the day a reported future is told on ("Trump said on Friday that Thursday was the
    deadline", "told reporters on Friday the vote would be held Thursday"), for a bare weekday whose clause
    the reporting verb shifted back; None otherwise. A clause in the present or with "will" speaks from
    the writer's day, and keeps it."""
    verb = governing_verb(span)
    if hint not in ("then", "future") or verb is None or not _BARE_WEEKDAY.match(span.text):
        return None
    if hint == "future" and _tense(verb) not in ("past", "modal"):
        return None
    return speech_day(verb)


_BACK_WORDS = frozenset({"time", "ever", "never", "first", "since"})


_MONTH_DAY = re.compile(r"(?i)\b" + _MON + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + _MON)


# Verbs that move a date: "to" + a date names the new one.
# Verbs that set a day for a thing: "for" + a date names that day ("set sentencing for July 11").
_SCHEDULE_LEMMAS = frozenset({"set", "schedule", "reschedule", "slate", "slat", "book", "fix", "call"})

_MOVE_LEMMAS = frozenset({"extend", "postpone", "delay", "push", "move", "reschedule", "defer", "adjourn",
                          "prorogue", "suspend", "bring", "shift"})


# Verbs of intention: what their infinitive names lies ahead of the moment they are in.
_INTEND_LEMMAS = frozenset({"plan", "intend", "expect", "hope", "aim", "schedule", "promise", "vow", "pledge",
                            "agree", "decide", "want", "threaten", "prepare", "set"})


def _infinitive(verb) -> bool:
    """A to-infinitive modifying a noun ("willingness to participate", "plans to meet"): what is to happen."""
    return verb.tag_ == "VB" and verb.dep_ == "acl" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _intended(verb) -> bool:
    """An infinitive under a past verb of intention: "he planned to announce …", "they agreed to meet …"; its past
    made with "did" too ("she did not plan to attend the convention … in July", round wire35c)."""
    head = verb.head
    past = head.tag_ == "VBD" or head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "did" for c in head.children)
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_ in _INTEND_LEMMAS \
        and past and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _ahead_of_a_past_moment(verb) -> bool:
    """A future seen from the past ("said he would meet on Friday", "was expected to pass
    Wednesday night", "games scheduled for Wednesday were held"): the weekday may lie on
    either side of the publication day (see :func:`toolkit.nlp.dates.resolve`, hint "then")."""
    tok = verb
    for _ in range(3):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "would" for a in auxes):
            return True
        if tok.lemma_ in _FUTURE_LEMMAS and tok.tag_ == "VBN":
            if any(a.tag_ == "VBD" for a in auxes):
                return True  # "was expected to", "were scheduled to"
            root = tok.sent.root
            if tok.dep_ == "acl" and (root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                               for c in root.children)):
                return True  # "games scheduled for Wednesday were still held"
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _planned_in_the_past(verb) -> bool:
    """An infinitive under a past "be" of plan ("was to end") or under "was due" ("was due to stand down")."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lower_ == "due" and head.dep_ == "acomp":
        head = head.head
    return head.lemma_ == "be" and head.tag_ == "VBD" and head.i != verb.i


def _looks_back(doc, span, verb) -> bool:
    """ "for the first time in four years", "the highest in a decade", "not seen in years":
    a count after a superlative, "first time" or a negation measures back from now."""
    if verb is not None and verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP")
                                                         for c in verb.children):
        return False  # "let's discuss this first in two days": an imperative or infinitive looks ahead
    sent_start = span.sent.start
    # (ten words back: "the first death from measles in the United States in a decade", a place between)
    before = doc[max(sent_start, span.start - 10):span.start]
    return any(t.lower_ in _BACK_WORDS or t.tag_ in ("JJS", "RBS") for t in before) or \
        (verb is not None and any(c.dep_ == "neg" for c in verb.children))


# The auxiliary "have" of a perfect: "had set", "has scheduled" are acts done, not plans.
_HAVE_WORDS = frozenset({"has", "have", "had", "'ve", "’ve", "'d", "’d"})


def _tense(tok) -> str | None:
    """Tense of the clause: "past", "perfect", "future", "modal" (would/could/may) or None."""
    for step in range(4):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        active_perfect = words & _HAVE_WORDS and not any(a.dep_ == "auxpass" for a in auxes)
        if words & _WILL or (tok.lemma_ in _FUTURE_LEMMAS and tok.tag_ == "VBN" and not active_perfect):
            # ("is set to meet", "scheduled for Friday"; not "Trump had set on Friday", an act done, round wire34a)
            return "future"
        if words & _MODALS:
            # "may have killed" looks back; "would have been 80 on February 20" does not.
            perfect = words & {"have", "'ve", "’ve"} and tok.tag_ == "VBN" and "would" not in words
            return "perfect" if perfect else "modal"
        if tok.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes if a.lower_ != "to"):
            return "past"
        if words & {"has", "have", "'ve", "’ve"} and tok.tag_ == "VBN":
            return "perfect"
        if tok.tag_ == "VBN" and tok.dep_ == "acl":  # "a lawsuit filed on Sunday"
            return "past"
        if step == 0 and tok.tag_ == "VBN" and not auxes and tok.dep_ in ("ROOT", "advcl", "conj") \
                and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
            return "past"  # a participle with a subject of its own and no auxiliary is a past tense the tagger
            # misread ("after Lohan rear-ended a truck … on June 8", its prefix split off); not a small clause
            # ("We'll have it done in four weeks"), nor the verb an infinitive's date is asked of ("committed to …
            # a trial, anticipated to begin in January": ahead)
        # (a passive infinitive that complements a verb, "is expected to be signed … on Monday", is an infinitive
        # too; one that modifies a noun, "the election to be held on August 9", is left to the caller)
        infinitive = {"to", "be"} if "to" in words and tok.dep_ == "xcomp" else {"to"}
        if tok.tag_ in ("VBZ", "VBP") or words - infinitive or tok.head.i == tok.i:
            return None
        tok = tok.head  # a participle or infinitive: ask the verb it depends on
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
    return None


def _pluperfect(verb) -> bool:
    """"had given", "had been told": a past participle with the auxiliary "had"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def _conditional(verb) -> bool:
    marks = lambda t: {c.lower_ for c in t.children if c.dep_ == "mark"}  # noqa: E731
    return any(c.dep_ == "advcl" and marks(c) & {"if", "unless"} for c in verb.children) or \
        (verb.dep_ == "advcl" and bool(marks(verb) & {"if", "unless"}))
