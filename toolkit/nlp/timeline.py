"""Date and time expressions in a parsed article, resolved against its published date.

News text dates events relative to the day of publication ("on Wednesday", "next
week", "within two days"), so resolving them is calendar arithmetic from a reference
date: the weekday before or after it, the Monday of the following week, one month on.
``dateutil.relativedelta`` does exactly that arithmetic (month ends, leap years and
weekday offsets such as ``FR(+1)``) without a full temporal tagger, which is why it is
used here rather than hand-rolled ``timedelta`` sums or a heavier dependency.

Candidates come from spaCy's DATE entities, TIME entities that name a day ("Earlier
Wednesday"), and a few regular expressions for what the small model misses. Spans are
cleaned (quote marks, possessive ``'s``), extended over modifiers that belong to them
("as early as", "next", "within" before a count of days), and pure durations that are
not anchored to the calendar ("three-hour", "24 hours", "the days") are dropped.
Whatever points at a time but cannot be placed is yielded with ``date=None``.

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

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

GRANULARITIES = ("day", "week", "month", "year")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_OFFSETS = (MO, TU, WE, TH, FR, SA, SU)
_MONTHS = {name: i + 1 for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"))}
_MONTHS.update({name[:3]: n for name, n in _MONTHS.items()})
_MONTHS["sept"] = 9
_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBERS.update({"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                 "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100})

_MON = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(" + "|".join(_WEEKDAYS) + r")"
_UNIT = r"(minute|hour|day|week|fortnight|month|year|decade)s?"
_NUM = r"(\d+|[a-z]+(?:-[a-z]+)?)"
_NUMWORD = r"(?:" + "|".join(w for w in _NUMBERS if len(w) > 2) + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
_COUNT = re.compile(r"(?i)^(?:\d+|a|an|" + _NUMWORD + r")[\s-]+" + _UNIT + r"$")
_OFFSET = re.compile(r"(?i)^(?:within|in)\s|\s(?:ago|from now|hence)$")
_PERIOD_STEP = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}

# Extra candidates the small model tends to miss (searched in the raw text).
_EXTRA = re.compile(
    r"\b(?:(?i:last|next|this coming|this|coming|earlier|later|early|late)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?i:night|morning|afternoon|evening))?\b"
    r"|\b(?i:today|tonight|yesterday|tomorrow)\b"
    r"|\b(?i:this|next|last)\s+(?i:week|month|year|weekend)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,\s+\d{4}\b)?"
)
_DAY_WORD = re.compile(r"(?i)\b(?:" + "|".join(_WEEKDAYS) + r"|today|tonight|yesterday|tomorrow|"
                       r"this (?:morning|afternoon|evening)|last night)\b|\d{1,2}/\d{1,2}|"
                       + _MON + r"\s+\d")
_TIMEWORD = re.compile(r"(?i)[0-9]|\b(?:" + "|".join(_WEEKDAYS) + r"|" + "|".join(_MONTHS) +
                       r"|today|tonight|yesterday|tomorrow|day|week|weekend|month|year|decade)s?\b")
_STRIP = "\"'“”‘’«»„()[]{},;:!?…—–-*/ \t\r\n"
_ABBREV = re.compile(r"(?i)(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|\.[ap]\.m)\.$")
_LEFT_MODIFIER = re.compile(r"(?i)\b(as early as|as soon as|as late as|as recently as|this coming|"
                            r"earlier|later|early|late|next|last)\s+$")
_LEFT_PREP = re.compile(r"(?i)\b(within|in)\s+$")
_RIGHT = re.compile(r"(?i)^\s+(ago|from now|hence|later|earlier|to come|ahead)\b")
_RIGHT_DAYPART = re.compile(r"(?i)^\s+(night|morning|afternoon|evening)\b")
_BARE_UNITS = re.compile(r"(?i)^(?:the\s+)?(?:days|weeks|months|years|hours)(?:\s+(?:to come|ahead))?$")
# Not points in time: lengths ("three-hour", "24 hours", "the days"), ages and frequencies.
_DURATION = re.compile(
    r"(?i)^(?:the |a |an )?(?:(?:about|around|some|nearly|almost|roughly|more than|less than|over|"
    r"under|at least|up to|only|just|another|several|few|many|a few|a couple of|couple of|and a half|"
    r"\d+(?:[.,]\d+)?|" + _NUMWORD + r")[\s-]+)*"
    r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?"
    r"(?:-long|-old)?$")
_NOT_TIME = re.compile(r"(?i)\b(?:years? old|year-old|aged?|daily|weekly|monthly|annual(?:ly)?|yearly|"
                       r"quarterly|every|each|per|(?:once|twice|times) a|overnight)\b")
# "a very big day", "the dark days of ...": a day, but no point in time.
_FIGURATIVE = re.compile(r"(?i)^(?:(?:a|an|the|this|that|these|those|his|her|its|our|their|my|your)\s+)?"
                         r"((?:[a-z]+\s+){1,3}?)(?:day|week|month|year)s?(?:\s+of\b.*)?$")
_NEUTRAL_WORDS = set("same previous following next last past coming recent early earlier late later first second "
                     "third final entire whole current present other few several just only this that "
                     "these those the a an in within of for by on at over end beginning start middle rest half "
                     "couple and or".split()) | set(_NUMBERS)
_FUTURE_WORDS = {"until", "till", "by"}
_DEADLINE_LEMMAS = {"give", "grant", "set", "extend", "issue", "impose", "allow", "order", "warn", "demand",
                    "ask", "urge", "tell", "threaten", "vow", "promise", "pledge", "expect", "plan"}
_FUTURE_LEMMAS = {"expect", "schedule", "plan", "set", "due", "slate", "poise"}
_WILL = {"will", "shall", "'ll", "’ll", "wo", "going"}
_MODALS = {"would", "could", "might", "may", "can", "should", "must"}


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
    text = doc.text if text is None else text
    spans = [_extend(text, *_clean(text, e.start_char, e.end_char)) for e in doc.ents
             if e.label_ in ("DATE", "TIME")]
    # A time of day ("10 a.m.", "three-hour") is kept only when it names a day or an offset.
    times = {e.start_char for e in doc.ents if e.label_ == "TIME"}
    spans = [(s, e) for s, e in spans if not any(s <= t < e for t in times)
             or _DAY_WORD.search(text[s:e]) or _OFFSET.search(text[s:e])]
    spans += [_extend(text, *_clean(text, *m.span())) for m in _EXTRA.finditer(text)]
    # Titles of papers and shows ("USA Today", "This Week") are names, not dates.
    names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS]
    for start, end in _merge(text, spans):
        if any(s <= start and end <= e for s, e in names) or _in_title(doc, start) \
                or _LEGAL_NUMBER.search(text[max(0, start - 12):start]):
            continue
        expression = text[start:end]
        if _DURATION.match(expression) or _NOT_TIME.search(expression) or not _TIMEWORD.search(expression) \
                or not re.search(r"[A-Za-z]|[0-9]{4}|[0-9]/[0-9]", expression) \
                or (expression.isdigit() and not 1000 <= int(expression) <= 2099) or _figurative(expression):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        hint = _context_hint(doc, span) if span is not None else None
        if hint == "conditional":
            date, granularity = None, None
        else:
            date, granularity = _resolve(expression, published, hint)
        yield TimeExpression(expression, date, granularity, start, end)


# "Sec. 1701", "section 2021", "U.S.C. 1702", "No. 2024": numbers of sections, not years.
_LEGAL_NUMBER = re.compile(r"(?i)(?:\bsec(?:tion)?s?\.?|§+|\bu\.s\.c\.?|\bcfr|\bno\.|\bpart|\bchapter|\btitle)\s*$")
_NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "EVENT", "LAW"})


def _in_title(doc, start: int) -> bool:
    """A capitalised "Today"/"This Week" right after a capitalised name word mid-sentence."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    token, before = doc[span.start], doc[span.start - 1]
    return (token.lower_ in ("today", "this", "tonight") and token.is_title and not token.is_sent_start
            and before.pos_ == "PROPN" and (before.is_title or before.is_upper) and not _MONTH_OR_DAY.match(before.text))


