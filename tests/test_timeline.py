"""Tests for toolkit.nlp.timeline: finding date expressions and resolving them to the calendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.nlp.dates import resolve as resolve_with_hint
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
        # Wikinews, Sunday 23 June 2019 (CC BY 2.5, Wikinews contributors, en.wikinews.org), shortened:
        # a deadline told in the pluperfect was set before a past moment and has passed.
        ("Student groups had given the government until Friday to throw it out entirely, but this deadline "
         "was not met.", "2025-08-01"),
        ("The President has given Russia until Friday to agree.", "2025-08-08"),
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
        # the Wednesday of last week: yesterday is "Wednesday" or "yesterday" (see TestLastWeekday)
        ("last Wednesday", "2025-07-30", "day"),
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
        ("this weekend", "2025-08-04", "week"),  # a weekend is given as its week
        ("the past week", "2025-07-28", "week"),  # Jul 31-Aug 6: most of it in the week of Jul 28
        ("the last two weeks", "2025-07-21", "week"),
        ("the last eight months", "2024-12", "month"),
        ("the past four years", "2021", "year"),
        ("late last year", "2024", "year"),
        ("three years ago next week", "2022-08-08", "week"),
        ("three years ago Monday", "2022-08-04", "day"),
        ("a year ago today", "2024-08-07", "day"),
        ("two years ago this month", "2023-08", "month"),
    ])
    def test_phrases_from_news(self, expression, date, granularity):
        assert resolve(expression, THURSDAY) == (date, granularity)

    @pytest.mark.parametrize("expression", [
        "recent weeks", "the days and weeks to come", "the 1990s", "a few days ago", "two days later",
        "the coming weeks", "Fridays", "2025-02-30", "the past years", "that week", "the next morning", "10:39 a.m.",
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


# Real sentences from the corpora under /work/shared/corpora. Wikinews texts: CC BY 2.5, credit
# "Wikinews contributors, en.wikinews.org"; White House texts: public domain (17 USC 105).
SUNDAY, MONDAY = dt.date(2019, 9, 1), dt.date(2025, 8, 25)


def _dated(nlp, text, published, word):
    return [(t.date, t.granularity) for t in _times(nlp, text, published) if word in t.expression]


class TestWeeksAroundTheWeekend:
    def test_a_sunday_story_calls_the_week_just_ending_last_week(self, nlp):
        # Wikinews, 2019-09-01 (a Sunday); DeSantis declared the emergency on Wednesday 28 August.
        text = ("Last week, Florida Governor Ron DeSantis declared a state of emergency in anticipation of "
                "Dorian, with South Carolina Governor Henry McMaster following suit yesterday.")
        assert _dated(nlp, text, SUNDAY, "Last week") == [("2019-08-26", "week")]
        assert _dated(nlp, text, SUNDAY, "yesterday") == [("2019-08-31", "day")]

    def test_a_monday_story_counts_weeks_from_the_week_before(self, nlp):
        # White House, Monday 2025-08-25; the crime emergency was declared on 11 August.
        text = ("Two weeks ago, I declared a crime emergency in the District of Columbia to address the rampant "
                "violence and disorder that have undermined the proper and safe functioning of the Federal Government.")
        assert _dated(nlp, text, MONDAY, "Two weeks ago") == [("2025-08-11", "week")]

    @pytest.mark.parametrize("published", [SUNDAY + dt.timedelta(days=d) for d in range(7)])
    def test_the_past_week_is_the_seven_days_before(self, published):
        start = dt.date.fromisoformat(resolve("the past week", published)[0])
        days = [published - dt.timedelta(days=n) for n in range(1, 8)]
        assert start.weekday() == 0
        assert sum(start <= d < start + dt.timedelta(days=7) for d in days) >= 4  # the week holding most of them

    def test_the_past_week_in_a_monday_story(self, nlp):
        # White House, Monday 2025-05-12; the UK deal it follows was announced on Thursday 8 May.
        text = ("It’s the second significant trade breakthrough of the past week following President Trump’s "
                "landmark trade deal with the United Kingdom.")
        assert _dated(nlp, text, dt.date(2025, 5, 12), "past week") == [("2025-05-05", "week")]

    @pytest.mark.parametrize("days", range(7))
    def test_last_week_is_never_the_current_week_except_on_sunday(self, days):
        published = MONDAY + dt.timedelta(days=days)
        monday = published - dt.timedelta(days=published.weekday())
        last = dt.date.fromisoformat(resolve("last week", published)[0])
        assert last == (monday if published.weekday() == 6 else monday - dt.timedelta(weeks=1))


class TestExpressionsOfParts:
    @pytest.mark.parametrize("text, published, word, expected", [
        # White House, Sunday 2025-08-17.
        ("This morning, Trump Administration officials were on the Sunday shows discussing President Donald J. "
         "Trump’s relentless pursuit of peace.", dt.date(2025, 8, 17), "This morning", ("2025-08-17", "day")),
        # White House, 2025-08-19 (a quotation).
        ("“It’s going to be very difficult … but what’s different in the last two weeks is we now have an opening "
         "we didn’t have before.”", dt.date(2025, 8, 19), "last two weeks", ("2025-08-04", "week")),
        # Wikinews, 2019-05-19.
        ("In mainland China, which claims sovereignty over Taiwan, homosexuality is technically not illegal, but "
         "late last year a same-sex erotica author was sentenced to ten years in prison.", dt.date(2019, 5, 19),
         "late last year", ("2018", "year")),
        # Wikinews, 2019-09-11: "for five weeks" is a length; "yesterday" is the day.
        ("Per request of United Kingdom Prime Minister Boris Johnson, the Queen suspended parliament for five weeks "
         "yesterday.", dt.date(2019, 9, 11), "yesterday", ("2019-09-10", "day")),
    ])
    def test_found_with_their_granularity(self, nlp, text, published, word, expected):
        assert _dated(nlp, text, published, word) == [expected]

    def test_unanchored_lengths_are_not_dates(self, nlp):
        text = ("Per request of United Kingdom Prime Minister Boris Johnson, the Queen suspended parliament for five "
                "weeks yesterday.")
        assert not [t for t in _times(nlp, text, dt.date(2019, 9, 11)) if "five weeks" in t.expression]

    def test_earlier_in_the_day_is_the_day(self, nlp):
        # White House, 2025-07-11: the visit was that day.
        text = ("In her remarks, First Lady Melania Trump spoke from the heart, extending her sincere condolences to "
                "those impacted and shared a personal reflection on the families she met earlier in the day:")
        assert _dated(nlp, text, dt.date(2025, 7, 11), "earlier in the day") == [("2025-07-11", "day")]

    def test_counted_words_with_no_day_named_stay_unplaced(self, nlp):
        # Wikinews, 2020-10-18 (an interview about the lockdown in March).
        text = "Every day I would clean it and use a different one the next day."
        assert _dated(nlp, text, dt.date(2020, 10, 18), "next day") == [(None, None)]


class TestNotDates:
    @pytest.mark.parametrize("text", [
        # White House texts.
        "The Order directs the Secretary of Commerce to initiate a Section 232 investigation under the Trade "
        "Expansion Act of 1962 to evaluate the impact of imports.",
        "The duty applies to articles under section 604 of the Trade Act of 1974, as amended (19 U.S.C. 2483).",
        "including the Federal Vacancies Reform Act of 1998, as amended, 5 U.S.C. 3345 et seq.",
        "Secretary Rubio on This Week",
        "Special Envoy Witkoff on Fox News Sunday",
        "Secretary Rubio on Sunday Morning Futures",
        "Rubio told ABC’s “This Week” that the talks were productive.",
    ])
    def test_names_of_laws_and_shows(self, nlp, text):
        assert _times(nlp, text, dt.date(2025, 8, 17)) == []

    def test_to_this_day_is_no_day(self, nlp):
        # Wikinews, 2020-10-22.
        text = "Even to this day, the Chinese Cultural Revolution has further destroyed temples."
        assert not [t for t in _times(nlp, text, dt.date(2020, 10, 22)) if t.date]

    def test_a_period_of_something_else(self, nlp):
        # White House, 2025-10-15.
        text = "During the last two years of the Biden Administration, government services grew."
        assert not [t for t in _times(nlp, text, dt.date(2025, 10, 15)) if t.date]


class TestDirection:
    @pytest.mark.parametrize("text, published", [
        # White House, 2025-03-17 and 2025-03-01 (a quotation).
        ("Average gas prices are currently at their lowest level for March in four years.", dt.date(2025, 3, 17)),
        ("Rep. Richard Hudson: “Thank you President Trump. For the first time in four years, we are seeing real "
         "progress toward peace in Ukraine.”", dt.date(2025, 3, 1)),
    ])
    def test_a_count_after_a_superlative_or_first_time_looks_back(self, nlp, text, published):
        assert _dated(nlp, text, published, "four years") == [(str(published.year - 4), "year")]

    def test_a_future_count_looks_ahead(self, nlp):
        assert _dated(nlp, "The two sides will meet again in four years.", THURSDAY, "four years") == [("2029", "year")]

    def test_a_past_count_without_a_date_is_a_length(self, nlp):
        # White House, 2026-06-19.
        text = "Their military is whipped, and we did it in three months with no ground troops."
        assert not [t for t in _times(nlp, text, dt.date(2026, 6, 19)) if t.date]


class TestReferenceDays:
    # Wikinews, 2019-09-12: the tweets quoted were written on Tuesday (the lead's day).
    BOLTON = (
        "Thursday, September 12, 2019\n\n"
        "On Tuesday, United States President Donald Trump announced he had asked for national security advisor "
        "John R. Bolton's resignation Monday night, and that Bolton tendered it the next morning.\n\n"
        "\"I informed John Bolton last night that his services are no longer needed at the White House,\" wrote "
        "Trump on Twitter, \"and therefore I asked John for his resignation, which was given to me this morning. "
        "I will be naming a new National Security Advisor next week.\"\n\n"
        "Bolton gave a different account of events, also speaking via Twitter: \"I offered to resign last night "
        "and President Trump said, 'Let's talk about it tomorrow.' \"\n")

    def test_quoted_words_count_from_the_day_of_speaking(self, nlp):
        times = _times(nlp, self.BOLTON, dt.date(2019, 9, 12))
        by = {}
        for t in times:
            by.setdefault(t.expression, []).append(t.date)
        assert by["Monday night"] == ["2019-09-09"] and by["the next morning"] == ["2019-09-10"]
        assert by["last night"] == ["2019-09-09", "2019-09-09"]
        assert by["this morning"] == ["2019-09-10"] and by["next week"] == ["2019-09-16"]
        assert by["tomorrow"] == ["2019-09-10"]  # said on Monday night, inside the quotation

    def test_narrative_words_count_from_the_events_day(self, nlp):
        # Wikinews, 2019-10-03: the crash happened "yesterday".
        text = ("Thursday, October 3, 2019\n\n"
                "At least seven people were killed in the United States yesterday, when a World War II-era bomber "
                "crashed at Bradley International Airport in Windsor Locks, Connecticut. The plane crashed near the "
                "end of a runway at 9:54 a.m. ET (1354 UTC) during an attempted landing.\n\n"
                "Bradley Airport was shut down after the incident and reopened later that day at 2 p.m. ET (1800 UTC).\n")
        dated = {t.expression: t.date for t in _times(nlp, text, dt.date(2019, 10, 3))}
        assert dated["yesterday"] == "2019-10-02"
        assert {dated[k] for k in dated if "UTC" in k or "a.m." in k or "p.m." in k or "later" in k} == {"2019-10-02"}

    def test_a_count_from_an_earlier_date_in_the_sentence(self, nlp):
        # Wikinews, 2019-10-15.
        text = ("Also on Sunday, the United States announced a complete withdrawal from the region, beyond the "
                "withdrawal from the \"immediate area\" first announced seven days earlier on October 6.")
        assert _dated(nlp, text, dt.date(2019, 10, 15), "seven days earlier") == [("2019-10-06", "day")]

    def test_a_count_never_runs_past_the_published_date_in_a_past_story(self, nlp):
        # Wikinews, 2019-11-10: counted from 2011, not from today.
        text = "U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three years later."
        assert _dated(nlp, text, dt.date(2019, 11, 10), "three years later") == [("2014", "year")]

    def test_this_weekday_follows_the_tense(self, nlp):
        # Wikinews, Tuesday 2019-08-06: the crossing was on Sunday 4 August.
        text = "This Sunday, French inventor Franky Zapata successfully crossed the English Channel on a jet-powered hoverboard."
        assert _dated(nlp, text, dt.date(2019, 8, 6), "This Sunday") == [("2019-08-04", "day")]

    def test_the_previous_day_counts_from_the_leads_day(self, nlp):
        # Wikinews, Monday 2019-10-14.
        text = ("Monday, October 14, 2019\n\n"
                "Yesterday, Brigid Kosgei of Kenya won the 2019 Chicago Marathon and broke the women's world record.\n\n"
                "Just the previous day, Kosgei's countryman Eliud Kipchoge ran a marathon in under two hours.\n")
        assert _dated(nlp, text, dt.date(2019, 10, 14), "previous day") == [("2019-10-12", "day")]

    def test_a_surname_is_not_a_month(self, nlp):
        # Wikinews, 2019-07-24.
        text = "Theresa May appointed him Foreign Secretary, resigning in protest to May's negotiated Brexit agreement."
        assert not [t for t in _times(nlp, text, dt.date(2019, 7, 24)) if t.expression == "May"]


def _news_texts() -> list[Path]:
    """Every news text of the repository's golds but the held-out one's (never read)."""
    texts = sorted(p for p in Path(__file__).parent.joinpath("data", "gold").glob("*/texts/*.txt")
                   if p.parent.parent.name != "wikinews-heldout")
    assert len(texts) >= 30
    return texts


def test_the_quick_first_character_test_finds_what_the_plain_pattern_finds():
    """``_EXTRA`` starts with a lookahead over the characters its alternatives can start with and
    a test for the start of a word (or a digit), so that the search skips other positions
    quickly; it must find exactly what the pattern without them finds, over the news texts the
    repository holds."""
    from toolkit.nlp.timeline import _EXTRA

    prefix = re.match(r"\(\?=\[[^\]]+\]\)(?:\(\?:\(\?=\\d\)\|\\b\))?\(\?:", _EXTRA.pattern)
    assert prefix and _EXTRA.pattern.endswith(")")
    plain = re.compile(_EXTRA.pattern[prefix.end():-1])
    for path in _news_texts():
        text = path.read_text(encoding="utf-8")
        assert [m.span() for m in _EXTRA.finditer(text)] == [m.span() for m in plain.finditer(text)], path.name


def test_the_words_searched_by_their_first_letter_are_found_as_with_a_word_boundary():
    """``_MID_WORD``, ``_LATER_WORD`` and ``_AFTER_WORD`` open with a letter and check the start
    of the word behind it (a faster search): the same matches as the plain patterns."""
    from toolkit.nlp.timeline import _AFTER_WORD, _LATER_WORD, _MID_WORD

    pairs = [(_MID_WORD, re.compile(r"\bmid(?:night|day)\b")),
             (_LATER_WORD, re.compile(r"\b(?i:later|earlier|afterwards?|thereafter|prior(?!\s+to\b))\b")),
             (_AFTER_WORD, re.compile(r"\b(?:after|before)\b"))]
    samples = ["Midday, midnight; amid the day.", "Later, EARLIER and afterward; collateral thereafter.",
               "after,before;hereafter and beforehand"]
    for text in samples + [p.read_text(encoding="utf-8") for p in _news_texts()]:
        for quick, plain in pairs:
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]


class TestWeekdaysSeenFromThePast:
    """A future told from a past moment ("was expected to", "would", "scheduled for … were held")
    may have passed by publication; a weekday named with its date fixes the year."""

    def test_an_expected_event_of_yesterday_night(self, nlp):
        # Wikinews, Thursday 2019-09-19 (Hurricane Humberto).
        text = "Humberto was expected to pass by Bermuda late Wednesday night."
        assert _dated(nlp, text, dt.date(2019, 9, 19), "Wednesday") == [("2019-09-18", "day")]

    def test_a_prediction_reported_the_day_after(self, nlp):
        text = "The NHC predicted that Humberto would pass by Bermuda Wednesday night, before beginning to weaken on Thursday."
        assert _dated(nlp, text, dt.date(2019, 9, 19), "Wednesday") == [("2019-09-18", "day")]

    def test_games_scheduled_for_a_day_that_has_passed(self, nlp):
        # Wikinews, Friday 2020-03-13.
        text = "Other games scheduled for Wednesday were still held, according to NBC News."
        assert _dated(nlp, text, dt.date(2020, 3, 13), "Wednesday") == [("2020-03-11", "day")]

    def test_a_plan_for_later_in_the_week_stays_ahead(self, nlp):
        # Wikinews, Sunday 2019-08-04: Wednesday is three days ahead, four behind.
        text = "The Senate was set to meet on Wednesday, but the Senate announced it would meet on Monday."
        assert _dated(nlp, text, dt.date(2019, 8, 4), "Wednesday") == [("2019-08-07", "day")]
        assert _dated(nlp, text, dt.date(2019, 8, 4), "Monday") == [("2019-08-05", "day")]

    def test_a_weekday_with_its_date_picks_the_year_whose_calendar_agrees(self, nlp):
        # Wikinews, Wednesday 2020-04-08.
        text = "This public transport shutdown had initially started on March 26 and was planned to end on Saturday, April 4."
        assert _dated(nlp, text, dt.date(2020, 4, 8), "April 4") == [("2020-04-04", "day")]

    def test_a_perfect_under_may_looks_back_but_would_have_does_not(self, nlp):
        # Wikinews, Monday 2020-02-10 and Monday 2019-02-11.
        text = ("According to officials on Saturday, the coronavirus 2019-nCoV may have killed two male foreign "
                "visitors in Wuhan, China.")
        assert _dated(nlp, text, dt.date(2020, 2, 10), "Saturday") == [("2020-02-08", "day")]
        assert _dated(nlp, "He would have been 80 on February 20.", dt.date(2019, 2, 11), "February") == \
            [("2019-02-20", "day")]

    @pytest.mark.parametrize("day", range(7))
    def test_then_is_never_more_than_two_days_back_nor_a_week_ahead(self, day):
        published = MONDAY + dt.timedelta(days=day)
        for name in ("Monday", "Wednesday", "Saturday"):
            date = dt.date.fromisoformat(resolve_with_hint(name, published, "then")[0])
            assert -2 <= (date - published).days <= 6 and date.strftime("%A") == name


class TestNamedDays:
    """Holidays are days of the calendar when the sentence uses them as times."""

    def test_christmas_eve_is_the_24th_before_publication(self, nlp):
        # Wikinews, Monday 2019-12-30 (Don Imus).
        text = ("Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center "
                "in College Station, Texas after being hospitalized since Christmas Eve, his family reported.")
        assert _dated(nlp, text, dt.date(2019, 12, 30), "Christmas") == [("2019-12-24", "day")]

    def test_a_feast_that_is_not_a_time_is_no_date(self, nlp):
        # Wikinews, 2019-03-29 (a cosplayer's interview).
        text = 'She said her "passion" for the hobby "stemmed through my love for Halloween."'
        assert not [t for t in _times(nlp, text, dt.date(2019, 3, 29)) if "Halloween" in t.expression]

    @given(st.integers(1900, 2099))
    def test_movable_feasts_fall_on_their_weekday(self, year):
        expected = {"Easter Sunday": 6, "Good Friday": 4, "Easter Monday": 0, "Thanksgiving": 3,
                    "Memorial Day": 0, "Labor Day": 0}
        for name, weekday in expected.items():
            date = dt.date.fromisoformat(resolve(f"{name} {year}", THURSDAY)[0])
            assert date.weekday() == weekday and date.year == year
        memorial = dt.date.fromisoformat(resolve(f"Memorial Day {year}", THURSDAY)[0])
        assert memorial.month == 5 and memorial.day > 24  # the last Monday of May

    def test_easter_island_is_a_place(self):
        assert resolve("Easter Island", THURSDAY) == (None, None)


class TestClockWords:
    def test_midnight_is_a_clock_time_of_the_lead_day(self, nlp):
        # Wikinews, Wednesday 2019-10-09 (PG&E's power shutoffs).
        text = ("Wednesday, October 9, 2019\n\nAt midnight local time (0700 UTC), United States public utility "
                "Pacific Gas and Electric Company (PG&E) began turning off electricity for customers in the San "
                "Francisco area of California.")
        assert _dated(nlp, text, dt.date(2019, 10, 9), "midnight") == [("2019-10-09", "day")]


class TestCountedFromADate:
    """ "two days after the January 7 quake": a day counted from the date it names."""

    def test_days_after_a_named_date(self, nlp):
        # Wikinews, Friday 2020-01-17 (Puerto Rico).
        text = ("Last week, continuing aftershocks hampered repair efforts, and roughly two thirds of the island was "
                "still without power two days after the January 7 quake.")
        found = {t.expression: t.date for t in _times(nlp, text, dt.date(2020, 1, 17))}
        assert found.get("January 7") == "2020-01-07"
        assert [d for e, d in found.items() if e.startswith("two days after")] == ["2020-01-09"]

    def test_a_date_naming_a_deadline_ignores_the_past_tense(self, nlp):
        # Wikinews, Monday 2019-11-04 (O'Rourke): the deadline was nine days ahead.
        text = ("According to reports, O'Rourke was not qualifying for the debate; two weeks before the November 13 "
                "deadline, O'Rourke had only reached 3 percent in two polls.")
        found = {t.expression: (t.date, t.granularity) for t in _times(nlp, text, dt.date(2019, 11, 4))}
        assert found.get("November 13") == ("2019-11-13", "day")
        assert [v for e, v in found.items() if e.startswith("two weeks before")] == [("2019-10-30", "day")]

    def test_hours_after_an_event_are_the_narrative_day(self, nlp):
        # Wikinews, Thursday 2019-10-10 (Trump's tax records).
        text = ("Thursday, October 10, 2019\n\nOn Monday, United States District Court Judge Victor Marrero issued a "
                "ruling against President Donald Trump. The president's legal team appealed the decision to the "
                "Second Circuit Court of Appeals, which issued an administrative stay to Marrero's order about an "
                "hour and a half after the district court ruling.")
        assert _dated(nlp, text, dt.date(2019, 10, 10), "hour and a half") == [("2019-10-07", "day")]

    def test_for_days_after_is_a_length(self, nlp):
        # Wikinews, 2020-10-18 (an interview).
        text = "But I did not go to their house for two days after they had offered me a place at their house."
        assert not [t for t in _times(nlp, text, dt.date(2020, 10, 18)) if t.date]


class TestWeekOf:
    def test_the_week_of_a_day_is_that_week(self, nlp):
        # Wikinews, Thursday 2019-10-10 (Trump's tax records).
        text = ("According to a court clerk, arguments in the case would be scheduled as soon as the week of "
                "October 21, with briefs from both parties due in the intervening time until then.")
        assert _dated(nlp, text, dt.date(2019, 10, 10), "October 21") == [("2019-10-21", "week")]


class TestNarrativeDay:
    # Wikinews, Tuesday 2019-10-22 (Mindanao): the lead's day is Saturday, the quake's Wednesday.
    QUAKE = ("Tuesday, October 22, 2019\n\n"
             "On Saturday, aftershocks of a powerful earthquake that struck southern Philippines on Wednesday night "
             "have increased the death toll.\n\n"
             "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake occurred at "
             "7:37 p.m. local time (1137 UTC) on Wednesday. Magnitude 6.3 according to Phivolcs, it was recorded as "
             "magnitude 6.4 by the US Geological Survey. It was followed by another earthquake an hour later; the "
             "second quake had a magnitude of 4.0.")

    def test_the_narrative_stays_at_the_last_day_of_its_paragraph(self, nlp):
        assert _dated(nlp, self.QUAKE, dt.date(2019, 10, 22), "an hour later") == [("2019-10-16", "day")]

    def test_a_paragraph_pointing_back_continues_the_one_before(self, nlp):
        # Wikinews, Friday 2020-01-17 (Puerto Rico): the 5.8 quake was on January 6.
        text = ("Last week, roughly two thirds of the island was still without power two days after the January 7 "
                "quake. That event destroyed at least 300 homes.\n\n"
                "This followed a 5.8 magnitude earthquake the previous day that collapsed the famous Punta Ventana "
                "rock formation.")
        assert _dated(nlp, text, dt.date(2020, 1, 17), "previous day") == [("2020-01-06", "day")]


class TestFutureSeenFromThePast:
    """Dates ahead of a past moment: expectations, plans, dates moved; the nearest such date is meant."""

    @pytest.mark.parametrize("text, published, word, date", [
        # Wikinews, 2020-01-01 (Samoa): the end was expected on the 15th, before publication.
        ("The state of emergency was expected to end on December 15, but on December 14 it was extended by two "
         "weeks to allow the immunization campaign to continue.", dt.date(2020, 1, 1), "December 15", "2019-12-15"),
        # Wikinews, 2020-04-05 and 2020-03-20: a date moved "to" a later one.
        ("On Thursday, Sergei Sobyanin, the mayor of Moscow, extended the city lockdown to May 1.",
         dt.date(2020, 4, 5), "May 1", "2020-05-01"),
        ("Maryland rescheduled most of its primary races to June 2; they were originally planned for April 28.",
         dt.date(2020, 3, 20), "June 2", "2020-06-02"),
        # Wikinews, 2020-06-19: what a past plan is to do lies ahead of the plan.
        ("Biden said he planned to announce his choice around August 1.", dt.date(2020, 6, 19), "August 1",
         "2020-08-01"),
        # Wikinews, Monday 2020-10-12: a debate "slated for" three days ahead, and one to take part in.
        ("The United States Commission on Presidential Debates announced on Friday the second presidential debate "
         "between US President Donald Trump and former US Vice President Joe Biden, which was slated for October "
         "15, has been cancelled, citing COVID-19 safety concerns.", dt.date(2020, 10, 12), "October", "2020-10-15"),
        ("The campaigns of the two candidates made a series of statements concerning their respective positions "
         "regarding their willingness to participate in a virtual debate on October 15.", dt.date(2020, 10, 12),
         "October", "2020-10-15"),
    ])
    def test_the_nearest_date(self, nlp, text, published, word, date):
        assert _dated(nlp, text, published, word) == [(date, "day")]

    def test_a_possessive_weekday_is_the_day_of_its_noun_not_of_a_modal(self, nlp):
        # Wikinews, Friday 2019-02-01: the pleas were entered on Tuesday.
        text = ("Rachel Giese said she felt Tuesday's pleas might provide \"some solace for the families and friends "
                "of the victims, and for the community more broadly,\" but would not answer questions.")
        assert _dated(nlp, text, dt.date(2019, 2, 1), "Tuesday") == [("2019-01-29", "day")]

    def test_a_plain_past_month_day_still_looks_back(self, nlp):
        # Wikinews, 2020-01-01 (Samoa).
        text = "The outbreak was first confirmed by the government on October 16."
        assert _dated(nlp, text, dt.date(2020, 1, 1), "October 16") == [("2019-10-16", "day")]


class TestNotYears:
    def test_a_number_counting_people_is_no_year(self, nlp):
        # Wikinews, 2020-01-01 (Samoa).
        text = ("As of Sunday, the Disease Surveillance Team reported a total of 5667 cases during the outbreak. "
                "Out these, 1846 persons were hospitalized.")
        assert not [t for t in _times(nlp, text, dt.date(2020, 1, 1)) if "1846" in t.expression]
        assert _dated(nlp, "In 2018 people voted for the change.", dt.date(2020, 1, 1), "2018") == [("2018", "year")]

    def test_a_day_naming_an_event_is_its_date(self, nlp):
        # Wikinews, 2020-01-17 (the model tags "the January 7" as an EVENT).
        found = _dated(nlp, "The Costa Sur power plant at Guayanilla was close to the January 7 quake's epicenter.",
                       dt.date(2020, 1, 17), "January 7")
        assert found == [("2020-01-07", "day")]


class TestNarrativeYear:
    def test_a_bare_day_after_a_dated_one_keeps_its_year(self, nlp):
        # Wikinews, 2019-09-09 (Robert Mugabe's death).
        text = ("After Mugabe fired his vice president, ahead of the 2018 elections, the army moved on November 15, "
                "2017, having first placed Mugabe under house arrest. Nevertheless, Mugabe was able to negotiate "
                "immunity from prosecution, full diplomatic status and a fully staffed state-funded 25-room home, "
                "known as the \"Blue House\", in exchange for his official resignation on November 21.")
        assert _dated(nlp, text, dt.date(2019, 9, 9), "November 21") == [("2017-11-21", "day")]


class TestLastWeekday:
    """"last Thursday" is the Thursday of last week (as "last week" is the week before this one);
    "this past Thursday" is the most recent one."""

    def test_last_thursday_on_a_friday_is_eight_days_back(self, nlp):
        # Wikinews, Friday 2020-01-10 (EastMed): the signing was on Thursday 2 January.
        text = ("On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral "
                "summit, that time in Athens at the Zappeion Hall, to sign an agreement to construct the EastMed "
                "pipeline by 2025.")
        assert _dated(nlp, text, dt.date(2020, 1, 10), "last Thursday") == [("2020-01-02", "day")]

    def test_last_friday_on_a_thursday_is_six_days_back(self, nlp):
        # Wikinews, Thursday 2019-02-21: the emergency was declared on Friday 15 February.
        text = ("California led a combined lawsuit against the state of emergency United States President Donald "
                "Trump declared last Friday so he could fund a wall on the U.S.-Mexican border.")
        assert _dated(nlp, text, dt.date(2019, 2, 21), "last Friday") == [("2019-02-15", "day")]

    @pytest.mark.parametrize("day", range(7))
    def test_last_is_in_the_week_before_and_past_is_the_latest(self, day):
        published = MONDAY + dt.timedelta(days=day)
        week = published + dt.timedelta(days=1) if published.weekday() == 6 else published
        monday_before = week - dt.timedelta(days=week.weekday() + 7)
        for name in ("Monday", "Thursday", "Saturday", "Sunday"):
            last = dt.date.fromisoformat(resolve_with_hint(f"last {name}", published)[0])
            past = dt.date.fromisoformat(resolve_with_hint(f"this past {name}", published)[0])
            assert last.strftime("%A") == past.strftime("%A") == name
            assert last < published and (monday_before <= last < monday_before + dt.timedelta(days=7)
                                         or last == monday_before - dt.timedelta(days=1))  # a Sunday's own Sunday
            assert 1 <= (published - past).days <= 7 and past >= last


class TestThatMonth:
    def test_that_month_is_the_month_just_named(self, nlp):
        # Wikinews, Thursday 2019-01-10 (Namse Bangdzod).
        text = ("The Indonesian Palm Oil Producers Association reports a value of US$473.60 per metric ton of crude "
                "palm oil as of November 2018, with the price decreasing that month.")
        assert _dated(nlp, text, dt.date(2019, 1, 10), "that month") == [("2018-11", "month")]

    def test_that_year_of_a_year_named_before(self, nlp):
        # Wikinews, 2020-02-14 (COVID-19 named).
        text = ("The guidelines cite the 2009 H1N1 outbreak as an example of what not to do. That year's H1N1 was "
                "commonly called \"swine flu.\"")
        assert _dated(nlp, text, dt.date(2020, 2, 14), "That year") == [("2009", "year")]

    def test_a_paragraph_opening_with_earlier_that_day_goes_back_to_the_one_before(self, nlp):
        # Wikinews, Friday 2020-01-10 (EastMed): the lead's day is Tuesday 7 January, the signing 2 January.
        text = ("On Tuesday, the Greek prime minister Kyriakos Mitsotakis reasserted the openness of the EastMed "
                "project.\n\n"
                "On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral "
                "summit, that time in Athens at the Zappeion Hall, to sign an agreement to construct the EastMed "
                "pipeline by 2025. The meeting was attended by Israeli prime minister Benjamin Netanyahu and energy "
                "minister Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and energy minister Konstantinos "
                "Hatzidakis, and Cypriot president Nicos Anastasiades and energy minister Georgios Lakkotrypis. The "
                "agreement was signed by the energy ministers. Greek daily Kathimerini said Greece and Cyprus had to "
                "speed up to counter possible Turkish interference with the project.\n\n"
                "Earlier that day, the Greek gas producer Energean signed a letter of intent on selling two billion "
                "cubic meters of gas per year to the Greek gas supplier DEPA.")
        assert _dated(nlp, text, dt.date(2020, 1, 10), "Earlier that day") == [("2020-01-02", "day")]


class TestYearRanges:
    """A span of years ("from 2008 to 2016") is two dated expressions: the year it began and
    the year it ended, as a reader dates each (the model tags the whole span as one DATE)."""

    def test_from_year_to_year(self, nlp):
        # Wikinews, 2019-07-24 (Boris Johnson elected Conservative leader).
        text = ("He then served eight years as the mayor of London, from 2008 to 2016, before rejoining "
                "Parliament.")
        published = dt.date(2019, 7, 24)
        assert _dated(nlp, text, published, "2008") == [("2008", "year")]
        assert _dated(nlp, text, published, "2016") == [("2016", "year")]

    def test_run_from_year_to_year(self, nlp):
        # Wikinews, 2020-12-28 (Jon Huber dies aged 41; tests/data/gold/wikinews-dev5).
        text = ("In his WWE run from 2012 to 2019, as Luke Harper, Huber, an imposing figure standing six feet "
                "five inches tall, aligned with Rowan as part of The Wyatt Family faction.")
        published = dt.date(2020, 12, 28)
        assert _dated(nlp, text, published, "2019") == [("2019", "year")]
        assert not [t for t in _times(nlp, text, published) if "to" in t.expression]


class TestYearCountsFromTheParagraphsDate:
    """"N years later/earlier" counts from the last date the paragraph named, a sentence or two
    back, whatever that date's precision; never from the day of publication."""

    def test_eight_years_earlier_than_a_year_named_before(self, nlp):
        # Wikinews, 2020-08-12 (Biden announces Kamala Harris as running mate); the count is the
        # writer's, from 1984 (the convention named after it was in fact 1972's).
        text = ("In 1984, Geraldine Ferraro was Walter Mondale's running mate on the Democratic Party ticket, "
                "making Ferraro the Democratic Party's first female candidate for Vice President and Harris the "
                "party's second. Eight years earlier, at the 1972 Democratic National Convention, Gloria Steinem "
                "received 400 votes for the party's vice presidential nomination, coming in second.")
        assert _dated(nlp, text, dt.date(2020, 8, 12), "Eight years earlier") == [("1976", "year")]


