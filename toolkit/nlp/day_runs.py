"""The day a paragraph goes on telling: sentences with no time of their own take the day of the last one dated.

A paragraph that opens on a day ("The roof of Notre Dame … caught fire yesterday.") goes on telling that day in the
simple past until another time is named ("The spire … collapsed. … the two bell towers were saved."). The walk over
the sentences keeps a little state (the day being told, the story's own day, the last scene set, a paragraph opened
in the past perfect, a day left for the rest of a paragraph by an act told "later", the day of a death told and who
died, the day of a telling and who told), held by :class:`_DayRun`, whose methods are the cases of English narration
that move the day on, end it, or leave it as it was.

Example:
    >>> paragraph_days(doc, doc.sents, times, dated)  # doctest: +SKIP
    {0: '2019-04-15', 1: '2019-04-15'}
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from spacy.tokens import Doc, Token

from toolkit.nlp.clause_dates import narrated, simple_past
from toolkit.nlp.clauses import clause_head
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.occasions import (occasion_words, retells_the_occasion, scheduled_ahead, takes_up_a_dated_noun,
                                   tells_amid_the_occasion)


def paragraph_days(doc: Doc, sentences, times: Iterable[tuple[int, int, str | None]],
                   dated: dict[int, str]) -> dict[int, str]:
    """The day each sentence without a time of its own goes on telling: sentence number → date.

    A sentence whose main clause is dated to a day sets the day of the sentences after it that name no time ("The
    roof … caught fire yesterday. The spire … collapsed."). A sentence with a time that does not date its main
    clause to a day (a year, a month: background; a time of a subordinate clause) ends the run; one that only states
    how things stood "as of" a time leaves it as it was. A new paragraph goes on with the story's day, the first one
    set (the lead's: "Yesterday, … Wiranto was stabbed …" ¶ "Wiranto suffered "two deep wounds" …"), while that day
    still runs; any other day ends with its paragraph. A plan's time ("The law is to take effect late this week") and
    a bare clock time ("by 8:00am local time") neither set nor end the day, nor does a time before the day in a
    relative clause on someone ("President Trump, who appointed Murphy … in 2017, responded to her letter": that one's
    past). A day whose main clause tells a death or a telling does not run (the life, the content told are not of
    it), but the death told again is of it ("Stevens died in the evening …"), and so are the teller's own acts told
    next, until another one acts or another time is named ("Pelosi called Trump's conduct …").

    Args:
        doc: the parsed document.
        sentences: its sentences, in order.
        times: the time expressions outside quotations, as (start, end, date or None) character spans.
        dated: clause head's token index → the date of its own time expression
            (:func:`~toolkit.nlp.clause_dates.clause_dates`).
    """
    run, out = _DayRun(doc, times, dated), {}
    for n, sent in enumerate(sentences):
        day = run.day_of(sent, first=n == 0)
        if day is not None:
            out[n] = day
    return out


class _DayRun:
    """The state of one walk over a document's sentences (see :func:`paragraph_days`)."""

    def __init__(self, doc: Doc, times: Iterable[tuple[int, int, str | None]], dated: dict[int, str]):
        self.doc, self.text, self.dated = doc, doc_text(doc), dated
        self.spans = sorted(times, key=lambda t: t[0])
        self.next_span = 0  # (the spans are read once, in order, sentence by sentence)
        self.last_end = 0  # where the sentence before ended: a line break after it opens a paragraph
        self.opens = False  # whether the sentence being read opens a paragraph
        self.day = None  # the day being told
        self.story_day = None  # the first day set: the lead's
        self.words = frozenset()  # the lead's nouns and verbs: a subject that takes one up tells the occasion again
        self.scene = None  # the last time that dated a main clause, and whether it is a week
        self.looking_back = False  # whether the paragraph opened in the past perfect
        self.paused = None  # the story's day, left for the rest of a paragraph by an act told "later" (see below)
        self.named_day = None  # the day of a noun named with one ("the January 7 quake") in the sentence before
        self.death = None  # the day of a death told and the names of who died: a death told again is of that day
        self.teller = None  # the day of a telling and who told: that one's next acts, told after, are of that day

    def day_of(self, sent, *, first: bool) -> str | None:
        """The day ``sent`` tells (None when it tells none), the run moved on past it."""
        start, end = _edges(sent)
        self.opens = first or "\n" in self.text[self.last_end:start]  # (a paragraph)
        if self.opens:
            self._open_paragraph(sent)
        self.last_end = end
        before_day, self.named_day = self.named_day, None  # (the day a noun of the sentence before was named with)
        own = self._own_times(sent)
        if own and self.day is not None and all(_looks_back_from_under(self.doc, sent.root, start, end, date, self.day)
                                                for start, end, date in own):
            own = []  # "President Trump, who appointed Murphy … in 2017, responded to her letter": the day goes on
        return self._timed(sent, own) if own else self._untimed(sent, before_day)

    def _open_paragraph(self, sent) -> None:
        """A new paragraph: the story's day goes on, any other day ends (unless an aftermath paused it)."""
        if self.day != self.story_day:
            self.day = None
        if self.day is None and self.paused is not None and _sets_the_scene_then(sent.root):
            # "… one was pronounced dead …. Another later died." ¶ "Officials said the … plane … was flying to …": an
            # aftermath told "later" ends its paragraph's run; a next paragraph that opens on what was going on
            # (the past progressive) goes back to the lead's day ("He was later charged." ¶ "He pleaded not guilty"
            # does not: the plea came after)
            self.day = self.paused
        self.paused = None
        # "As revealed at trial, the Turpins had kept their children indoors …": a paragraph that opens in the past
        # perfect tells what had been; no description in it tells the occasion again ("The children were banned from
        # washing …")
        self.looking_back = bool(self.words) and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                     for c in sent.root.children)

    def _own_times(self, sent) -> list[tuple[int, int, str | None]]:
        """The times ``sent`` names of its own: not a noun's modifier ("the 2020 … election" names no time of the
        sentence; its day is kept for the sentence after), not "on the first day" (the day just told), not "by
        8:00am local time" (an hour of it), and none when all only say how things stood "as of" a time."""
        doc, text, day, own = self.doc, self.text, self.day, []
        while self.next_span < len(self.spans) and self.spans[self.next_span][0] < sent.end_char:
            start, stop, date = self.spans[self.next_span]
            self.next_span += 1
            if start < sent.start_char:
                continue
            if _modifies_a_name(doc, start, stop):
                if date and len(date) == 10:
                    self.named_day = date  # ("the January 7 quake")
                continue
            written = text[start:stop]
            if not (date in (None, day) and (_SAME_TIME.match(written) or _CLOCK.fullmatch(written))):
                own.append((start, stop, date))
        if own and all(text[max(0, s - 6):s].lower() == "as of " for s, _, _ in own):
            return []  # "As of Sunday evening, all four are in stable condition": a state then, the day goes on
        return own

    def _untimed(self, sent, before_day: str | None) -> str | None:
        """The day a sentence with no time of its own tells: the run's, taken up again, or ended."""
        root = sent.root
        if self.death is not None and _tells_a_death(root) and narrated(root) \
                and _same_one(root, self.death[1]):
            # "John Paul Stevens … died yesterday at the age of 99." ¶ "Stevens died in the evening with his two
            # daughters at his bedside": one dies once; the death told again is of its day, the run left as it was
            return self.death[0]
        if self.teller is not None and narrated(root):
            if self.day is None and _same_subject(root, self.teller[1]):
                # "Yesterday afternoon, Nancy Pelosi … announced a formal impeachment inquiry …" ¶ "Pelosi called
                # Trump's conduct a "breach …"": what is told is not of the day told, but the teller's own acts told
                # next are
                return self.teller[0]
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
                self.teller = None  # ("The study found that …": another one's act; the teller's turn is over)
        if self.day is None and before_day and narrated(root) and takes_up_a_dated_noun(root):
            # "… two days after the January 7 quake. That event destroyed …" (the thing acting as its own subject: no
            # look back on it as a thing done, see _points_back)
            self.day = before_day
            return self.day
        if self.day is None and self.words and not self.looking_back and _holds(self.scene, self.story_day) \
                and narrated(root) and not _points_back(sent) and retells_the_occasion(root, self.words):
            self.day = self.story_day  # "… passed a resolution yesterday" ¶ … ¶ "The resolution passed along party …"
        if self.day is not None and _leaves_the_day(sent, self.opens):
            if self.day == self.story_day and _told_later(root):
                self.paused = self.story_day
            self.day = None
        return self.day

    def _timed(self, sent, own: list[tuple[int, int, str | None]]) -> str | None:
        """The day a sentence with times of its own tells: the one its main clause is dated to, which starts the run
        anew, unless the time is a plan's or the clause tells a life or a report's content."""
        root = sent.root
        if _told_ahead(root) or scheduled_ahead(root, (d for _, _, d in own), self.day):
            return None  # "The law is to take effect late this week.": a plan's time, not the narration's; the day goes on
        if self.day is not None and self.dated.get(root.i) is None and _to_come(self.doc, own, self.day):
            # "Judge … ordered the accused remain in custody until his next court appearance on April 5": a time still
            # to come in a clause under the main one is a plan's; the narration goes on
            return self.day
        # (a time of its own: the run starts anew, and a teller's turn is over: "Friday's Joint Statement follows a
        # call between President Trump and … Modi last week" ¶ "Also on the call, President Trump agreed …")
        self.paused = self.teller = None
        date = self.dated.get(root.i) if root.pos_ in ("VERB", "AUX") and simple_past(root) else None  # (not a dateline's)
        weekly = any("week" in self.text[s:e].lower() for s, e, _ in own)  # (a week is dated to its Monday: no day)
        day = date if date is not None and len(date) == 10 and not weekly else None
        told_on_it = self.story_day is not None and day == self.story_day  # (a report on the day of the occasion told)
        leads = self.story_day is None and day is not None
        self.story_day = self.story_day or day
        if date is not None:
            self.scene = (date, weekly)  # "It all began on June 27, when …": a time named holds until another is named
        if _tells_a_death(root):
            if day is not None and (names := _names_of_subject(root)):
                self.death = (day, names)
            day = None  # "Doris Day died on Monday …. Day made many studio albums": an obituary's life, not that day
        elif root.lemma_ in _TELLING_VERBS and not told_on_it and not _reported_thing(root) \
                and not tells_amid_the_occasion(root):
            if day is not None and (who := _subject_key(root)) is not None:
                self.teller = (day, who)
            day = None  # "… published on Friday …. Neanderthals used ribs of large bovids": what is told, not that day
        if leads and day is not None:
            self.words = occasion_words(sent)  # (a lead that tells a study or a life has no occasion told again)
        self.day = day  # "The press asked Trump about it that same day, but he declined": its other clauses too
        return day


def _leaves_the_day(sent, opens: bool) -> bool:
    """Whether a sentence with no time of its own leaves the day being told: "The U.S. Constitution originally did
    not limit …" (the narration moves off the day), a paragraph that opens on what is so ("The Holy Headdress is
    recognized … as the veil that covered …") or on what had been ("As revealed at trial, the Turpins had kept their
    children indoors …"), or a sentence that looks back on a thing done (:func:`_points_back`)."""
    root = sent.root
    past = simple_past(root)
    return (past and not narrated(root)) or (opens and not past) or _points_back(sent)


def _looks_back_from_under(doc: Doc, root: Token, start: int, end: int, date: str | None, day: str) -> bool:
    """Whether a time looks back from a clause under the main one: a time before the day being told, in a relative
    clause on someone ("President Trump, who appointed Murphy to her position himself in 2017, responded to her
    letter"). It dates that one's past, not the main clause, which goes on telling the day. A time of an adverbial
    clause ("was recalled after a similar fire … in August last year"), of a complement (what "Waseem confessed to
    killing his sister … in 2016" tells dates the confession too: it came after) or of the main verb itself moves the
    main clause off the day."""
    if date is None or date >= day or day.startswith(date) or "week" in doc_text(doc)[start:end].lower():
        return False  # (no date, the day itself or later, a month or year that holds it, a week dated to its Monday)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    path, token = [], span.root
    while token.i != root.i and token.head.i != token.i and len(path) < 40:
        path.append(token)
        token = token.head
    if token.i != root.i or not path or path[-1].dep_ == "advcl" or root.pos_ != "VERB":
        return False
    clause = clause_head(span.root)
    if clause is None or any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in clause.children):
        return False  # ("film projects writers would present to him in 2004": a time to come then, no look back)
    return any(_describes_someone(t) for t in path)


