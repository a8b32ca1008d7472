"""Session 45's lead: the event scorer's head of a subject phrase (:func:`toolkit.evaluation.events.subject_matches`).

A gold subject keeps the whole phrase an analyst wrote ("Pakistan's laws about honor killings"); a row names the
same who with fewer words ("Pakistan's laws"). The scorer pairs them by the phrase's head noun, so its approximation of
the head must step over every kind of tail after the head: a preposition, a list of examples, a past participle with a
tail of its own. The phrases are from Wikinews articles (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org").
"""

from __future__ import annotations

from toolkit.evaluation.events import subject_matches


class TestSubjectHeads:
    def test_tail_after_about(self):
        assert subject_matches("Pakistan's laws about honor killings", "Pakistan's laws", [])
        assert not subject_matches("Pakistan's laws about honor killings", "honor killings", [])

    def test_list_of_examples(self):
        gold = "Numerous iconic rock musicians such as Billy Idol and Yusuf/Cat Stevens"
        assert subject_matches(gold, "Numerous iconic rock musicians", [])
        assert subject_matches("German firms including Siemens", "German firms", [])

    def test_past_participle_with_its_tail(self):
        assert subject_matches("a fruit filled with firecrackers", "the fruit", [])
        assert not subject_matches("a fruit filled with firecrackers", "the firecrackers", [])

    def test_noun_in_ing_keeps_its_head(self):
        # control: "-ing" heads nouns, so its tail goes but the word stays the head
        assert subject_matches("a mass shooting at a garlic festival in Gilroy", "the shooting", [])
        assert not subject_matches("a mass shooting at a garlic festival in Gilroy", "the festival", [])

    def test_participle_without_tail_stays(self):
        # control: a name ending in "-ed" with nothing after it is not cut
        assert subject_matches("Manchester United", "United", [])
        assert not subject_matches("Manchester United", "Manchester", [])
