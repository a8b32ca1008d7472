"""Verbs of amount with a counted object (round events19, ``_AMOUNT_VERBS`` and ``is_state`` of
toolkit/nlp/circumstances.py): "cost" joins "exceed", "number" and "total", and an object with a number
before its noun ("USD 26.95", "about 400 people") is an amount too: a price or a count, a state in any
form, no act.

Real sentences of Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org"; from
/work/shared/corpora/wikinews-2019-2020, none held out, none in an event gold): wn_2019-05-06 the
neurosurgery Olympiad; wn_2020-06-30 Open source game developer Perttu Ahola talks about Minetest with
Wikinews (audited in round events19). The penalties carried come from two texts of the event dev golds
(wn_2020-02-15 Michael Avenatti convicted; wn_2019-05-15 Jarosław Kaczyński promises stricter punishments).
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

NUMBERING = ("Kovalchuk also said that, after the first Olympiad, a community of young neurosurgeons emerged on "
             "social networks, numbering about 400 people.\n")

CRIMES = ("A jury in New York convicted Michael Avenatti on Friday of trying to extort Nike. Together, the crimes "
          "carry a prison term of up to 42 years.\n")

ABUSE = ("Presently, sexually abusing minors below the age of fifteen can carry a sentence up to twelve years in "
         "Polish jurisdiction. The party proposed to raise it to thirty years.\n")

COSTING = "Minecraft, on the other hand, is a paid game, currently costing USD 26.95 for its computer version.\n"


class TestACountedObject:
    """A count or a price gives no row."""

    def test_numbering_about_400_people(self, nlp, tmp_path):
        events = events_of(NUMBERING, dt.date(2019, 5, 6), "numbering", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "number"].empty
        assert not events[events["verb"] == "emerge"].empty

    def test_costing_a_price(self, nlp, tmp_path):
        events = events_of(COSTING, dt.date(2020, 6, 30), "costing", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "cost"].empty


class TestAPenaltyCarried:
    """"carry" with a penalty for object tells what the law sets for an offence, in any tense or mood: no act."""

    def test_the_crimes_carry_a_prison_term(self, nlp, tmp_path):
        events = events_of(CRIMES, dt.date(2020, 2, 15), "crimes", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "carry"].empty
        assert not events[events["verb"] == "convict"].empty  # the verdict stays an event

    def test_abuse_can_carry_a_sentence(self, nlp, tmp_path):
        events = events_of(ABUSE, dt.date(2019, 5, 15), "abuse", nlp=nlp, folder=tmp_path)
        assert events[events["verb"] == "carry"].empty
        assert not events[events["verb"] == "propose"].empty
