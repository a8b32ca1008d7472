"""Entity rules after the entity audit (found and labelled) of two Wikinews interviews (round ``entities27``,
``bench/audit/entities27.tsv``): their lead paragraphs and their answers, not their speaker labels.

Each rule is checked on a sentence of the corpora outside the audited texts where they have one, else on the
audited sentence. Wikinews texts: Wikinews contributors, en.wikinews.org, CC BY 2.5. White House texts: public
domain.
"""

from __future__ import annotations

from conftest import ents_of, labels_of


class TestTitleAcronyms:
    """"the Divisional Railway Manager (DRM)": the short form of a title, spelt by the words before it, is an
    office a person holds, no body; nor is the same short form alone elsewhere in the document."""

    def test_a_spelt_out_officers_short_form_is_no_body(self, nlp):
        # White House, National Security Presidential Memorandum NSPM-12 (2026-06-12).
        ents = ents_of(nlp, "(i) For the purposes of safeguarding NSS from a known or reasonably suspected "
                            "information security threat, vulnerability, or risk, the CNSS may issue a directive to "
                            "the head of an agency, through that agency’s CIO, Chief Information Security Officer "
                            "(CISO), or other officer designated by the head of the agency, to take any lawful action "
                            "with respect to the operation of that NSS for the purpose of protecting the system from, "
                            "or mitigating, the threat, vulnerability, or risk.")
        assert not any(text == "CISO" for text, _ in ents)
        assert ("CNSS", "ORG") in ents

    def test_the_short_form_alone_later_is_no_body_either(self, nlp):
        # Wikinews discusses International Women's Day celebration with Mysore Divisional Railway Manager
        # (2020-03-08); the corpus has no other title's short form used again.
        ents = ents_of(nlp, "Aparna Garg — who has been the Divisional Railway Manager (DRM) for Mysore Division "
                            "for almost two years — discussed this initiative with Wikinews. Now you see DRM's, I "
                            "am sitting here. There was a time when the number of ladies who'd become DRM was very "
                            "less.")
        assert not any(text.startswith("DRM") for text, _ in ents)
        assert ("Mysore Division", "ORG") in ents

    def test_an_office_of_a_title_stays_a_body(self, nlp):
        # White House, Organization of the National Security Council and Subcommittees (2025-01-20).
        ents = ents_of(nlp, "There is a single NSC staff within the Executive Office of the President (EOP) that "
                            "serves both the NSC on national security matters and the HSC when the Council is "
                            "considering homeland security matters.")
        assert any(text == "EOP" for text, _ in ents)


    def test_an_agency_titles_short_form_stays_a_body(self, nlp):
        # White House, fact sheet on a directive to prevent the unfair exploitation of American innovation
        # (2025-02-21): "the USTR" names the Trade Representative's office as often as its head.
        ents = ents_of(nlp, "This memorandum directs the United States Trade Representative (USTR) to renew the DST "
                            "investigations under Section 301 that were initiated during President Trump’s first "
                            "term, and investigate any additional countries that use a DST to discriminate against "
                            "U.S. companies.")
        assert any(text == "USTR" for text, _ in ents)


class TestTownsInFormalStyle:
    """"the City of Melbourne": a polity noun the model tags apart from the place after "of" opens that
    place's formal style; no place "City" is left."""

    def test_the_city_of_a_town_is_one_place(self, nlp):
        # White House, ONDCP recognizes law enforcement's work to stop drug traffickers (2025-03-28).
        ents = ents_of(nlp, "The City of Laredo experienced 21 overdose deaths in 2021, rose to 41 overdose deaths "
                            "in 2022, and was on pace to experience nearly 100 overdose deaths in 2023, when the "
                            "task force was launched.")
        assert ("The City of Laredo", "GPE") in ents
        assert not any(text in ("The City", "City") for text, _ in ents)

    def test_a_style_the_model_saw_whole_is_kept(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22).
        ents = ents_of(nlp, "Unlike the City of London where its local government administer London CBD [Central "
                            "Business District] and greater London, the City of Melbourne is divided in 76 areas and "
                            "the Melbourne City Council only administer the Melbourne CBD and two surrounding "
                            "residential areas, Docklands and Southbank.")
        assert ("the City of London", "GPE") in ents
        assert ("the City of Melbourne", "GPE") in ents


