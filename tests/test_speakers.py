"""Speakers of quotations on real news: one test class per kind of error issue 13 names.

The passages are real paragraphs, unchanged: from Wikinews (CC BY 2.5, credit "Wikinews
contributors, en.wikinews.org"; the articles are named above each passage), the White House
(public domain) and the project's seeds. Each test asserts who said what, as a reader of the
passage would, and that no rule invents a speaker where the text names none.
"""

from __future__ import annotations

import pytest

from conftest import ROOT
from toolkit.extraction.tables import extract
from toolkit.reading.sources import Document

# wn_2020-03-06_Bloomberg-Warren-end-US-presidential-campaigns-following-Super-Tuesday
BLOOMBERG = 'On Tuesday, the United States Democratic Party held primary elections in fourteen states, as well as caucuses in the territory of American Samoa, in an event known as "Super Tuesday" in the context of US presidential elections. In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, formerly the mayor of New York City, ended their campaigns.\n\nWednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that goal more difficult [...] I\'ve always believed that defeating Donald Trump starts with uniting behind the candidate with the best shot to do it. After yesterday\'s vote, it is clear that candidate is my friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make him the next President of the United States."'
# wn_2019-02-16_Study-indicates-as-great-white-shark-disappears-living-fossil-moves-in
SHARKS = 'The study was a collaborative project between Neil Hammerschlag of the Rosenstiel School of Marine and Atmospheric Science at the University of Miami and Chris Fallows of Apex Shark Expeditions, a company that conducts cage diving and shark viewing trips.\n\nFallows remarked, "In 18+ years of working at Seal Island, we had never seen sevengill sharks in our surveys[...] Following the disappearance of white sharks in 2017, sevengill began to show up for the first time and have been increasing in number ever since."'
# wn_2019-09-04_Dozens-dead-in-California-boat-fire
BOAT_FIRE = 'The Conception was a 75 ft (~23 m) long commercial boat on a three-day voyage for underwater diving with Monday being the Labor Day holiday. The fire started some time after 3 a.m. local time {1000 UTC) Monday. "This is probably the worst-case scenario you can possibly have," said Santa Barbara County Sheriff Bill Brown. "You have a vessel that\'s on the open sea, that is in the middle of the night. I mean, it\'s 3:30 in the morning." As of late Tuesday, 20 bodies had been recovered, eleven women and nine men, according to Brown.\n\nThe United States Coast Guard (USCG) called off its search late on Tuesday. USCG Captain Monica Rochester told the press a nearly 24-hour search mission involving three helicopters covering 160 square miles (~415 km2) had discovered no further signs in the water. "It is never an easy decision to suspend search efforts," she said. "We know that this is a very difficult time for families and friends of the victims."'
# wn_2019-09-29_Fianc-e-of-murdered-Saudi-journalist-demands-justice-at-UN-General-Assembly
KHASHOGGI = 'Cengiz called Mohammad\'s admission a "political maneuver." She explained, "By confessing this, he\'s also distancing himself from the killing of Jamal [...] He\'s saying that it happened under his watch but he means he is not involved in this crime." She credited news media with keeping the story alive. Speaking to NBC News, she said, "His fellow journalists did their best that so no one could push this under the carpet [...] But at the end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad".\n\n"What is so sad for me", Cengiz said, "is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent over Jamal\'s killing. This silence and inertia created huge disappointment on my side."\n\nAgnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights who had investigated the case, cautioned justice does not come swiftly. "True justice takes time and I know it\'s painful, but that\'s the reality of the world we live in," she said, asking Cengiz to be "patient and resilient."'
# wn_2020-04-10_Bernie-Sanders-ends-2020-US-presidential-bid
SANDERS = 'Sanders\' exit from the race left Biden as the party\'s expected nominee. During an interview on The Late Show with Stephen Colbert on Wednesday, Sanders called Biden a "decent man" but did not immediately offer a full endorsement. On the Republican side, incumbent President of the United States Donald Trump became the Republican Party\'s presumptive nominee in March.'
# wn_2019-09-19_Hurricane-Humberto-strengthens-to-Category-3-while-approaching-Bermuda
HURRICANE = 'The NHC\'s "Hurricane Humberto Intermediate Advisory Number 25A", released at 8:00 p.m. AST on Wednesday (0000 UTC Thursday morning) placed Humberto 75 miles (120 kilometers) north of Bermuda. At the time, Humberto had maximum sustained winds of 120 miles per hour (195 kilometers per hour) and was moving east-by-northeast at 20 mph (31 kph).'
# wn_2019-05-21_Nickey-Iyambo-former-vice-president-of-Namibia-dies-aged-82
IYAMBO = 'The current president of Namibia, Hage Geingob, expressed his sadness at Iyambo\'s death. Geingob tweeted, "I announce with sadness the passing of my comrade, former Vice President, Nickey Iyambo. He leaves behind a rich legacy of loyal service to the Namibian people. The nation has lost a freedom fighter and a leader with deep humane values. Condolences to his wife and family."'
# wn_2019-09-25_US-Speaker-Pelosi-announces-Trump-impeachment-investigation
PELOSI = 'Yesterday afternoon, Nancy Pelosi, the Speaker of the House of Representatives, announced that she would be launching an impeachment inquiry into the conduct of United States President Donald Trump. Pelosi had previously opposed impeachment proceedings.\n\nPelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC. "[T]he House of Representatives is moving forward with an official impeachment inquiry," she announced. Specifically, she was directing six of the House\'s committees to "proceed with their investigations under [the] umbrella" of impeachment.'

