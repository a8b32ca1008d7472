"""An active conjunct after a passive (round events19, toolkit/nlp/predicates.py ``active_voice``): in
"Minecraft is currently owned by Microsoft, and performs poorly on older hardware" the present tense
"performs" is no participle, so it takes the passive's subject (Minecraft), not its "by" agent.

A real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2020-06-30 Open source
game developer Perttu Ahola talks about Minetest with Wikinews (audited in round events19; the corpus has
no other present conjunct after a passive with an agent).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

MINECRAFT = "Minecraft is currently owned by Microsoft, and performs poorly on older hardware.\n"


class TestPresentConjunctOfAPassive:
    """The present conjunct is the patient's act."""

    def test_minecraft_performs(self, nlp, tmp_path):
        events = events_of(MINECRAFT, dt.date(2020, 6, 30), "minecraft", nlp=nlp, folder=tmp_path)
        perform = events[events["verb"] == "perform"]
        assert not perform.empty and (perform["subject"] == "Minecraft").all()
