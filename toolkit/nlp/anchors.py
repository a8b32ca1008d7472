"""Reference days for relative date words: which day "yesterday", "that week" or "10:39 a.m." counts from.

A reader places a relative date from the day it is said on, and news has three such days:

* the published date, for the writer's own words ("on Wednesday", "next week");
* the day a quoted person spoke, for words inside a quotation ("I informed John Bolton last
  night"): a day named in the reporting clause, else the last day named (outside the
  quotation) earlier in the paragraph, else the day of the lead's main event;
* the narrative's day, for words counted from an event ("six minutes later", "the next
  morning", "that week", a clock time): the last date named in the sentence or the one
  before; for words other than a clock time, else the last day named earlier in the
  paragraph (or at the end of the one before, when this one opens with "This", "That", "It"),
  else the lead's day.

A bare month and day right after a date with an older year ("on November 15, 2017, … on
November 21") belongs to that year.

"The previous month", "the last day of the convention" and a count that looks back from its
sentence's time ("his first rally in three months") are placed last, by :mod:`toolkit.nlp.periods`.

The lead's day is the first recent past day the opening paragraphs name ("On Saturday
morning, a gunman …"): the news peg that later sentences hang on. The calendar arithmetic is
:mod:`toolkit.nlp.dates`; finding the expressions is :mod:`toolkit.nlp.timeline`.

Example:
    >>> text = "He wrote: “I offered to resign last night and he said, ‘Let’s talk tomorrow.’ ”"
    >>> [text[s:e] for s, e in quotations(text)]
    ['Let’s talk tomorrow.', 'I offered to resign last night and he said, ‘Let’s talk tomorrow.’ ']
"""

from __future__ import annotations

import datetime as dt
import re

from toolkit.nlp.dates import IN_COUNT, MON, NUMWORD, UNIT, WD, is_clock_time
from toolkit.nlp.dates import resolve as _resolve
from toolkit.nlp.periods import final_of_period, previous_period, sentence_time

_STRIP = "\"'“”‘’«»„()[]{},;:!?…—–-*/ \t\r\n"


_QUOTE_CHARS = re.compile("[\"'“”‘’\n]")


def quotations(text: str) -> list[tuple[int, int]]:
    """The spans between quotation marks (double, and single ones inside double ones).

    A quotation left open at the end of a paragraph ends there: news reopens a quotation
    that runs on into the next paragraph.
    """
    spans, open_double, open_single = [], None, None
    for m in _QUOTE_CHARS.finditer(text):
        i, ch = m.start(), m[0]
        if ch == "\n" and text[i + 1:i + 2] == "\n" or ch == "\n" and i + 1 == len(text):
            if open_single is not None:
                spans.append((open_single, i))
            if open_double is not None:
                spans.append((open_double, i))
            open_double = open_single = None
        elif ch == "“" or ch == '"' and open_double is None:
            open_double = i + 1
        elif (ch == "”" or ch == '"') and open_double is not None:
            if open_single is not None:
                spans.append((open_single, i))
                open_single = None
            spans.append((open_double, i))
            open_double = None
        elif ch in "‘'’" and open_double is not None:
            prev, nxt = text[i - 1:i], text[i + 1:i + 2]
            if open_single is None and ch != "’" and not prev.isalnum() and nxt.isalnum():
                open_single = i + 1
            elif open_single is not None and ch != "‘" and prev and not prev.isspace() and not nxt.isalnum():
                spans.append((open_single, i))
                open_single = None
    if open_double is not None:
        spans.append((open_double, len(text)))
    return spans


class Candidate:
    """A candidate expression while the reference days of its document are worked out."""

    __slots__ = ("start", "end", "expression", "hint", "depth", "anaphoric", "date", "granularity",
                 "sentence", "previous_sentence", "seen_from")

    def __init__(self, start, end, expression, span, hint, depth, anaphoric):
        self.start, self.end, self.expression = start, end, expression
        self.hint, self.depth, self.anaphoric = hint, depth, anaphoric
        self.date = self.granularity = None
        self.seen_from = None  # where the day of a reporting verb stands, for a reported future's weekday
        sent = span.sent if span is not None else None
        self.sentence = sent.start_char if sent is not None else start
        self.previous_sentence = span.doc[sent.start - 1].sent.start_char if sent is not None and sent.start else None

    @property
    def day(self) -> dt.date | None:
        return dt.date.fromisoformat(self.date) if self.granularity == "day" else None


