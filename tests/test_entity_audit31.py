"""Entity rules after the entity audit (found and labelled) of eight White House "ICYMI" texts of 2025–2026
(round ``entities31``, ``bench/audit/entities31.tsv``): reactions to the TAKE IT DOWN Act, manufacturers under
tariffs, merit hiring in The Daily Wire, a tribute to Charlie Kirk.

Each rule is checked on the audited sentence (White House texts: public domain).
"""

from __future__ import annotations

from conftest import entity_index, ents_of, labels_of


class TestBodiesOpenedByTitleWords:
    """"National Center for Missing & Exploited Children:", "House Republican Conference:": "National" and a
    chamber's name ("House", "Senate") are words of titles, but they open bodies' names too; and a body's name
    with a field after its head ends before the title of the person after it ("National Organization for Women
    President Christian F. Nunes")."""

    # ICYMI: President Trump signs TAKE IT DOWN Act into law (2025-05-19).
    TEXT = ("National Center for Missing & Exploited Children: “Today, @NCMEC_CEO, Michelle DeLaune and NCMEC’s Chief "
            "Legal Officer, Yiota Souras attended the TAKE IT DOWN Act bill signing ceremony at the White House.”\n\n"
            "National Organization for Women President Christian F. Nunes: “Today, President Donald Trump signed into "
            "law the Take It Down Act.”\n\n"
            "House Republican Conference: “The Take It Down Act was signed into LAW by @POTUS!”")

    def test_the_opening_word_is_the_bodys(self, nlp):
        ents = ents_of(nlp, self.TEXT)
        assert ("National Center for Missing & Exploited Children", "ORG") in ents
        assert ("House Republican Conference", "ORG") in ents

    def test_the_title_after_the_field_is_the_persons(self, nlp):
        ents = ents_of(nlp, self.TEXT)
        assert ("National Organization for Women", "ORG") in ents and ("Christian F. Nunes", "PERSON") in ents

    def test_the_white_house_and_a_title_stay_apart(self, nlp):
        names = [text for text, _ in ents_of(nlp, "The White House Council of Economic Advisers said so, and House "
                                                  "Speaker Mike Johnson agreed.")]
        assert "House Speaker" not in names and not any(n.startswith("House Council") for n in names)

    def test_a_committee_with_its_chamber(self, nlp):
        # Wikinews, 2019-07-20: the House holds two Cabinet officers in criminal contempt of Congress.
        ents = ents_of(nlp, "In April, the House Oversight and Reform Committee authorized subpoenas for documents "
                            "relating to the administration's decision.")
        assert ("House Oversight and Reform Committee", "ORG") in ents


class TestBodiesBeforeOfficers:
    """"Small Business Administration Administrator Kelly Loeffler:": a body's name ends at its head before an
    officer's title and a person; not a title of a district ("Manhattan District Attorney")."""

    def test_the_body_before_its_officer(self, nlp):
        # ICYMI: President Trump signs TAKE IT DOWN Act into law (2025-05-19).
        ents = ents_of(nlp, "Secretary of Housing and Urban Development Scott Turner: “I am proud to partner with "
                            "the First Lady.”\n\nSmall Business Administration Administrator Kelly Loeffler: "
                            "“Congratulations to @FLOTUS on the official signing of the Take It Down Act. This nation "
                            "is so grateful for your advocacy and commitment to protecting America’s children!”")
        assert ("Small Business Administration", "ORG") in ents and ("Kelly Loeffler", "PERSON") in ents

    def test_a_district_attorney_is_a_title(self, nlp):
        # Wikinews, 2019-10-10: a US judge orders the release of President Trump's tax records.
        names = [text for text, _ in ents_of(nlp, "President Trump sued Manhattan District Attorney Cyrus R. Vance, "
                                                  "Jr. and his own tax preparer Mazars USA to block the release.")]
        assert "Manhattan District" not in names


class TestOwnersAfterPrepositions:
    """"excerpts from Kirk’s speeches", "his sadness at Iyambo's death": the object of the preposition is the
    noun owned, so the owner gets no place's evidence, and a surname so used joins its person."""

    def test_the_surname_joins_its_person(self, nlp):
        # ICYMI: White House releases powerful tribute video honoring Charlie Kirk's legacy (2025-09-19).
        index = entity_index(nlp, "This week, the White House released a tribute video honoring the life, legacy, and "
                            "profound impact of Charlie Kirk. The three-minute tribute features excerpts from Kirk’s "
                            "speeches, rallies, and personal moments with his family, alongside footage from the "
                            "numerous memorial services.")
        assert index.canonical("Kirk") == "Charlie Kirk" and index.label("Charlie Kirk") == "PERSON"

    def test_the_owner_has_no_place_evidence(self, nlp):
        from toolkit.nlp.entities import mentions, repair_entities

        doc = repair_entities(nlp("The tribute features excerpts from Kirk’s speeches."))
        assert all(m.evidence is None or not m.evidence.startswith("place") for m in mentions(doc) if m.text == "Kirk")

    def test_a_place_after_a_preposition_keeps_it(self, nlp):
        from toolkit.nlp.entities import mentions, repair_entities

        doc = repair_entities(nlp("The convoy drove from Tell Tamer to Hasakah."))
        assert any(m.evidence and m.evidence.startswith("place") for m in mentions(doc) if m.text == "Hasakah")


