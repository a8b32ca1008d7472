"""Round speed47: are the tables of two ``bench/profiling.py save`` files identical, cell for cell, once the checkout's
own path (in the documents' paths) is written the same in both? (``profiling.py compare`` wants both made in one
checkout; this round's base was saved in a second worktree of main.)

    python same.py BASE.pkl BASE_ROOT BRANCH.pkl BRANCH_ROOT
"""
import pickle, sys

import pandas as pd

base, base_root, branch, branch_root = sys.argv[1:5]


def normal(frame, root):
    frame = frame.copy()
    for column in frame.columns:
        if any(isinstance(v, str) for v in frame[column]):
            frame[column] = [v.replace(root, "ROOT") if isinstance(v, str) else v for v in frame[column]]
    return frame


before, after = pickle.load(open(base, "rb")), pickle.load(open(branch, "rb"))
differ = rows = 0
for name in before:
    for table, frame in before[name].items():
        left, right = normal(frame, base_root), normal(after[name][table], branch_root)
        rows += len(left)
        if not left.equals(right):
            differ += 1
            print(f"{name}.{table}: differ ({len(left)} rows before, {len(right)} after)")
print(f"{differ} tables differ ({len(before)} sets, {rows} rows)")
