"""Entity rules after the entity audit (found and labelled) of six White House texts of 2025–2026 (round
``entities29``, ``bench/audit/entities29.tsv``): business news with firms, executives and outlets, a round-up of
local outlets credited "(Town, ST)", an inflation round-up, nuclear executive orders, a State of the Union
statement and a heritage-month proclamation.

Each rule is checked on the audited sentence (White House texts: public domain).
"""

from __future__ import annotations

from conftest import ents_of, labels_of


class TestTownsWithStateCodes:
    """"WANE-TV (Fort Wayne, IN): …": capitalised words, a comma and a state's postal code closing the phrase name
    a town and its state; the code is an alias of the state; not after a person's name ("Jane Roe, MD")."""

    def test_the_town_and_the_code_are_places(self, nlp):
        # Trump energy agenda driving gas prices towards four-year lows (2025-10-17).
        ents = ents_of(nlp, "WSTM-TV (Syracuse, NY): AAA: Even lower gas prices expected in coming weeks")
        assert ("Syracuse", "GPE") in ents and ("NY", "GPE") in ents

    def test_a_code_that_is_an_english_word_and_an_untagged_town_are_found(self, nlp):
        ents = ents_of(nlp, "KFBW Radio (Portland, OR): More Price Relief At The Pump")
        assert ("Portland", "GPE") in ents and ("OR", "GPE") in ents

    def test_the_code_is_keyed_to_its_state(self, nlp):
        labels = labels_of(nlp, "The Sun Chronicle (Attleboro, MA): Drivers may soon see gas prices drop below $3 a "
                                "gallon\n\nTelegram & Gazette (Worcester, MA): Gas prices are almost at $3 in "
                                "Massachusetts. Why they’re falling")
        assert labels.get("Massachusetts") == "GPE" and "MA" not in labels  # one entity, "MA" its alias
        assert labels.get("Attleboro") == "GPE" and labels.get("Worcester") == "GPE"

    def test_a_state_named_by_its_land_stays_a_polity(self, nlp):
        labels = labels_of(nlp, "Johnston Sun Rise (Warwick, RI): Average RI gas price hovers around $3")
        assert labels.get("RI") == "GPE" and labels.get("Warwick") == "GPE"

    def test_a_degree_after_a_persons_name_is_no_state(self, nlp):
        from toolkit.nlp.state_codes import state_code_after_town

        doc = nlp("The study was led by Jane Roe, MD, who treats patients in Boston.")
        assert state_code_after_town(next(t for t in doc if t.text == "MD")) is None


class TestChiefOfficersAcronyms:
    """"Corporate VP and CFO Ken Crews: …": a firm's chief officer's acronym is a title before the name."""

    def test_the_cfo_is_no_part_of_the_name(self, nlp):
        # The One Big Beautiful Bill is igniting an American business boom (2025-08-06).
        labels = labels_of(nlp, "Executive VP and CFO Ted Grace: “Supported by the strength of our underlying "
                                "business and the benefits from recent tax reform, we have increased our planned "
                                "share repurchases for the year by $400 million to $1.9 billion.”")
        assert labels.get("Ted Grace") == "PERSON"
        assert not any(name.startswith("CFO") for name in labels)


class TestOwnersBeforePeople:
    """"Bloomberg’s Chris Anstey: …": one word and a possessive before a full name is the person's outlet, no
    given name; the two stay apart."""

    def test_the_outlet_and_the_reporter_are_apart(self, nlp):
        # Trump delivers: core inflation hits lowest level in nearly five years (2025-12-18).
        ents = ents_of(nlp, "Bloomberg’s Chris Anstey: “The lowest estimate in Bloomberg’s survey of 62 economists was "
                            "2.8% for the core year-on-year increase. (That was from Citigroup.)”")
        assert ("Chris Anstey", "PERSON") in ents
        assert not any(text.startswith("Bloomberg’s Chris") for text, _ in ents)


class TestNamesEndAtColons:
    """"Fox Business: Gas prices could drop …": an outlet's name ends at the colon before its headline."""

    def test_the_headlines_first_word_is_no_part_of_the_name(self, nlp):
        # Trump energy agenda driving gas prices towards four-year lows (2025-10-17).
        ents = ents_of(nlp, "CNBC: Gas is expected to get cheaper this fall: It’s looking good ‘for motorists in "
                            "most areas,’ one expert says\n\nFox Business: Gas prices could drop below $3.00 mark "
                            "nationwide as costs continue falling across America: reports")
        assert not any(":" in text for text, _ in ents)
        assert any(text == "Fox Business" for text, _ in ents)


class TestBodiesBeforeTitles:
    """"Harvard University Professor of Economics & Public Policy Ken Rogoff": the body's name ends before the
    title held in it."""

    def test_the_university_is_cut_before_the_professorship(self, nlp):
        # Trump delivers: core inflation hits lowest level in nearly five years (2025-12-18).
        ents = ents_of(nlp, "Harvard University Professor of Economics & Public Policy Ken Rogoff: “A better number "
                            "than anyone was expecting… Positive news. There’s no other way to spin it.”")
        assert ("Harvard University", "ORG") in ents
        assert ("Ken Rogoff", "PERSON") in ents


