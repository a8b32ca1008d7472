"""Entity rules after the audit of twelve Wikinews dev articles (round ``entities48``,
``bench/audit/entities48.tsv``): an acronym of a name with "U.S.", a one-word particle of a surname, a family named
by its plural, a company's short form after "into", a party's name before a lower-case "party", a service's body
run into its command, relatives listed right after their kin noun.

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5 Wikinews contributors), with controls.
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, ents_of, label_rows

# Wikinews, 2020-01-17, Puerto Rico's earthquakes
_USGS = ("The United States Geological Survey (USGS) placed the epicenter of the quake about eight kilometers (five "
         "miles) southwest of the town of Guenica. John Geiger of USGS told the press last week, \"The past several "
         "weeks we've had hundreds of small earthquakes in the same region.\" In predictions since the January 7 "
         "quake, the U.S. Geological Survey has said the earthquakes may continue into early February.")


class TestAcronymsOfDottedAbbreviations:
    """"USGS" beside "the U.S. Geological Survey": each letter of an abbreviation written with points counts."""

    def test_the_acronym_joins_the_body(self, nlp):
        table = entity_table(nlp, _USGS)
        rows = label_rows(table)
        assert "USGS" not in rows
        # one body under one of its long forms (entities49's bracketed acronym makes the first one the name)
        [name] = [n for n in rows if "Geological Survey" in n]
        assert rows[name] == "ORG"
        assert {"USGS", "United States Geological Survey", "U.S. Geological Survey"} <= aliases_of(table, name) | {name}

    def test_only_the_acronym_of_its_letters(self, nlp):
        # the article's sentence with another body's acronym: not the survey's
        table = entity_table(nlp, "The U.S. Geological Survey said the quake was shallow. FEMA sent aid.")
        assert "FEMA" not in aliases_of(table, "U.S. Geological Survey")


# Wikinews, 2019-01-28, the Jolo Cathedral bombings
_DELA = ("Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected "
         "perpetrators.")


class TestOneWordParticles:
    """"Arnel dela Vega": "dela" (and "della", "delos") is a particle inside a surname, as "de" and "del" are."""

    def test_the_given_name_is_in(self, nlp):
        ents = ents_of(nlp, _DELA)
        assert ("Arnel dela Vega", "PERSON") in ents
        assert label_rows(entity_table(nlp, _DELA)).get("Arnel dela Vega") == "PERSON"

    def test_a_title_stays_out(self, nlp):
        ents = ents_of(nlp, "Senator dela Rosa said the campaign would continue.")
        assert not any(text.startswith("Senator") for text, _ in ents)


# Wikinews, 2019-09-30, the House's subpoena to the Secretary of State
_BIDENS = ("Trump said that he did indicate to the Ukrainians that the aid was contingent on their addressing "
           "corruption but denied that he made any specific deal about the Bidens. In it, Trump asks Zelensky to "
           "investigate Joe Biden and his son, Hunter Biden.")


class TestFamiliesBySurnames:
    """"about the Bidens": the plural of a surname the text names in full, after "the", is a family (PERSON)."""

    def test_the_family(self, nlp):
        assert ("Bidens", "PERSON") in ents_of(nlp, _BIDENS)

    def test_the_table(self, nlp):
        table = entity_table(nlp, _BIDENS)
        assert label_rows(table).get("Bidens") == "PERSON"
        # the family is no misspelling of one of its members
        assert "Bidens" not in aliases_of(table, "Hunter Biden")
        assert "Bidens" not in aliases_of(table, "Joe Biden")

    def test_a_plural_place_stays(self, nlp):
        # Wikinews, 2019-01-28: "the Philippines" is no family of Rodrigo Duterte's
        ents = ents_of(nlp, "The Philippines is a Catholic majority nation, President Rodrigo Duterte said.")
        assert ("Philippines", "GPE") in ents


# Wikinews, 2019-09-30, the House's subpoena to the Secretary of State
_BURISMA = ("The accusation against Biden is that he interfered with an investigation into Burisma Holdings; Hunter "
            "Biden was on the board of the company at the time. An investigation by PolitiFact found no such action "
            "on Joe Biden's part, and the investigation into Burisma had already been inactive for more than a year.")


class TestCompanyShortForms:
    """"the investigation into Burisma" beside Burisma Holdings: a firm's short name after "into" is the firm."""

    def test_the_short_form_joins(self, nlp):
        table = entity_table(nlp, _BURISMA)
        assert "Burisma" not in label_rows(table)
        assert "Burisma" in aliases_of(table, "Burisma Holdings")

    def test_a_place_stays(self, nlp):
        table = entity_table(nlp, "Mahan Air flies to Tehran. The plane landed in Mahan on Monday.")
        assert "Mahan" not in aliases_of(table, "Mahan Air")


