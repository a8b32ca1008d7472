"""cProfile one function over the 150 pre-parsed docs, called as in the run (args captured during a cold run)."""
import os, pickle, sys, time, importlib, cProfile, pstats
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
mod, fn = sys.argv[1].split(":")
m = importlib.import_module(mod); orig = getattr(m, fn)
prof = cProfile.Profile(); tot = [0.0, 0]
def wrap(*a, **k):
    t = time.process_time(); prof.enable()
    try: return orig(*a, **k)
    finally: prof.disable(); tot[0] += time.process_time() - t; tot[1] += 1
for name, mm in list(sys.modules.items()):
    if name.startswith("toolkit") and getattr(mm, fn, None) is orig: setattr(mm, fn, wrap)
profiling.fresh_cache(); tables.extract(docs, nlp=nlp)
print(f"{fn}: {tot[0]:.3f}s (profiled) {tot[1]} calls")
pstats.Stats(prof).sort_stats(sys.argv[2] if len(sys.argv) > 2 else "tottime").print_stats(25)
