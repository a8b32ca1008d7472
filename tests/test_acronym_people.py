"""A word of two to four capitals alone is no person: a body written by its initials, or a title.

Real sentences from Wikinews (CC BY 2.5, Wikinews contributors, en.wikinews.org): the interview with Dorsa
Derakhshani (2020-04-14: "my TED talk", PERSON before), the rally in Washington (2020-12-15: "#MAGA" MAGA stands for
Make America Great Again", PERSON), the interview with sex workers in Mysore (2020-10-18: "[local MLA]", PERSON),
the B-17 crash in Connecticut (2019-10-03: "at 9:54 a.m. ET", PERSON). Controls: a person the text names by
initials ("MBS") and a name shouted in capitals stay people.
"""

from __future__ import annotations

from conftest import ents_of, labels_of

TED = "So I did receive questions about my TED talk and to me it seemed like they simply wanted to understand the topic."
MAGA = "MAGA stands for Make America Great Again — a slogan commonly used by Trump and his supporters."
MLA = "Ramdas [local MLA] and ministry of health gave us ration kits in the lockdown."
ET = "The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) on Wednesday."
MBS = "Mohammed bin Salman met Trump in Riyadh on Tuesday. MBS said the talks had gone well."


def _labels(nlp, text):
    return dict(ents_of(nlp, text))


class TestAcronymsOffPeople:
    """"TED", "MAGA": bodies; "MLA": a post; "ET": a time zone."""

    def test_bodies_by_initials(self, nlp):
        assert _labels(nlp, TED).get("TED") == "ORG"
        assert _labels(nlp, MAGA).get("MAGA") != "PERSON"

    def test_a_title_is_no_one(self, nlp):
        assert "MLA" not in _labels(nlp, MLA)

    def test_a_time_zone_is_no_one(self, nlp):
        assert "ET" not in labels_of(nlp, ET)

    def test_a_person_named_by_initials_stays(self, nlp):
        assert _labels(nlp, MBS).get("MBS") == "PERSON"