class TestPreviousPeriod:
    """"the previous month" steps back from the last month the narrative named (this paragraph
    or the one before), else from the writer's own time; never left unplaced."""

    def test_with_no_month_named_it_is_the_month_before_publication(self, nlp):
        # Wikinews, 2020-09-30 (On the campaign trail in the USA, August 2020).
        text = ("The following is the fourth edition of a monthly series chronicling the 2020 United States "
                "presidential election. It features original material compiled throughout the previous month "
                "after an overview of the month's biggest stories.")
        assert _dated(nlp, text, dt.date(2020, 9, 30), "previous month") == [("2020-08", "month")]

    def test_it_steps_back_from_the_month_the_paragraph_before_named(self, nlp):
        # Wikinews, 2020-10-29 (On the campaign trail in the USA, September 2020).
        text = ("In mid-September, Trump held his first indoor rally in three months, in Nevada, flouting local "
                "coronavirus mandates. Trump claimed the move was criminal.\n\n"
                "Building on the deal brokered between Israel and the United Arab Emirates (UAE) the previous "
                "month, the Trump administration announced additional deals between Israel and Bahrain and "
                "between Serbia, Kosovo, and Israel.")
        assert _dated(nlp, text, dt.date(2020, 10, 29), "previous month") == [("2020-08", "month")]


