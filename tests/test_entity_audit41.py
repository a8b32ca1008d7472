"""Entity rules after the entity audit (found and labelled) of ten White House pages (round ``entities41``,
``bench/audit/entities41.tsv``): the Presidential Fitness Test and the President's Council on Sports, Fitness, and
Nutrition, private sector job growth, the Voice of America, the CNN town hall and the shutdown, Black History Month,
the Working Families Tax Cuts a year on, Nvidia and manufacturing, the President at the United Nations, critical
mineral projects of the Permitting Council and America Prays.

Each rule is checked on the audited sentence (White House texts, /work/shared/corpora/whitehouse-2025/: public
domain (White House)).
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows


# articles__2025-08-01-president-trump-revives-iconic-pillars-of-american-youth.txt
_SIGNED = ("Yesterday, alongside American sports legends and members of his administration, President Donald J. Trump "
           "signed an Executive Order reviving the Presidential Fitness Test and revitalizing the President’s Council "
           "on Sports, Fitness, and Nutrition — a natural extension of the Trump Administration’s aim to end the "
           "childhood chronic disease epidemic and foster the next generation of healthy, active citizens.")
_MEANWHILE = ("Meanwhile, the revitalized President’s Council on Sports, Fitness, and Nutrition will create school-based "
              "programs to reward excellence in physical education and support the development of a Presidential "
              "Fitness Award — working in partnership with athletes, coaches, teams, and schools to champion access "
              "to fitness and healthy living for all Americans.")
_ANNIVERSARY = ("The year 2026 will also mark the 250th anniversary of America’s founding and the 70th anniversary of "
                "the original President’s Council on Youth Fitness.")


class TestListsOfFieldsInNames:
    """"the President’s Council on Sports, Fitness, and Nutrition": a body named after three fields or more lists
    them with commas, and the field after the list's "and" is the name's last, no body of its own."""

    def test_the_list_whole(self, nlp):
        ents = ents_of(nlp, _SIGNED)
        assert any(text.endswith("Council on Sports, Fitness, and Nutrition") and label == "ORG"
                   for text, label in ents)
        assert ("Nutrition", "ORG") not in ents

    def test_the_second_mention(self, nlp):
        ents = ents_of(nlp, _MEANWHILE)
        assert ("Nutrition", "ORG") not in ents

    def test_two_bodies_in_a_list_stay_apart(self, nlp):
        ents = ents_of(nlp, "The report was written by the Ministry of Defence, the Treasury and the Home Office.")
        assert not any("Defence" in text and "Home Office" in text for text, _ in ents)


class TestBodiesOfTitles:
    """"the original President’s Council on Youth Fitness": a lone title's possessive before a body's head
    opens the name of the office holder's own body."""

    def test_the_possessive_title_in_the_name(self, nlp):
        assert ("President’s Council on Youth Fitness", "ORG") in ents_of(nlp, _ANNIVERSARY)

    def test_with_the_list_of_fields(self, nlp):
        assert ("President’s Council on Sports, Fitness, and Nutrition", "ORG") in ents_of(nlp, _MEANWHILE)

    def test_a_holder_before_the_title_is_no_part(self, nlp):
        ents = ents_of(nlp, "Governor Newsom's Office of Emergency Services said so.")
        assert not any(text.startswith("Governor") and "Office" in text for text, _ in ents)

    def test_no_title_for_the_person(self, nlp):
        from toolkit.nlp.entities import repair_entities
        from toolkit.nlp.evidence import evidence

        doc = repair_entities(nlp(_ANNIVERSARY))
        council = next(e for e in doc.ents if e.text == "President’s Council on Youth Fitness")
        assert evidence(council, 0, len(doc)) != "title"


