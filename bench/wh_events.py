"""The event rows of 14 fresh White House texts of 2025–26, with their sentences and dates.

Texts of /work/shared/corpora/whitehouse-2025 (public domain) that were only ever used for speed
benchmarks: four releases, five statements and five presidential messages of historical narrative.
Each is read as ``toolkit extract`` reads it (:func:`toolkit.reading.sources.read_paths`, dated by its
MANIFEST row). Not a test and no score: the rows are judged by reading (``bench/audit/events18.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/wh_events.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaign_events import write_asserted_events  # bench/ is the script's own folder on sys.path

CORPUS = "/work/shared/corpora/whitehouse-2025"
TEXTS = (
    "releases__2026-08-18-president-trump-delivers-largest-drop-in-violent-crime-in-american-history.txt",
    "releases__2026-03-20-democrats-dhs-shutdown-enters-35th-day-as-airports-plunge-into-chaos-frontline-workers-suffer.txt",
    "releases__2026-05-04-president-trump-celebrates-small-business-revival-during-national-small-business-week.txt",
    "releases__2026-08-19-president-trumps-trade-agenda-is-rebuilding-the-american-auto-industry.txt",
    "briefings-statements__2026-01-16-statement-on-president-trumps-comprehensive-plan-to-end-the-gaza-conflict.txt",
    "briefings-statements__2025-04-16-white-house-announces-revolutionary-federal-procurement-overhaul.txt",
    "briefings-statements__2025-09-18-first-lady-melania-trump-concludes-second-day-of-u-k-state-visit-with-focus-on-children-families-an.txt",
    "briefings-statements__2026-04-24-first-lady-melania-trump-unveils-new-beehive-on-south-lawn.txt",
    "briefings-statements__2025-06-12-statement-by-the-president.txt",
    "briefings-statements__2025-08-14-presidential-message-on-the-80th-anniversary-of-winning-world-war-ii.txt",
    "briefings-statements__2025-12-16-america-250-presidential-message-on-the-anniversary-of-the-battle-of-the-bulge.txt",
    "briefings-statements__2025-07-05-presidential-message-on-the-211th-anniversary-of-the-battle-of-chippawa.txt",
    "briefings-statements__2026-05-10-america-250-presidential-message-on-the-anniversary-of-the-capture-of-fort-ticonderoga.txt",
    "briefings-statements__2026-06-06-america-250-presidential-message-on-the-anniversary-of-d-day.txt",
)


def main(out: str, corpus: str = CORPUS) -> None:
    write_asserted_events([Path(corpus) / name for name in TEXTS], out)

if __name__ == "__main__":
    main(*sys.argv[1:3])
