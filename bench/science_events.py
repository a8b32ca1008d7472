"""The event rows of ten Wikinews science and technology interviews, split into lead and interview.

Each article (Wikinews, CC BY 2.5) opens with a wire-style lead (what was found, published,
announced) and goes on with questions and answers. Each is read as ``toolkit extract`` reads it
(:func:`toolkit.reading.sources.read_paths`), dated by its row of the corpus MANIFEST.tsv. A row's
``part`` is ``lead`` before the interview's first line (the first turn: a labelled one, an unlabelled
opening question or the interviewer's thanks, given below by its first words) and ``interview`` after
it. Every row is written, the quoted ones too (column ``quoted``), for part B of the audit. Not a test
and no score: the rows are judged by reading (``bench/audit/events19.tsv``).

    PYTHONPATH=$PWD .venv/bin/python bench/science_events.py OUT.tsv [CORPUS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_paths

CORPUS = "/work/shared/corpora/wikinews-2019-2020"
# each text and the first words of its interview (the end of its lead)
TEXTS = {
    "wn_2019-01-27_Male-Magellanic-penguins-pine-for-pairings-Wikinews-interviews-biologist-Natasha.txt":
        "((Wikinews)) What prompted",
    "wn_2020-05-22_Astronomer-tells-Wikinews-about-discovery-of-closest-black-hole-known-so-far.txt":
        "Thank you agreeing",
    "wn_2020-07-07_Astronomer-Anthony-Boccaletti-discusses-observation-of-birth-of-potential-exopla.txt":
        "Thank you for agreeing",
    "wn_2020-12-25_Earth-based-life-can-survive-in-hydrogen-rich-atmospheres-MIT-professor-Dr-Seag.txt":
        "What prompted your interest in studying",
    "wn_2020-06-28_Neanderthals-knew-what-they-were-doing-Arch-ologist-Dr-Naomi-Martisius-discusses.txt":
        "Thank you for agreeing",
    "wn_2020-04-30_Neuroscientists-tell-Wikinews-about-empathy-and-harm-aversion-observed-in-lab-ra.txt":
        "Thank you for agreeing",
    "wn_2020-06-30_Open-source-game-developer-Perttu-Ahola-talks-about-Minetest-with-Wikinews.txt":
        "Can you introduce yourself?",
    "wn_2020-12-14_Red-Hat-to-move-focus-away-from-CentOS-in-favour-of-Stream-CentOS-team-discuss-i.txt":
        "Can you tell me about your current role",
    "wn_2020-12-18_Gregory-Kurtzer-discusses-plans-for-Rocky-Linux-with-Wikinews-as-Red-Hat-announc.txt":
        "Why was CentOS originally created?",
    "wn_2020-11-17_Wikinews-discusses-DRM-and-DMCA-with-Richard-Stallman-after-GitHub-re-enables-pu.txt":
        "What is DRM and whose rights",
}


def main(out: str, corpus: str = CORPUS) -> None:
    docs = read_paths([Path(corpus) / name for name in TEXTS])
    ends = {}
    markers = {Path(name).stem: marker for name, marker in TEXTS.items()}
    for doc in docs:
        name, marker = doc.id, markers[doc.id]
        at = doc.text.find(marker)
        if at < 0:
            raise SystemExit(f"no interview opening in {name}")
        ends[doc.id] = at
    events = extract(docs).events
    events["part"] = ["lead" if s < ends[d] else "interview" for d, s in zip(events["doc"], events["start"])]
    events[["doc", "part", "start", "subject", "verb", "object", "negated", "modality", "reported_by", "quoted",
            "kind", "date", "sentence"]].to_csv(out, sep="\t", na_rep="nan")


if __name__ == "__main__":
    main(*sys.argv[1:3])
