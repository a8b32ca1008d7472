"""What a thing comes with (round events19, toolkit/nlp/possessions.py): "X comes with Y" in the simple
present, with a thing for subject, says what X includes or entails, a state and no event; people who come
with something, and a past "came with", are left to the other rules.

Real sentences: a White House proclamation (public domain; /work/shared/corpora/whitehouse-2025,
presidential-actions 2025-05-12, Peace Officers Memorial Day and Police Week) and a Wikinews article (CC BY
2.5, credit "Wikinews contributors, en.wikinews.org"; wn_2020-11-17 Wikinews discusses DRM and DMCA with
Richard Stallman, audited in round events19).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

OATH = ("The oath to serve and protect comes with extraordinary risk and sacrifice, and we are indebted to those who "
        "choose this righteous profession.\n")

INTERPRETER = ("youtube-dl comes with a small JavaScript interpreter where it acts as a web-browser would behave while "
               "receiving video data from the server.\n")


class TestAThingComesWith:
    """No row for what a thing comes with."""

    def test_the_oath(self, nlp, tmp_path):
        events = events_of(OATH, dt.date(2025, 5, 12), "oath", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty

    def test_the_interpreter(self, nlp, tmp_path):
        events = events_of(INTERPRETER, dt.date(2020, 11, 17), "interpreter", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "come"].empty
