"""Entity rules after the audit of four Wikinews articles (round ``ent37``, ``bench/audit/ent37/README.md``, the gold
``tests/data/gold/wikinews-entities-dev17``).

Each rule is checked on the audited sentences (Wikinews articles, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org"), with controls.
"""

from __future__ import annotations

from conftest import DATA, aliases_of, ents_of, entity_table, label_rows
from test_entities import TestSecondEntityDevGold


class TestSeventeenthEntityDevGold(TestSecondEntityDevGold):
    """The hand-made gold of ``wikinews-entities-dev17`` (this round's annotations): well formed, its texts the
    corpus's."""

    FOLDER = DATA / "gold" / "wikinews-entities-dev17"
    ARTICLES = 4


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_POLL = ("In an April 30 – May 4 Monmouth poll with then-US Libertarian Party presidential candidate Congressman "
         "Justin Amash included, Biden led Trump 47 percent to 40 percent with 5 percent for Amash.")


class TestPollsters:
    """"an April 30 – May 4 Monmouth poll": a name right before "poll" or "survey" is the poll's maker, a body."""

    def test_the_pollster_is_a_body(self, nlp):
        rows = label_rows(entity_table(nlp, _POLL))
        assert rows.get("Monmouth") == "ORG" and rows.get("Libertarian Party") == "ORG"
        assert label_rows(entity_table(nlp, "A Quinnipiac survey showed him ahead.")).get("Quinnipiac") == "ORG"

    def test_a_place_s_poll_stays_the_place(self, nlp):
        rows = label_rows(entity_table(nlp, "An Iowa poll showed Biden ahead, and a Texas survey agreed. A Des "
                                            "Moines poll did not."))
        assert rows.get("Iowa") == "GPE" and rows.get("Texas") == "GPE" and rows.get("Des Moines") == "GPE"


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_NICKNAME = ("Podcaster Spike Cohen received the vice presidential nomination. The next day, the party nominated "
             "podcast host Jeremy \"Spike\" Cohen for vice president on the third ballot. Cohen, who went into the "
             "convention as the running mate of performance artist Vermin Supreme, was not the candidate Jorgensen "
             "initially backed for the vice presidential nomination.")


class TestNicknamesInsideFullNames:
    """'Jeremy "Spike" Cohen' beside "Spike Cohen": the nickname and surname name the person written in full with the
    nickname in quote marks; one row, and the surname alone goes to it."""

    def test_one_person(self, nlp):
        table = entity_table(nlp, _NICKNAME)
        people = [name for name, label in label_rows(table).items() if label == "PERSON" and "Cohen" in name]
        assert people == ["Spike Cohen"]
        assert {"Cohen", "Jeremy Cohen"} <= aliases_of(table, "Spike Cohen")

    def test_two_people_of_one_surname_stay_two(self, nlp):
        rows = label_rows(entity_table(nlp, "Sara Cohen spoke first. Later, Jeremy \"Spike\" Cohen spoke. Cohen "
                                            "said little."))
        assert rows.get("Sara Cohen") == "PERSON" and rows.get("Jeremy Cohen") == "PERSON"


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_PROGRAM = ("Biden first addressed the allegations of sexual assault from former staffer Tara Reade, on television "
            "program Morning Joe. He also promoted an unsubstantiated conspiracy theory suggesting Morning Joe host "
            "Joe Scarborough was involved in the death of a Congressional intern in 2001.")


class TestBroadcastsNamedByTheirMedium:
    """"on television program Morning Joe": a name right after a broadcast's noun that its medium qualifies is the
    programme's title, not a person."""

    def test_the_programme_is_a_work(self, nlp):
        rows = label_rows(entity_table(nlp, _PROGRAM))
        assert rows.get("Morning Joe") == "WORK_OF_ART"
        assert rows.get("Joe Scarborough") == "PERSON" and rows.get("Tara Reade") == "PERSON"

    def test_a_program_without_a_medium_is_left(self, nlp):
        rows = label_rows(entity_table(nlp, "The space program Artemis will fly again next year."))
        assert rows.get("Artemis") != "WORK_OF_ART"


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_DIAGNOSIS = ("Cohen, who goes by his nickname \"Spike\", was initially a neoconservative but shifted to "
              "libertarianism. In 2016, he was diagnosed with Multiple Sclerosis. He is co-owner of Muddied Waters "
              "Media, which features his podcast.")
_PANDEMIC = ("At the beginning of May, with the Coronavirus Pandemic ongoing and stay-at-home orders easing in some "
             "states, presumptive US Democratic Party presidential nominee Joe Biden led incumbent US President "
             "Donald Trump of the Republican Party.")


