"""Who the probe stories of round ``wire32`` show: one person under one name, and the people behind descriptions.

A British paper's headline names "Trump", its story "Donald Trump" and then "spoke to Trump": one person, though
the model called the lone surname a body where it follows "spoke to" (a "to" after a verb of speaking or writing
names who is addressed, never a place, whatever the model's label). News then refers to those it has named by their
office, with their nation or body in front ("the Ukrainian president", "the US president", "the Kremlin
official", "the prime minister"): :mod:`toolkit.nlp.office_descriptions` finds the person, by a title the text gave
before or, where it gave none, by the one person of the passage the description can be; a title run before a name
("Russian Presidential Spokesman Dmitry Peskov", "National Security Advisor Mike Waltz") is no body.

The passages are those of the probe stories (bench/audit/wire32), written in the house styles of the Guardian, Sky
News, the BBC, TASS and Ukrinform; each test has a control where the rule could overreach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import entity_table, events_of, label_rows, speaker_of
from toolkit.nlp.gazetteer import country_of_adjective
from toolkit.nlp.office_descriptions import fits

_GUARDIAN = """Trump says Putin 'wants peace' after two-hour call as Zelenskyy warns of Russian delay

Donald Trump has said that Vladimir Putin wants peace after a phone call lasting more than two hours, but stopped short of announcing new sanctions on Moscow.

The US president said Russia and Ukraine would "immediately start negotiations" towards a ceasefire, and suggested the Vatican could host the talks. He described the tone and spirit of the conversation as "excellent".

Volodymyr Zelenskyy, who spoke to Trump after the call, said it was important that the US did not step back from the negotiations. "It is crucial for all of us that the United States not distance itself from the talks," the Ukrainian president said.

Keir Starmer said Putin must "show he is serious about peace". Downing Street said the prime minister had spoken to Trump and to other European leaders on Monday evening.
"""

_TASS = """MOSCOW, March 19. /TASS/. The Kremlin does not yet see grounds to discuss the date of a personal meeting between Russian President Vladimir Putin and US President Donald Trump, Russian Presidential Spokesman Dmitry Peskov told reporters.

"No, there are no specific understandings on this score for now," the Kremlin official said, answering a question.
"""


@pytest.fixture(scope="module")
def guardian(nlp):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    document = Document(id="g", path="g", text=_GUARDIAN, sha256="g").with_published(dt.date(2025, 5, 20))
    return extract([document], nlp=nlp)


def _rows(events) -> list[tuple[str, str, str]]:
    return [(e.subject if isinstance(e.subject, str) else "", e.verb, e.object if isinstance(e.object, str) else "")
            for e in events.itertuples()]


def _quotes(extraction) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker if isinstance(q.speaker, str) else None) for q in extraction.quotes.itertuples()]


class TestOneNamePerPerson:
    """A lone surname after "spoke to" is the person the article names in full, not a body."""

    def test_trump_is_one_person(self, guardian):
        labels = label_rows(guardian.entities)
        assert labels["Donald Trump"] == "PERSON"
        assert "Trump" not in labels
        assert ("Volodymyr Zelensky", "speak", "Donald Trump") in _rows(guardian.events)

    def test_a_known_place_after_to_stays_a_place(self, nlp):
        labels = label_rows(entity_table(nlp, "The allies agreed to send more weapons to Kyiv. Kyiv welcomed it."))
        assert labels["Kyiv"] == "GPE"

    def test_a_body_named_by_the_surname_stays_a_body(self, nlp):
        text = ("Bill Ford chairs the board. Ford CEO Jim Farley said the carmaker would cut jobs. "
                "Ford CEO Jim Farley spoke to analysts.")
        labels = label_rows(entity_table(nlp, text))
        assert labels.get("Ford") == "ORG"


class TestTitleRunsAreNoBodies:
    """The words of a title in front of a name are no body's name."""

    def test_a_spokesman_and_an_adviser(self, nlp):
        assert "Russian Presidential Spokesman" not in label_rows(entity_table(nlp, _TASS))
        text = "The US delegation was led by Secretary of State Marco Rubio and National Security Advisor Mike Waltz."
        labels = label_rows(entity_table(nlp, text))
        assert "National Security" not in labels and labels["Mike Waltz"] == "PERSON"

    def test_the_body_before_a_spokesman_stays(self, nlp):
        labels = label_rows(entity_table(nlp, "Kremlin spokesman Dmitry Peskov told reporters the talks were useful."))
        assert labels.get("Kremlin") == "ORG"


