"""A subject phrase that opens with "no" when the parser hangs "no" on a noun modifier (round events17,
toolkit/nlp/clauses.py): "there was no coronavirus pandemic hampering petitioning efforts" tells no
hampering.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-10-29 On the
campaign trail in the USA, September 2020 (the events17 audit; the rest of the corpus has no such
subject). "No organization immediately claimed credit" (wn_2020-01-06, event dev gold 7) stays negated.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.negation import negated

CYCLE = ("The party had the same access in 2016, but in that cycle there was no coronavirus pandemic hampering "
         "petitioning efforts.\n")


class TestNoOnANounModifier:
    """The hampering is negated; a plain "no" subject still negates its verb; a named subject does not."""

    def test_no_pandemic_hampers(self, nlp, tmp_path):
        events = events_of(CYCLE, dt.date(2020, 10, 29), "cycle", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "hamper"]["negated"].tolist() == [True]

    def test_no_organization_claimed(self, nlp):
        doc = nlp("No organization immediately claimed credit for the attack.")
        assert negated(next(t for t in doc if t.text == "claimed"))

    def test_a_coronavirus_pandemic_hampers(self, nlp):
        doc = nlp("A coronavirus pandemic hampered petitioning efforts.")
        assert not negated(next(t for t in doc if t.text == "hampered"))
