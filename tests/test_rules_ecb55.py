"""Round ecb55's rules, from the error rows of the ECB+ dev golds (rounds ecb52 to ecb55).

- A "he" or "she" with no person of that sex named before stands for no noun of the other sex ("convicted a
  27-year-old man of shooting dead his pregnant girlfriend … after she refused to get an abortion": not the man).
- "used to" with a passive infinitive tells a past state as the active one does ("The warehouse used to be used for
  produce"): no act.

"ECB" marks text of the ECB+ corpus's articles (ecb_45_7, ecb_13_12; Cybulska and Vossen, LREC 2014, CC BY 3.0). The
others are written for the tests.
"""

from __future__ import annotations

import datetime as dt

from conftest import records_headed_by, tables_of


class TestPronounsOfTheOtherSex:
    """A "she" is no man told of before, nor a "he" a woman."""

    def test_she_is_not_the_man(self, nlp, tmp_path):
        # ECB (ecb_45_7)
        text = ("A jury in eastern Oklahoma has convicted a 27-year-old man of shooting dead his pregnant girlfriend "
                "and her unborn baby after she refused to get an abortion.\n")
        events = tables_of(nlp, text, dt.date(2013, 9, 26), tmp_path).events
        rows = records_headed_by(events, "refuse")
        assert len(rows) == 1 and "man" not in str(rows[0]["subject"]).split()

    def test_he_is_not_the_woman(self, nlp, tmp_path):
        text = ("The court convicted a 30-year-old woman of fraud, and her lawyer appealed.\n\n"
                "The woman told the court she was innocent. He said the appeal would be heard in May.\n")
        events = tables_of(nlp, text, dt.date(2013, 9, 26), tmp_path).events
        assert all("woman" not in str(r["subject"]) for r in events.to_dict("records")
                   if r["sentence"].startswith("He said"))

    def test_control_she_is_the_woman(self, nlp, tmp_path):
        text = ("Police said a woman was arrested on Monday. The woman was driving a stolen car.\n\n"
                "She fled when officers approached.\n")
        events = tables_of(nlp, text, dt.date(2013, 9, 26), tmp_path).events
        rows = records_headed_by(events, "flee")
        assert len(rows) == 1 and rows[0]["subject"] == "the woman"


class TestPassiveUsedTo:
    """"used to be <participle>": a past state, as "used to <verb>" is."""

    def test_the_passive_infinitive_is_a_state(self, nlp, tmp_path):
        # ECB (ecb_13_12)
        text = "The fire was knocked down by 6:40 a.m.\n\nThe warehouse used to be used for produce sold out of one end.\n"
        events = tables_of(nlp, text, dt.date(2012, 8, 7), tmp_path).events
        assert not records_headed_by(events, "use")
        assert records_headed_by(events, "knock")

    def test_control_a_use_with_an_object(self, nlp, tmp_path):
        text = "Russia used drones to attack the city on Monday.\n"
        events = tables_of(nlp, text, dt.date(2025, 8, 6), tmp_path).events
        assert records_headed_by(events, "use")
