"""Every predicted event row with no subject on the event dev golds (never the held-out ones), with its sentence
and whether it matches a gold event that names no agent either (round ev42).
Run: python bench/audit/ev42/empty_rows.py GOLD_FOLDER ... (from the project root)."""
import sys
import warnings

from toolkit.evaluation.events import score_events
from toolkit.evaluation.scoring import _of_doc, gold_files, load_gold
from toolkit.extraction.tables import extract
from toolkit.nlp.model import load_model

nlp = load_model()
for folder in sys.argv[1:]:
    assert "heldout" not in folder and "events-val" not in folder
    loaded = [load_gold(p) for p in gold_files(folder)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ex = extract([d for _g, d in loaded], nlp=nlp)
    for gold, doc in loaded:
        rows = _of_doc(ex.events, doc.id)
        s = score_events(rows, gold["events"], gold.get("entities"))
        spurious = {(r["verb"], r["start"]) for r in s["spurious"]}
        for r in rows.to_dict("records"):
            if r.get("quoted") or (isinstance(r.get("subject"), str) and r["subject"]):
                continue
            tag = "SPURIOUS" if (r["verb"], r["start"]) in spurious else "matched "
            sent = str(r["sentence"]).replace("\n", " ")
            print(f"{folder.split('/')[-1]}\t{tag}\t{r['verb']} | {r.get('object')}\t{sent[:220]}")
