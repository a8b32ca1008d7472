"""Entity rules after the entity audit (found and labelled) of White House "ICYMI" texts of 2025 that reproduce
op-eds and wire reporting (round ``entities30``, ``bench/audit/entities30.tsv``): op-ed bylines of members of
Congress, a DOGE segment on television, steel tariffs, farmers' sentiment, a tax bill, Angel Families.

Each rule is checked on the audited sentence (White House texts: public domain).
"""

from __future__ import annotations

from conftest import ents_of, labels_of


class TestLegislatorsCodes:
    """"U.S. Senator Tommy Tuberville (R-AL)", "Congressman Tim Walberg (MI-05)": a legislator's state after the
    party's letter and a congressional district in brackets after the name are places; the state's code is keyed
    to its state."""

    def test_the_party_and_state_code_names_the_state(self, nlp):
        # ICYMI: Capitol Hill highlights key pillars of President Trump's joint address to Congress (2025-03-05).
        ents = ents_of(nlp, "U.S. Senator Tommy Tuberville (R-AL)\n\nThe last four years were a dumpster fire—a "
                            "total disaster.")
        assert ("AL", "GPE") in ents and ("Tommy Tuberville", "PERSON") in ents
        labels = labels_of(nlp, "U.S. Senator Jim Banks (R-IN)\n\nPresident Trump is renewing the hope of the "
                                "American Dream from the ashes of an historic low point.")
        assert labels.get("IN") == "GPE"

    def test_the_code_is_an_alias_of_its_state(self, nlp):
        from toolkit.nlp.entities import mentions, repair_entities

        doc = repair_entities(nlp("U.S. Senator Roger Marshall (R-KS)\n\nDemocrat politicians and extreme woke "
                                  "ideologues have shrugged their shoulders."))
        assert any(m.text == "KS" and m.key == "kansas" for m in mentions(doc))

    def test_a_district_is_a_place(self, nlp):
        labels = labels_of(nlp, "U.S. Congresswoman Diana Harshbarger (TN-01)\n\nTuesday night, President Donald "
                                "Trump did what he does best — he told it like it is.")
        assert labels.get("TN-01") == "GPE"
        labels = labels_of(nlp, "House Committee on Education and Workforce Chairman, U.S. Congressman Tim Walberg "
                                "(MI-05)\n\nColumbia [University] leaders have made public and private promises.")
        assert labels.get("MI-05") == "GPE"

    def test_a_code_outside_a_byline_is_no_place(self, nlp):
        labels = labels_of(nlp, "Traffic on the I-95 (NY-05) was slow, and forms (W-2) were late.")
        assert "NY-05" not in labels and "W-2" not in labels


class TestHostsOfNetworks:
    """"Greenblatt told CNN’s Jake Tapper": one tells a person, so a person's name after "told" and a network's
    possessive is the host, not a programme; a programme's words keep it one ("told ABC’s This Week")."""

    def test_the_host_told_is_a_person(self, nlp):
        # ICYMI: President Trump's steel tariffs mean American jobs (2025-04-08).
        labels = labels_of(nlp, "“Our goal is that we’re going to sell millions more dollars so we have to hire "
                                "many more people. If we do that, we’re going to hire them at very good jobs with "
                                "very good pay,” Greenblatt told CNN’s Jake Tapper. “There’s going to be an "
                                "overwhelming surge of hiring in America as things level out.”")
        assert labels.get("Jake Tapper") == "PERSON" and labels.get("CNN") == "ORG"

    def test_a_programme_told_stays_no_person(self, nlp):
        labels = labels_of(nlp, "Rubio told ABC’s This Week that the talks were productive.")
        assert labels.get("This Week") != "PERSON"


