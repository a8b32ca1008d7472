"""A surname the model read as a common noun at the start of a sentence (round events17,
toolkit/nlp/surname_subjects.py): "Trump did minimal preparation, holding rallies instead. At this
time, he made critical remarks …": "trump" standing alone as the subject is the person named before,
and the "he" after it is his, not Biden's.

Real sentences of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-11-02 On the
campaign trail in the USA, October 2020 (the events17 audit; in the rest of the corpus no pronoun
after such a surname went astray).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

DEBATE = ("Polls at the start of the final full month on the campaign trail showed Democratic Party presidential "
          "nominee Joe Biden leading President Donald Trump, the Republican Party presidential nominee, in the "
          "RealClearPolitics average, 50.1 to 42.9 percent.\n\n"
          "Biden left the campaign trail to prepare for the debate. Trump did minimal preparation, holding rallies "
          "instead. At this time, he made critical remarks about National Institute of Allergy and Infectious "
          "Diseases director Dr. Anthony Fauci and posted footage on Twitter from a soon-to-be released 60 Minutes "
          "interview with Leslie Stahl, that Trump claimed was unfair.\n")


class TestSurnameFirstInItsSentence:
    """The bare first word is Donald Trump, and so is the "he" of the next sentence."""

    def test_the_pronoun_after_it(self, nlp, tmp_path):
        events = events_of(DEBATE, dt.date(2020, 11, 2), "debate", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "make"]["subject"].tolist() == ["Donald Trump"]

    def test_the_surname_itself(self, nlp, tmp_path):
        events = events_of(DEBATE, dt.date(2020, 11, 2), "debate", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "hold"]["subject"].tolist() == ["Donald Trump"]


class TestFirstWordOfAPhrase:
    """A capitalised first word heading a phrase is no bare surname."""

    def test_determined_noun(self, nlp):
        from toolkit.nlp.surname_subjects import stands_bare as _bare

        doc = nlp("Page 3 shows the results of the vote.")
        assert not _bare(doc[0])
