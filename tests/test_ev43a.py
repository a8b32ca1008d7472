"""The seventeenth event dev gold (``tests/data/gold/wikinews-events-dev17``) and the rules mended on it (round
``ev43a``): a work's plot told in the present, relative clauses that describe and ones that tell a death, absolute
"with" clauses of people counted, and participles of intention.

The gold's texts and most sentences below are Wikinews articles of 2019 (the Holy Headdress of Christ carried
through Cahors, Franky Zapata crosses the English Channel, arrests after a gold toilet's theft, Storm Area 51,
Toronto Comicon 2019, the monarch butterfly count; and sentences of events-dev12, events-dev13 and events-dev16):
Wikinews articles, CC BY 2.5, credit "Wikinews contributors, en.wikinews.org". The first class checks the gold is
well formed; the others assert a property of the extraction on a real sentence, each with a control sentence
where the rule must not fire.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import blank, check_event_gold, events_of, records_headed_by

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev17"


class TestSeventeenthEventDevGold:
    """Each file names its text, kept byte for byte the corpus's, and every event's spans fall inside it."""

    def test_gold_is_well_formed(self):
        check_event_gold(GOLD, files=6, events=86)


def _events(nlp, tmp_path, text, day=dt.date(2019, 10, 7)):
    return events_of(text, day, "story", nlp=nlp, folder=tmp_path)


def _text(value) -> str:
    return "" if blank(value) else str(value).lower()


# Wikinews, 2019-10-07 (events-dev16): Mockumentary Mister America has world premiere.
PLOT = ("Friday evening, mockumentary Mister America had its world premiere in Hollywood. Wikinews attended the "
        "premiere.\n\nThe film follows a fictionalized version of comedian Tim Heidecker who hosts the absurd and "
        "shallow On Cinema film review Web series with purported film expert Gregg Turkington. When Heidecker "
        "narrowly avoids a murder conviction, he sets out to run for District Attorney of San Bernardino County and "
        "fails to even be on the ballot.\n\nHeidecker hosts a question-and-answer session after the screening.\n")


class TestPlotInThePresent:
    """From a frame with a work for subject ("The film follows …") to the end of its paragraph, a clause in the
    simple present tells the work's story, not news."""

    def test_the_plot_gives_no_rows(self, nlp, tmp_path):
        rows = _events(nlp, tmp_path, PLOT)
        assert not any("web series" in _text(r["object"]) or "absurd" in _text(r["object"])
                       for r in records_headed_by(rows, "host"))
        for verb in ("set", "fail", "avoid"):
            assert not records_headed_by(rows, verb), verb

    def test_the_news_around_the_plot_stays(self, nlp, tmp_path):
        rows = _events(nlp, tmp_path, PLOT)
        assert records_headed_by(rows, "attend")  # the paragraph before the frame
        # the paragraph after it is news again, present tense and all (an invented sentence after the real ones)
        assert any("question-and-answer" in _text(r["object"]) for r in records_headed_by(rows, "host"))

    def test_a_novel_told_over_two_sentences(self, nlp, tmp_path):
        text = ("The novel tells the story of a girl who escapes from a cult. She travels to London. The author "
                "said she wrote it in 2015.\n")
        rows = _events(nlp, tmp_path, text)
        assert not records_headed_by(rows, "escape") and not records_headed_by(rows, "travel")
        assert records_headed_by(rows, "write")  # a past tense: the author's act

    def test_a_title_with_its_noun_and_the_frame_itself(self, nlp, tmp_path):
        text = ("The mockumentary Mister America follows a fictionalized version of Tim Heidecker, who runs for "
                "District Attorney and loses.\n")
        rows = _events(nlp, tmp_path, text)
        for verb in ("follow", "run", "lose"):
            assert not records_headed_by(rows, verb), verb

    def test_a_fronted_in_the_film(self, nlp, tmp_path):
        text = "In the film, Hanks plays a pilot who lands a damaged plane on the Hudson.\n"
        rows = _events(nlp, tmp_path, text)
        assert not records_headed_by(rows, "play") and not records_headed_by(rows, "land")

    def test_control_in_the_film_after_the_verb(self, nlp, tmp_path):
        text = "Hanks appears in the film and praises the crew.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "praise")

    # Wikinews, 2020-07-25: On the campaign trail in the USA, June 2020 (found by the Wikinews identity check).
    def test_control_an_authors_claim_in_the_book(self, nlp, tmp_path):
        text = ("Notably, in the book, Bolton claims Trump asked Chinese paramount leader Xi Jinping for help in the "
                "2020 election, which Trump denied. Trump said Bolton broke the law and \"likes dropping bombs on "
                "people, and killing them.\"\n")
        rows = _events(nlp, tmp_path, text, dt.date(2020, 7, 25))
        assert records_headed_by(rows, "ask") and records_headed_by(rows, "like")

    def test_control_no_work_for_subject(self, nlp, tmp_path):
        # (in the past: in the simple present with no time, "a man who robs a bank" and "The company hires workers"
        # tell what a kind or a body does as a rule, which toolkit/nlp/generics.py leaves out since session 49)
        text = "Police followed a man who robbed a bank. The company hired workers and paid them well.\n"
        rows = _events(nlp, tmp_path, text)
        assert records_headed_by(rows, "rob") and records_headed_by(rows, "hire")


