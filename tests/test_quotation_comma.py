"""A straight quotation mark typed against the comma that introduces it (round events15):
`Wilkins said," [Warhol] liked the way …".` opens a quotation, since none is open for it to close;
the words inside are the speaker's and report no event of the narrative.

Real sentences of Wikinews articles read through GUM's news documents (text CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org"; tests/data/gold/gum-news, GUM_news_warhol and
GUM_news_flag, audited in bench/audit/events15.tsv).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.quotation_marks import quotation_spans

LIKED = "Wilkins said,\" [Warhol] liked the way photo booths and the Polaroid's front flash looked\".\n"
SCHOOLS = ("Professor Burrows also said resources and kits would be accessible for schools and communities,\" For "
           "example, schools can run their own flag discussions and referendums to mirror the formal process as part "
           "of their own learning exercise\".\n")


class TestMarkAgainstTheComma:
    """`said," [Warhol] liked …".`: the quotation runs from the mark after the comma to the next."""

    def test_the_quotation_is_found(self):
        spans = quotation_spans(LIKED)
        assert [LIKED[s.start:s.end].strip() for s in spans] == [
            "[Warhol] liked the way photo booths and the Polaroid's front flash looked"]

    def test_the_quoted_words_are_no_event(self, nlp, tmp_path):
        events = events_of(LIKED + "\n" + SCHOOLS, dt.date(2014, 1, 28), "comma", nlp=nlp, folder=tmp_path)
        narrative = events[~events["quoted"]]
        assert narrative[narrative["verb"].isin(["like", "run"])].empty

    def test_a_closing_mark_after_a_comma_still_closes(self):
        text = '"We will win," President Trump said on Monday.'
        assert [text[s.start:s.end] for s in quotation_spans(text)] == ["We will win,"]
