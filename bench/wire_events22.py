"""The event rows of 10 fresh wire-style Wikinews articles of 2019–20, with their sentences and dates.

Courts, politics and conflict, disasters, a space flight, a theft and power cuts (Wikinews,
CC BY 2.5), whose events were never judged (/work/notes/fresh-events10.txt).
Each is read as ``toolkit extract`` reads it (:func:`toolkit.reading.sources.read_paths`, dated by
its MANIFEST row). Not a test and no score: the rows are judged by reading
(``bench/audit/events22.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/wire_events22.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaign_events import write_asserted_events  # bench/ is the script's own folder on sys.path

CORPUS = "/work/shared/corpora/wikinews-2019-2020"
TEXTS = (
    "wn_2019-01-23_Germany-bans-Mahan-Air-of-Iran-citing-security.txt",
    "wn_2019-03-17_New-Zealand-mosque-murder-suspect-appears-in-court-at-Christchurch.txt",
    "wn_2019-09-30_Brother-of-murdered-Pakistani-social-media-star-sentenced-to-life.txt",
    "wn_2019-09-23_Iran-s-President-Rouhani-tells-foreign-powers-to-leave-Persian-Gulf.txt",
    "wn_2020-01-10_Fire-erupts-in-parking-structure-at-Sola-Airport-Norway.txt",
    "wn_2020-01-17_Seismic-activity-continues-to-shake-Puerto-Rico-with-5-2-quake.txt",
    "wn_2019-03-05_SpaceX-Crew-Dragon-capsule-docks-with-International-Space-Station.txt",
    "wn_2020-03-15_Native-American-groups-sue-US-state-of-Montana-over-ballot-law.txt",
    "wn_2019-09-18_Arrests-made-in-theft-of-gold-toilet-in-England.txt",
    "wn_2019-10-09_Scheduled-power-outages-in-Northern-California-begin.txt",
)


def main(out: str, corpus: str = CORPUS) -> None:
    write_asserted_events([Path(corpus) / name for name in TEXTS], out)


if __name__ == "__main__":
    main(*sys.argv[1:3])
