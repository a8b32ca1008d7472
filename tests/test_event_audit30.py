"""Round events30: rules from an audit of twelve White House "ICYMI" articles (bench/audit/events30.tsv).

"Short-run real GDP will be boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%": a margin after "by" that the
parser ran into the subject of a gapped clause names no agent. "VOLVO CARS" / "Volvo Cars may move …": the
second word of a paragraph starts no sentence after a one-word first, so a name is not cut in two; "…, imposed by
President Donald Trump, the company’s CEO said on March 5": a verb of saying read as a conjunct of the clause, after
a phrase read as an apposition, is the clause's report; and "the company’s CEO", after other firms were told of since
"CEO Bernard Arnault said", is not Arnault.

Real sentences of the audited White House texts (public domain), in /work/shared/corpora/whitehouse-2025.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

TAX_CUT = dt.date(2025, 4, 30)
EXPANSION = dt.date(2025, 3, 10)

GDP = "Short-run real GDP will be boosted by 3.3-3.8% and long-run real GDP by 2.6-3.2%.\n"


class TestMarginRunIntoGap:
    """An amount after "by" run into the subject of a gapped clause is a margin: the passive names no agent."""

    def test_long_run_gdp_boosts_nothing(self, nlp, tmp_path):
        events = events_of(GDP, TAX_CUT, "gdp", nlp=nlp, folder=tmp_path)
        boosts = events[events["verb"] == "boost"]
        assert not any("GDP" in str(s) or "%" in str(s) for s in boosts["subject"])


VOLVO = ("VOLVO CARS\n\nVolvo Cars may move some production to the U.S. depending on tariffs imposed by President "
         "Donald Trump, the company’s CEO said on March 5.\n")


class TestParagraphOpensOneSentence:
    """After a heading, the first two words of a paragraph stay in one sentence: the name is not cut."""

    def test_volvo_cars_moves(self, nlp, tmp_path):
        events = events_of(VOLVO, EXPANSION, "volvo", nlp=nlp, folder=tmp_path)
        moves = events[events["verb"] == "move"]
        assert list(moves["subject"]) == ["Volvo Cars"]

    def test_sentences_of_the_paragraph(self, nlp):
        doc = nlp(VOLVO)
        assert [s.text.strip() for s in doc.sents][:2] == ["VOLVO CARS", VOLVO.split("\n\n")[1].strip()]


class TestReportReadAsConjunct:
    """"…, the company's CEO said" after a name, read as its apposition and a conjunct: the report of the clause."""

    def test_volvo_move_is_attributed(self, nlp, tmp_path):
        events = events_of(VOLVO, EXPANSION, "volvo", nlp=nlp, folder=tmp_path)
        moves = events[events["verb"] == "move"]
        assert len(moves) == 1
        assert moves["reported_by"].iloc[0] is not None and "CEO" in moves["reported_by"].iloc[0]
        assert moves["modality"].iloc[0] == "may"


LVMH_VOLVO = ("LVMH\n\nThe luxury conglomerate is “seriously considering” bulking up its production capacities in the U.S., "
              "CEO Bernard Arnault said on Jan. 28.\n\nVOLKSWAGEN\n\nThe German carmaker is considering setting up "
              "production sites in the U.S. for its high-end Audi and Porsche brands to avert fallout from tariffs, "
              "Handelsblatt reported on Jan. 29.\n\n" + VOLVO)


class TestPostOwnedByALaterBody:
    """"the company's CEO" after other companies were told of since a CEO was named: not that CEO."""

    def test_volvo_ceo_is_not_arnault(self, nlp, tmp_path):
        events = events_of(LVMH_VOLVO, EXPANSION, "lvmh-volvo", nlp=nlp, folder=tmp_path)
        moves = events[events["verb"] == "move"]
        assert len(moves) == 1
        assert moves["reported_by"].iloc[0] is not None and "Arnault" not in moves["reported_by"].iloc[0]
        assert "CEO" in moves["reported_by"].iloc[0]


HEADING = ("THE WHITE HOUSE\n\nOffice of Communications\n\nREMARKS BY PRESIDENT TRUMP AND PRIME MINISTER NARENDRA MODI OF "
           "THE REPUBLIC OF INDIA IN JOINT PRESS CONFERENCE\n\nEast Room\n")


def test_headings_are_whole_sentences(nlp):
    """The lines of a release's head (seed A03 of whitehouse-ukraine), one sentence each, in title case or capitals."""
    assert [s.text.strip() for s in nlp(HEADING).sents] == [line for line in HEADING.split("\n") if line]

