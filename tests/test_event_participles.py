"""Naming participles (round events15): "the elite group … called the Sea Org" names a group, a
reduced relative; the noun before it calls nothing. A past participle joined to a copula shares
its "be": "were ready … and displayed" is a passive. A trailing "causing" tells what the event
brought about, as "resulting in" does: the clause's subject causes nothing. A trailing participle
takes the modality of its clause: "is to be held …, selecting a design" is a plan.

Real sentence of a Wikinews article read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_defector and
GUM_news_warhol, GUM_news_hackers, GUM_news_stampede and GUM_news_flag, audited in bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

DEFECTOR = ("Recent reports have revealed that a defector from the elite group within Scientology called the Sea Org "
            "was first persuaded to travel back to a management building for the organization in California, where "
            "he was interrogated by an attorney for Scientology and then arrested.\n")


class TestNamingParticiple:
    """A participle that gives a noun as a name, with no object and no passive, is no act."""

    def test_nobody_calls(self, nlp, tmp_path):
        events = events_of(DEFECTOR, dt.date(2010, 10, 9), "defector", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "call"].empty

    def test_the_report_stays(self, nlp, tmp_path):
        events = events_of(DEFECTOR, dt.date(2010, 10, 9), "defector", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "reveal"].empty

    def test_an_adjective_is_a_result(self, nlp):
        from toolkit.nlp.participles import naming_participle

        doc = nlp("President Trump tested positive for SARS-CoV-2 within just days after traveling to Cleveland.")
        assert not naming_participle(next(t for t in doc if t.lower_ == "tested"))


POLAROIDS = "The Polaroids were ready in an instant and immediately displayed at the entry of the exhibit.\n"


class TestParticipleJoinedToCopula:
    """"The Polaroids were ready … and immediately displayed": the Polaroids were displayed, they
    displayed nothing."""

    def test_the_copula_subject_does_not_act(self, nlp, tmp_path):
        events = events_of(POLAROIDS, dt.date(2014, 1, 28), "polaroids", nlp=nlp, folder=tmp_path)
        display = events[events["verb"] == "display"]
        assert display.empty or display["subject"].isna().all()

    def test_a_participle_after_a_passive_keeps_its_agent(self, nlp):
        from toolkit.nlp.agents import agent_of

        doc = nlp("The suspect was arrested and charged by police on Sunday.")
        charged = next(t for t in doc if t.lower_ == "charged")
        assert agent_of(charged)[0].lower_ == "police"


ATTACKED = ("Wikinews has learned that according to an Internet posting made just over 24 hours ago, the Church of "
            "Scientology's website is being attacked by hackers, causing the site to shut down.\n")
STAMPEDE = ("The stampede began when luggage from a bus tripped pilgrims at the eastern end of the wall, causing a "
            "bottleneck.\n")


class TestCausingAsConsequence:
    """"…, causing the site to shut down": a consequence of the attack, no act of the website."""

    def test_nothing_causes(self, nlp, tmp_path):
        events = events_of(ATTACKED + "\n" + STAMPEDE, dt.date(2008, 1, 20), "causing", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "cause"].empty

    def test_the_clauses_stay(self, nlp, tmp_path):
        events = events_of(ATTACKED + "\n" + STAMPEDE, dt.date(2008, 1, 20), "causing", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "attack"].empty and not events[events["verb"] == "begin"].empty


REFERENDUM = ("The first referendum is to be held from November 20 to December 11, selecting a single new flag design "
              "out of about four finalists.\n")


class TestParticipleOfAPlan:
    """"is to be held …, selecting a single new flag design": the selecting is planned, "will"."""

    def test_the_participle_is_planned(self, nlp, tmp_path):
        events = events_of(REFERENDUM, dt.date(2015, 5, 7), "referendum", nlp=nlp, folder=tmp_path)
        select = events[events["verb"] == "select"]
        assert not select.empty and (select["modality"] == "will").all()

    def test_negation_stays_with_its_clause(self, nlp):
        from toolkit.nlp.negation import negated
        from toolkit.nlp.participles import participle_head

        doc = nlp("The minister did not attend the summit, citing illness.")
        citing = next(t for t in doc if t.lower_ == "citing")
        assert participle_head(citing).lower_ == "attend" and not negated(citing)
