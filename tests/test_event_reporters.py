"""Event rules of round events16: which verb reports a clause, and which time dates it, checked on real
sentences of the seed article (tests/data/gold/000_4d240d6c60ada09b.json) and of the White House texts of
seeds/whitehouse-ukraine (public domain, US federal government works; see that folder's NOTICE): A16
statement on the call with Zelenskyy (2025-03-19), A14 press gaggle (2025-03-09), A21 executive order on
Russian oil (2025-08-06), A26 article on the peace summit (2025-08-19), A19 fact sheet on the reconstruction
fund (2025-05-01), A17 readout of the Riyadh talks (2025-03-25), A22 fact sheet on tariffs (2025-08-06), A29 joint
statement on the Geneva meeting (2025-11-23), A04 remarks after the Air Force One arrival (2025-02-16).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# seeds/whitehouse-ukraine/A16 (statement, 2025-03-19)
SPLICE = (
    "President Zelenskyy asked for additional air defense systems to protect his civilians, particularly Patriot "
    "missile systems, President Trump agreed to work with him to find what was available particularly in Europe.\n"
)
# seeds/whitehouse-ukraine/A14 (press gaggle, 2025-03-09)
HAD_ANNOUNCED = "We’ve had four or five announced already, but many more are coming.\n"
# seeds/whitehouse-ukraine/A21 (executive order, 2025-08-06)
FIND_THAT = (
    "After considering this additional information, among other things, I find that the national emergency "
    "described in Executive Order 14066 continues and that the actions and policies of the Government of the "
    "Russian Federation continue to pose an unusual and extraordinary threat to the national security and "
    "foreign policy of the United States.\n"
)


class TestCommaSplice:
    """"Zelenskyy asked for …, President Trump agreed to work with him …": a verb that takes its own
    infinitive or clause after it frames no content before it; the first clause is a sentence of its
    own, not a report of Trump's."""

    def test_the_first_clause_is_nobodys_report(self, nlp, tmp_path):
        events = events_of(SPLICE, dt.date(2025, 3, 19), "splice", nlp=nlp, folder=tmp_path)
        asked = events[events["verb"].str.startswith("ask")]
        assert len(asked) == 1 and "Zelensky" in asked.iloc[0]["subject"]
        assert not isinstance(asked.iloc[0]["reported_by"], str)


class TestBareParticipleReportsNothing:
    """"We've had four or five announced already, but many more are coming": a past participle
    without an auxiliary is no reporting clause, whatever subject the parser gave it."""

    def test_coming_is_not_reported_by_a_number(self, nlp, tmp_path):
        events = events_of(HAD_ANNOUNCED, dt.date(2025, 3, 9), "had_announced", nlp=nlp, folder=tmp_path)
        coming = events[events["verb"] == "come"]
        assert len(coming) == 1 and not isinstance(coming.iloc[0]["reported_by"], str)


class TestParallelThatClauses:
    """"I find that the emergency continues and that the actions … continue to pose …": the second
    that-clause is content of "find", like the first, not of "continues" (a verb of speech
    elsewhere: "he continued"), so its subject's head is no reporter."""

    def test_no_clause_is_reported_by_the_emergency(self, nlp, tmp_path):
        events = events_of(FIND_THAT, dt.date(2025, 8, 6), "find_that", nlp=nlp, folder=tmp_path)
        assert not events["reported_by"].fillna("").str.contains("emergency").any()


class TestTheReportersOwnAct:
    """The seed article: "Rubio cautioned that the timeline remains uncertain, calling the process
    'long' …": the participle is Rubio's own act, hung by the parser on the content of "cautioned";
    an event whose agent is the reporter himself is no content of his report."""

    def test_calling_is_not_reported_by_rubio(self, seed_extraction):
        events = seed_extraction.events
        calling = events[(events["verb"] == "call") & events["subject"].str.contains("Rubio")]
        assert len(calling) == 1 and not isinstance(calling.iloc[0]["reported_by"], str)

    def test_reported_content_keeps_its_reporter(self, seed_extraction):
        events = seed_extraction.events  # "Moscow insists that Kyiv must relinquish territory"
        relinquish = events[events["verb"] == "relinquish"]
        assert len(relinquish) == 1 and relinquish.iloc[0]["reported_by"] == "Moscow"


# seeds/ukraine-diplomacy/A26 (White House article, 2025-08-19)
SUMMIT_YESTERDAY = (
    "President Donald J. Trump’s groundbreaking peace summit at the White House yesterday is being celebrated by "
    "world leaders, national security experts, lawmakers, and others as a monumental stride toward resolving the "
    "longstanding war in Ukraine.\n"
)


class TestPastTimeOnAPresentProgressive:
    """"… peace summit at the White House yesterday is being celebrated by world leaders …": a time of
    the past does not date a verb in the present progressive (the celebrating is now); the timeline
    would put it on the summit's day."""

    def test_the_celebrating_is_not_dated_yesterday(self, nlp, tmp_path):
        events = events_of(SUMMIT_YESTERDAY, dt.date(2025, 8, 19), "summit", nlp=nlp, folder=tmp_path)
        celebrated = events[events["verb"] == "celebrate"]
        assert len(celebrated) == 1 and celebrated.iloc[0]["date"] != "2025-08-18"


# seeds/whitehouse-ukraine/A19 (fact sheet, 2025-05-01)
NO_PERSON_WHO = (
    "No state, company, or person who financed or supplied the Russian war machine will be allowed to benefit "
    "from the reconstruction of Ukraine, including participation in projects supported by fund resources.\n"
)


