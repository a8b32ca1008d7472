"""The fourteenth event dev gold (``tests/data/gold/wikinews-events-dev14``) and the rules mended on it (round ``ev40``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Nevada's majority-female legislature,
the House holds two Cabinet officers in contempt, Pelosi announces an impeachment inquiry, the WHO declares COVID-19
a pandemic, Caloundra defeat Wynnum at rugby union, the wrestler Jon Huber dies): Wikinews, CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org". The first class checks the gold is well formed; the others assert a
property of the extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import check_event_gold, events_of, records_with_verb

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev14"


class TestFourteenthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=62)


def _events(nlp, tmp_path, text, day=dt.date(2019, 7, 20)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


# Wikinews, 2019-09-25: US Speaker Pelosi announces Trump impeachment investigation.
PROCESS = ("Impeachment is the process by which a federal official, including the president, can be removed from "
           "office by Congress.\n")
# White House, 2025-02-18, remarks by President Trump after an executive order signing (seeds/whitehouse-ukraine,
# public domain): the two paragraphs around the slip the lead found.
NATO = ("So, you know, people are tired of it. People want to see something happen.\n\n"
        "And, you know, the other thing that — it’s been bothering me for a long time, because I di- — I solved the "
        "problem with NATO. They paid hundreds of billions of dollars into the funds of NATO when I said, “You got to "
        "pay,” because the United States was paying for European countries, and then they take advantage of us on "
        "trade.\n")


class TestPluralPronounStaysInItsParagraph:
    """A "they" past its paragraph's first sentence does not reach back into the paragraph before for a subject."""

    def test_they_is_not_the_people_of_the_paragraph_before(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, NATO, day=dt.date(2025, 2, 18))
        assert not [r for r in events.to_dict("records") if str(r["subject"]).lower() == "people"
                    and r["verb"] in ("pay", "take", "take advantage")]

    def test_control_they_opening_a_paragraph_goes_on(self, nlp, tmp_path):
        text = ("The protesters marched to the parliament on Monday.\n\n"
                "They blocked the main road for three hours.\n")
        [row] = records_with_verb(_events(nlp, tmp_path, text), "block")
        assert "protesters" in str(row["subject"]).lower()

    def test_control_they_after_a_speaker_label(self, nlp, tmp_path):
        # Wikinews, 2020-05-22 (Astronomer tells Wikinews about discovery of closest black hole known so far)
        text = ("((RS)) How close do these stars get?\n\n"
                "((Thomas Rivinius)) Since the orbit is circular, they will always stay at the same distance.\n")
        [row] = records_with_verb(_events(nlp, tmp_path, text, day=dt.date(2020, 5, 22)), "stay")
        assert "stars" in str(row["subject"])

    def test_control_they_within_its_paragraph(self, nlp, tmp_path):
        text = ("The talks ended on Friday.\n\n"
                "The two delegations met again on Monday. They signed a ceasefire agreement.\n")
        [row] = records_with_verb(_events(nlp, tmp_path, text), "sign")
        assert "delegations" in str(row["subject"]).lower()


class TestRelativeDefinesAWay:
    """A relative clause "by which …" in the simple present or with "can" on a copula's complement defines."""

    def test_the_process_by_which_an_official_can_be_removed(self, nlp, tmp_path):
        assert records_with_verb(_events(nlp, tmp_path, PROCESS, day=dt.date(2019, 9, 25)), "remove") == []

    def test_control_a_past_act_at_which(self, nlp, tmp_path):
        text = "It was a tense meeting. That was the meeting at which the board removed the chief executive.\n"
        [row] = records_with_verb(_events(nlp, tmp_path, text), "remove")
        assert str(row["subject"]).lower().endswith("board")


# Wikinews, 2019-07-20: US House of Representatives holds two Cabinet officers in criminal contempt of Congress.
JUNE = ("Saturday, July 20, 2019\n\nBarr and Ross, however, refused to hand over the documents. On June 12, minutes "
        "before the Oversight Committee voted to refer them to the full House to be held in contempt, Trump formally "
        "claimed the documents were subject to executive privilege.\n")
# Wikinews, 2020-08-25: Caloundra defeat Wynnum in fourth round of 2020 Sunshine Coast Rugby Union season.
RUGBY = ("Caloundra defeated Wynnum 45 points to 24 in their Round 4 Sunshine Coast Rugby Union match at Wynnum's "
         "Grenada Street ground on Saturday.\n\n"
         "\"It's a better performance than what we put on last week\", Wynnum coach Matt Myers said. \"We're a forty "
         "or fifty minute team at the moment, not an eighty minute team.\" Caloundra opened the game with two tries "
         "before Wynnum hit back with a couple of tries of their own.\n")


class TestTimeBeforeAClauseOfTime:
    """A time put first and set off by a comma before a clause of time the parser hung it on dates the main clause."""

    def test_the_claim_was_on_june_12(self, nlp, tmp_path):
        [row] = records_with_verb(_events(nlp, tmp_path, JUNE), "claim")
        assert row["date"] == "2019-06-12"

    def test_control_a_time_inside_the_clause_of_time(self, nlp, tmp_path):
        text = ("Minutes before the committee voted on June 12, Trump formally claimed the documents were subject to "
                "executive privilege.\n")
        [row] = records_with_verb(_events(nlp, tmp_path, text), "claim")
        assert row["date"] != "2019-06-12"


