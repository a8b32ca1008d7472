"""The event rows of 12 fresh wire-style Wikinews reports, with their sentences and dates.

Politics, courts and crime, conflict, business and government news of 2019–20 (Wikinews, CC BY 2.5)
whose events were never judged (listed in /work/notes/fresh-events10.txt). Each is read as
``toolkit extract`` reads it (:func:`toolkit.reading.sources.read_paths`, dated by its MANIFEST row).
Not a test and no score: the rows are judged by reading (``bench/audit/events20.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/wire_events.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaign_events import write_asserted_events  # bench/ is the script's own folder on sys.path

CORPUS = "/work/shared/corpora/wikinews-2019-2020"
TEXTS = (
    "wn_2019-01-04_Nancy-Pelosi-again-elected-Speaker-as-116th-U-S-Congress-sworn-in.txt",
    "wn_2019-02-11_Thai-political-party-withdraws-nomination-of-princess-for-prime-minister.txt",
    "wn_2019-09-25_US-Speaker-Pelosi-announces-Trump-impeachment-investigation.txt",
    "wn_2019-02-25_Texas-federal-judge-says-drafting-only-men-violates-United-States-Constitution.txt",
    "wn_2019-04-20_California-court-sentences-parents-who-kept-their-children-in-captivity.txt",
    "wn_2019-10-10_U-S-judge-orders-release-of-President-Trump-s-tax-records-appeals-court-issues-d.txt",
    "wn_2019-10-17_Hundreds-arrested-for-dark-web-child-porn-by-international-task-force.txt",
    "wn_2020-01-05_United-States-military-kills-Qasem-Soleimani.txt",
    "wn_2019-01-28_Bombs-kill-at-least-20-at-cathedral-in-Mindanao-Philippines.txt",
    "wn_2019-11-07_Hungarian-state-owned-enterprise-acquires-Hirtenberger-Defence-Group.txt",
    "wn_2019-07-10_Benin-Nigeria-join-African-Union-continental-free-trade-bloc.txt",
    "wn_2020-05-06_Philippines-largest-television-network-shut-down-by-government.txt",
)


def main(out: str, corpus: str = CORPUS) -> None:
    write_asserted_events([Path(corpus) / name for name in TEXTS], out)


if __name__ == "__main__":
    main(*sys.argv[1:3])
