"""The event gold on real news of other publishers (``tests/data/gold/ecb-events-dev2``, round ``ecb52-dev2``): it is
well formed, it comes back byte for byte from its round's script, its texts are the ``dev2`` half of the ECB+ articles
in ``bench/audit/ecb52/corpus/``, unchanged, and it shares no text with another event gold.

The texts are news articles of ten outlets of 2005-2013 (ECB+, Cybulska and Vossen, LREC 2014, CC BY 3.0; see the
gold's ``texts/NOTICE``). No rule was made on this gold; the tests check only its form.
"""

from __future__ import annotations

import json
import shutil

from conftest import DATA, ROOT, check_event_gold, check_event_gold_from_script, check_texts_apart, gold_texts

FOLDER, SCRIPT, FILES, EVENTS = "ecb-events-dev2", "ecb52/make_gold_ecb52dev2.py", 10, 155
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"


def _half(rows: list[str], dated: bool) -> list[str]:
    return [row for row in rows if bool(row.split("\t")[2]) == dated]


class TestEcbEventGold:
    """Each file names its text, and every event's spans fall inside it; no outlet; an article that prints its date
    carries it as ``published``, the others none."""

    def test_gold_is_well_formed(self, tmp_path):
        # check_event_gold takes a folder of one kind (every text dated, or none), and this half has both: each kind
        # is checked in a folder of its own, holding its json files and its manifest rows (the texts stay where the
        # json files' ``source`` names them).
        gold = DATA / "gold" / FOLDER
        manifest = (gold / "texts" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        files = events = 0
        for dated in (True, False):
            part = tmp_path / ("dated" if dated else "undated")
            (part / "texts").mkdir(parents=True)
            rows = _half(manifest[1:], dated)
            (part / "texts" / "MANIFEST.tsv").write_text("\n".join([manifest[0], *rows]) + "\n", encoding="utf-8")
            shutil.copyfile(gold / "texts" / "NOTICE", part / "texts" / "NOTICE")
            count = 0
            for row in rows:
                name = row.split("\t")[0].replace(".txt", ".json")
                shutil.copyfile(gold / name, part / name)
                count += len(json.loads((gold / name).read_text(encoding="utf-8"))["events"])
            check_event_gold(part, files=len(rows), events=count, outlet=None, dated=dated, centuries=("20", "19"))
            files, events = files + len(rows), events + count
        assert (files, events) == (FILES, EVENTS)
        assert len(_half(manifest[1:], False)) == 3  # ecb_20_5, ecb_27_6, ecb_36_9 print no date the writer reads

    def test_the_committed_gold_comes_back_from_its_script(self):
        check_event_gold_from_script(DATA / "gold" / FOLDER, ROOT / "bench" / "audit" / SCRIPT, files=FILES)

    def test_the_texts_are_the_dev2_half_of_the_corpus_unchanged(self):
        rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        half = [row for row in rows[1:] if row.split("\t")[-1] == "dev2"]
        names = {row.split("\t")[0] for row in half}
        texts = DATA / "gold" / FOLDER / "texts"
        assert len(names) == FILES and gold_texts(DATA / "gold" / FOLDER) == names
        for name in names:
            assert (texts / name).read_bytes() == (CORPUS / name).read_bytes()
        assert (texts / "NOTICE").read_bytes() == (CORPUS / "NOTICE").read_bytes()
        assert (texts / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines() == [rows[0], *half]

    def test_no_text_is_shared_with_another_event_gold(self):
        check_texts_apart([FOLDER], patterns=("wikinews-events-dev*", "pud-events-*", "ewt-events-*", "wh-events-*",
                                              "ecb-events-*"))