class TestDeathInARelative:
    """A relative clause that tells a death is news, even on an apposition or a copula's noun."""

    # Wikinews, 2019-02-12 (events-dev16): German migrant rescue charity renames ship after drowned Syrian toddler.
    def test_a_child_who_drowned(self, nlp, tmp_path):
        text = ("German migrant marine rescue charity Sea-Eye on Sunday renamed their ship the Alan Kurdi, after "
                "Alan Kurdi, a three-year-old Syrian child who drowned in 2015 trying to reach Europe.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 2, 12)), "drown")
        assert "kurdi" in _text(row["subject"])

    def test_migrants_who_died(self, nlp, tmp_path):
        text = ("Kurdi, his brother, and his mother were among eleven migrants who died after their boat capsized "
                "in the Mediterranean Sea in 2015.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 2, 12)), "die")
        assert "migrants" in _text(row["subject"])

    def test_control_a_career_on_an_apposition(self, nlp, tmp_path):
        text = ("Michael Avenatti, the California lawyer who represented porn star Stormy Daniels, was convicted on "
                "Friday.\n")
        assert not records_headed_by(_events(nlp, tmp_path, text), "represent")

    def test_control_a_copula_relative(self, nlp, tmp_path):
        text = "The first cases were on March 8, in two people who returned from Italy.\n"
        assert not records_headed_by(_events(nlp, tmp_path, text), "return")


class TestCountedPassiveRelative:
    """A passive relative in a past tense on people counted happened to them: an agentless event."""

    # Wikinews, 2019-07-23 (events-dev12): Four teenagers shot at Pennsylvania graduation party.
    def test_four_of_whom_were_injured(self, nlp, tmp_path):
        text = ("Police said over a hundred people attended the party, located in Allegheny County, four of whom "
                "were injured in the shooting.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 7, 23)), "injure")
        assert blank(row["subject"])

    def test_control_an_active_relative_of_a_state(self, nlp, tmp_path):
        text = "The company hired 200 workers, most of whom live nearby.\n"
        assert not records_headed_by(_events(nlp, tmp_path, text), "live")


class TestClassedAs:
    """A passive verb of regarding with "as" classes its subject; a relative on the noun after "as" describes."""

    # Wikinews, 2019-05-03: Holy Headdress of Christ carried in procession through streets of Cahors, France.
    def test_recognized_by_tradition_as_the_veil(self, nlp, tmp_path):
        text = ("The Holy Headdress is recognized by tradition as the veil that covered the head of Jesus when he "
                "was buried. By one tradition, Charlemagne brought back the relic of Jerusalem.\n")
        rows = _events(nlp, tmp_path, text, dt.date(2019, 5, 3))
        assert not records_headed_by(rows, "recognize") and not records_headed_by(rows, "cover")
        assert records_headed_by(rows, "bring")

    def test_control_a_body_recognizes(self, nlp, tmp_path):
        text = "It has been recognized by UNESCO as part of our global cultural heritage.\n"
        [row] = records_headed_by(_events(nlp, tmp_path, text), "recognize")
        assert "unesco" in _text(row["subject"])

    def test_control_a_relative_with_its_own_subject(self, nlp, tmp_path):
        text = "The museum is known as the place where Napoleon signed the treaty.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "sign")


class TestWithAbsoluteOfPeopleCounted:
    """In ", with" + people counted + a participle the parser hung on the noun, the people act."""

    # Wikinews, 2019-12-14 (events-dev12): Greta Thunberg named 2019 Time Person of the Year.
    def test_students_protesting(self, nlp, tmp_path):
        text = ("Other countries had similar protests, with 35 thousand students protesting in Belgium in January "
                "of this year.\n")
        [row] = records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 12, 14)), "protest")
        assert "students" in _text(row["subject"])

    # Wikinews, 2019-09-01 (events-dev12): Hurricane Dorian strengthens to Category 5, makes landfall in the Bahamas.
    def test_a_governor_following_suit(self, nlp, tmp_path):
        text = ("Last week, Florida Governor Ron DeSantis declared a state of emergency in anticipation of Dorian, with "
                "South Carolina Governor Henry McMaster following suit yesterday.\n")
        rows = _events(nlp, tmp_path, text, dt.date(2019, 9, 1))
        [row] = records_headed_by(rows, "follow")
        assert "mcmaster" in _text(row["subject"]) and row["date"] == "2019-08-31"  # "yesterday" is his
        [declared] = records_headed_by(rows, "declare")
        assert declared["date"] != "2019-08-31"

    def test_control_a_thing_following(self, nlp, tmp_path):
        text = "Prices rose sharply, with inflation following the trend.\n"
        assert not records_headed_by(_events(nlp, tmp_path, text), "follow")

    def test_control_no_comma(self, nlp, tmp_path):
        text = "She lives with a man working at the bank. The mayor met with officials representing the union.\n"
        rows = _events(nlp, tmp_path, text)
        assert not records_headed_by(rows, "work") and not records_headed_by(rows, "represent")

    def test_control_people_not_counted(self, nlp, tmp_path):
        text = "The museum reopened, with visitors queuing outside.\n"
        assert not records_headed_by(_events(nlp, tmp_path, text), "queue")


