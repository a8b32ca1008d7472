"""A given name that is a month's, after a title: "U.S. Congressman August Pfluger (TX-01)"; and a page's date the
model calls a name ("TNN | Jun 13, 2025, 04.12 AM IST": "Jun 13, 2025" LAW, round wire35b), which
:func:`dates_called_names` makes a date.

April, May, June and August are given names as well as months, and the small model, reading the month, tags the
word a date and leaves the surname after it untagged ("Congressman August" DATE, "Pfluger" nothing). A title of a
person right before the month and a capitalised proper noun right after it say it is a name: no date follows a
"Congressman" or a "correspondent" and runs into a capitalised word that is no month, day or number.

Example:
    >>> [(e.text, e.label_) for e in people_named_by_months(list(nlp("U.S. Congressman August Pfluger (TX-01)").ents))]  # doctest: +SKIP
    [('U.S.', 'GPE'), ('August Pfluger', 'PERSON')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from toolkit.nlp.dates import WEEKDAYS
from toolkit.nlp.lexicon import NOT_NAME_WORDS, TITLE_WORDS
from toolkit.nlp.lookups import span_text

_MONTH_NAMES = frozenset({"april", "may", "june", "august"})  # the months that are given names
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())


def people_named_by_months(ents: list[Span]) -> list[Span]:
    """A month's name the model tagged a date, between a person's title and an untagged surname, made a person.

    Args:
        ents: entity spans in document order, none overlapping.

    Returns:
        The spans, the month and the surname (one or two capitalised proper nouns) made one PERSON span.
    """
    if not ents:
        return ents
    doc = ents[0].doc
    starts = {e.start for e in ents}
    out: list[Span] = []
    for k, ent in enumerate(ents):
        limit = ents[k + 1].start if k + 1 < len(ents) else len(doc)
        if (ent.label_ == "DATE" and len(ent) == 1 and ent[0].lower_ in _MONTH_NAMES and ent[0].is_title
                and ent.start > 0 and doc[ent.start - 1].is_title
                and doc[ent.start - 1].lower_.strip(".") in TITLE_WORDS):
            end = ent.end
            while (end < limit and end - ent.end < 2 and end not in starts and doc[end].is_title
                   and doc[end].is_alpha and doc[end].pos_ == "PROPN"
                   and doc[end].lower_ not in _CALENDAR_WORDS | NOT_NAME_WORDS):
                end += 1
            if end > ent.end:
                out.append(Span(doc, ent.start, end, label="PERSON"))
                continue
        out.append(ent)
    return out


# A month's name or its abbreviation, a day and a year: a date however the model labels it ("Jun 13, 2025").
_DATE_FORM = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}")
_MONTH_FORMS = frozenset(_CALENDAR_WORDS) | frozenset(w[:3] for w in _CALENDAR_WORDS) | {"sept"}


# A day, a month's abbreviation and a year joined by hyphens ("09-Mar-2025", a sports site's stamp, round wire41).
_HYPHENED_DATE = re.compile(r"\d{1,2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)-(?:19|20)\d\d")
_WEEKDAY_FORMS = frozenset(WEEKDAYS) | frozenset(w[:3] for w in WEEKDAYS) | {"tues", "thur", "thurs"}


def _weekday_and_month(ent: Span) -> bool:
    """A weekday's and a month's names alone, the day's number left out of the span ("Sat Aug" of "Sat Aug 24,
    2024 06:15 PM", a South Asian paper's stamp, round wire41): the calendar, no one's name."""
    words = [t.lower_.rstrip(".") for t in ent if not t.is_punct]
    return (len(words) == 2 and words[0] in _WEEKDAY_FORMS and words[1] in _MONTH_FORMS
            and words[1] not in _WEEKDAY_FORMS)


def dates_called_names(ents: list[Span]) -> list[Span]:
    """The spans with a month, a day and a year that the model labelled a name (a law, a work, a body) made a date
    (DATE): no name is written so. A weekday and a month alone that the model called a name are dropped (the date
    after them is read from the text).

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for ent in ents:
        if ent.label_ in ("DATE", "TIME"):
            out.append(ent)
            continue
        text = span_text(ent)  # (read once: spaCy joins it anew from the tokens on each read)
        if (_DATE_FORM.fullmatch(text) and ent[0].lower_.rstrip(".") in _MONTH_FORMS
                or _HYPHENED_DATE.fullmatch(text.strip())):
            end = ent.end
            while end > ent.start + 1 and ent.doc[end - 1].is_space:
                end -= 1  # (the model may run the stamp on over the blank line after it)
            ent = Span(ent.doc, ent.start, end, label="DATE")
        elif len(ent) >= 2 and _weekday_and_month(ent):  # (two words at least: the weekday and the month)
            continue
        out.append(ent)
    return out


def months_in_capitals_before_days(ents: list[Span]) -> list[Span]:
    """A month written in capitals before a date's day, which the model ran into the name before it and left out of
    the date ("Valencia - OCT 30, 2024 - 19:42 CET", El País's dateline, round wire39: "Valencia - OCT" PERSON and
    "30, 2024 - 19:42 CET" DATE), given to the date: the month is cut off the name (with the dash before it), and the
    date opens at the month, or a date opening at a day takes in an untagged month in capitals before it ("SEPT").

    Args:
        ents: entity spans in document order, none overlapping.
    """
    out: list[Span] = []
    for k, ent in enumerate(ents):
        doc = ent.doc
        if ent.label_ != "DATE" or ent.start == 0 or not ent[0].like_num or not ent[0].text.isdigit() \
                or not 1 <= int(ent[0].text) <= 31:
            out.append(ent)
            continue
        month = doc[ent.start - 1]
        if not (month.is_upper and month.is_alpha and month.lower_ in _MONTH_FORMS and month.whitespace_):
            out.append(ent)
            continue
        if out and out[-1].end == ent.start:
            name = out.pop()
            end = ent.start - 1
            while end > name.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if end > name.start:
                out.append(Span(doc, name.start, end, label=name.label_))
        elif out and out[-1].end > ent.start - 1:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start - 1, ent.end, label="DATE"))
    return out
