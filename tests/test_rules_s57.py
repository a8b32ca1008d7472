"""Session 57's rules, from the error rows of the dev golds.

- A participle of an act after a report told after its content goes on from the content ("A strong 6.1-magnitude
  earthquake struck … on Tuesday, the US Geological Survey said, sending people running into the streets"): its
  doer is the content's subject, it is part of what the source reports, and it takes the content's date; a
  participle of speaking stays the speaker's ("…, police said, adding that nobody was hurt").

"ECB" marks text of the ECB+ corpus's articles (ecb_37_11; Cybulska and Vossen, LREC 2014, CC BY 3.0). The others
are written for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import records_headed_by, tables_of
from toolkit.nlp.agents import agent_of


class TestParticipleAfterAReportTail:
    """"X did Y, officials said, doing Z": X does Z, as the officials report."""

    @pytest.mark.parametrize("text, verb, doer, source", [
        # ECB (ecb_37_11)
        ("A strong 6.1-magnitude earthquake struck the northwestern Indonesian province of Aceh on Tuesday, the US "
         "Geological Survey said, sending people running into the streets in panic.", "send",
         "a strong 6.1-magnitude earthquake", "US Geological Survey"),
        ("The storm hit the coast overnight, officials said, killing at least 12 people.", "kill", "the storm",
         "officials"),
        ("Rebels shelled the airport on Monday, the army reported, forcing flights to turn back.", "force", "rebels",
         "army"),
    ])
    def test_the_content_does_it(self, nlp, tmp_path, text, verb, doer, source):
        events = tables_of(nlp, text, dt.date(2013, 7, 2), tmp_path).events
        rows = records_headed_by(events, verb)
        assert len(rows) == 1
        assert rows[0]["subject"].lower() == doer.lower()
        assert source.lower() in str(rows[0]["reported_by"]).lower()

    def test_it_takes_the_contents_date(self, nlp, tmp_path):
        text = ("A strong earthquake struck Aceh province on Tuesday, the US Geological Survey said, sending people "
                "running into the streets.")
        events = tables_of(nlp, text, dt.date(2013, 7, 4), tmp_path).events
        assert records_headed_by(events, "send")[0]["date"] == records_headed_by(events, "strike")[0]["date"] \
            == "2013-07-02"

    def test_control_a_participle_of_speaking_is_the_speakers(self, nlp):
        doc = nlp("The fire broke out at 3 a.m. on Sunday, police said, adding that nobody was hurt.")
        adding = next(t for t in doc if t.lower_ == "adding")
        assert adding.head.lower_ == "said"  # (the parse the rule reads)
        assert agent_of(adding)[0].lower_ == "police"
        sending = nlp("The storm hit the coast overnight, officials said, killing at least 12 people.")
        participle = next(t for t in sending if t.lower_ == "killing")
        assert participle.head.lower_ == "said" and agent_of(participle)[0].lower_ == "storm"
