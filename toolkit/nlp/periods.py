"""Periods named from another period: "the previous month", "the last day of the convention".

Some words name a week, month or year by its place next to another time: they count from the
narrative's time, and from the day of publication only when the narrative names none:

* "the previous month", "the preceding year", "the prior week" are the period before the one
  the narrative is at: the last calendar month (or year, or day for a week) the text named
  in this paragraph or the one before ("In mid-September, … ¶ Building on the deal brokered …
  the previous month": August). With no such date named, the writer's own time is the
  narrative's ("material compiled throughout the previous month", in a piece published on
  30 September: August). A count ("in three months") or a coarser date ("the 2020
  election" before "the previous month") names no month to step back from.
* "his first indoor rally in three months" counts back from the time its sentence names ("In
  mid-September, Trump held his first indoor rally in three months": June), and only without
  one from the day of publication.
* "the last day" after "on" or before "of" is the final day of an event or a period ("On the
  last day [of the convention], Biden delivered his acceptance speech"), not "the past day"
  that ends today: it cannot be placed from the words, and is left unplaced.

:mod:`toolkit.nlp.anchors` calls :func:`previous_period`, :func:`sentence_time` and
:func:`final_of_period` once the
other expressions of the text are placed.

Example:
    >>> import datetime as dt
    >>> step_back(dt.date(2020, 9, 15), "month")
    ('2020-08', 'month')
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import MO, relativedelta

from toolkit.nlp.dates import MON, WD

_PREVIOUS = re.compile(r"(?i)^(?:the\s+)?(?:previous|preceding|prior)\s+(week|month|year)$")
# A date that names its calendar period: a month, a weekday, a year or a numeric date (not a
# count such as "in three months", nor "this month", which restates the writer's time).
_NAMES_PERIOD = re.compile(r"(?i)\b" + MON + r"(?:\s|$|,)|\b" + WD + r"\b|\b(?:1[89]|20)\d{2}\b|\d/\d")
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_FINAL = re.compile(r"(?i)^the\s+last\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)$")
_ON_BEFORE = re.compile(r"(?i)\b(?:on|at|by|until|till)\s+$")


def step_back(day: dt.date, unit: str) -> tuple[str, str]:
    """The ``unit`` before the one holding ``day``, as ``(date, granularity)``."""
    if unit == "week":
        monday = day + relativedelta(weekday=MO(-1), weeks=-1)
        return monday.isoformat(), "week"
    if unit == "month":
        q = day - relativedelta(months=1)
        return f"{q.year:04d}-{q.month:02d}", "month"
    return str(day.year - 1), "year"


def previous_period(found: list, f, text: str, reference: dt.date | None) -> tuple[str, str] | None:
    """``(date, granularity)`` for "the previous month" and its kin, else None.

    Args:
        found: the text's candidates (:class:`toolkit.nlp.anchors.Candidate`), placed so far.
        f: the candidate to place.
        text: the document text.
        reference: the day the words are said on (the published date, or the day a quoted
            person spoke), used when the narrative names no period near.
    """
    m = _PREVIOUS.match(f.expression)
    if not m:
        return None
    unit = m[1].lower()
    here = text.rfind("\n", 0, f.start) + 1
    previous = text.rfind("\n", 0, max(here - 2, 0)) + 1 if here >= 2 else here
    named = [g for g in found if g.start < f.start and g.date and g.depth <= f.depth and g.start >= previous
             and not g.anaphoric and _RANK.get(g.granularity, 3) <= _RANK[unit]
             and _NAMES_PERIOD.search(g.expression)]
    if named:
        return step_back(dt.date.fromisoformat((named[-1].date + "-01-01")[:10]), unit)
    return step_back(reference, unit) if reference is not None else None


def sentence_time(found: list, f) -> dt.date | None:
    """The first day of the period the sentence of ``f`` names before it (a month, a day, a
    year), for a count that looks back from the sentence's time; None when it names none."""
    named = [g for g in found if g.sentence == f.sentence and g.start < f.start and g.date and g.depth <= f.depth
             and not g.anaphoric and _NAMES_PERIOD.search(g.expression)]
    return dt.date.fromisoformat((named[-1].date + "-01-01")[:10]) if named else None


def final_of_period(f, text: str) -> bool:
    """True for "the last day" that is an event's or a period's final day ("on the last day",
    "the last night of the convention"), not the day before today."""
    if not _FINAL.match(f.expression):
        return False
    return text.startswith(" of ", f.end) or _ON_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
