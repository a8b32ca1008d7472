"""Which date a clause has: of the time expressions in a sentence, the one of the clause's own.

Every event gets the date of the expression that belongs to its own clause, not the
sentence's first ("Trump called Zelenskyy a dictator … Ukraine started the war three years
ago": the calling is not dated three years back). A noun of an event with no clause of its own
("following talks between …") takes the date of the clause it comes just before. A participle of result set off
by a comma after its clause ("Dorian reached the Bahamas earlier today, making landfall in Elbow Cay", "an earthquake
struck … on Saturday …, injuring at least 25 people and damaging churches": Wikinews, 2019) tells what the clause's
act did as it happened, and shares its date (:func:`result_of`). A paragraph that opens on a day ("The roof of Notre
Dame … caught fire yesterday.") goes on telling that day in the simple past until another time is named ("The spire
… collapsed. … the two bell towers were saved."): its later sentences with no time of their own are on the day of
the last one dated (:func:`paragraph_days`, :func:`narrated`).

Example:
    >>> clause_dates(doc, times)  # doctest: +SKIP
    {4: '2025-08-06'}
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Container, Iterable

from spacy.tokens import Doc, Token

from toolkit.nlp.clauses import TIME_MARKS, clause_head
from toolkit.nlp.courses import gerund_begun
from toolkit.nlp.dates import IN_COUNT
from toolkit.nlp.lookups import doc_text
from toolkit.nlp.occasions import (occasion_words, over_a_sequence, retells_the_occasion, scheduled_ahead,
                                   takes_up_a_dated_noun, tells_amid_the_occasion)
from toolkit.nlp.participles import naming_participle
from toolkit.nlp.time_heads import is_a_target, relative_it_closes


# Prepositions that place a noun's event just before the clause they hang on ("said …,
# following talks between …": the talks preceded the saying, as news tells it, that day).
_JUST_BEFORE = frozenset({"following", "after"})


def date_of_what_follows(noun: Token, dated: dict[int, str]) -> str | None:
    """The date of the clause a "following/after <noun>" adjunct belongs to: the date of its verb,
    or of that verb's participle adjunct without a subject ("Speaking … on Wednesday, Trump said
    …, following talks …": the speaking is the saying); None when no such clause is dated."""
    if noun.i in dated:  # "talks on Monday": their own day
        return dated[noun.i]
    ancestors = list(noun.ancestors)
    for n, tok in enumerate(ancestors):
        if tok.lower_ in _JUST_BEFORE and tok.dep_ == "prep":
            for verb in (a for a in ancestors[n + 1:] if a.pos_ in ("VERB", "AUX")):
                if verb.i in dated:
                    return dated[verb.i]
                for adjunct in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
                    if adjunct.i in dated and not any(g.dep_ in ("nsubj", "nsubjpass") for g in adjunct.children):
                        return dated[adjunct.i]
            return None
    return None


