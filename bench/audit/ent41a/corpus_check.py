"""Compare the Wikinews corpus tables with the lead's base, printing rows only of texts in non-held-out gold folders."""
import os, pickle, sys, warnings
from pathlib import Path
sys.path.insert(0, "/work/wt-ent41a/bench")
from factdiff import READ, _row
CORPUS = Path("/work/shared/corpora/wikinews-2019-2020")
GOLD = Path("/work/wt-ent41a/tests/data/gold")
allowed = set()
for d in GOLD.iterdir():
    if d.name in ("wikinews-heldout", "wikinews-events-val") or not (d / "texts").is_dir():
        continue
    allowed |= {p.stem for p in (d / "texts").glob("*.txt")}
from toolkit.nlp.model import load_model
from toolkit.reading.sources import read_source_set
from toolkit.extraction.tables import extract
nlp = load_model()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    docs = read_source_set(CORPUS, base=CORPUS.parent).documents
before = pickle.loads(Path("/work/tmp41/wn-base.pkl").read_bytes())
counts = {t: 0 for t in READ}
for d in docs:
    ex = extract([d], nlp=nlp)
    after = {t: {_row(r, c) for r in getattr(ex, t).to_dict("records")} for t, c in READ.items()}
    for t in READ:
        if before.get(d.id, {}).get(t) != after[t]:
            counts[t] += 1
            stem = Path(d.id).stem
            if stem in allowed:
                print("##", t, stem)
                for r in sorted(before.get(d.id, {}).get(t, set()) - after[t]): print("  -", " | ".join(map(str, r)))
                for r in sorted(after[t] - before.get(d.id, {}).get(t, set())): print("  +", " | ".join(map(str, r)))
            else:
                print("##", t, "(a text in no readable gold: rows not shown)")
print(counts)
