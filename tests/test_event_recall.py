"""Event rules of round events7: structural readings of the dependency parse, each checked on a
real sentence of a Wikinews article (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org";
from /work/shared/corpora/wikinews-2019-2020, none held out, none in the validation gold):
wn_2020-01-06 Iraqi Parliament votes for expulsion of United States troops (event dev gold 7).
"""

from __future__ import annotations

import datetime as dt

import pytest

from toolkit.extraction.tables import extract
from toolkit.nlp.clauses import negated
from toolkit.reading.sources import read_document

NOT_SET_OFF = (
    "The United States had not, as of yesterday, announced any plans to remove the troops, which are there with an "
    "international coalition to counter the Islamic State (ISIS).\n"
)


def _events_of(text: str, published: dt.date, name: str, *, nlp, folder):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract([read_document(path).with_published(published)], nlp=nlp).events


class TestNegationOnTheAuxiliary:
    """"had not, as of yesterday, announced": with a phrase set off between "not" and the verb,
    the parser hangs "not" on the auxiliary; it still negates the verb."""

    def test_the_parse_hangs_not_on_the_auxiliary(self, nlp):
        doc = nlp(NOT_SET_OFF)
        announced = next(t for t in doc if t.text == "announced")
        assert not any(c.dep_ == "neg" for c in announced.children)
        assert negated(announced)

    def test_the_event_is_negated(self, nlp, tmp_path):
        events = _events_of(NOT_SET_OFF, dt.date(2020, 1, 6), "iraq", nlp=nlp, folder=tmp_path)
        announce = events[events["verb"] == "announce"]
        assert len(announce) == 1 and bool(announce.iloc[0]["negated"])
