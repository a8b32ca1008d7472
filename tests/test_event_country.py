"""Event rule of round events12: "US", the country, is no pronoun "us". Checked on real sentences of
Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold): wn_2019-01-23
Germany bans Mahan Air of Iran citing security (entity dev gold 5), wn_2020-11-02 On the campaign
trail ….
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

ENCOURAGING = "The US has been encouraging allies such as Germany to restrict Mahan's operations.\n"
CALLED_ON = (
    "Carroll called on the US to end its involvement in foreign wars worldwide and to stop paying for wars on a "
    "credit card.\n"
)


class TestCountryIsNoPronoun:
    """"The US has been encouraging allies": the tagger reads "US" as a proper noun (NNP), and its
    lower case "us" is no first-person pronoun to be given to the speaker of an interview turn."""

    def test_the_tagger_reads_a_proper_noun(self, nlp):
        doc = nlp(ENCOURAGING)
        assert doc[1].text == "US" and doc[1].tag_ == "NNP"

    def test_the_country_is_the_subject(self, nlp, tmp_path):
        events = events_of(ENCOURAGING, dt.date(2019, 1, 23), "mahan", nlp=nlp, folder=tmp_path)
        encourage = events[events["verb"] == "encourage"]
        assert list(encourage["subject"]) == ["United States"]

    def test_the_country_is_the_object(self, nlp, tmp_path):
        events = events_of(CALLED_ON, dt.date(2020, 11, 2), "carroll", nlp=nlp, folder=tmp_path)
        call = events[events["verb"] == "call on"]  # (a demand made of someone keeps its "on", round wire33)
        assert len(call) == 1 and call.iloc[0]["object"] == "United States"
