"""Entity rules after the audit of eight Wikinews dev articles (round ``entities51``,
``bench/audit/entities51.tsv``): a state university's campus with a possessive or before a person, a person in
apposition to a post coordinated with a speech verb's subject, a body named after a faith's adjective ("the Islamic
State"), a hyphenated first word of a body's name, an aircraft's model after its number ("Boeing 737 Max").

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows

# Wikinews, 2019-02-11, Walter Munk dies
_KHOSLA = ("\"Walter was the most brilliant scientist I have ever known,\" said University of California, San "
           "Diego's chancellor, Pradeep Khosla. Khosla talked of Munk's \"countless discoveries that put the "
           "university on the map as a great research institution\".")
_UCLA = ("Earning a post-war PhD in oceanography from University of California, Los Angeles, Munk was an early "
         "scientific adopter of scuba equipment.")


class TestCampusesWithPossessivesAndBeforePeople:
    """"University of California, San Diego's chancellor"; "from University of California, Los Angeles, Munk
    was": the campus is one body."""

    def test_the_possessive_campus(self, nlp):
        ents = ents_of(nlp, _KHOSLA)
        assert ("University of California, San Diego", "ORG") in ents
        assert not any(text.startswith("San Diego") for text, _ in ents)

    def test_the_campus_before_a_person(self, nlp):
        ents = ents_of(nlp, _UCLA)
        assert ("University of California, Los Angeles", "ORG") in ents
        assert ("Los Angeles", "GPE") not in ents

    def test_a_list_of_places_is_left(self, nlp):
        ents = ents_of(nlp, "She studied at the University of Bristol, Bath and Exeter before moving abroad.")
        assert not any(text.endswith("Bristol, Bath") for text, _ in ents)


class TestPeopleApposedToPosts:
    """"said University of California, San Diego's chancellor, Pradeep Khosla": the parser makes the post a
    conjunct of the subject; the name in apposition to it is the speaker."""

    def test_the_chancellor_is_found(self, nlp):
        assert ("Pradeep Khosla", "PERSON") in ents_of(nlp, _KHOSLA)
        assert label_rows(entity_table(nlp, _KHOSLA)).get("Pradeep Khosla") == "PERSON"

    def test_no_body_in_apposition_to_a_non_post(self, nlp):
        ents = ents_of(nlp, "\"We will appeal,\" said the company and its parent, Alphabet.")
        assert ("Alphabet", "PERSON") not in ents


# Wikinews, 2019-10-11, Wiranto stabbed
_IS = ("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as saying the suspects "
       "were linked to the Jamaah Ansharut Daulah network, which itself was related to the Islamic State.")


class TestBodiesNamedAfterFaiths:
    """"related to the Islamic State.": the faith's adjective and the body's head after "the" are one body."""

    def test_the_islamic_state(self, nlp):
        ents = ents_of(nlp, _IS)
        assert ("Islamic State", "ORG") in ents
        assert ("Islamic", "NORP") not in ents

    def test_without_the_or_with_a_tail_it_is_left(self, nlp):
        ents = ents_of(nlp, "Some argue for an Islamic State in the region, the Islamic State of Iraq aside.")
        assert ("Islamic State", "ORG") not in ents


# Wikinews, 2019-10-23, Canada's general election
_CCF = ("At dissolution, there was one MP of the People's Party of Canada, one MPof the Co-operative Commonwealth "
        "Federation, and 8 independent MPs")


class TestHyphenatedFirstWords:
    """"the Co-operative Commonwealth Federation": the hyphenated capitalised word opens the body's name."""

    def test_the_whole_name(self, nlp):
        ents = ents_of(nlp, _CCF)
        assert ("Co-operative Commonwealth Federation", "ORG") in ents
        assert ("Commonwealth Federation", "ORG") not in ents

    def test_without_the_it_is_left(self, nlp):
        # a member's noun phrase, "a" before it: the rule wants the name's own "the"
        ents = ents_of(nlp, "He met a Co-operative Commonwealth Federation member.")
        assert not any(text.startswith("Co-") for text, _ in ents)


# Wikinews, 2019-01-16, Lion Air's voice recorder
_MAX = ("The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off. "
        "Preliminary investigations suggest a new feature on the 737 Max, which had not suffered a crash before, was "
        "forcing the nose down.")


class TestModelsAfterNumbers:
    """"the 737 Max": a one-word "person" after a model's number, after its maker or "the", is the model."""

    def test_the_model_is_no_person(self, nlp):
        ents = ents_of(nlp, _MAX)
        assert ("Max", "PERSON") not in ents
        assert ents.count(("737 Max", "PRODUCT")) == 2
        assert ("Boeing", "ORG") in ents

    def test_a_year_before_a_person_is_left(self, nlp):
        assert ("Smith", "PERSON") in ents_of(nlp, "In 2019 Smith said the plan had failed.")
