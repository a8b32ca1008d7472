"""Extraction quality held against the gold files (figures printed by `toolkit evaluate`)."""

from __future__ import annotations

import pytest

from conftest import DATA
from toolkit.evaluation.scoring import evaluate_gold, evaluate_gold_set


@pytest.fixture(scope="module")
def seed_scores(nlp):
    return evaluate_gold(DATA / "gold" / "000_4d240d6c60ada09b.json", nlp=nlp)


@pytest.fixture(scope="module")
def whitehouse_scores(nlp):
    return evaluate_gold_set(DATA / "gold" / "whitehouse", nlp=nlp)


class TestSeedGold:
    def test_all_quotes_found_with_the_right_speaker(self, seed_scores):
        quotes = seed_scores["quotes"]
        assert quotes["recall"] == 1.0 and quotes["precision"] == 1.0
        assert quotes["speaker_accuracy"] == 1.0

    def test_all_timeline_dates_right(self, seed_scores):
        assert seed_scores["timeline"]["date_accuracy"] == 1.0

    def test_entities_and_no_wrong_labels(self, seed_scores):
        entities = seed_scores["entities"]
        assert entities["recall"] == 1.0 and entities["violations"] == []


class TestWhiteHouseGold:
    def test_quotes_found(self, whitehouse_scores):
        assert whitehouse_scores["quotes"]["f1"] >= 0.95

    def test_speakers_right_for_nine_in_ten(self, whitehouse_scores):
        assert whitehouse_scores["quotes"]["speaker_accuracy"] >= 0.90