def _describes_someone(clause: Token) -> bool:
    """Whether a clause is a relative clause on someone, opened by "who", "whom" or "whose" ("who appointed Murphy
    …"): what it tells is that one's past. A clause of "which" is not: on a name ("Typhoon Haiyan, which killed over
    6,000 people in 2013") it sets the scene of another occasion, on an occasion ("a funeral procession, which took
    place in Tehran on Monday") it dates the occasion, and so the act told of it."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    return any(c.lower_ in ("who", "whom", "whose") or any(g.lower_ == "whose" for g in c.children)
               for c in clause.children)  # ("whose term ended in 2019": the pronoun under the noun it owns)


def _tells_a_death(root: Token) -> bool:
    """Whether a main clause tells a death ("died", "passed away", "succumbed to an unspecified lung disorder")."""
    return root.lemma_ in ("die", "succumb") or (root.lemma_ == "pass" and any(c.lower_ == "away"
                                                                               for c in root.children))


def _names_of_subject(verb: Token) -> frozenset[str]:
    """The words of the name a verb's subject is ("Pranab Mukherjee", not the apposition after it: "a career
    politician who served as President of India"), lowercased; none when the subject is no name."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN":
            return frozenset(t.lower_ for t in c.children if t.dep_ == "compound" and t.pos_ == "PROPN") | {c.lower_}
    return frozenset()


