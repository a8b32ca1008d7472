"""Entity rules after the entity audit (found and labelled) of the September and October 2020 campaign
round-ups (round ``entities15``, ``bench/audit/entities15.tsv``).

Each rule is checked on a sentence of Wikinews 2019–2020. Texts: Wikinews contributors, en.wikinews.org,
CC BY 2.5.
"""

from __future__ import annotations

from conftest import labels_of


class TestABodyOwnedInThePossessive:
    """"Trump's State Department": a person's possessive in front of a body's name is no part of it."""

    def test_the_owner_is_cut_from_the_body(self, nlp):
        # On the campaign trail in the USA, September 2020.
        labels = labels_of(nlp, "President Trump commented on the matter during a White House Press Briefing. "
                              "Although Trump's State Department asked for any \"external party\" not to involve "
                              "themselves in the conflict, his main presidential rival Joe Biden called on the "
                              "President to demand directly that Turkey stop interfering on Azerbaijan's behalf.")
        assert labels.get("State Department") == "ORG"
        assert not any("'s" in name for name in labels)

    def test_a_possessive_that_is_no_person_stays(self):
        from toolkit.nlp.owners import owned_name
        from spacy.tokens import Doc, Span
        from spacy.vocab import Vocab

        doc = Doc(Vocab(), words=["St.", "John", "'s", "Episcopal", "Church"])
        doc[2].tag_ = "POS"
        span = Span(doc, 0, 5, label="FAC")
        assert owned_name(span, frozenset({"Trump"})).text == span.text


class TestANameRunningOnPastAnd:
    """"the Free and Equal Elections Foundation", "Institute of Allergy and Infectious Diseases": one name across "and"."""

    def test_a_capitalised_adjective_after_the_opens_the_name(self, nlp):
        # On the campaign trail in the USA, October 2020.
        labels = labels_of(nlp, "This month's spotlight on the campaign trail: the Free and Equal Elections Foundation "
                              "holds two presidential debates, three candidates who did not participate in those "
                              "debates give their final pleas to voters.")
        assert labels.get("Free and Equal Elections Foundation") == "ORG"
        assert "Equal Elections Foundation" not in labels

    def test_a_plural_field_after_and_ends_the_name(self, nlp):
        # Scientists report two life-saving treatments for Ebola (August 2019).
        labels = labels_of(nlp, "On Monday morning, Director Anthony Fauci of the United States National Institute of "
                              "Allergy and Infectious Diseases (NIAID), announced a trial of four possible Ebola drugs "
                              "was stopped early because two of them had already shown considerable progress in "
                              "treating the disease and saving the lives of those infected.")
        assert any(name.endswith("National Institute of Allergy and Infectious Diseases") and label == "ORG"
                   for name, label in labels.items())
        assert labels.get("Anthony Fauci") == "PERSON"

    def test_a_name_the_model_read_whole_stays_whole(self, nlp):
        # US President Trump declares COVID-19 national emergency (March 2020).
        labels = labels_of(nlp, "The United States Department of Health and Human Services declared the outbreak a "
                              "\"public health emergency\" on January 31.")
        assert any(name.endswith("Department of Health and Human Services") and label == "ORG"
                   for name, label in labels.items())


class TestAMediumWithOnePostAndAnotherOn:
    """"posted footage on Twitter" beside "hailed the report on Twitter", "According to Twitter": a medium."""

    def test_one_post_and_other_mentions_on_or_as_source(self, nlp):
        # On the campaign trail in the USA, September and October 2020 (four sentences of the two round-ups).
        labels = labels_of(nlp, "After Trump tweeted the same advice, Twitter placed a warning over the tweet. "
                              "At this time, he posted footage on Twitter from a soon-to-be released 60 Minutes "
                              "interview with Leslie Stahl, that Trump claimed was unfair. Trump hailed the report "
                              "on Twitter and warned that Biden could destroy the growth with his proposed tax "
                              "increases. According to Twitter, he describes himself as a centrist Democrat.")
        assert labels.get("Twitter") == "ORG"
        assert labels.get("Leslie Stahl") == "PERSON"

    def test_a_person_called_on_and_cited_stays_a_person(self, nlp):
        # On the campaign trail in the USA, September 2020: "on" after a verb that takes people is no post.
        labels = labels_of(nlp, "Trump called on Fox News to fire Griffin. Nevertheless, others, including Fox News "
                              "reporter Jennifer Griffin, confirmed key parts of the story.")
        assert labels.get("Jennifer Griffin") == "PERSON"


class TestTwoNamesSharingASingularHead:
    """"the Democratic and Republican Party's primary elections": an adjective the model names is a name of its own."""

    def test_a_party_adjective_is_not_taken_into_the_next_name(self, nlp):
        # Wisconsin's April 2020 elections.
        labels = labels_of(nlp, "Wisconsin's elections included the Democratic and Republican Party's primary "
                              "elections, and the general election for the race to fill a seat on the state's "
                              "Supreme Court, among others.")
        assert not any(name.startswith("Democratic and") for name in labels)


class TestAKinNounBeforeAName:
    """"his wife Amanda", "his wife Melania": a noun of kinship right before a name says it is a person's."""

    def test_a_given_name_after_wife_is_a_person(self, nlp):
        # US professional wrestler Jon Huber dies aged 41 (December 2020).
        labels = labels_of(nlp, "According to his wife, Amanda, Huber succumbed to an unspecified lung disorder, "
                              "unrelated to COVID-19, for which he received treatment at the Mayo Clinic. Jon's love "
                              "for his wife Amanda, and children Brodie and Nolan, was evident to all of us who were "
                              "fortunate enough to spend time with him.")
        assert labels.get("Amanda") == "PERSON"

    def test_a_kin_noun_before_a_city_is_no_evidence(self):
        from toolkit.nlp.boundaries import is_person_role

        # "its sister city Guangzhou": the word before the name is "city", which is no kin noun
        assert is_person_role("wife") and is_person_role("brother", "brother")
        assert not is_person_role("city")