class TestIllnessesAreNoBodies:
    """"diagnosed with Multiple Sclerosis", "the Coronavirus Pandemic": an illness capitalised is no body."""

    def test_what_one_is_diagnosed_with(self, nlp):
        rows = label_rows(entity_table(nlp, _DIAGNOSIS))
        assert "Multiple Sclerosis" not in rows and rows.get("Muddied Waters Media") == "ORG"

    def test_the_coronavirus_capitalised(self, nlp):
        rows = label_rows(entity_table(nlp, _PANDEMIC))
        assert "Coronavirus" not in rows and rows.get("Republican Party") == "ORG"

    def test_a_clinic_after_the_diagnosis_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "She was diagnosed with cancer at Mayo Clinic in Rochester."))
        assert "Mayo Clinic" in rows and rows.get("Rochester") == "GPE"


# Wikinews, 2019-09-16, Tropical Storm Humberto upgraded to hurricane status
_DISTANCE = ("In an advisory issued late Sunday night, the National Hurricane Center (NHC) upgraded Tropical Storm "
             "Humberto to hurricane status. The NHC's Hurricane Humberto Advisory Number 14, released at 11:00 p.m. "
             "EDT on Sunday (0300 UTC Monday morning) placed Humberto 785 miles (1260 kilometers) west of Bermuda.")


class TestDistancesAfterNames:
    """"placed Humberto 785 miles … west of Bermuda": a distance the model ran a name on into is no part of it."""

    def test_the_distance_is_cut_off(self, nlp):
        assert not any("miles" in text for text, _ in ents_of(nlp, _DISTANCE))
        assert not any("miles" in name for name in label_rows(entity_table(nlp, _DISTANCE)))

    def test_a_measure_alone_stays_a_measure(self, nlp):
        assert ("500 miles", "QUANTITY") in ents_of(nlp, "The Boeing 737 flew 500 miles on Monday.")


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_SHARED = ("This month's spotlight on the campaign trail includes interviews with the vice presidential nominees of "
           "the Constitution and Libertarian parties. At the Constitution Party's 2020 National Convention "
           "conducted online May 2, the party nominated businessman Don Blankenship for president. On May 23, the "
           "Libertarian Party nominated Jo Jorgensen.")


class TestPartiesSharingAPlural:
    """"the Constitution and Libertarian parties": each name before the shared plural is "<name> Party" where the
    text names that party in full; one row each."""

    def test_one_row_per_party(self, nlp):
        table = entity_table(nlp, _SHARED)
        rows = label_rows(table)
        assert rows.get("Constitution Party") == "ORG" and rows.get("Libertarian Party") == "ORG"
        assert "Constitution" not in rows and "Libertarian" not in rows
        assert "Constitution" in aliases_of(table, "Constitution Party")

    def test_peoples_parties_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "Both the Spanish and French parties agreed on Monday."))
        assert "Spanish Party" not in rows and "French Party" not in rows


# Wikinews, 2020-06-19, On the campaign trail in the USA, May 2020
_JOINT = ("The phrase itself has historic, racial overtones, of which Trump claimed to be unaware. Meanwhile, Trump "
          "attended the joint NASA-Space X launch and delivered a speech to mark the occasion.")


class TestPartnersAfterJoint:
    """"the joint NASA-Space X launch": the name a hyphen joins to the first maker after "joint" is the second."""

    def test_both_makers_are_bodies(self, nlp):
        rows = label_rows(entity_table(nlp, _JOINT))
        assert rows.get("NASA") == "ORG" and rows.get("Space X") == "ORG"

    def test_a_hyphened_pair_without_joint_is_left(self, nlp):
        assert not any(text == "ESA" for text, _ in ents_of(nlp, "NASA-ESA talks went on for a week."))


# Wikinews, 2019-03-29, Toronto Comicon 2019 (a photo caption)
_CAPTION = "Ruby from RWBY\n\nCaptain America and Tony Stark\n\nDC superheroes"


class TestTitlesBeforeACountrysName:
    """"Captain America and Tony Stark": a title and a country's name the model calls a person are one name, no
    mention of the country."""

    def test_one_name_not_the_country(self, nlp):
        rows = label_rows(entity_table(nlp, _CAPTION))
        assert rows.get("Captain America") == "PERSON" and "United States" not in rows

    def test_a_titled_surname_and_the_country_stay(self, nlp):
        rows = label_rows(entity_table(nlp, "President Trump visited America on Monday. Captain Smith stayed in "
                                            "Georgia."))
        assert rows.get("United States") == "GPE" and rows.get("Georgia") == "GPE" and rows.get("Smith") == "PERSON"
