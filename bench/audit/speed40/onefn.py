"""Time toolkit functions on the 150 pre-parsed docs: wrap NAMES (module:function) with a CPU timer during a cold run."""
import os, pickle, sys, time, importlib, collections
root = os.environ["PYTHONPATH"]
sys.path.insert(0, root + "/bench")
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction import parsing, tables
from toolkit.extraction.docbins import doc_from_docbin
nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(150)
pre = pickle.load(open(os.environ.get("PREPARSED", "/tmp/speed40/preparsed.pkl"), "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
profiling.fresh_cache(); tables.extract(docs[:20], nlp=nlp)
acc = collections.Counter(); calls = collections.Counter()
import gc
for spec in sys.argv[1:]:
    mod, fn = spec.split(":")
    m = importlib.import_module(mod); orig = getattr(m, fn)
    def wrap(*a, _o=orig, _k=spec, **k):
        t = time.process_time()
        try: return _o(*a, **k)
        finally: acc[_k] += time.process_time() - t; calls[_k] += 1
    # patch every module that imported it by name
    for name, mm in list(sys.modules.items()):
        if name.startswith("toolkit") and getattr(mm, fn, None) is orig:
            setattr(mm, fn, wrap)
profiling.fresh_cache()
t = time.process_time(); tables.extract(docs, nlp=nlp); print(f"total {time.process_time()-t:.2f}")
for k, v in acc.most_common(): print(f"{v:7.3f} {calls[k]:6d} {k}")