class TestTownsAfterPrepositions:
    """"the Tippu Express from Mysore to Bangalore": a lone capitalised proper noun the model left untagged
    after a preposition of place, that the gazetteer knows as a town, is that town; not a word of a person's
    name in the document."""

    def test_an_untagged_town_after_in_is_a_place(self, nlp):
        # Francis D'Souza, former Deputy Chief Minister of Goa, dies (2019-02-17).
        ents = ents_of(nlp, "The Aam Aadmi Party in Goa, in its statement, said he was a \"gentleman "
                            "politician\".")
        assert ("Goa", "GPE") in ents

    def test_a_town_that_names_a_person_here_is_left(self, nlp):
        # On the campaign trail in the USA, May 2020 (2020-06-19).
        ents = ents_of(nlp, "Hawkins selected 2016 Socialist Party USA vice presidential nominee Angela Walker to "
                            "be his running mate. Wikinews reached out to Walker to discuss how her past "
                            "experience impacts the current race.")
        assert not any(text == "Walker" and label == "GPE" for text, label in ents)

    def test_a_town_of_another_country_than_the_storys_is_left(self, nlp):
        # Thousands march in anti-Brexit protest in London (Wikinews, 2019-03-28; CC BY 2.5): "Whitehall", a town
        # of Ohio in the gazetteer, is the London street in a story of London.
        text = ("Estimates by event organizers indicate roughly one million people marched in London on Saturday. "
                "Protestor dressed as the Grim Reaper in Whitehall. Image: John Lubbock (flickr).")
        assert not any(text == "Whitehall" for text, _ in ents_of(nlp, text))
        # the same words in a story of Ohio name the town
        ohio = text.replace("in London", "in Columbus, Ohio")
        assert ("Whitehall", "GPE") in ents_of(nlp, ohio)


class TestListsApposedToPlacesNouns:
    """"two surrounding residential areas, Docklands and Southbank": a list right after a plural noun of places
    and a comma names places, though the parser read it as that noun's fellows in a conjunction."""

    def test_a_list_after_areas_names_places(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22); the corpora have no
        # other list so parsed.
        labels = labels_of(nlp, "Unlike the City of London where its local government administer London CBD "
                                "[Central Business District] and greater London, the City of Melbourne is divided in "
                                "76 areas and the Melbourne City Council only administer the Melbourne CBD and two "
                                "surrounding residential areas, Docklands and Southbank.")
        assert labels.get("Docklands") == "GPE"

    def test_an_untagged_fellow_in_the_list_is_a_place(self, nlp):
        # The same sentence: the model tagged no word of "Southbank".
        ents = ents_of(nlp, "Unlike the City of London where its local government administer London CBD [Central "
                            "Business District] and greater London, the City of Melbourne is divided in 76 areas and "
                            "the Melbourne City Council only administer the Melbourne CBD and two surrounding "
                            "residential areas, Docklands and Southbank.")
        assert ("Southbank", "GPE") in ents


