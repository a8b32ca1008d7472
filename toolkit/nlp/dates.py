"""Calendar arithmetic for date expressions: one expression, a reference day, a date.

:mod:`toolkit.nlp.timeline` finds the expressions in a parsed text and decides, from the
sentence, which way an ambiguous one points and which day it is counted from; this module
turns the words into a date. ``dateutil.relativedelta`` does the arithmetic (month ends,
leap years, weekday offsets such as ``FR(+1)``) so that no ``timedelta`` sums are
hand-rolled here.

Two reference days matter. ``published`` is the day the text speaks from: "yesterday",
"next week", "within two days". ``anchor`` is the day the narrative is at, for the words
that count from an event rather than from the writer ("six minutes later", "the next
morning", "that week", a bare clock time); without an anchor those stay unplaced.

Weeks are given by their Monday (ISO weeks). A story dated on a Sunday speaks of the week
just ending as "last week" (the Sunday-to-Saturday week of American usage), so on a Sunday
"last week" and "N weeks ago" count from the Monday that follows.

Example:
    >>> import datetime as dt
    >>> resolve("three years ago next week", dt.date(2025, 2, 17))
    ('2022-02-21', 'week')
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_OFFSETS = (MO, TU, WE, TH, FR, SA, SU)
MONTHS = {name: i + 1 for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"))}
MONTHS.update({name[:3]: n for name, n in MONTHS.items()})
MONTHS["sept"] = 9
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBERS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100})

MON = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WD = r"(" + "|".join(WEEKDAYS) + r")"
UNIT = r"(minute|hour|day|week|fortnight|month|year|decade)s?"
NUMWORD = (r"(?:" + "|".join(w for w in NUMBERS if len(w) > 2) +
           r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?")
_NUM = r"(\d+|[a-z]+(?:-[a-z]+)?)"
# "in four years", "within two days": a count that runs from a reference day (which way, the sentence says).
IN_COUNT = re.compile(r"(?i)^(?:in|within)\s+(?:\d+|a|an|" + NUMWORD + r")[\s-]+" + UNIT + r"$")
_STRIP = "\"'“”‘’«»„()[]{},;:!?…—–-*/ \t\r\n"
_PERIOD_STEP = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}
_APPROX = r"(?:(?:less|more|fewer) than|about|around|nearly|almost|roughly|some|just|only|barely|over|under)\s+"

# Counted from the narrative's day, not the writer's: need an anchor.
_LATER = re.compile(r"\b(?:" + _APPROX + r")?" + _NUM + r"[\s-]+" + UNIT + r"(?:\s+and\s+a\s+half)?"
                    r"\s+(later|earlier|afterwards?|after that|before that|before|after|prior)$")
# "two days after the January 7 quake", "a week before Tuesday": counted from the date named.
_COUNT_FROM = re.compile(r"^(?:" + _APPROX + r")?" + _NUM + r"[\s-]+" + UNIT + r"\s+(after|before)\s+(?:the\s+)?(.+)$")
_SHORTLY = re.compile(r"^(?:a\s+(?:short|little)\s+(?:time|while)|moments|minutes|hours|shortly|soon)\s+"
                      r"(?:later|after(?:wards?)?|thereafter)$")
_LEAD = r"^(?:(?:just|only|even|exactly|on|by)\s+)?"  # "just the previous day"
_NEXT_DAY = re.compile(_LEAD + r"(?:the\s+)?(?:next|following)\s+(day|morning|afternoon|evening|night)$"
                       r"|^the\s+day\s+after$")
_PREV_DAY = re.compile(_LEAD + r"(?:the\s+)?(?:previous|preceding)\s+(day|morning|afternoon|evening|night)$"
                       r"|^the\s+(?:day|night)\s+before$")
_SAME = re.compile(_LEAD + r"(?:" + MON + r"\s+(?:of\s+)?)?(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the same)\s+"
                   r"(day|morning|afternoon|evening|night|week|weekend|month|year)$"
                   r"|^(?:earlier|later)\s+in\s+the\s+(day|morning|afternoon|evening|week|month|year)$")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?|o'clock)|\b\d{1,2}:\d{2}\b|\b(?:midnight|noon|midday)\b"
                    r"|\b\d{4}\s*(?:utc|gmt|hrs|hours? (?:local|gmt|utc))\b")
_ANAPHORIC = (_LATER, _SHORTLY, _NEXT_DAY, _PREV_DAY, _SAME)

# Named days of the calendar, fixed ones as (month, day); the movable feasts from Easter
# (``dateutil.easter``) and the US holidays fixed to a weekday, as (month, weekday, n).
# National days that differ by country ("Independence Day") are left out: which one is meant
# needs more than the words.
_FIXED_DAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
               "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
               "halloween": (10, 31), "valentine's day": (2, 14), "st. patrick's day": (3, 17),
               "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "bastille day": (7, 14),
               "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
               "armistice day": (11, 11), "remembrance day": (11, 11), "veterans day": (11, 11),
               "veterans' day": (11, 11)}
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                "holy saturday": -1, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
                "pentecost": 49, "whit monday": 50}
_NTH_WEEKDAY_DAYS = {"thanksgiving": (11, TH(+4)), "thanksgiving day": (11, TH(+4)), "labor day": (9, MO(+1)),
                     "memorial day": (5, MO(-1)), "martin luther king jr. day": (1, MO(+3)),
                     "martin luther king day": (1, MO(+3))}
HOLIDAYS = sorted([*_FIXED_DAYS, *_EASTER_DAYS, *_NTH_WEEKDAY_DAYS], key=len, reverse=True)
HOLIDAY = r"(" + "|".join(re.escape(h).replace("'", "['’]") for h in HOLIDAYS) + r")(?!\s+(?i:island))"


def _holiday(name: str, year: int) -> dt.date:
    """The day a named holiday falls on in ``year``."""
    if name in _FIXED_DAYS:
        return dt.date(year, *_FIXED_DAYS[name])
    if name in _EASTER_DAYS:
        return easter(year) + relativedelta(days=_EASTER_DAYS[name])
    month, weekday = _NTH_WEEKDAY_DAYS[name]
    first = dt.date(year, month, 1) if weekday.n > 0 else dt.date(year, month, 1) + relativedelta(day=31)
    return first + relativedelta(weekday=weekday)


def is_anaphoric(expression: str) -> bool:
    """True for words counted from the narrative's day: "two days later", "that week", "10:39 a.m."."""
    t = _normal(expression)
    return bool(_CLOCK.search(t)) and not _has_day(t) or any(p.search(t) for p in _ANAPHORIC)


