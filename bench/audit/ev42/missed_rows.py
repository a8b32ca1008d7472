"""The missed gold events and the spurious rows of the event dev golds (never the held-out ones), each with its
sentence (round ev42). Run: python bench/audit/ev42/missed_rows.py GOLD_FOLDER ... (from the project root)."""
import json
import sys
import warnings

from toolkit.evaluation.scoring import evaluate_gold_set

for folder in sys.argv[1:]:
    assert "heldout" not in folder and "events-val" not in folder
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = evaluate_gold_set(folder)
    for doc in result["documents"]:
        gold = json.load(open(doc["gold"], encoding="utf-8"))
        text = open(gold["source"], encoding="utf-8").read()
        s = doc["events"]
        for g in s["missed"]:
            sent = text[g["sentence_start"]:g["sentence_end"]].replace("\n", " ")
            print(f"{folder.split('/')[-1]}\tMISS\t{g['subject']} | {g['verb']} | {g['object']}\t{sent}")
        for r in s["spurious"]:
            sent = str(r["sentence"]).replace("\n", " ")
            print(f"{folder.split('/')[-1]}\tFP\t{r['subject']} | {r['verb']} | {r['object']}\t{sent}")
