"""Session 46's lead: the event scorer's head of a subject phrase (:func:`toolkit.evaluation.events.subject_matches`).

A gold subject keeps the whole phrase an analyst wrote; a row names the same who with fewer words. The scorer pairs
them by the phrase's head, read from the names as written, since a capital tells a name from a common noun: the name
after a kind of place ("the state of Wisconsin"), an adverb that opens a tail ("researchers mostly from X"), a number
spelt out that ends a name ("Tropical Depression Three"). The phrases are from Wikinews articles (CC BY 2.5, credit
"Wikinews contributors, en.wikinews.org").

And a verb form written with a capital inside its sentence (:func:`toolkit.nlp.mistags.capitalised_verb`): a name the
tagger read as a verb, which heads no event.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

from toolkit.evaluation.events import subject_matches
from toolkit.nlp.mistags import capitalised_verb


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


class TestCapitalisedVerb:
    def test_a_gapped_clause_gives_no_verb_of_its_name(self, nlp, tmp_path):
        text = ("Tesco announced its intention to leave the Polish market altogether, Salling its intention to "
                "strengthen its Netto chain in Poland.")
        events = events_of(text, dt.date(2020, 6, 21), "tesco", nlp=nlp, folder=tmp_path)
        assert "salle" not in set(events["verb"])
        assert "announce" in set(events["verb"])  # the clause before the gap keeps its act

    def test_control_capitals_that_say_nothing(self, nlp):
        doc = nlp("Speaking in Warsaw, the chief executive said: Leaving was the hardest call. \"Selling was right,\" "
                  "he added.")
        verbs = {t.text: t for t in doc if t.pos_ in ("VERB", "AUX")}
        # a sentence's first word, a word after a colon or an opening quotation mark
        for word in ("Speaking", "Leaving", "Selling"):
            if word in verbs:
                assert not capitalised_verb(verbs[word])
        assert not any(capitalised_verb(t) for t in doc if t.is_lower)

    def test_control_a_headline_in_title_case(self, nlp):
        # a headline capitalises its verbs with every other word: they stay verbs
        doc = nlp("Zelensky Says Ukraine Will Not Cede Donbas After Witkoff Meets Putin\n\nHe spoke on Wednesday.")
        cede = next(t for t in doc if t.text == "Cede")
        assert not capitalised_verb(cede)