def result_of(verb: Token) -> Token | None:
    """The verb of the clause whose result the participle ``verb`` tells ("reached …, making landfall"; also the
    second participle of a series, "injuring … and damaging …"), or None: a participle in ``-ing`` without a subject
    of its own, hung on a verb before it and set off from that verb's words by a comma."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        return result_of(verb.head)
    head = verb.head
    start = verb.left_edge.i
    if verb.dep_ != "advcl" or head.i >= verb.i or start < 1 or verb.doc[start - 1].text != "," \
            or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _time_nesting(span, head: Token) -> int:
    """How far a time expression is from dating its clause: 0 when it hangs on the verb ("On
    Tuesday, … announced"), 1 inside a noun phrase ("officials on Saturday"), 2 as a word of a
    name or a noun's modifier ("the 2019 Nobel Prize", "the 2015 election", "2019-nCoV"): an
    adverbial of the clause dates the event before the others."""
    if span.root.dep_ in ("compound", "nmod", "amod", "nummod", "appos", "poss") \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        return 2
    current = span.root.head
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            return 0
        if current.pos_ in ("NOUN", "PROPN") and not (span.start <= current.i < span.end):
            return 1
        current = current.head
    return 0


# Words that put a time expression in the past of the writing ("yesterday", "last week", "two days ago").
_PAST_DEICTICS = frozenset({"yesterday", "last", "ago"})
# Auxiliaries of the present that make no perfect ("is being celebrated", "are meeting").
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def _past_on_a_present(span, head: Token) -> bool:
    """"Trump's peace summit at the White House yesterday is being celebrated …": a time of the past
    does not date a verb in the present progressive, which tells of now; the parser hung it on the
    verb, but it belongs to the noun before (the summit was yesterday, the celebrating is today)."""
    if not any(t.lower_ in _PAST_DEICTICS for t in span):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    progressive = head.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes)
    return progressive and any(a.lower_ in _PRESENT_AUX for a in auxes)


# Words that may stand between "in"/"since" and the stretch of time it opens ("in nearly three years", "in the
# past 17 months").
_STRETCH_WORDS = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than", "the",
                            "past", "last", "a", "an"})

# Words that order a turn ("for the first time", "for the second straight time").
_TURN_ORDER = frozenset({"first", "second", "third", "fourth", "fifth", "straight", "consecutive", "only"})


def _stretch_of_a_turn(span) -> bool:
    """Whether a time expression is the stretch a turn is counted in or since: "Wholesale inflation dropped for
    the first time in 17 months", "… for the first time since 2019". It tells how long since the last time, not
    when the event was: the drop is not of 17 months ago."""
    doc = span.doc
    j = span.start if span[0].lower_ in ("in", "since", "within") else span.start - 1
    while j >= 0 and doc[j].lower_ in _STRETCH_WORDS:
        j -= 1
    if j < 3 or doc[j].lower_ not in ("in", "since", "within"):
        return False
    turn = doc[j - 1]
    return turn.lower_ in ("time", "times") and any(t.lower_ in _TURN_ORDER for t in doc[max(j - 4, 0):j - 1]) \
        and any(t.lower_ == "for" for t in doc[max(j - 6, 0):j - 1])


# Nouns of a figure that a time in the possessive qualifies ("last year's total", "2023's record"): the time the
# figure is of, compared with, not the time of the clause's act ("cases exceeded last year's total").
_FIGURE_NOUNS = frozenset({"total", "totals", "level", "levels", "figure", "figures", "number", "record", "average",
                           "rate", "high", "low", "tally", "count", "budget", "deficit", "output", "result",
                           "results", "peak"})


def _time_of_a_figure(span) -> bool:
    """Whether a time expression in the possessive qualifies a noun of a figure ("last year's total")."""
    root = span.root
    owner = root.head if root.dep_ == "poss" else None
    if owner is None and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        owner = span.doc[span.end].head if span.doc[span.end].head.i != root.i else root.head
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in _FIGURE_NOUNS


# Words before a count that measure the time since the last such event ("the first talks in three years", "the
# highest in a decade"): the count dates nothing of the clause.
_SINCE_THE_LAST = frozenset({"first", "last", "ever", "since"})


def _span_since_the_last(span) -> bool:
    """Whether a time expression is a count back to the last time something happened ("held their first direct
    peace talks in three years"): it says how long that was, and the clause has its own time ("on Friday")."""
    text = span.text if span.text.lower().startswith(("in ", "within ")) else \
        f"{span.doc[span.start - 1].lower_} {span.text}" if span.start > 0 else span.text
    if not IN_COUNT.match(text):
        return False  # a count ("in three years"), not a date ("first appeared in December")
    before = span.doc[max(span.sent.start, span.start - 8):span.start]
    return any(t.lower_ in _SINCE_THE_LAST or (t.tag_ in ("JJS", "RBS") and not (t.i > 0 and t.nbor(-1).lower_ == "at"))
               for t in before)  # (not "at least")


def _since_a_comparison(span, head: Token) -> bool:
    """Whether a time expression dates the baseline of a comparison that "since" opens after a superlative or an
    ordinal ("For the first time since his full-scale invasion of Ukraine in 2022 he was received …", "the
    deadliest since an assault in Ghazni in August 2018", "the first time the two sides have talked since the spring
    of 2022"): it says when the last such thing was, not when the clause's act was, which stays undated by it. A
    plain "since" ("had held the position since April 2018", "Since the repeal of Prohibition in 1933, the party
    has declined") starts the state the clause tells of, and dates it, as the event golds record. The time may hang
    on "since" itself or on the noun of an event it governs; a clause "since" opens has a head of its own."""
    doc = span.doc
    current, since = span.root, None
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            break
        if current.lower_ == "since" and current.dep_ == "prep" and not (span.start <= current.i < span.end):
            since = current
            break
        current = current.head
    if since is None:
        return False
    before = doc[max(span.sent.start, since.i - 12):since.i]
    return any(t.lower_ in ("first", "only") or (t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and doc[t.i - 1].lower_ == "at")) for t in before)


def clause_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]]) -> dict[int, str]:
    """The date of each clause that has a time expression: clause head's token index → date.

    Of several expressions in one clause, the one in the verb's own line and nearest to it
    wins: a dateline glued to the first sentence ("Thursday, August 8, 2019 On Saturday
    morning, a gunman shot …") is not the date of the shooting.
    """
    best: dict[int, tuple[tuple[bool, int], str]] = {}
    for start, end, date in times:
        if not date:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = clause_head(span.root)
        if head is not None and head.dep_ == "acl" and naming_participle(head) and head.head.i != head.i:
            # "launched a … program dubbed "Zrínyi 2026" in 2017": a name given is no act; the time is the launch's
            head = clause_head(head.head)
        if head is not None and (noun := over_a_sequence(head)) is not None:
            head = clause_head(noun)  # "A road accident followed by a fire … on Thursday killed": the accident's time
        if head is not None and (closed := relative_it_closes(span, head)) is not None:
            head = closed  # "an earthquake that struck … on Wednesday night have increased": the relative's time
        if head is None or _past_on_a_present(span, head) or _stretch_of_a_turn(span) or _time_of_a_figure(span) \
                or _span_since_the_last(span) or _since_a_comparison(span, head) or is_a_target(span, head):
            continue
        between = doc[min(span.end, head.i):max(span.start, head.i + 1)]
        rank = ("\n" in between.text, _time_nesting(span, head), abs(span.root.i - head.i))
        if head.i not in best or rank < best[head.i][0]:
            best[head.i] = (rank, date)
    return {i: date for i, (_, date) in best.items()}


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


