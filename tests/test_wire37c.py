"""Page furniture of scraped news (round ``wire37c``, ``bench/audit/wire37c/README.md``): photo captions and their
credits in the styles of several agencies and papers, bylines' lines, read for entities and speakers.

The probe stories of ``bench/audit/wire37c/`` are news of 2024–25 in the house styles of the AP, Reuters, the
Guardian, the New York Times, CBC News, BBC News, the Daily Mail, Stars and Stripes, NME and CNN, written by the
helper for this round; the names and events are those of public reporting of 2024–25. Each test asserts a property
of the output on a sentence of those stories, with a control where the rule could overreach.
"""

from __future__ import annotations

from conftest import entity_table, label_rows

from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document


def _quotes(nlp, text: str) -> list[tuple[str, str]]:
    table = extract([Document(id="t0", path="t0", text=text, sha256="t0")], nlp=nlp).quotes
    return list(zip(table["speaker"], table["text"]))


class TestSlashedCredits:
    """A picture's credit standing by itself at a line's end or in brackets is the photographer and the agency."""

    def test_photographer_before_the_agency_at_a_line_end(self, nlp):
        rows = label_rows(entity_table(nlp, "Overcast skies over Tampa ahead of the storm.\nOctavio Jones/Reuters"))
        assert rows.get("Octavio Jones") == "PERSON" and rows.get("Reuters") == "ORG"
        assert "Octavio Jones/Reuters" not in rows

    def test_bracketed_credit_with_a_rank(self, nlp):
        rows = label_rows(entity_table(nlp, "Marines of the 2nd Marine Division march during the birthday parade on "
                                            "Sunday. (Lance Cpl. Jordan Smith/U.S. Marine Corps)"))
        assert rows.get("Jordan Smith") == "PERSON" and rows.get("U.S. Marine Corps") == "ORG"

    def test_bracketed_credit_the_model_split(self, nlp):
        rows = label_rows(entity_table(nlp, "Overcast skies over Calgary on Thursday. (Ose Irete/CBC)"))
        assert rows.get("Ose Irete") == "PERSON" and rows.get("CBC") == "ORG"

    def test_reuters_agency_first_with_pool(self, nlp):
        rows = label_rows(entity_table(nlp, "Former U.S. President Donald Trump speaks to the media after the verdict "
                                            "at Manhattan Criminal Court in New York City, U.S., May 30, 2024. "
                                            "REUTERS/Justin Lane/Pool"))
        assert rows.get("Justin Lane") == "PERSON"  # not a street for "Lane"
        assert "REUTERS/Justin Lane/Pool" not in rows

    def test_two_places_at_a_line_end_stay_places(self, nlp):
        # control: a slash between two places' names closing a line is no credit
        rows = label_rows(entity_table(nlp, "Traffic was heavy on the route.\nNew York/New Jersey"))
        assert rows.get("New York") == "GPE" and rows.get("New Jersey") == "GPE"

    def test_a_slash_in_running_text_is_left(self, nlp):
        # control: a slash inside a sentence, not closing its line, is no credit
        rows = label_rows(entity_table(nlp, "The Joint Chiefs/Pentagon review was due in March, officials said."))
        assert not any(label == "PERSON" for label in rows.values())


class TestLibrariesAndCaptionLabels:
    """A picture library credited by name is a body; the BBC's "Image caption," is no name."""

    def test_library_after_credit_word(self, nlp):
        rows = label_rows(entity_table(nlp, "Oasis have officially confirmed that they are reuniting.\n\nOasis in "
                                            "1995. Credit: Getty Images\n\nThe band will open the tour in Cardiff."))
        assert rows.get("Getty Images") == "ORG"

    def test_bbc_image_source_and_caption(self, nlp):
        rows = label_rows(entity_table(nlp, "The Paris Olympics opened on Friday.\n\nImage source, Getty Images\n"
                                            "Image caption, Celine Dion performs on the Eiffel Tower\n\nThe show "
                                            "went on despite the rain."))
        assert rows.get("Getty Images") == "ORG" and "Image" not in rows

    def test_a_photographer_after_a_credit_word_stays_a_person(self, nlp):
        # control: a person's name after the credit word is still the photographer
        rows = label_rows(entity_table(nlp, "Crowds gathered on the bridges.\n\nPhoto: Mathias Krumbholz\n\nThe show "
                                            "went on despite the rain."))
        assert rows.get("Mathias Krumbholz") == "PERSON"


