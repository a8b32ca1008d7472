"""Tests for toolkit.nlp.timeline: finding date expressions and resolving them to the calendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.nlp.timeline import GRANULARITIES, TimeExpression, resolve, time_expressions

GOLD = Path(__file__).resolve().parent / "data" / "gold" / "000_4d240d6c60ada09b.json"
THURSDAY = dt.date(2025, 8, 7)  # the seed's published date
DATE_SHAPE = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def _gold_timeline():
    return json.loads(GOLD.read_text(encoding="utf-8"))["timeline"]


@pytest.fixture(scope="module")
def seed_times(seed_doc, seed_document):
    return list(time_expressions(seed_doc, published=seed_document.published))


def _times(nlp, text, published=THURSDAY):
    return list(time_expressions(nlp(text), published=published))


class TestTimeExpressions:
    def test_offsets_point_at_the_expression(self, seed_doc, seed_times):
        assert seed_times
        for t in seed_times:
            assert isinstance(t, TimeExpression)
            assert seed_doc.text[t.start:t.end] == t.expression
            assert t.expression == t.expression.strip(" \n\"'“”‘’.,;:")

    def test_in_text_order(self, seed_times):
        starts = [t.start for t in seed_times]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)

    @pytest.mark.parametrize("item", _gold_timeline(), ids=lambda i: i["expression"])
    def test_gold_dates_on_the_seed(self, seed_times, item):
        found = [t for t in seed_times if t.expression == item["expression"]]
        assert found, f"{item['expression']!r} not found in {[t.expression for t in seed_times]}"
        assert {t.date for t in found} == {item["date"]}
        if "granularity" in item:
            assert {t.granularity for t in found} == {item["granularity"]}

    def test_every_wednesday_of_the_seed_is_the_day_before(self, seed_times, seed_document):
        wednesdays = [t for t in seed_times if "Wednesday" in t.expression]
        assert len(wednesdays) == 2  # "on Wednesday" and "Earlier Wednesday"
        day_before = (seed_document.published - dt.timedelta(days=1)).isoformat()
        assert all(t.date == day_before for t in wednesdays)

    def test_granularity_matches_the_date(self, seed_times):
        for t in seed_times:
            assert t.granularity in GRANULARITIES or t.granularity is None
            assert (t.date is None) == (t.granularity is None)
            if t.date:
                assert re.fullmatch(DATE_SHAPE[t.granularity], t.date)
            if t.granularity == "week":
                assert dt.date.fromisoformat(t.date).weekday() == 0  # weeks are given by their Monday

    def test_unresolvable_expressions_are_yielded_with_no_date(self, nlp, seed_times):
        to_come = [t for t in seed_times if "weeks to come" in t.expression]
        assert to_come and all(t.date is None for t in to_come)
        recent = [t for t in _times(nlp, "Prices have risen sharply in recent weeks.") if "recent weeks" in t.expression]
        assert recent and recent[0].date is None and recent[0].granularity is None

    def test_durations_and_counts_are_not_time_expressions(self, seed_times):
        texts = {t.expression for t in seed_times}
        assert not any(word in x for x in texts for word in ("thousands", "three-hour", "millions"))
        assert not any(x.startswith(("“", '"')) for x in texts)

    def test_preposition_joins_a_count_of_days(self, nlp):
        times = _times(nlp, "Officials said the sanctions would take effect within three days.")
        assert [(t.expression, t.date) for t in times] == [("within three days", "2025-08-10")]

    @pytest.mark.parametrize("text, weekday_date", [
        ("On Friday, the minister resigned after a week of protests.", "2025-08-01"),
        ("The minister will resign on Friday, officials say.", "2025-08-08"),
        ("Voters went to the polls on Tuesday.", "2025-08-05"),
        ("Parliament will vote on Tuesday.", "2025-08-12"),
        ("Speaking on Monday, he gave Russia until Friday to agree.", "2025-08-08"),
        ("The talks lasted until Friday.", "2025-08-01"),
    ])
    def test_tense_decides_the_side_of_a_weekday(self, nlp, text, weekday_date):
        dated = [t.date for t in _times(nlp, text) if "Friday" in t.expression or "Tuesday" in t.expression]
        assert dated == [weekday_date]

    def test_without_a_published_date_only_absolute_dates_resolve(self, nlp, seed_doc):
        times = list(time_expressions(seed_doc, published=None))
        by_text = {t.expression: t.date for t in times}
        assert by_text["February 2022"] == "2022-02" and by_text["2021"] == "2021"
        assert by_text["Wednesday"] is None and by_text["within two days"] is None


class TestResolve:
    @pytest.mark.parametrize("expression, date, granularity", [
        ("Wednesday", "2025-08-06", "day"),
        ("until Friday", "2025-08-08", "day"),
        ("last Wednesday", "2025-08-06", "day"),
        ("next Friday", "2025-08-08", "day"),
        ("last Thursday", "2025-07-31", "day"),
        ("yesterday", "2025-08-06", "day"),
        ("tomorrow", "2025-08-08", "day"),
        ("tonight", "2025-08-07", "day"),
        ("this week", "2025-08-04", "week"),
        ("last week", "2025-07-28", "week"),
        ("as early as next week", "2025-08-11", "week"),
        ("next month", "2025-09", "month"),
        ("earlier this month", "2025-08", "month"),
        ("later this year", "2025", "year"),
        ("last year", "2024", "year"),
        ("within two days", "2025-08-09", "day"),
        ("in two days", "2025-08-09", "day"),
        ("within 24 hours", "2025-08-08", "day"),
        ("in three weeks", "2025-08-25", "week"),
        ("two days ago", "2025-08-05", "day"),
        ("a week ago", "2025-07-28", "week"),
        ("February 2022", "2022-02", "month"),
        ("2021", "2021", "year"),
        ("August 7", "2025-08-07", "day"),
        ("Aug. 7, 2025", "2025-08-07", "day"),
        ("7 August 2025", "2025-08-07", "day"),
        ("2025-08-07", "2025-08-07", "day"),
        ("8/7/2025", "2025-08-07", "day"),
        ("in March", "2025-03", "month"),
        ("next March", "2026-03", "month"),
        ("December 24", "2025-12-24", "day"),
        ("January 3", "2026-01-03", "day"),
        ("this weekend", "2025-08-09", "day"),
    ])
    def test_phrases_from_news(self, expression, date, granularity):
        assert resolve(expression, THURSDAY) == (date, granularity)

    @pytest.mark.parametrize("expression", [
        "recent weeks", "the days and weeks to come", "the 1990s", "a few days ago", "two days later",
        "the coming weeks", "Fridays", "2025-02-30",
    ])
    def test_unresolvable_phrases(self, expression):
        assert resolve(expression, THURSDAY) == (None, None)

    @pytest.mark.parametrize("days", range(7))
    def test_weekdays_land_within_three_days_of_published(self, days):
        published = THURSDAY + dt.timedelta(days=days)
        for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            date, granularity = resolve(name, published)
            resolved = dt.date.fromisoformat(date)
            assert granularity == "day" and resolved.strftime("%A") == name
            assert abs((resolved - published).days) <= 3

    @pytest.mark.parametrize("n", [1, 2, 5, 12])
    def test_offsets_are_exact(self, n):
        words = {1: "one", 2: "two", 5: "five", 12: "twelve"}
        for number in (str(n), words[n]):
            assert resolve(f"within {number} days", THURSDAY)[0] == (THURSDAY + dt.timedelta(days=n)).isoformat()
            assert resolve(f"{number} days ago", THURSDAY)[0] == (THURSDAY - dt.timedelta(days=n)).isoformat()

    def test_relative_needs_a_published_date(self):
        assert resolve("next week", None) == (None, None)
        assert resolve("February 2022", None) == ("2022-02", "month")


_WORDS = st.sampled_from([
    "Wednesday", "on Friday", "next week", "within two days", "2021", "February 2022", "“weeks", "ago",
    "last", "until", "tens of thousands", "Earlier", "the days and weeks to come", "8/7", "Aug.", "’s",
    "said", "will", "in", "\n", "—", "30 February", "99/99/9999", "9999-99-99", "0 days ago",
])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(_WORDS, st.text(max_size=20)), max_size=15),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_any_text_never_raises_and_offsets_stay_inside(nlp, parts, published):
    text = " ".join(parts)
    doc = nlp(text)
    for t in time_expressions(doc, published=published):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.expression
        assert t.granularity in GRANULARITIES or t.granularity is None