_MONTH_OR_DAY = re.compile(r"(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)")


def resolve(expression: str, published: dt.date | None) -> tuple[str | None, str | None]:
    """Resolve one expression against ``published``, without sentence context.

    Direction comes only from the expression's own words ("last", "next", "until",
    "ago"); a bare weekday is the nearest one within three days.

    Args:
        expression: e.g. ``"as early as next week"``.
        published: the reference date, or None.

    Returns:
        ``(date, granularity)``, or ``(None, None)`` when it cannot be placed.

    Example:
        >>> resolve("as early as next week", dt.date(2025, 8, 7))
        ('2025-08-11', 'week')
    """
    return _resolve(expression, published, None)


# --- candidate spans ---------------------------------------------------------------

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
    if _COUNT.match(core) and \
            not re.match(r"\s+of\b", text[end:end + 5]):
        m = _LEFT_PREP.search(text, max(0, start - 10), start)
        if m and m.end() == start:
            start = m.start()
    pattern = _RIGHT_DAYPART if re.search(r"(?i)" + _WD + r"|yesterday|tomorrow$", core) else _RIGHT
    m = pattern.match(text[end:end + 12])
    if m:
        end += m.end()
    return start, end


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


def _context_hint(doc, span) -> str | None:
    """"past", "future", "modal", "conditional" (an offset under "if") or None, from the parse."""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is not None and _OFFSET.search(span.text) and _conditional(verb):
        return "conditional"
    tense = _tense(verb) if verb is not None else None
    if prev in _FUTURE_WORDS:  # "until Friday", "by Friday": a deadline, unless "lasted until Friday"
        return "past" if tense == "past" and verb.lemma_ not in _DEADLINE_LEMMAS else "future"
    if prev == "since" or tense == "perfect":
        return "past"
    return tense


