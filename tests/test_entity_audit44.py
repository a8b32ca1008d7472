"""Entity rules after the entity audit (found and labelled) of twelve GUM news documents (round ``entities44``,
``bench/audit/entities44.tsv``): Afghan girls at a robotics contest, Rohingya asylum seekers, Ahmed Mohamed's
clock, the crane collapse at Mecca, a Scientology defector, the Hong Kong Legislative Council election, Fan Expo
Canada, New Zealand's flag, hackers against Scientology, a homeopath's daughter, Internet Explorer 6 and a woman
held by Scientology.

Each rule is checked on the audited sentences, the text as ``toolkit.evaluation.gum.read_gum`` rebuilds it from
GUM_news_<name>.conllu (texts CC BY 2.5 Wikinews contributors; GUM annotations CC BY 4.0, Georgetown University
Multilayer corpus, Zeldes), with controls.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows


# GUM_news_homeopathic
_COUNSEL = ("Speaking in the parents' defense, Tom Molomby, SC, said that, as the parents came from India, where "
            "homeopathy is in common use, they should be declared not guilty due to cultural differences.")
_CROWN = ("Her eczema was so severe that her skin broke every time her parents changed her clothes or nappy, and in "
          "the words of the Crown prosecutor, Mark Tedeschi, QC, \"Gloria spent a lot of the last five months of her "
          "life crying, irritable, scratching and the only thing that gave her solace was to suck on her mother's "
          "breast.\"")


class TestSilkBetweenCommas:
    """"Tom Molomby, SC, said", "Mark Tedeschi, QC,": the letters of a barrister's silk set off by commas after a
    person's name name no body or place."""

    def test_senior_counsel(self, nlp):
        ents = ents_of(nlp, _COUNSEL)
        assert ("Tom Molomby", "PERSON") in ents
        assert not any(text == "SC" for text, _ in ents)

    def test_queens_counsel(self, nlp):
        ents = ents_of(nlp, _CROWN)
        assert ("Mark Tedeschi", "PERSON") in ents
        assert not any(text == "QC" for text, _ in ents)

    def test_a_state_code_after_a_town_stays(self, nlp):
        # White House, 2025 (public domain): a state's code after a town, no person's name before it
        ents = ents_of(nlp, "WCIV-TV (Charleston, SC): GasBuddy forecasts Labor Day gas prices lowest since 2020")
        assert any(text == "SC" for text, _ in ents)


# GUM_news_clock
_ZUCKERBERG = ("Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come and tour "
               "the company.")


class TestFoundersInLowerCase:
    """"Facebook co-founder Mark Zuckerberg": a firm the model left untagged before a founder's title in lower case
    and a person's name is a body."""

    def test_the_firm(self, nlp):
        ents = ents_of(nlp, _ZUCKERBERG)
        assert ("Facebook", "ORG") in ents
        assert ("Mark Zuckerberg", "PERSON") in ents

    def test_a_lower_case_chairman_is_left(self, nlp):
        # only a founder's title is read in lower case: "chairman" after a capitalised word may follow a field
        from toolkit.nlp.officer_bodies import bodies_before_officers

        doc = nlp("Finance chairman Mark Zuckerberg tweeted to Mohamed.")
        assert not [e.text for e in bodies_before_officers(doc, set())]


# GUM_news_homeopathic
_HERALD = ("By this time, \"her skin was weeping, her body malnourished and her corneas melting\", according to the "
           "Sydney Morning Herald.")


class TestPapersByTheirHeads:
    """"according to the Sydney Morning Herald" (EVENT): a name whose head word is a newspaper's is a body."""

    def test_the_paper(self, nlp):
        assert label_rows(entity_table(nlp, _HERALD)).get("Sydney Morning Herald") == "ORG"


# GUM_news_election
_LAM = ("Pan-democrat Lam Cheuk-ting from the Democratic Party and localist group Youngspiration's Baggio Leung were "
        "successfully elected newcomers.")
_CHU = ("In the New Territories West geographical constituency, nonpartisan pan-democrat Eddie Chu was elected with "
        "84,121 votes, the most given to any list in the geographical constituencies.")
_STARRY = ("Other pan-democrats elected were Leung Yiu-chung of NWSC and James To of the Democratic Party. Pro-Beijing "
           "DAB's Starry Lee and Holden Chow were successfully elected in this constituency, while pro-Beijing veteran "
           "politician Wong Kwok-hing of FTU was defeated by 10,694 votes by James To.")


class TestCampsBeforeNames:
    """"nonpartisan pan-democrat Eddie Chu", "Pan-democrat Lam Cheuk-ting" (ORG): a camp's descriptor is no part of
    the name, and a camp's member in the singular is a person."""

    def test_a_member_of_a_camp_is_a_person(self, nlp):
        ents = ents_of(nlp, _LAM)
        assert ("Lam Cheuk-ting", "PERSON") in ents
        assert not any(text.startswith("Pan-democrat") for text, _ in ents)

    def test_the_descriptors_are_cut(self, nlp):
        rows = label_rows(entity_table(nlp, _CHU))
        assert rows.get("Eddie Chu") == "PERSON"
        assert not any("pan-democrat" in name for name in rows)

    def test_a_partys_initials_before_its_member(self, nlp):
        # in the whole document the repairs read "Pro-Beijing DAB's Starry Lee" as one person's name
        from toolkit.nlp.party_words import leanings_off_names

        doc = nlp(_STARRY)
        start = doc.text.index("Pro-Beijing")
        span = doc.char_span(start, doc.text.index(" and Holden"), label="PERSON")
        assert [(e.text, e.label_) for e in leanings_off_names([span])] == [("DAB", "ORG"), ("Starry Lee", "PERSON")]

    def test_a_body_named_in_capitals_is_left(self, nlp):
        from toolkit.nlp.party_words import leanings_off_names

        doc = nlp("The Anti-Defamation League said the posters were offensive.")
        span = doc.char_span(4, len("The Anti-Defamation League"), label="ORG")
        assert [e.text for e in leanings_off_names([span])] == ["Anti-Defamation League"]


