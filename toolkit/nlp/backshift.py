"""Reported speech and deadlines: when a past tense says nothing of which side of today a weekday lies.

English shifts the tenses of a reported clause back under a past reporting verb: "The talks are due to start
on Thursday" is reported as "officials said the talks were due to start on Thursday", "we will meet Thursday"
as "he said they would meet Thursday", "Thursday is the deadline" as "he said Thursday was the deadline". The
past of such a clause is the reporting verb's, not the day's: the clause's own sense decides.

* A future in the past ("would", "was to", "was due to", "was going to") under a reporting verb looks ahead of
  the moment of speaking, like "would" (:func:`reported_future`). Without a reporting verb, "He was due to
  appear in court on Monday" is narrative and tells of the Monday gone by.
* A day named as a deadline lies ahead of the moment it was set or told (:func:`names_a_deadline`): the noun of
  its phrase or of its clause is "deadline", "ultimatum", "cut-off", "target date" or "due date" ("a Thursday
  deadline", "Thursday's deadline", "a deadline of Thursday", "Thursday was an appropriate deadline", "set
  Thursday as the deadline", "an ultimatum that expires Thursday"). It has passed when the clause says so
  with a past verb of passing ("missed Thursday's deadline", "the ultimatum expired on Thursday"), when the
  deadline was set before a past moment ("had set"), and when the past is the narrative's own ("The deadline
  was Thursday.", with no reporting verb).
* A reporting verb with a day of its own ("Trump said on Friday that …") fixes the moment the reported future
  is seen from: the weekday is the first one on or after that day (:func:`speech_day`).
"""

from __future__ import annotations

from toolkit.nlp.lexicon import SPEECH_VERBS

_REPORTING = SPEECH_VERBS | {"report"}

# Nouns that name a limit in time still to come.
_DEADLINE_NOUNS = frozenset({"deadline", "ultimatum", "cutoff", "cut-off"})
# "target date", "due date", "cut-off date": a date that is a deadline.
_DEADLINE_MODIFIERS = frozenset({"target", "due", "cutoff", "cut-off", "deadline"})

# Verbs that set a deadline: what they set lies ahead of the moment they were said at.
_SETTING_LEMMAS = frozenset({"set", "give", "issue", "impose", "announce", "name", "fix", "declare"})

# Verbs of scheduling: "set the vote for Tuesday", "scheduled talks for Thursday".
_SCHEDULING_LEMMAS = frozenset({"set", "schedule", "reschedule", "slate", "fix", "book"})

# Verbs of a deadline passing, met or missed: in the past tense the day is behind.
_PASSING_LEMMAS = frozenset({"pass", "expire", "lapse", "elapse", "miss", "meet", "ignore", "end", "run", "come",
                             "go", "close", "defy", "flout", "beat", "blow", "breach"})


def _deadline_noun(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _DEADLINE_NOUNS or tok.lower_ in _DEADLINE_NOUNS or \
        (lemma in ("date", "day") and any(c.dep_ in ("compound", "amod") and c.lower_ in _DEADLINE_MODIFIERS
                                          for c in tok.children))


def _past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _pluperfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def reporting_verb(verb):
    """The past reporting verb whose reported clause ``verb`` stands in ("said the talks were to start …",
    "Thursday was the deadline, he said"), or None."""
    tok = verb
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _REPORTING and head.tag_ in ("VBD", "VBN"):
            return head
        if tok.dep_ not in ("xcomp", "acomp", "conj"):
            return None
        tok = head
    return None


def reported_future(verb) -> bool:
    """A future in the past under a reporting verb: "said the talks were to take place …", "were due to take
    place …", "were going to take place …" (the infinitive under a past "be", "due" or "going")."""
    if verb.tag_ != "VB" or verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in verb.children):
        return False
    head = verb.head
    if head.lower_ == "due" and head.dep_ == "acomp":
        head = head.head
    planned = head.lemma_ == "be" and head.tag_ == "VBD" or head.lower_ == "going" and _past(head)
    return planned and head.i != verb.i and reporting_verb(head) is not None


