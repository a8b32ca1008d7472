"""Findings (round events19, toolkit/nlp/findings.py): a study, its data or a document that shows,
mentions or notes a clause does nothing; the clause is the news, reported by the thing.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-06-11
Police arrest twelve after explosives kill jackal in Tamil Nadu, India; wn_2020-04-30 Neuroscientists
tell Wikinews about empathy and harm aversion observed in lab rats and wn_2020-11-17 Wikinews
discusses DRM and DMCA with Richard Stallman (audited texts of round events19: the corpus has no
other "-ment" noun that mentions a clause, nor a content of "showed" hung as an adverbial clause).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

TAXA = ("One study in the Journal of Threatened Taxa from March noted authorities seized 126 skins, eight tails, "
        "16 skulls and two live jackals from 2013 to 2019.\n")

OBSERVATIONS = ("The observations showed without the active ACC due to muscimol, the active rats in the test group "
                "were no longer averse to harming the victim rats, but degree of harm aversion did not drop in the "
                "control group rats.\n")

REVEALED = ("If the actor rats were previously exposed to the shocks, their degree of harm aversion for others was "
            "heightened, the study revealed.\n")

ANNOUNCEMENT = ("The announcement also mentioned GitHub Trust and Safety team would treat developer's tickets as a "
                "\"top priority\".\n")

IMPORTANCE = ("The study also revealed the importance of the anterior cingulate cortex (ACC) region of the rat's "
              "brain for harm aversion.\n")


def _events(text, nlp, folder, name):
    return events_of(text, dt.date(2020, 6, 11), name, nlp=nlp, folder=folder)


class TestAThingPassesItsContentOn:
    """No row for the thing's showing; the content keeps the thing as its source."""

    def test_a_study_notes_a_seizure(self, nlp, tmp_path):
        events = _events(TAXA, nlp, tmp_path, "taxa")
        assert events[events["verb"] == "note"].empty
        seized = events[events["verb"] == "seize"]
        assert not seized.empty and seized["reported_by"].str.contains("study").all()

    def test_content_hung_as_an_adverbial_clause(self, nlp, tmp_path):
        events = _events(OBSERVATIONS, nlp, tmp_path, "observations")
        assert events[events["verb"] == "show"].empty
        drop = events[events["verb"] == "drop"]  # the content's conjunct, reported by the observations
        assert not drop.empty and (drop["reported_by"] == "the observations").all() and drop["negated"].all()

    def test_a_noun_of_action_mentions(self, nlp, tmp_path):
        events = _events(ANNOUNCEMENT, nlp, tmp_path, "announcement")
        assert events[events["verb"] == "mention"].empty
        assert not events[events["verb"] == "treat"].empty


class TestActsOfTheThingStay:
    """A thing that reveals (makes known) keeps its row, with a clause or an object of its own."""

    def test_revealed_a_clause(self, nlp, tmp_path):
        events = _events(REVEALED, nlp, tmp_path, "revealed")
        assert not events[events["verb"] == "reveal"].empty

    def test_revealed_the_importance(self, nlp, tmp_path):
        events = _events(IMPORTANCE, nlp, tmp_path, "importance")
        assert not events[events["verb"] == "reveal"].empty
