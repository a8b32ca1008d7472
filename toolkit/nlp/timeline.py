"""Date and time expressions in a parsed article, resolved against its published date.

News text dates events relative to the day of publication ("on Wednesday", "next
week", "within two days"), so resolving them is calendar arithmetic from a reference
day; :mod:`toolkit.nlp.dates` does that arithmetic (with ``dateutil.relativedelta``).

Candidates come from spaCy's DATE entities, TIME entities that name a day, an offset or a
clock time ("Earlier Wednesday", "10:39 a.m."), and a few regular expressions for what the
small model misses ("later in the day", "the next morning", "less than thirteen hours
later"). Spans are cleaned (quote marks, possessive ``'s``), extended over modifiers that
belong to them ("as early as", "next", "within" before a count of days), and what is not a
point in time is dropped: lengths ("three-hour", "for five weeks"), "to this day", a part
of something else's time ("the last two years of the Biden Administration"), years in the
names of laws ("the Trade Expansion Act of 1962"), section numbers ("Sec. 1701") and titles
of shows ("This Week", "Fox News Sunday", ABC's “This Week”), numbers that count people or
things ("1846 persons"), and a holiday that is no time ("her love for Halloween"; "since
Christmas Eve" is a day). A date the model tags inside an EVENT name is kept when recent ("the
January 7 quake"); "two days after the January 7 quake" is also yielded whole, counted from
the date it names. The sentence decides the direction: the tense for a bare weekday or
month, a future seen from the past ("was expected to end on December 15", "planned to
announce around August 1", "extended the lockdown to May 1") for the nearest date on
either side, a date naming a thing ("the November 13 deadline") for the nearest one, a weekday
named as a deadline or told in a reported future ("said on Friday that Thursday was the
deadline") for one ahead of the telling, and a superlative, "first time" or a negation for a
count that looks back ("for the first time in four years"). A weekday with the holiday it falls
on ("Thursday, Thanksgiving Day,") is one expression, and two weekdays the model joins over
"that" ("Monday that Friday") are two.

Which day each expression counts from (the published date, the day a quoted person spoke,
or the narrative's day for "six minutes later" and "that week") is
:mod:`toolkit.nlp.anchors`. Whatever points at a time but cannot be placed is yielded with
``date=None``.

Example:
    >>> import datetime as dt
    >>> from toolkit.nlp.model import load_model
    >>> doc = load_model()("Sanctions are expected within two days.")
    >>> [(t.expression, t.date) for t in time_expressions(doc, published=dt.date(2025, 8, 7))]
    [('within two days', '2025-08-09')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from toolkit.nlp.dates import MON as _MON
from toolkit.nlp.dates import MONTHS as _MONTHS
from toolkit.nlp.dates import NUMBERS as _NUMBERS
from toolkit.nlp.dates import NUMWORD as _NUMWORD
from toolkit.nlp.dates import UNIT as _UNIT
from toolkit.nlp.dates import WD as _WD
from toolkit.nlp.dates import WEEKDAYS as _WEEKDAYS
from toolkit.nlp.anchors import Candidate, place, quotations
from toolkit.nlp.dates import HOLIDAY as _HOLIDAY
from toolkit.nlp.dates import IN_COUNT as _IN_COUNT
from toolkit.nlp.dates import is_anaphoric
from toolkit.nlp.dates import resolve as _resolve
from toolkit.nlp.tense import OFFSET, context_hint, seen_from
from toolkit.nlp.headlines import month_verb, title_case_lines
from toolkit.nlp.lookups import doc_text, entities
from toolkit.nlp.rubrics import rubric_ranges, time_stamps
from toolkit.nlp.sentence_years import frames, month_of_its_year
from toolkit.nlp.wire_credits import credit_lines

GRANULARITIES = ("day", "week", "month", "year")
_COUNT = re.compile(r"(?i)^(?:\d+|a|an|" + _NUMWORD + r")[\s-]+" + _UNIT + r"$")

# Extra candidates the small model tends to miss (searched in the raw text). The lookahead
# first is the set of characters an alternative can start with (the letters of the
# case-insensitive ones in both cases), and every alternative but the clock's starts a word:
# a quick test that lets the search skip the other positions (the middle of every word)
# without trying every alternative there (four times faster than no test, the same matches).
_EXTRA = re.compile(
    r"(?=[\dlLnNtTcCeEyYMWFSJAOD])(?:(?=\d)|\b)(?:"
    r"\b(?:(?i:last|next|this coming|this|coming|earlier|later|early|late)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?i:night|morning|afternoon|evening))?\b"
    r"|\b(?i:today|tonight|yesterday|tomorrow)\b"
    r"|\b(?i:this|next|last)\s+(?i:week|month|year|weekend)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,\s+\d{4}\b)?"
    # Parts of a day, and words counted from the narrative's day ("the next morning", "that week").
    r"|\b(?i:this|the next|the following|the previous|last)\s+(?i:morning|afternoon|evening|night)\b"
    r"|\b(?i:that(?:\s+same)?|the same)\s+(?i:morning|afternoon|evening|night|day|week|month|year)\b"
    r"|\b(?i:(?:earlier|later)\s+(?:in\s+the|that)\s+(?:day|morning|afternoon|evening|week|month|year))\b"
    r"|\b(?i:the\s+(?:next|following|previous|preceding)\s+day|the\s+day\s+(?:before|after))\b"
    r"|\b(?i:the\s+(?:past|last)\s+(?:(?:\d+|" + _NUMWORD + r")\s+)?(?:days?|weeks?|months?|years?))\b"
    r"|\b\d{4}\s+(?:UTC|GMT)\b|\bnoon\b"
    r"|(?<![:\d])\d{1,2}:\d{2}(?![:\d])(?:\s*(?i:[ap]\.m\.|[ap]m\b))?"  # a clock ("13:40"), not a race time "2:05:46"
    r")"
)
# "less than thirteen hours later", "a short time later": found from the last word back, so that
# the count is only tried where "later" stands (not at every "a" of the text).
# Lower case only ("Midnight Oil" is a band); searched on its own, since a lookahead on "m"
# would make _EXTRA try every alternative at each "m" of the text. These words (and "after",
# "before" below) open with a letter or a set of letters, and the start of the word is checked
# behind it: a pattern that opens so is searched for by its first character (three to twenty
# times faster than one that opens with "\b", the same matches).
_MID_WORD = re.compile(r"mid(?<=\bmid)(?:night|day)\b")
_LATER_WORD = re.compile(r"[lLeEaAtTpP](?<=\b[lLeEaAtTpP])(?i:ater|arlier|fterwards?|hereafter|rior(?!\s+to\b))\b")
_BEFORE_LATER = re.compile(
    r"(?i)\b(?:(?:(?:less|more|fewer)\s+than|about|around|nearly|almost|roughly|some|just|only|barely)\s+)?"
    r"(?:\d+|a|an|" + _NUMWORD + r")[\s-]+(?:minute|hour|day|week|month|year)s?(?:\s+and\s+a\s+half)?\s+$"
    r"|\b(?:a\s+(?:short|little)\s+(?:time|while)|moments|minutes|hours|shortly)\s+$")
_AFTER_WORD = re.compile(r"[ab](?<=\b[ab])(?:fter|efore)\b")
_FOR_COUNT = re.compile(r"(?i)\b(?:for|within|during)\s+$")
# What follows "two days after": a date ("the January 7 quake") or an event's noun phrase.
_DATE_AFTER = re.compile(r"\s+(?:the\s+)?((?=[A-Z])(?i:" + _MON + r")\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,\s+\d{4}\b)?"
                         r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’]))")
_WITHIN_A_DAY = re.compile(r"(?i)\b(?:minutes?|hours?|moments|shortly)\b")
_EVENT_AFTER = re.compile(r"\s+(?:the|his|her|its|their|a|an)\s+[a-z]")
_DAY_WORD = re.compile(r"(?i)\b(?:" + "|".join(_WEEKDAYS) + r"|today|tonight|yesterday|tomorrow|"
                       r"this (?:morning|afternoon|evening)|last night)\b|\d{1,2}/\d{1,2}|"
                       + _MON + r"\s+\d")
_TIMEWORD = re.compile(r"(?i)[0-9]|\b(?:" + "|".join(_WEEKDAYS) + r"|" + "|".join(_MONTHS) +
                       r"|today|tonight|yesterday|tomorrow|minute|hour|day|week|weekend|month|year|decade"
                       r"|morning|afternoon|evening|night"
                       r"|noon|midnight|midday)s?\b|\b" + _HOLIDAY + r"(?!\w)")
_STRIP = "\"'“”‘’«»„()[]{},;:!?…—–-*/ \t\r\n"
_ABBREV = re.compile(r"(?i)(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|\b[ap]\.m)\.$")
_LEFT_MODIFIER = re.compile(r"(?i)\b(as early as|as soon as|as late as|as recently as|this coming|"
                            r"earlier|later|early|late|next|last)\s+$")
_LEFT_PREP = re.compile(r"(?i)\b(within|in)\s+$")
_RIGHT = re.compile(r"(?i)^\s+(ago|from now|hence|later|earlier|to come|ahead)\b")
_RIGHT_DAYPART = re.compile(r"(?i)^\s+(night|morning|afternoon|evening)\b")
_WEEKDAY_ONLY = re.compile(r"(?i)" + _WD)
_HOLIDAY_APPOSITION = re.compile(r",\s+(?:the\s+)?(?=[A-Z])(?i:" + _HOLIDAY + r")(?!\w)")
_BARE_UNITS = re.compile(r"(?i)^(?:the\s+)?(?:days|weeks|months|years|hours)(?:\s+(?:to come|ahead))?$")
# Not points in time: lengths ("three-hour", "24 hours", "the days"), ages and frequencies.
_DURATION = re.compile(
    r"(?i)^(?:the |a |an )?(?:(?:about|around|some|nearly|almost|roughly|more than|less than|over|"
    r"under|(?:at )?least|up to|only|just|another|several|few|many|a few|a couple of|couple of|and a half|"
    r"\d+(?:[.,]\d+)?|" + _NUMWORD + r")[\s-]+)*"
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?"
    r"(?:-long|-old)?$")
# Ages named before the numbers ("prisoners aged 18 to 25", "children ages 5 to 11"): no time.
_AGED = re.compile(r"(?i)\b(?:aged?|ages)\s+$")
_NOT_TIME = re.compile(r"(?i)\b(?:years? old|year-old|aged?|ages? of \d+|daily|weekly|monthly|annual(?:ly)?|yearly|"
                       r"quarterly|every|each|per|(?:once|twice|times) a|overnight)\b")
# "a very big day", "the dark days of ...": a day, but no point in time.
_FIGURATIVE = re.compile(r"(?i)^(?:(?:a|an|the|this|that|these|those|his|her|its|our|their|my|your)\s+)?"
                         r"((?:[a-z]+\s+){1,3}?)(?:day|week|month|year)s?(?:\s+of\b.*)?$")
_NEUTRAL_WORDS = set("same previous following next last past coming recent early earlier late later first second "
                     "third final entire whole current present other few several just only this that "
                     "these those the a an in within of for by on at over end beginning start middle rest half "
                     "couple and or".split()) | set(_NUMBERS)


@dataclass(frozen=True)
class TimeExpression:
    """A date or time expression found in a document.

    Attributes:
        expression: the surface text, e.g. ``"as early as next week"``.
        date: ``"YYYY-MM-DD"``, ``"YYYY-MM"`` or ``"YYYY"``; None when it cannot be placed.
        granularity: ``"day"``, ``"week"`` (date is that week's Monday), ``"month"``,
            ``"year"``, or None when ``date`` is None.
        start: offset of ``expression`` in ``doc.text``.
        end: end offset, so that ``doc.text[start:end] == expression``.
    """

    expression: str
    date: str | None
    granularity: str | None
    start: int
    end: int


def time_expressions(doc, *, published: dt.date | None, text: str | None = None) -> Iterator[TimeExpression]:
    """Yield the date and time expressions of a parsed document, in text order.

    The verb governing each expression (``Tense=Past``, auxiliaries such as "will" or
    "would", "is expected to") and a preceding "until"/"by"/"since" decide whether a bare
    weekday or month lies before or after ``published``.

    Args:
        doc: a spaCy ``Doc`` (with NER and dependency parse).
        published: the reference date; when None only absolute dates are resolved.
        text: ``doc.text``, when the caller has it (spaCy rebuilds it token by token).

    Yields:
        TimeExpression: one per expression; unresolvable ones carry ``date=None``.

    Example:
        >>> from toolkit.nlp.model import load_model
        >>> doc = load_model()("Speaking on Wednesday, he gave Russia until Friday.")
        >>> [t.date for t in time_expressions(doc, published=dt.date(2025, 8, 7))]
        ['2025-08-06', '2025-08-08']
    """
    text = doc_text(doc) if text is None else text
    ents = [(e.label_, e.start_char, e.end_char) for e in entities(doc)]  # Doc.ents makes its spans anew on each call
    spans = [_extend(text, *_clean(text, s, e)) for label, s, e in ents if label in ("DATE", "TIME")]
    # A time of day ("three-hour") is kept only when it names a day, an offset or a clock time.
    times = {s for label, s, _ in ents if label == "TIME"}
    spans = [(s, e) for s, e in spans if not any(s <= t < e for t in times)
             or _DAY_WORD.search(text[s:e]) or OFFSET.search(text[s:e]) or is_anaphoric(text[s:e])]
    spans = [piece for s, e in spans for piece in _range_ends(text, s, e)]
    spans += [_extend(text, *_clean(text, *m.span())) for m in _EXTRA.finditer(text)]
    spans += [_extend(text, *m.span()) for m in _MID_WORD.finditer(text)]
    for m in _LATER_WORD.finditer(text):
        if back := _BEFORE_LATER.search(text, max(0, m.start() - 45), m.start()):
            spans.append((back.start(), m.end()))
    # "an hour and a half after the ruling": counted from the narrative's day; "two days after
    # the January 7 quake": from the date named (a compound, kept beside the date it names).
    compounds = []
    for m in _AFTER_WORD.finditer(text):
        back = _BEFORE_LATER.search(text, max(0, m.start() - 45), m.start())
        if not back or _FOR_COUNT.search(text, max(0, back.start() - 8), back.start()):
            continue  # "for two days after the storm": a length
        dated = _DATE_AFTER.match(text, m.end())
        if dated:
            compounds.append((back.start(), dated.end(), dated.start(1)))
        elif _EVENT_AFTER.match(text, m.end()) and _WITHIN_A_DAY.search(back[0]):
            # Only a count under a day: "the speech came a week after an attack" dates the speech,
            # which the sentence names elsewhere; hours after an event are that event's day.
            spans.append((back.start(), m.end()))
    # Titles of papers, shows and laws ("USA Today", "This Week", "the Trade Act of 1974") are names.
    names = [(s, e) for label, s, e in ents if label in _NAME_LABELS]
    # "the January 7 quake", "the 2008 crisis": the model often tags a date modifying an
    # event's noun as part of an EVENT name; the date is still that event's time.
    happenings = [(s, e) for label, s, e in ents if label == "EVENT"]
    quoted = quotations(text)
    headlines = title_case_lines(text)  # "Thousands March in Kyiv …": a month's name a headline's verb
    found, in_event = [], set()
    for start, end in _merge(text, spans):
        if any(s <= start and end <= e for s, e in happenings):
            if not _EVENT_DATE.search(text[start:end]):
                continue
            in_event.add(start)
        if any(s <= start and end <= e for s, e in names) or _in_title(doc, text, start, end) \
                or _LEGAL_NUMBER.search(text, max(0, start - 12), start) \
                or _NAME_OF.search(text, max(0, start - 60), start) \
                or _quoted_title(text, quoted, start, end) or _UNTIL_NOW.search(text, max(0, start - 8), end) \
                or (text[start:end] == "May" and text.startswith(("'", "’"), end)) \
                or (headlines and month_verb(text, start, end, headlines)) \
                or text.startswith(" sun", end):  # Theresa May's government; "the midnight sun"
            continue
        expression = text[start:end]
        if _HOLIDAY_ONLY.match(expression) and not _AT_A_TIME.search(text, max(0, start - 12), start):
            continue  # "her love for Halloween", "Christmas shopping": the feast, not a day
        anaphoric = is_anaphoric(expression)
        if _DURATION.match(expression) or _NOT_TIME.search(expression) or _PART_OF.match(text, end) \
                or _AGED.search(text, max(0, start - 8), start) \
                or not (anaphoric or _TIMEWORD.search(expression)) \
                or not re.search(r"[A-Za-z]|[0-9]{4}|[0-9][/:][0-9]", expression) \
                or (expression.isdigit() and not 1000 <= int(expression) <= 2099) or _figurative(expression):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if expression.isdigit() and span is not None and _counts_things(span):
            continue  # "1846 persons were hospitalized": a number of people, not a year
        if _ORDINAL.match(expression) and span is not None and _numbers_a_thing(span):
            continue  # "a 17th package of sanctions": the package's number, not a day of the month
        if _DESIGNATION.fullmatch(expression):
            continue  # "seated in 11A" (round wire35b): a seat's, a flat's or a gate's number and letter, no time
        hint = context_hint(doc, span) if span is not None else None
        # "Within two decades, the country had 30 plants": a past count runs from the narrative's time.
        anaphoric = anaphoric or (hint == "past" and bool(_IN_COUNT.match(expression)))
        found.append(Candidate(start, end, expression, span, hint, sum(s <= start < e for s, e in quoted), anaphoric))
        if span is not None and (said := seen_from(span, hint)) is not None:
            found[-1].seen_from = said.idx
    for start, end, named in compounds:
        span = doc.char_span(named, end, alignment_mode="expand")  # the tense is that of the date named
        hint = context_hint(doc, span) if span is not None else None
        found.append(Candidate(start, end, text[start:end], span, hint, sum(s <= start < e for s, e in quoted), False))
    found.sort(key=lambda c: c.start)
    # "Copyright 2025 The Associated Press.": the page's, no time of the story; nor is a pointer's line to another
    # page ("Read more: Trump to meet Putin next week")
    credits = credit_lines(text) + rubric_ranges(text)
    if credits:
        found = [c for c in found if not any(a <= c.start < b for a, b in credits)]
    stamps = time_stamps(text) if published is not None else []
    years: list[tuple[int, str]] = []  # the years named so far, which a bare month after them in a sentence takes
    for c in place(found, text, published):
        if c.start in in_event and not _recent_event_date(c, published):
            continue  # "the September 11 attacks": a name, not a day of this year
        if c.date is None and any(a <= c.start < b for a, b in stamps):
            # a live entry's stamp alone on its line ("10:42 a.m. ET"): a time of the page's own day (round wire34c)
            yield TimeExpression(c.expression, published.isoformat(), "day", c.start, c.end)
            continue
        if c.granularity == "month" and years and (span := doc.char_span(c.start, c.end, alignment_mode="expand")) \
                and (dated := month_of_its_year(c.expression, c.date, years, c.sentence, span.sent.root.idx)):
            c.date = dated  # "In the 2016 … election, Sanders continued his bid … until June": June 2016
        elif c.granularity == "year" and c.date and frames(text, c.start):
            years.append((c.start, c.date))
        yield TimeExpression(c.expression, c.date, c.granularity, c.start, c.end)


_HOLIDAY_ONLY = re.compile(r"(?i)(?:the\s+)?" + _HOLIDAY + r"$")
_AT_A_TIME = re.compile(r"(?i)\b(?:on|at|since|until|till|by|before|after|over|around|during|from|through|"
                        r"last|next|this)\s+(?:the\s+)?$")
# A date within an EVENT name: a month and day, or a year.
_EVENT_DATE = re.compile(r"(?i)\b" + _MON + r"\s+\d{1,2}\b|\b(?:1[89]|20)\d{2}\b|^(?:the\s+)?" + _HOLIDAY + r"$")


def _recent_event_date(c, published: dt.date | None) -> bool:
    """A date inside an event's name is kept when it names its year or lies within three months
    of publication ("the January 7 quake"); an older month and day is a name ("September 11")."""
    if c.date is None:
        return False
    if re.search(r"\b(?:1[89]|20)\d{2}\b", c.expression) or published is None:
        return True
    return abs((dt.date.fromisoformat((c.date + "-01-01")[:10]) - published).days) <= 92


# Plural nouns a number before them counts: a year does not name people or things in bulk.
_COUNTED = frozenset("""people persons residents citizens inhabitants cases patients deaths victims casualties
    injuries troops soldiers officers police policemen workers employees staff members volunteers
    students children pupils teachers doctors nurses refugees migrants asylum-seekers protesters
    demonstrators supporters voters votes ballots passengers fans spectators families households
    homes houses buildings vehicles cars jobs tonnes tons kilometres kilometers miles metres meters
    acres hectares dollars euros pounds animals birds fish trees""".split())


def _counts_things(span) -> bool:
    """A bare number that counts the plural noun after it: "1846 persons", "2000 officers"."""
    doc, token = span.doc, span[-1]
    if len(span) != 1 or token.i + 1 >= len(doc):
        return False
    noun = doc[token.i + 1]
    before = doc[token.i - 1] if token.i else None
    return noun.lower_ in _COUNTED and \
        not (before is not None and (before.tag_ in ("DT", "PRP$", "POS") or before.lower_ in _YEAR_PREPS))


# A number and one capital letter, which the model tags a date ("seated in 11A"): a seat, a flat, a gate.
_DESIGNATION = re.compile(r"\d{1,4}[A-Z]")

# A bare ordinal, "17th", "3rd": a day of the month only where nothing it numbers follows ("on the 17th").
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def _numbers_a_thing(span) -> bool:
    """A bare ordinal right before the noun (or adjective and noun) it numbers: "a 17th package", "the 10th Director"."""
    doc, token = span.doc, span[-1]
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") \
        and not _MONTH_WORD.match(doc[token.i + 1].text)


_MONTH_WORD = re.compile(r"(?i)^" + _MON + r"\.?$")


_YEAR_PREPS = frozenset("in since during by until till before after from through".split())  # "in 2018 people voted"


# "Sec. 1701", "section 2021", "U.S.C. 1702", "No. 2024": numbers of sections, not years.
_LEGAL_NUMBER = re.compile(r"(?i)(?:\bsec(?:tion)?s?\.?|§+|\bu\.s\.c\.?|\bcfr|\bno\.|\bpart|\bchapter|\btitle)\s*$")
# "the Trade Expansion Act of 1962", "the Geneva Convention of 1949": the year is part of a name.
_NAME_OF = re.compile(r"\b[A-Z][\w.'’-]*\s+(?:Act|Code|Law|Treaty|Accords?|Agreement|Convention|Protocol|"
                      r"Amendments?|Resolution|Charter|Declaration|Compact|Statute|Regulations?)"
                      r"(?:,?\s+as\s+amended,?)?\s+of\s+(?:the\s+)?$")
# "the last two years of the Biden Administration": a part of something else's time, not of now.
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Z\d]")
# "to this day": up to now, not a day.
_UNTIL_NOW = re.compile(r"(?i)\b(?:to|until|till)\s+this\s+(?:very\s+)?day$")
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "LAW"})
_TITLE_AFTER = frozenset({"ORG", "WORK_OF_ART", "PRODUCT"})
_OPENERS = frozenset("\"'“‘«(:;—–-[")


def _in_title(doc, text: str, start: int, end: int) -> bool:
    """A title that looks like a date: "ABC's This Week", "USA Today", "Fox News Sunday".

    Mid-sentence, "Today", "Tonight" and "This Week" are capitalised only in names; a weekday
    right after the name of a network or programme ("Fox News Sunday") is part of that name.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    token, before = doc[span.start], doc[span.start - 1]
    line_start = text[max(0, start - 20):start].rstrip(" \t").endswith("\n") or before.is_space
    if token.is_sent_start or line_start or before.text[-1:] in _OPENERS or not token.is_title:
        return False
    if token.lower_ in ("today", "tonight"):
        return True
    if token.lower_ == "this" and len(span) > 1 and span[1].is_title:
        return True
    return token.lower_ in _WEEKDAYS and len(span) == 1 and before.ent_iob_ != "O" and \
        before.ent_type_ in _TITLE_AFTER and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def _quoted_title(text: str, quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """A quotation that is only a capitalised title holding a date word: "This Week", "Fox News Sunday"."""
    for s, e in quoted:
        if s <= start and end <= e:
            words = re.findall(r"[\w’']+", text[s:e])
            return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) \
                and sum(w[0].isupper() for w in words) >= 2 - (text[max(0, s - 4):s - 1].endswith(("'s", "’s")))
    return False


_SMALL_WORDS = frozenset("a an the of in on at to for and or with by from".split())


def resolve(expression: str, published: dt.date | None) -> tuple[str | None, str | None]:
    """Resolve one expression against ``published``, without sentence context.

    Direction comes only from the expression's own words ("last", "next", "until",
    "ago"); a bare weekday is the nearest one within three days. See :func:`toolkit.nlp.dates.resolve`.

    Example:
        >>> resolve("as early as next week", dt.date(2025, 8, 7))
        ('2025-08-11', 'week')
    """
    return _resolve(expression, published)


# --- candidate spans ---------------------------------------------------------------

# A clock time after a date and a dash, as a broadcast transcript's air line gives it ("July 13, 2025 - 09:00"):
# the day is the date's; the model tags the two as one expression, which reads as no date.
_CLOCK_AFTER_DATE = re.compile(r"(?<=\d{4})[ \t]*[-–][ \t]*\d{1,2}:\d{2}$")


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim quote marks, punctuation and a possessive 's; keep one line of a multi-line span."""
    if "\n" in text[start:end]:
        pieces, pos = [], start
        for line in text[start:end].split("\n"):
            pieces.append((pos, pos + len(line)))
            pos += len(line) + 1
        start, end = next((p for p in pieces if _TIMEWORD.search(text[p[0]:p[1]])), pieces[0])
    while True:
        old = (start, end)
        while start < end and text[start] in _STRIP:
            start += 1
        while start < end and text[end - 1] in _STRIP:
            end -= 1
        if m := re.match(r"\d{3,} of (?=[A-Z])|(?i:between|from|on|at|in|during|since|until|till|through|of|"
                         r"for|by|before|after)\s+(?=\w)", text[start:end]):  # "14024 of April 15", "between May"
            start += m.end()
        if text[start:end].endswith(("'s", "’s")):
            end -= 2
        if m := _CLOCK_AFTER_DATE.search(text, start, end):  # "Aired July 13, 2025 - 09:00 ET" (a rush transcript)
            end = m.start()
        if start < end and text[end - 1] == "." and not _ABBREV.search(text[start:end]):
            end -= 1
        if (start, end) == old:
            return start, end


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span over modifiers and prepositions that belong to the time phrase."""
    if start >= end:
        return start, end
    for _ in range(2):
        m = _LEFT_MODIFIER.search(text, max(0, start - 20), start)
        if m and m.end() == start:
            start = m.start()
    core = text[start:end]
    if (m := _DAY_BEFORE_MONTH.search(text, max(0, start - 4), start)) and re.match(r"(?i)" + _MON + r"\b", core):
        start = m.start()  # "6 December 2025 - 21:40" (a release's stamp): the model left the day number out
        core = text[start:end]
    if _COUNT.match(core) and \
            not re.match(r"\s+of\b", text[end:end + 5]):
        m = _LEFT_PREP.search(text, max(0, start - 10), start)
        if m and m.end() == start:
            start = m.start()
    if _MONTH_YEAR.fullmatch(core) and (m := _DAY_BEFORE.search(text, max(0, start - 4), start)):
        start = m.start(1)  # "9 August 2025": the model tagged "August 2025" (round wire34c)
    pattern = _RIGHT_DAYPART if re.search(r"(?i)" + _WD + r"|yesterday|tomorrow$", core) else _RIGHT
    m = pattern.match(text[end:end + 12])
    if m:
        end += m.end()
    elif _WEEKDAY_ONLY.fullmatch(core) and (m := _HOLIDAY_APPOSITION.match(text, end)):
        end = m.end()  # "Thursday, Thanksgiving Day,": the weekday and the holiday it falls on are one day
    return start, end


# A day of the month right before a month's name the model's date began with, at a line's start or after a space.
_DAY_BEFORE_MONTH = re.compile(r"(?:(?<=\s)|^)(?:[1-9]|[12]\d|3[01])\s$", re.MULTILINE)


# A month and a year ("August 2025") after a day's number: the day-first date of British and European style
# ("9 August 2025" on a line of its own, "The 10 August 2025 deadline"), whose day the model may leave out.
_MONTH_YEAR = re.compile(r"(?i)" + _MON + r"\s+(?:1[89]|20)\d{2}")
_DAY_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(0?[1-9]|[12]\d|3[01])[ \t]+$", re.M)


# "from 2012 to 2019", "1980–1987": a span of years, which the model tags as one DATE.
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_TWO_DAYS = re.compile(r"(?i)" + _WD + r"\s+that\s+" + _WD)
_YEAR_RANGE = re.compile(r"((?:1[89]|20)\d{2})\s*(?:to|through|until|till|and|–|-)\s*((?:1[89]|20)\d{2})")


def _range_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A range of two years is two dated expressions, its first year and its last: each is a
    calendar time the sentence places something in (the years a run began and ended)."""
    m = _YEAR_RANGE.fullmatch(text, start, end)
    if m:
        return [m.span(1), m.span(2)]
    if m := _TWO_DAYS.fullmatch(text, start, end):  # "said Monday that Friday was the deadline": two days
        return [m.span(1), m.span(2)]
    # the model may tag the first year alone ("from 2008 to 2016"): its last year follows
    m = _YEAR_RANGE.match(text, start) if _YEAR.fullmatch(text, start, end) else None
    return [(start, end), m.span(2)] if m and m.end(1) == end else [(start, end)]


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union overlapping spans and join "the days and weeks (to come)"."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif merged and text[merged[-1][1]:start] in (" and ", " or ") and _BARE_UNITS.match(text[start:end]):
            merged[-1][1] = _extend(text, merged[-1][0], end)[1]
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _figurative(expression: str) -> bool:
    """True for "a very big day": only non-temporal adjectives before the unit."""
    m = _FIGURATIVE.match(expression)
    if not m or re.search(r"\b(?:Day|Week|Month|Year)", expression):  # "Election Day" is a named day
        return False
    words = set(m[1].lower().split()) - {"very", "most", "more", "so", "really", "truly"}
    return bool(words) and not words & _NEUTRAL_WORDS