def names_a_deadline(span, verb) -> bool:
    """Whether the weekday ``span`` names a deadline still ahead of the moment its clause is told from.

    Args:
        span: the weekday's tokens.
        verb: the verb that governs it (None when there is none).
    """
    root, head = span.root, span.root.head
    named = (root.dep_ in ("compound", "poss", "nmod", "appos", "npadvmod") and head.i != root.i
             and _deadline_noun(head)) or \
        (root.dep_ == "pobj" and head.lower_ in ("of", "for") and _deadline_noun(head.head)) or \
        any(c.dep_ == "appos" and _deadline_noun(c) for c in root.children) or _deadline_after_comma(span)
    # ("a deadline of Thursday"; a deadline noun in apposition to the weekday, "by Thursday, the deadline Trump had
    # set", round wire34a)
    if verb is None:
        return named
    lemma = verb.lemma_.lower()
    if not named and root.dep_ in ("dobj", "npadvmod"):  # "set Thursday as the deadline"
        named = any(_deadline_noun(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                    for p in c.children if p.dep_ == "pobj")
    if not named and lemma == "be":  # "Thursday was the deadline", "the deadline is Thursday"
        named = any(_deadline_noun(c) for c in verb.children if c.dep_ in ("nsubj", "attr"))
    # The deadline's own verb ("the deadline expires on Thursday", "an ultimatum that expires Thursday") dates
    # it; a verb done to it ("issued an ultimatum on Thursday", "the deadline was extended on Thursday") dates
    # the doing.
    own = lemma not in _SETTING_LEMMAS and not any(c.dep_ == "auxpass" for c in verb.children)
    if not named and own and verb.dep_ == "relcl":
        named = _deadline_noun(verb.head) and any(c.dep_ == "nsubj" for c in verb.children)
    elif not named and own:
        named = any(_deadline_noun(c) for c in verb.children if c.dep_ == "nsubj")
    if not named:
        return False
    if _pluperfect(verb) or lemma in _PASSING_LEMMAS and _past(verb):
        return False  # "had set Thursday as the deadline", "missed Thursday's deadline"
    told = verb
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        if verb.head.lemma_.lower() in _EXPECTING_LEMMAS:
            return True  # "expected Ukraine to respond by Thursday, the deadline …": what is to be done by it, ahead
        told = verb.head  # "failed to respond by Thursday, the deadline …": the failure's tense tells
    if not _past(told):
        return True  # "faces a Thursday deadline", "the deadline is Thursday", "has set a Thursday deadline"
    # A past "was" is the reporting verb's ("said Thursday was the deadline"); a past verb of setting tells
    # of the moment the deadline was set at ("set a Thursday deadline").
    return lemma in _SETTING_LEMMAS or (lemma == "be" and reporting_verb(verb) is not None)


# Verbs whose infinitive is what somebody is expected or asked to do, by a deadline still ahead of the asking.
_EXPECTING_LEMMAS = frozenset({"expect", "want", "ask", "urge", "need", "have", "tell", "require", "press", "push",
                               "give", "allow", "demand"})


def _deadline_after_comma(span) -> bool:
    """"by Thursday, the deadline Trump had set": the weekday, a comma and "the"/"a" deadline noun right after it,
    whatever the parser hung the noun on."""
    doc, end = span.doc, span.end
    return (end + 2 < len(doc) and doc[end].text in (",", "—", "–") and doc[end + 1].lower_ in ("the", "a")
            and _deadline_noun(doc[end + 2]))


def scheduled(span, verb) -> bool:
    """Whether the weekday ``span`` is the day a verb of scheduling puts a thing on: "set the vote for
    Tuesday", "set Tuesday vote" (a headline), "said the vote was scheduled for Tuesday". What is set lies
    ahead of the setting; a passive with no reporting verb ("games scheduled for Wednesday were held", "the
    vote was scheduled for Tuesday but …") may tell of a day gone by and is left to the tense."""
    if verb is None or verb.lemma_.lower() not in _SCHEDULING_LEMMAS or _pluperfect(verb):
        return False
    root = span.root
    on_for = root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == verb.i
    on_thing = root.dep_ == "compound" and root.head.dep_ == "dobj" and root.head.head.i == verb.i
    if not (on_for or on_thing):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ == "acl"
    return not passive or reporting_verb(verb) is not None


def speech_day(verb):
    """The token of the day the reporting verb over ``verb`` names ("said on Friday that …", "said Friday
    …"), or None."""
    rep = reporting_verb(verb)
    if rep is None:
        return None
    for child in rep.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return child
        if child.dep_ == "prep" and child.lower_ == "on":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                    return obj
    return None
