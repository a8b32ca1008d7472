"""The occasion a news story tells, and the words that tell it again after the narration has left its day.

A story of one occasion (an accident, a fire, a vote) names its day in the lead and tells the occasion on over
several paragraphs, with background between ("A fire yesterday afternoon killed five girls …" ¶ "Escape rooms see
participants locked …" ¶ "The fire produced heavy smoke"). The narration of the lead's day
(:func:`toolkit.nlp.day_runs.paragraph_days`) stops at the background; these rules tell when a later sentence
is the occasion's again, and where a time the lead gives sits apart from its verb:

- a sentence in the simple past whose subject is a definite description that takes up a word of the lead's own
  sentence ("Yesterday, the House passed a resolution …" ¶ … ¶ "The resolution passed primarily along party lines";
  "Twin bombings yesterday struck …" ¶ "The first bomb went off …"; "a fire was reported … on Tuesday" ¶ "The fire
  produced heavy smoke") tells the occasion again (:func:`retells_the_occasion`). A flashback names no such thing
  as the subject of its clause ("On last Thursday, the delegations … had met" ¶ "Netanyahu envisioned …"), nor does
  background in the present or perfect ("The structure has over 3000 parking spaces");
- a time on a participle of sequence in the subject ("A road accident followed by a fire on a Florida highway … on
  Thursday killed five children"): "followed by", "preceded by", "accompanied by" join two parts of one occasion,
  and the time is the whole subject's, so it dates the clause the subject belongs to (:func:`over_a_sequence`);
- a relative clause in the simple past on a noun with a time of its own ("a mass shooting in Christchurch on
  Friday, which caused the death of at least 50 people"): what the relative tells of the occasion happened at the
  occasion's time (:func:`noun_times`, :func:`time_of_its_noun`).
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

# Participles that join a second part to one occasion ("an accident followed by a fire").
_SEQUENCE = frozenset({"follow", "precede", "accompany"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Prepositions that place a noun's occasion in time ("the shooting on Friday", "the election in 2016").
_AT_TIME = frozenset({"on", "in", "at"})


def occasion_words(sent) -> frozenset[str]:
    """The lemmas of the nouns and verbs of the sentence that sets a story's day (its lead): the words a later
    description of the occasion takes up ("bombings", "resolution", "fire", "crash")."""
    return frozenset(t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "VERB"))


def _takes_up(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun (or a noun modifying it: "The accident sequence") is a word of the lead, or the verb whose
    noun in "-ing" the lead used ("The first bomb" after "Twin bombings")."""
    for t in [noun] + [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]:
        lemma = t.lemma_.lower()
        if lemma in words or lemma + "ing" in words:
            return True
    return False


def retells_the_occasion(root: Token, words: frozenset[str]) -> bool:
    """Whether a main clause in the simple past (``root``, checked by the caller) tells the lead's occasion again:
    its subject is a common noun with "the" or a possessive, not a name or a pronoun, that takes up a word of the
    lead (:func:`occasion_words`). "That" and "those" look back on a thing told as done (the caller's
    ``_points_back``), and are not taken."""
    if not words:
        return False
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in subject.children):
        return False
    return _takes_up(subject, words)


def over_a_sequence(head: Token) -> Token | None:
    """The noun a time's clause belongs to when that clause is a participle of sequence in a subject ("A road
    accident followed by a fire … on Thursday killed …": the accident), or None."""
    if head.dep_ != "acl" or head.lemma_ not in _SEQUENCE or head.tag_ != "VBN":
        return None
    if not any(c.dep_ == "agent" for c in head.children):
        return None
    noun = head.head
    return noun if noun.dep_ in _SUBJECTS and noun.pos_ == "NOUN" else None


def noun_times(doc: Doc, times: Iterable[tuple[int, int, str | None]]) -> dict[int, str]:
    """Once per document: the common nouns that have a time of their own in a phrase of "on", "in" or "at" ("a mass
    shooting in Christchurch on Friday"): noun's token index → date."""
    out = {}
    for start, end, date in times:
        if not date:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        prep = root.head
        if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _AT_TIME and prep.head.pos_ == "NOUN":
            out.setdefault(prep.head.i, date)
    return out


def time_of_its_noun(verb: Token, nouns: dict[int, str]) -> str | None:
    """The time of the noun a relative clause in the simple past hangs on ("a mass shooting … on Friday, which
    caused the death of at least 50 people": Friday), or None. The relative's own subject must be its pronoun
    ("which", "that"): "the talks on Monday, which he called useless" tells the caller's act, not the talks'."""
    if verb.dep_ != "relcl" or verb.head.i not in nouns or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ not in ("which", "that", "who"):
        return None
    return nouns[verb.head.i]


def day_of_its_first_conjunct(verb: Token, dated: dict[int, str]) -> str | None:
    """The day of the verb a second verb in the simple past is joined to when the two share one subject and only the
    first names a time ("The plane crashed … at 9:54 a.m. ET …, and struck a deicing facility"; "struck a guard rail
    on June 3 and flipped the Mack truck"): one subject's acts told in a row, that day. The caller checks the verb is
    narrated (no perfect, no adverb that moves it); a verb with a subject of its own is another clause."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.i > verb.i or any(c.dep_ in _SUBJECTS for c in
                                                                                 verb.children):
        return None
    date = dated.get(verb.head.i)
    return date if date is not None and len(date) == 10 else None


# Subordinators of a time clause that sets an act beside the main one ("issued alerts as the storm approached").
_AMID = frozenset({"as", "while", "when"})


def tells_amid_the_occasion(root: Token) -> bool:
    """Whether a sentence whose main verb tells or issues something ("Met Éireann … issued weather alerts") sets
    it in a time clause of the occasion itself, in the simple past ("as Hurricane Lorenzo hit the Azores", "as the
    storm approached"): then the telling is one act of the day's narration, and the paragraph goes on with the day
    (a lead that tells a study, "… published on Friday", does not: what follows is the study's content)."""
    for clause in (c for c in root.children if c.dep_ == "advcl"):
        if clause.tag_ == "VBD" and any(g.dep_ == "mark" and g.lower_ in _AMID for g in clause.children) \
                and any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") for g in clause.children):
            return True
    return False


def scheduled_ahead(root: Token, dates: Iterable[str | None], day: str | None) -> bool:
    """Whether a sentence in the simple present tells a timetable after the day being told ("The warnings apply
    from tomorrow night into Friday morning", "The trial starts on Monday"): every time it names is later than the
    day, so it is a plan's time, which neither dates the narration nor ends the day (as a modal's does)."""
    if day is None or root.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    named = [d for d in dates if d]
    return bool(named) and all(len(d) == len(day) and d > day for d in named)


_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def takes_up_a_dated_noun(root: Token) -> bool:
    """Whether a main clause's subject is a noun with a demonstrative ("That event destroyed at least 300 homes"
    after "… two days after the January 7 quake"): it takes up the thing the sentence before named with a day of
    its own, and its acts are of that day. (The caller gives the day, and checks the verb is narrated.)"""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in subject.children)
