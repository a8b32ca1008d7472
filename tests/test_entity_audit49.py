"""Entity rules after the entity audit (found and labelled) of twelve Wikinews dev articles (round ``entities49``,
``bench/audit/entities49.tsv``): Martian brines, the Crew Dragon at the station, the Puerto Rico governor, the
Saudi oil facilities, the Paris police headquarters, Ginger Baker, the Iraqi air base, the Iraqi Parliament's
vote, the Ukrainian jet, Mohammad Mir-Mohammadi, Nikoloz Basilashvili and the presidential transition.

Each rule is checked on the audited sentences (Wikinews, CC BY 2.5, Wikinews contributors).
"""

from __future__ import annotations

from conftest import aliases_of, entity_table, ents_of, label_rows


# wn_2020-03-03_Iranian-government-official-Mohammad-Mir-Mohammadi-dies-of-COVID-19.txt
_DIED_OF = ("Seyed Mohammad Mir-Mohammadi, a council member of Iranian Expediency Discernment Council, died of "
            "COVID-19, the government announced yesterday.")
_CONTRACTING = "A few days back, Mir-Mohammadi's mother died after contracting COVID-19, Tehran Times reported."
_CONTRACTED = ("Multiple Iranian government officials including deputy health minister Iraj Harirchi and vice "
               "president of women and family affairs Masoumeh Ebtekar had also contracted COVID-19.")
_LEADER = ("Mir-Mohammadi served as one of the advisors of the Supreme Leader of the Islamic Republic of Iran. He "
           "had served Iran's Supreme Leader Ali Khamenei in that capacity since 2017. Mir-Mohammadi had previously "
           "represented Iran's Qom Province in the Islamic Consultative Assembly.")


class TestDiseasesCaught:
    """"died of COVID-19", "after contracting COVID-19": a code-shaped name one dies of or catches is an illness,
    no body."""

    def test_died_of(self, nlp):
        assert not any(text == "COVID-19" for text, _ in ents_of(nlp, _DIED_OF))

    def test_contracting(self, nlp):
        assert not any(text == "COVID-19" for text, _ in ents_of(nlp, _CONTRACTING))

    def test_contracted(self, nlp):
        ents = ents_of(nlp, _CONTRACTED)
        assert not any(text == "COVID-19" for text, _ in ents)
        assert ("Iraj Harirchi", "PERSON") in ents

    def test_a_code_that_is_bought_stays(self, nlp):
        assert any(text == "SX-70" for text, _ in ents_of(nlp, "The company acquired SX-70 from the bank."))


# wn_2020-01-13_Iran-admits-downing-Ukrainian-jet-cites-human-error.txt
_REGRETS = ("Iranian President Hassan Rouhani said, \"The Islamic Republic of Iran deeply regrets this disastrous "
            "mistake. My thoughts and prayers go to all the mourning families\". For several days Iran denied the "
            "accusation.")


class TestStatesLongForms:
    """"the Islamic Republic of Iran": a state's long form with a word of its style before "Republic" or "Kingdom"
    is the country, as "the Republic of India" and "the Government of Iraq" were."""

    def test_the_quote(self, nlp):
        rows = label_rows(entity_table(nlp, _REGRETS))
        assert rows.get("Iran") == "GPE"
        assert not any("Republic" in name for name in rows)

    def test_after_of(self, nlp):
        table = entity_table(nlp, _LEADER)
        assert not any("Republic" in name for name in table["name"])
        assert "Islamic Republic of Iran" in aliases_of(table, "Iran")

    def test_the_forms(self):
        from toolkit.nlp.surfaces import mention_key

        assert mention_key("Federal Republic of Germany", "GPE") == "germany"
        assert mention_key("Hashemite Kingdom of Jordan", "GPE") == "jordan"

    def test_a_state_named_so_is_no_other(self):
        from toolkit.nlp.surfaces import mention_key

        assert mention_key("Democratic Republic of the Congo", "GPE") != mention_key("Republic of the Congo", "GPE")


