"""Entity rules after the entity audit (found and labelled) of four Wikinews interviews with 2020
candidates (round ``entities16``, ``bench/audit/entities16.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020 outside the audited texts. Texts: Wikinews
contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import labels_of


class TestTurnLabels:
    """"((WSS)) : Which past …": an interview's turn label in initials marks a speaker, and names no body."""

    def test_the_interviewers_initials_are_no_body(self, nlp):
        # Wikinews interviews Phil Collins, U.S. Prohibition Party presidential nominee.
        labels = labels_of(nlp, "U.S. Prohibition Party presidential nominee Phil Collins took some time to answer a "
                              "few questions about his 2020 presidential campaign from Wikinews accredited reporter "
                              "William S. Saturn.\n\n((WSS)) : Which past U.S. president(s) do you most admire and "
                              "why?\n\n((WSS)) : When and why did you join the Prohibition Party?\n")
        assert labels.get("WSS") != "ORG"
        assert labels.get("Prohibition Party") == "ORG"

    def test_the_publications_initials_are_no_body(self, nlp):
        # Astronomer tells Wikinews about discovery of closest black hole known so far.
        labels = labels_of(nlp, "((WN)) How close do these stars get?\n")
        assert labels.get("WN") != "ORG"

    def test_initials_in_running_text_stay(self, nlp):
        # The same interview: capitals in brackets inside a sentence are no turn label.
        from toolkit.nlp.turn_labels import drop_turn_labels

        doc = nlp("Previously, he served as a trustee of Libertyville Township (Illinois) and as chairman of "
                  "the Prohibition Party of Illinois.")
        assert drop_turn_labels(doc, list(doc.ents)) == list(doc.ents)


class TestNamesEndingOnAPreposition:
    """"the Iraq Veterans Against the War": a name cut after a capitalised preposition runs on to its end."""

    def test_the_name_runs_on_over_the_and_its_capitalised_words(self, nlp):
        # Wikinews interviews Adam Kokesh (an audited text: the corpus has no other such name).
        labels = labels_of(nlp, "After an initial honorary discharge from active duty with the US Marine Corp in 2006, "
                              "Kokesh was given a general discharge from the Marine Forces Reserve in 2007 after "
                              "images of him wearing his uniform while participating in a protest with the Iraq "
                              "Veterans Against the War were published in The Washington Post.")
        assert labels.get("Iraq Veterans Against the War") == "ORG"
        assert "Iraq Veterans Against" not in labels

    def test_a_lower_case_preposition_after_a_name_pulls_nothing_in(self, nlp):
        from toolkit.nlp.open_ends import closed_names

        doc = nlp("Kokesh previously hosted a show on RT and currently hosts a show on internet radio.")
        assert [e.text for e in closed_names(list(doc.ents))] == [e.text for e in doc.ents]


class TestChannelsOfProgrammes:
    """"hosted a show on RT": the name a programme is on is a broadcaster, not a place."""

    def test_the_channel_of_a_show_is_a_body(self, nlp):
        # Wikinews interviews Adam Kokesh (an audited text: the corpus has no other show on a named channel).
        labels = labels_of(nlp, "Kokesh previously hosted a show on RT and currently hosts a show on internet radio.")
        assert labels.get("RT") == "ORG"

    def test_a_known_place_after_on_stays_a_place(self, nlp):
        from toolkit.nlp.channels import channels_of_programmes

        doc = nlp("He hosted a radio show on Long Island for a decade.")
        assert [e.label_ for e in channels_of_programmes(list(doc.ents)) if e.text == "Long Island"] in ([], ["GPE"], ["LOC"])