class TestWordsRunTogetherIntoAName:
    """"RealClearPolitics", "GoFundMe": three or more capitalised words run together name a body."""

    def test_a_polling_site_is_a_body(self, nlp):
        # On the campaign trail in the USA, June 2020.
        labels = labels_of(nlp, "In the RealClearPolitics average at the end of June, Biden led Trump 50.0 percent to "
                              "40.4 percent.")
        assert labels.get("RealClearPolitics") == "ORG"

    def test_a_fundraising_site_is_a_body(self, nlp):
        # New Hampshire crash kills seven including former US Marines (June 2019).
        labels = labels_of(nlp, "A GoFundMe campaign has been set up to pay for funeral costs and medical expenses.")
        assert labels.get("GoFundMe") == "ORG"

    def test_two_parts_a_hashtag_and_a_glued_caption_are_no_name(self, nlp):
        from toolkit.nlp.run_together import run_together_names

        # "the ZooMS analysis" (an interview on bone tools), "the hashtag #LetHerSpeak" (campaign round-up)
        doc = nlp("So Frido is the ZooMS expert on this paper. A day after the news broke, the hashtag "
                  "#LetHerSpeak, referring to Jorgensen's bid, trended. Bill HammonsImage: Bill Hammons.")
        assert run_together_names(doc, set()) == []


class TestACaptionCreditGluedToTheName:
    """"Howie HawkinsImage: GreenIn2010.": the credit's word glued to a caption's name is no part of it."""

    def test_the_glued_word_is_split_off(self, nlp):
        # On the campaign trail in the USA, May 2020 (three picture captions).
        doc = nlp("Don BlankenshipImage: Brianhayden1980.\n\nHowie HawkinsImage: GreenIn2010.\n\n"
                  "Gloria La RivaImage: Pax Ahimsa Gethen.")
        assert "Image" in [t.text for t in doc]
        labels = labels_of(nlp, "Howie HawkinsImage: GreenIn2010.\n\nGloria La RivaImage: Pax Ahimsa Gethen.")
        assert labels.get("Howie Hawkins") == "PERSON"
        assert not any(name.endswith("Image") for name in labels)

    def test_an_ordinary_word_keeps_its_letters(self, nlp):
        doc = nlp("The image was taken. Harry Browne Image: Carolmooredc.")
        assert [t.text for t in doc][:4] == ["The", "image", "was", "taken"]


class TestAFrontedObjectRunIntoTheSubject:
    """"The next day on Twitter West accused …": the fronted preposition's object is no part of the person."""

    def test_the_person_is_the_surname_after_the_medium(self, nlp):
        # On the campaign trail in the USA, July 2020.
        labels = labels_of(nlp, "At this time, West's family reportedly expressed concerns about West's mental "
                              "state. The next day on Twitter West accused his wife of attempting to \"lock me up\" "
                              "due to his comments at the rally.")
        assert "Twitter West" not in labels
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("The next day on Twitter West accused his wife of attempting to \"lock me up\" due "
                                  "to his comments at the rally."))
        assert ("West", "PERSON") in [(e.text, e.label_) for e in doc.ents]


class TestANameRunIntoAQuotation:
    """'said on Twitter "Youtube-dl is …': a quotation opened inside a name ends the name."""

    def test_the_name_stops_at_the_opening_mark(self, nlp):
        # GitHub blocks public access to youtube-dl after RIAA issues DMCA notice (October 2020).
        labels = labels_of(nlp, "The Electronic Frontier Foundation said on Twitter \"Youtube-dl is a legitimate tool "
                              "with a world of a lawful uses.")
        assert not any('"' in name for name in labels)

    def test_an_article_before_the_mark_is_trimmed_as_before(self, nlp):
        # Tropical Depression Three of 2019 approaches Florida (July 2019): the article before the mark goes too.
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("The Air Force Reserve survey finding the storm no longer qualified as a "
                                  "\"Tropical Depression\" because it didn't exhibit closed circulation near ground "
                                  "level."))
        assert "a" not in [e.text for e in doc.ents]


class TestAPeopleNamedByOrigin:
    """"non-Latino white Americans", "Indigenous Australians": peoples (NORP), not bodies."""

    def test_a_pan_ethnic_name_is_a_people(self, nlp):
        # Researchers break down deaths due to power plant pollution in the United States (November 2019).
        labels = labels_of(nlp, "They were followed by non-Latino white Americans at six per 100,000; for all other "
                              "racial groups in the country, there were only four premature deaths per 100,000.")
        # The prefix is cut off since round entities21 ("non-Muslim" names the Muslims, entities19): the people
        # is "Latino".
        assert labels.get("Latino") == "NORP"
        assert "non-Latino" not in labels

    def test_a_first_people_of_a_known_land_is_a_people(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (October 2020).
        labels = labels_of(nlp, "5% of the population, or 24,062 people, identified as Indigenous Australians "
                              "(Aboriginal Australians and Torres Strait Islanders) in 2016.")
        assert labels.get("Indigenous Australians") == "NORP"
        assert labels.get("Aboriginal Australians") == "NORP"
