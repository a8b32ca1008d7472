"""Which "by" phrase names a passive's agent (round events15): of several, the one naming a person
or a body ("was defeated by 10,694 votes by James To"); with none on the verb, a named one the
parser hung on a noun of the clause ("was banned from conducting public worship at archeological
sites by the Greek Ministry of Culture").

Real sentences of Wikinews articles read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_election and
GUM_news_worship, audited in bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MARGIN = ("Pro-Beijing DAB's Starry Lee and Holden Chow were successfully elected in this constituency, while "
          "pro-Beijing veteran politician Wong Kwok-hing of FTU was defeated by 10,694 votes by James To.\n")
STRANDED = ("Prior to the ruling, the religion was banned from conducting public worship at archeological sites by the "
            "Greek Ministry of Culture.\n")


class TestMarginIsNoAgent:
    """"defeated by 10,694 votes by James To": the votes are the margin, James To the agent."""

    def test_the_named_by_phrase_is_the_agent(self, nlp, tmp_path):
        events = events_of(MARGIN, dt.date(2016, 9, 9), "election", nlp=nlp, folder=tmp_path)
        defeat = events[events["verb"] == "defeat"]
        assert not defeat.empty and (defeat["subject"] == "James To").all()


class TestByPhraseOnANoun:
    """"banned … at archeological sites by the Greek Ministry of Culture": the ministry banned."""

    def test_the_ministry_bans(self, nlp, tmp_path):
        events = events_of(STRANDED, dt.date(2006, 3, 27), "worship", nlp=nlp, folder=tmp_path)
        ban = events[events["verb"] == "ban"]
        assert not ban.empty and ban["subject"].fillna("").str.contains("Ministry").all()

    def test_a_place_beside_a_noun_is_no_agent(self, nlp):
        from toolkit.nlp.clauses import agent_phrase

        doc = nlp("The body was found in a car by the river on Sunday.")
        assert agent_phrase(next(t for t in doc if t.lower_ == "found")) is None
