"""A map's legend (round events17, toolkit/nlp/credits.py): a line that opens with a colour swatch
("██ Territory claimed by the Republic of Artsakh but controlled by Azerbaijan") names what a colour
stands for, no event.

Real lines of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, not held out, in no event gold): wn_2020-10-29 On the
campaign trail in the USA, September 2020 (the events17 audit: the corpus's other legends, of
election seats and deer bones, have no verb).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.credits import caption_lines

MAP = ("Russia brokered a cease-fire agreement but skirmishes continued to break out.\n\n"
       "██ Territory claimed by the Republic of Artsakh but controlled by Azerbaijan\n\n"
       "██ Territory captured by Azerbaijan\n")


class TestLegendKeys:
    """The legend's keys give no rows; the paragraph above them keeps its own."""

    def test_no_claim_or_control(self, nlp, tmp_path):
        events = events_of(MAP, dt.date(2020, 10, 29), "map", nlp=nlp, folder=tmp_path)
        assert events[events["verb"].isin(["claim", "control", "capture"])].empty
        assert not events[events["verb"] == "broker"].empty

    def test_a_key_is_a_caption_line(self):
        lines = caption_lines(MAP)
        assert [MAP[a:b] for a, b in lines] == ["██ Territory claimed by the Republic of Artsakh but controlled by "
                                                "Azerbaijan", "██ Territory captured by Azerbaijan"]
