"""A sampling profiler of cold extractions of N benchmark documents, pre-parsed (round speed38; round speed40 takes the parse out, as own.py does, and samples PASSES runs): a SIGPROF every 2 ms of CPU,
each sample weighted by the CPU time since the last one (a long call into spaCy's compiled code delays the signal),
charged to the toolkit's frames on the stack (inclusive), to the innermost one (leaf) and to caller/callee pairs.
cProfile inflates the calls into spaCy's profiled Cython (Doc.__getitem__) about fourfold; this does not.

    PYTHONPATH=CHECKOUT python sample.py [N [TOP]]      # then: python children.py FILE 'repairs.py:187' …
"""
import collections, os, signal, sys, time
sys.path.insert(0, os.path.join(os.environ["PYTHONPATH"], "bench"))
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction.tables import extract

pairs = collections.Counter(); incl = collections.Counter(); leaf = collections.Counter(); total = [0]; last = [0.0]
def handler(sig, frame):
    now = time.process_time(); w = now - last[0]; last[0] = now; total[0] += w
    seen = set(); first = True
    f = frame
    child = None; seenp = set()
    while f is not None:
        co = f.f_code
        fn = co.co_filename
        if "/toolkit/" in fn:
            key = f"{fn.split('/toolkit/')[-1]}:{co.co_firstlineno}({co.co_name})"
            if first:
                leaf[key] += w; first = False
            if key not in seen:
                incl[key] += w; seen.add(key)
            if child is not None and (key, child) not in seenp:
                pairs[(key, child)] += w; seenp.add((key, child))
            child = key
        f = f.f_back
    if first:
        leaf["<spacy/other>"] += w
import pickle
from toolkit.extraction import parsing
from toolkit.extraction.docbins import doc_from_docbin
nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
pre = pickle.load(open(os.environ.get("PREPARSED", "/tmp/speed40/preparsed.pkl"), "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
profiling.fresh_cache(); extract(docs[:20], nlp=nlp)  # the lazy tables, once
signal.signal(signal.SIGPROF, handler)
signal.setitimer(signal.ITIMER_PROF, 0.002, 0.002)
t = time.process_time(); last[0] = t
for _ in range(int(os.environ.get("PASSES", "3"))):
    profiling.fresh_cache(); extract(docs, nlp=nlp)
t = time.process_time() - t
signal.setitimer(signal.ITIMER_PROF, 0, 0)
n = total[0]; print(f"cpu {t:.2f}s sampled {n:.2f}s")
print("== inclusive (toolkit frames), % of samples")
for k, v in incl.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 150): print(f"{v:6.3f} {k}")
print("== leaf toolkit frame (self incl. Cython callees)")
for k, v in leaf.most_common(400): print(f"{v:6.3f} {k}")

import pickle; pickle.dump((incl, leaf, pairs), open(os.environ.get("SAMPLE_OUT", "/tmp/speed40/last-sample.pkl"), "wb"))