# articles__2025-03-20-president-trump-positions-u-s-as-global-superpower-in-manufacturing.txt
_SAYING = ("Here’s what they’re saying:\n\n"
           "Axios: “It’s another win for President Trump’s push to increase U.S. manufacturing, with a parade of "
           "corporations announcing American expansion.”\n\n"
           "The Guardian: “Chipmaker’s promise is a sign that Trump’s ‘America First’ policy is affecting investment”\n\n"
           "Financial Times: “The huge spending projection from the world’s most valuable semiconductor group follows "
           "multibillion-dollar US investment plans announced by other technology companies including Apple, as the "
           "impact of Trump’s ‘America First’ trade policies ripples through the global economy.”\n\n"
           "Yahoo Finance: “…the latest company to consider plans to expand in the country as the Trump "
           "administration pushes forward with tariffs.”\n")


class TestOutletsOfQuotedLists:
    """"Axios: “It’s another win …”", "Financial Times: “The huge spending projection …”": a list of quoted
    excerpts, one a line after a name and a colon, none naming a person, quotes outlets."""

    def test_the_outlets(self, nlp):
        ents = ents_of(nlp, _SAYING)
        for outlet in ("Axios", "Guardian", "Financial Times", "Yahoo Finance"):
            assert (outlet, "ORG") in ents

    def test_a_list_of_people_is_left(self, nlp):
        ents = ents_of(nlp, "Here is what they said:\n\nSenator Thune: “This is a great day.”\n\n"
                            "Scalise: “We are proud.”\n\nJordan: “The economy is back.”\n")
        assert not any(label == "ORG" for _, label in ents)

    def test_an_interviews_turns_are_left(self, nlp):
        # Turns of talk, as the rule on lists of headlines reads them: a one-letter questioner
        # ("Q:") and a speaker who comes back are no round-up of outlets.
        ents = ents_of(nlp, "From the interview:\n\nQ: “What happens to the tariffs next week?”\n\n"
                            "Bessent: “They stay where they are.”\n\nQ: “And the deal with Japan?”\n\n"
                            "Bessent: “It is done.”\n")
        assert not any(label == "ORG" for _, label in ents)


_CUPS = ("Over the next three years, the U.S. will host the Ryder Cup, the President’s Cup, the FIFA World Cup, and the "
         "Summer Olympics.")


class TestContestHeads:
    """"the Ryder Cup, the President’s Cup": a name closed by the noun of a contest names an event, no body or
    person."""

    def test_no_body_nor_person(self, nlp):
        rows = label_rows(entity_table(nlp, _CUPS))
        assert rows.get("President’s Cup") not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP")

    def test_a_title_won_is_left(self, nlp):
        # (a sentence made for the test: a singular "Championship" is as often a title won as a contest)
        rows = label_rows(entity_table(nlp, "He won the promotion's Intercontinental Championship once."))
        assert rows.get("Intercontinental Championship") != "EVENT"


# articles__2025-05-02-trump-administration-boosts-domestic-mineral-production-adding-10-more-critical-mineral-production-.txt
_PROJECTS = ("Additional selected projects include:\n\nNorthMet\n\nLa Jara Mesa\n\nRoca Honda\n\n"
             "Greens Creek Surface Exploration\n\nStillwater Mine\n\nPolaris Mine\n\nBecky’s Mine Modification\n\n"
             "3PL Railroad Valley Exploration\n\nGrassy Mountain Mine\n\nAmelia A&B\n\n"
             "This list of projects is in addition to the initial list announced April, 18, 2025, with many more "
             "expected to be announced soon.")


class TestSitesInItemLists:
    """"Stillwater Mine", "Polaris Mine" alone on their lines of a list: a line of capitalised words ending in the
    head of a built thing, among three short lines or more, names the site."""

    def test_the_mines(self, nlp):
        ents = ents_of(nlp, _PROJECTS)
        for mine in ("Stillwater Mine", "Polaris Mine", "Grassy Mountain Mine"):
            assert (mine, "FAC") in ents

    def test_a_heading_alone_is_left(self, nlp):
        ents = ents_of(nlp, "Town Hall\n\nThe council met on Monday to discuss the budget for next year.")
        assert ("Town Hall", "FAC") not in ents