def _same_one(verb: Token, names: frozenset[str]) -> bool:
    """Whether a verb's subject is the one named by ``names``: a word of the name ("Stevens" of "John Paul
    Stevens") or a personal pronoun ("He died at the Army's Research and Referral Hospital")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she")
    return subject.pos_ == "PROPN" and subject.lower_ in names


def _subject_key(verb: Token) -> tuple[str, frozenset[str]] | None:
    """Who a verb's subject names, as its kind and words: a person's name ("person", the words of "Nancy Pelosi"
    without the apposition after it) or another name or noun with its own modifiers ("thing", "the German government"
    as {"german", "government"}); None for a pronoun or no subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "NOUN":
        # "England's transport secretary, Grant Shapps, announced": the name in apposition says who
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    words = frozenset(t.lower_ for t in subject.children if t.dep_ in ("compound", "amod") and t.i < subject.i)
    return ("person" if subject.ent_type_ == "PERSON" else "thing", words | {subject.lower_})


def _same_subject(verb: Token, key: tuple[str, frozenset[str]]) -> bool:
    """Whether a verb's subject is the one ``key`` names (:func:`_subject_key`): the last word of the name or the
    whole name ("Pelosi", "Nancy Pelosi"), "he" or "she" for a name, the same noun with the same modifiers."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    kind, words = key
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return kind == "person" and subject.lower_ in ("he", "she")
    mine = _subject_key(verb)
    if mine is None or mine[0] != kind:
        return False
    return subject.lower_ in words and mine[1] <= words if kind == "person" else mine[1] == words  # ("Pelosi")


def _edges(sent) -> tuple[int, int]:
    """The character offsets of a sentence's first and last words (a paragraph's blank line is a token of its own)."""
    doc, i, j = sent.doc, sent.start, sent.end - 1
    while i <= j and doc[i].is_space:
        i += 1
    while j >= i and doc[j].is_space:
        j -= 1
    return (doc[i].idx, doc[j].idx + len(doc[j])) if i <= j else (sent.start_char, sent.start_char)


def _modifies_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a time expression is a modifier of a noun ("the 2020 United States presidential election")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in ("compound", "nmod", "amod", "nummod", "poss") \
        and span.root.head.pos_ in ("NOUN", "PROPN")


# A time that points back to the one just told ("She protested alone on the first day", "at the time", "that same
# day"), left undated by the timeline: the day goes on.
_SAME_TIME = re.compile(r"(?:on |at )?(?:that|the same|that same|the first) "
                        r"(?:day|time|morning|afternoon|evening|night)$", re.IGNORECASE)


def _to_come(doc: Doc, own: list[tuple[int, int, str | None]], day: str) -> bool:
    """Whether every time of a sentence is later than the day being told and stands in a clause of what is to come, a
    base form, a present, or a modal or "to" before the verb (a plan: "ordered the accused remain in custody until his next court
    appearance on April 5"). A later time of a clause in the past ("were married … but divorced in 1971", "That
    September, the movement launched") is the narration moving on."""
    for start, end, date in own:
        if date is None or date <= day:
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        head = clause_head(span.root) if span is not None and len(span) else None
        if head is None or not (head.tag_ in ("VB", "VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ in ("MD", "TO")
                                                                          for c in head.children)):
            return False  # (a plan's clause: "remain", "begins", "will take", "to open"; not "but divorced")
    return True


def _holds(scene: tuple[str, bool] | None, story_day: str) -> bool:
    """Whether the last time named for a main clause (``scene``: its date, and whether it is a week dated to its
    Monday) takes in the story's day: the story's day itself, or a week, month or year that holds it ("announced
    the upcoming vote … earlier this week"). A time outside it ("It all began on June 27", "joined the race in May")
    sets a scene of its own, which holds until another time is named: a description of the occasion after it tells
    that earlier time ("As the event turned viral, …"), not the occasion's day."""
    if scene is None:
        return True
    date, weekly = scene
    if weekly and len(date) == 10:
        return 0 <= (dt.date.fromisoformat(story_day) - dt.date.fromisoformat(date)).days < 7
    return story_day.startswith(date)


# A clock time with no day ("by 8:00am local time", "at 2 p.m."): a moment of the day being told, which goes on.
_CLOCK = re.compile(r"(?i)(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)(?:\s+(?:local time|[A-Z]{2,4}))?"
                    r"|[0-2]\d[0-5]\d\s+(?:UTC|GMT)")  # (the hour of another zone: "(1800 UTC)")


def _reported_thing(root: Token) -> bool:
    """Whether a sentence's main clause is "report" in the passive with a thing for its subject ("a fire was
    reported in the … parking structure"): the thing was noticed and called in then, and what follows is its
    narration, not the content of a report."""
    return root.lemma_ == "report" and any(c.dep_ == "auxpass" for c in root.children) \
        and any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in root.children) \
        and not any(c.dep_ in ("ccomp", "xcomp") for c in root.children)