# White House fact sheet, 2025-04-09 (public domain)
COURT = 'REPEALING UNLAWFUL REGULATIONS: Today, President Donald J. Trump signed a Presidential Memorandum requiring agencies to rescind regulations that are unlawful under 10 recent landmark Supreme Court decisions.\n\nStudents for Fair Admissions, Inc. v. President and Fellows of Harvard College, 600 U.S. 181 (2023) held that “affirmative action” admission programs violate the Equal Protection Clause of the Fourteenth Amendment. Agencies accordingly must repeal any regulation that imposes racially discriminatory rules or preferences. As the Court said, “[e]liminating racial discrimination means eliminating all of it.”'


@pytest.fixture(scope="module")
def quotes_of(nlp):
    """The quotations of a passage, as (text, speaker) in order (speaker None when unattributed)."""
    def run(text: str) -> list[tuple[str, str | None]]:
        rows = extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
        return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in rows.itertuples()]
    return run


def speaker_of(quotes: list[tuple[str, str | None]], start: str) -> str | None:
    matches = [speaker for text, speaker in quotes if text.startswith(start)]
    assert len(matches) == 1, f"one quotation starting {start!r} expected, got {quotes}"
    return matches[0]


class TestUntaggedSpeaker:
    """The proper-noun subject of a speech verb is the speaker, entity or not."""

    def test_surname_opening_a_sentence(self, quotes_of):
        # the model reads "Fallows" (sentence-initial) as a plural noun
        assert speaker_of(quotes_of(SHARKS), "In 18+ years") == "Chris Fallows"

    def test_surname_of_a_name_given_in_full_before(self, quotes_of):
        assert speaker_of(quotes_of(IYAMBO), "I announce with sadness") == "Hage Geingob"

    def test_a_common_noun_subject_is_no_name(self, nlp):
        from toolkit.nlp.entities import repair_entities

        doc = repair_entities(nlp(BOAT_FIRE + " Officials said the search would resume."))
        assert "Officials" not in {e.text for e in doc.ents}


class TestPronouns:
    """"he"/"she" go to the salient person of the right gender; "they" is never one person."""

    def test_she_is_the_woman_just_named_not_the_man_before(self, quotes_of):
        quotes = quotes_of(BOAT_FIRE)
        assert speaker_of(quotes, "This is probably the worst-case") == "Bill Brown"
        assert speaker_of(quotes, "It is never an easy decision") == "Monica Rochester"

    def test_she_after_a_man_in_object_position(self, quotes_of):
        # "Pelosi called Trump's conduct …": Trump is named last, but "she" is Pelosi
        quotes = quotes_of(PELOSI)
        assert speaker_of(quotes, "[T]he House of Representatives") == "Nancy Pelosi"

    def test_she_with_a_misparsed_reporting_clause(self, quotes_of):
        # "Speaking to NBC News, she said, “…”": the parse hangs "said" under the quotation
        assert speaker_of(quotes_of(KHASHOGGI), "His fellow journalists") == "Cengiz"

    def test_they_is_never_a_person(self, quotes_of):
        text = ('Senator Chuck Grassley met the farmers on Monday. "We cannot wait for the next harvest," '
                'they said.')
        assert speaker_of(quotes_of(text), "We cannot wait") is None