# The dash after a dated line's date: "Aug. 8 — The White House announces …" (a timeline's entry).
_ENTRY_DASH = re.compile(r"[ \t]*[—–-][ \t]")


def _entries_of_dated_lines(found: list[Candidate], text: str) -> None:
    """Date the words of a dated line's entry from the line's date, not the page's: in a timeline published on 20
    August, "Aug. 8 — The White House announces that Trump and Putin will meet in Alaska on Aug. 15" means the 15
    August ahead of the 8th, not of the 20th. A line is dated when it opens with a day and a dash after it."""
    by_line: dict[int, Candidate] = {}
    for f in found:
        line = text.rfind("\n", 0, f.start) + 1
        if f.depth == 0 and f.day is not None and not text[line:f.start].strip() and _ENTRY_DASH.match(text, f.end):
            by_line[line] = f
    if not by_line:
        return
    for f in found:
        line = text.rfind("\n", 0, f.start) + 1
        lead = by_line.get(line)
        if lead is None or f is lead or f.depth or f.date is None or f.hint == "conditional" \
                or _YEAR.search(f.expression):
            continue
        f.date, f.granularity = _resolve(f.expression, lead.day, f.hint)


def place(found: list[Candidate], text: str, published: dt.date | None) -> list[Candidate]:
    """Resolve the candidates: the writer's words, then quoted words, then narrative words."""
    def settle(f: Candidate, reference, anchor=None, grain="day"):
        if f.hint == "conditional":
            return
        f.date, f.granularity = _resolve(f.expression, reference, f.hint, anchor=anchor, anchor_granularity=grain)

    for f in found:
        if f.depth == 0 and not f.anaphoric:
            settle(f, published)
            if (then := _narrative_year(found, f, text, published)) is not None:
                f.date, f.granularity = _resolve(f.expression, then)  # the nearest to that day
    for f in found:  # "Trump said on Friday that Thursday was the deadline": the Thursday after that Friday
        if f.seen_from is not None and f.depth == 0 and f.date is not None:
            said = next((g for g in found if g.start <= f.seen_from < g.end and g.depth == 0 and g.day), None)
            if said is not None:
                f.date, f.granularity = _resolve(f.expression, said.day, "future")
    _entries_of_dated_lines(found, text)
    lead, named = _lead_day(found, text, published)
    for depth in sorted({f.depth for f in found if f.depth}):  # outer quotations first
        for f in found:
            if f.depth == depth and not f.anaphoric:
                settle(f, _speech_day(found, f, text, lead) if published is not None else None)
    for f in found:
        if not f.anaphoric or published is None:
            continue
        anchor, grain, near = _narrative_anchor(found, f, text, lead if f.depth == 0 else
                                                _speech_day(found, f, text, lead))
        if not near and not named and not is_clock_time(f.expression) and not _WITHIN_NOW.match(f.expression):
            continue  # "the next day" with no day named anywhere near: no way to tell which
        counted = bool(IN_COUNT.match(f.expression))  # "we did it in three months", with no date near: a length
        if is_clock_time(f.expression) and _COUNTED_FROM.match(text, f.end):
            continue  # "12:01 a.m. eastern daylight time 21 days after the date of this order"
        if near or (f.hint == "past" or not is_clock_time(f.expression)) and not counted:
            settle(f, published, anchor, grain)
        # "returned three years later": a count from the narrative passes today only when it says so.
        if f.date and anchor is not None and f.hint not in ("future", "then") and \
                _first_day(f.date) > published >= anchor:
            f.date = f.granularity = None
    # "the previous month" steps back from the period the narrative names; "on the last day"
    # is an event's final day, not yesterday (:mod:`toolkit.nlp.periods`).
    for f in found:
        if final_of_period(f, text):
            f.date = f.granularity = None
        elif f.hint == "back" and f.date and (then := sentence_time(found, f)) is not None:
            f.date, f.granularity = _resolve(f.expression, then, f.hint)
        elif f.date is None and published is not None and f.hint != "conditional":
            spoken = published if f.depth == 0 else _speech_day(found, f, text, lead)
            if (placed := previous_period(found, f, text, spoken)) is not None:
                f.date, f.granularity = placed
    return found