class TestQuotedTimesLeaveTheDay:
    """A time inside quotation marks is the speaker's: it neither sets nor ends the day a paragraph goes on telling."""

    def test_the_game_was_opened_on_saturday(self, nlp, tmp_path):
        [row] = records_with_verb(_events(nlp, tmp_path, RUGBY, day=dt.date(2020, 8, 25)), "open")
        assert row["date"] == "2020-08-22"

    def test_control_a_narrated_time_ends_the_day(self, nlp, tmp_path):
        text = RUGBY.replace("\"It's a better performance than what we put on last week\", Wynnum coach Matt Myers "
                             "said.", "Last week, Wynnum lost to Noosa.")
        [row] = records_with_verb(_events(nlp, tmp_path, text, day=dt.date(2020, 8, 25)), "open")
        assert row["date"] != "2020-08-22"


# Wikinews, 2019-02-07: Nevada becomes first state in U.S. with majority-female legislature.
SPEARMAN = ("State Senator Patricia Ann Spearman remarked, \"It's been a long, hard fight,\" further remarking, "
            "\"Women in Nevada have said, 'It's time to do away with the patriarchy that that holds people down. It's "
            "just time to do away with it.'\" Democrat Spearman, a minister and former Army colonel, was first elected "
            "to the state senate in 2012 when she was about 57.\n")


class TestSentenceAfterNestedQuotation:
    """A stop, a closing single mark and a closing double mark, then a capital, end the sentence."""

    def test_the_election_is_its_own_sentence(self, nlp):
        doc = nlp(SPEARMAN)
        [sent] = [s for s in doc.sents if "elected" in s.text]
        assert sent.text.startswith("Democrat Spearman")

    def test_control_a_quotation_closed_by_one_mark_with_its_speaker(self, nlp):
        doc = nlp("\"We were able to turn the momentum around after their first two\", Myers said. \"They had it all "
                  "over us.\"\n")
        [sent] = [s for s in doc.sents if "Myers" in s.text]
        assert "momentum" in sent.text


class TestPartyBeforeSurname:
    """A party word the model labelled NORP before a surname of one named earlier describes; the surname is that person."""

    def test_democrat_spearman_was_elected(self, nlp, tmp_path):
        [row] = records_with_verb(_events(nlp, tmp_path, SPEARMAN, day=dt.date(2019, 2, 7)), "elect")
        assert row["object"] == "Patricia Ann Spearman" and row["date"] == "2012"

    def test_control_a_capitalised_given_name_before(self, nlp, tmp_path):
        text = ("State Senator Patricia Ann Spearman spoke on Monday. Later, Peter Spearman was elected to the city "
                "council.\n")
        rows = records_with_verb(_events(nlp, tmp_path, text, day=dt.date(2019, 2, 7)), "elect")
        assert not [r for r in rows if r["object"] == "Patricia Ann Spearman"]


# Wikinews, 2019-07-20: US House of Representatives holds two Cabinet officers in criminal contempt of Congress.
SUBPOENAS = ("In April, the House Oversight and Reform Committee authorized subpoenas for documents relating to the "
             "administration's decision to try to add a question about citizenship to the census, attempting to "
             "discern the true reason for the addition of the citizenship question.\n")


class TestParticipleOfTryingIsAPurpose:
    """A participle of trying with an infinitive, set off after an act, tells what the act was for."""

    def test_attempting_to_discern(self, nlp, tmp_path):
        events = _events(nlp, tmp_path, SUBPOENAS)
        assert records_with_verb(events, "attempt") == [] and len(records_with_verb(events, "authorize")) == 1

    def test_control_after_a_copula_it_is_the_act(self, nlp, tmp_path):
        # Wikinews, 2019-08-20 (events-dev12): the participle after "had been in the lions' area" is the act
        text = ("Van Biljon had been in the lions' area, attempting to mend a fence at the time, according to local "
                "news media.\n")
        assert len(records_with_verb(_events(nlp, tmp_path, text), "attempt")) == 1


# Wikinews, 2019-07-20: US House of Representatives holds two Cabinet officers in criminal contempt of Congress.
KUPEC = ("Commerce Secretary Wilbur Ross refused to hand over the documents. Kerri Kupec, spokeswoman for the Trump "
         "administration's Department of Justice, sharply criticized the House's decision, which Ross has referred to "
         "as \"gamesmanship\" and a \"stunt\".\n")


class TestReferToAsNames:
    """"refer to … as …" with a subject of its own is a naming, a speech act; without "as", or in the passive, not."""

    def test_ross_referred_to_the_decision_as_gamesmanship(self, nlp, tmp_path):
        [row] = records_with_verb(_events(nlp, tmp_path, KUPEC), "refer")
        assert row["subject"] == "Wilbur Ross" and row["kind"] == "speech act"

    def test_control_known_as_and_passed_on(self, nlp, tmp_path):
        text = ("The agreement is often referred to as the Minsk deal. The judge referred to the report in his "
                "ruling.\n")
        assert records_with_verb(_events(nlp, tmp_path, text), "refer") == []
