"""Entity rows of dev27's texts, each read alone with its day, against the gold.

usage (from the checkout): PYTHONPATH=. TOOLKIT_CACHE=.cache/toolkit python bench/audit/ent42/rows.py OUT
Each row: a mark ("  " a gold entity's form with its label, "!L" a gold entity's form with another label, "??" no
form of the gold: unscored), the label, the name, the aliases, the mentions and the gold entity it matches.
"""
import json, sys, glob, datetime as dt
from pathlib import Path
from toolkit.nlp.model import load_model
from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_document
from toolkit.evaluation.scoring import normalise_name
nlp = load_model()
G = Path("tests/data/gold/wikinews-entities-dev27")
out = open(sys.argv[1], "w")
for gp in sorted(G.glob("*.json")):
    g = json.loads(gp.read_text())
    doc = read_document(Path(g["source"])).with_published(dt.date.fromisoformat(g["published"]))
    t = extract([doc], nlp=nlp).entities
    gold = {}
    for e in g["entities"]:
        for n in [e["name"], *e["aliases"]]:
            gold[normalise_name(n)] = (e["name"], e["label"])
    print("==", gp.stem[:40], file=out)
    for r in t.to_dict("records"):
        names = [r["name"]] + (str(r["aliases"]).split("; ") if isinstance(r.get("aliases"), str) and r["aliases"] else [])
        hit = [gold[normalise_name(n)] for n in names if normalise_name(n) in gold]
        mark = "  " if hit and hit[0][1] == r["label"] else ("!L" if hit else "??")
        print(mark, r["label"], r["name"], "|", r.get("aliases"), "|", r.get("mentions"), "|", hit[0] if hit else "", file=out)
out.close()