class TestFinalDayOfAnEvent:
    """"On the last day", "the last day of the convention": an event's final day, not yesterday."""

    def test_the_last_day_of_a_convention_is_not_yesterday(self, nlp):
        # Wikinews, 2020-09-30 (On the campaign trail in the USA, August 2020).
        text = ("A Black Lives Matter group protested outside the White House on the last day of the "
                "convention. On the last night, Trump delivered a long acceptance speech on the South Lawn.")
        times = [t for t in _times(nlp, text, dt.date(2020, 9, 30)) if "last" in t.expression]
        assert [t.expression for t in times] == ["the last day", "the last night"]
        assert all(t.date is None for t in times)

    def test_the_last_day_as_a_span_still_ends_today(self, nlp):
        # (the rule leaves "over the last day" to the span reading)
        text = "Cases rose over the last day."
        assert _dated(nlp, text, THURSDAY, "last day") == [("2025-08-06", "day")]


class TestCountedPrior:
    """"two months prior" counts back from the narrative's time, as "two months earlier" does."""

    def test_months_prior_to_the_narratives_month(self, nlp):
        # Wikinews, 2020-09-30 (On the campaign trail in the USA, August 2020).
        text = ("After President Trump suggested in a late July tweet that mail-in voting could result in fraud, "
                "early August debate centered around the postal service. Postmaster General Louis DeJoy, a "
                "Republican fundraiser Trump appointed to the post two months prior, instituted new policies at "
                "USPS that resulted in a slowed service.")
        assert _dated(nlp, text, dt.date(2020, 9, 30), "prior") == [("2020-06", "month")]