class TestBareTitles:
    """"As Divisional Railway Manager, I am in charge": a title with no name after it, ending in a noun of
    office that is nobody's surname, is no person."""

    def test_a_title_cut_by_the_repairs_is_no_person(self, nlp):
        # US President Trump ousts national security advisor John Bolton (2019-09-12).
        ents = ents_of(nlp, "I will be naming a new National Security Advisor next week.")
        assert not any(label == "PERSON" for _, label in ents)

    def test_a_candidacy_after_a_name_is_no_person(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22).
        ents = ents_of(nlp, "So I choose Team Zorin as a name that represented me, Wayne Tseng — Lord Mayor "
                            "Candidate and Gricol Yang — Deputy Lord Mayor Candidate.")
        assert ("Wayne Tseng", "PERSON") in ents and ("Gricol Yang", "PERSON") in ents
        assert not any(text == "Candidate" for text, _ in ents)

    def test_a_title_before_a_name_leaves_the_person(self, nlp):
        # White House, statement from Secretary Rubio and NSC Waltz on call with Zelenskyy (2025-03-19).
        ents = ents_of(nlp, "The Presidents noted the positive work of their advisors and representatives, "
                            "especially Secretary Rubio, National Security Advisor Waltz, Special Envoy Kellogg, and "
                            "others.")
        assert any(text.endswith("Waltz") and label == "PERSON" for text, label in ents)


    def test_an_office_of_a_body_goes_whole(self, nlp):
        # Wikinews discusses International Women's Day celebration with Mysore Divisional Railway Manager
        # (2020-03-08): the model calls "Divisional Railway" a person, a body's head before the office.
        ents = ents_of(nlp, "As Divisional Railway Manager, I am in charge of all the operations, all the train "
                            "running, and my division is around 1300 route kilometres.")
        assert not any("Divisional" in text for text, _ in ents)

    def test_a_name_the_model_found_inside_stays(self, nlp):
        # White House, tariffs work and President Trump's first term proves it (2025-04-02): the repairs ran
        # "Biden" on over "Secretary"; the title goes, the name stays.
        ents = ents_of(nlp, "Former Biden Secretary of the Treasury Janet Yellen affirmed last year that tariffs do "
                            "not raise prices: “I don’t believe that American consumers will see any meaningful "
                            "increase in the prices that they face.”")
        assert ("Biden", "PERSON") in ents and ("Janet Yellen", "PERSON") in ents
        assert not any(text.endswith("Secretary") for text, _ in ents)


class TestCountriesBeforeKindsOfBodies:
    """"the USA firm eTranslate": a country by any of its short names between "the" and a kind noun of bodies
    is the body's country, not the body's name."""

    def test_the_us_before_company_stays_a_country(self, nlp):
        # White House, major organizations commit to supporting AI education (2025-09-09).
        labels = labels_of(nlp, "“Groq, the U.S. company behind the most efficient, high-performance, and secure AI "
                                "inference systems, answers President Trump’s call to action with a concrete, "
                                "jobs-first commitment to help ensure that the American people win the worldwide AI "
                                "race.")
        assert labels.get("United States") == "GPE"
        assert labels.get("Groq") == "ORG"

    def test_the_usa_before_firm_stays_a_country(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22).
        labels = labels_of(nlp, "The firm which shares the same name as the USA firm eTranslate (but not related) "
                                "specialises in language expertise and language information technology.")
        assert labels.get("United States") == "GPE"


class TestEndsOfExtents:
    """"the division extends from Chamarajanagar", "goes up to Raidurga": where a line or a territory runs from
    or to is a place; not whom one "reaches out to"."""

    def test_the_ends_of_a_division_are_places(self, nlp):
        # Wikinews discusses International Women's Day celebration with Mysore Divisional Railway Manager
        # (2020-03-08); the corpora have no other end of an extent the model mistook.
        labels = labels_of(nlp, "As Divisional Railway Manager, I am in charge of all the operations, all the "
                                "train running, and my division is around 1300 route kilometres. It extends from "
                                "Chamarajanagar. It goes right up to, just short of Hubli up to Karajagi.")
        assert labels.get("Chamarajanagar") == "GPE"
        assert labels.get("Hubli") == "GPE"
        assert labels.get("Karajagi") == "GPE"

    def test_a_region_something_comes_up_from_is_no_body(self, nlp):
        # White House, remarks by President Trump and NATO Secretary General Mark Rutte (2025-03-13).
        labels = labels_of(nlp, "But it comes up from the Pacific Northwest, and it’s a beautiful thing to see.")
        assert labels.get("Pacific Northwest") in ("GPE", "LOC")


