"""Entity rules after reading every error of the Universal NER dev golds (round ``uner41``,
``bench/audit/uner41/``): a lone "place" that speaks in a report set after its content ("…, says Tarlo."), a name
after a military rank abbreviated with its period ("Capt. Spastic"), a town and its state's code before "area"
("the Chillicothe, OH area"), days' abbreviations in a list ("on Fri, Sat, or Sun"), a hyphenated body's name
before its kind noun ("the Coca-Cola corporation"), no given name taken in after an article ("the Microsoft
Goliath"), web addresses and file names that are no names, a faith's title before a name ("the Prophet
Muhammad"), an adjective that opens a sentence ("Lunar landers"), and a firm named again where the model left it
untagged ("In return, Uber will receive …" … "Spotify, Tesla, Uber and Snapchat").

Each rule is checked on the audited sentences, with controls: news sentences of UD English PUD (CC BY-SA 3.0) and
weblog and newsgroup sentences of UD English EWT (CC BY-SA 4.0), with the Universal NER annotation (Mayhew et al.,
NAACL 2024); the controls are invented.
"""

from __future__ import annotations

from conftest import entity_table, ents_of, label_rows, labels_of

# n01025 (PUD)
_TARLO = ("In China the hair is typically put in a chemical bath to remove the cuticle completely, Tarlo explains. "
          "Throughout history, the international hair market has always had a political dimension, says Tarlo.")
# newsgroup-groups.google.com_CaptSpasticsJokes_4c06327c7fb39291 (EWT)
_SPASTIC = "Capt. Spastic 's Demented World is located at: <>"
# newsgroup-groups.google.com_DungeonsDragonsChillicotheOH45601_022e6f4a0cd6fb61 (EWT)
_CHILLICOTHE = ("I am looking for people who would like to play D&D 3.5 and live in or around the Chillicothe, OH "
                "area.")
_GAMES = "The games will have to take place on Fri, Sat, or Sun."
# newsgroup-groups.google.com_eHolistic_e470976a8f836699 (EWT)
_COKE = ("Once upon a time (in 2001, to be specific), the Coca-Cola corporation built a bottling plant in a small and "
         "remote Indian village in the state of Kerala.")
# newsgroup-groups.google.com_hiddennook_1fd8f731ae7ffaa0 (EWT)
_GOLIATH = ("It will be interesting to see whether or not Google will finally slay the Microsoft Goliath, who has "
            "known no major defeat and seeks to vanquish all competition.")
# newsgroup-groups.google.com_alt.animals.cat_0e976a5d400ddce1 (EWT)
_WEB = ("You will always find fascinating links at: Extreme Web Surfs http://extremewebsurfs.blogspot.com/ (nice urban "
        "wildlife post today) & Me and the Web http://maartenvt.blogspot.com/ Arts, History,Animals, Music,Games "
        ",Politics,Technology, Fun and more!")
# n04010 (PUD)
_UBER = ("In return, Uber will receive a billion dollar investment and a seat on the board of directors of the Chinese "
         "company. Leaders of companies such as Spotify, Tesla, Uber and Snapchat will attend a private event in "
         "addition to the Mountain View Summit.")
# newsgroup-groups.google.com_hiddennook_e21e429b3ad58235 (EWT)
_LUNAR = ("Lunar landers and other gear needed for extended visits to the moon will be lofted by gargantuan launchers "
          "as big as the Apollo-era Saturn 5, the most powerful rockets ever flown.")
# weblog-juancole.com_juancole_20041018060600 (EWT)
_SALAFI = ("They are probably especially oriented toward the Salafi school of modern Islamic thought, which has a "
           "Protestant-like emphasis on going back to the original practice of the early companions of the Prophet "
           "Muhammad.")


class TestTailSpeakers:
    """"…, Tarlo explains.", "…, says Tarlo.": a one-word "place" no gazetteer knows, speaking in a report that
    closes the sentence after its content, is a person (tail_speakers.py)."""

    def test_the_speaker_after_and_before_the_verb(self, nlp):
        assert labels_of(nlp, _TARLO)["Tarlo"] == "PERSON"

    def test_a_known_place_speaks_for_its_government(self, nlp):
        assert labels_of(nlp, "The talks will fail, Ukraine says.")["Ukraine"] == "GPE"

    def test_a_body_that_reports_is_left(self, nlp):
        labels = labels_of(nlp, "The plant will close next year, Toyota said.")
        assert labels.get("Toyota") != "PERSON"