def is_clock_time(expression: str) -> bool:
    """True for a time of day with no day named: "10:39 a.m.", "1639 UTC", "noon"."""
    t = _normal(expression)
    return bool(_CLOCK.search(t)) and not _has_day(t)


def resolve(expression: str, published: dt.date | None, hint: str | None = None, *,
            anchor: dt.date | None = None, anchor_granularity: str = "day") -> tuple[str | None, str | None]:
    """Resolve one expression against ``published`` (and ``anchor`` for narrative words).

    Args:
        expression: e.g. ``"as early as next week"``.
        published: the day the text speaks from, or None (then only absolute dates resolve).
        hint: "past", "future", "modal", "back" (a count that looks back: "the first
            time in four years") or "then" (a future seen from a past moment: "was expected
            to pass Wednesday night", a weekday up to two days back or else ahead; a month,
            a day of the month or a holiday the nearest on either side), from the sentence;
            None when the words alone decide.
        anchor: the narrative's day, for "two days later", "that week", a clock time.
        anchor_granularity: how precisely ``anchor`` is known ("in 2011 … three years
            later" counts from a year): a result is never finer than its anchor.

    Returns:
        ``(date, granularity)``, or ``(None, None)`` when it cannot be placed.

    Example:
        >>> resolve("as early as next week", dt.date(2025, 8, 7))
        ('2025-08-11', 'week')
    """
    try:
        date, granularity = _resolve_text(expression, published, hint, anchor, anchor_granularity)
    except (ValueError, OverflowError):  # "in 99999999 days", "30 February"
        return None, None
    if date is None or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
        return None, None
    return date, granularity