def _narrative_year(found: list[Candidate], f: Candidate, text: str, published: dt.date | None) -> dt.date | None:
    """The day a bare month and day counts from when the narrative has moved to another year:
    "the army moved on November 15, 2017, … in exchange for his resignation on November 21" is
    2017's November 21; so is "that <month>" after a date with a year anywhere earlier in the paragraph. The date with a year must stand in the same or the previous sentence
    of the paragraph and lie more than two months before publication."""
    if published is None or f.date is None:
        return None
    that_month = bool(_BARE_MONTH.search(f.expression.strip(_STRIP))) and bool(_THAT_BEFORE.search(text[max(0, f.start - 12):f.start]))
    if not that_month and not _BARE_MONTH_DAY.search(f.expression):
        return None
    sentences, paragraph = (f.sentence, f.previous_sentence), _paragraph(text, f.start)
    dated = [g for g in found if g.start < f.start and g.depth == 0 and g.day and g.start >= paragraph
             and (that_month or g.sentence in sentences and f.start - g.start <= 2 * _NEAR)
             and _YEAR.search(g.expression)]
    if not dated or (published - dated[-1].day).days <= 61:
        return None
    return dated[-1].day


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
# "That September" after "on August 20, 2018" in the paragraph: the month of the narrative's year (Wikinews, 2019:
# "Thunberg began her climate protest on August 20, 2018 … That September, the Fridays for Future movement
# launched"), not the last September before publication.
_BARE_MONTH = re.compile(r"(?i)^" + MON + "$")
_THAT_BEFORE = re.compile(r"(?i)\bthat\s+$")
_BARE_MONTH_DAY = re.compile(r"(?i)^" + MON + r"\s+\d{1,2}(?:st|nd|rd|th)?$"
                             r"|^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + "$")


def _paragraph(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lead_day(found: list[Candidate], text: str, published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The day of the lead's main event: the first recent past day the opening paragraphs name.

    A dateline (a line holding nothing but a date) is skipped, and so is a day older than
    two weeks (a citation, background); only the first three paragraphs of prose (lines of
    eight words or more) are read. Without such a day, the published date. The flag says
    whether the day was named.
    """
    if published is None:
        return None, False
    paragraphs = 0
    for f in found:
        line_start, line_end = _paragraph(text, f.start), text.find("\n", f.end)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if f.depth or f.anaphoric or not line.strip(_STRIP + "0123456789") or \
                not re.sub(r"\W+", "", line.replace(f.expression, "")):
            continue
        paragraphs = sum(len(p.split()) >= 8 for p in text[:line_start].split("\n")) + 1
        if paragraphs > 3:
            break
        if f.day is not None and published - dt.timedelta(days=_LEAD_DAYS) <= f.day <= published:
            return f.day, True
    return published, False


_LEAD_DAYS = 14  # news reports what happened in the days before: an older date in the lead is background


def _speech_day(found: list[Candidate], f: Candidate, text: str, lead: dt.date | None) -> dt.date | None:
    """The day a quoted person spoke: a day named outside the quotation in the same sentence,
    else the last day named (less deeply quoted) earlier in the paragraph, else the lead's day."""
    sentence, paragraph = f.sentence, _paragraph(text, f.start)
    same = [g.day for g in found if g.depth < f.depth and g.day and g.sentence == sentence]
    if same:
        return same[0]
    # Days named inside the same quotation are what was said, not when it was said.
    before = [g.day for g in found if g.day and g.depth < f.depth and paragraph <= g.start < f.start]
    return before[-1] if before else lead


def _narrative_anchor(found: list[Candidate], f: Candidate, text: str, fallback: dt.date | None):
    """``(date, granularity, near)``: the time the narrative is at for ``f``.

    The last date named before ``f`` in its sentence or the sentence before (same
    paragraph), at that date's granularity ("in 2011 … three years later" is a year);
    for a clock time, the day named nearest to it in its sentence or right after it; else ``fallback``
    (the lead's day) with ``near`` False.
    """
    sentences = (f.sentence, f.previous_sentence)
    paragraph = _paragraph(text, f.start)
    if is_clock_time(f.expression):  # "at 8:30 p.m. on August 27" ("a.m." often ends a parsed sentence)
        same = [g for g in found if g.day and g.depth <= f.depth and g.start >= paragraph
                and (g.sentence == sentences[0] or abs(g.start - f.start) <= 60) and abs(g.start - f.start) <= _NEAR]
        if same:
            return min(same, key=lambda g: abs(g.start - f.start)).day, "day", True
    # "that week" restates the narrative's time less precisely: it moves no anchor.
    earlier = [g for g in found if g.start < f.start and g.date and g.depth <= f.depth and g.start >= paragraph
               and g.sentence in sentences and (g.granularity == "day" or not g.anaphoric)
               and f.start - g.start <= _NEAR]
    if earlier:
        return _first_day(earlier[-1].date), earlier[-1].granularity, True
    if _LONG_COUNT.search(f.expression):
        # "In 1992, she ran for a House seat. She finished third. Four years later, …": a count of
        # years goes on from the last date the paragraph named, whatever its precision, a
        # sentence or two back.
        dated = [g for g in found if g.start < f.start and g.date and not g.anaphoric and g.depth <= f.depth
                 and g.start >= paragraph and f.start - g.start <= 2 * _NEAR]
        if dated:
            return _first_day(dated[-1].date), dated[-1].granularity, True
    # Words that count from an event ("an hour later", "the previous day") follow the narrative
    # to the last day it named, a few sentences back in the paragraph ("… at 7:37 p.m. on
    # Wednesday. It measured 6.3. It was followed by another an hour later") or at the end of
    # the paragraph before when this one opens by pointing back to it ("… two days after the
    # January 7 quake. ¶ This followed a 5.8 earthquake the previous day"). A bare clock time
    # does not: "The shooting began at 10:39 a.m." after a lead that ends on a later day is
    # the lead's event.
    if not is_clock_time(f.expression):
        # A paragraph that opens with these words ("Earlier that day, …", "The next day …") goes
        # on from the last day the paragraph before named, however long that paragraph is.
        opening = paragraph >= 2 and _OPENING_WORDS.fullmatch(text, paragraph, f.start) is not None
        previous = _paragraph(text, paragraph - 2) if paragraph >= 2 and (
            opening or _BACK_POINTER.match(text, paragraph)) else paragraph
        # "that same day" names the day it repeats: the last one the paragraph named, however far
        # back; when the last day words before it could not be placed ("The next day" after "the
        # eve of Independence Day"), neither can it.
        same = _SAME_DAY.match(f.expression) is not None
        if same:
            last = [g for g in found if g.start < f.start and g.depth <= f.depth and g.start >= paragraph
                    and (g.day or g.date is None and _DAY_WORD.search(g.expression))]
            if last and last[-1].date is None:
                return None, "day", True
        days = [g for g in found if g.start < f.start and g.day and g.depth <= f.depth and g.start >= previous
                and (opening or same and g.start >= paragraph
                     or f.start - g.start <= (_NEAR if g.start >= paragraph else 2 * _NEAR))]
        if days:
            return days[-1].day, "day", True
        if same and paragraph >= 2:
            # "US President Donald Trump told reporters the same day …" opening a paragraph that names no day: the
            # last day the paragraph before named (NHK, round wire34a: "announced the sanctions on Wednesday")
            before = _paragraph(text, paragraph - 2)
            days = [g for g in found if before <= g.start < paragraph and g.day and g.depth <= f.depth
                    and (fallback is None or g.day <= fallback)]  # (a day told, not one a plan is set for ahead)
            if days:
                return days[-1].day, "day", True
    return fallback, "day", False


# A count of months, years or decades from the narrative's time ("Ten years later").
_LONG_COUNT = re.compile(r"(?i)\b(?:\d+|" + NUMWORD + r"|a|an)[\s-]+(?:month|year|decade)s?\s+(?:later|earlier|afterwards?)$")
# A paragraph that opens with a demonstrative or "it" continues the one before.
_BACK_POINTER = re.compile(r"(?:This|That|These|Those|It)\b")
_DAY_WORD = re.compile(r"(?i)\b(?:day|night|morning|afternoon|evening|eve|today|tonight|yesterday|tomorrow)\b|"
                       + WD)
_SAME_DAY = re.compile(r"(?i)(?:(?:on|later|earlier)\s+)?(?:that|the)\s+same\s+(?:day|morning|afternoon|evening|night)$")
_OPENING_WORDS = re.compile(r"(?:(?:On|In|By|Later|Earlier|Then)\s+)?")
_COUNTED_FROM = re.compile(r"(?i)(?:\s+[a-z]+){0,3}?\s+(?:\d+|" + NUMWORD + r")[\s-]+" + UNIT +
                           r"\s+(?:after|before|from|following)\b")
# "earlier in the day", "later this week": within the writer's own day or week unless a day is named.
_WITHIN_NOW = re.compile(r"(?i)(?:earlier|later)\s+in\s+the\s+(?:day|morning|afternoon|evening|week|month|year)$")
_NEAR = 200  # characters: a date further back in a long (legal) sentence is not what the words count from


def _first_day(date: str) -> dt.date:
    return dt.date.fromisoformat((date + "-01-01")[:10])
