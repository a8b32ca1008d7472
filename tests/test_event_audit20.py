"""Round events20: rules from an audit of fresh wire-style Wikinews reports (bench/audit/events20.tsv).

A "neither … nor" that joins the modifiers of a subject denies the act as one on the subject does
("neither US nor British authorities delivered …"); a past joined to a verb under a modal shares
no modal ("would have faced impeachment … but resigned": he resigned).

Real sentences of Wikinews articles of /work/shared/corpora/wikinews-2019-2020 (not held out; text
CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"). Where the corpus has no other sentence
of the kind, the test uses the audited one.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# wn_2019-10-17 Hundreds arrested for dark web child porn by international task force (audited)
NEITHER = ("Despite the lengthy lists provided, neither US nor British authorities delivered a complete list of the "
           "38 countries they said were involved.\n")


class TestNeitherOnModifiers:
    """"neither US nor British authorities delivered …": no authorities delivered the list."""

    def test_the_delivery_is_negated(self, nlp, tmp_path):
        events = events_of(NEITHER, dt.date(2019, 10, 17), "neither", nlp=nlp, folder=tmp_path)
        delivered = events[events["verb"] == "deliver"]
        assert not delivered.empty and delivered["negated"].all()


# wn_2019-09-25 US Speaker Pelosi announces Trump impeachment investigation (audited)
NIXON = ("A third president, Richard Nixon, would have faced impeachment over the Watergate scandal but resigned "
         "before any impeachment vote.\n")


class TestPastConjunctOfAModal:
    """"would have faced impeachment … but resigned": the facing is counterfactual, the resigning done."""

    def test_the_resignation_is_a_fact(self, nlp, tmp_path):
        events = events_of(NIXON, dt.date(2019, 9, 25), "nixon", nlp=nlp, folder=tmp_path)
        resigned = events[events["verb"] == "resign"]
        assert not resigned.empty and resigned["modality"].isna().all()

    def test_the_facing_keeps_its_modal(self, nlp, tmp_path):
        events = events_of(NIXON, dt.date(2019, 9, 25), "nixon", nlp=nlp, folder=tmp_path)
        faced = events[events["verb"] == "face"]
        assert not faced.empty and (faced["modality"] == "would").all()