# Wikinews, 2019-02-11, the Thai princess's candidacy
_THAI = ("On Saturday, Thailand's Thai Raksa Chart Party withdrew from using Princess Ubolratana Mahidol as their "
         "candidate for prime minister. \"Thai Raksa Chart party complies with the royal command,\" the party "
         "informed the press. The Thai Raksa Chart party was founded by supporters of the Shinawatra family.")


class TestPartiesBeforeALowerCaseParty:
    """"Thai Raksa Chart party" beside "the Thai Raksa Chart Party": one party."""

    def test_one_party(self, nlp):
        table = entity_table(nlp, _THAI)
        rows = label_rows(table)
        assert "Thai Raksa Chart" not in rows
        assert rows.get("Thai Raksa Chart Party") == "ORG"
        assert "Thai Raksa Chart" in aliases_of(table, "Thai Raksa Chart Party")

    def test_a_one_word_adjective_stays(self, nlp):
        # Wikinews, 2019-09-30: a party's adjective before a noun is not joined to the party by this rule
        table = entity_table(nlp, "Giuliani urged investigations into Democratic challenger Joe Biden. Biden is a "
                                  "front runner for the Democratic Party's nomination.")
        assert "Democratic" not in aliases_of(table, "Democratic Party")


# Wikinews, 2019-01-28, the Jolo Cathedral bombings
_COAST_GUARD = ("The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson Hermogino directing "
                "Coast Guard units nearby to join the investigation.")


class TestCommandsHeldInBodies:
    """"Coast Guard Commandant Admiral Elson Hermogino": a service's command closes its body's name."""

    def test_the_body(self, nlp):
        ents = ents_of(nlp, _COAST_GUARD)
        assert ("Coast Guard Commandant", "ORG") not in ents
        assert [text for text, label in ents if label == "ORG"].count("Coast Guard") == 2
        assert ("Elson Hermogino", "PERSON") in ents

    def test_an_office_named_after_the_command_stays(self, nlp):
        ents = ents_of(nlp, "The statement came from the Office of the Police Commissioner on Monday.")
        assert any(text.endswith("Police Commissioner") for text, _ in ents)


# Wikinews, 2020-12-28, Jon Huber
_KIN = ("Jon's love for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were fortunate "
        "enough to spend time with him.")


class TestRelativesNextToTheirKinNoun:
    """"and children Brodie and Nolan": names listed right after a kin noun are people."""

    def test_the_children(self, nlp):
        ents = ents_of(nlp, _KIN)
        assert ("Nolan", "PERSON") in ents
        assert ("Amanda", "PERSON") in ents

    def test_a_parent_company_after_a_comma_stays(self, nlp):
        ents = ents_of(nlp, "The company's parent, Alphabet, reported higher profits.")
        assert not any(text == "Alphabet" and label == "PERSON" for text, label in ents)


# Wikinews, 2019-02-11, the Thai princess's candidacy
_CHAN = ("A military coup removed then-prime-minister Thaksin Shinawatra in 2006, and another his sister Yingluck "
         "Shinawatra in 2014, which placed incumbent Prayuth Chan-o-cha in office. The Thai Raksa Chart Party did not "
         "immediately announce whom they would support to run against Chan-o-cha.")