class TestOfficeDescriptions:
    """A definite description of an office names the person the text named before (office_descriptions.py)."""

    def test_offices_fit_by_head_and_kind(self):
        assert fits(("leader",), ("president",)) and fits(("leader",), ("prime", "minister"))
        assert fits(("official",), ("presidential", "spokesman")) and not fits(("official",), ("president",))
        assert fits(("prime", "minister"), ("prime", "minister")) and not fits(("prime", "minister"), ("foreign", "minister"))
        assert not fits(("foreign", "minister"), ("deputy", "foreign", "minister"))

    def test_adjectives_of_countries(self):
        assert [country_of_adjective(w) for w in ("Ukrainian", "Russian", "Israeli")] == ["Ukraine", "Russia", "Israel"]
        assert country_of_adjective("Susan") is None and country_of_adjective("Jordan") is None

    def test_the_us_president_goes_on_with_the_topic(self, guardian):
        quotes = _quotes(guardian)
        assert speaker_of(quotes, "immediately start negotiations") == "Donald Trump"
        assert speaker_of(quotes, "excellent") == "Donald Trump"  # "He described …": the description's person

    def test_the_ukrainian_president(self, guardian):
        assert speaker_of(_quotes(guardian), "It is crucial") == "Volodymyr Zelensky"

    def test_the_prime_minister(self, guardian):
        assert ("Keir Starmer", "speak", "Donald Trump") in _rows(guardian.events)
        assert not any(subject == "the prime minister" for subject, _, _ in _rows(guardian.events))

    def test_the_kremlin_official_is_the_spokesman(self, quotes_of):
        assert speaker_of(quotes_of(_TASS), "No, there are no") == "Dmitry Peskov"

    def test_the_object_of_the_subject_is_another(self, nlp, tmp_path):
        text = ("'You're gambling with World War Three', Trump told Zelenskyy\n\n"
                "During the meeting, Mr Trump accused the Ukrainian leader of being ungrateful.\n")
        rows = _rows(events_of(text, dt.date(2025, 2, 28), "sky", nlp=nlp, folder=tmp_path))
        assert ("Donald Trump", "accuse", "Volodymyr Zelensky") in rows or ("Trump", "accuse", "Volodymyr Zelensky") in rows

    def test_not_the_subject_of_its_own_sentence(self, nlp, tmp_path):
        text = ("Ukraine's President Volodymyr Zelensky has said he will personally wait for Vladimir Putin in Turkey "
                "on Thursday, after the Russian leader proposed direct talks.\n")
        rows = _rows(events_of(text, dt.date(2025, 5, 11), "bbc", nlp=nlp, folder=tmp_path))
        assert ("Vladimir Putin", "propose", "direct talks") in rows

    def test_a_nation_rules_out_the_titled_one(self, quotes_of):
        quotes = quotes_of('US President Donald Trump met Emmanuel Macron in Paris. "We agree," the French president said.')
        assert speaker_of(quotes, "We agree") == "Emmanuel Macron"

    def test_two_participants_leave_it_open(self, quotes_of):
        # journalists describe the other one as often as the topic: with no title to tell, nobody
        quotes = quotes_of('Donald Trump met Volodymyr Zelensky in Rome on Saturday. "We are ready," the Ukrainian leader said.')
        assert speaker_of(quotes, "We are ready") is None

    def test_an_indefinite_official_stays_unnamed(self, quotes_of):
        quotes = quotes_of('Kremlin spokesman Dmitry Peskov spoke on Monday. "It was useful," a Kremlin official said.')
        assert speaker_of(quotes, "It was useful") != "Dmitry Peskov"

    def test_a_former_president_is_no_description_of_the_office(self, nlp):
        # (whether "the former president" is the one titled "President" before is left to the older readings)
        assert _holders(nlp, 'President Donald Trump spoke on Monday. "It was useful," the former president said.') == {}
        assert _holders(nlp, 'President Donald Trump spoke on Monday. "It was useful," the US president said.') \
            == {"president": "Donald Trump"}

    def test_an_object_without_a_nation_is_left_to_the_titles(self, nlp):
        # the president Zelenskyy should thank is Trump, named sentences before: an object "the president" names
        # no nation, and the text gave nobody the office
        assert _holders(nlp, "JD Vance told Volodymyr Zelenskyy he should thank the president.") == {}

    def test_an_official_is_one_the_text_introduced_by_the_office(self, nlp):
        text = 'Kremlin spokesman Dmitry Peskov spoke to Vladimir Putin. "No," the Kremlin official said.'
        assert _holders(nlp, text) == {"official": "Dmitry Peskov"}
        # a spokesman is introduced by the office: one the text did not introduce so is nobody named
        assert _holders(nlp, 'Vladimir Putin spoke on Monday. "No," the Kremlin spokesman said.') == {}

    def test_an_office_in_apposition_is_the_name_beside_it(self, nlp):
        # (the Independent's story: "the Conservative leader" is Kemi Badenoch's office, not a description of Starmer)
        text = ("Sir Keir Starmer has said the UK is ready to put troops on the ground in Ukraine. Writing in The Daily "
                "Telegraph, the prime minister said peace was essential. Kemi Badenoch, the Conservative leader, said "
                "she supported the plan.")
        assert _holders(nlp, text) == {"minister": "Keir Starmer"}

    def test_the_unnamed_one_brought_in_since(self, nlp):
        text = ('Kremlin spokesman Dmitry Peskov spoke on Monday. A Kremlin spokesman, who asked not to be named, said '
                'more talks were planned. "No date is set," the spokesman added.')
        assert _holders(nlp, text) == {}
        assert _holders(nlp, 'Kremlin spokesman Dmitry Peskov spoke on Monday. "No date is set," the spokesman added.') \
            == {"spokesman": "Dmitry Peskov"}


