"""Linking a surname by the title it carries (round ``titles19``): "President Trump" on a page that names only
"First Lady Melania Trump" in full is not the First Lady; "Mrs. Trump" is; a title the set gives a person in full
("Judge Amy Berman Jackson") names that one of two people of the surname.

Sentences from the White House pages (/work/shared/corpora/whitehouse-2025/, public domain) and from the
Wikinews corpus (/work/shared/corpora/wikinews-2019-2020/, CC BY 2.5, credit "Wikinews contributors").
"""

from __future__ import annotations

import pytest


def _names(nlp, *texts: str) -> list[tuple[str, str]]:
    """Each person mention of the texts (one set, a document each) with the words before it, and its entity."""
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    documents = [Document(id=f"t{i}", path=f"t{i}", text=t, sha256=f"t{i}") for i, t in enumerate(texts)]
    mentions = extract(documents, nlp=nlp).mentions
    text_of = {d.id: d.text for d in documents}
    return [(text_of[r.doc][max(0, r.start - 12):r.end], r.name) for r in mentions.itertuples()
            if r.label == "PERSON"]


def _named(rows: list[tuple[str, str]], ending: str) -> set[str]:
    return {name for before, name in rows if before.endswith(ending)}


# briefings-statements__2025-05-20-first-lady-melania-trump-welcomes-children-to-the-white-house-for-take-our-dau….txt
_CHILDREN = ("Today, First Lady Melania Trump welcomed children to the White House with a patriotic arts and crafts "
             "activity in the Kennedy Garden as part of the White House’s annual Take Our Daughters and Sons to Work "
             "Day celebration. Children of staff in the Executive Office of the President joined Mrs. Trump in "
             "decorating wooden American flags with red and blue markers, star stickers, and fluffy red, white, & blue "
             "pom-pom balls. The event comes a day after Mrs. Trump joined President Trump in signing the “TAKE IT "
             "DOWN” Act and reflects the First Lady’s BE BEST initiative, which emphasizes the importance of "
             "supporting the well-being of children and youth.")
# briefings-statements__2026-04-14-first-lady-melania-trump-authorizes-landmark-art-loan-to-spotlight-american-….txt
_ART_LOAN = ("First Lady Melania Trump has authorized a landmark loan of a painting by James McNeill Whistler. "
             "The painting will hang in the residence of the First Lady and President Trump.")


class TestTitleOfAName:
    """The title words right before a person's name, or opening its span, are kept with the mention, in lower
    case: "first lady", "mrs", "president"; the sex a title shows is read from its words."""

    def test_titles_kept(self, nlp):
        from toolkit.nlp.entities import mentions, repair_entities

        found = {(m.text, m.title) for m in mentions(repair_entities(nlp(_CHILDREN))) if m.label == "PERSON"}
        assert ("Melania Trump", "first lady") in found or ("Lady Melania Trump", "first lady") in found \
            or ("First Lady Melania Trump", "first lady") in found
        assert ("Trump", "mrs") in found
        assert ("Trump", "president") in found

    def test_sex_of_a_title(self):
        from toolkit.nlp.titles import sex_of_title

        assert sex_of_title("first lady") == "f" and sex_of_title("mrs") == "f" and sex_of_title("queen") == "f"
        assert sex_of_title("mr") == "m" and sex_of_title("sir") == "m" and sex_of_title("prince") == "m"
        assert sex_of_title("president") is None and sex_of_title("senator") is None and sex_of_title(None) is None


class TestSpouseTitleIsNotTheOffice:
    """"President Trump" on a page that names only "First Lady Melania Trump" in full: the First Lady is the
    President's spouse, not the President; the surname with that title stays its own person, "Trump"."""

    def test_president_is_not_the_first_lady(self, nlp):
        rows = _names(nlp, _CHILDREN)
        assert _named(rows, "President Trump") == {"Trump"}
        assert _named(rows, "Mrs. Trump") == {"Melania Trump"}

    def test_first_lady_and_president(self, nlp):
        rows = _names(nlp, _ART_LOAN)
        assert _named(rows, "President Trump") == {"Trump"}

    def test_president_joins_the_president_named_in_full_elsewhere(self, nlp):
        # briefings-statements__2025-05-19-first-lady-melania-trump-joins-president-trump-for-signing-of-the-take-….txt
        rows = _names(nlp, _CHILDREN, "Today, President Donald J. Trump signed the TAKE IT DOWN Act into law.")
        assert _named(rows, "President Trump") == {"Donald Trump"}
        assert _named(rows, "Mrs. Trump") == {"Melania Trump"}


# briefings-statements__2026-03-12-first-lady-melania-trump-calls-on-women-to-be-courageous-and-take-risks.txt
_WOMEN = ("First Lady Melania Trump spotlighted the powerful role women play in developing America’s future. "
          "Mrs. Trump called on women to pursue their ambitions with confidence. The First Lady concluded her remarks "
          "by welcoming her husband, President Trump, to the stage, whom she praised for his commitment to promoting "
          "women in leadership roles throughout his career. Please welcome President Donald J. Trump.")


