"""Entity rules after the entity audit (found and labelled) of seven White House "ICYMI" texts of 2025–2026
(round ``entities32``, ``bench/audit/entities32.tsv``): the Artemis II crew, crime in big cities, the USS
Abraham Lincoln, the media bias portal, mortgage rates, CENTCOM's update and the law-enforcement groups backing
Todd Blanche.

Each rule is checked on the audited sentence (White House texts: public domain).
"""

from __future__ import annotations

from conftest import entity_index, ents_of, labels_of


# ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
_GROUPS = ("Western States Sheriffs’ Association: “We believe Mr. Blanche possesses the experience, integrity, and "
           "commitment necessary to lead the Department of Justice effectively during this important time.”\n\n"
           "Riverside Sheriffs’ Association: “Mr. Blanche’s record reflects a clear and demonstrated commitment to "
           "public safety, the rule of law, and the men and women who protect our communities.”\n\n"
           "Newark Police Superior Officers’ Association: “Mr. Blanche has consistently demonstrated an unwavering "
           "commitment to the rule of law.”\n\n"
           "International Association of Chiefs of Police: “Mr. Blanche’s distinguished legal career, depth of "
           "experience, and demonstrated commitment to the administration of justice and public safety make him a "
           "strong nominee for this critical position.”\n\n"
           "United Coalition of Public Safety: “Mr. Blanche’s distinguished career makes him uniquely qualified for "
           "this critical position.”")


class TestBodiesOwnedByMembers:
    """"Western States Sheriffs’ Association:": a body's head owned by its members' plural in the possessive
    ("Sheriffs’", "Officers’") takes the plural and the words before it into the name."""

    def test_the_members_plural_is_in_the_name(self, nlp):
        ents = ents_of(nlp, _GROUPS)
        for name in ("Western States Sheriffs’ Association", "Riverside Sheriffs’ Association",
                     "Newark Police Superior Officers’ Association"):
            assert (name, "ORG") in ents

    def test_a_possessive_of_a_person_is_no_members_plural(self, nlp):
        names = [text for text, _ in ents_of(nlp, "Mr. Jones’ Association of friends met on Monday.")]
        assert not any(n.startswith("Jones") and "Association" in n for n in names)


