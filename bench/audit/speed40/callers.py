"""cProfile of a cold extraction of the 150 pre-parsed documents, dumped to /tmp/speed40/full.prof, to read its exact
call counts and callers (not its times, which cProfile inflates): e.g. who calls Doc.text (doc.pyx:724) or
Doc.__getitem__, with pstats.print_callers (round speed40)."""
import os, pickle, sys, cProfile, pstats
root = os.environ["PYTHONPATH"]; sys.path.insert(0, root + "/bench")
import profiling
from toolkit.nlp.model import load_model, parse
from toolkit.extraction import parsing, tables
from toolkit.extraction.docbins import doc_from_docbin
nlp = load_model(); list(parse(["A warm-up sentence in Washington on Monday."], nlp=nlp))
docs = profiling.sample(150)
pre = pickle.load(open(os.environ.get("PREPARSED", "/tmp/speed40/preparsed.pkl"), "rb"))
parsing.parse = lambda texts, nlp=None, batch_size=64, **k: (doc_from_docbin(pre[t], nlp.vocab) for t in texts)
profiling.fresh_cache(); tables.extract(docs[:20], nlp=nlp)
profiling.fresh_cache()
prof = cProfile.Profile(); prof.enable(); tables.extract(docs, nlp=nlp); prof.disable()
prof.dump_stats("/tmp/speed40/full.prof")
