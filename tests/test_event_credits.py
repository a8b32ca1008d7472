"""Picture credits (rounds events14, events15): a line that ends in a picture's credit ("… Image:
Nicholas Moreau.") is a caption, whatever punctuation closes it, and reports no event.

Real lines of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, not held out, in no gold; audited as "events14
audit"): wn_2019-03-25 Fur fans flock to Toronto's Furnal Equinox 2019.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

FURSUITERS = ("Last year, Furnal Equinox raised funds for a farm animal sanctuary.\n\n"
              "Fursuiter assembled for a 360° photo Image: Nicholas Moreau.\n\n"
              "Don't Hug Cacti fursuit owner prepare for a photo Image: Nicholas Moreau.\n")


class TestCaptionWithACredit:
    """"Fursuiter assembled for a 360° photo Image: Nicholas Moreau.": the credit marks the line
    as a picture's caption; the sentence before it stays an event."""

    def test_the_captions_report_nothing(self, nlp, tmp_path):
        events = events_of(FURSUITERS, dt.date(2019, 3, 25), "fursuiters", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].str.startswith(("assemble", "prepare"))].empty

    def test_running_text_stays(self, nlp, tmp_path):
        events = events_of(FURSUITERS, dt.date(2019, 3, 25), "fursuiters", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "raise"].empty

    def test_a_sentence_naming_a_photo_is_no_credit(self):
        from toolkit.nlp.credits import ends_in_credit

        assert not ends_in_credit("The photographer said the image was taken on Monday.")
        assert ends_in_credit("Dakota, a deer. Image: Nicholas Moreau.")


# Round events15: GUM's news documents (Wikinews text, CC BY 2.5, credit "Wikinews contributors,
# en.wikinews.org"; tests/data/gold/gum-news, GUM_news_nasa and GUM_news_warhol).
LONG_CAPTIONS = (
    "NASA Administrator Charles Bolden announces where four space shuttle orbiters will be permanently displayed at "
    "the conclusion of the Space Shuttle Program during an event commemorating the 30th anniversay of the first "
    "shuttle launch on April 12, 2011. Image: NASA Bill Ingalls.\n\n"
    "Portrait shot of Dennis Hopper, famous for his role in the 1969 film Easy Rider, amongst the Warhol Polaroids "
    "donated to USI by the Andy Warhol Foundation for the Visual Arts. Image: Andy Warhol.\n\n"
    "NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy Space Center (KSC) in "
    "Cape Canaveral, Florida.\n")


class TestLongCaptionWithACredit:
    """A caption of one or two long sentences before its credit is still a caption, and so is one
    whose verb the tagger took for a noun's ("Portrait shot of …, amongst the Polaroids donated …")."""

    def test_the_captions_report_nothing(self, nlp, tmp_path):
        events = events_of(LONG_CAPTIONS, dt.date(2011, 4, 13), "captions", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["announce", "donate", "display", "shoot"])].empty

    def test_running_text_stays(self, nlp, tmp_path):
        events = events_of(LONG_CAPTIONS, dt.date(2011, 4, 13), "captions", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "celebrate"].empty
