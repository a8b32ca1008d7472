"""Round events46: rules from an audit of ten Wikinews reports (bench/audit/events46.tsv).

"The agency did not mention if there were casualties": an "if" clause right after a verb of saying, asking or
knowing is the question it asks or leaves open, no condition of the act; the not mentioning is a fact.
"Typhoon Phanfone made landfall …, killing at least 20 according to Philippine officials on Thursday, and leaving
…": a source inside a participle clause after the main verb speaks for that clause, not for the landfall.
"Yesterday, the United Kingdom's Queen Elizabeth II announced …": a Roman numeral after a name behind a title is
part of the monarch's name, no second person, so Elizabeth II announces, not "II". "… and the second accused him of
obstruction of Congress": the object of a speech verb does not speak, so "him" is not the last speaker. "occurred at
4:00 A.M. local time (0100 UTC)": a clock time gives no object. "commented on the matter — which the BBC noted …": a
set-off relative clause is no content of the verb. "the protesters, sometimes numbering in the millions, who have
filled …": "who" never stands for a figure. "saying the justification presented for the question was "contrived."":
the justification was presented, it presents nothing. "Other Republicans have broken with Trump and have urged him
…": the second verb's "him" is the person the first verb named.

Real sentences of Wikinews articles (CC BY 2.5, "Wikinews contributors, en.wikinews.org") in
/work/shared/corpora/wikinews-2019-2020: wn_2019-09-15_Oil-facilities-in-Saudi-Arabia-hit-by-drone-attacks.txt,
wn_2019-12-28_Typhoon-Phanfone-strikes-Philippines.txt, wn_2019-08-29_Queen-Elizabeth-agrees-to-suspend-UK-
Parliament-ahead-of-Brexit-deadline.txt, wn_2020-01-15_U-S-House-to-decide-on-submitting-articles-of-impeachment-
to-Senate.txt, wn_2019-09-06_Hong-Kong-leader-announces-withdrawal-of-extradition-bill.txt,
wn_2019-07-20_US-House-of-Representatives-holds-two-Cabinet-officers-in-criminal-contempt-of-C.txt,
wn_2020-11-26_US-federal-agency-announces-plans-to-begin-presidential-transition-process-follo.txt (the last two
texts' sentences shortened or set among made ones); the controls are sentences made near them.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

OIL_DAY = dt.date(2019, 9, 15)
TYPHOON_DAY = dt.date(2019, 12, 28)
QUEEN_DAY = dt.date(2019, 8, 29)

CASUALTIES = "The agency did not mention if there were casualties, but said exports were continuing.\n"
ASKED = "Officials asked him if the talks would resume.\n"
STRIKE = "The workers stopped the strike if the talks failed, the union said.\n"
PHANFONE = ("Typhoon Phanfone made landfall on the central Philippines from Tuesday night through to Wednesday, killing "
            "at least 20 according to Philippine officials on Thursday, and leaving reportedly at least 15,000 stranded "
            "at ports.\n")
FIRE = "The fire destroyed three houses on Sunday, injuring 20, according to police.\n"
QUEEN = ("Yesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of Prime "
         "Minister Boris Johnson to suspend Parliament for parts of September and October.\n")
NO_NUMBER = "Yesterday, Queen Elizabeth announced she will comply with the request of Prime Minister Boris Johnson.\n"


def _row(events, verb):
    rows = events[events["verb"] == verb]
    assert len(rows) == 1, events[["subject", "verb", "object"]]
    return rows.iloc[0]


def _empty(value) -> bool:
    return value is None or value != value


class TestIfClauseAfterAVerbOfAskingIsAQuestion:
    def test_not_mentioning_is_no_condition(self, nlp, tmp_path):
        row = _row(events_of(CASUALTIES, OIL_DAY, "casualties", nlp=nlp, folder=tmp_path), "mention")
        assert bool(row["negated"]) and _empty(row["modality"])

    def test_asked_person_no_condition_either(self, nlp, tmp_path):
        row = _row(events_of(ASKED, OIL_DAY, "asked", nlp=nlp, folder=tmp_path), "ask")
        assert _empty(row["modality"])

    def test_condition_of_another_verb_stays(self, nlp, tmp_path):
        row = _row(events_of(STRIKE, OIL_DAY, "strike", nlp=nlp, folder=tmp_path), "stop")
        assert row["modality"] == "conditional"


class TestSourceInsideALaterParticiple:
    def test_landfall_is_the_writers(self, nlp, tmp_path):
        events = events_of(PHANFONE, TYPHOON_DAY, "phanfone", nlp=nlp, folder=tmp_path)
        assert _empty(_row(events, "make")["reported_by"])
        assert _row(events, "kill")["reported_by"] == "Philippine officials"
        assert _row(events, "leave")["reported_by"] == "Philippine officials"

    def test_source_closing_the_sentence_speaks_for_all(self, nlp, tmp_path):
        events = events_of(FIRE, TYPHOON_DAY, "fire", nlp=nlp, folder=tmp_path)
        assert _row(events, "destroy")["reported_by"] == "police"
        assert _row(events, "injure")["reported_by"] == "police"


class TestRegnalNumberInATitledName:
    def test_queen_elizabeth_ii(self, nlp, tmp_path):
        events = events_of(QUEEN, QUEEN_DAY, "queen", nlp=nlp, folder=tmp_path)
        assert _row(events, "announce")["subject"] == "Elizabeth II"
        assert _row(events, "comply")["subject"] == "Elizabeth II"

    def test_name_without_a_number(self, nlp, tmp_path):
        events = events_of(NO_NUMBER, QUEEN_DAY, "no_number", nlp=nlp, folder=tmp_path)
        assert _row(events, "announce")["subject"] == "Elizabeth"


HOUSE_DAY = dt.date(2020, 1, 15)
ARTICLES = ("Pelosi also mentioned the House will appoint as yet unnamed impeachment managers to conduct the prosecution "
            "in the trial. \"The American people deserve the truth, and the Constitution demands a trial.\" Pelosi said. "
            "Additionally, the House must allocate money for the trial.\n\nOn December 18, the House passed two articles "
            "of impeachment. The first charged President Trump with abuse of power, and the second accused him of "
            "obstruction of Congress.\n")
SPEAKER_GOES_ON = ("\"The Senate must hold a fair trial,\" McConnell said on Monday. The House had passed two articles "
                   "against President Trump in December, and he warned the Senate of delays.\n")


class TestObjectOfASpeechVerbDoesNotSpeak:
    def test_him_is_the_one_named(self, nlp, tmp_path):
        events = events_of(ARTICLES, HOUSE_DAY, "articles", nlp=nlp, folder=tmp_path)
        assert _row(events, "accuse")["object"] == "Trump"

    def test_subject_of_a_speech_verb_goes_on_speaking(self, nlp, tmp_path):
        events = events_of(SPEAKER_GOES_ON, HOUSE_DAY, "speaker", nlp=nlp, folder=tmp_path)
        assert _row(events, "warn")["subject"] == "McConnell"


ATTACKS = ("According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the "
           "largest processing plant at Abqaiq and the Khurais oil field.\n")
AT_THE_CROWD = "Police fired at 10:30 p.m. at the crowd outside the store.\n"
AT_HOME = "The former president died at his home in Harare on Friday.\n"


class TestAtAClockTimeIsNoObject:
    def test_hour_of_the_attacks(self, nlp, tmp_path):
        events = events_of(ATTACKS, OIL_DAY, "attacks", nlp=nlp, folder=tmp_path)
        assert _empty(_row(events, "occur")["object"])
        assert _row(events, "strike")["object"] == "the largest processing plant"

    def test_target_after_the_hour_stays(self, nlp, tmp_path):
        events = events_of(AT_THE_CROWD, OIL_DAY, "crowd", nlp=nlp, folder=tmp_path)
        assert _row(events, "fire")["object"] == "the crowd"

    def test_place_stays(self, nlp, tmp_path):
        events = events_of(AT_HOME, OIL_DAY, "home", nlp=nlp, folder=tmp_path)
        assert _row(events, "die")["object"] == "his home"


BERCOW = ("House of Commons Speaker John Bercow commented on the matter — which the BBC noted as an unusual move by a "
          "Speaker — \"However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] "
          "now would be to stop [Parliament] debating Brexit and performing its duty in shaping a course for the "
          "country.\n")
REPORTED = "House of Commons Speaker John Bercow commented that the BBC noted an unusual move by the Government.\n"


class TestSetOffRelativeIsNoContent:
    def test_bbc_noting_is_not_told_by_bercow(self, nlp, tmp_path):
        events = events_of(BERCOW, QUEEN_DAY, "bercow", nlp=nlp, folder=tmp_path)
        row = _row(events, "note")
        assert row["subject"] == "BBC" and _empty(row["reported_by"])

    def test_content_after_that_stays_reported(self, nlp, tmp_path):
        events = events_of(REPORTED, QUEEN_DAY, "reported", nlp=nlp, folder=tmp_path)
        assert _row(events, "note")["reported_by"] == "John Bercow"


HONG_KONG_DAY = dt.date(2019, 9, 6)
DEMANDS = ("This was one of the five demands of the protesters, sometimes numbering in the millions, who have filled "
           "downtown streets since early this June.\n")
ARRESTED = ("Police arrested the protesters, sometimes numbering in the millions, who have filled downtown streets since "
            "June.\n")
LED_BY = "Police arrested the protesters, led by the activist Joshua Wong, who had filled downtown streets since June.\n"


class TestWhoNeverStandsForAFigure:
    def test_the_millions_fill_nothing(self, nlp, tmp_path):
        events = events_of(DEMANDS, HONG_KONG_DAY, "demands", nlp=nlp, folder=tmp_path)
        assert "the millions" not in set(events["subject"])

    def test_the_protesters_fill_the_streets(self, nlp, tmp_path):
        events = events_of(ARRESTED, HONG_KONG_DAY, "arrested", nlp=nlp, folder=tmp_path)
        assert _row(events, "fill")["subject"] == "the protesters"

    def test_who_on_a_person_stays(self, nlp, tmp_path):
        events = events_of(LED_BY, HONG_KONG_DAY, "led_by", nlp=nlp, folder=tmp_path)
        assert _row(events, "fill")["subject"] == "Joshua Wong"


CONTEMPT_DAY = dt.date(2019, 7, 20)
CONTRIVED = ("In late June, the United States Supreme Court ruled against its initial attempt, saying the justification "
             "presented for the question was \"contrived.\"\n")
PRESENTED = "The court said the government presented the plan and the plan was contrived.\n"


class TestReducedPassiveBeforeASecondContent:
    def test_the_justification_presents_nothing(self, nlp, tmp_path):
        events = events_of(CONTRIVED, CONTEMPT_DAY, "contrived", nlp=nlp, folder=tmp_path)
        assert "present for" not in set(events["verb"]) and "present" not in set(events["verb"])

    def test_two_clauses_joined_by_and_stay(self, nlp, tmp_path):
        events = events_of(PRESENTED, CONTEMPT_DAY, "presented", nlp=nlp, folder=tmp_path)
        assert _row(events, "present")["subject"] == "the government"


TRANSITION_DAY = dt.date(2020, 11, 26)
URGED = ("President Donald Trump spoke on Monday. He said he would act. Senator Chuck Schumer commented on the tweets. "
         "Other Republicans have broken with Trump and have urged him to move forward with the presidential "
         "transition.\n")
URGED_OTHER_SEX = ("President Donald Trump spoke on Monday. He said he would act. Nancy Pelosi spoke on Tuesday. She "
                   "criticized the tweets. Other Republicans have broken with Pelosi and have urged him to move forward.\n")


class TestObjectPronounOfASecondVerb:
    def test_him_is_the_one_the_first_verb_named(self, nlp, tmp_path):
        events = events_of(URGED, TRANSITION_DAY, "urged", nlp=nlp, folder=tmp_path)
        assert _row(events, "urge")["object"] == "Donald Trump"

    def test_a_person_of_the_other_sex_is_passed_over(self, nlp, tmp_path):
        events = events_of(URGED_OTHER_SEX, TRANSITION_DAY, "urged_other", nlp=nlp, folder=tmp_path)
        assert _row(events, "urge")["object"] == "Donald Trump"
