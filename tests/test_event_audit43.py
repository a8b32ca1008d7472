"""Round events43: rules from an audit of ten White House pages (bench/audit/events43.tsv).

"Home affordability is improving, with the median price of an Iowa home down 3.5%": a "with" phrase set off
by a comma or a dash is a circumstance of the clause, not what the act is done to. "will continue driving prices
down, boosting take-home pay, and strengthening the economy": the conjuncts of the verb an aspect governs take
the aspect's modal. "highlighting 10 achievements made to expand opportunities, strengthen public and private
supports, and improve outcomes": a base form is no conjunct of a gerund, so "strengthen" and "improve" list with
"expand", the purpose, and are no acts of the First Lady. "Investing in the Melania Trump Foster Youth to
Independence Program: The Consolidated Appropriations Act of 2026 provided …": a run-in heading may be long and
hold a number or a hyphen. "refocuses the partnership between the U.S. Center … (CAISI) and the UK AI Security
Institute": the second member of a "between" pair is no second object. "even after accounting for higher prices —
Americans' real wages have grown": a gerund of reckoning a figure is nobody's act. "the following nine states
answered the Trump Administration's call: Alabama, Idaho, …": a list of names after a colon names no singular noun. "President Trump is stopping at nothing to fix it": "at
nothing" denies the verb. "The TPD advances trusted, interoperable standards": a plural "noun" with a subject of its
own is a present tense, and the adjective after it no verb.

Real sentences of the White House texts, public domain (White House), in /work/shared/corpora/whitehouse-2025:
articles__2025-09-18-president-trump-signs-technology-prosperity-deal-with-united-kingdom.txt,
articles__2026-01-27-iowa-families-are-winning-again-under-president-trumps-leadership.txt,
articles__2025-12-09-president-trump-delivers-progress-on-lowering-costs-with-much-more-relief-on-the-way.txt,
briefings-statements__2025-04-03-2025-spring-garden-tours-schedule-adjustment.txt,
briefings-statements__2026-05-12-first-lady-melania-trumps-10-achievements-transforming-outcomes-for-foster-youth-since-the-signing-.txt.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from conftest import events_of, rows_with_verb

DEAL_DAY = dt.date(2025, 9, 18)
IOWA_DAY = dt.date(2026, 1, 27)
COSTS_DAY = dt.date(2025, 12, 9)
TOURS_DAY = dt.date(2025, 4, 3)
FOSTER_DAY = dt.date(2026, 5, 12)

IOWA = ("Iowa’s economy is roaring ahead, with strong GDP growth outpacing the national average, fueled by "
        "agriculture, manufacturing, and smart policies.\n\n"
        "Home affordability is improving, with the median price of an Iowa home down 3.5% from last year — and "
        "trending lower.\n")
GAS = ("In fact, average gas prices have dipped below $3 per gallon in 36 states, below $2.75 per gallon in 20 "
       "states, and below $2.50 per gallon in five states — with prices below $2 per gallon at some stations in "
       "at least four states.\n")
TOURS = ("The White House is working closely with the United States Secret Service and National Park Service to "
         "safely accommodate all ticket holders for the 2025 Spring Garden Tours, which will continue to be held on "
         "Sunday, April 6, 2025, with the following adjustment.\n")
EFFORT = ("The Trump Administration’s whole-of-government effort will continue driving prices down, boosting "
          "take-home pay, and strengthening the economy so all Americans can feel relief.\n")
MILESTONE = ("First Lady Melania Trump marked the 180-day milestone following the signing of the Executive Order on "
             "Fostering the Future for American Children and Families, highlighting 10 achievements made to expand "
             "opportunities, strengthen public and private supports, and improve outcomes for youth who have "
             "experienced foster care.\n")
HEADINGS = ("Investing in the Melania Trump Foster Youth to Independence Program: The Consolidated Appropriations Act "
            "of 2026 provided $30 million for foster youth housing.\n\n"
            "Expanding Access to Family Care in 19 States Through Fostering the Future-Aligned Partnerships: The "
            "Trump Administration has advanced a coordinated, Fostering the Future-aligned effort through HHS/ACF to "
            "increase the number of safe, stable, and loving homes available to children in need—while reinforcing "
            "the importance of keeping families together whenever possible.\n")

PARTNERSHIP = ("The TPD strengthens and refocuses the partnership between the U.S. Center for AI Standards and "
               "Innovation (CAISI) and the UK AI Security Institute (AISI) to exchange best practices in metrology and "
               "standards development for AI models, improve understanding of the most advanced models, and exchange "
               "talent between the institutes.\n")
WAGES = ("In President Trump’s second term — even after accounting for higher prices — Americans’ real wages have "
         "grown by nearly 4% — or nearly $700 — and are on track to grow by nearly $1,200 after his first full year "
         "in office.\n")

CALL = ("In the last six months, the following nine states answered the Trump Administration’s call: Alabama, Idaho, "
        "Kentucky, Louisiana, Mississippi, Nebraska, New Jersey, Utah, and Washington state.\n")

NOTHING = ("While Democrats attempt to con Americans into believing they’re the champions of affordability, the reality "
           "is that Democrats created the problem — and President Trump is stopping at nothing to fix it.\n")

ADVANCES = ("The TPD advances trusted, interoperable standards for quantum technologies and establishes a joint "
            "benchmarking taskforce that will cover across quantum computing hardware, software, and algorithms.\n")


class TestWithPhraseSetOffIsNoObject:
    """"is improving, with the median price … down 3.5%": the price is no object of "improve"."""

    def test_the_circumstance_is_no_object(self, nlp, tmp_path):
        events = events_of(IOWA, IOWA_DAY, "iowa", nlp=nlp, folder=tmp_path)
        for verb in ("roar", "improve"):
            rows = rows_with_verb(events, verb)
            assert len(rows) == 1 and rows["object"].isna().all(), verb

    def test_after_a_dash(self, nlp, tmp_path):
        events = events_of(GAS, COSTS_DAY, "gas", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "dip")
        assert len(rows) == 1 and rows["object"].isna().all()

    def test_a_partner_of_with_stays(self, nlp, tmp_path):
        """"working closely with the United States Secret Service": no comma, the partner is kept."""
        events = events_of(TOURS, TOURS_DAY, "tours", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "work")
        assert len(rows) == 1 and "Secret Service" in rows["object"].iloc[0]


class TestConjunctsUnderAnAspectTakeItsModal:
    """"will continue driving prices down, boosting take-home pay, and strengthening the economy"."""

    def test_boost_and_strengthen_are_future(self, nlp, tmp_path):
        events = events_of(EFFORT, COSTS_DAY, "effort", nlp=nlp, folder=tmp_path)
        for verb in ("drive down", "boost", "strengthen"):
            rows = rows_with_verb(events, verb)
            assert len(rows) == 1 and rows["modality"].iloc[0] == "will", verb


class TestBareVerbIsNoConjunctOfAGerund:
    """"highlighting 10 achievements made to expand …, strengthen …, and improve …": a purpose, no act of hers."""

    def test_no_flattened_goal(self, nlp, tmp_path):
        events = events_of(MILESTONE, FOSTER_DAY, "milestone", nlp=nlp, folder=tmp_path)
        for verb in ("expand", "strengthen", "improve"):
            assert rows_with_verb(events, verb).empty, verb
        assert len(rows_with_verb(events, "highlight")) == 1 and len(rows_with_verb(events, "mark")) == 1


class TestLongRunInHeading:
    """A heading of a fact sheet's list, longer than eight words, with a number or a hyphen, is no act."""

    def test_headings_give_no_rows(self, nlp, tmp_path):
        events = events_of(HEADINGS, FOSTER_DAY, "headings", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "invest").empty and rows_with_verb(events, "expand").empty
        provided = rows_with_verb(events, "provide")
        assert len(provided) == 1 and provided["subject"].iloc[0].endswith("Consolidated Appropriations Act")
        assert len(rows_with_verb(events, "advance")) == 1
        assert not pd.isna(rows_with_verb(events, "advance")["subject"].iloc[0])


