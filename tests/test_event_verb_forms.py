"""Words tagged as verbs that no verb group can hold (round events19, toolkit/nlp/verb_forms.py): an
"-ing" word after "have" alone is its noun object ("a door that has writing"), and a prefix the
tokenizer split off a verb and the parse hung on it ("re-enabled") is part of that verb; neither gives a
row. A prefix that carries the clause ("Conyers co-founded …") keeps it.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-11-17 Wikinews
discusses DRM and DMCA with Richard Stallman (audited in round events19; the corpus outside the audit
has no other such word read as a verb) and wn_2019-10-28 Former US Representative John Conyers dies at
age 90.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

DOOR = ("It borrowed an analogy of Doors of Durin from J. R. R. Tolkien's Lord of the Rings for explanation: "
        "travelers come upon a door that has writing in a foreign language.\n")

REENABLED = ("On November 16, code-sharing and hosting service GitHub re-enabled the public access to youtube-dl "
             "repository, a software which can download videos from the internet via the command-line.\n")

CONYERS = "In 1971, Conyers co-founded the Congressional Black Caucus.\n"


class TestHaveWithAnIngWord:
    """"has writing": the verb "have" and a noun, no act of writing."""

    def test_the_door_writes_nothing(self, nlp, tmp_path):
        events = events_of(DOOR, dt.date(2020, 11, 17), "door", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "write"].empty


class TestPrefixBeforeAHyphen:
    """A split prefix hung on its verb gives no row; the verb's row stays."""

    def test_re_is_no_verb(self, nlp, tmp_path):
        events = events_of(REENABLED, dt.date(2020, 11, 17), "reenabled", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "re"].empty
        assert not events[events["verb"] == "enable"].empty

    def test_a_prefix_carrying_the_clause_stays(self, nlp, tmp_path):
        events = events_of(CONYERS, dt.date(2019, 10, 28), "conyers", nlp=nlp, folder=tmp_path)
        assert not events[events["subject"] == "Conyers"].empty
