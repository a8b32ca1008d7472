"""A bare month in a sentence that names its year first: the month of that year.

The timeline resolves a month named without a year from the day of publication ("until June" in a story of April
2020: June 2019 or 2020, by the tense). A sentence that names a year before its main clause has already placed what
it tells: "In the 2016 United States presidential election, Sanders continued his bid … until June, and didn't
endorse her until July" (Wikinews, 2020) tells June and July of 2016. The year may be a time of its own ("In 2016,
…") or a modifier of the occasion's noun ("the 2016 … election"); it must stand before the main verb, where it frames
the whole sentence: a year after it is its own clause's ("became president in 2005 and was due to stand down in
August": the August to come).
"""

from __future__ import annotations

import re

from toolkit.nlp.dates import MONTHS

# A month alone (its full name: the first twelve of the table), with at most a preposition of time and a part of
# the month before it.
_BARE_MONTH = re.compile(r"(?i)^(?:(?:in|until|till|by|since|from|through|during|of)\s+)?"
                         r"(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(" + "|".join(list(MONTHS)[:12]) + r")$")


def month_of_its_year(expression: str, date: str | None, years: list[tuple[int, str]], sentence_start: int,
                      root_start: int) -> str | None:
    """The date of a bare month (``expression``, resolved to ``date`` from the day of publication) in the year the
    sentence names before its main verb (``years``: the years the timeline found so far, with their offsets), or
    None when it names none there (or the same year)."""
    if date is None or len(date) != 7 or not _BARE_MONTH.match(expression):
        return None
    framing = [year for at, year in years if sentence_start <= at < root_start]
    if not framing or framing[-1] == date[:4]:
        return None
    return f"{framing[-1]}-{date[5:7]}"


# A month's name just before a year ("October [2018]", "October 2018"): the year is that month's.
_MONTH_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(list(MONTHS)[:12]) + r")[\s,(\[]*$")


def frames(text: str, start: int) -> bool:
    """Whether a year found at ``start`` can frame its sentence: not the year of a month just before it."""
    return not _MONTH_BEFORE.search(text, max(0, start - 14), start)
