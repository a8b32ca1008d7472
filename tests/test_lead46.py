"""Session 46's lead: the event scorer's head of a subject phrase (:func:`toolkit.evaluation.events.subject_matches`).

A gold subject keeps the whole phrase an analyst wrote; a row names the same who with fewer words. The scorer pairs
them by the phrase's head, read from the names as written, since a capital tells a name from a common noun: the name
after a kind of place ("the state of Wisconsin"), an adverb that opens a tail ("researchers mostly from X"), a number
spelt out that ends a name ("Tropical Depression Three"). The phrases are from Wikinews articles (CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org").
"""

from __future__ import annotations

from toolkit.evaluation.events import subject_matches


class TestSubjectHeads:
    def test_kind_of_place_before_a_name(self):
        assert subject_matches("the state of Wisconsin", "Wisconsin", [])
        assert subject_matches("the city of Milwaukee", "Milwaukee", [])
        # the kind alone is not the name it introduces
        assert not subject_matches("the state of Wisconsin", "the state", [])

    def test_control_a_kind_of_condition(self):
        # "of" before a common noun: the phrase is about the state, not the emergency
        assert not subject_matches("the state of emergency", "emergency", [])
        assert subject_matches("the state of emergency", "the state", [])

    def test_adverb_before_the_tail(self):
        gold = "researchers mostly from Pennsylvania State University"
        assert subject_matches(gold, "the researchers", [])
        assert not subject_matches(gold, "Pennsylvania State University", [])

    def test_control_a_surname_in_ly_before_a_tail(self):
        # a word in "-ly" written with a capital is a name, and it heads the phrase
        assert subject_matches("Mark Kelly of Arizona", "Kelly", [])
        assert not subject_matches("Mark Kelly of Arizona", "Mark", [])
        # a common noun in "-ly" heads its phrase too
        assert subject_matches("a family from Ohio", "the family", [])

    def test_number_word_ending_a_name(self):
        assert subject_matches("Tropical Depression Three", "the depression", [])
        assert not subject_matches("Tropical Depression Three", "three", [])
