"""Who stands behind a clause: a verb of saying put before its speaker mid-sentence, a denial, a titled source.

"The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and was left
outside a restaurant." (Wikinews, "Mokha, Yemen bomb kills photojournalist, at least five others", 2019-01-30;
CC BY 2.5, Wikinews contributors, en.wikinews.org.) The small model reads "stated" as one more verb of the bomb
and the minister as what was stated: the placing was then told as fact. Made-up sentences of the same shape
check the rule beyond that one, and controls check that a row of acts ("thanked the mayor", "told reporters")
stays a row of acts. The same sentence names its source by a title whose portfolio runs into the name; the
parse makes the title the phrase's head, and the source is the person ("Moammar al-Eryani"), as a table joins him.
Its last clause, "and was left outside a restaurant", is a second passive of the bomb's.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of, rows_with_verb

from toolkit.nlp.portfolios import portfolio_holder
from toolkit.nlp.report_tails import mend_inverted_reports

MOKHA_DAY = dt.date(2019, 1, 30)
MOKHA = ("A bombing in the port city of Mokha, Yemen yesterday killed photojournalist Ziad al-Sharabi. "
         "The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and was "
         "left outside a restaurant.\n")
AGENCY = "The troops withdrew from the town on Monday, reported the state news agency, and returned to their bases.\n"
SPOKESMAN = "Police arrested the suspect on Monday, said a spokesman, and charged him with murder.\n"
SECOND_SENTENCE = "Police arrested the suspect on Monday, said a spokesman, and officers found a gun in his car.\n"
THANKED = "The mayor of the town, Anna Berg, visited the school on Monday, thanked the teachers, and returned home.\n"
TOLD = "Anna Berg won the race on Sunday, told reporters about her training, and went home.\n"


class TestInvertedReportMidSentence:
    """The clause before the aside and the acts joined after it are the speaker's report."""

    def test_the_placing_is_reported_by_the_minister(self, nlp, tmp_path):
        events = events_of(MOKHA, MOKHA_DAY, "mokha", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "place")
        assert len(rows) == 1 and rows["reported_by"].iloc[0] == "Moammar al-Eryani"
        assert rows_with_verb(events, "state").empty  # the aside is no event of the bomb's

    def test_an_agency_reports_both_acts(self, nlp, tmp_path):
        events = events_of(AGENCY, MOKHA_DAY, "agency", nlp=nlp, folder=tmp_path)
        for verb in ("withdraw", "return"):
            rows = rows_with_verb(events, verb)
            assert len(rows) == 1 and rows["subject"].iloc[0] == "the troops", verb
            assert "agency" in rows["reported_by"].iloc[0], verb
        assert rows_with_verb(events, "report").empty

    def test_the_act_after_a_parsed_aside_keeps_the_content_s_subject(self, nlp, tmp_path):
        """"…, said a spokesman, and charged him": the police charge, as the spokesman says."""
        events = events_of(SPOKESMAN, MOKHA_DAY, "spokesman", nlp=nlp, folder=tmp_path)
        rows = rows_with_verb(events, "charge")
        assert len(rows) == 1 and rows["subject"].iloc[0].lower() == "police"
        assert rows["reported_by"].iloc[0] == "a spokesman"

    def test_the_act_after_a_report_set_off_by_commas(self, nlp, tmp_path):
        """"… was not airworthy, investigators have said, and should not have taken off" (Wikinews, "Lion Air
        disaster: Crashed jet's voice recorder recovered from Java Sea", 2019-01-16; CC BY 2.5): the jet."""
        text = ("The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off.\n")
        rows = rows_with_verb(events_of(text, dt.date(2019, 1, 16), "lion_air", nlp=nlp, folder=tmp_path), "take off")
        assert len(rows) == 1 and "Boeing 737 Max" in rows["subject"].iloc[0]
        assert rows["reported_by"].iloc[0] == "investigators" and bool(rows["negated"].iloc[0])
        assert rows["modality"].iloc[0] == "should"

    def test_a_clause_with_its_own_subject_is_left_alone(self, nlp, tmp_path):
        """"…, said a spokesman, and officers found a gun": the finding is told by the text."""
        rows = rows_with_verb(events_of(SECOND_SENTENCE, MOKHA_DAY, "second", nlp=nlp, folder=tmp_path), "find")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "officers"