def paragraph_days(doc: Doc, sentences, times: Iterable[tuple[int, int, str | None]],
                   dated: dict[int, str]) -> dict[int, str]:
    """The day each sentence without a time of its own goes on telling: sentence number → date.

    A sentence whose main clause is dated to a day sets the day of the sentences after it that name no time ("The
    roof … caught fire yesterday. The spire … collapsed."). A sentence with a time that does not date its main
    clause to a day (a year, a month: background; a time of a subordinate clause) ends the run; one that only states
    how things stood "as of" a time leaves it as it was. A new paragraph goes on with the story's day, the first one
    set (the lead's: "Yesterday, … Wiranto was stabbed …" ¶ "Wiranto suffered "two deep wounds" …"), while that day
    still runs; any other day ends with its paragraph. A plan's time ("The law is to take effect late this week") and
    a bare clock time ("by 8:00am local time") neither set nor end the day.
    """
    text, out, day, story_day = doc_text(doc), {}, None, None
    words = frozenset()  # the lead's nouns and verbs: a later subject that takes one up tells the occasion again
    scene = None  # the last time that dated a main clause, and whether it is a week
    looking_back = False  # whether the paragraph opened in the past perfect
    paused = None  # the story's day, left for the rest of a paragraph by an act told "later" (see below)
    named_day = None  # the day of a noun named with one ("the January 7 quake") in the sentence before
    spans = sorted(times, key=lambda t: t[0])
    k, last_end = 0, 0
    for n, sent in enumerate(sentences):
        first, end = _edges(sent)
        opens = n == 0 or "\n" in text[last_end:first]  # (a paragraph)
        if opens and day != story_day:
            day = None
        if opens and day is None and paused is not None and _sets_the_scene_then(sent.root):
            # "… one was pronounced dead …. Another later died." ¶ "Officials said the … plane … was flying to …": an
            # aftermath told "later" ends its paragraph's run; a next paragraph that opens on what was going on
            # (the past progressive) goes back to the lead's day ("He was later charged." ¶ "He pleaded not guilty"
            # does not: the plea came after)
            day = paused
        if opens:
            paused = None
            # "As revealed at trial, the Turpins had kept their children indoors …": a paragraph that opens in the
            # past perfect tells what had been; no description in it tells the occasion again ("The children were
            # banned from washing …")
            looking_back = bool(words) and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in sent.root.children)
        last_end = end
        own = []
        before_day, named_day = named_day, None  # (the day a noun of the sentence before was named with)
        while k < len(spans) and spans[k][0] < sent.end_char:
            start, stop, date = spans[k]
            if date and len(date) == 10 and start >= sent.start_char and _modifies_a_name(doc, start, stop):
                named_day = date  # ("the January 7 quake")
            if start >= sent.start_char and not _modifies_a_name(doc, start, stop) \
                    and not (date in (None, day) and _SAME_TIME.match(text[start:stop])) \
                    and not (_CLOCK.fullmatch(text[start:stop]) and date in (None, day)):
                own.append((start, stop, date))  # ("the 2020 … election" names no time of the sentence; "on the
            k += 1  # first day" the day just told; "by 8:00am local time" an hour of it)
        if own and all(text[max(0, s - 6):s].lower() == "as of " for s, _, _ in own):
            own = []  # "As of Sunday evening, all four are in stable condition": a state then, the day goes on
        if not own:
            root = sent.root
            if day is None and before_day and narrated(root) and takes_up_a_dated_noun(root):
                out[n] = day = before_day  # "… two days after the January 7 quake. That event destroyed …" (the thing
                continue  # acting as its own subject: no look back on it as a thing done, see _points_back)
            if day is None and words and not looking_back and _holds(scene, story_day) and narrated(root) \
                    and not _points_back(sent) and retells_the_occasion(root, words):  # (the cheap tests first)
                day = story_day  # "… passed a resolution yesterday" ¶ … ¶ "The resolution passed along party lines"
            if day is not None and ((_simple_past(root) and not narrated(root)) or (opens and not _simple_past(root))
                                    or _points_back(sent)):
                # "The U.S. Constitution originally did not limit …": the narration leaves the day; so does a
                # paragraph that opens on what is so ("The Holy Headdress is recognized … as the veil that covered
                # …") or on what had been ("As revealed at trial, the Turpins had kept their children indoors …")
                if day == story_day and _told_later(root):
                    paused = story_day
                day = None
            if day is not None:
                out[n] = day
            continue
        root = sent.root
        if _told_ahead(root) or scheduled_ahead(root, (d for _, _, d in own), day):
            continue  # "The law is to take effect late this week.": a plan's time, not the narration's; the day goes on
        if day is not None and dated.get(root.i) is None and _to_come(doc, own, day):
            out[n] = day  # "Judge … ordered the accused remain in custody until his next court appearance on April 5":
            continue  # a time still to come in a clause under the main one is a plan's; the narration goes on
        paused = None  # (a time of its own: the run starts anew)
        date = dated.get(root.i) if root.pos_ in ("VERB", "AUX") and _simple_past(root) else None  # (not a dateline's)
        weekly = any("week" in text[s:e].lower() for s, e, _ in own)  # (a week is dated to its Monday: no day)
        day = date if date is not None and len(date) == 10 and not weekly else None
        told_on_it = story_day is not None and day == story_day  # (a report on the day of the occasion already told)
        leads = story_day is None and day is not None
        story_day = story_day or day
        if date is not None:
            scene = (date, weekly)  # "It all began on June 27, when …": a time named holds until another is named
        if root.lemma_ == "die" or (root.lemma_ == "pass" and any(c.lower_ == "away" for c in root.children)):
            day = None  # "Doris Day died on Monday …. Day made many studio albums": an obituary's life, not that day
        elif root.lemma_ in _TELLING_VERBS and not told_on_it and not _reported_thing(root) \
                and not tells_amid_the_occasion(root):
            day = None  # "… published on Friday …. Neanderthals used ribs of large bovids": what is told, not that day
        if leads and day is not None:
            words = occasion_words(sent)  # (a lead that tells a study or a life has no occasion told again)
        if day is not None:
            out[n] = day  # "The press asked Trump about it that same day, but he declined": its other clauses too
    return out


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

