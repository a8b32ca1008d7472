"""The event rows of 12 fresh wire-style Wikinews articles of 2019–20, with their sentences and dates.

Disasters and accidents, science and health reports, obituaries, a sporting feat and a church
ruling (Wikinews, CC BY 2.5), whose events were never judged (/work/notes/fresh-events10.txt).
Each is read as ``toolkit extract`` reads it (:func:`toolkit.reading.sources.read_paths`, dated by
its MANIFEST row). Not a test and no score: the rows are judged by reading
(``bench/audit/events21.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/wire_events21.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from campaign_events import write_asserted_events  # bench/ is the script's own folder on sys.path

CORPUS = "/work/shared/corpora/wikinews-2019-2020"
TEXTS = (
    "wn_2019-01-05_Florida-highway-pileup-fire-kills-five-children-two-truck-drivers.txt",
    "wn_2019-01-15_Iranian-cargo-plane-crashes-into-Karaj-houses.txt",
    "wn_2019-10-03_World-War-II-era-plane-crashes-in-Connecticut-US-killing-at-least-seven.txt",
    "wn_2019-10-22_Aftershocks-increase-death-toll-of-magnitude-6-3-earthquake-in-southern-Philippi.txt",
    "wn_2019-01-12_Scientists-report-correlation-between-locations-of-Easter-Island-statues-and-wat.txt",
    "wn_2019-08-15_Scientists-report-two-life-saving-treatments-for-Ebola.txt",
    "wn_2019-11-16_Ancient-Egyptians-collected-wild-ibis-birds-for-sacrifice-says-study.txt",
    "wn_2019-02-11_Pioneering-oceanographer-Walter-Munk-dies-of-pneumonia-in-California.txt",
    "wn_2019-10-07_Influential-rock-drummer-Ginger-Baker-dies-at-age-80.txt",
    "wn_2020-05-24_Japanese-professional-wrestler-and-Netflix-star-Hana-Kimura-dies-aged-22.txt",
    "wn_2019-05-12_Pope-Francis-instructs-reporting-of-sexual-abuse-to-higher-church-authorities.txt",
    "wn_2019-08-06_French-inventor-Franky-Zapata-successfully-crosses-English-Channel-on-jet-powere.txt",
)


def main(out: str, corpus: str = CORPUS) -> None:
    write_asserted_events([Path(corpus) / name for name in TEXTS], out)


if __name__ == "__main__":
    main(*sys.argv[1:3])