class TestSplitQuotations:
    """The second part of a split quotation, and the next paragraph's, keep the speaker."""

    def test_split_around_he_said(self, quotes_of):
        quotes = quotes_of(BLOOMBERG)
        assert speaker_of(quotes, "Three months ago") == "Michael Bloomberg"
        assert speaker_of(quotes, "I entered the race") == "Michael Bloomberg"

    def test_second_sentence_after_the_attributed_one(self, quotes_of):
        assert speaker_of(quotes_of(BOAT_FIRE), "We know that this") == "Monica Rochester"

    def test_quotation_opening_the_next_paragraph(self, quotes_of):
        text = ('Senator Chuck Grassley said, "We will vote on the bill next week."\n\n'
                '"Nobody should doubt that it will pass."')
        assert speaker_of(quotes_of(text), "Nobody should doubt") == "Chuck Grassley"

    def test_not_across_another_speaker(self, quotes_of):
        text = ('Senator Chuck Grassley said, "We will vote on the bill next week."\n\n'
                'Senator Patty Murray disagreed with the timetable.\n\n"Nobody should doubt that it will pass."')
        assert speaker_of(quotes_of(text), "Nobody should doubt") != "Chuck Grassley"


class TestFramedFragments:
    """In "X called Y a “…”", the framing verb's subject speaks, not the nearest name."""

    def test_called_object_a_fragment(self, quotes_of):
        quotes = quotes_of(SANDERS)
        assert speaker_of(quotes, "decent man") == "Sanders"

    def test_called_with_according_to_after(self, quotes_of):
        assert speaker_of(quotes_of(PELOSI), "breach of his Constitutional") == "Nancy Pelosi"

    def test_relative_clause_subject(self, quotes_of):
        text = 'Trump, who last week called Zelenskyy a "dictator", met him at the White House on Friday.'
        assert speaker_of(quotes_of(text), "dictator") == "Trump"


@pytest.fixture(scope="module")
def hong_kong(quotes_of):
    path = ROOT / "seeds" / "hong-kong-protests" / (
        "wn_2019-10-16_Hong-Kong-s-Carrie-Lam-delivers-speech-on-video-after-protests-in-legislature.txt")
    return quotes_of(path.read_text(encoding="utf-8"))


class TestBodies:
    """"The court said", "they released a statement which said": an organisation speaks."""

    def test_the_court_is_the_court_named_before(self, quotes_of):
        assert speaker_of(quotes_of(COURT), "[e]liminating racial") == "Supreme Court"

    def test_they_after_an_organisation_subject(self, quotes_of):
        text = ("The Syrian Democratic Forces criticised the withdrawal on Monday. They released a statement which "
                'said, "We will defend the region."')
        assert speaker_of(quotes_of(text), "We will defend") == "Syrian Democratic Forces"


class TestColonLeads:
    """"Name: “…”" and "Name … said in a press conference: “…”" go to that name."""

    def test_spoke_to_the_press_colon(self, hong_kong):
        assert speaker_of(hong_kong, "I really urge [Lam]") == "Tanya Chan"

    def test_name_then_group_then_colon(self, hong_kong):
        assert speaker_of(hong_kong, "The behavior of my colleagues") == "Regina Ip"


class TestTitlesAreNotQuotations:
    """Names of events, reports, shows and defined terms in quotation marks are no quotes."""

    def test_event_and_report_names(self, quotes_of):
        assert not [t for t, _ in quotes_of(BLOOMBERG) if t == "Super Tuesday"]
        assert not [t for t, _ in quotes_of(HURRICANE) if t.startswith("Hurricane Humberto Intermediate")]

    def test_show_name_after_on(self, quotes_of):
        text = 'Secretary of State Marco Rubio said on "Face the Nation" that talks would continue.'
        assert quotes_of(text) == []

    def test_defined_term_of_an_order(self, quotes_of):
        path = next((ROOT / "seeds" / "ukraine-diplomacy").glob("A21_*.txt"))
        texts = [t for t, _ in quotes_of(path.read_text(encoding="utf-8"))]
        assert "privileged foreign status" not in texts and "domestic status" not in texts

    def test_a_shouted_sentence_is_still_a_quotation(self, quotes_of):
        text = 'Rep. Addison McDowell: "AMERICA AND THE AMERICAN TAXPAYER ALWAYS COME FIRST"'
        assert quotes_of(text) == [("AMERICA AND THE AMERICAN TAXPAYER ALWAYS COME FIRST", "Addison McDowell")]


class TestShortQuotations:
    """One- and two-word quotations with a speaker are kept (the briefing may filter, not the extraction)."""

    def test_two_words_kept_with_speaker(self, quotes_of):
        assert ("decent man", "Sanders") in quotes_of(SANDERS)

    def test_seed_short_quotes(self, seed_extraction):
        short = {(q.text, q.speaker) for q in seed_extraction.quotes.itertuples() if len(q.text.split()) <= 2}
        assert ("long", "Marco Rubio") in short