# wn_2020-05-25_Georgian-tennis-player-Nikoloz-Basilashvili-arrested-on-domestic-violence-charge.txt
_FEDERATION = ("The Georgian Tennis Federation (GFT) released a statement addressing Basilashvili's arrest. It read, "
               "\"First of all, we would like to state that Georgian Tennis Federation has always condemned any form "
               "of violence [...] The incident involving Nikoloz Basilashvili is currently under police "
               "investigation and GFT will refrain from either announcing its position on the matter or making any "
               "comments until such investigation is completed.\"")
# wn_2020-01-06_Iraqi-Parliament-votes-for-expulsion-of-United-States-troops.txt
_ISIS = ("The United States had not, as of yesterday, announced any plans to remove the troops, which are there with "
         "an international coalition to counter the Islamic State (ISIS). The coalition came to Iraq to fight ISIS "
         "after the group took over about a third of the country.")
# wn_2019-01-09_Simple-animals-could-live-in-Martian-brines-Wikinews-interviews-planetary-scient.txt
_DLR = ("In 2014, also suggesting multicellular life could exist on Mars, de Vera et al, using the facilities at the "
        "German Aerospace Center (DLR), studied some lichens.")


class TestAcronymsInBrackets:
    """"The Georgian Tennis Federation (GFT)": an acronym in brackets right after a body's name is its short form,
    though its letters spell the name in another order or language, or not at all."""

    def test_the_federation(self, nlp):
        table = entity_table(nlp, _FEDERATION)
        assert "GFT" not in set(table["name"])
        assert "GFT" in aliases_of(table, "Georgian Tennis Federation")

    def test_the_islamic_state(self, nlp):
        table = entity_table(nlp, _ISIS)
        assert "ISIS" in aliases_of(table, "Islamic State")
        assert int(table[table["name"] == "Islamic State"]["mentions"].iloc[0]) == 3

    def test_another_language(self, nlp):
        table = entity_table(nlp, _DLR)
        assert "DLR" in aliases_of(table, "German Aerospace Center")

    def test_an_acronym_apart_stays_apart(self, nlp):
        table = entity_table(nlp, "The Georgian Tennis Federation released a statement. GFT will refrain from "
                                  "comment.")
        assert "GFT" not in aliases_of(table, "Georgian Tennis Federation")


# wn_2019-09-15_Oil-facilities-in-Saudi-Arabia-hit-by-drone-attacks.txt
_AT_FOUR = ("According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck "
            "the largest processing plant at Abqaiq and the Khurais oil field.")


class TestHalvesOfTheDay:
    """"at 4:00 A.M. local time": the half of the day after a clock's hour, in capitals, is no place."""

    def test_a_m(self, nlp):
        rows = label_rows(entity_table(nlp, _AT_FOUR))
        assert "A.M." not in rows
        assert rows.get("Saudi Press Agency") == "ORG"

    def test_a_name_after_a_number_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "The 2 AM Club played in Seattle."))
        assert "Seattle" in rows


# wn_2019-10-07_Influential-rock-drummer-Ginger-Baker-dies-at-age-80.txt
_LEAVING = ("In 1962, when fellow drummer Charlie Watts was leaving Blues Incorporated for The Rolling Stones, Watts "
            "recommended Baker to be his replacement.")


class TestNamesRunOverForThe:
    """"leaving Blues Incorporated for The Rolling Stones": two names run together over "for" and a capital "The"."""

    def test_the_two_bands(self, nlp):
        ents = ents_of(nlp, _LEAVING)
        assert ("Blues Incorporated", "ORG") in ents
        assert ("The Rolling Stones", "ORG") in ents

    def test_a_name_with_for_the_stays(self, nlp):
        ents = ents_of(nlp, "He joined the Royal Society for the Protection of Birds in 1990.")
        assert any(text.endswith("Protection of Birds") for text, _ in ents)


_BAKER = ("Yesterday morning, English drummer Ginger Baker died in a hospital at the age of 80. The news came from the "
          "Twitter account in his name and was independently confirmed by Associated Press with his daughter Nettie "
          "Baker. On September 25, it was reported Baker was hospitalized in critical condition. Baker was widely "
          "known as the drummer and co-founder of the rock band Cream, an early supergroup.\n\n"
          "Ginger Baker was born Peter Edward Baker in Lewisham, London, in 1939. Baker — who was reportedly "
          "nicknamed Ginger due to his red hair — began playing drums in his teens.\n\n"
          "Paul McCartney wrote on Twitter, \"Ginger Baker, great drummer, wild and lovely guy.\"\n\n"
          "Mick Jagger of The Rolling Stones also reacted on Twitter, \"Sad news hearing that Ginger Baker has died.\"")


