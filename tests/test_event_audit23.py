"""Round events23: rules from an audit of fresh wire-style Wikinews articles (bench/audit/events23.tsv).

"When the royal council met, they chose …": a body named by its head noun, the subject of a fronted
clause of time, is the "they" of the main clause.

Real sentences of the corpora in /work/shared/corpora (Wikinews, CC BY 2.5, credit "Wikinews
contributors, en.wikinews.org"), outside the audited texts where the corpora have one (the corpora have
no other fronted clause whose singular body a "they" takes up).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

COUNCIL = ("If they could not do so, the council and other leaders would open a sealed letter from Qaboos naming "
           "his preferred successor. When the royal council met, they chose to open the letter and acknowledged "
           "Qaboos's cousin, Haitham, as the new Sultan.\n")


class TestFrontedBody:
    """A body that is the subject of a fronted "when" clause is the main clause's "they"."""

    def test_they_is_the_council_that_met(self, nlp, tmp_path):
        events = events_of(COUNCIL, dt.date(2020, 1, 12), "council", nlp=nlp, folder=tmp_path)
        chose = events[events["verb"].isin(["choose", "acknowledge"])]
        assert len(chose) == 2
        assert (chose["subject"] == "the royal council").all()

    def test_a_singular_verb_keeps_it_one_thing(self, nlp):
        from toolkit.nlp.actors import _collective_body

        doc = nlp("When the committee was formed, they objected.")
        council = next(t for t in doc if t.lower_ == "committee")
        assert not _collective_body(council, council.head)
