"""The corpora of rounds ecb54 to ecb59: a third to an eighth draw of ECB+ articles, none of them one an earlier round
drew, with the publication date read also where an outlet prints the day as an ordinal.

ECB+: Cybulska and Vossen (LREC 2014), the NewsReader project, CC BY 3.0 (see ``bench/audit/ecb54/corpus/NOTICE``).
"""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import ROOT

for _round in ("ecb52", "ecb53", "ecb54", "ecb55", "ecb56", "ecb57", "ecb58", "ecb59"):
    sys.path.insert(0, str(ROOT / "bench" / "audit" / _round))
import ecb_corpus54  # noqa: E402
import ecb_corpus55  # noqa: E402
import ecb_corpus56  # noqa: E402
import ecb_corpus57  # noqa: E402
import ecb_corpus58  # noqa: E402
import ecb_corpus59  # noqa: E402

# Each round's name, the halves it cuts and the rounds drawn before it.
ROUNDS = [("ecb54", ("dev5", "dev6"), ("ecb52", "ecb53")), ("ecb55", ("dev7", "dev8"), ("ecb52", "ecb53", "ecb54")),
          ("ecb56", ("dev9", "test3"), ("ecb52", "ecb53", "ecb54", "ecb55")),
          ("ecb57", ("test4",), ("ecb52", "ecb53", "ecb54", "ecb55", "ecb56")),
          ("ecb58", ("test5",), ("ecb52", "ecb53", "ecb54", "ecb55", "ecb56", "ecb57")),
          ("ecb59", ("test6",), ("ecb52", "ecb53", "ecb54", "ecb55", "ecb56", "ecb57", "ecb58"))]


def _manifest(folder):
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


class TestPublished:
    """The date an outlet prints atop its article, ecb53's forms and a day printed as an ordinal."""

    @pytest.mark.parametrize("lines, date", [
        (["Quake jolts Iran", "WEDNESDAY, APRIL 24TH, 2013"], "2013-04-24"),
        (["Posted on March 1st 2012 by an editor"], "2012-03-01"),
        (["Quake jolts Iran", "MAY 3, 2013 - TEHRAN"], "2013-05-03"),
        (["The 4th of July parade", "No year printed"], ""),
    ])
    def test_the_printed_date_is_read(self, lines, date):
        assert ecb_corpus54.published(lines) == date


@pytest.mark.parametrize("name, halves, before", ROUNDS)
class TestDraw:
    """The committed corpus is the round's draw: ten articles a half, none drawn before, each topic once."""

    def test_no_article_of_an_earlier_round_again(self, name, halves, before):
        earlier = {row["file"] for round_ in before for row in _manifest(ROOT / "bench" / "audit" / round_ / "corpus")}
        files = [row["file"] for row in _manifest(ROOT / "bench" / "audit" / name / "corpus")]
        assert len(files) == 10 * len(halves) and not earlier & set(files)
        assert len({f.split("_")[1] for f in files}) == len(files)

    def test_halves_of_ten_each_of_real_prose(self, name, halves, before):
        corpus = ROOT / "bench" / "audit" / name / "corpus"
        rows = _manifest(corpus)
        assert sorted(r["half"] for r in rows) == sorted(half for half in halves for _ in range(10))
        for row in rows:
            text = (corpus / row["file"]).read_text(encoding="utf-8")
            assert int(row["words"]) == len(text.split()) > 50
            assert " ," not in text and " ." not in text.replace(" ...", "")
            assert row["title"].split() == text.split("\n\n")[0].split()  # (a tab in a title is a space in the TSV)
        assert "Creative Commons Attribution 3.0" in (corpus / "NOTICE").read_text(encoding="utf-8")

    def test_the_round_cuts_its_own_halves(self, name, halves, before):
        module = {"ecb54": ecb_corpus54, "ecb55": ecb_corpus55, "ecb56": ecb_corpus56, "ecb57": ecb_corpus57,
                  "ecb58": ecb_corpus58, "ecb59": ecb_corpus59}[name]
        assert module.HALVES == halves and module.DRAWN == 10 * len(halves)