def _told_ahead(root: Token) -> bool:
    """Whether a sentence's main clause tells what is to come, by a modal ("will take effect") or "be to" ("is to
    take effect"): its time is a plan's, which neither dates the narration nor ends the day it goes on telling."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return True
    return root.lemma_ == "be" and root.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in root.children)


# Nouns of time: "that same day", "at that time" go on with the day (:data:`_SAME_TIME`).
_TIME_NOUNS = frozenset({"day", "time", "morning", "afternoon", "evening", "night", "moment", "hour"})


def _points_back(sent) -> bool:
    """Whether a sentence names a thing told before with the distal "that" or "those" ("The Supreme Court ruled on
    the appeal of that decision by Johnson's government" after "the Court of Session … ruled on September 11 the
    prorogation was unlawful"): it looks back on the act told as a thing done, and tells a later step, not the
    narration of that day (which says "the": "The spire … collapsed"). A noun of time ("that same day") goes on, and
    so does a thing named in an adverbial clause, which says why or how, not what was done ("Executive Order 14066 of
    March 8, 2022 … To address that unusual and extraordinary threat, Executive Order 14066 prohibited …")."""
    return any(t.dep_ == "det" and t.lower_ in ("that", "those") and t.head.pos_ == "NOUN"
               and t.head.lemma_.lower() not in _TIME_NOUNS and not _in_adverbial_clause(t.head, sent.root)
               for t in sent)


def _in_adverbial_clause(token: Token, root: Token) -> bool:
    """Whether ``token`` lies in an adverbial clause of the sentence whose root is ``root`` (its heads, up to the
    root, pass an ``advcl``)."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ == "advcl":
            return True
        token = token.head
    return False


# Verbs of telling and publishing: the day they set is that of the telling; the sentences after it tell its content
# (a study's findings, the charges announced), which happened before.
_TELLING_VERBS = frozenset({"say", "tell", "state", "report", "announce", "reveal", "confirm", "indicate", "write",
                            "publish", "release", "issue", "post"})


# Adverbs that move a clause forward from the day told ("Another later died", "was subsequently injured").
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward"})


def _sets_the_scene_then(root: Token) -> bool:
    """Whether a sentence opens on what was going on, in the past progressive, itself or as reported content
    ("Officials said the single-engine propeller plane … was flying to Gillespie Field airport")."""
    for verb in [root] + [c for c in root.children if c.dep_ == "ccomp"]:
        if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_ == "be" for c in verb.children):
            return True
    return False


def _told_later(verb: Token) -> bool:
    """Whether a verb in the simple past is moved forward from its paragraph's day by an adverb of its own."""
    return any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children)
