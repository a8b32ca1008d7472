import os, pickle, sys
incl, leaf, pairs = pickle.load(open(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("SAMPLE_OUT", "/tmp/speed38/last-sample.pkl"), "rb"))
for parent in sys.argv[2:]:
    rows = sorted(((v, c) for (p, c), v in pairs.items() if parent in p), reverse=True)
    print("==", parent, f"{sum(v for k, v in incl.items() if parent in k):.3f}")
    for v, c in rows[:40]: print(f"  {v:6.3f} {c}")
