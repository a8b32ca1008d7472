#!/bin/sh
# the Wikinews identity check against a base saved at main 78e905a (/tmp/ev42-wn-base.pkl, made in a detached worktree with /work/tmp42/wn_dump.py save), rows shown only for the texts of /work/tmp40/texts.tsv (no held-out text)
cd /work/wt-ev42
SHOW=1 PYTHONPATH=$PWD TOOLKIT_CACHE=$PWD/.cache/toolkit /work/main/.venv/bin/python /work/tmp42/wn_dump.py compare /tmp/ev42-wn-base.pkl 2>/dev/null > /tmp/ev42-wn-raw.txt
/work/main/.venv/bin/python - <<'PY' > "$1"
ok = {l.split("\t")[2].strip() for l in open("/work/tmp40/texts.tsv")}
keep = True
for line in open("/tmp/ev42-wn-raw.txt"):
    if line.startswith("  ##"):
        keep = line.split("##")[1].strip() in ok
        if not keep:
            print("  ## (a text not in texts.tsv, not shown)")
            continue
    if not line.startswith("  ") or keep:
        print(line, end="")
PY
rm /tmp/ev42-wn-raw.txt