def _normal(expression: str) -> str:
    return " ".join(expression.replace("’", "'").lower().split()).strip(_STRIP)


def _has_day(t: str) -> bool:
    return bool(re.search(r"\b(?:" + "|".join(WEEKDAYS) + r"|today|tonight|yesterday|tomorrow)\b|\b" + MON +
                          r"\s+\d|\d{1,2}/\d{1,2}", t))


def number(word: str) -> int | None:
    """``"12"`` → 12, ``"twenty-one"`` → 21, ``"a"`` → 1; None for other words."""
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(p in NUMBERS for p in parts) and len(parts) <= 2:
        return sum(NUMBERS[p] for p in parts)
    return None


def _day(d: dt.date) -> tuple[str, str]:
    return d.isoformat(), "day"


def _week(d: dt.date) -> tuple[str, str]:
    return (d + relativedelta(weekday=MO(-1))).isoformat(), "week"


def _month(y: int, m: int) -> tuple[str, str]:
    return f"{y:04d}-{m:02d}", "month"


def _nearest(published: dt.date, ref: int, make, hint: str | None):
    """Of year-1, year and year+1, the candidate nearest ``ref`` on the hinted side."""
    cands = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            cands.append(make(y))
        except ValueError:
            continue
    pool = [c for c in cands if (c[0] <= ref if hint == "past" else c[0] >= ref)] if hint else []
    return min(pool or cands, key=lambda c: (abs(c[0] - ref), c[0] > ref))[1] if cands else (None, None)


def _strong(hint: str | None) -> str | None:
    """A modal ("could meet in May") says too little to put a month or date in the future, and
    so does a future seen from the past ("was expected to end on December 15"): the moment it
    was expected from may lie weeks back, so the nearest date is meant, on either side."""
    return None if hint in ("modal", "then") else hint


def _weekday(published: dt.date, wd: int, mod: str | None, hint: str | None) -> dt.date:
    off = _WD_OFFSETS[wd]
    if mod in ("next", "coming", "this coming"):
        return published + relativedelta(days=1, weekday=off(+1))
    if mod == "last":
        # "last Thursday" is the Thursday of last week (counted as "last week" is): news says
        # "on Thursday" or "yesterday" for a day of the current week, so on a Friday "last
        # Thursday" is eight days back; "this past Thursday" is the most recent one.
        day = _week_ref(published) + relativedelta(weekday=MO(-1), weeks=-1) + relativedelta(days=wd)
        return day if day < published else day - relativedelta(weeks=1)
    if mod in ("past", "previous"):
        return published + relativedelta(days=-1, weekday=off(-1))
    if mod == "this":  # the one of this week, unless the tense puts it on the other side of today
        day = published + relativedelta(weekday=MO(-1)) + relativedelta(days=wd)
        if hint == "past" and day > published:
            return day - relativedelta(weeks=1)
        if hint == "future" and day < published:
            return day + relativedelta(weeks=1)
        return day
    before, after = published + relativedelta(weekday=off(-1)), published + relativedelta(weekday=off(+1))
    if hint == "then":  # "was expected to pass Wednesday night": ahead of a past moment, often yesterday's
        return before if (published - before).days <= 2 else after
    if hint == "past":
        return before
    if hint == "future":
        return after
    return before if (published - before) <= (after - published) else after


def _week_ref(p: dt.date) -> dt.date:
    """The day "last week" counts from: on a Sunday, the week just ending is "last week"."""
    return p + relativedelta(days=1) if p.weekday() == 6 else p


