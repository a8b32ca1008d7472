"""Round speed47: replay every indices_of / indices_where call of a cold extraction of 50 pre-parsed benchmark texts
(PREPARSED of speed38/own.py prep, here /work/tmp47s/preparsed.pkl) with the implementation before this round and with
the branch's, on the same Docs in the same order; prints both CPU times and checks the answers are the same."""
import collections, os, pickle, sys, time
root = "/work/wt-speed47"; sys.path.insert(0, root + "/bench"); sys.path.insert(0, root)
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction import parsing, tables
from toolkit.extraction.docbins import doc_from_docbin
from toolkit.nlp import lookups
import numpy as np
nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(150)[::3]
pre = pickle.load(open("/work/tmp47s/preparsed.pkl", "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
calls = []
o_of, o_where = lookups.indices_of, lookups.indices_where
def rec_of(doc, attr, words):
    calls.append((doc, "of", attr, frozenset(words))); return o_of(doc, attr, words)
def rec_where(doc, **w):
    calls.append((doc, "where", None, {k: frozenset(v) for k, v in w.items()})); return o_where(doc, **w)
for name, mod in list(sys.modules.items()):
    if name.startswith("toolkit."):
        if getattr(mod, "indices_of", None) is o_of: mod.indices_of = rec_of
        if getattr(mod, "indices_where", None) is o_where: mod.indices_where = rec_where
profiling.fresh_cache(); tables.extract(docs, nlp=nlp)
print("calls", len(calls), "docs", len({id(c[0]) for c in calls}))
# the old implementation
def old_among(column, wanted):
    if len(wanted) <= 3:
        found = column == wanted[0]
        for value in wanted[1:]:
            found |= column == value
        return found
    at = np.searchsorted(wanted, column)
    at[at == len(wanted)] = 0
    return wanted[at] == column
def old_of(doc, attr, words):
    if not len(doc): return []
    wanted = lookups._sorted_hashes(words if isinstance(words, frozenset) else frozenset(words))
    if not len(wanted): return []
    return lookups._positions(old_among(lookups.token_column(doc, attr), wanted))
def old_where(doc, **wanted):
    if not len(doc) or not wanted: return []
    keep = None
    for name, values in wanted.items():
        attr = lookups.IDS[name.upper()]
        values = lookups._sorted_hashes(values if isinstance(values, frozenset) else frozenset(values))
        if not len(values): return []
        column = lookups.token_column(doc, attr) if attr in lookups._FIXED_ATTRS else doc.to_array(attr)
        found = old_among(column, values)
        keep = found if keep is None else keep & found
    return lookups._positions(keep)
def replay(of, where):
    lookups._LAST.doc = None
    t = time.process_time()
    for doc, kind, attr, w in calls:
        if kind == "of": of(doc, attr, w)
        else: where(doc, **w)
    return time.process_time() - t
for k in range(4):
    a = replay(old_of, old_where); b = replay(o_of, o_where)
    print(f"old {a:.4f} s  new {b:.4f} s  ({1000*(a-b)/50:.3f} ms/doc saved)")
for doc, kind, attr, w in calls[:2000]:
    assert (old_of(doc, attr, w) == o_of(doc, attr, w)) if kind == "of" else (old_where(doc, **w) == o_where(doc, **w))
print("same answers")
