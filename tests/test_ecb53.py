"""Round ecb53's corpus: a second draw of ECB+ articles, none of them one round ecb52 drew, with the publication
date read also where an outlet prints it in capitals or in figures.

ECB+: Cybulska and Vossen (LREC 2014), the NewsReader project, CC BY 3.0 (see ``bench/audit/ecb53/corpus/NOTICE``).
"""

from __future__ import annotations

import csv
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench" / "audit" / "ecb52"))
sys.path.insert(0, str(ROOT / "bench" / "audit" / "ecb53"))
import ecb_corpus53  # noqa: E402

CORPUS = ROOT / "bench" / "audit" / "ecb53" / "corpus"


def _manifest(folder):
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


class TestPublished:
    """The date an outlet prints atop its article, as ``YYYY-MM-DD``, in the forms ecb52's rule read and two more."""

    @pytest.mark.parametrize("lines, date", [
        (["Saints place RB Pierre Thomas on injured reserve", "Jan 05, 2011"], "2011-01-05"),
        (["27 NOVEMBER, 2005", "Did the earth move for you?"], "2005-11-27"),
        (["Quake jolts Iran", "MAY 3, 2013 - TEHRAN"], "2013-05-03"),
        (["Posted 05 / 06 / 2010", "Athens burns"], "2010-05-06"),
        (["A headline", "By a reporter", "No date at all here", "Nor here", "June 1, 2012 is too far down"], ""),
        (["Posted 13 / 31 / 2010"], ""),
    ])
    def test_the_printed_date_is_read(self, lines, date):
        assert ecb_corpus53.published(lines) == date


class TestDraw:
    """The committed corpus is ecb53's draw: twenty articles in two halves, none drawn by ecb52, each topic once."""

    def test_no_article_of_round_ecb52_again(self):
        first = {row["file"] for row in _manifest(ROOT / "bench" / "audit" / "ecb52" / "corpus")}
        files = [row["file"] for row in _manifest(CORPUS)]
        assert len(files) == 20 and not first & set(files)
        assert len({f.split("_")[1] for f in files}) == 20

    def test_halves_of_ten_each_of_real_prose(self):
        rows = _manifest(CORPUS)
        assert sorted(r["half"] for r in rows) == ["dev3"] * 10 + ["dev4"] * 10
        for row in rows:
            text = (CORPUS / row["file"]).read_text(encoding="utf-8")
            assert int(row["words"]) == len(text.split()) > 50
            assert " ," not in text and " ." not in text.replace(" ...", "")
            assert row["title"] == text.split("\n\n")[0]
