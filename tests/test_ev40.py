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


# Wikinews, 2019-07-20: US House of Representatives holds two Cabinet officers in criminal contempt of Congress.
BARR = ("People held in contempt of Congress are referred to the Department of Justice for potential criminal "
        "prosecution. As Attorney General, Barr leads the Department of Justice.\n")
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

    def test_control_they_within_its_paragraph(self, nlp, tmp_path):
        text = ("The talks ended on Friday.\n\n"
                "The two delegations met again on Monday. They signed a ceasefire agreement.\n")
        [row] = records_with_verb(_events(nlp, tmp_path, text), "sign")
        assert "delegations" in str(row["subject"]).lower()


class TestChargeHeldInThePresent:
    """A verb of charge in the simple present with the body it is over for object tells who holds the post."""

    def test_barr_leads_the_department(self, nlp, tmp_path):
        assert records_with_verb(_events(nlp, tmp_path, BARR), "lead") == []

    def test_control_a_past_act_of_leading(self, nlp, tmp_path):
        text = "On Monday, Barr led the Department of Justice's delegation to the talks.\n"
        assert len(records_with_verb(_events(nlp, tmp_path, text), "lead")) == 1


class TestRelativeDefinesAWay:
    """A relative clause "by which …" in the simple present or with "can" on a copula's complement defines."""

    def test_the_process_by_which_an_official_can_be_removed(self, nlp, tmp_path):
        assert records_with_verb(_events(nlp, tmp_path, PROCESS, day=dt.date(2019, 9, 25)), "remove") == []

    def test_control_a_past_act_at_which(self, nlp, tmp_path):
        text = "It was a tense meeting. That was the meeting at which the board removed the chief executive.\n"
        [row] = records_with_verb(_events(nlp, tmp_path, text), "remove")
        assert str(row["subject"]).lower().endswith("board")
