"""Session 56's rules for descriptions of bodies, from the error rows of the ECB+ dev golds.

- "the company" opening its sentence after one whose main subject was a body named alone stands for that body, also
  where two bodies were named before ("AMD acquires SeaMicro …. AMD has made a $334 million bet …. On Wednesday
  afternoon, the company announced …").
- A role given to a name with a noun compounded before it is taken up with that noun ("Undersea cable operator Seacom
  announced …. The cable operator announced …").

"ECB" marks text of the ECB+ corpus's articles (ecb_43_13, ecb_30_1; Cybulska and Vossen, LREC 2014, CC BY 3.0). The
others are written for the tests.
"""

from __future__ import annotations

import datetime as dt

from conftest import records_headed_by, tables_of


class TestTheCompanyAfterItsSubject:
    """"the company" is the body the sentence before told of as its subject."""

    def test_the_subject_before(self, nlp, tmp_path):
        # ECB (ecb_43_13)
        text = ("AMD acquires SeaMicro to grab share of microserver market\n\n"
                "AMD has made a $334 million bet on the energy-efficient \"microserver\" market.\n\n"
                "On Wednesday afternoon, the company announced that they have reached a $334 million agreement, to "
                "purchase SeaMicro, a successful microserver manufacturer.\n")
        events = tables_of(nlp, text, dt.date(2012, 3, 1), tmp_path).events
        rows = records_headed_by(events, "announce")
        assert len(rows) == 1 and rows[0]["subject"] == "AMD"

    def test_control_two_bodies_in_the_sentence_before(self, nlp, tmp_path):
        text = ("AMD acquires SeaMicro to grab share of microserver market\n\n"
                "AMD has made a $334 million bet on SeaMicro, a microserver maker.\n\n"
                "On Wednesday afternoon, the company announced a new chip.\n")
        events = tables_of(nlp, text, dt.date(2012, 3, 1), tmp_path).events
        rows = records_headed_by(events, "announce")
        assert len(rows) == 1 and rows[0]["subject"] == "the company"

    def test_control_a_body_of_another_kind(self, nlp, tmp_path):
        text = ("Boeing and the Ministry of Transport met on Monday.\n\n"
                "The Ministry of Transport has opened an inquiry into the crash.\n\n"
                "On Wednesday, the company announced new checks.\n")
        events = tables_of(nlp, text, dt.date(2019, 3, 1), tmp_path).events
        rows = records_headed_by(events, "announce")
        assert len(rows) == 1 and "Ministry" not in rows[0]["subject"]


class TestCompoundedRoles:
    """"The cable operator" is the one named "cable operator Seacom" before."""

    def test_the_role_with_its_noun(self, nlp, tmp_path):
        # ECB (ecb_30_1)
        text = ("Undersea cable operator Seacom announced today that repairs have been completed on a broken cable off "
                "the coast of Egypt.\n\n"
                "The cable operator announced that it had restored services to its business customers via alternate "
                "routes on 14 October 2011.\n")
        events = tables_of(nlp, text, dt.date(2011, 11, 4), tmp_path).events
        rows = [r for r in records_headed_by(events, "announce") if r["sentence"].startswith("The cable")]
        assert len(rows) == 1 and rows[0]["subject"] == "Seacom"

    def test_control_a_role_given_to_no_one(self, nlp, tmp_path):
        text = ("Undersea cable maker Seacom announced today that repairs have been completed.\n\n"
                "The cable operator announced that it had restored services on Friday.\n")
        events = tables_of(nlp, text, dt.date(2011, 11, 4), tmp_path).events
        rows = [r for r in records_headed_by(events, "announce") if r["sentence"].startswith("The cable")]
        assert len(rows) == 1 and rows[0]["subject"] == "the cable operator"