class TestHyphenatedSurnames:
    """"to run against Chan-o-cha": a surname of hyphenated syllables used alone is the whole word."""

    def test_the_surname(self, nlp):
        ents = ents_of(nlp, _CHAN)
        assert ("Chan-o-cha", "PERSON") in ents
        assert ("Chan", "PERSON") not in ents

    def test_the_table(self, nlp):
        table = entity_table(nlp, _CHAN)
        assert "Chan" not in label_rows(table)
        assert "Chan-o-cha" in aliases_of(table, "Prayuth Chan-o-cha")

    def test_a_compound_stays(self, nlp):
        # a name before a hyphenated modifier, with no person named in full by the word
        ents = ents_of(nlp, "Donald Trump spoke. Trump-era policies were reversed.")
        assert not any(text.startswith("Trump-") for text, _ in ents)


# Wikinews, 2019-01-28, the Jolo Cathedral bombings
_SULU = ("Jolo, and the Sulu region it is within, were among the areas to vote against the measure. Bangsamoro is "
         "nevertheless to include them within it.")


class TestPlacesBeforeKindsOfTerritory:
    """"the Sulu region": a name between "the" and a lower-case kind of territory is a place (GPE)."""

    def test_the_region(self, nlp):
        ents = ents_of(nlp, _SULU)
        assert ("Sulu", "GPE") in ents
        assert label_rows(entity_table(nlp, _SULU)).get("Sulu") == "GPE"

    def test_a_peoples_adjective_stays(self, nlp):
        ents = ents_of(nlp, "Oil output rose in the Kurdish region of Iraq.")
        assert ("Kurdish", "NORP") in ents


# Wikinews, 2020-12-28, Jon Huber
_HEARTBROKEN = ("\"Heartbroken and numb,\" writes Huber's longtime tag team partner Erick Rowan on Instagram. \"I have "
                "lost not only a friend but a brother!\"")


class TestAdjectivesOpeningQuotations:
    """"\"Heartbroken and numb,\"": an adjective opening a quotation is no name."""

    def test_no_entity(self, nlp):
        ents = ents_of(nlp, _HEARTBROKEN)
        assert not any(text == "Heartbroken" for text, _ in ents)
        assert ("Erick Rowan", "PERSON") in ents
        assert "Heartbroken" not in label_rows(entity_table(nlp, _HEARTBROKEN))

    def test_a_quoted_title_stays(self, nlp):
        ents = ents_of(nlp, "\"Amazing Grace\" was sung at the funeral.")
        assert ("Amazing Grace", "WORK_OF_ART") in ents


# Wikinews, 2019-09-30, the House's subpoena to the Secretary of State
_CONSTITUTION = ("Together, the number of members is enough for the simple majority vote required by the United States "
                 "Constitution to impeach an official. Under the U.S. Constitution, the House of Representatives "
                 "impeaches the official and then the impeachment trial is conducted in the Senate.")


class TestLawsWithTheCountry:
    """"the U.S. Constitution" and "the United States Constitution": one law however the country is written."""

    def test_one_law(self, nlp):
        table = entity_table(nlp, _CONSTITUTION)
        rows = label_rows(table)
        assert ("U.S. Constitution" in rows) != ("United States Constitution" in rows)
        name = "U.S. Constitution" if "U.S. Constitution" in rows else "United States Constitution"
        assert rows[name] == "LAW"
        assert aliases_of(table, name) & {"U.S. Constitution", "United States Constitution"}

    def test_the_bare_name_stays_apart(self, nlp):
        # Wikinews, 2019-07-20: a bare "Supreme Court" may be another country's (or a state's)
        table = entity_table(nlp, "In late June, the United States Supreme Court ruled against its initial attempt. "
                                  "The administration disregarded the Supreme Court's ruling.")
        assert "Supreme Court" not in aliases_of(table, "United States Supreme Court")
