"""Event rules of round events8: verbs that frame their content and predicates the stop list or the
passive rule left out, each checked on a real sentence of a Wikinews article (CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; from /work/shared/corpora/wikinews-2019-2020, none held
out, none in the validation gold or in the event dev gold 8): wn_2019-10-11 Indonesian security
minister Wiranto stabbed, wn_2020-09-30 On the campaign trail in the USA, August 2020; and, written
after its first score, wn_2019-03-15 Former Trump advisor, Paul Manafort, receives second sentence
(event dev gold 8); wn_2019-09-03 Kennedy assassin Sirhan Sirhan stabbed in California prison,
wn_2019-10-15 Kurds announce deal with Assad's government as Turkey invades Syria's northeast (tuned gold).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of
from toolkit.nlp.circumstances import passes_on_content

CONFIRMED = (
    "Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that two suspects were arrested.\n"
)


class TestVerbOfConfirming:
    """"confirmed that two suspects were arrested": a verb of confirming with a clause passes its
    content on, as "said" does; the content is the event, reported by the one who confirms; with
    an object of its own ("confirmed five new deaths") it stays an act."""

    def test_confirmed_is_no_event_and_its_content_is(self, nlp, tmp_path):
        events = events_of(CONFIRMED, dt.date(2019, 10, 11), "confirmed", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "confirm"].empty
        arrested = events[events["verb"] == "arrest"]
        assert len(arrested) == 1 and arrested.iloc[0]["reported_by"] == "Dedi Prasetyo"

    def test_confirmed_with_an_object_is_an_act(self, nlp):
        doc = nlp("Yesterday, Bangladesh has confirmed five new deaths due to COVID-19 on the day.")
        assert not passes_on_content(next(t for t in doc if t.text == "confirmed"), "confirm")


APPEARED = "Broadcast of the speech appeared on a screen at a drive-in viewing nearby at Frawley Stadium.\n"
APPEARED_TO_BE = "Police said the injuries appeared to be minor.\n"


class TestAppearWithoutComplement:
    """"appear" is a copula or a raising verb with a complement ("appeared to be minor") but an act
    of its own with none ("Broadcast of the speech appeared on a screen")."""

    def test_appeared_on_a_screen_is_an_event(self, nlp, tmp_path):
        events = events_of(APPEARED, dt.date(2020, 10, 29), "appeared", nlp=nlp, folder=tmp_path)
        appeared = events[events["verb"] == "appear"]
        assert len(appeared) == 1 and appeared.iloc[0]["subject"] == "Broadcast of the speech"

    def test_appeared_to_be_is_no_event(self, nlp, tmp_path):
        events = events_of(APPEARED_TO_BE, dt.date(2020, 10, 29), "appeared_to", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "appear"].empty


MANAFORT = (
    "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison and to also pay "
    "financial restitution to the Internal Revenue Service in the amount of US$6.16 million.\n\n"
    "In last week's action, another federal judge sentenced Manafort to a 47 month prison term. After his "
    "conviction in that case last summer, Manafort agreed to help with Robert Mueller's investigation. However, "
    "some months later, the judge in that case determined Manafort had lied and violated that deal.\n"
)


class TestIndefiniteDescription:
    """"another federal judge sentenced Manafort": a description with "a", "an" or "another" brings in
    someone new and is not the judge named before; a role word before a verb ("judge sentenced
    Manafort") is no title of the name after the verb, so "the judge" later is not Manafort."""

    def test_another_judge_is_not_the_judge_named_before(self, nlp, tmp_path):
        events = events_of(MANAFORT, dt.date(2019, 3, 15), "manafort", nlp=nlp, folder=tmp_path)
        sentenced = events[events["verb"] == "sentence"]
        assert list(sentenced["subject"]) == ["Amy Berman Jackson", "another federal judge"]

    def test_the_judge_is_not_the_one_sentenced(self, nlp, tmp_path):
        events = events_of(MANAFORT, dt.date(2019, 3, 15), "manafort2", nlp=nlp, folder=tmp_path)
        determined = events[events["verb"] == "determine"]
        assert len(determined) == 1 and determined.iloc[0]["subject"] != "Paul Manafort"


KENNEDY = (
    "Robert F. Kennedy was the brother of U.S. President John F. Kennedy, who had himself been assassinated in "
    "1963. Robert was killed in June 1968, while seeking the Democratic nomination for president.\n"
)


class TestBackgroundActivityAfterWhile:
    """"was killed in June 1968, while seeking the Democratic nomination": a participle after "while"
    with no subject tells what someone was doing at the time, the background of its clause, and is
    no event of its own; a verb of speaking or addressing there stays one ("while addressing the
    press")."""

    def test_while_seeking_is_no_event(self, nlp, tmp_path):
        events = events_of(KENNEDY, dt.date(2019, 9, 3), "kennedy", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "seek"].empty
        assert not events[events["verb"] == "kill"].empty

    def test_while_addressing_stays(self, nlp):
        from toolkit.nlp.circumstances import is_background_activity
        doc = nlp('Erdoğan cited Article 5 of the NATO treaty and said, "They need to stand by us", while addressing '
                  'the press yesterday.')
        assert not is_background_activity(next(t for t in doc if t.text == "addressing"))