def _holders(nlp, text: str) -> dict[str, str]:
    """The office descriptions of ``text`` the resolver reads, by their head word, with the person each stands for."""
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities
    from toolkit.nlp.person_resolver import PersonResolver

    doc = repair_entities(nlp(text))
    resolver = PersonResolver(doc, EntityIndex.from_mentions(list(mentions(doc))), set())
    return {doc[i].text: name for i, name in resolver.office_holders.items()}


class TestAmbiguousOffices:
    """Real Wikinews sentences (CC BY 2.5, Wikinews contributors, en.wikinews.org): where the office is not one
    person's, the description stays unnamed; of several so titled, the one named near is meant."""

    def test_of_two_titled_the_one_named_near(self, nlp, tmp_path):
        # wn_2020-05-06 (ABS-CBN): Marcos titled paragraphs before, Duterte named in the sentence
        text = ("In 1972, Philippine President Ferdinand Marcos ordered the network closed.\n\n"
                "Philippine President Rodrigo Duterte threatened the network's franchise renewal in 2017.\n\n"
                "ABS-CBN CEO Carlo Katigbak said refunds for Duterte's unaired political ads were offered. "
                "Katigbak apologized to Duterte during the hearing, which the President accepted according to a "
                "statement by the Presidential Spokesperson.\n")
        rows = events_of(text, dt.date(2020, 5, 6), "abs", nlp=nlp, folder=tmp_path)
        accept = rows[rows["verb"] == "accept"]
        assert list(accept["subject"]) == ["Rodrigo Duterte"]

    def test_a_generic_office_is_nobody(self, nlp, tmp_path):
        # wn_2020-10-29 (campaign trail)
        text = ("Domingo Garcia, president of LULAC, said the group backed the plan.\n\n"
                "There is precedent for the U.S. President mediating international disputes.\n")
        rows = events_of(text, dt.date(2020, 10, 29), "camp", nlp=nlp, folder=tmp_path)
        mediate = rows[rows["verb"] == "mediate"]
        assert "Domingo Garcia" not in set(mediate["subject"].dropna())


class TestTranscripts:
    """In a transcript "the president" is the one whose turns the labels mark or the one addressed: no description
    of a narrative passage (White House transcripts, public domain)."""

    def test_no_office_read_in_a_transcript(self, nlp):
        from toolkit.nlp.office_descriptions import office_holders

        text = ("THE PRESIDENT: Thank you very much.\n\nWEI: Thank you, Mr. President.\n\n"
                "Q: Will you meet the Russian president?\n\nTHE PRESIDENT: TSMC President C.C. Wei is here. "
                "The keys that the president has called out are coming here.\n")
        doc = nlp(text)
        people = [(e.root.i, e.text, e.root.dep_ == "nsubj", False) for e in doc.ents if e.label_ == "PERSON"]
        starts = [s.start for s in doc.sents]
        assert office_holders(doc, people, set(), lambda name, label: name, starts, lambda name: True) == []
