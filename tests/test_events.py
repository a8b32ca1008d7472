"""Subject–verb–object events on the seed article."""

from __future__ import annotations


class TestEvents:
    def test_meeting_between_named_people(self, seed_extraction):
        meets = seed_extraction.events[seed_extraction.events["verb"] == "meet"]
        pairs = set(zip(meets["subject"], meets["object"]))
        assert ("Donald Trump", "Vladimir Putin") in pairs

    def test_pronoun_subject_resolved(self, seed_extraction):
        assert "he" not in set(seed_extraction.events["subject"].dropna())

    def test_events_carry_a_date_when_the_sentence_has_one(self, seed_extraction):
        dated = seed_extraction.events.dropna(subset=["date"])
        assert not dated.empty
        for e in dated.itertuples():
            assert e.date in set(seed_extraction.timeline[seed_extraction.timeline["sentence"] == e.sentence]["date"])

    def test_offsets_inside_the_text(self, seed_extraction, seed_document):
        for e in seed_extraction.events.itertuples():
            assert 0 <= e.start < e.end <= len(seed_document.text)
            assert " ".join(seed_document.text[e.start:e.end].split()) in e.sentence
