"""Session 48's speed round: the set's entity index, which a one-document rebuild makes again in the kernel, asks for
the same votes and longer names less often; it answers as before.

Texts: the White House seed set (``seeds/whitehouse-ukraine``, public domain, works of the United States government)
and round wire35b's bridge sentences (tests/test_wire35b.py).
"""

from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ROOT
from toolkit.nlp import index as index_mod
from toolkit.nlp.entities import EntityIndex, mentions, repair_entities
from toolkit.nlp.joins import _keys_by_ending
from toolkit.nlp.spellings import _Spellings
from toolkit.nlp.surfaces import clean_surface
from toolkit.nlp.votes import vote, votes_kept

WHITE_HOUSE = sorted((ROOT / "seeds" / "whitehouse-ukraine").glob("*.txt"))[:6]


@pytest.fixture(scope="module")
def white_house_mentions(nlp):
    """The mentions of six White House texts, one list per document."""
    from toolkit.reading.sources import read_document

    return [list(mentions(repair_entities(nlp(read_document(Path(p)).body)))) for p in WHITE_HOUSE]


def _state(index: EntityIndex) -> dict:
    return {name: (dict(value) if isinstance(value, dict) else value) for name, value in vars(index).items()
            if not name.startswith("_")}


class TestVotesKept:
    """Within :func:`votes_kept` a group is voted once while it keeps its length; a merge that grows it votes again."""

    def test_a_group_grown_by_a_merge_is_voted_again(self, nlp):
        found = list(mentions(repair_entities(nlp(
            "President Trump met Apple executives at the White House. President Trump said Apple would invest."))))
        apple = [m for m in found if m.text == "Apple"]
        titled = [m for m in found if m.evidence == "title"]
        assert apple and titled
        group = [replace(m, label="ORG") for m in apple[:1]]
        with votes_kept():
            assert vote(group) == "ORG"
            group.extend(titled)  # (as _Spellings.merge extends the group a spelling joins)
            assert vote(group) == vote(list(group)) == "PERSON"

    def test_nothing_is_kept_outside(self, nlp):
        found = list(mentions(repair_entities(nlp("President Trump met Apple executives at the White House."))))
        group = [replace(m, label="ORG") for m in found if m.text == "Apple"]
        with votes_kept():
            assert vote(group) == "ORG"
        group.extend(m for m in found if m.evidence == "title")
        del group[0]  # (the length it was voted at inside: a vote kept beyond the block would answer "ORG")
        assert vote(group) == "PERSON"

    def test_the_index_of_a_set_is_the_same_without_them(self, white_house_mentions, monkeypatch):
        kept = _state(EntityIndex.from_documents(white_house_mentions))
        monkeypatch.setattr(index_mod, "votes_kept", nullcontext)
        voted_each_time = _state(EntityIndex.from_documents(white_house_mentions))
        assert kept["label_of"] and kept == voted_each_time


class TestKeysByEnding:
    """A facility's longer names ("Key Bridge" → "Francis Scott Key Bridge") are looked up by their endings, the
    same keys, in the same order, as a scan of every key for ``endswith(" " + key)``."""

    def test_it_answers_as_the_scan(self, white_house_mentions):
        keys = list(dict.fromkeys(m.key for d in white_house_mentions for m in d))
        ending_in = _keys_by_ending(keys)
        multi = [k for k in keys if " " in k]
        assert multi and any(ending_in.get(k) for k in keys)
        for key in keys:
            assert ending_in.get(key, []) == [other for other in keys if other.endswith(" " + key)]

    def test_the_bridge_join_still_holds(self, nlp):
        from conftest import labels_of

        labels = labels_of(nlp, "Baltimore's Key Bridge collapses after cargo ship strike\n\nThe ship struck a "
                                "support column of the Francis Scott Key Bridge shortly before 1:30 a.m.")
        assert "Key Bridge" not in labels and labels.get("Francis Scott Key Bridge") == "FAC"


class TestSpellingsPeople:
    """The spellings' people are voted once per group and again after a merge changes the group."""

    def test_a_merge_changes_who_is_a_person(self, nlp):
        found = list(mentions(repair_entities(nlp(
            "President Trump met Apple executives at the White House. President Trump said Apple would invest."))))
        apple = [replace(m, label="ORG") for m in found if m.text == "Apple"]
        titled = [m for m in found if m.evidence == "title"]
        by_key = {"apple": apple, "trump": titled}
        spellings = _Spellings(by_key, {}, vote=vote, surface=clean_surface, known={})
        assert spellings.people() == ["trump"]
        spellings.merge({"trump": "apple"})
        assert spellings.people() == ["apple"]