# GUM_news_election
_WONG = ("Civic Party's Jeremy Tam was elected for the first time. Localist group Civic Passion's Wong Yeung-tat was "
         "defeated in this district, and resigned his leadership in Civic Passion.")


class TestHyphenatedGivenNames:
    """"Wong Yeung-tat": a person's name the model ends at the hyphen of a two-syllable given name takes the second
    syllable back."""

    def test_the_syllable(self, nlp):
        ents = ents_of(nlp, _WONG)
        assert any(text.endswith("Wong Yeung-tat") and label == "PERSON" for text, label in ents)
        assert not any(text.endswith("Wong Yeung") for text, _ in ents)


# GUM_news_imprisoned
_VALESKA = ("Valeska Paris, an Australian woman and former Scientologist, has claimed that the Church of Scientology "
            "imprisoned her for twelve years aboard the Scientology - owned cruise ship, Freewinds.\n\n"
            "The Church of Scientology's cruise ship Freewinds in Bonaire.\n\n"
            "Paris was born in Switzerland but her parents moved her to the United Kingdom when she was six so they "
            "could be closer to the church's headquarters.")


class TestGivenNamesBeforeTowns:
    """"Valeska Paris, an Australian woman": a lone word that is no place, touching a town's name and described as a
    woman right after, is a person's given name, and the surname alone is hers ("Paris was born in Switzerland")."""

    def test_the_person(self, nlp):
        table = entity_table(nlp, _VALESKA)
        rows = label_rows(table)
        assert rows.get("Valeska Paris") == "PERSON"
        assert rows.get("Paris") is None
        assert rows.get("Switzerland") == "GPE"

    def test_a_town_stays_a_town(self, nlp):
        # a control: a city named before its country
        rows = label_rows(entity_table(nlp, "Demonstrators marched through Paris, France on Saturday."))
        assert rows.get("Paris") == "GPE"


# GUM_news_hackers
_YOUTUBE = ("The \"History\" section of the site explains, in a satirical fashion, that the incident was prompted by "
            "the Church of Scientology's attempts to remove a promotional video featuring Scientologist Tom Cruise "
            "from YouTube. Though YouTube is complying with the Church of Scientology's requests to take down the "
            "video, other sites such as Gawker.com have stated that they will keep hosting it.")


class TestIntercappedNamesAreNoPlaces:
    """"from YouTube", "YouTube is complying" (GPE): a one-word name with a capital inside after a lower-case letter
    is a firm's, no place's; the places' names written so keep their label ("McAllen", "DeKalb")."""

    def test_the_site(self, nlp):
        assert label_rows(entity_table(nlp, _YOUTUBE)).get("YouTube") == "ORG"

    def test_a_town_with_a_prefix_stays_a_place(self, nlp):
        # a control: a town whose name has a capital inside
        rows = label_rows(entity_table(nlp, "The storm moved toward McAllen, Texas, on Tuesday."))
        assert rows.get("McAllen") == "GPE"


# GUM_news_crane
_MOSQUE = ("A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 or more and wounding 238, "
           "according to Saudi Arabia's Civil Defense Authority.")


class TestBuildingsAfterPlacesPossessives:
    """"into Mecca's Grand Mosque": a building's name after a place's possessive is read as after "the" or "into"."""

    def test_the_mosque(self, nlp):
        ents = ents_of(nlp, _MOSQUE)
        assert ("Grand Mosque", "FAC") in ents
        assert ("Mecca", "GPE") in ents

    def test_a_persons_possessive_is_left(self, nlp):
        # a control: after a person's possessive no building is read this way
        from toolkit.nlp.repairs import _after_places_possessive

        doc = nlp("The party was held at Tom Cruise's Grand Hotel suite on Sunday.")
        grand = next(t.i for t in doc if t.text == "Grand")
        assert doc[grand - 2].ent_type_ == "PERSON"
        assert not _after_places_possessive(doc, grand)


# GUM_news_imprisoned
_TELEVISION = ("Her mother had spoken out against Scientology on French television after her ex-husband and Paris's "
               "father, Albert Jaquier, committed suicide after he lost his fortune to Scientology.")


class TestAdjectivesAfterPrepositions:
    """"against Scientology on French television" ("Scientology on French", ORG): a name never runs on over a
    preposition into the adjective of the noun after it."""

    def test_the_body_and_the_adjective(self, nlp):
        ents = ents_of(nlp, _TELEVISION)
        assert ("Scientology", "ORG") in ents
        assert ("French", "NORP") in ents
        assert not any(" on " in text for text, _ in ents)

    def test_a_bodys_own_on_stays(self, nlp):
        # a control: a body named with "on" ends in a noun
        from toolkit.nlp.name_edges import adjectives_after_prepositions

        doc = nlp("The Council on Foreign Relations said the report was thorough.")
        span = doc.char_span(4, len("The Council on Foreign Relations"), label="ORG")
        assert [e.text for e in adjectives_after_prepositions([span])] == ["Council on Foreign Relations"]
