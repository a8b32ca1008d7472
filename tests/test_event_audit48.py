"""Round events48: rules from an audit of ten Wikinews reports (bench/audit/events48.tsv).

"… this year not even one district council candidate ran unopposed": a "not" that opens the subject's phrase
before "one", "a", "a single" denies the act, as "no" does; the running is negated. "DeBartolo, who used to own the
San Francisco 49ers football team, …": "used to" tells a past habit or state, no event (since session 49; this round
had kept the owning).

Real sentences of Wikinews articles (CC BY 2.5, "Wikinews contributors, en.wikinews.org") in
/work/shared/corpora/wikinews-2019-2020: wn_2019-11-27_Hundreds-of-Hong-Kong-district-council-seats-go-to-pro-
democracy-candidates.txt, wn_2020-02-21_US-President-Trump-grants-eleven-people-clemency.txt,
wn_2019-01-05_Escape-room-fire-kills-five-teen-girls-in-Koszalin-Poland.txt,
wn_2019-08-24_World-leaders-call-to-address-Amazon-rainforest-fires-at-G7.txt,
wn_2019-09-22_Millions-don-t-turn-up-to-storm-US-airbase-for-extraterrestrial-evidence.txt,
wn_2019-09-11_UK-Prime-Minister-Johnson-suspends-parliament-for-five-weeks-as-Brexit-deadline.txt; the controls are
sentences made near them.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

HONG_KONG_DAY = dt.date(2019, 11, 27)
CLEMENCY_DAY = dt.date(2020, 2, 21)
ESCAPE_DAY = dt.date(2019, 1, 5)
G7_DAY = dt.date(2019, 8, 24)

UNOPPOSED = ("Although Hong Kong's district elections are, reportedly, usually quiet, this year not even one district "
             "council candidate ran unopposed.\n")
NOT_A_SINGLE = "Not a single shot was fired during the protest.\n"
NOT_ALL = "Not all residents left the town.\n"
NOT_ONLY = "Not only the president but also his aides attended the meeting.\n"
NOT_A_FEW = "Not a few residents left the town.\n"
DEBARTOLO = ("DeBartolo, who used to own the San Francisco 49ers football team, was convicted of misprision "
             "(concealment) of a felony in 1998 in the Middle District of Louisiana.\n")
USED_TO_ANNOUNCE = "Officials used to announce the results on Monday.\n"
USED_GAS = "The police used tear gas to disperse the crowd.\n"
ESCAPE_ROOMS = ("Escape rooms see participants locked into a space and given clues and a time limit to figure out "
                "how to free themselves.\n")
ENTERED = "Residents saw soldiers entered the village and opened fire.\n"
SAO_PAULO = ("Around 3:00 p.m. local time on Monday (1800 UTC), smoke in the atmosphere turned the city of São Paulo, "
             "Brazil dark enough to require artificial lighting in a combination of cold front, clouds, and smoke from "
             "wildfires burning the Amazon rainforest in Brazil, Bolivia, and Paraguay.\n")
MANILA = "The storm hit the capital, Manila, on Sunday.\n"
GROWN = ("The enterprises have grown in popularity in recent years with reportedly over 1,000 in Poland which are "
         "especially patronised by teens.\n")
MET_WITH = "The minister met with three ministers on Monday.\n"
MET_WITH_PART = "The minister met with two of the leaders on Monday.\n"
BLAGOJEVICH = ("Rod Blagojevich was jailed for corruption after he tried to sell Barack Obama's former U.S. Senate seat "
               "after Obama was elected president, among other charges. He was sentenced to fourteen years in prison, "
               "serving eight before being granted clemency.\n")
NO_PERSON_IN_MAIN = ("The court adjourned after Rod Blagojevich was charged with corruption. He was sentenced to "
                     "fourteen years in prison.\n")
SIDE_BY_SIDE = ("President Andrzej Duda said the victims were joyful girls while Interior Minister Joachim Brudziński wrote "
                "he had ordered fire safety checks on escape rooms across Poland. He tweeted his sympathy to the families.\n")
IT_ALL = ("In the end, an estimated one-to-two hundred people showed up at the gates, and the classified area was not "
          "stormed. It all began on June 27, when Matty Roberts posted a event invitation on social media site "
          "Facebook.\n")
IT_CRASHED = "The plane turned back to the airport. It crashed into a field.\n"
STEPPED_DOWN = ("Johnson became leader of the Conservative Party and prime minister after Theresa May stepped down on "
                "July 24 after she was unable to negotiate a Brexit deal.\n")
SPOKE_AFTER = "Mary Smith spoke after Theresa May on Monday. She thanked the staff.\n"
WERE_USED = "Drones were used by the rebels to attack the base.\n"


def _row(events, verb):
    rows = events[events["verb"] == verb]
    assert len(rows) == 1, events[["subject", "verb", "object"]]
    return rows.iloc[0]


class TestNotOneDeniesTheAct:
    def test_not_even_one_candidate_ran(self, nlp, tmp_path):
        row = _row(events_of(UNOPPOSED, HONG_KONG_DAY, "unopposed", nlp=nlp, folder=tmp_path), "run")
        assert bool(row["negated"])

    def test_not_a_single_shot_fired(self, nlp, tmp_path):
        row = _row(events_of(NOT_A_SINGLE, HONG_KONG_DAY, "shot", nlp=nlp, folder=tmp_path), "fire")
        assert bool(row["negated"])

    def test_not_all_denies_only_the_whole(self, nlp, tmp_path):
        row = _row(events_of(NOT_ALL, HONG_KONG_DAY, "all", nlp=nlp, folder=tmp_path), "leave")
        assert not bool(row["negated"])

    def test_not_only_denies_nothing(self, nlp, tmp_path):
        row = _row(events_of(NOT_ONLY, HONG_KONG_DAY, "only", nlp=nlp, folder=tmp_path), "attend")
        assert not bool(row["negated"])

    def test_not_a_few_is_a_good_many(self, nlp, tmp_path):
        row = _row(events_of(NOT_A_FEW, HONG_KONG_DAY, "few", nlp=nlp, folder=tmp_path), "leave")
        assert not bool(row["negated"])


class TestUsedToTellsAHabit:
    # (since session 49 no row at all: blind48's gold, events-dev37, lists no act for the past state, and
    # toolkit/nlp/habits.py reads "used to" as a habit or a state)
    def test_debartolo_owned_the_team(self, nlp, tmp_path):
        events = events_of(DEBARTOLO, CLEMENCY_DAY, "debartolo", nlp=nlp, folder=tmp_path)
        assert not {"use", "own"} & set(events["verb"])
        assert "convict" in set(events["verb"])

    def test_officials_announced(self, nlp, tmp_path):
        events = events_of(USED_TO_ANNOUNCE, CLEMENCY_DAY, "announce", nlp=nlp, folder=tmp_path)
        assert not {"use", "announce"} & set(events["verb"])

    def test_a_thing_used_for_a_purpose_stays(self, nlp, tmp_path):
        events = events_of(USED_GAS, CLEMENCY_DAY, "gas", nlp=nlp, folder=tmp_path)
        assert _row(events, "use")["object"] == "tear gas"

    def test_a_passive_use_stays(self, nlp, tmp_path):
        events = events_of(WERE_USED, CLEMENCY_DAY, "drones", nlp=nlp, folder=tmp_path)
        assert _row(events, "use")["object"] == "drones"


class TestPastFormJoinedToAParticipleIsOne:
    def test_participants_lock_nothing(self, nlp, tmp_path):
        events = events_of(ESCAPE_ROOMS, ESCAPE_DAY, "escape", nlp=nlp, folder=tmp_path)
        acts = events[events["subject"] == "participants"]
        assert acts.empty, acts[["subject", "verb", "object"]]

    def test_a_seen_past_tense_with_a_past_conjunct_stays(self, nlp, tmp_path):
        events = events_of(ENTERED, ESCAPE_DAY, "entered", nlp=nlp, folder=tmp_path)
        assert _row(events, "enter")["subject"] == "soldiers"
        assert _row(events, "open")["subject"] == "soldiers"


class TestPlaceAfterAPlaceIsNoName:
    def test_the_smoke_turned_the_city(self, nlp, tmp_path):
        row = _row(events_of(SAO_PAULO, G7_DAY, "sao", nlp=nlp, folder=tmp_path), "turn")
        assert row["object"] == "the city of São Paulo"

    def test_a_name_in_apposition_stays(self, nlp, tmp_path):
        row = _row(events_of(MANILA, G7_DAY, "manila", nlp=nlp, folder=tmp_path), "hit")
        assert row["object"] == "Manila"


class TestBareNumberAfterWithIsNoPartner:
    def test_the_enterprises_grew_with_no_object(self, nlp, tmp_path):
        row = _row(events_of(GROWN, ESCAPE_DAY, "grown", nlp=nlp, folder=tmp_path), "grow")
        assert row["object"] is None or row["object"] != row["object"]

    def test_a_partner_named_by_a_noun_stays(self, nlp, tmp_path):
        row = _row(events_of(MET_WITH, ESCAPE_DAY, "met", nlp=nlp, folder=tmp_path), "meet")
        assert row["object"] == "three ministers"

    def test_a_part_of_a_group_stays(self, nlp, tmp_path):
        row = _row(events_of(MET_WITH_PART, ESCAPE_DAY, "part", nlp=nlp, folder=tmp_path), "meet")
        assert row["object"].startswith("two")


class TestSentenceOpeningPronounGoesOnWithTheTopic:
    def test_blagojevich_was_sentenced(self, nlp, tmp_path):
        events = events_of(BLAGOJEVICH, CLEMENCY_DAY, "blagojevich", nlp=nlp, folder=tmp_path)
        assert _row(events, "sentence")["object"] == "Rod Blagojevich"
        assert _row(events, "serve")["subject"] == "Rod Blagojevich"

    def test_people_set_side_by_side_are_left_to_the_order(self, nlp, tmp_path):
        # (wn_2019-01-05_Escape-room-fire-…: "He tweeted" is Brudziński's, the last named, as before the rule)
        events = events_of(SIDE_BY_SIDE, ESCAPE_DAY, "tweeted", nlp=nlp, folder=tmp_path)
        assert _row(events, "tweet")["subject"] == "Joachim Brudziński"

    def test_with_no_person_in_the_main_clause_the_subordinate_subject_stays(self, nlp, tmp_path):
        events = events_of(NO_PERSON_IN_MAIN, CLEMENCY_DAY, "court", nlp=nlp, folder=tmp_path)
        assert _row(events, "sentence")["object"] == "Rod Blagojevich"


class TestItAllIsTheWholeAffair:
    def test_the_area_began_nothing(self, nlp, tmp_path):
        events = events_of(IT_ALL, dt.date(2019, 9, 22), "area51", nlp=nlp, folder=tmp_path)
        began = events[events["verb"] == "begin"]
        assert not (began["subject"] == "the classified area").any(), began[["subject", "verb"]]
        assert _row(events, "post")["subject"] == "Matty Roberts"

    def test_it_goes_on_for_the_thing_before(self, nlp, tmp_path):
        events = events_of(IT_CRASHED, dt.date(2019, 9, 22), "plane", nlp=nlp, folder=tmp_path)
        assert _row(events, "crash")["subject"] == "the plane"


class TestObjectOfASubordinatorIsItsClausesSubject:
    def test_may_could_not_negotiate(self, nlp, tmp_path):
        events = events_of(STEPPED_DOWN, dt.date(2019, 9, 11), "may", nlp=nlp, folder=tmp_path)
        row = _row(events, "negotiate")
        assert row["subject"] == "Theresa May" and bool(row["negated"])

    def test_the_object_of_a_preposition_stays_an_object(self, nlp, tmp_path):
        events = events_of(SPOKE_AFTER, dt.date(2019, 9, 11), "spoke", nlp=nlp, folder=tmp_path)
        assert _row(events, "thank")["subject"] == "Mary Smith"