class TestBodiesOpenedByPeoples:
    """"Chinese Precinct Chamber of Commerce": a people's adjective the model tags alone, compound of an untagged
    head word of bodies that "of" and capitalised words follow, opens the body's name."""

    def test_a_chamber_of_commerce_of_a_people_is_one_body(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22); the corpora have no
        # other body so cut.
        ents = ents_of(nlp, "Tseng also formed Chinese Precinct Chamber of Commerce, an organisation responsible "
                            "for many \"community bond building initiatives\", the Lord Mayor candidate told "
                            "Wikinews.")
        assert ("Chinese Precinct Chamber of Commerce", "ORG") in ents
        assert not any(text == "Chinese" for text, _ in ents)


class TestTeamsNamedAsTeams:
    """"Team Zorin pledge to …": a name opening with "Team" is a side or a ticket, a body, whatever the model
    says of the word after it."""

    def test_a_ticket_named_as_a_team_is_a_body(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22): the answer's paragraph
        # as the text gives it; the corpora's other teams ("Team USA", "Team Europe") the model already calls
        # bodies.
        labels = labels_of(nlp, "((Wayne Tseng)) Team Zorin pledge to bring all Melbournians to the council chamber. "
                                "We will deploy an online platform to let Melbournians participate in the running of "
                                "the city.")
        assert labels.get("Team Zorin") == "ORG"


class TestCenturiesOffNames:
    """"However, 21st Century Australia is …": a capitalised century is a time, no name; cut off a known place it
    opens, and left inside a name that goes on otherwise ("the 21st Century Integrated Digital Experience Act")."""

    def test_a_century_before_a_country_is_cut_off(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22); the corpora have no
        # other century the model took for a name.
        ents = ents_of(nlp, "However, 21st Century Australia is much more culturally diverse.")
        assert ("Australia", "GPE") in ents
        assert not any("Century" in text for text, _ in ents)

    def test_a_name_holding_a_century_is_left(self, nlp):
        # White House, Improving Our Nation Through Better Design (2025-08-21).
        ents = ents_of(nlp, "(iii) Heads of agencies shall consult with the Chief Design Officer to ensure "
                            "Government-wide compliance with the 21st Century Integrated Digital Experience Act, "
                            "Public Law 115-336.")
        assert any(text.endswith("21st Century Integrated Digital Experience Act") for text, _ in ents)


class TestIllnessAdjectives:
    """"the 1977 Russian flu": a people's adjective that opens an illness's name names no people."""

    def test_the_adjective_of_a_flu_is_no_people(self, nlp):
        # White House, fact sheet on the safety and security of biological research (2025-05-05).
        ents = ents_of(nlp, "Protects Americans from lab accidents and other biosecurity incidents, such as those "
                            "that likely caused COVID-19 and the 1977 Russian flu.")
        assert not any(text == "Russian" for text, _ in ents)
        assert ("Americans", "NORP") in ents


class TestBusinessDistricts:
    """"the Melbourne CBD", "using CBD": the letters alone are no body (a kind of district, or cannabidiol), and a
    known town before them names that town's district, a place."""

    def test_cbd_alone_is_no_body(self, nlp):
        # White House, Increasing Medical Marijuana and Cannabidiol Research (2025-12-18).
        ents = ents_of(nlp, "It is the policy of my Administration to increase medical marijuana and CBD research to "
                            "better inform patients and doctors.")
        assert not any(text == "CBD" for text, _ in ents)

    def test_a_towns_cbd_is_a_place(self, nlp):
        # Wikinews interviews 2020 Melbourne Lord Mayor candidate Wayne Tseng (2020-10-22).
        ents = ents_of(nlp, "While the area Melbourne City Council administer is small, the Melbourne CBD (second "
                            "only to Sydney) is the engine of Australia's Economy.")
        assert ("the Melbourne CBD", "GPE") in ents