# Adverbs that move a clause off its paragraph's day ("she later became", "had earlier met", "originally listed").
_SHIFTING_ADVERBS = frozenset({"later", "earlier", "previously", "formerly", "originally", "once", "eventually",
                               "ago", "since", "already", "then", "afterwards", "subsequently", "long",
                               # adverbs of frequency: a habit over time, not an act of the day ("was rarely hit by")
                               "rarely", "seldom", "often", "usually", "frequently", "sometimes", "typically",
                               "repeatedly", "regularly", "always"})
# Marks of a clause placed before or after another act, or of a condition ("before the fire began").
_ORDERING_MARKS = frozenset({"before", "after", "since", "until", "till", "once", "if", "unless"})


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


def narrated(verb: Token) -> bool:
    """Whether a verb tells an act in the simple past of a narration ("collapsed", "were saved", "was flown", "were
    still working"), which takes its paragraph's day: no perfect ("had converted": before it), no present or
    modal, no adverb or clause of time that moves it off the day."""
    return _simple_past(verb) and not any((c.dep_ in ("advmod", "npadvmod") and c.lower_ in _SHIFTING_ADVERBS)
                                          or (c.dep_ == "mark" and c.lower_ in _ORDERING_MARKS) for c in verb.children)


def _simple_past(verb: Token) -> bool:
    """Whether a verb is in the simple past, active or passive, or the past progressive."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        past = not auxiliaries
    elif verb.tag_ in ("VBN", "VBG") and auxiliaries:
        past = auxiliaries[0].tag_ == "VBD" and auxiliaries[0].lemma_ == "be" \
            and (len(auxiliaries) == 1 or len(auxiliaries) == 2 and auxiliaries[1].lower_ == "being")  # "was being met"
    elif verb.tag_ == "VB" and auxiliaries:  # "did not limit"
        past = all(a.tag_ == "VBD" and a.lemma_ == "do" for a in auxiliaries)
    elif verb.tag_ == "VBN":  # a second verb of a past tagged as a participle ("The blaze killed three … and injured")
        past = verb.dep_ == "conj" and verb.head.tag_ == "VBD" and verb.head.i < verb.i
    else:
        past = False
    if past and not auxiliaries and verb.dep_ == "conj":  # ("had kept their children indoors … and rarely allowed")
        past = not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have") for c in verb.head.children)
    return past


def fronted_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]], dated: dict[int, str]) -> dict[int, str]:
    """The dated clauses whose time stands before their subject: clause head's token index → date.

    A time put first ("Earlier on Friday, the commonwealth's House … confirmed him, but the Senate had not confirmed
    him"; "As of Sunday evening, all four are in stable condition, and no fatalities have emerged") sets the time of
    the whole sentence, the clauses joined to the first one too; a time after the verb ("met … in 2021 and spoke …")
    is the first clause's own.
    """
    out = {}
    for start, end, date in times:
        span = doc.char_span(start, end, alignment_mode="expand") if date else None
        if span is None or not len(span) or (head := clause_head(span.root)) is None or dated.get(head.i) != date:
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects and span.end <= subjects[0].left_edge.i:
            out[head.i] = date
    return out


# Marks of a clause of time that is at one with its main clause ("was flying … when he fell ill").
_AT_ONE_MARKS = frozenset({"when", "as", "while"})


def date_of_its_time(verb: Token, dated: dict[int, str]) -> str | None:
    """The date of the main clause a clause of time in the simple past tells the moment of ("On Thursday, Navalny was
    flying from Tomsk … headed for Moscow when he fell ill": the falling ill was on Thursday), or of the clause an
    absolute participle with a subject of its own is set off after ("… collided on Friday, the truck catching fire
    in the process"), or of the gerund a start governs ("began deploying … yesterday"); None when there is none or
    it is not dated."""
    if verb.dep_ == "advcl" and _simple_past(verb) \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _AT_ONE_MARKS and c.i < verb.i for c in verb.children):
        head = verb.head
        if head.i not in dated and head.dep_ == "advcl" and head.tag_ in ("VBD", "VBN", "VBG"):
            head = head.head  # ("headed for Moscow", a participle of the main clause's)
        return dated.get(head.i)
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.i < verb.i \
            and verb.doc[verb.left_edge.i - 1].text == "," and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "mark") for c in verb.children):
        return dated.get(verb.head.i)
    if (doing := gerund_begun(verb)) is not None:
        return dated.get(doing.i)  # "government forces began deploying into … territory yesterday" (courses.py)
    return None


def date_over_a_time_clause(verb: Token, fronted: dict[int, str]) -> str | None:
    """The date a time put first gives the main clause when the parser hung it on a clause of time that comes
    between ("On June 12, minutes before the Oversight Committee voted to refer them …, Trump formally claimed …":
    the claim was on June 12 too). The time, set off by a comma before the clause's "before"/"after"/"when", stands
    outside that clause: it is the sentence's; one after the mark ("Minutes before the committee voted on June 12,
    Trump claimed …") is the clause's own and is not taken."""
    for clause in verb.children:
        if clause.i > verb.i or clause.dep_ not in ("advcl", "ccomp") or clause.i not in fronted:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)
        if mark is not None and any(t.text == "," for t in verb.doc[clause.left_edge.i:mark.i]):
            return fronted[clause.i]
    return None


def narrators_times(doc: Doc, times: Iterable[tuple[int, int, str | None]],
                    inside: Container[int]) -> list[tuple[int, int, str | None]]:
    """The times of ``times`` that stand outside quotation marks. A time inside them is the speaker's ("“It's a better
    performance than what we put on last week”, Wynnum coach Matt Myers said", "“We're a forty or fifty minute team at
    the moment …”"): it dates the quoted words, not the narration, so it neither sets nor ends the day a paragraph goes
    on telling (:func:`paragraph_days`), and the match "on Saturday" goes on into the paragraphs after the quotations."""
    out = []
    for start, end, date in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span[0].i not in inside:
            out.append((start, end, date))
    return out