class TestSpeakersBeforeTopics:
    """"Elon Musk on waste, fraud, and abuse: “…”": capitalised proper nouns opening a paragraph, "on", a topic and
    a colon before a quotation are the speaker's name."""

    TEXT = ("Brad Smith on enhancing health care: “There’s 700 different IT systems today at NIH … They can’t speak "
            "to each other.”\n\nElon Musk on waste, fraud, and abuse: “The sheer amount of waste and fraud in the "
            "government, it is astonishing — it’s mind blowing.”\n\nElon Musk on DOGE’s core mission: “At the end "
            "of the day, America is going to be in much better shape. America will be solvent.”")

    def test_the_untagged_speaker_is_a_person(self, nlp):
        # ICYMI: DOGE's mission to make government work again (2025-03-28).
        labels = labels_of(nlp, self.TEXT)
        assert labels.get("Elon Musk") == "PERSON" and labels.get("Brad Smith") == "PERSON"

    def test_a_body_before_a_topic_is_no_person(self, nlp):
        from toolkit.nlp.topic_leads import people_before_topics

        doc = nlp("Fox News on Sunday: “We will be there.”")
        assert not any(e.text == "Fox News" for e in people_before_topics(doc, []))


class TestProgrammesAfterPeople:
    """"joined Bret Baier on Special Report": a person's name holds no "on"; the programme after it is apart."""

    def test_the_host_is_cut_before_on(self, nlp):
        # ICYMI: DOGE's mission to make government work again (2025-03-28).
        labels = labels_of(nlp, "Last night, members of the Department of Government Efficiency (DOGE) team joined "
                                "Bret Baier on Special Report — a compelling segment on their efforts to fulfill "
                                "President Donald J. Trump’s mission of making government work for the people again.")
        assert labels.get("Bret Baier") == "PERSON"
        assert not any(" on " in name for name in labels)


class TestWritersOfOutlets:
    """"the New York Post’s Miranda Devine": an outlet's name, a possessive (which the tagger may take for a
    name's word) and a full name are the outlet and its writer, two names."""

    def test_the_outlet_and_the_writer_are_apart(self, nlp):
        # ICYMI: Trump nailed the biggest trade deal in American history and proved everyone wrong again (2025-07-31).
        labels = labels_of(nlp, "It’s just the latest example of just how wrong President Trump’s critics have been "
                                "— a fact highlighted by the New York Post’s Miranda Devine in a new op-ed:")
        assert labels.get("New York Post") == "ORG" and labels.get("Miranda Devine") == "PERSON"

    def test_a_body_of_the_outlet_stays_a_body(self, nlp):
        ents = ents_of(nlp, "He wrote to the Washington Post’s Editorial Board.")
        assert ("Editorial Board", "PERSON") not in ents


class TestMonthsAsGivenNames:
    """"U.S. Congressman August Pfluger (TX-01)": a month's name between a person's title and a capitalised proper
    noun is a given name, not a date."""

    def test_the_congressman_is_found(self, nlp):
        # ICYMI: Capitol Hill highlights key pillars of President Trump's joint address to Congress (2025-03-05).
        labels = labels_of(nlp, "U.S. Congressman August Pfluger (TX-01) andU.S. Congressman Zach Nunn (IA-03)\n\n"
                                "With Trump back in the White House, alongside Secretary of Defense Pete Hegseth, "
                                "Secretary of State Marco Rubio, and national security adviser Mike Waltz, we’re "
                                "setting a clear path forward for the U.S.")
        assert labels.get("August Pfluger") == "PERSON" and labels.get("TX-01") == "GPE"

    def test_a_date_after_a_title_stays_a_date(self, nlp):
        ents = ents_of(nlp, "The Senator May 2020 report was late, and the Congressman August said no.")
        assert not any(label == "PERSON" for _, label in ents)