class TestBylineLines:
    """The New York Times's "Reporting from <place>" holds no name; an outlet glued to its web domain is a body."""

    def test_reporting_from(self, nlp):
        rows = label_rows(entity_table(nlp, "Notre-Dame Reopens, Five Years After a Fire Nearly Destroyed It\n\nBy "
                                            "Catherine Porter and Aurelien Breeden\nReporting from Paris\nDec. 7, "
                                            "2024\n\nNotre-Dame Cathedral reopened on Saturday."))
        assert "Reporting" not in rows and rows.get("Aurelien Breeden") == "PERSON" and rows.get("Paris") == "GPE"

    def test_outlet_with_its_domain(self, nlp):
        rows = label_rows(entity_table(nlp, "By Germania Rodriguez Poleo For Dailymail.Com\nPublished: 15:42 EST, 9 "
                                            "December 2024\n\nA former Marine has been found not guilty."))
        assert rows.get("Dailymail") == "ORG"

    def test_a_reporter_named_reporting_in_a_sentence(self, nlp):
        # control: "Reporting" opening a sentence of running text is a verb, and a name beside it is kept
        rows = label_rows(entity_table(nlp, "Reporting from Kyiv, Christiane Amanpour said the city was calm."))
        assert rows.get("Christiane Amanpour") == "PERSON" and rows.get("Kyiv") == "GPE"


_MARINES = ("Marines and their families gathered Sunday at Camp Lejeune to mark the 249th birthday of the Marine "
            "Corps.\n\n{credit}\n\nGen. Eric Smith, the commandant of the Marine Corps, returned to duty this year "
            "after a heart attack in 2023. \"We are still the nation's force in readiness,\" Smith said in a video "
            "message.")


class TestPhotographersAreNoSpeakers:
    """A surname the story's text uses is not that of the photographer a picture's credit names."""

    def test_credit_line_of_its_own(self, nlp):
        quotes = _quotes(nlp, _MARINES.format(credit="Photo: Lance Cpl. Jordan Smith, U.S. Marine Corps"))
        assert [s for s, _ in quotes] == ["Eric Smith"]

    def test_bracketed_slashed_credit(self, nlp):
        quotes = _quotes(nlp, _MARINES.format(credit="Marines march during the birthday parade on Sunday. (Lance "
                                                     "Cpl. Jordan Smith/U.S. Marine Corps)"))
        assert [s for s, _ in quotes] == ["Eric Smith"]

    def test_a_namesake_in_the_text_keeps_the_first_one(self, nlp):
        # control: two people of one surname named in the story's sentences, the first introduced speaks
        quotes = _quotes(nlp, _MARINES.format(credit="Sgt. Jordan Smith, a drill instructor, led the parade."))
        assert [s for s, _ in quotes] == ["Jordan Smith"]


class TestCaptionsOpenedByCommonPlurals:
    """A common noun's plural opening a caption after the BBC's "Image caption," label is capitalised for that
    place only."""

    def test_crowds_after_the_caption_label(self, nlp):
        rows = label_rows(entity_table(nlp, "The Paris Olympics opened on Friday.\n\nImage source, Reuters\nImage "
                                            "caption, Crowds gathered on the bridges despite the downpour\n\n"
                                            "President Emmanuel Macron declared the Games open."))
        assert "Crowds" not in rows and rows.get("Emmanuel Macron") == "PERSON"

    def test_a_surname_after_the_caption_label_is_kept(self, nlp):
        # control: a plural-looking surname the text writes with its capital elsewhere is the person
        rows = label_rows(entity_table(nlp, "Senator Jeff Sessions spoke on Friday.\n\nImage source, Reuters\nImage "
                                            "caption, Sessions speaks to reporters\n\nThe vote was held late."))
        assert rows.get("Jeff Sessions") == "PERSON"
        assert rows.get("Sessions", "PERSON") == "PERSON"


class TestEnlistedRanks:
    """The AP's abbreviated enlisted ranks ("Lance Cpl.", "Pfc.", "Spc.") before a name are no person of their
    own."""

    def test_lance_corporal_before_the_name(self, nlp):
        rows = label_rows(entity_table(nlp, "Photo: Lance Cpl. Jordan Smith, U.S. Marine Corps\n\nMarines and their "
                                            "families gathered Sunday at Camp Lejeune."))
        assert "Lance Cpl" not in rows and rows.get("Jordan Smith") == "PERSON"

    def test_the_rank_before_a_surname_alone(self, nlp):
        # control: the rank cut off a surname leaves the surname a person
        rows = label_rows(entity_table(nlp, "Cpl Jones said the patrol was quiet."))
        assert rows.get("Jones") == "PERSON"
