"""Entity rules after the entity audit (found and labelled) of eight fresh wire-style Wikinews reports (round
``entities21``, ``bench/audit/entities21.tsv``).

Each rule is checked on a sentence of the corpus outside the audited texts where the corpus has one, else on
the audited sentence. Wikinews texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import ents_of, labels_of


class TestAppositionAcrossWords:
    """"researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort": a
    name the parser hangs on a noun across a preposition and a conjunction is no apposition of it, and the noun
    ("researchers") does not make it a person."""

    def test_a_university_joined_to_another_stays_a_body(self, nlp):
        # Voracious fish defend coral reefs against warming, say scientists (2019-10-05), the audited sentence:
        # the corpus has no other.
        labels = labels_of(nlp, "In findings published on Wednesday in Science Advances, researchers from the Georgia "
                              "Institute of Technology (GT) and University of South Carolina Beaufort, both in the "
                              "United States, reported warming seas appear to decrease the efficacy of the chemical "
                              "compounds that corals release into the water.")
        assert labels.get("University of South Carolina Beaufort") == "ORG"

    def test_a_close_apposition_still_gives_its_kind(self, nlp):
        # Toronto serial killer Bruce McArthur pleads guilty to eight murders (2019-02-01).
        labels = labels_of(nlp, "McArthur pleaded guilty to the murder of 40-year-old Skandaraj Navaratnam, a former "
                              "boyfriend and employee of McArthur.")
        assert labels.get("Skandaraj Navaratnam") == "PERSON"


class TestNamesApartAtPossessives:
    """"the United Nations' Food and Agriculture Organization", "the House of Representatives' Committee on Ways
    and Means": an owner's name, a possessive and a body's name are two names."""

    def test_a_house_and_its_committee(self, nlp):
        # U.S. judge orders release of President Trump's tax returns (2019-10-10).
        ents = ents_of(nlp, "The president has a lawsuit to prevent a New York State law from allowing the House of "
                          "Representatives' Committee on Ways and Means from gaining access to his records.")
        texts = [t for t, _ in ents]
        assert "the House of Representatives" in texts
        assert ("Committee on Ways and Means", "ORG") in ents

    def test_a_body_of_people_named_by_their_role_keeps_its_possessive(self, nlp):
        # Bishop Emeritus Dinualdo Gutierrez of Marbel dies at 79 (2019-02-11).
        ents = ents_of(nlp, "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the "
                          "Philippines, 79, died early yesterday morning, in a General Santos City hospital, "
                          "according to the Catholic Bishops' Conference of the Philippines (CBCP).")
        assert any("Catholic Bishops' Conference of the Philippines" in t for t, _ in ents)

    def test_a_one_word_owner_is_the_names_own(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.possessives import names_apart_at_possessives

        doc = nlp("Hundreds marched with the People's Liberation Army band.")
        span = Span(doc, 4, 8, label="ORG")  # "People's Liberation Army"
        assert [e.text for e in names_apart_at_possessives([span])] == ["People's Liberation Army"]


    def test_a_small_town_of_the_same_spelling_makes_no_one_word_owner_a_place(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.possessives import names_apart_at_possessives

        # A White House release of the Ukraine set (public domain), quoting a magazine's correspondent: "Time"
        # is also a Norwegian town of the gazetteer, but a one-word owner must be a country, a state or a city.
        doc = nlp("One of Ukrainian president Volodymyr Zelensky's close aides told Time's Simon Shuster.")
        start = next(t.i for t in doc if t.text == "Time")
        span = Span(doc, start, start + 4, label="ORG")  # "Time's Simon Shuster", as the model tags it
        assert [e.text for e in names_apart_at_possessives([span])] == ["Time's Simon Shuster"]


class TestPrefixedPeoplesCalledBodies:
    """"non-Latino white Americans": a people's adjective after an English prefix, which the model calls a body,
    is the people."""

    def test_non_latino(self, nlp):
        # Researchers break down deaths due to power plant pollution in the United States (2019-11-23), the
        # audited sentence: the corpus has no other prefixed people the model calls a body.
        ents = ents_of(nlp, "They were followed by non-Latino white Americans at six per 100,000; for all other "
                          "racial groups in the country, there were only four premature deaths per 100,000.")
        assert ("Latino", "NORP") in ents
        assert not any(t == "non-Latino" for t, _ in ents)

    def test_an_adjective_of_no_people_is_left(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.affixes import names_without_affixes

        doc = nlp("The rule covers non-Federal entities that receive grants.")
        span = Span(doc, 3, 6, label="ORG")  # "non-Federal"
        assert [e.text for e in names_without_affixes([span])] == ["non-Federal"]


class TestDescribedSpeakers:
    """"an attendee Om Prakash said": a lower-case descriptor, a given name and a surname before a verb of saying
    name a person, whom the model cut to the surname and called a body."""

    def test_a_given_name_after_a_descriptor(self, nlp):
        # 200 in New Delhi, India drink cow urine to fight off COVID-19 (2020-03-17), the audited sentence: the
        # corpus has no other the model cuts so.
        ents = ents_of(nlp, "Speaking to Reuters, an attendee Om Prakash said, \"We have been drinking cow urine for "
                          "21 years, we also take bath in cow dung.\"")
        assert ("Om Prakash", "PERSON") in ents
        assert ("Reuters", "ORG") in ents

    def test_a_kind_noun_of_a_body_is_no_descriptor(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.described_speakers import described_speakers

        doc = nlp("Yesterday the airline Air Arabia said flights would resume.")
        ents = [Span(doc, 4, 5, label="ORG")]  # "Arabia", were the model to cut "Air Arabia" so
        assert [e.text for e in described_speakers(ents)] == ["Arabia"]