class TestCommitteesWithPairedFields:
    """"House Committee on Education and Workforce Chairman": a committee named by two fields joined by "and" is
    one name, which the model cut at "and"; a body after "and" stays apart."""

    def test_the_committee_is_one_name(self, nlp):
        # ICYMI: Capitol Hill highlights key pillars of President Trump's joint address to Congress (2025-03-05).
        labels = labels_of(nlp, "House Committee on Education and Workforce Chairman, U.S. Congressman Tim Walberg "
                                "(MI-05)\n\nColumbia [University] leaders have made public and private promises to "
                                "Jewish students.")
        assert labels.get("House Committee on Education and Workforce") == "ORG" and "Workforce" not in labels

    def test_a_body_after_and_is_not_joined(self, nlp):
        from toolkit.nlp.tails import committees_with_paired_fields

        doc = nlp("He told the Committee on Finance and Congress that the bill had passed.")
        assert not any(e.text.endswith("and Congress") for e in committees_with_paired_fields(list(doc.ents)))


class TestBodiesJoinedByHyphens:
    """"the latest Purdue University-CME Group Ag Economy Barometer": two bodies joined by a hyphen after the
    first one's head word are two names; a firm's hyphenated name and a campus stay whole."""

    def test_the_two_bodies_are_apart(self, nlp):
        # ICYMI: Farmers back President Trump's tariffs (2025-05-07).
        labels = labels_of(nlp, "American farmers are behind President Donald J. Trump and his relentless push to "
                                "restore fairness in global trade and secure new markets for homegrown producers.\n\n"
                                "According to the latest Purdue University-CME Group Ag Economy Barometer:\n\n70% of "
                                "farmers expect the President Trump’s tariffs to strengthen the agricultural economy "
                                "in the long-term.")
        assert labels.get("Purdue University") == "ORG" and labels.get("CME Group") == "ORG"

    def test_hyphenated_names_stay_whole(self, nlp):
        ents = ents_of(nlp, "The Hewlett-Packard Company and the Mercedes-Benz Group met students of Rutgers "
                            "University-Newark.")
        assert not any(text in ("Packard Company", "Benz Group", "Newark") for text, _ in ents)


class TestRegionalEditions:
    """"From CBS News Texas:": a network's news and a state or country right after it name a regional outlet."""

    def test_the_edition_is_one_outlet(self, nlp):
        # ICYMI: Texas ends in-state tuition for illegals after DOJ lawsuit (2025-06-05).
        labels = labels_of(nlp, "From CBS News Texas:\n\n“Texas has agreed to end in-state tuition rates for "
                                "undocumented immigrants.")
        assert labels.get("CBS News Texas") == "ORG" and labels.get("Texas") == "GPE"

    def test_a_network_in_a_place_stays_apart(self, nlp):
        labels = labels_of(nlp, "He told NBC News in Texas and ABC News, Texas, that it was wrong.")
        assert not any(name.endswith("News Texas") for name in labels)


class TestBillsNamedWithCommas:
    """"President Donald J. Trump’s One Big, Beautiful Bill": capitalised words joined by commas before a span
    ending in "Bill" are the bill's name, a law, not a man named Bill."""

    def test_the_bill_is_a_law(self, nlp):
        # ICYMI: Average earners' tax bills would fall under House tax package, forecasters say (2025-05-14).
        labels = labels_of(nlp, "Under President Donald J. Trump’s One Big, Beautiful Bill, everyday Americans will "
                                "see a significant decrease in the taxes they owe, Politico reports.")
        assert "Beautiful Bill" not in labels and labels.get("One Big, Beautiful Bill") in (None, "LAW")
        # ICYMI: Angel Families urge Republicans to pass Big Beautiful Bill and secure border (2025-05-21).
        labels = labels_of(nlp, "Angel Families are calling on Congress to pass President Donald J. Trump’s One, "
                                "Big, Beautiful Bill, the New York Post reports.")
        assert "Beautiful Bill" not in labels

    def test_a_list_of_people_is_left_alone(self, nlp):
        ents = ents_of(nlp, "He met Smith, Jones, Beautiful Bill and Ann.")
        assert not any(label == "LAW" for _, label in ents)
