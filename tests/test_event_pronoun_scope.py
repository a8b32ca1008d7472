"""Whom a subject "they" can stand for (round events19, toolkit/nlp/actors.py): not the noun its own
relative clause describes ("the twists they saw": the twists saw nothing), and not the subject of a
clause reported through an adjective by a plural subject ("The researchers made sure the … environments
were anoxic …. They monitored growth …": they are the researchers or the environments' keepers, not
the environments), where the rule gives no subject rather than a wrong one.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-07-07 Astronomer
Anthony Boccaletti discusses observation of birth of potential exoplanet and wn_2020-12-25 Earth-based
life can survive in hydrogen-rich atmospheres (audited in round events19; the corpus outside the audit
has no other "they" so misread).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

TWISTS = ("The astronomers used the European Southern Observatory's Very Large Telescopes in Chile to study this "
          "system. Boccaletti told Wikinews the twists they saw in the protoplanetary disk of gas and dust could be "
          "the formation of either a humongous planet, bigger than Jupiter, the largest planet in the Solar System; "
          "or it could less likely be a star, or a brown dwarf.\n")

ANOXIC = ("The researchers made sure the anaerobic experiment environments were anoxic, and had installed oxygen "
          "sensors to report fluctuation in the oxygen level. They monitored growth of E. coli using optical density "
          "measurement, and they used a hæmocytometer for yeast.\n")


class TestRelativeClauseSubject:
    """The noun a relative clause describes is not that clause's "they"."""

    def test_the_twists_do_not_see(self, nlp, tmp_path):
        events = events_of(TWISTS, dt.date(2020, 7, 7), "twists", nlp=nlp, folder=tmp_path)
        assert (events[events["verb"] == "see"]["subject"] != "the twists").all()


class TestContentThroughAnAdjective:
    """The subject of a clause after "made sure" is content, not what a later "they" stands for."""

    def test_the_environments_do_not_monitor(self, nlp, tmp_path):
        events = events_of(ANOXIC, dt.date(2020, 12, 25), "anoxic", nlp=nlp, folder=tmp_path)
        acts = events[events["verb"].isin(["monitor", "use"])]
        assert not acts["subject"].fillna("").str.contains("environments").any()
