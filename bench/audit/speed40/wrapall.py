"""Wrap every module-level function of toolkit.nlp.* with a CPU timer; inclusive (outermost activation) and self time,
call counts, on a cold extraction of the 150 pre-parsed docs."""
import os, pickle, sys, time, importlib, collections, pkgutil, types, functools
root = os.environ["PYTHONPATH"]
sys.path.insert(0, root + "/bench")
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction import parsing, tables
from toolkit.extraction.docbins import doc_from_docbin
import toolkit.nlp
nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(150)
pre = pickle.load(open(os.environ.get("PREPARSED", "/tmp/speed40/preparsed.pkl"), "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
profiling.fresh_cache(); tables.extract(docs[:20], nlp=nlp)
for mi in pkgutil.iter_modules(toolkit.nlp.__path__): importlib.import_module("toolkit.nlp." + mi.name)
incl = collections.Counter(); selft = collections.Counter(); calls = collections.Counter(); active = collections.Counter()
stack = []  # [child time accumulated]
clock = time.process_time
def make(orig, key):
    @functools.wraps(orig)
    def wrap(*a, **k):
        t = clock(); stack.append(0.0); active[key] += 1
        try: return orig(*a, **k)
        finally:
            d = clock() - t; child = stack.pop(); active[key] -= 1
            calls[key] += 1; selft[key] += d - child
            if not active[key]: incl[key] += d
            if stack: stack[-1] += d
    return wrap
wrapped = {}
for name, m in list(sys.modules.items()):
    if not name.startswith("toolkit.nlp."): continue
    for attr, obj in list(vars(m).items()):
        if isinstance(obj, types.FunctionType) and obj.__module__ == name and not getattr(obj, "__wrapped__", None):
            wrapped[obj] = make(obj, f"{name[12:]}.{attr}")
for name, m in list(sys.modules.items()):
    if not name.startswith("toolkit"): continue
    for attr, obj in list(vars(m).items()):
        if isinstance(obj, types.FunctionType) and obj in wrapped: setattr(m, attr, wrapped[obj])
profiling.fresh_cache()
t = clock(); tables.extract(docs, nlp=nlp); print(f"total {clock()-t:.2f}")
n = int(sys.argv[1]) if len(sys.argv) > 1 else 80
print("== self"); [print(f"{v:7.3f} {calls[k]:8d} {k}") for k, v in selft.most_common(n)]
print("== inclusive"); [print(f"{v:7.3f} {calls[k]:8d} {k}") for k, v in incl.most_common(n)]