class TestParticipleOfIntention:
    """A participle of intention after an act is the act's goal, with or without a comma."""

    # Wikinews, 2019-09-22: Millions don't turn up to storm US airbase for extraterrestrial evidence.
    def test_events_seeking_to_capitalize(self, nlp, tmp_path):
        text = ("Meanwhile, other events popped up seeking to capitalize on the notoriety of the Storm Area 51 "
                "event.\n")
        rows = _events(nlp, tmp_path, text, dt.date(2019, 9, 22))
        assert records_headed_by(rows, "pop") and not records_headed_by(rows, "seek")

    # Wikinews, 2019-09-10 (events-dev13): Nevada prop plane crash near Las Vegas leaves two dead, three injured.
    def test_the_plane_intending_to_land(self, nlp, tmp_path):
        text = ("Following take off, the plane turned back with a mechanical problem, intending to land at "
                "Henderson.\n")
        assert not records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 9, 10)), "intend")

    def test_control_seeking_as_the_main_verb(self, nlp, tmp_path):
        text = "The ministry is seeking to extradite the suspect.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "seek")

    def test_control_attempting_after_a_copula(self, nlp, tmp_path):
        text = "Van Biljon had been in the lions' area attempting to mend a fence at the time.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "attempt")


class TestNameWithheld:
    """A negated "name"/"identify" in a relative on the one left unnamed tells how the report was sourced."""

    # Wikinews, 2019-01-23 (events-dev13): Germany bans Mahan Air of Iran, citing security.
    def test_a_source_whom_they_did_not_name(self, nlp, tmp_path):
        text = ("Reuters reported on Monday a German government source, whom they did not name, said the ban on Mahan "
                "Air is not part of any broader plan to increase sanctions on Iran.\n")
        assert not records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 1, 23)), "name")

    def test_control_a_refusal_in_a_main_clause(self, nlp, tmp_path):
        [row] = records_headed_by(_events(nlp, tmp_path, "Police did not identify the victim.\n"), "identify")
        assert row["negated"]

    def test_control_a_relative_not_negated(self, nlp, tmp_path):
        text = "The minister named a new ambassador, whom the senate approved.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "approve")


class TestOccasionFeatures:
    """What an occasion "featured" is its programme; a body's "feature" is an act of showing."""

    # Wikinews, 2019-03-29: Toronto Comicon 2019 welcomes fans with celebrities, creativity, cosplay.
    def test_the_event_featured_guests(self, nlp, tmp_path):
        text = ("The popular event featured celebrity guests like actors Dan Fogler, Ron Perlman, John De Lancie, "
                "John Rhys-Davies, and Jaleel White, as well as comic artists, authors, and professional cosplayers.\n")
        assert not records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 3, 29)), "feature")

    # Wikinews, 2019-06-20 (events-dev10): U.S. heiress, designer and author Gloria Vanderbilt dies at 95.
    def test_control_a_museum_featured_her_jeans(self, nlp, tmp_path):
        text = ("In 1990, the Smithsonian museum featured her jeans alongside the works of designers including Coco "
                "Chanel in an exhibit on gender and style.\n")
        assert records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 6, 20)), "feature")


class TestCameOnTheNthAttempt:
    """A thing that "came on the second attempt" is placed among tries, not an act."""

    # Wikinews, 2019-08-06: French inventor Franky Zapata successfully crosses English Channel on jet-powered hoverboard.
    def test_this_success_came_on_the_second_attempt(self, nlp, tmp_path):
        text = "This success came on the second attempt by the inventor to cross the Channel.\n"
        assert not records_headed_by(_events(nlp, tmp_path, text, dt.date(2019, 8, 6)), "come")

    def test_control_someone_came_on_a_day(self, nlp, tmp_path):
        text = "The minister came on Monday to inspect the damage.\n"
        assert records_headed_by(_events(nlp, tmp_path, text), "come")
