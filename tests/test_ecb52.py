"""Round ecb52's corpus: ECB+ articles joined back from their tokens into the prose an outlet printed.

The token lists are sentences of an ECB+ article the round did not draw (topic 28, the Los Angeles Times' obituary of
Frederick LaRue, 2004), as the corpus tokenises them: ECB+, Cybulska and Vossen (LREC 2014), the NewsReader project,
CC BY 3.0 (see ``bench/audit/ecb52/corpus/NOTICE``). The drawn articles themselves are checked by each half's test.
"""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench" / "audit" / "ecb52"))
import ecb_corpus  # noqa: E402

CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"


class TestJoin:
    """A sentence's tokens come back as printed: no space before punctuation, none inside a quotation's marks,
    a dash, a hyphenated word, a number and an abbreviation whole again."""

    @pytest.mark.parametrize("tokens, printed", [
        (['He', 'remained', 'an', 'ardent', 'defender', 'of', 'Nixon', ',', 'speaking', 'out', 'as', 'recently', 'as',
          'last', 'year', '.'], "He remained an ardent defender of Nixon, speaking out as recently as last year."),
        (['he', 'was', '"no', 'millionaire', '.', '"'], 'he was "no millionaire."'),
        (['"Who', '.', '.', '.', 'would', 'it', 'have', 'been', '?', '"', 'he', 'mused', '.'],
         '"Who... would it have been?" he mused.'),
        (['John', 'Mitchell', '-', '-', 'President', "Nixon's", 'attorney', 'general', '-', '-', 'LaRue', 'became'],
         "John Mitchell -- President Nixon's attorney general -- LaRue became"),
        (['worked', 'in', 'lock', '-', 'step', 'with', 'Mitchell'], "worked in lock-step with Mitchell"),
        (['LaRue', 'received', 'more', 'than', '$300', ',', '000', 'in', 'cash', ',', 'which', 'he', 'distributed'],
         "LaRue received more than $300,000 in cash, which he distributed"),
        (['at', '2', ':', '53', 'p', '.', 'm', '.', 'local', 'time'], "at 2:53 p.m. local time"),
        (['two', 'U', '.', 'N', '.', 'aircraft', '(', '6', '.', '6', 'feet', ')'], "two U.N. aircraft (6.6 feet)"),
        (['Lohan', '’', 's', 'attorney'], "Lohan’s attorney"),
    ])
    def test_tokens_come_back_as_printed(self, tokens, printed):
        assert ecb_corpus.join(tokens)[0] == printed

    def test_a_quotation_left_open_is_told(self):
        assert ecb_corpus.join(['"I', 'said', ',', "'Go", 'get', 'the', 'damned', 'pay', 'phone', '.'])[1] is True
        assert ecb_corpus.join(["That's", 'just', 'as', 'good', '.', "'", '"'], True) == ("That's just as good.'\"",
                                                                                          False)


class TestLines:
    """A sentence a paragraph, except a quotation that opens a paragraph runs on until its mark closes."""

    def test_a_long_quotation_stays_one_paragraph(self):
        lines = ecb_corpus.lines_of([['"I', 'said', ',', "'Go", 'get', 'the', 'phone', '.'],
                                     ["That's", 'just', 'as', 'good', '.', "'", '"'],
                                     ['Magruder', 'took', 'the', 'call', '.']])
        assert lines == ['"I said, \'Go get the phone. That\'s just as good.\'"', "Magruder took the call."]

    def test_a_mark_never_closed_ends_with_its_sentence(self):
        lines = ecb_corpus.lines_of([['A', 'correspondent', 'saw', '"a', 'crater', 'about', 'two', 'metres', 'wide',
                                      '.'], ['Observers', 'believe', 'the', 'attacks', 'were', 'carried', 'out', '.']])
        assert len(lines) == 2 and lines[1] == "Observers believe the attacks were carried out."


class TestCorpus:
    """The committed corpus: forty articles of forty topics, ten in each half, each with its outlet and address."""

    def test_manifest_rows(self):
        with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        assert len(rows) == ecb_corpus.DRAWN
        assert {h: sum(r["half"] == h for r in rows) for h in ecb_corpus.HALVES} == dict.fromkeys(ecb_corpus.HALVES,
                                                                                                   10)
        assert len({r["file"].split("_")[1] for r in rows}) == ecb_corpus.DRAWN  # a topic once
        for row in rows:
            text = (CORPUS / row["file"]).read_text(encoding="utf-8")
            assert row["url"].startswith("http") and row["url"] not in text
            assert row["source"].split(" ")[0] in row["url"]
            assert text.splitlines()[0] == row["title"]
            assert row["date"] == "" or row["date"][:2] in ("19", "20")
            assert " ," not in text and " ." not in text and "( " not in text
