"""Round events42: rules from an audit of ten White House pages (bench/audit/events42.tsv).

"Today, Melania and I join in prayer with Catholic Bishops gathered in Orlando, Florida, as they consecrate the
United States …": a group that holds "I" is "we" to its speaker, so the "they" is not Melania. "More would-be illegal
immigrants are turning around rather than making the perilous journey …": the journey after "rather than" is not made.

Real sentences of the White House texts, public domain (White House), in /work/shared/corpora/whitehouse-2025:
briefings-statements__2026-06-11-presidential-message-on-u-s-catholic-bishops-honoring-the-250th-anniversary-of-american-independenc.txt,
articles__2025-09-03-winning-streak-record-breaking-tariffs-border-security-and-safer-cities.txt.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

BISHOPS_DAY = dt.date(2026, 6, 11)
STREAK_DAY = dt.date(2025, 9, 3)
BISHOPS = ("Today, Melania and I join in prayer with Catholic Bishops gathered in Orlando, Florida, as they consecrate "
           "the United States of America to the Sacred Heart of Jesus on the occasion of our 250th year of American "
           "Independence.\n")
JOURNEY = ("More would-be illegal immigrants are turning around rather than making the perilous journey to our southern "
           "border, while the number of unaccompanied migrant children attempting to enter the country has dramatically "
           "declined.\n")


def _rows(events, verb):
    return events[events["verb"] == verb]


class TestTheyIsNotAGroupWithI:
    """"Melania and I join in prayer …, as they consecrate …": not Melania."""

    def test_melania_does_not_consecrate(self, nlp, tmp_path):
        events = events_of(BISHOPS, BISHOPS_DAY, "bishops", nlp=nlp, folder=tmp_path)
        assert not (_rows(events, "consecrate")["subject"] == "Melania").any()
        assert (_rows(events, "join")["subject"] == "Melania").all()  # the group's own act stays

    def test_a_plain_plural_subject_still_takes_they(self, nlp, tmp_path):
        text = "Melania and the children join in prayer at noon, as they celebrate the holiday.\n"
        events = events_of(text, BISHOPS_DAY, "plain", nlp=nlp, folder=tmp_path)
        assert (_rows(events, "celebrate")["subject"] != "they").all()


class TestRatherThanDenies:
    """"are turning around rather than making the perilous journey": the journey is negated."""

    def test_the_journey_is_not_made(self, nlp, tmp_path):
        events = events_of(JOURNEY, STREAK_DAY, "journey", nlp=nlp, folder=tmp_path)
        rows = _rows(events, "make")
        assert len(rows) == 1 and rows["negated"].all()
        assert not _rows(events, "turn")["negated"].any()