class TestHandlesBeforeNames:
    """"Thank you @POTUS Trump for continuing …": an account's handle run into the name after it is cut off."""

    def test_the_handle_is_cut_off(self, nlp):
        # ICYMI: President Trump signs TAKE IT DOWN Act into law (2025-05-19).
        ents = ents_of(nlp, "Department of Homeland Security: “Thank you @POTUS Trump for continuing to prioritize "
                            "America’s children by signing into law the “Take It Down Act,” to protect children from "
                            "extortion.”")
        assert ("Trump", "PERSON") in ents and not any(text.startswith("@") and " " in text for text, _ in ents)


class TestOutletsTold:
    """"Kupor told The Daily Wire in an interview": one tells a person or a body, so the object of "tell" the model
    calls a work is an outlet; not a programme ("told The Daily Show")."""

    def test_the_outlet_told_is_a_body(self, nlp):
        # ICYMI: For the first time in 40 years, the federal government can judge applicants by merit (2025-08-04).
        labels = labels_of(nlp, "Kupor told The Daily Wire in an interview that the move means Americans may start "
                                "getting better service at government agencies, with government being more helpful "
                                "and responsive.")
        assert labels.get("The Daily Wire") == "ORG"

    def test_a_programme_told_stays_a_work(self, nlp):
        from toolkit.nlp.label_mends import _told_outlet

        doc = nlp("He told The Daily Show that he would run.")
        assert not any(_told_outlet(e) for e in doc.ents)


class TestFamiliarKinNouns:
    """"his mom, Shannon Cronister-Heacock, for having the courage": "mom", "dad" and the like are kin nouns, and
    only a person is kin."""

    def test_the_mom_is_a_person(self, nlp):
        # ICYMI: President Trump signs TAKE IT DOWN Act into law (2025-05-19).
        labels = labels_of(nlp, "I want to honor Eli Heacock, and express my gratitude to his mom, Shannon "
                                "Cronister-Heacock, for having the courage to share her son’s devastating story.")
        assert labels.get("Shannon Cronister-Heacock") == "PERSON"

    def test_the_lexicon(self):
        from toolkit.nlp.boundaries import KIN_NOUNS

        assert {"mom", "dad", "mum"} <= KIN_NOUNS


class TestDoubleBarrelledKinsmen:
    """"Eli Heacock" beside his mother "Shannon Cronister-Heacock": a half of a double-barrelled surname is the
    family's name, so a full name ending in it that the model calls a body is a kinsman, a person."""

    def test_in_the_audited_sentence(self, nlp):
        # ICYMI: President Trump signs TAKE IT DOWN Act into law (2025-05-19).
        labels = labels_of(nlp, "I want to honor Eli Heacock, and express my gratitude to his mom, Shannon "
                                "Cronister-Heacock, for having the courage to share her son’s devastating story.")
        assert labels.get("Eli Heacock") == "PERSON"


class TestFirmHoldings:
    """"one of Excel Dryer’s local suppliers": only a firm has suppliers, shareholders, revenue or profit, so
    their owner is a firm; not a place ("China’s suppliers")."""

    def test_the_owner_of_suppliers_is_a_firm(self, nlp):
        # ICYMI: Trump's tariffs are lifting some U.S. manufacturers (2025-05-05).
        labels = labels_of(nlp, "“At the local Excel Dryer plant, William Gagnon, the chief operating officer, is "
                                "unfazed. … The tariffs Trump imposed on China this year also have brought more work "
                                "home for one of Excel Dryer’s local suppliers: Double A Molding in Monson, "
                                "Massachusetts.”")
        assert labels.get("Excel Dryer") == "ORG"

    def test_a_place_is_left_alone(self, nlp):
        from toolkit.nlp.holdings import owner_of_firm_holdings

        doc = nlp("Many of China’s suppliers raised their prices.")
        assert not any(owner_of_firm_holdings(e) for e in doc.ents if e.text.startswith("China"))