class TestQuantifiedRelativeUnderAModal:
    """"No state, company, or person who financed or supplied the Russian war machine will be allowed
    to benefit …": the relative clause on a noun under "no", in a clause with a modal, picks out
    whoever would fit; nobody is said to have financed or supplied anything."""

    def test_no_financing_or_supplying_event(self, nlp, tmp_path):
        events = events_of(NO_PERSON_WHO, dt.date(2025, 5, 1), "no_person", nlp=nlp, folder=tmp_path)
        assert not events["verb"].isin(["finance", "supply"]).any()


# seeds/whitehouse-ukraine/A17 (readout, 2025-03-25)
FACILITATING_NEGOTIATIONS = (
    "To that end, the United States will continue facilitating negotiations between both sides to achieve a "
    "peaceful resolution, in line with the agreements made in Riyadh.\n"
)


class TestTalksNamedUnderAModal:
    """"will continue facilitating negotiations between both sides": the negotiations a noun names
    are to come, like the facilitating whose object they are; the noun's event carries "will"."""

    def test_the_negotiations_carry_will(self, nlp, tmp_path):
        events = events_of(FACILITATING_NEGOTIATIONS, dt.date(2025, 3, 25), "negotiations", nlp=nlp, folder=tmp_path)
        talks = events[events["verb"] == "negotiation"]
        assert len(talks) == 1 and talks.iloc[0]["modality"] == "will"


# seeds/whitehouse-ukraine/A22 (fact sheet, 2025-08-06)
IN_COORDINATION_WITH = (
    "The Secretary of Commerce, in coordination with the Secretary of State, Secretary of the Treasury, and other "
    "senior officials, will determine whether other countries directly or indirectly import Russian Federation oil "
    "and recommend further actions to the President as needed.\n"
)


class TestConjunctBeyondAParenthesis:
    """"The Secretary of Commerce, in coordination with the Secretary of State, …, and other senior
    officials, will determine …": the officials close the list of "in coordination with", which the
    parser joined to the subject; the one who determines is the Secretary of Commerce alone."""

    def test_the_subject_is_the_secretary_alone(self, nlp, tmp_path):
        events = events_of(IN_COORDINATION_WITH, dt.date(2025, 8, 6), "coordination", nlp=nlp, folder=tmp_path)
        determine = events[events["verb"] == "determine"]
        assert len(determine) == 1 and "officials" not in determine.iloc[0]["subject"]
        assert "Secretary of Commerce" in determine.iloc[0]["subject"]


# seeds/whitehouse-ukraine/A29 (joint statement, 2025-11-23)
THEY_AFTER_DISCUSSIONS = (
    "Both sides agreed the consultations were highly productive. The discussions showed meaningful progress toward "
    "aligning positions and identifying clear next steps. They reaffirmed that any future agreement must fully "
    "uphold Ukraine’s sovereignty and deliver a sustainable and just peace.\n"
)


class TestTheyWhoSayAreNoMeeting:
    """"The discussions showed meaningful progress … They reaffirmed that …": discussions say or affirm
    nothing; a "they" with a clause of its own to affirm is the people before ("Both sides")."""

    def test_they_are_both_sides(self, nlp, tmp_path):
        events = events_of(THEY_AFTER_DISCUSSIONS, dt.date(2025, 11, 23), "they_discussions", nlp=nlp, folder=tmp_path)
        reaffirmed = events[events["verb"] == "reaffirm"]
        assert len(reaffirmed) == 1 and "discussions" not in reaffirmed.iloc[0]["subject"]


# seeds/whitehouse-ukraine/A19 (fact sheet, 2025-05-01) and A04 (remarks, 2025-02-16)
STATES_OF_RELATION_AND_FEELING = (
    "This partnership represents the United States taking an economic stake in securing a free, peaceful, and "
    "sovereign future for Ukraine. The people love that sport, and they’re wonderful people that run it.\n"
)


class TestStatesOfRelationAndFeeling:
    """"This partnership represents …", "The people love that sport": a relation and a lasting
    feeling told in the simple present state what is so; nobody does anything."""

    def test_no_representing_or_loving_event(self, nlp, tmp_path):
        events = events_of(STATES_OF_RELATION_AND_FEELING, dt.date(2025, 5, 1), "states", nlp=nlp, folder=tmp_path)
        assert not events["verb"].isin(["represent", "love"]).any()


# seeds/whitehouse-ukraine/A21 (executive order, 2025-08-06)
TITLE_OF_A_NAME = (
    "(b) The Secretary of Homeland Security, in consultation with the United States International Trade "
    "Commission, shall determine whether modifications to the Harmonized Tariff Schedule of the United States are "
    "necessary to effectuate this order and may make such modifications through notice in the Federal Register.\n"
)


class TestTitleHeadsItsOfPhrase:
    """"The Secretary of Homeland Security … shall determine": the parser heads the phrase by
    "Security", the last word of the name after "of"; the one who determines is the secretary, not
    the department."""

    def test_the_subject_is_the_secretary(self, nlp, tmp_path):
        events = events_of(TITLE_OF_A_NAME, dt.date(2025, 8, 6), "title_of", nlp=nlp, folder=tmp_path)
        determine = events[events["verb"] == "determine"]
        assert len(determine) == 1 and determine.iloc[0]["subject"] == "The Secretary of Homeland Security"
