"""Headlines (round ``wire33``): a title-case headline's capitals, and a British headline's single quotation marks.

The probe stories of ``bench/audit/wire33-head/`` open, in the style of US outlets, with a headline in title case
("Trump Gives Putin 50 Days to Reach Deal or Face Tariffs"), and in the British style with a headline that quotes
in single marks ("Trump says Putin 'wants peace' after two-hour call"). Read as prose, the first gave names made of
the headline's verbs and nouns ("Gives Putin" a person, "Russia Launches Largest Drone Attack" a body, "Thousands
March" a date), the second no quotation.

The sentences below are the lead's and the helper's, written in those outlets' published house styles; the names and
events are those of public reporting of 2025. Each test asserts a property of the output, with a control.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import ents_of, speaker_of
from toolkit.nlp.headlines import title_case_lines
from toolkit.nlp.quotation_marks import quotation_spans

_FOX = """Trump Gives Putin 50 Days to Reach Deal or Face Tariffs

President Donald Trump on Monday gave Russian President Vladimir Putin 50 days to agree to a ceasefire in Ukraine or face steep tariffs on countries that buy Russian oil.
"""

_CNN = """Russia Launches Largest Drone Attack of the War on Kyiv

Kyiv, Ukraine CNN —
Russia launched its largest drone attack of the war overnight, firing 728 drones and 13 missiles at Ukraine, the Ukrainian Air Force said Wednesday.
"""

_NYT = """Rubio Meets Lavrov in Riyadh as U.S. and Russia Move to Restore Ties

RIYADH, Saudi Arabia — Secretary of State Marco Rubio met Foreign Minister Sergey V. Lavrov of Russia in the Saudi capital on Tuesday.
"""

_NBC = """Trump Says He May Meet Putin Within Weeks as Envoy Heads to Moscow

Thousands March in Kyiv Against Any Deal That Gives Up Land

WASHINGTON — President Donald Trump said Friday that he could meet Russian President Vladimir Putin "within the next couple of weeks," as his special envoy Steve Witkoff prepared to travel to Moscow.

In Kyiv, several thousand people marched through the city center on Saturday.
"""

_FOX2 = """Hegseth Orders Pause on Some Weapons Shipments to Ukraine, Officials Say

Pentagon Review Found Stockpiles of Key Munitions Had Fallen Too Low

Defense Secretary Pete Hegseth has ordered a pause on the delivery of some air defense missiles and other precision weapons to Ukraine, two U.S. officials told Fox News Digital on Tuesday.
"""

_GUARDIAN = """Trump says Putin 'wants peace' after two-hour call as Zelenskyy warns of Russian delay

Donald Trump has said that Vladimir Putin wants peace after a phone call lasting more than two hours, but stopped short of announcing new sanctions on Moscow.
"""


def _extract(nlp, text: str, day: dt.date):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    document = Document(id="w", path="w", text=text, sha256=str(hash(text))).with_published(day)
    return extract([document], nlp=nlp)


class TestTitleCaseLines:
    """A headline in title case is told by its shape: short, no full stop, every long word capitalised."""

    def test_title_case_headlines(self):
        for text in (_FOX, _CNN, _NYT):
            first = text.split("\n")[0]
            assert [text[a:b] for a, b in title_case_lines(text)][:1] == [first]

    def test_the_dek_under_the_headline(self):
        lines = [_NBC[a:b] for a, b in title_case_lines(_NBC)]
        assert "Thousands March in Kyiv Against Any Deal That Gives Up Land" in lines

    def test_sentence_case_and_prose_are_none(self):
        assert title_case_lines(_GUARDIAN) == []  # a sentence-case headline
        assert title_case_lines("Zelensky says he is ready to meet Putin in Istanbul\n\nUkraine's President …") == []
        prose = ("Speaking in the Oval Office alongside NATO Secretary-General Mark Rutte, Trump said he was "
                 "disappointed in Putin.")
        assert title_case_lines(prose) == []

    def test_credits_bylines_and_capitals_are_none(self):
        assert title_case_lines("Intro.\n\n(Reporting by Lewis Krauskopf in New York and David Ljunggren in "
                                "Ottawa; Editing by Chizu Nomiyama)") == []
        assert title_case_lines("PLAYBOOK: EUROPE BRACES FOR ALASKA SUMMIT\n\nGood Thursday morning.") == []
        # a transcript's heading ends in a colon, like a turn's label
        assert title_case_lines("Ukraine and Russia hold first direct talks in three years\n\n"
                                "MARY LOUISE KELLY, HOST:\n\nDelegations from Ukraine and Russia met.") == []

    def test_lines_further_down_are_none(self):
        # a heading, an address or a reference below the headline is no headline: only the first line and its dek
        text = ("Utilization of busted CFL in developing cheap LED bulbs\n\nN S Andres and R T Ponce\n\n"
                "Electrical Engineering Department, Bataan Peninsula State University, 2100, Balanga City Bataan, "
                "Philippines\n\nAbstract. Today's generation will not survive a day without lighting.")
        assert title_case_lines(text) == []
        assert title_case_lines("Austen, Jane. Pride and Prejudice\n\nChristie, Agatha. The Mysterious Affair") == []

class TestHeadlineNames:
    """Only a headline's real names are names: those the prose writes, the gazetteer knows, or no English word."""

    def test_a_verb_is_no_given_name(self, nlp):
        ents = ents_of(nlp, _FOX)
        assert ("Gives Putin", "PERSON") not in ents
        assert ("Putin", "PERSON") in ents

    def test_a_clause_is_no_body(self, nlp):
        ents = ents_of(nlp, _CNN)
        assert not any("Launches" in name or "War" in name for name, _ in ents)
        assert ("Russia", "GPE") in ents[:2] and ("Kyiv", "GPE") in ents[:3]

    def test_two_names_across_a_verb(self, nlp):
        ents = ents_of(nlp, _NYT)
        assert ("Rubio", "PERSON") in ents and ("Lavrov", "PERSON") in ents
        assert ("U.S.", "GPE") in ents[:4]  # an acronym stays
        assert not any("Meets" in name for name, _ in ents)

    def test_the_story_tables(self, nlp):
        names = set(_extract(nlp, _FOX2, dt.date(2025, 7, 1)).entities["name"])
        assert "Pete Hegseth" in names and not any("Orders" in n for n in names)
        names = set(_extract(nlp, _NBC, dt.date(2025, 10, 10)).entities["name"])
        assert "Heads" not in names and {"Steve Witkoff", "Vladimir Putin"} <= names

    def test_a_nationality_stays(self, nlp):
        text = ("Zelenskiy Says Ukraine Will Not Recognize Occupied Territories As Russian\n\n"
                "Ukrainian President Volodymyr Zelenskiy has said Kyiv will never recognize the occupation.")
        assert ("Russian", "NORP") in ents_of(nlp, text)

    def test_prose_names_unchanged(self, nlp):
        # running prose with capitalised names keeps them all, "Oval Office" too
        text = ("Speaking in the Oval Office alongside NATO Secretary-General Mark Rutte, Trump said he was "
                "very disappointed in Putin.")
        ents = ents_of(nlp, text)
        assert ("the Oval Office", "ORG") in ents and ("Mark Rutte", "PERSON") in ents and ("Trump", "PERSON") in ents


