"""A body's name that opens with a capitalised adjective and "and" (round events17, toolkit/nlp/names.py):
"The Free and Equal Elections Foundation held two debates": the body is the whole name, not "Equal
Elections Foundation".

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no gold): wn_2020-11-02 On the campaign
trail in the USA, October 2020 (the events17 audit; the corpus names no other such body). The party
sentence is from wn_2020-04-07 US state of Wisconsin holds 2020 election amidst COVID-19 concerns.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

DEBATES = ("The Free and Equal Elections Foundation held two debates in October, attracting third party and "
           "independent candidates.\n")


class TestCapitalisedAdjectiveOpensTheName:
    """The foundation holds the debates under its full name."""

    def test_the_whole_name_holds(self, nlp, tmp_path):
        events = events_of(DEBATES, dt.date(2020, 11, 2), "debates", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "hold"]["subject"].tolist() == ["Free and Equal Elections Foundation"]


class TestAPeopleStaysApart:
    """"the Democratic and Republican Party's primary elections": two parties, not one name."""

    def test_two_parties(self, nlp):
        from toolkit.nlp.names import organisation_names

        doc = nlp("Wisconsin's elections included the Democratic and Republican Party's primary elections.")
        assert "Democratic and Republican Party" not in [s.text for s in organisation_names(doc, stop=frozenset())]