class TestSecondMemberOfBetween:
    """"refocuses the partnership between the U.S. Center … and the UK AI Security Institute": one object."""

    def test_the_object_is_the_partnership(self, nlp, tmp_path):
        events = events_of(PARTNERSHIP, DEAL_DAY, "partnership", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "refocus")
        assert len(rows) == 1 and rows["object"].iloc[0] == "the partnership"


class TestGerundOfReckoningIsNoAct:
    """"even after accounting for higher prices — Americans' real wages have grown": the wages account for nothing."""

    def test_no_account_row(self, nlp, tmp_path):
        events = events_of(WAGES, COSTS_DAY, "wages", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "account for").empty and rows_with_verb(events, "account").empty
        assert len(rows_with_verb(events, "grow")) >= 1


class TestListAfterColonNamesNoSingularNoun:
    """"answered the Trump Administration's call: Alabama, Idaho, …": the call is the object, not Alabama."""

    def test_the_call_is_answered(self, nlp, tmp_path):
        events = events_of(CALL, FOSTER_DAY, "call", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "answer")
        assert len(rows) == 1 and rows["object"].iloc[0].endswith("call")


class TestAtNothingDeniesTheVerb:
    """"President Trump is stopping at nothing to fix it": he does not stop."""

    def test_stop_is_negated(self, nlp, tmp_path):
        events = events_of(NOTHING, COSTS_DAY, "nothing", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "stop")
        assert len(rows) == 1 and bool(rows["negated"].iloc[0])


class TestPluralNounWithASubjectIsAPresent:
    """"The TPD advances trusted, interoperable standards": "advances" does not trust."""

    def test_no_trust_row(self, nlp, tmp_path):
        events = events_of(ADVANCES, DEAL_DAY, "advances", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "trust").empty
        assert len(rows_with_verb(events, "cover")) == 1