def _tense(tok) -> str | None:
    """Tense of the clause: "past", "perfect", "future", "modal" (would/could/may) or None."""
    for _ in range(4):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        words = {a.lower_ for a in auxes}
        if words & _WILL or (tok.lemma_ in _FUTURE_LEMMAS and tok.tag_ == "VBN"):
            return "future"
        if words & _MODALS:
            return "modal"
        if tok.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes if a.lower_ != "to"):
            return "past"
        if words & {"has", "have", "'ve", "’ve"} and tok.tag_ == "VBN":
            return "perfect"
        if tok.tag_ == "VBN" and tok.dep_ == "acl":  # "a lawsuit filed on Sunday"
            return "past"
        if tok.tag_ in ("VBZ", "VBP") or words - {"to"} or tok.head.i == tok.i:
            return None
        tok = tok.head  # a participle or infinitive: ask the verb it depends on
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
    return None


def _conditional(verb) -> bool:
    marks = lambda t: {c.lower_ for c in t.children if c.dep_ == "mark"}  # noqa: E731
    return any(c.dep_ == "advcl" and marks(c) & {"if", "unless"} for c in verb.children) or \
        (verb.dep_ == "advcl" and bool(marks(verb) & {"if", "unless"}))


# --- resolution --------------------------------------------------------------------

def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    parts = word.split("-")
    if all(p in _NUMBERS for p in parts) and len(parts) <= 2:
        return sum(_NUMBERS[p] for p in parts)
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
    """A modal ("could meet in May") says too little to put a month or date in the future."""
    return None if hint == "modal" else hint


def _weekday(published: dt.date, wd: int, mod: str | None, hint: str | None) -> dt.date:
    off = _WD_OFFSETS[wd]
    if mod in ("next", "coming", "this coming"):
        return published + relativedelta(days=1, weekday=off(+1))
    if mod in ("last", "past", "previous"):
        return published + relativedelta(days=-1, weekday=off(-1))
    if mod == "this":
        return published + relativedelta(weekday=MO(-1)) + relativedelta(days=wd)
    before, after = published + relativedelta(weekday=off(-1)), published + relativedelta(weekday=off(+1))
    if hint == "past":
        return before
    if hint == "future":
        return after
    return before if (published - before) <= (after - published) else after


def _resolve(expression: str, published: dt.date | None, hint: str | None):
    try:
        date, granularity = _resolve_text(expression, published, hint)
    except (ValueError, OverflowError):  # "in 99999999 days", "30 February"
        return None, None
    if date is None or not re.fullmatch(r"\d{4}(-\d{2}){0,2}", date):
        return None, None
    return date, granularity


