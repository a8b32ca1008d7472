"""Entity rules after the entity audit (found and labelled) of 21 Wikinews articles (round ``entities13``,
``bench/audit/entities13.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020 (outside the audited texts where the corpus has
one). Texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import labels_of


class TestAStateInItsFormalStyle:
    """"the District of Columbia", "the State of Palestine": a polity noun, "of" and a land name a polity (GPE)."""

    def test_the_district_of_columbia_is_a_polity(self, nlp):
        labels = labels_of(nlp, "Libertarian Party presidential candidate Jo Jorgensen passed a milestone in September, "
                              "becoming the only third party candidate in this election to secure ballot access in "
                              "all states and the District of Columbia.")
        assert labels.get("District of Columbia") == "GPE" and labels.get("Libertarian Party") == "ORG"

    def test_the_state_of_palestine_is_a_polity(self, nlp):
        labels = labels_of(nlp, "The party holds leftist positions including the right to employment, paid vacation, "
                              "a shortened work week, and recognition of the State of Palestine.")
        assert labels.get("State of Palestine") == "GPE"

    def test_a_militant_group_styled_as_a_state_is_no_polity(self):
        from toolkit.nlp.polities import is_formal_polity

        # "The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group, …"
        assert not is_formal_polity("Islamic State of Iraq and the Levant")
        assert not is_formal_polity("Islamic State of Iraq")
        assert not is_formal_polity("Western District of Texas") and not is_formal_polity("State of the Union")
        assert is_formal_polity("Islamic Republic of Iran") and is_formal_polity("Confederate States of America")


class TestAMediumThatCarriesPosts:
    """"an announcement on Twitter", "a post on Twitter": a one-word "person" never named in full is a medium."""

    def test_a_service_posted_on_twice_is_a_body(self, nlp):
        # The small model calls Twitter a person in every one of these sentences (campaign round-ups of
        # 2020 and Gillibrand's withdrawal).
        labels = labels_of(nlp, "That same day, rapper Kanye West made a surprise announcement on Twitter that he, "
                              "himself, was running for president. When Trump tweeted that state plans to use "
                              "mail-in ballots to allow people to vote from home would result in voter fraud, "
                              "Twitter placed a disclaimer \"fact checking\" the tweet. Twitter continued to edit "
                              "Trump's tweets. She made her official announcement via a post on Twitter, in which "
                              "she thanked her supporters.")
        assert labels.get("Twitter") == "ORG" and labels.get("Kanye West") == "PERSON"

    def test_on_after_other_words_is_no_post(self, nlp):
        from toolkit.nlp.media import posted_on

        doc = nlp("Western leaders kept up the pressure on Putin. Nikki Haley wrote on Twitter that allies matter.")
        putin = next(t for t in doc if t.text == "Putin")
        twitter = next(t for t in doc if t.text == "Twitter")
        assert not posted_on(doc[putin.i : putin.i + 1]) and posted_on(doc[twitter.i : twitter.i + 1])


class TestABroadcastersStation:
    """"CBS station KDKA-TV": a station named with a network or a medium in front is a broadcaster (ORG)."""

    def test_a_networks_station_is_a_body(self, nlp):
        labels = labels_of(nlp, "Neighbors told CBS station KDKA-TV that the area is usually quiet.")
        assert labels.get("KDKA-TV") == "ORG" and labels.get("CBS") == "ORG"

    def test_a_railway_station_stays_a_facility(self, nlp):
        from toolkit.nlp.media import kind_of

        doc = nlp("Neighbors told CBS station KDKA-TV that the area is usually quiet. The train stopped at the "
                  "station.")
        stations = [t for t in doc if t.lemma_ == "station"]
        assert [kind_of(t) for t in stations] == ["ORG", "FAC"]


class TestASmallIslandsHeadWord:
    """"Elbow Cay": a cay, an atoll or an islet is a small island, a place (LOC), not a facility."""

    def test_a_cay_is_an_island(self, nlp):
        labels = labels_of(nlp, "Dorian reached the Bahamas earlier today, making landfall in Elbow Cay.")
        assert labels.get("Elbow Cay") == "LOC" and labels.get("Bahamas") == "GPE"


class TestAPairNamedBySurnames:
    """"the De La Fuente/Richardson ticket": two surnames joined by a slash or a hyphen are two people."""

    def test_a_ticket_is_its_two_people(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp(
            "At its August 15 convention with around 20 virtual attendees, the party nominated Alliance Party "
            "presidential nominee Rocky De La Fuente for president and rapper Kanye West for vice president. "
            "The AIP made the nomination amid controversy: De La Fuente's usual running mate, Darcy Richardson, "
            "was left off the ticket in favor of West. The De La Fuente/Richardson ticket has ballot access in a "
            "total of 15 states."))
        names = [(e.text, e.label_) for e in doc.ents]
        assert not any("/" in text for text, _ in names)
        assert ("Richardson", "PERSON") in names and names.count(("De La Fuente", "PERSON")) >= 1

    def test_a_double_barrelled_surname_stays_whole(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("Congresswoman Alexandria Ocasio-Cortez of New York said the bill was a start."))
        assert "Alexandria Ocasio-Cortez" in [e.text for e in doc.ents]


class TestTwoNamesOfAList:
    """"The Progressive and The New York Times": a list's comma or "and" before a second name is no name's."""

    def test_a_second_article_opens_a_second_title(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("In addition, he has co-written four books, and has written numerous articles for "
                                  "such publications as The Progressive and The New York Times."))
        names = [e.text for e in doc.ents]
        assert "The Progressive" in names and "The New York Times" in names

    def test_one_head_word_closes_one_body(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("This month's spotlight on the campaign trail includes interviews with the vice "
                                  "presidential nominees of the Prohibition Party, Reform Party, and the Life and "
                                  "Liberty Party."))
        names = [e.text for e in doc.ents]
        assert not any("," in name for name in names)
        assert "Reform Party" in names and any(name.endswith("Prohibition Party") for name in names)

    def test_a_bodys_own_and_stays(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.listed_names import split_listed_names

        # A body's own "and" takes no second article and no second head word: the span is kept whole.
        doc = nlp("The newly created Life and Liberty Party, a libertarian-leaning anti-abortion party, held its "
                  "first national convention.")
        span = Span(doc, 3, 7, label="ORG")
        assert span.text == "Life and Liberty Party"
        assert [e.text for e in split_listed_names([span])] == ["Life and Liberty Party"]


class TestASheriffsTitle:
    """"Sheriff Lee said", "running for Sheriff of Milwaukee County": a sheriff is an office, as a mayor is."""

    def test_the_title_is_cut_off_the_person(self, nlp):
        labels = labels_of(nlp, "Sheriff Lee said they arrested one person for urinating in public, technically "
                              "indecent exposure.")
        assert labels.get("Lee") == "PERSON" and "Sheriff Lee" not in labels

    def test_the_office_of_a_county_is_no_place(self, nlp):
        labels = labels_of(nlp, "Walker first met Hawkins in 2014 while she was running for Sheriff of Milwaukee "
                              "County, Wisconsin as an independent socialist.")
        assert labels.get("Milwaukee County") == "GPE" and "Sheriff of Milwaukee County" not in labels


class TestAnAppositionAfterADash:
    """"LiveLeak — a video-sharing platform": a kind noun set off by a dash says what the name is."""

    def test_a_platform_after_a_dash_is_a_body(self, nlp):
        labels = labels_of(nlp, "youtube-dl also lets users download videos from LiveLeak — a video-sharing platform "
                              "for citizen journalism.")
        assert labels.get("LiveLeak") == "ORG"

    def test_a_dash_before_no_kind_noun_says_nothing(self, nlp):
        from toolkit.nlp.appositions import kind_after_dash

        doc = nlp("So this is a big win for Iran and Assad — a big win for ISIS.")
        assad = next(t for t in doc if t.text == "Assad")
        assert kind_after_dash(doc[assad.i : assad.i + 1]) is None


class TestANameLedByAPlace:
    """"Madrid District Hospital", "CNN Philippines": a place before a head word, a body before its country."""

    def test_a_hospital_named_after_its_town(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("Madrid District Hospital in the town of Madrid, which sustained cracks on concrete "
                                  "walls with some pieces falling to the ground, treated 25 wounded people who "
                                  "evacuated to the hospital, CNN Philippines reported the governor said."))
        names = [(e.text, e.label_) for e in doc.ents]
        assert ("Madrid District Hospital", "FAC") in names and ("Madrid", "GPE") in names

    def test_a_broadcasters_branch_in_a_country(self, nlp):
        labels = labels_of(nlp, "Numbers of affected residents fear to return home due to the series of aftershocks, "
                              "according to CNN Philippines.")
        assert labels.get("CNN Philippines") == "ORG"

    def test_an_ordinal_before_a_country_is_no_body(self, nlp):
        from spacy.tokens import Span

        from toolkit.nlp.branches import branches_of_bodies

        doc = nlp("However, 21st Century Australia is much more culturally diverse.")
        century, country = Span(doc, 2, 4, label="ORG"), Span(doc, 4, 5, label="GPE")
        assert [e.text for e in branches_of_bodies([century, country])] == ["21st Century", "Australia"]

    def test_a_court_named_apart_stays_apart(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("On Monday, United States District Court Judge Victor Marrero issued a ruling "
                                  "against President Donald Trump."))
        assert "Victor Marrero" in [e.text for e in doc.ents]


class TestABodyNamedByItsMembers:
    """"the Knights of Columbus", "Black Voices for Trump": a capitalised plural of members and its tail."""

    def test_an_order_named_with_of(self, nlp):
        labels = labels_of(nlp, "He converted to Catholicism in 1993 and engaged with the Knights of Columbus.")
        assert labels.get("Knights of Columbus") == "ORG" and "Columbus" not in labels

    def test_a_campaign_group_named_with_for(self, nlp):
        from toolkit.nlp.repairs import repair_entities

        doc = repair_entities(nlp("On the day of the funeral, the co-chair of Black Voices for Trump and 2012 "
                                  "presidential candidate, Herman Cain, who, like Trump, ran for president on his "
                                  "business credentials, died from COVID-19."))
        names = [e.text for e in doc.ents]
        assert "Black Voices for Trump" in names and "Herman Cain" in names

    def test_a_date_is_no_tail(self, nlp):
        labels = labels_of(nlp, "He went on to serve in the House of Representatives for twenty three years.")
        assert "House of Representatives" in labels and not any("twenty" in name for name in labels)
