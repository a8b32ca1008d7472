"""Entity rules after the entity audit (found and labelled) of ten White House pages (round ``entities40``,
``bench/audit/entities40.tsv``): GDP growth, the President in Pennsylvania, the AI Action Plan, Operation Epic Fury,
the pledge to America's youth on AI education, the Sunday shows, Secretary Rubio on Venezuela, the first 100 days'
economy memo, the pro-life record and the arrests of illegal immigrants.

Each rule is checked on the audited sentence (White House texts, /work/shared/corpora/whitehouse-2025/: public
domain (White House)).
"""

from __future__ import annotations

from conftest import ents_of


# articles__2025-06-30-60-organizations-sign-white-house-pledge-to-support-americas-youth-and-invest-in-ai-education.txt
_ROLLINS = ("“Under President Trump’s leadership, this task force is empowering teachers to integrate artificial "
            "intelligence into their curriculum as they prepare their students for the future,” said U.S. Secretary "
            "of Agriculture Brooke L. Rollins.")
_CHAVEZ_DEREMER = ("“AI is reshaping our economy and the way we live and work, and we must ensure the next generation "
                   "of American workers is equipped with the skills they need to lead in this new era,” said Secretary "
                   "of Labor Lori Chavez-DeRemer.")


class TestPeopleAfterPortfolios:
    """"Secretary of Agriculture Brooke L. Rollins": the portfolio after "Secretary of" is the title's, no part of
    the person's name (the model runs it in: "Agriculture Brooke L. Rollins" ORG, "Labor Lori Chavez-DeRemer")."""

    def test_the_person_without_the_field(self, nlp):
        ents = ents_of(nlp, _ROLLINS)
        assert ("Brooke L. Rollins", "PERSON") in ents
        assert not any("Agriculture" in text for text, _ in ents)

    def test_the_field_off_a_hyphenated_name(self, nlp):
        ents = ents_of(nlp, _CHAVEZ_DEREMER)
        assert ("Lori Chavez-DeRemer", "PERSON") in ents
        assert not any(text.startswith("Labor") for text, _ in ents)

    def test_a_department_named_whole_is_left(self, nlp):
        ents = ents_of(nlp, "Secretary of Health and Human Services Robert F. Kennedy, Jr.: “We will.”")
        assert not any(text.startswith("Human Services") for text, _ in ents)


# articles__2025-12-10-president-trump-in-pa-america-is-back-and-just-getting-started.txt
_ROUND_UP = ("Local coverage celebrated the event:\n\n"
             "Pocono Record (Stroudsburg, PA): Service workers praise ‘no tax on tips’ as Trump visits Monroe County\n\n"
             "Pittsburgh Post-Gazette (Pittsburgh, PA): Trump touts economy in Poconos\n\n"
             "Pennsylvania Capital-Star (Harrisburg, PA): Trump delivers ‘a simple message’ on affordability in "
             "battleground Pa. congressional district\n")


class TestOutletsOfCitedHeadlines:
    """"Pittsburgh Post-Gazette (Pittsburgh, PA): Trump touts economy in Poconos": the words before the place in
    brackets of a cited headline are the outlet's name, one body, whatever the model made of them."""

    def test_the_outlets_whole(self, nlp):
        ents = ents_of(nlp, _ROUND_UP)
        for outlet in ("Pocono Record", "Pittsburgh Post-Gazette", "Pennsylvania Capital-Star"):
            assert (outlet, "ORG") in ents

    def test_the_places_in_brackets_stay(self, nlp):
        ents = ents_of(nlp, _ROUND_UP)
        assert ("Stroudsburg", "GPE") in ents and ("Harrisburg", "GPE") in ents


# articles__2025-04-21-democrats-continue-apology-tour-for-deported-illegal-immigrant-gang-member.txt
_MS13 = ("Today, four more Democrats — Rep. Robert Garcia of California, Rep. Maxwell Frost of Florida, Rep. Yassamin "
         "Ansari of Arizona, and Rep. Maxine Dexter of Oregon — are in El Salvador, picking up their party’s mantle of "
         "prioritizing a deported illegal immigrant MS-13 gang member over the Americans they represent.")