def _resolve_text(expression: str, published: dt.date | None, hint: str | None, anchor: dt.date | None,
                  anchor_granularity: str = "day"):
    t = _normal(expression)
    if re.search(r"^(until|till|by)\b|\b(next|coming|from now|upcoming|following)\b", t):
        hint = "future" if hint != "back" else hint
    elif re.search(r"\b(last|previous|earlier|ago|since|recent|recently)\b", t):
        hint = "past" if hint != "back" else hint
    p = published
    if (m := _COUNT_FROM.match(t)) and (n := number(m[1])) is not None:
        date, granularity = resolve(m[4], p, hint)
        if granularity != "day":
            return None, None
        n = -n if m[3] == "before" else n
        if m[2] == "week":  # "two weeks before the November 13 deadline": a day, counted from a day
            return _day(dt.date.fromisoformat(date) + relativedelta(weeks=n))
        return _offset(dt.date.fromisoformat(date), n, m[2])
    if (m := re.search(r"\bweek(?:end)? of\s+(.+)$", t)) and resolve(m[1], p, hint)[1] == "day":
        return _week(dt.date.fromisoformat(resolve(m[1], p, hint)[0]))  # "the week of October 21": that day's week
    if m := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t):
        return _day(dt.date(*map(int, m.groups())))
    if re.search(r"\b\d{3}0'?s\b|centur|\b\d{4}\s*[-–/]\s*\d{2,4}\b(?![:.]\d)", t):  # decades, "2019-20"
        return None, None  # (not a page's stamp "01/12/2025 - 13:05": a day, a dash and its clock time)
    if (m := re.search(r"\b(\d{1,2})-" + MON + r"-(\d{4})\b", t)) and _valid_day(int(m[3]), MONTHS[m[2]], int(m[1])):
        # "09-Mar-2025", a sports site's stamp (round wire41): day, month and year joined by hyphens (no such day,
        # "31-Apr-2025", is read as the rules below read it)
        return _day(dt.date(int(m[3]), MONTHS[m[2]], int(m[1])))
    if m := re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", t):
        mo, d, y = int(m[1]), int(m[2]), m[3]
        if y:
            year = int(y) + (0 if len(y) > 2 else 2000 if int(y) < 50 else 1900)
            return _day(_numeric_day(year, mo, d, p))
        return _md(p, mo, d, hint)
    if (m := re.search(r"\b(\d{1,2})\s+" + MON + r"\s+(\d{2})\b(?![:.,]?\d)", t)) \
            and _valid_day(year := 2000 + int(m[3]) if int(m[3]) < 50 else 1900 + int(m[3]), MONTHS[m[2]], int(m[1])) \
            and (p is None or year <= p.year + 1):
        # "on 10 Nov 11": day, month and a year of two figures, as navies, armies and British forms write it (not a
        # year far ahead of the text: "on 3 March 31 people …" counts people)
        return _day(dt.date(year, MONTHS[m[2]], int(m[1])))
    m = re.search(r"\b" + MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", t) or \
        re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + r"(?:,?\s+(\d{4}))?", t)
    if m:
        mon, d = (m[1], m[2]) if not m[1].isdigit() else (m[2], m[1])
        if m[3]:
            return _day(dt.date(int(m[3]), MONTHS[mon], int(d)))
        named = re.search(WD, t)
        return _md(p, MONTHS[mon], int(d), hint, WEEKDAYS.index(named[1]) if named else None)
    if m := re.search(r"\b" + MON + r",?\s+(?:(?:of|in)\s+)?(\d{4})\b", t):
        return _month(int(m[2]), MONTHS[m[1]])  # "May 1981", "May of 1981", "between May and June in 1981"
    if m := re.search(r"(?:\b(last|next|this)\s+)?\b" + HOLIDAY + r"(?:,?\s+(\d{4}))?(?!\w)", t):
        name = m[2].replace("’", "'")
        if m[3]:
            return _day(_holiday(name, int(m[3])))
        if p is None:
            return None, None
        if not m[1] and (named := re.search(WD, t)):
            # "Thursday, Thanksgiving Day": the weekday puts the holiday within a week of the day told
            days = [_holiday(name, y) for y in (p.year - 1, p.year, p.year + 1)]
            near = [d for d in days if abs((d - p).days) <= 6 and d.weekday() == WEEKDAYS.index(named[1])]
            if near:
                return _day(near[0])
        side = {"last": "past", "next": "future"}.get(m[1] or "", _strong(hint) if hint != "back" else "past")
        return _nearest(p, p.toordinal(), lambda y: (_holiday(name, y).toordinal(), _day(_holiday(name, y))), side)
    if anchor is not None and (m := _SAME.search(t)) and m[1] and m[2] == "year":
        # "after his wife died in March the same year": that year's March, as precise as the month named
        return _month(anchor.year, MONTHS[m[1]])
    if anchor is not None and (narrative := _anaphoric(t, anchor)) is not None:
        return _coarsen(*narrative, anchor_granularity)
    if p is None:
        m = re.search(r"\b(1\d{3}|20\d{2})\b", t)
        return (m[1], "year") if m and not re.search(r"\b(ago|later|earlier|after|before)\b", t) else (None, None)
    if m := re.match(_NUM + r"[\s-]+" + UNIT + r"\s+ago\s+(.+)$", t):  # "three years ago next week"
        return _anniversary(m, p)
    return _relative(t, expression, p, hint)


def _valid_day(year: int, month: int, day: int) -> bool:
    """Whether the calendar has that day."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _numeric_day(year: int, first: int, second: int, published: dt.date | None) -> dt.date:
    """The day a numeric date names: month first, as US copy writes it ("10/17/2025"), unless the day comes first,
    as European and Asian pages write it ("01/12/2025" on a page of 1 December 2025, France 24, round wire34a): a
    first number above 12, or, where both readings are days, the day-first reading within a month of the day told
    while the month-first one is further off."""
    if first > 12 >= second:
        return dt.date(year, second, first)
    month_first = dt.date(year, first, second)
    if published is None or first == second or second > 12:
        return month_first
    day_first = dt.date(year, second, first)
    if abs((day_first - published).days) <= 31 < abs((month_first - published).days):
        return day_first
    return month_first


def _anaphoric(t: str, anchor: dt.date):
    """Words counted from the narrative's day, or None when ``t`` is not such words."""
    if m := _LATER.search(t):
        n = number(m[1])
        if n is None:
            return None, None
        sign = -1 if m[3] in ("earlier", "before", "before that", "prior") else 1  # "two months prior"
        if m[2] in ("minute", "hour"):  # hours after an event of unknown hour: whole days only
            return _day(anchor + relativedelta(days=sign * int(n / (24 if m[2] == "hour" else 1440))))
        return _offset(anchor, sign * n, m[2])
    if m := re.match(r"(?:within|in)\s+" + _NUM + r"[\s-]+" + UNIT + r"$", t):  # a past count, from the anchor
        n = number(m[1])
        return _offset(anchor, n, m[2]) if n is not None else (None, None)
    if _SHORTLY.search(t):
        return _day(anchor)
    if _NEXT_DAY.search(t):
        return _day(anchor + relativedelta(days=1))
    if _PREV_DAY.search(t):
        return _day(anchor - relativedelta(days=1))
    if m := _SAME.search(t):
        month, unit = m[1], m[2] or m[3]
        if month:  # "in March the same year" is read before (a month named in a year told)
            return None
        if unit in ("week", "weekend"):
            return _week(anchor)
        if unit == "month":
            return _month(anchor.year, anchor.month)
        if unit == "year":
            return str(anchor.year), "year"
        return _day(anchor)
    if _CLOCK.search(t) and not _has_day(t):
        return _day(anchor)
    return None


_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _coarsen(date: str | None, granularity: str | None, to: str):
    """``date`` no finer than ``to``: a day counted from a year is that year."""
    if date is None or _GRAIN_RANK.get(granularity, 3) >= _GRAIN_RANK.get(to, 0):
        return date, granularity
    if to == "week":
        return _week(dt.date.fromisoformat(date))
    return (date[:7], "month") if to == "month" else (date[:4], "year")


def _anniversary(m, p: dt.date):
    """"three years ago next week", "a year ago Monday": the day or week, that many units back."""
    n, unit = number(m[1]), m[2]
    date, granularity = resolve(m[3], p)
    if n is None or date is None or unit not in ("day", "week", "month", "year", "decade") or \
            granularity not in ("day", "week", "month"):
        return None, None
    back = {"day": relativedelta(days=n), "week": relativedelta(weeks=n), "month": relativedelta(months=n),
            "year": relativedelta(years=n), "decade": relativedelta(years=10 * n)}[unit]
    if granularity == "month":
        d = dt.date.fromisoformat(date + "-01") - back
        return _month(d.year, d.month)
    d = dt.date.fromisoformat(date) - back
    return _day(d) if granularity == "day" else _week(d + relativedelta(days=3))


def _md(p: dt.date | None, month: int, day: int, hint: str | None, weekday: int | None = None):
    """The nearest ``month``/``day`` on the hinted side; with a weekday ("Saturday, April 4"),
    the nearest in a year whose calendar agrees, whatever the tense says."""
    if p is None:
        return None, None

    def on(weekdays: tuple[int, ...] | None):
        def make(y: int):
            d = dt.date(y, month, day)
            if weekdays is not None and d.weekday() not in weekdays:
                raise ValueError("this year's calendar has another weekday there")
            return d.toordinal(), _day(d)
        return make

    if weekday is not None:
        agreeing = _nearest(p, p.toordinal(), on((weekday,)), None)
        if agreeing != (None, None):
            return agreeing  # otherwise a misprint in the weekday or the day: the date decides
    return _nearest(p, p.toordinal(), on(None), _strong(hint))


def _relative(t: str, original: str, p: dt.date, hint: str | None):
    """Expressions that need the published date ``p``."""
    if re.search(r"\bday before yesterday\b", t):
        return _day(p - relativedelta(days=2))
    if re.search(r"\bday after tomorrow\b", t):
        return _day(p + relativedelta(days=2))
    if re.search(r"\b(yesterday|last night)\b", t):
        return _day(p - relativedelta(days=1))
    if re.search(r"\btomorrow\b", t):
        return _day(p + relativedelta(days=1))
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening)|(?:on )?this day)\b", t) and \
            not re.search(r"\bto this day\b", t):
        return _day(p)
    # "the past week", "the last two weeks", "the past eight months": the span ends today; its start
    # is given (for weeks, the week holding most of the span's first seven days).
    if m := re.search(r"\b(?:the|this)\s+(?:past|last)\s+(?:(" + _NUM[1:-1] + r")\s+)?" + UNIT + r"$", t):
        n = number(m[1]) if m[1] else None if t.endswith("s") else 1  # "the past years": how many?
        if n is not None and m[2] in ("week", "fortnight"):
            return _week(p - relativedelta(days=7 * n * (2 if m[2] == "fortnight" else 1) - 3))
        if n is not None:
            return _offset(p, -n, m[2])
    if m := re.search(r"\b" + _NUM + r"[\s-]+" + UNIT + r"\s+(ago|from now|hence|later|earlier|after|before)\b", t) \
            or re.search(r"^(?:within|in)\s+" + _NUM + r"[\s-]+" + UNIT + r"$", t):
        n = number(m[1])
        if m.start(1) > 1 and re.match(r"\d[,.]$", t[m.start(1) - 2:m.start(1)]):
            # "50,500 years ago": the count's thousands, cut off by the word boundary, are read whole
            n = int(re.sub(r"[,.]", "", re.search(r"[\d,.]*$", t[:m.end(1)])[0]))
        back = m.lastindex == 3 and m[3] == "ago" or m.lastindex == 2 and hint == "back"
        if m.lastindex == 2 and hint == "past":  # "finished it in three months": a length, not a date
            return None, None
        if n is None or (m.lastindex == 3 and m[3] in ("later", "earlier", "after", "before")):
            return None, None
        if back and m[2] in ("week", "fortnight"):
            return _offset(_week_ref(p), -n, m[2])
        return _offset(p, -n if back else n, m[2])
    if (m := re.search(r"\b" + WD + r",?\s+(?:of\s+)?(last|next|this)\s+week\b", t)) or (
            m := re.search(r"\b(last|next|this)\s+week(?:['’]s)?\s+" + WD + r"\b", t)):
        # "Friday last week", "Tuesday of next week", "last week's Friday": that day of that week
        day_name, which = (m[1], m[2]) if m[1] in WEEKDAYS else (m[2], m[1])
        monday = _week_ref(p) + relativedelta(weekday=MO(-1)) if which == "last" else p + relativedelta(weekday=MO(-1))
        step = {"last": -1, "next": 1, "this": 0}[which]
        return _day(monday + relativedelta(weeks=step, days=WEEKDAYS.index(day_name)))
    if m := re.search(r"\b(this|next|last|past|coming)?\s*weekend\b", t):
        # A weekend is given as its week (a Saturday and a Sunday, the end of one ISO week).
        step = {"next": 1, "last": -1, "past": -1}.get(m[1] or "", 0)
        sat = p + relativedelta(weekday=SA(-1 if (hint == "past" and step == 0) or step < 0 else +1))
        if p.weekday() == 6 and step == 0:
            sat = p - relativedelta(days=1)
        return _week(sat + relativedelta(weeks=max(step, 0)))
    if (m := re.search(r"\b" + MON + r",?\s+(?:of\s+)?(this|current|last|previous|next|coming|following)\s+year\b", t)) \
            and not (m[1] == "may" and "May" not in original):
        return _month(p.year + _PERIOD_STEP[m[2]], MONTHS[m[1]])  # "in January of last year": that year's January
    if m := re.search(r"(?<!the )\b(this|current|last|previous|next|coming|following)\s+(week|month|year)\b", t) or \
            re.search(r"\b(?:end|beginning|start|middle|rest|remainder) of (the) (week|month|year)\b", t) or \
            re.search(r"\b(?:earlier|later) in (the) (week|month|year)$", t):
        step = _PERIOD_STEP.get(m[1], 0)
        if m[2] == "week":
            if step < 0:
                return _week(_week_ref(p) + relativedelta(weeks=step))
            if step == 0 and p.weekday() == 6 and hint == "future":  # a Sunday's "this week" ahead
                return _week(p + relativedelta(days=1))
            return _week(p + relativedelta(weeks=step))
        if m[2] == "month":
            q = p + relativedelta(months=step)
            return _month(q.year, q.month)
        return str(p.year + step), "year"
    if m := re.search(r"\b(?:(last|next|this|this coming|coming|past|previous)\s+)?" + WD + r"(s?)\b", t):
        if m[3]:
            return None, None
        return _day(_weekday(p, WEEKDAYS.index(m[2]), m[1], "future" if hint == "modal" else hint))
    if m := re.search(r"\b(this|last|next|past)?\s*(spring|summer|autumn|fall)\b(?:\s+(?:of\s+)?(\d{4}))?", t):
        start = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[m[2]]
        if m[3]:
            return m[3], "year"
        y = p.year + {"last": -1 if p.month < start + 3 else 0, "past": -1 if p.month < start + 3 else 0,
                      "next": 0 if p.month < start else 1}.get(m[1] or "", 0)
        return str(y), "year"
    if m := re.search(r"\b(?:(last|next|this)\s+)?" + MON + r"(?:\s|$)", t):
        if m[2] == "may" and "May" not in original:
            return None, None
        month = MONTHS[m[2]]
        if m[1] == "this":
            return _month(p.year, month)
        side = {"last": "past", "next": "future"}.get(m[1] or "", _strong(hint) if hint != "back" else "past")
        ref = p.year * 12 + p.month - {"past": 1, "future": -1}.get(side, 0) * (m[1] is not None)
        return _nearest(p, ref, lambda y: (y * 12 + month, _month(y, month)), side)
    if (m := re.search(r"\b(1\d{3}|20\d{2})\b", t)) and not re.search(r"\b(ago|later|earlier|after|before)\b", t):
        return m[1], "year"
    return None, None


def _offset(p: dt.date, n: int, unit: str):
    if unit in ("minute", "hour"):
        hours = n / 60 if unit == "minute" else n
        return _day(p + relativedelta(days=int(hours / 24 + (0.5 if hours >= 0 else -0.5))))
    if unit == "day":
        return _day(p + relativedelta(days=n))
    if unit in ("week", "fortnight"):
        return _week(p + relativedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        q = p + relativedelta(months=n)
        return _month(q.year, q.month)
    year = p.year + n * {"decade": 10, "century": 100}.get(unit, 1)
    if not 1 <= year <= 9999:
        return None, None  # "45,000 years ago": an age before the calendar, no date
    return str(year), "year"