def _resolve_text(expression: str, published: dt.date | None, hint: str | None):
    t = " ".join(expression.replace("’", "'").lower().split()).strip(_STRIP)
    if re.search(r"^(until|till|by)\b|\b(next|coming|from now|upcoming|following)\b", t):
        hint = "future"
    elif re.search(r"\b(last|previous|earlier|ago|since|recent|recently)\b", t):
        hint = "past"
    p = published
    if m := re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t):
        return _day(dt.date(*map(int, m.groups())))
    if re.search(r"\b\d{3}0'?s\b|centur|\b\d{4}\s*[-–/]\s*\d{2,4}\b", t):  # decades, "2019-20"
        return None, None
    if m := re.search(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", t):
        mo, d, y = int(m[1]), int(m[2]), m[3]
        if y:
            return _day(dt.date(int(y) + (0 if len(y) > 2 else 2000 if int(y) < 50 else 1900), mo, d))
        return _md(p, mo, d, hint)
    m = re.search(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", t) or \
        re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,?\s+(\d{4}))?", t)
    if m:
        mon, d = (m[1], m[2]) if not m[1].isdigit() else (m[2], m[1])
        if m[3]:
            return _day(dt.date(int(m[3]), _MONTHS[mon], int(d)))
        return _md(p, _MONTHS[mon], int(d), hint)
    if m := re.search(r"\b" + _MON + r",?\s+(?:of\s+)?(\d{4})\b", t):
        return _month(int(m[2]), _MONTHS[m[1]])
    if p is None:
        m = re.search(r"\b(1\d{3}|20\d{2})\b", t)
        return (m[1], "year") if m and not re.search(r"\b(ago|later|earlier|after|before)\b", t) else (None, None)
    return _relative(t, expression, p, hint)


def _md(p: dt.date | None, month: int, day: int, hint: str | None):
    if p is None:
        return None, None
    return _nearest(p, p.toordinal(), lambda y: (dt.date(y, month, day).toordinal(),
                                               _day(dt.date(y, month, day))), _strong(hint))


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
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", t):
        return _day(p)
    if m := re.search(r"\b" + _NUM + r"[\s-]+" + _UNIT + r"\s+(ago|from now|hence|later|earlier|after|before)\b", t) \
            or re.search(r"^(?:within|in)\s+" + _NUM + r"[\s-]+" + _UNIT + r"$", t):
        n = _number(m[1])
        sign = -1 if m.lastindex == 3 and m[3] == "ago" else 1
        if n is None or (m.lastindex == 3 and m[3] in ("later", "earlier", "after", "before")) or \
                (m.lastindex == 2 and hint == "past"):
            return None, None
        return _offset(p, sign * n, m[2])
    if m := re.search(r"\b(this|next|last|past|coming)?\s*weekend\b", t):
        step = {"next": 1, "last": -1, "past": -1}.get(m[1] or "", 0)
        sat = p + relativedelta(weekday=SA(-1 if (hint == "past" and not m[1]) or step < 0 else +1))
        if p.weekday() == 6 and step == 0:
            sat = p - relativedelta(days=1)
        return _day(sat + relativedelta(weeks=max(step, 0)))
    if m := re.search(r"(?<!the )\b(this|current|last|previous|next|coming|following)\s+(week|month|year)\b", t) or \
            re.search(r"\b(?:end|beginning|start|middle|rest|remainder) of (the) (week|month|year)\b", t):
        step = _PERIOD_STEP.get(m[1], 0)
        if m[2] == "week":
            return _week(p + relativedelta(weeks=step))
        if m[2] == "month":
            q = p + relativedelta(months=step)
            return _month(q.year, q.month)
        return str(p.year + step), "year"
    if m := re.search(r"\b(?:(last|next|this|this coming|coming|past|previous)\s+)?" + _WD + r"(s?)\b", t):
        if m[3]:
            return None, None
        return _day(_weekday(p, _WEEKDAYS.index(m[2]), m[1], "future" if hint == "modal" else hint))
    if m := re.search(r"\b(this|last|next|past)?\s*(spring|summer|autumn|fall)\b(?:\s+(?:of\s+)?(\d{4}))?", t):
        start = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}[m[2]]
        if m[3]:
            return m[3], "year"
        y = p.year + {"last": -1 if p.month < start + 3 else 0, "past": -1 if p.month < start + 3 else 0,
                      "next": 0 if p.month < start else 1}.get(m[1] or "", 0)
        return str(y), "year"
    if m := re.search(r"\b(?:(last|next|this)\s+)?" + _MON + r"(?:\s|$)", t):
        if m[2] == "may" and "May" not in original:
            return None, None
        month = _MONTHS[m[2]]
        if m[1] == "this":
            return _month(p.year, month)
        side = {"last": "past", "next": "future"}.get(m[1] or "", _strong(hint))
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
    return str(p.year + n * (10 if unit == "decade" else 1)), "year"
