"""Quotations and their speakers, on the seed article and on small real-style passages."""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from toolkit.nlp.quotation_marks import quotation_spans

GOLD = json.loads((DATA / "gold" / "000_4d240d6c60ada09b.json").read_text(encoding="utf-8"))


class TestQuotationSpans:
    def test_curly_and_straight_marks(self):
        text = 'He said “yes” and she said "no".'
        assert [text[s.start:s.end] for s in quotation_spans(text)] == ["yes", "no"]

    def test_single_marks_inside_belong_to_the_quote(self):
        text = "Rubio: “They said ‘no deal’ today,” he added."
        spans = quotation_spans(text)
        assert len(spans) == 1 and "‘no deal’" in text[spans[0].start:spans[0].end]

    def test_unterminated_quote_is_reported_not_dropped(self):
        text = "He said “this never ends.\nNext paragraph without quotes."
        spans = quotation_spans(text)
        assert len(spans) == 1 and spans[0].unterminated
        assert text[spans[0].start:spans[0].end] == "this never ends."

    def test_paragraph_continuation_is_not_unterminated(self):
        text = "She said: “First part.\n“Second part,” she went on."
        spans = quotation_spans(text)
        assert [s.unterminated for s in spans] == [False, False] and spans[1].continues


class TestSeedQuotes:
    def test_every_gold_quote_found_with_its_speaker(self, seed_extraction):
        found = {(q.text, q.speaker) for q in seed_extraction.quotes.itertuples()}
        missing = [(g["text"], g["speaker"]) for g in GOLD["quotes"] if (g["text"], g["speaker"]) not in found]
        assert missing == []

    def test_no_spurious_quotes(self, seed_extraction):
        assert len(seed_extraction.quotes) == len(GOLD["quotes"])

    def test_offsets_point_at_the_quoted_characters(self, seed_extraction, seed_document):
        for q in seed_extraction.quotes.itertuples():
            assert seed_document.text[q.start:q.end] == q.text
            assert seed_document.text[q.start - 1] in "“\"" and seed_document.text[q.end] in "”\""
            assert q.text.split()[0] in q.sentence


@pytest.fixture(scope="module")
def attributed(nlp):
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import Document

    def run(text):
        return extract([Document(id="t", path="t", text=text, sha256="0")], nlp=nlp).quotes
    return run


class TestAttribution:
    def test_colon_lead_in_without_verb(self, attributed):
        quotes = attributed("Secretary of State Marco Rubio met allies.\n"
                            "Secretary Rubio: “We will keep working for peace.”")
        assert quotes.iloc[-1]["speaker"] == "Marco Rubio"

    def test_colon_lead_names_the_people_not_the_name_that_qualifies_them(self, attributed):
        quotes = attributed("Fogel lawyers Martin De Luca and Andrew Smith: “The release is historic and long "
                            "overdue.”\n\nEuropean Commission President Ursula von der Leyen: “We are here to work "
                            "together.”")
        assert list(quotes["speaker"])[0] in ("Martin De Luca", "Andrew Smith")
        assert list(quotes["speaker"])[1] == "Ursula von der Leyen"  # one name, not "Ursula von der"

    def test_heading_names_a_person_the_model_missed_after_a_title(self, attributed):
        quotes = attributed("Steve Witkoff met Vladimir Putin in Moscow.\n\nSpecial Envoy Witkoff on Fox News Sunday"
                            "\n\n“The President was looking for ways to solve the crisis.”")
        assert quotes.iloc[-1]["speaker"] == "Steve Witkoff"  # not the channel

    def test_a_first_name_two_people_share_is_the_one_its_document_names(self, nlp):
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import Document

        texts = {"nato": "NATO Secretary General Mark Rutte met allies in Brussels. “We are ready,” Mark said.",
                 "senate": "Senator Mark Kelly spoke in Phoenix on Monday. “We need answers,” Mark said."}
        ex = extract([Document(id=k, path=k, text=t, sha256=k) for k, t in texts.items()], nlp=nlp)
        assert dict(zip(ex.quotes["doc"], ex.quotes["speaker"])) == {"nato": "Mark Rutte", "senate": "Mark Kelly"}
        assert "Mark" not in set(ex.mentions["name"])

    def test_broken_quote_both_halves_attributed(self, attributed):
        quotes = attributed("Chancellor Friedrich Merz spoke in Berlin. “We are ready,” Merz said, “to help.”")
        assert list(quotes["speaker"]) == ["Friedrich Merz", "Friedrich Merz"]

    def test_pronoun_resolves_to_previous_subject(self, attributed):
        quotes = attributed("Prime Minister Keir Starmer met Emmanuel Macron on Monday. "
                            "“This is a turning point,” he said.")
        assert quotes.iloc[0]["speaker"] == "Keir Starmer"

    def test_unnamed_source_stays_unnamed(self, attributed):
        quotes = attributed("A senior official said the talks were “difficult.”")
        assert quotes.iloc[0]["speaker"] is None


class TestNestedDoubleQuotes:
    def test_inner_double_quotation_belongs_to_the_outer_one(self):
        text = "Rep. Mary Miller: “Biden threw “gas on the fire.” Now we need peace.”"
        spans = quotation_spans(text)
        assert len(spans) == 1
        assert text[spans[0].start:spans[0].end] == "Biden threw “gas on the fire.” Now we need peace."

    def test_unbalanced_second_opening_still_ends_the_first(self):
        text = "He said “one thing and “another thing.”"
        spans = quotation_spans(text)
        assert [s.unterminated for s in spans] == [True, False]