class TestHeadlineVerbs:
    """A month's name that is a headline's verb is no date; a headline's clause no event."""

    def test_march_the_verb(self, nlp):
        table = _extract(nlp, _NBC, dt.date(2025, 10, 10)).timeline
        assert "March" not in set(table["expression"])
        assert "Saturday" in set(table["expression"])

    def test_march_the_month_stays(self, nlp):
        text = "Trump Sets Deadline for Talks by March\n\nPresident Donald Trump said talks must end by March."
        table = _extract(nlp, text, dt.date(2025, 1, 10)).timeline
        assert len(table[table["expression"] == "March"]) >= 1

    def test_the_headline_clause_stays_an_event(self, nlp):
        text = ("Zelensky Says Ukraine Will Not Cede Donbas After Witkoff Meets Putin\n\n"
                "Ukrainian President Volodymyr Zelensky said on Wednesday that Kyiv would not withdraw its troops.")
        events = _extract(nlp, text, dt.date(2025, 12, 3)).events
        rows = [(e.subject, e.verb, e.object) for e in events.itertuples()]
        assert ("Ukraine", "cede", "Donbas") in rows


class TestHeadlineQuotations:
    """A headline quotes in single marks; the body's single marks stay apostrophes and scare quotes."""

    def test_headline_quote(self, quotes_of):
        quotes = quotes_of(_GUARDIAN)
        assert speaker_of(quotes, "wants peace") == "Donald Trump"

    def test_speaker_before_a_colon(self, quotes_of):
        text = ("Zelensky: 'We will not hand over our land'\n\n"
                "Volodymyr Zelensky said on Sunday that Ukraine would not cede territory.")
        assert speaker_of(quotes_of(text), "We will not hand over our land") == "Volodymyr Zelensky"

    def test_one_quotation_when_the_story_repeats_it(self):
        text = ("Russia-Ukraine war live: Trump says Putin 'very disappointing' after deadly strikes\n\n"
                'US President Donald Trump said Putin had been "very disappointing".')
        assert [text[s.start:s.end] for s in quotation_spans(text)] == ["very disappointing"]

    def test_body_single_marks_stay(self):
        text = ("Zelensky says he is ready to meet Putin in Istanbul\n\n"
                "European leaders have called the proposal a 'starting point' at best, and the allies' envoys "
                "said any deal must be 'just and lasting'.\n\n"
                "Peskov, asked about the remarks, said: 'We have heard the statements of the Kyiv regime.'\n")
        assert quotation_spans(text) == []

    def test_apostrophes_are_no_marks(self):
        assert quotation_spans("Trump's envoy meets Putin's aide as leaders' summit nears\n\nText.") == []