class TestThatSameYear:
    def test_that_same_year_is_the_year_named_before(self, nlp):
        # Wikinews, 2020-10-29 (On the campaign trail in the USA, September 2020).
        text = ("Before 2016, the last time the Libertarian Party had ballot access in all jurisdictions was 1996 "
                "when Jorgensen was on the ballot as the running mate of the late Harry Browne. The "
                "Browne-Jorgensen ticket, as well as the Reform Party ticket of the late Ross Perot that same "
                "year, was the last time before 2016 that any third party or independent candidate achieved "
                "full ballot access.")
        assert _dated(nlp, text, dt.date(2020, 10, 29), "same year") == [("1996", "year")]


class TestLookingBackFromTheSentencesTime:
    """"his first rally in three months" counts back from the time its sentence names."""

    def test_first_in_months_counts_back_from_the_month_named(self, nlp):
        # Wikinews, 2020-10-29 (On the campaign trail in the USA, September 2020).
        text = ("In mid-September, Trump held his first indoor rally in three months, in Nevada, flouting local "
                "coronavirus mandates.")
        assert _dated(nlp, text, dt.date(2020, 10, 29), "three months") == [("2020-06", "month")]


class TestThatSameDay:
    """"that same day" repeats the last day its paragraph named, however far back."""

    def test_that_same_day_two_sentences_after_the_day(self, nlp):
        # Wikinews, 2019-09-17 (US President Trump says Osama bin Laden's son killed).
        text = ("On July 31, multiple news outlets reported Hamza bin Laden to be dead citing sources within the "
                "United States Department of Defense. Per reports, the sources said he died within two years "
                "before, perhaps within a few months, but the US had only recently come to believe he was dead. "
                "The press asked Trump about it that same day, but he declined to comment.")
        assert _dated(nlp, text, dt.date(2019, 9, 17), "same day") == [("2019-07-31", "day")]

    def test_after_day_words_that_could_not_be_placed_it_stays_unplaced(self, nlp):
        # Wikinews, 2020-08-31 (On the campaign trail in the USA, July 2020): "That same day" is the
        # day after "the eve of Independence Day", not the "July 1" that opens the paragraph.
        text = ("On July 1, the city of Seattle cleared the autonomous CHAZ/CHOP (Capitol Hill Autonomous "
                "Zone/Capitol Hill Organized Protest). Nevertheless, civil unrest including the toppling of "
                "statues, still stemming from the police killing of George Floyd in May, continued elsewhere in "
                "the US. President Trump sent Department of Homeland Security officers to protect federal "
                "buildings in Portland. While the nation continued to suffer through the coronavirus pandemic, "
                "the President traveled to South Dakota, which, unlike most states, had not enacted a "
                "stay-at-home order, to take part in a celebration at Mount Rushmore on the eve of Independence "
                "Day. He delivered a speech in which he condemned rioters who desecrate statues and memorials "
                "throughout the nation. The next day, Trump held a Fourth of July \"Salute to America\" in "
                "Washington, D.C. in which he delivered another speech. Joe Biden forewent traditional holiday "
                "activities as an added precaution against COVID-19. That same day, rapper Kanye West made a "
                "surprise announcement on Twitter that he, himself, was running for president.")
        assert _dated(nlp, text, dt.date(2020, 8, 31), "same day") == [(None, None)]