class TestTheSubjectOfAFamily:
    """"English drummer Ginger Baker died … his daughter Nettie Baker. … Baker was hospitalized": of the people of
    one surname named before its lone use, the one named first and most often is the story's subject."""

    def test_baker(self, nlp):
        table = entity_table(nlp, _BAKER)
        assert "Baker" not in set(table["name"])
        assert "Baker" in aliases_of(table, "Ginger Baker")
        assert "Nettie Baker" in set(table["name"])

    def test_two_named_alike_often_stay_apart(self, nlp):
        table = entity_table(nlp, "John Smith met Mary Smith. John Smith and Mary Smith spoke. Smith said no.")
        assert "Smith" not in aliases_of(table, "John Smith")


_PLAYED = "Baker began his career as a drummer in jazz bands. He played with Acker Bilk and Terry Lightfoot."


class TestPeopleCoordinatedWithPeople:
    """"He played with Acker Bilk and Terry Lightfoot": a name built like a person's, joined by "and" to a person, is
    a person, though the model calls it a product."""

    def test_acker_bilk(self, nlp):
        assert ("Acker Bilk", "PERSON") in ents_of(nlp, _PLAYED)


_BLIND_FAITH = ("Clapton and Baker were subsequently in another supergroup Blind Faith with Steve Winwood and Ric "
                "Grech. Blind Faith recorded only one studio album but notably played before a crowd of a hundred "
                "thousand at a free concert in London's Hyde Park.")


class TestSupergroups:
    """"another supergroup Blind Faith": a supergroup is a band, a body."""

    def test_blind_faith(self, nlp):
        assert label_rows(entity_table(nlp, _BLIND_FAITH)).get("Blind Faith") == "ORG"


_TOLD = ("When an opportunity arose at a party, his classmates encouraged him to sit down at a drum set. \"I'd never "
         "sat behind a kit before, but I sat down — and I could play! One of the musicians turned round and said, "
         "'Bloody hell, we've got a drummer', and I thought, 'Bloody hell, I'm a drummer' \", he recalled.")


class TestOaths:
    """"'Bloody hell, we've got a drummer'": a capitalised word before "hell" and a comma opens an oath."""

    def test_bloody_hell(self, nlp):
        assert not any(text == "Bloody" for text, _ in ents_of(nlp, _TOLD))

    def test_a_name_before_other_words_stays(self, nlp):
        assert ("Baker", "PERSON") in ents_of(nlp, "'Bloody hell,' Baker said, and the band laughed.")


# wn_2019-03-05_SpaceX-Crew-Dragon-capsule-docks-with-International-Space-Station.txt
_LAUNCHED = ("At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, the Crew Dragon was launched via a Falcon 9 "
             "rocket from the Kennedy Space Center at Cape Canaveral, Florida in the southeastern United States.")


class TestNumberedModelsOfCraft:
    """"via a Falcon 9 rocket": a name with a number before a vehicle's noun is a model of craft, no body."""

    def test_falcon_9(self, nlp):
        rows = label_rows(entity_table(nlp, _LAUNCHED))
        assert rows.get("Falcon") != "ORG"
        assert rows.get("Kennedy Space Center") == "FAC"

    def test_a_maker_without_a_number_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "SpaceX tested its new rocket. The SpaceX rocket flew on Sunday."))
        assert rows.get("SpaceX") == "ORG"


class TestAdjectivesOfTitles:
    """"Iran's Supreme Leader Ali Khamenei": a lone English adjective between a place's possessive and a title
    before a person's name is the title's word, no body."""

    def test_supreme(self, nlp):
        ents = ents_of(nlp, _LEADER)
        assert not any(text == "Supreme" for text, _ in ents)
        assert ("Ali Khamenei", "PERSON") in ents

    def test_a_body_before_a_title_stays(self, nlp):
        assert any(text == "Gazprom" for text, _ in ents_of(nlp, "Russia's Gazprom CEO Alexei Miller spoke."))