_GANGS = ("Bonifacio Renteria-Cruz, a 48-year-old citizen of Mexico, was arrested in Phoenix, Arizona. He has ties to "
          "the Sinaloa Cartel and has convictions for aggravated assault and weapons charges.\n\n"
          "Luis Garcia-Sanchez, a citizen of Mexico, was arrested in Phoenix, Arizona. He is connected to the notorious "
          "18th Street Gang and has been wanted for felony narcotics charges dating back to 1987.")


class TestGangsAndCartels:
    """"an MS-13 gang member", "the Sinaloa Cartel", "the notorious 18th Street Gang": a gang or a cartel is a body
    (the model reads "MS-13 gang" as a person, then a law by its digits, and "18th Street Gang" as a place)."""

    def test_the_name_before_a_small_noun(self, nlp):
        ents = ents_of(nlp, _MS13)
        assert ("MS-13", "ORG") in ents

    def test_a_capitalised_head(self, nlp):
        ents = ents_of(nlp, _GANGS)
        assert ("Sinaloa Cartel", "ORG") in ents and ("18th Street Gang", "ORG") in ents


# articles__2025-09-25-strong-spending-narrowing-trade-gap-drives-trump-economys-explosive-growth.txt
_HEADLINES = ("BMO Senior Economist Priscilla Thiagamoorthy: “That was a meaningful bump-up from the previous estimate of "
              "3.3% thanks to the mighty consumer.”\n\n"
              "Axios: New revisions show stronger economic growth in second quarter\n\n"
              "Bloomberg: US Economy Grows at Fastest Pace in Nearly Two Years on Consumer Spending\n\n"
              "CNN: The US economy grew at a 3.8% rate in the second quarter, significantly stronger than previously "
              "reported\n\n"
              "MarketWatch: ‘Thanks to the mighty consumer,’ GDP shows more spring in U.S. economic growth\n")
# articles__2025-04-29-memo-first-100-days-economy.txt
_MEMO = ("TO: White House Communications Staff\n\nFROM: Council of Economic Advisers Staff\n\n"
         "SUBJECT: First 100 Days Economy Memo\n\nJobs Statistics:\n\n"
         "President Trump has created 345,000 jobs since taking office in January.\n")


class TestOutletsOfHeadlineLists:
    """"Axios: New revisions show …", "Bloomberg: US Economy Grows …": three lines or more in a row of a name, a
    colon and a headline (no quotation opening it, no full stop closing it) list outlets' headlines; each name is
    the outlet."""

    def test_the_outlets(self, nlp):
        ents = ents_of(nlp, _HEADLINES)
        for outlet in ("Axios", "Bloomberg", "CNN", "MarketWatch"):
            assert (outlet, "ORG") in ents

    def test_a_speakers_label_is_left(self, nlp):
        ents = ents_of(nlp, _HEADLINES)
        assert ("Priscilla Thiagamoorthy", "PERSON") in ents

    def test_a_memos_header_is_no_outlet(self, nlp):
        ents = ents_of(nlp, _MEMO)
        assert not any(text in ("TO", "FROM", "SUBJECT") for text, _ in ents)


# The seed set's remarks of the President and NATO's Secretary General (2025-03-13; public domain (White House)).
_TURNS = ("SECRETARY GENERAL RUTTE: We have a few drug- — drug dealers, I’m afraid. (Laughter.)\n\n"
          "PRESIDENT TRUMP: I could deliver some people. I could deliver some nice people to the Netherlands if you’d "
          "like. (Laughter.)\n\n"
          "SECRETARY GENERAL RUTTE: I’m not sure. (Laughs.)\n")


class TestTurnsOfTalkAreNoHeadlines:
    """A transcript's turns ("SECRETARY GENERAL RUTTE: …", "PRESIDENT TRUMP: …") look like a list of headlines when
    they end without a full stop, but their speakers repeat and carry titles: no outlets."""

    def test_the_speakers_stay_people(self, nlp):
        ents = ents_of(nlp, _TURNS)
        assert not any(label == "ORG" and text in ("RUTTE", "TRUMP", "GENERAL RUTTE", "PRESIDENT TRUMP")
                       for text, label in ents)
        assert any(label == "PERSON" and text.endswith("RUTTE") for text, label in ents)
