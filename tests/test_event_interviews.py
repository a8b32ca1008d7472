"""Interview turns (round events19, toolkit/nlp/interviews.py): what an interviewee answers is that
person's words, like a direct quotation, so its events are marked ``quoted`` and kept out of the
briefing's table; the lead before the interview stays the publication's report.

Real passages of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-10-26 GitHub
blocks public access to youtube-dl after RIAA issues DMCA notice; wn_2020-04-14 Iranian International
Master Dorsa Derakhshani discusses her chess career with Wikinews; wn_2020-07-25 On the campaign trail
in the USA, June 2020; wn_2019-01-27 Male Magellanic penguins pine for pairings (an audited text of
round events19: the corpus's one interview whose answers are marked by a name and a colon).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.nlp.interviews import turn_spans

YOUTUBE_DL = (
    "EFF is yet to respond to Wikinews queries. Wikinews also reached out to Philipp Hagemeister, a former "
    "maintainer and contributor of the youtube-dl project to discuss this takedown.\n\n"
    "When did you get to know about the takedown notice and what were your initial reactions?\n\n"
    "((Philipp Hagemeister)) I saw the takedown notice along with anyone else, on reddit. Since I am no longer "
    "involved with the youtube-dl project (except for occasional contributions, my maintainership ended in 2016), "
    "I don't know any details.\n\n"
    "((RS)) Does YouTube implement DRM for videos not under Creative Commons license, and if so, how does "
    "youtube-dl bypass it? Could you please elaborate the procedure?\n\n"
    "((Philipp Hagemeister)) YouTube implements DRM for YouTube Movies. youtube-dl does not support those.\n\n"
    "YouTube has multiple non-DRM video delivery protocols. I'm not up to date about specifics; my last dabbling "
    "in this was in 2015.\n\n"
    "One of these protocols is described here. YouTube uses JavaScript to compute parts of the URLs. youtube-dl "
    "executes this JavaScript, just like a web browser.\n\n"
    "((WN)) Could you also explain in brief how youtube-dl functions, and how the maintainers had intended it to "
    "be used?\n\n"
    "((Philipp Hagemeister)) youtube-dl downloads and plays videos and music, just like any other web browser, "
    "from over 1000 different services.\n"
)

DERAKHSHANI = (
    "((WN)) How was your personality like, in your childhood?\n\n"
    "((Dorsa Derakhshani)) Oh, my mom sometimes makes fun that I was like a child robot, that I was always saying "
    "what I was thinking.\n\n"
    "Having won multiple tournaments as a kid, IM Dorsa Derakhshani decided not to play for the Iranian Chess "
    "Federation saying \"it wasn't a good fit\" for her.\n\n"
    "((WN)) Early in your life you had decided you didn't want to play for Iran.\n\n"
    "((Dorsa Derakhshani)) And I was looking for immigration even before that because most of my family lives "
    "outside of Iran.\n\n"
    "((WN)) If Iran did not impose the compulsory observation of the headscarf, would you have, in that case, "
    "chosen to play for Iran?\n"
)

JUNE = (
    "Kamala Harris Image: U.S. Senate.\n\n"
    "Elizabeth Warren Image: U.S. Senate.\n\n"
    "Also as a result of the protests, the slogan \"Defund the Police\" became popular among supporters of Black "
    "Lives Matter. The Minneapolis city council voted to disband its police force.\n\n"
    "Parker spoke with Wikinews about the campaign.\n\n"
    "((WSS)) When did you join the Prohibition Party and what attracted you to it?\n\n"
    "((WSS)) What duties and responsibilities come with your role as the vice presidential nominee of the "
    "Prohibition Party?\n"
)

PENGUINS = (
    "Gownaris answered a series of questions for our correspondent.\n\n"
    "((Wikinews)) What prompted your curiosity about Magellanic penguins?\n\n"
    "Natasha Gownaris: I've wanted to be a marine scientist since I was a child, when I would collect sand crabs "
    "(Emerita talpoida) from local beaches in New York.\n\n"
    "((WN)) How did you approach putting together such a large-scale study?\n\n"
    "NG: This study started in 1982, long before my joining the lab in March of 2016. Dr. Dee Boersma began this "
    "study as a response to a Japanese company's interest in harvesting penguins for their skin, meat, and oil.\n\n"
    "((WN)) How much time did you end up spending in Argentina?\n\n"
    "NG: I spent about three months at Punta Tombo.\n"
)


def _turn_of(text: str, words: str) -> bool:
    at = text.index(words)
    return any(start <= at < end for start, end in turn_spans(text))


class TestAnswersAreTheSpeakersWords:
    """Events of an answer, its later paragraphs too, are quoted; the lead's are not."""

    def test_answer_events_are_quoted(self, nlp, tmp_path):
        events = events_of(YOUTUBE_DL, dt.date(2020, 10, 26), "youtube-dl", nlp=nlp, folder=tmp_path)
        told = events[~events["quoted"]]
        assert not told[told["verb"] == "reach out"].empty  # the lead: Wikinews reached out
        # ("YouTube uses JavaScript to compute …", a practice by means, gives no row since round ev45a; "youtube-dl
        # does not support those", a bare noun of a thing in the simple present, a program's property, none since
        # round ev46a)
        for verb in ("implement",):
            rows = events[events["verb"] == verb]
            assert not rows.empty and rows["quoted"].all(), verb

    def test_later_paragraphs_of_an_answer(self):
        assert _turn_of(YOUTUBE_DL, "youtube-dl executes this JavaScript")
        assert not _turn_of(YOUTUBE_DL, "Wikinews also reached out")


class TestNarrationBetweenTurns:
    """A paragraph naming the speaker by surname between two turns is the publication's."""

    def test_narration_is_no_answer(self):
        assert _turn_of(DERAKHSHANI, "my mom sometimes makes fun")
        assert not _turn_of(DERAKHSHANI, "Having won multiple tournaments")


class TestNoInterview:
    """Captions with a credit and a round-up's questions alone make no interview."""

    def test_captions_and_questions_only(self):
        assert turn_spans(JUNE) == []


class TestNamedTurns:
    """A name or initials and a colon mark an answer, once the initials recur."""

    def test_name_and_initials(self):
        assert _turn_of(PENGUINS, "I've wanted to be a marine scientist")
        assert _turn_of(PENGUINS, "Dr. Dee Boersma began this study")
        assert not _turn_of(PENGUINS, "Gownaris answered a series of questions")