class TestSubjectsSayingItOfThemselves:
    """"Booz Allen Hamilton says it is raising its …": the subject a clause of saying takes up as "it", owning
    something as "its", is a body, not a person; not "its" in a clause inside the said one."""

    def test_a_firm_named_like_a_person_is_a_body(self, nlp):
        # The One Big Beautiful Bill is igniting an American business boom (2025-08-06).
        labels = labels_of(nlp, "Booz Allen Hamilton says it is raising its free cash flow outlook by $200 million.")
        assert labels.get("Booz Allen Hamilton") == "ORG"

    def test_its_in_a_clause_inside_is_no_evidence(self, nlp):
        # Wikinews, Scottish court finds suspension of UK parliament unlawful (2019-09-13; CC BY 2.5).
        labels = labels_of(nlp, "Colin Sutherland, Lord Carloway, the Lord President of the court said that it would "
                                "nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny.")
        assert labels.get("Colin Sutherland") == "PERSON"


class TestAmpersandNames:
    """"Johnson & Johnson", "Telegram & Gazette": one word twice, or two common nouns ending in a paper's head
    word, joined by "&" are one body's name, and no person's."""

    def test_one_name_twice_is_a_firm(self, nlp):
        # The One Big Beautiful Bill is igniting an American business boom (2025-08-06).
        labels = labels_of(nlp, "Johnson & Johnson says the company finally has “certainty” for its planned "
                                "U.S.-based manufacturing investments.")
        assert labels.get("Johnson & Johnson") == "ORG"

    def test_a_papers_name_of_two_nouns_is_kept(self, nlp):
        # Trump energy agenda driving gas prices towards four-year lows (2025-10-17).
        labels = labels_of(nlp, "Telegram & Gazette (Worcester, MA): Gas prices are almost at $3 in Massachusetts. "
                                "Why they’re falling")
        assert labels.get("Telegram & Gazette") == "ORG"


class TestCallSigns:
    """"WANE-TV", "WTYE Radio": a US station's call sign with "-TV" or "Radio" is a body the model passed over."""

    def test_untagged_stations_are_found(self, nlp):
        # Trump energy agenda driving gas prices towards four-year lows (2025-10-17).
        ents = ents_of(nlp, "WTYE Radio (Robinson, IL): Gas Prices Could Fall to Pandemic Levels\n\nWANE-TV (Fort "
                            "Wayne, IN): Gas prices could hit lowest levels since the pandemic according to GasBuddy")
        assert ("WTYE Radio", "ORG") in ents and ("WANE-TV", "ORG") in ents


class TestPeopleByNounsOfSexAndAge:
    """"Iryna Zarutska, a North Carolina woman savagely killed …": a name in apposition to "a … woman" is a
    person; not a headline the parser hangs on an outlet's name ("WMC-TV (8/14/25): Elderly woman …")."""

    def test_a_woman_in_apposition_is_a_person(self, nlp):
        # Democrats showed whose side they're on (2026-02-25).
        labels = labels_of(nlp, "The grieving families of innocent American women and children murdered by criminal "
                                "illegal aliens — including the mother of Iryna Zarutska, a North Carolina woman "
                                "savagely killed on public transit by a career criminal monster.")
        assert labels.get("Iryna Zarutska") == "PERSON"

    def test_a_headline_after_an_outlet_is_no_apposition(self, nlp):
        # Memphis has a crime problem, and residents agree (2025-09-15).
        labels = labels_of(nlp, "WMC-TV (8/14/25): Elderly woman bodyslammed on pavement during carjacking at movie "
                                "theater")
        assert labels.get("WMC-TV") != "PERSON"


class TestMonthsOfObservance:
    """"… do hereby proclaim March 2025 as Irish-American Heritage Month": a month of observance is no body."""

    def test_a_heritage_month_is_no_body(self, nlp):
        # Irish-American Heritage Month, 2025 (2025-03-06).
        labels = labels_of(nlp, "NOW, THEREFORE, I, DONALD J. TRUMP, President of the United States of America, by "
                                "virtue of the authority vested in me by the Constitution and the laws of the United "
                                "States, do hereby proclaim March 2025 as Irish-American Heritage Month.")
        assert labels.get("Irish-American Heritage Month") not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")


class TestHeadlineClauses:
    """"Falling Oil Prices Should Mean Cheaper Fuel": a span holding a modal verb is a headline's clause."""

    def test_a_modal_makes_no_name(self, nlp):
        # Trump energy agenda driving gas prices towards four-year lows (2025-10-17).
        labels = labels_of(nlp, "WesternIowaToday (Atlantic, IA): Falling Oil Prices Should Mean Cheaper Fuel")
        assert not any("Should" in name for name in labels)


class TestNamedBills:
    """"The One Big Beautiful Bill": a bill named in three words or more is a law, no body."""

    def test_a_named_bill_is_a_law(self, nlp):
        # The One Big Beautiful Bill is igniting an American business boom (2025-08-06).
        labels = labels_of(nlp, "CFO Matt Calderone: “The change in R&D capitalization in The One Big Beautiful Bill "
                                "will result in roughly $200 million federal cash tax benefit this fiscal year.”")
        assert labels.get("The One Big Beautiful Bill", "LAW") == "LAW"
