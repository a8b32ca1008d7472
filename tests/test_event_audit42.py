"""Round events42: rules from an audit of ten White House pages (bench/audit/events42.tsv).

"Today, Melania and I join in prayer with Catholic Bishops gathered in Orlando, Florida, as they consecrate the
United States …": a group that holds "I" is "we" to its speaker, so the "they" is not Melania. "More would-be illegal
immigrants are turning around rather than making the perilous journey …": the journey after "rather than" is not made.

Real sentences of the White House texts, public domain (White House), in /work/shared/corpora/whitehouse-2025:
briefings-statements__2026-06-11-presidential-message-on-u-s-catholic-bishops-honoring-the-250th-anniversary-of-american-independenc.txt,
articles__2025-09-03-winning-streak-record-breaking-tariffs-border-security-and-safer-cities.txt.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, rows_with_verb

BISHOPS_DAY = dt.date(2026, 6, 11)
STREAK_DAY = dt.date(2025, 9, 3)
BISHOPS = ("Today, Melania and I join in prayer with Catholic Bishops gathered in Orlando, Florida, as they consecrate "
           "the United States of America to the Sacred Heart of Jesus on the occasion of our 250th year of American "
           "Independence.\n")
JOURNEY = ("More would-be illegal immigrants are turning around rather than making the perilous journey to our southern "
           "border, while the number of unaccompanied migrant children attempting to enter the country has dramatically "
           "declined.\n")


class TestTheyIsNotAGroupWithI:
    """"Melania and I join in prayer …, as they consecrate …": not Melania."""

    def test_melania_does_not_consecrate(self, nlp, tmp_path):
        events = events_of(BISHOPS, BISHOPS_DAY, "bishops", nlp=nlp, folder=tmp_path)
        assert not (rows_with_verb(events, "consecrate")["subject"] == "Melania").any()
        assert (rows_with_verb(events, "join")["subject"] == "Melania").all()  # the group's own act stays

    def test_a_plain_plural_subject_still_takes_they(self, nlp, tmp_path):
        text = "Melania and the children join in prayer at noon, as they celebrate the holiday.\n"
        events = events_of(text, BISHOPS_DAY, "plain", nlp=nlp, folder=tmp_path)
        assert (rows_with_verb(events, "celebrate")["subject"] != "they").all()


class TestRatherThanDenies:
    """"are turning around rather than making the perilous journey": the journey is negated."""

    def test_the_journey_is_not_made(self, nlp, tmp_path):
        events = events_of(JOURNEY, STREAK_DAY, "journey", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "make")
        assert len(rows) == 1 and rows["negated"].all()
        assert not rows_with_verb(events, "turn")["negated"].any()


WEEK_DAY = dt.date(2025, 4, 11)
THAILAND_DAY = dt.date(2025, 10, 26)
PRICES = "The latest inflation report showed consumer prices declined for the first time in nearly three years.\n"
THAILAND = ("Thailand commits to adopt and maintain high levels of environmental protection and to effectively enforce "
            "its environmental laws, including by: taking measures to combat trade in illegally harvested forest "
            "products; encouraging a more resource efficient economy; accepting and fully implementing the World Trade "
            "Organization (WTO) Agreement on Fisheries Subsidies; and combating illegal, unreported, and unregulated "
            "fishing and illegal wildlife trade.\n")


class TestFirstTimeInAStretch:
    """"declined for the first time in nearly three years": the verb is "decline", with no object."""

    def test_prices_decline(self, nlp, tmp_path):
        events = events_of(PRICES, WEEK_DAY, "prices", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "decline for").empty
        rows = rows_with_verb(events, "decline")
        assert len(rows) == 1 and rows["object"].isna().all()

    def test_a_term_in_prison_keeps_its_for(self, nlp, tmp_path):
        text = "Prosecutors called for at least 20 years in prison.\n"  # (a law's "calls for" is no act: events47)
        events = events_of(text, WEEK_DAY, "term", nlp=nlp, folder=tmp_path)
        assert not rows_with_verb(events, "call for").empty


class TestMeansOfACommitment:
    """"Thailand commits to …, including by: …; encouraging …; accepting and fully implementing …": promised, not done."""

    def test_the_listed_means_are_no_acts(self, nlp, tmp_path):
        events = events_of(THAILAND, THAILAND_DAY, "thailand", nlp=nlp, folder=tmp_path)
        for verb in ("encourage", "accept", "implement", "combat"):
            rows = rows_with_verb(events, verb)
            assert rows.empty or (rows["modality"].notna() | rows["negated"]).all(), verb
        assert not rows_with_verb(events, "commit").empty

    def test_a_fact_with_its_means_stays(self, nlp, tmp_path):
        text = ("The agency cut its costs last year, including by: closing two offices; selling its fleet; and "
                "ending its lease.\n")
        events = events_of(text, THAILAND_DAY, "agency", nlp=nlp, folder=tmp_path)
        assert not rows_with_verb(events, "cut").empty


IRAN_DAY = dt.date(2026, 3, 2)
IRAN = ("This position — rooted in longstanding, bipartisan American policy — guides his actions to ensure the world’s "
        "leading state sponsor of terrorism cannot threaten the world with nuclear devastation.\n")


class TestSubjectOfWhatIsEnsured:
    """"guides his actions to ensure the world’s leading state sponsor of terrorism cannot threaten …"."""

    def test_the_sponsor_cannot_threaten(self, nlp, tmp_path):
        events = events_of(IRAN, IRAN_DAY, "iran", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "threaten")
        assert not (rows["subject"] == "this position").any()
        assert rows.empty or (rows["negated"] & (rows["modality"] == "can")).all()
        assert (rows_with_verb(events, "guide")["subject"] == "this position").all()


MILESTONE = ("Today, this grand legacy of faith in America reaches yet another historic milestone as America’s Catholic "
             "Bishops consecrate our Nation to the Sacred Heart of Jesus.\n")


class TestAsClauseAgreesWithItsSubject:
    """"… reaches yet another historic milestone as America’s Catholic Bishops consecrate our Nation": the bishops
    consecrate (a clause of time), the legacy reaches the milestone."""

    def test_a_singular_subject_keeps_its_verb(self, nlp, tmp_path):
        text = "The company reaches a new record as its factory opens a second line.\n"
        events = events_of(text, BISHOPS_DAY, "record", nlp=nlp, folder=tmp_path)
        assert not rows_with_verb(events, "reach").empty

    def test_the_bishops_consecrate(self, nlp, tmp_path):
        events = events_of(MILESTONE, BISHOPS_DAY, "milestone", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "consecrate")  # (a present clause of time under a present sets the scene: no row)
        assert not rows["subject"].fillna("").str.contains("milestone").any()
        assert rows["subject"].fillna("").str.contains("Bishops").all()
        rows = rows_with_verb(events, "reach")
        assert len(rows) == 1 and rows["object"].iloc[0].endswith("milestone")


ORDER = ("President Trump’s order that federal workers return to the office five days a week is working, Axios "
         "reports, with federal employees now “twice as likely to work in-office as employees overall nationwide.”\n")


class TestAbsoluteWithIsNoObject:
    """"… is working, Axios reports, with federal employees now “twice as likely …”": no object."""

    def test_the_order_works_on_nothing(self, nlp, tmp_path):
        events = events_of(ORDER, STREAK_DAY, "order", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "work")
        rows = rows[rows["subject"].fillna("").str.contains("order")]
        assert len(rows) == 1 and rows["object"].isna().all()

    def test_a_partner_is_still_an_object(self, nlp, tmp_path):
        text = "The ministry met with officials from both provinces on Monday.\n"
        events = events_of(text, STREAK_DAY, "partner", nlp=nlp, folder=tmp_path)
        assert rows_with_verb(events, "meet")["object"].fillna("").str.contains("officials").all()


WHOLESALE = "Wholesale inflation dropped for the first time in 17 months.\n"


class TestStretchOfATurnDatesNothing:
    """"Wholesale inflation dropped for the first time in 17 months": the drop is not dated 17 months back."""

    def test_the_drop_is_not_dated_back(self, nlp, tmp_path):
        events = events_of(WHOLESALE, WEEK_DAY, "wholesale", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "drop")
        assert len(rows) == 1 and not rows["date"].fillna("").str.startswith("2023").any()

    def test_a_plain_time_still_dates(self, nlp, tmp_path):
        text = "Wholesale inflation dropped in March.\n"
        events = events_of(text, WEEK_DAY, "march", nlp=nlp, folder=tmp_path)
        assert (rows_with_verb(events, "drop")["date"] == "2025-03").all()


WEEK12 = ("The Department of Defense welcomed back, with backpay, troops who were discharged for refusing the Biden-era "
          "COVID vaccine mandate.\n")


class TestObjectAfterAParenthesis:
    """"welcomed back, with backpay, troops who …": the troops are welcomed, not the backpay."""

    def test_the_troops_are_welcomed(self, nlp, tmp_path):
        events = events_of(WEEK12, WEEK_DAY, "troops", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "welcome back")
        assert len(rows) == 1 and rows["object"].iloc[0].startswith("troops")

    def test_a_list_with_and_stays(self, nlp, tmp_path):
        text = "The ministry met on Monday, with unions, farmers and employers.\n"
        events = events_of(text, WEEK_DAY, "unions", nlp=nlp, folder=tmp_path)
        assert not rows_with_verb(events, "meet")["object"].fillna("").str.startswith("farmers").any()