class TestAdjectivesOpenNames:
    """"International Association of Chiefs of Police:", "United Coalition of Public Safety:", "American Center for
    Law & Justice:": "International", "United" and a nation's adjective open bodies' names, also at a paragraph's
    opening, as "National" does."""

    def test_the_opening_word_is_the_bodys(self, nlp):
        ents = ents_of(nlp, _GROUPS)
        assert ("International Association of Chiefs of Police", "ORG") in ents
        assert ("United Coalition of Public Safety", "ORG") in ents

    def test_a_nations_adjective(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        ents = ents_of(nlp, "American Center for Law & Justice: “On behalf of the American Center for Law and Justice "
                            "(ACLJ), we write to express our strong support for the nomination of Todd Blanche as "
                            "Attorney General of the United States.”")
        assert ("American Center for Law & Justice", "ORG") in ents


class TestCountryForms:
    """"the U.S. Senate" and "the United States Senate": a body's name is one however its country is written; and
    "the Justice Department" is "the Department of Justice" beside "the U.S. Department of Justice". The bare name
    stays apart from the one with the country ("the [Iranian] Chess Federation" beside "the US Chess Federation")."""

    def test_the_senate_written_two_ways(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        index = entity_index(nlp, "President Donald J. Trump’s nominee for Attorney General, Todd Blanche, should be "
                            "confirmed by the U.S. Senate without delay. The IACP urges the Judiciary Committee and "
                            "the members of the United States Senate to swiftly confirm the nomination of Mr. Blanche.")
        assert index.canonical("U.S. Senate", "ORG") == index.canonical("United States Senate", "ORG")

    def test_the_department_with_and_without_its_country(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        index = entity_index(nlp, "We believe that Mr. Blanche possesses an understanding of the vital role played by the "
                            "U.S. Department of Justice in supporting law enforcement. We commend President Trump on "
                            "his nomination of Todd W. Blanche to lead the Justice Department. The IACP believes he is "
                            "well qualified to lead the Department of Justice.")
        assert index.canonical("Justice Department", "ORG") == index.canonical("Department of Justice", "ORG")

    def test_the_bare_name_stays_apart(self, nlp):
        # Wikinews, 2020-04-14: Iranian International Master Dorsa Derakhshani discusses her chess career.
        index = entity_index(nlp, "IM Dorsa Derakhshani plays for the United States Chess Federation. How is the US Chess "
                            "Federation different? Your younger brother was also banned by the [Iranian] Chess "
                            "Federation at the same tournament.")
        assert index.canonical("US Chess Federation", "ORG") == index.canonical("United States Chess Federation", "ORG")
        assert index.canonical("Chess Federation", "ORG") != index.canonical("US Chess Federation", "ORG")

    def test_the_central_command(self, nlp):
        # ICYMI: Update from CENTCOM Commander on Operation Epic Fury (2026-03-04).
        index = entity_index(nlp, "Admiral Brad Cooper, Commander of the United States Central Command, provides an update."
                            "\n\nUpdate from the commander — U.S. Central Command (@CENTCOM) March 3, 2026")
        assert index.canonical("U.S. Central Command", "ORG") == index.canonical("United States Central Command",
                                                                                  "ORG")


class TestTheServiceX:
    """"the White House Rapid Response account on X", "Click here to watch the video on X.": the one-letter
    service after "on" and a word of posting or an account is a body, also where the tagger reads "X." as an
    abbreviation and the model calls it a people."""

    def test_an_account_on_x(self, nlp):
        # ICYMI: White House launches media bias portal to expose fake news (2025-12-01).
        labels = labels_of(nlp, "Coupled with the White House Rapid Response account on X, the Trump Administration "
                                "is pushing back in real time to ensure the American people get the unfiltered truth.")
        assert labels.get("X") == "ORG"

    def test_the_video_on_x(self, nlp):
        # ICYMI: Update from CENTCOM Commander on Operation Epic Fury (2026-03-04).
        labels = labels_of(nlp, "Click here to watch the video on X.")
        assert labels.get("X") == "ORG"

    def test_x_elsewhere_is_no_service(self, nlp):
        names = [text for text, _ in ents_of(nlp, "Malcolm X spoke on X-ray machines and on Generation X.")]
        assert "X" not in names and "X." not in names


class TestWashingtonDC:
    """"In Washington, D.C., homicides are down 43.9%": "D.C." is no second place but the city's district, so the
    two spans the model tags are one place, and "D.C." alone is the same."""

    def test_one_place(self, nlp):
        # ICYMI: Violent crime keeps falling in biggest U.S. cities (2026-08-11).
        index = entity_index(nlp, "In Washington, D.C., homicides are down 43.9%. In Memphis, homicides are down 43.7%. "
                            "D.C. police made more arrests.")
        assert index.canonical("Washington, D.C.", "GPE") == index.canonical("D.C.", "GPE") == "Washington, D.C."
        assert index.label("Washington, D.C.") == "GPE"

    def test_a_town_and_its_state_stay_two(self, nlp):
        ents = ents_of(nlp, "The plant is in Ashtabula, Ohio, near the lake.")
        assert ("Ashtabula", "GPE") in ents and ("Ohio", "GPE") in ents


class TestMembersOfAPlace:
    """"Major County Sheriffs of America: “…”": a capitalised plural with "of" and a country after it, standing as
    a speaker, is a body named by its members (a person's name is no plural), title words in front included
    ("Major")."""

    def test_the_sheriffs_of_america(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        ents = ents_of(nlp, "National Association of Police Organizations: “NAPO urges the Committee to support the "
                            "nomination of Todd Blanche to be United States Attorney General.”\n\nMajor County Sheriffs "
                            "of America: “As Acting Attorney General and in his previous role as Deputy Attorney "
                            "General, Mr. Blanche has demonstrated a commitment to supporting law enforcement, "
                            "upholding the rule of law, and strengthening the partnerships that are essential to "
                            "protecting our communities… We respectfully urge the Committee to support his "
                            "nomination.”")
        assert ("Major County Sheriffs of America", "ORG") in ents
        assert not any(label == "PERSON" and "Sheriffs" in text for text, label in ents)


class TestGovernmentBodiesBeforeTheirStaff:
    """"Former Department of Justice Prosecutor Joe Moreno:", "77 Former Department of Justice Officials:": a
    government body's name ends before the noun of its staff that its capitalised tail runs on into, and a rank in
    front is the staff's ("Senior Department of Justice Officials")."""

    # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
    TEXT = ("Former U.S. Attorneys and Senior Department of Justice Officials: “Mr. Blanche is a distinguished "
            "nominee committed to protecting the American people.”\n\nFormer Department of Justice Prosecutor Joe "
            "Moreno: “Rather than reside in the upper regions of the legal elite, Todd knows that what Americans want "
            "is a tough-on-crime, tough-on-fraud justice system.”\n\n77 Former Department of Justice Officials: “His "
            "exemplary record as Deputy Attorney General — and now as Acting Attorney General — demonstrates he is "
            "the right man for the right time.”")

    def test_the_body_ends_before_its_staff(self, nlp):
        ents = ents_of(nlp, self.TEXT)
        assert [text for text, label in ents if label == "ORG" and "Justice" in text] == ["Department of Justice"] * 3
        assert ("Joe Moreno", "PERSON") in ents

    def test_an_association_keeps_its_members(self, nlp):
        ents = ents_of(nlp, "The National Association of State Election Officials met in Denver.")
        assert not any(text in ("National Association of State Election", "Association of State Election")
                       for text, _ in ents)


class TestAcronymsWithLinkWords:
    """"chooses serving the president in DoJ": a department's acronym may take the initial of "of" ("DOJ", "DoJ",
    "DoD"), in capitals or in small letters, and names the department the document spells out."""

    def test_the_mixed_case_acronym_joins_its_department(self, nlp):
        from toolkit.nlp.initials import mixed_acronym

        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        index = entity_index(nlp, "We commend President Trump on his nomination of Todd W. Blanche to lead the Department "
                            "of Justice. Todd is a great warrior who chose defending Citizen Trump over a cushy law "
                            "firm partnership and today chooses serving the president in DoJ over resting on his "
                            "laurels. Blanche already knows the DOJ.")
        assert index.canonical("DOJ", "ORG") == index.canonical("Department of Justice", "ORG")
        assert mixed_acronym("DoJ") and mixed_acronym("DfE") and not mixed_acronym("Dole")


class TestLegalFormsAfterAComma:
    """"Holtzman Vogel, PLLC, partner Joseph T. Burns:": a firm's legal form after a comma belongs to the name
    before it, which the model may cut up or call a place ("Vogel" GPE, "PLLC" ORG)."""

    def test_the_law_firm_is_one_body(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        ents = ents_of(nlp, "Holtzman Vogel, PLLC, partner Joseph T. Burns: “The Senate’s consideration of Todd "
                            "Blanche’s nomination as attorney general should rise above partisan passions.”")
        assert ("Holtzman Vogel, PLLC", "ORG") in ents and ("Joseph T. Burns", "PERSON") in ents

    def test_the_lexicon(self):
        from toolkit.nlp.legal_suffixes import LEGAL_FORMS

        assert {"pllc", "llc", "llp", "inc."} <= LEGAL_FORMS


class TestEditorialBoards:
    """"New York Post Editorial Board: “…”", "Washington Reporter Editorial Board: “…”": the board is its paper
    speaking, so the capitalised words before "Editorial Board" are the paper (ORG), not a place and a person."""

    def test_the_papers(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        ents = ents_of(nlp, "New York Post Editorial Board: “On top of a distinguished private-sector record, Blanche "
                            "has logged 15 years of sterling service in the Justice Department.”\n\nWashington "
                            "Reporter Editorial Board: “Few Justice Department officials have entered an attorney "
                            "general confirmation hearing with a stronger record of delivering results than Todd "
                            "Blanche.”")
        assert ("New York Post", "ORG") in ents and ("Washington Reporter", "ORG") in ents
        assert not any("Editorial" in text for text, _ in ents) and ("Washington", "GPE") not in ents


class TestAmpersandForms:
    """"American Center for Law & Justice:" … "the American Center for Law and Justice (ACLJ)": a name written
    with "&" is the one written with "and", so the acronym names one body."""

    def test_one_body(self, nlp):
        # ICYMI: Confirm Todd Blanche as Attorney General (2026-07-31).
        index = entity_index(nlp, "American Center for Law & Justice: “On behalf of the American Center for Law and Justice "
                            "(ACLJ), we write to express our strong support for the nomination of Todd Blanche as "
                            "Attorney General of the United States.”")
        name = index.canonical("American Center for Law & Justice", "ORG")
        assert index.canonical("American Center for Law and Justice", "ORG") == name == index.canonical("ACLJ", "ORG")