class TestSecondPassiveOfOneSubject:
    """"was placed … and was left …": a second passive with its own "be" and no subject has the first one's."""

    def test_the_bomb_was_left(self, nlp, tmp_path):
        rows = rows_with_verb(events_of(MOKHA, MOKHA_DAY, "left", nlp=nlp, folder=tmp_path), "leave")
        assert len(rows) == 1 and rows["object"].iloc[0] == "the bomb"
        assert rows["reported_by"].iloc[0] == "Moammar al-Eryani"  # the aside speaks for both

    def test_a_negated_second_passive(self, nlp, tmp_path):
        """"a bill was proposed in 2016 …, but was not passed" (Wikinews, 2019-07-08, CC BY 2.5)."""
        text = ("After an attack in the capital city in 2015, a bill was proposed in 2016 for banning the niqab, "
                "but was not passed.\n")
        rows = rows_with_verb(events_of(text, dt.date(2019, 7, 8), "niqab", nlp=nlp, folder=tmp_path), "pass")
        assert len(rows) == 1 and rows["object"].iloc[0] == "a bill" and bool(rows["negated"].iloc[0])

    def test_a_second_clause_with_its_own_subject(self, nlp, tmp_path):
        """"Police arrested John Smith …, and he was charged": "he" is the passive's own subject."""
        text = "Police arrested John Smith on Monday, and he was charged with murder.\n"
        rows = rows_with_verb(events_of(text, MOKHA_DAY, "charged", nlp=nlp, folder=tmp_path), "charge")
        assert len(rows) == 1 and rows["object"].iloc[0] == "John Smith"


class TestRowsOfActsStay:
    """Verbs that take a person as object are acts in a row, never an aside: the parse stays as it is."""

    def test_thanking_and_telling_are_acts(self, nlp):
        for text in (THANKED, TOLD):
            doc = nlp(text)
            before = [(t.head.i, t.dep_) for t in doc]
            assert [(t.head.i, t.dep_) for t in mend_inverted_reports(doc)] == before, text


class TestPortfolioHolder:
    """"Minister of Information Moammar al-Eryani" parsed with the title as head stands for the person."""

    def test_the_minister_is_the_named_person(self, nlp, tmp_path):
        text = "Minister of Information Moammar al-Eryani visited the market in Mokha on Tuesday.\n"
        rows = rows_with_verb(events_of(text, MOKHA_DAY, "visit", nlp=nlp, folder=tmp_path), "visit")
        assert len(rows) == 1 and rows["subject"].iloc[0] == "Moammar al-Eryani"

    def test_a_title_without_a_named_holder_stays(self, nlp):
        doc = nlp("The Minister of Information visited the market in Mokha on Tuesday.")
        minister = next(t for t in doc if t.text == "Minister")
        assert portfolio_holder(minister) is None


class TestDenialIsNoAssertion:
    """"denied that he had stolen the money": the speaker says it did not happen."""

    def test_the_denied_act_is_negated_and_attributed(self, nlp, tmp_path):
        text = "John Smith denied on Monday that he had stolen the money from the charity.\n"
        rows = rows_with_verb(events_of(text, MOKHA_DAY, "denied", nlp=nlp, folder=tmp_path), "steal")
        assert len(rows) == 1 and bool(rows["negated"].iloc[0]) and rows["reported_by"].iloc[0] == "John Smith"

    def test_a_real_denial(self, nlp, tmp_path):
        """Wikinews, "U.S. House issues subpoena …" (2019-09-30; CC BY 2.5, Wikinews contributors)."""
        text = ("US President Donald Trump spoke to reporters on Monday. "
                "Trump said that he did indicate to the Ukrainians that the aid was contingent on their addressing "
                "corruption but denied that he made any specific deal about the Bidens.\n")
        rows = rows_with_verb(events_of(text, dt.date(2019, 9, 30), "bidens", nlp=nlp, folder=tmp_path), "make")
        assert len(rows) == 1 and bool(rows["negated"].iloc[0]) and rows["reported_by"].iloc[0] == "Donald Trump"

    def test_a_disputed_negation_is_an_assertion_of_the_act(self, nlp, tmp_path):
        text = "Moscow denied on Monday that its troops had not withdrawn from the town.\n"
        rows = rows_with_verb(events_of(text, MOKHA_DAY, "double", nlp=nlp, folder=tmp_path), "withdraw")
        assert len(rows) == 1 and not bool(rows["negated"].iloc[0]) and rows["reported_by"].iloc[0] == "Moscow"

    def test_a_plain_report_keeps_its_polarity(self, nlp, tmp_path):
        text = "John Smith said on Monday that he had stolen the money from the charity.\n"
        rows = rows_with_verb(events_of(text, MOKHA_DAY, "said", nlp=nlp, folder=tmp_path), "steal")
        assert len(rows) == 1 and not bool(rows["negated"].iloc[0])
