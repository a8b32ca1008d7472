"""Event rules of round events11 on clauses that describe rather than narrate, each checked on a
real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold):
wn_2020-01-06 Iraqi Parliament votes for expulsion of United States troops (event dev gold 7),
wn_2019-10-07 Mockumentary Mister America has world premiere (in no gold) and wn_2019-08-08 Gunman
opens fire in El Paso, Texas superstore (the tuned gold).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MOVE_FOLLOWS = (
    "Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country. "
    "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.\n"
)
FILM_FOLLOWS = (
    "The film follows a fictionalized version of comedian Tim Heidecker who hosts the absurd and shallow On Cinema "
    "film review Web series with purported film expert Gregg Turkington.\n"
)
SHOOTING_FOLLOWED = (
    "According to data from the Gun Violence Archive, the shooting followed four deadly mass shootings in the "
    "United States that week, including one in California at a garlic festival in Gilroy, killing three, and "
    "another in Chippewa Falls, Wisconsin where at least five died.\n"
)


class TestSequenceInThePresent:
    """"The move follows the United States' killing of …": a verb of sequence in the simple present
    with a thing for subject places the story after another; no act. The past ("the shooting
    followed four deadly mass shootings") is narrated and stays."""

    def test_move_follows_is_no_event(self, nlp, tmp_path):
        events = events_of(MOVE_FOLLOWS, dt.date(2020, 1, 6), "follows", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "follow"].empty
        assert not events[events["verb"] == "vote"].empty  # the act told before it stays

    def test_film_follows_is_no_event(self, nlp, tmp_path):
        events = events_of(FILM_FOLLOWS, dt.date(2019, 10, 7), "film", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "follow"].empty

    def test_followed_in_the_past_stays(self, nlp, tmp_path):
        events = events_of(SHOOTING_FOLLOWED, dt.date(2019, 8, 8), "followed", nlp=nlp, folder=tmp_path)
        assert not events[events["verb"] == "follow"].empty
