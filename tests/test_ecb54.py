"""Round ecb54's corpus: a third draw of ECB+ articles, none of them one rounds ecb52 or ecb53 drew, with the
publication date read also where an outlet prints the day as an ordinal.

ECB+: Cybulska and Vossen (LREC 2014), the NewsReader project, CC BY 3.0 (see ``bench/audit/ecb54/corpus/NOTICE``).
"""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import ROOT

for _round in ("ecb52", "ecb53", "ecb54"):
    sys.path.insert(0, str(ROOT / "bench" / "audit" / _round))
import ecb_corpus54  # noqa: E402

CORPUS = ROOT / "bench" / "audit" / "ecb54" / "corpus"


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


class TestDraw:
    """The committed corpus is ecb54's draw: twenty articles in two halves, none drawn before, each topic once."""

    def test_no_article_of_an_earlier_round_again(self):
        earlier = {row["file"] for name in ("ecb52", "ecb53")
                   for row in _manifest(ROOT / "bench" / "audit" / name / "corpus")}
        files = [row["file"] for row in _manifest(CORPUS)]
        assert len(files) == 20 and not earlier & set(files)
        assert len({f.split("_")[1] for f in files}) == 20

    def test_halves_of_ten_each_of_real_prose(self):
        rows = _manifest(CORPUS)
        assert sorted(r["half"] for r in rows) == ["dev5"] * 10 + ["dev6"] * 10
        for row in rows:
            text = (CORPUS / row["file"]).read_text(encoding="utf-8")
            assert int(row["words"]) == len(text.split()) > 50
            assert " ," not in text and " ." not in text.replace(" ...", "")
            assert row["title"] == text.split("\n\n")[0]
        assert "Creative Commons Attribution 3.0" in (CORPUS / "NOTICE").read_text(encoding="utf-8")
