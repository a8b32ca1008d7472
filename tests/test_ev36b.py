"""The twelfth event dev gold (``tests/data/gold/wikinews-events-dev12``) and the rules mended on it (round ``ev36b``).

The gold's texts and the sentences below are Wikinews articles of 2019–2020 (Senator Ted Cruz proposes an
amendment setting Congressional term limits, Hurricane Dorian makes landfall in the Bahamas, four teenagers shot at a
Pennsylvania graduation party, an earthquake in the southern Philippines, the South African "Lion Man" killed by his
lions, Greta Thunberg named Time's Person of the Year): Wikinews, CC BY 2.5, credit "Wikinews contributors,
en.wikinews.org". The first class checks the gold is well formed; the others assert a
property of the extraction on a real sentence of these texts, each with a control where the rule could overreach.
"""

from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).parent / "data" / "gold" / "wikinews-events-dev12"
ROOT = Path(__file__).parent.parent
KINDS = {"action", "speech act", "stance", "background"}
MODALITIES = {None, "will", "would", "could", "can", "may", "might", "should", "must"}


class TestGoldWellFormed:
    """Each file names its text, keeps it byte for byte the corpus's, and every event's spans fall inside it."""

    def test_files_and_texts(self):
        files = sorted(GOLD.glob("*.json"))
        assert len(files) == 6
        manifest = (GOLD / "texts" / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
        assert len(manifest) == 1 + len(files)
        assert (GOLD / "texts" / "NOTICE").exists()
        for path in files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            assert gold["outlet"] == "Wikinews" and gold["about"]
            assert (ROOT / gold["source"]).exists()
            assert any(row.startswith(Path(gold["source"]).name + "\t") and f"\t{gold['published']}\t" in row
                       for row in manifest)

    def test_events(self):
        total = 0
        for path in sorted(GOLD.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (ROOT / gold["source"]).read_text(encoding="utf-8")
            assert set(gold) == {"source", "published", "outlet", "about", "events"}
            for e in gold["events"]:
                total += 1
                assert set(e) == {"subject", "verb", "object", "negated", "modality", "reported_by", "kind", "date",
                                  "sentence_start", "sentence_end", "verb_start", "verb_end"}
                assert 0 <= e["sentence_start"] <= e["verb_start"] < e["verb_end"] <= e["sentence_end"] <= len(text)
                assert text[e["verb_start"]:e["verb_end"]].isalpha()
                assert e["verb"] == e["verb"].lower() and e["verb"].strip()
                assert isinstance(e["negated"], bool)
                assert e["modality"] in MODALITIES and e["kind"] in KINDS
                assert e["date"] is None or e["date"][:2] in ("20", "19")
                # nothing inside quotation marks: the verb stands outside every “…” / "…" of its sentence
                sentence = text[e["sentence_start"]:e["verb_start"]]
                assert sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”")
        assert total == 56