class TestSexOfTheTitle:
    """A title that shows a sex ("Mrs.") names, of two people of the surname, the one the text shows to be of
    that sex ("First Lady Melania Trump"), however often the other is named; a title of either sex decides
    by the person the set gives that title ("President Donald J. Trump")."""

    def test_mrs_and_president_part(self, nlp):
        rows = _names(nlp, _WOMEN)
        assert _named(rows, "Mrs. Trump") == {"Melania Trump"}
        assert _named(rows, "President Trump") == {"Donald Trump"}

    def test_mrs_is_not_a_man_named_by_a_pronoun(self):
        from toolkit.nlp.surfaces import Mention
        from toolkit.nlp.index import EntityIndex

        def m(text, key, start, title=None, sex=None):
            return Mention(text, "PERSON", start, start + len(text), 0, 10_000, key, None, title, sex)

        # a man named in full, whom a "he" after his sentence shows to be one, and "Mrs. Smith"
        index = EntityIndex.from_mentions([m("John Smith", "john smith", 0, sex="m"),
                                           m("John Smith", "john smith", 100, sex="m"),
                                           m("Smith", "smith", 200, "mrs")])
        assert index.canonical_of["smith"] == "Smith"


class TestTitleGivenInFull:
    """A title of either sex ("Judge", "Prime Minister") names, of several people of the surname, the one the set
    gives that title in full: "Judge Jackson" is "Judge Amy Berman Jackson" beside another Jackson."""

    def test_judge_jackson(self, nlp):
        # wn_2019-03-15_Former-Trump-advisor-Paul-Manafort-receives-second-sentence-in-U-S-Federal-Court.txt,
        # and another Jackson (wn_2019 pages name Michael Jackson)
        rows = _names(nlp, "Judge Amy Berman Jackson sentenced Paul Manafort on Wednesday. Judge Jackson clarified in "
                           "the proceedings that her sentencing decisions were not connected to or impacted by the "
                           "sentence Manafort received in a separate case.",
                      "The documentary is about Michael Jackson. Jackson denied the allegations.",
                      "Michael Jackson's estate called the film a public lynching.")
        assert _named(rows, "Judge Jackson") == {"Amy Berman Jackson"}


class TestOrdinaryJoinsStay:
    """Controls: a surname with or without a title still joins the one person of that surname named in full."""

    def test_donald_trump(self, nlp):
        # wn_2020-10-03_US-President-Donald-Trump-tests-positive-for-COVID-19.txt
        rows = _names(nlp, "Very early yesterday morning, the United States President Donald Trump reported he had "
                           "tested positive for COVID-19. Presidential physician Sean Conley issued a statement "
                           "saying Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin. After President "
                           "Trump suggested in a late July tweet that mail-in voting could result in fraud, early "
                           "August debate centered around the postal service.")
        assert _named(rows, "saying Trump") == {"Donald Trump"}
        assert _named(rows, "President Trump") == {"Donald Trump"}

    def test_melania_trump(self, nlp):
        rows = _names(nlp, "Today, First Lady Melania Trump welcomed children to the White House. Children of staff "
                           "joined Mrs. Trump in decorating wooden American flags.")
        assert _named(rows, "Mrs. Trump") == {"Melania Trump"}


class TestTitleInTheFacts:
    """The events and quotes ask the index for a name with the title in front of it ("President" + "Trump"), so that
    they name the person the title names, as the mention table does: "Mrs. Trump joined President Trump" is the
    First Lady joining Trump, not herself."""

    def test_joined_president_trump(self, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        events = extract([Document(id="t0", path="t0", text=_CHILDREN, sha256="t0")], nlp=nlp).events
        joined = events[events["verb"] == "join"]
        pairs = set(zip(joined["subject"], joined["object"]))
        assert ("Melania Trump", "Trump") in pairs and ("Melania Trump", "Melania Trump") not in pairs


class TestTitledAnswersCached:
    """A document's facts are reused with another set's index only if it answers as before: the question of a
    name by its title ("titled", "Trump", "president") is recorded, kept in the cache's shape and asked again."""

    def test_recorded_and_replayed(self):
        from toolkit.extraction.cache import RecordingIndex, answer_list, same_answers
        from toolkit.extraction.facts import valid_facts_entry
        from toolkit.nlp.index import EntityIndex
        from toolkit.nlp.surfaces import Mention

        def m(text, key, start, title=None):
            return Mention(text, "PERSON", start, start + len(text), 0, 10_000, key, None, title)

        index = EntityIndex.from_mentions([m("Melania Trump", "melania trump", 0, "first lady"),
                                           m("Trump", "trump", 100, "mrs"), m("Trump", "trump", 200, "mrs"),
                                           m("Trump", "trump", 300, "president")])
        recording = RecordingIndex(index)
        assert recording.titled_name("Trump", "president") == "Trump"
        assert recording.canonical("Trump") == "Melania Trump"
        answers = answer_list(recording.answers)
        assert same_answers(answers, index)
        entry = {"quotes": [], "timeline": [], "events": [], "answers": answers}
        assert valid_facts_entry(entry)
        other = EntityIndex.from_mentions([m("Melania Trump", "melania trump", 0, "first lady"),
                                           m("Trump", "trump", 100, "mrs")])
        assert not same_answers(answers, other)