class TestAbbreviatedRanks:
    """"Capt. Spastic": a military rank abbreviated with its period, which the tokenizer splits off, before a name
    makes it a person's."""

    def test_a_captain(self, nlp):
        assert labels_of(nlp, _SPASTIC)["Spastic"] == "PERSON"

    def test_a_capitalised_word_before_a_stop_is_no_rank(self, nlp):
        labels = labels_of(nlp, "He watched the whole Act. Spastic Records then signed the band.")
        assert labels.get("Spastic Records", "ORG") != "PERSON"


class TestAreaAfterStateCode:
    """"the Chillicothe, OH area": a town and its state's postal code before a noun of the land around it."""

    def test_the_town_and_the_state(self, nlp):
        ents = ents_of(nlp, _CHILLICOTHE)
        assert ("Chillicothe", "GPE") in ents and ("OH", "GPE") in ents

    def test_a_code_before_another_noun_is_left(self, nlp):
        ents = ents_of(nlp, "He moved to the Chillicothe, OH office last year.")
        assert ("OH", "GPE") not in ents and ("Chillicothe", "GPE") not in ents


class TestWeekdayLists:
    """"on Fri, Sat, or Sun": days' abbreviations in a list are no names (the model reads "Sun" as a body)."""

    def test_the_days_are_dropped(self, nlp):
        assert [e for e in ents_of(nlp, _GAMES) if e[1] in ("PERSON", "ORG", "GPE")] == []

    def test_a_paper_called_the_sun_stays(self, nlp):
        assert ("Sun", "ORG") in ents_of(nlp, "The Sun reported the story on Monday.")


class TestHyphenatedBodyBeforeKind:
    """"the Coca-Cola corporation": a hyphenated body's name before the kind noun of a body names that body; other
    hyphenated modifiers stay no name ("the Lifestyle-Religion category")."""

    def test_the_firm_is_kept(self, nlp):
        assert label_rows(entity_table(nlp, _COKE)).get("Coca-Cola") == "ORG"

    def test_a_modifier_before_another_noun_stays_no_name(self, nlp):
        rows = label_rows(entity_table(nlp, "The post appeared in the Lifestyle-Religion category of the site."))
        assert "Lifestyle-Religion" not in rows


class TestNoGivenNameAfterArticle:
    """"slay the Microsoft Goliath": English puts no article before a person's name, so the word after "the" is no
    given name of the person after it."""

    def test_the_body_is_no_given_name(self, nlp):
        assert all(text != "Microsoft Goliath" for text, _ in ents_of(nlp, _GOLIATH))

    def test_a_given_name_without_article_is_joined(self, nlp):
        assert ("Malphine Fogel", "PERSON") in ents_of(nlp, "Witnesses saw Malphine Fogel leave the building.")


class TestWebAddressesAndFiles:
    """A web address run into capitalised words, and a file's name ("Outlook.jpg"), are no names."""

    def test_no_name_holds_a_web_address(self, nlp):
        assert all("://" not in name for name in label_rows(entity_table(nlp, _WEB)))

    def test_a_file_name(self, nlp):
        assert "Outlook.jpg" not in label_rows(entity_table(nlp, "Outlook.jpg"))

    def test_a_site_named_by_its_domain_stays(self, nlp):
        assert "Example.com" in label_rows(entity_table(nlp, "He visited Example.com and Politico.eu yesterday."))


class TestFaithTitles:
    """"the Prophet Muhammad", "Rabbi Jonathan Sacks": a faith's title names the person after it."""

    def test_the_prophet(self, nlp):
        assert ("Muhammad", "PERSON") in ents_of(nlp, _SALAFI)

    def test_a_prophet_in_lower_case_names_nobody(self, nlp):
        assert ents_of(nlp, "He was a prophet of doom in his own country.") == []


class TestAdjectiveOpeningSentence:
    """"Lunar landers and other gear …": an English adjective capitalised only where it opens a sentence, before
    the noun it qualifies, is no person."""

    def test_the_adjective_is_no_name(self, nlp):
        assert "Lunar" not in label_rows(entity_table(nlp, _LUNAR))

    def test_a_surname_named_in_full_stays(self, nlp):
        rows = label_rows(entity_table(nlp, "Gordon Brown spoke on Monday. Brown supporters rallied outside."))
        assert rows.get("Gordon Brown") == "PERSON"


class TestBodiesNamedAgain:
    """A one-word name the model tags only as a body is that body where the text names it again untagged."""

    def test_the_firm_named_again(self, nlp):
        ents = ents_of(nlp, _UBER)
        assert ents.count(("Uber", "ORG")) == 2

    def test_a_word_of_a_persons_name_is_left(self, nlp):
        text = ("Elon Musk spoke first. The cuts were planned by Elon and his team. I think Elon wants to do it "
                "again.")
        assert ("Elon", "ORG") not in ents_of(nlp, text)
