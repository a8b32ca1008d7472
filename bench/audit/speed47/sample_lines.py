"""Round speed47: speed40's sample_pre.py (a SIGPROF every 2 ms of CPU over PASSES cold extractions of N pre-parsed
benchmark documents), charging each sample to the innermost toolkit *line* (file:line, with its function) rather than
the function, so that a hot loop shared by many rules shows; also the inclusive time of each toolkit function.

    PREPARSED=… PYTHONPATH=CHECKOUT python sample_lines.py [N [TOP]]
"""
import collections, os, pickle, signal, sys, time
sys.path.insert(0, os.path.join(os.environ["PYTHONPATH"], "bench"))
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction.tables import extract
from toolkit.extraction import parsing
from toolkit.extraction.docbins import doc_from_docbin

lines = collections.Counter(); incl = collections.Counter(); total = [0]; last = [0.0]


def handler(sig, frame):
    now = time.process_time(); w = now - last[0]; last[0] = now; total[0] += w
    f, first, seen = frame, True, set()
    while f is not None:
        co = f.f_code
        if "/toolkit/" in co.co_filename:
            name = co.co_filename.split("/toolkit/")[-1]
            if first:
                lines[f"{name}:{f.f_lineno} ({co.co_name})"] += w; first = False
            key = f"{name}:{co.co_firstlineno}({co.co_name})"
            if key not in seen:
                incl[key] += w; seen.add(key)
        f = f.f_back
    if first:
        lines["<outside the toolkit>"] += w


nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
pre = pickle.load(open(os.environ["PREPARSED"], "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
profiling.fresh_cache(); extract(docs[:20], nlp=nlp)  # the lazy tables, once
signal.signal(signal.SIGPROF, handler)
signal.setitimer(signal.ITIMER_PROF, 0.002, 0.002)
t = time.process_time(); last[0] = t
for _ in range(int(os.environ.get("PASSES", "3"))):
    profiling.fresh_cache(); extract(docs, nlp=nlp)
t = time.process_time() - t
signal.setitimer(signal.ITIMER_PROF, 0, 0)
top = int(sys.argv[2]) if len(sys.argv) > 2 else 80
print(f"cpu {t:.2f}s sampled {total[0]:.2f}s")
print("== innermost toolkit line")
for k, v in lines.most_common(top): print(f"{v:6.3f} {k}")
print("== inclusive (toolkit functions)")
for k, v in incl.most_common(top): print(f"{v:6.3f} {k}")
pickle.dump((lines, incl), open(os.environ.get("SAMPLE_OUT", "/tmp/speed47-lines.pkl"), "wb"))
