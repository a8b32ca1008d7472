"""A small multi-outlet set built twice, with one document added in between.

The set (in a temporary seeds folder): the seed article (New York Times, outlet from its
last line, date from the params), the opening of a White House round-up (A25, with its
manifest row), the same text again from another feed (a copy: counted once), and, for
the second build only, a short report written for this test by "The Ledger" that quotes
the seed's Zelensky quotation in other words and gives it to "a statement from Kyiv", and
the round-up's Trump quotation in part. One module fixture builds it twice (HTML only, to stay quick).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from toolkit.build.run import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "ukraine-diplomacy"
NAME = "multi-outlet"
SEED_ID = "000_4d240d6c60ada09b"
WH_ID, WIRE_ID, LEDGER_ID = "a25-whitehouse", "a25-wire", "ledger-kyiv"
PARAMS = f"""\
name: {NAME}
title: "A multi-outlet test set"
sources: {NAME}
published: 2025-08-07
aliases: {{Zelenskyy: Volodymyr Zelensky}}
formats: [html]
"""
MANIFEST = (
    "file\ttitle\toutlet\tpublished\turl\n"
    f"{WH_ID}.txt\tPresident Trump Recaps Breakthroughs in Ukraine Peace Talks\t"
    "The White House (whitehouse.gov) - articles\t2025-08-19T10:00:00-04:00\thttps://www.whitehouse.gov/\n"
    f"{WIRE_ID}.txt\tTrump recaps Ukraine peace talks\tExample Wire\t2025-08-19\t\n"
)
LEDGER = """\
---
title: Kyiv sees pressure on Moscow working
outlet: The Ledger
published: 2025-08-08
---
Ukraine's government said on Thursday that the pressure on Moscow was bearing fruit. “It seems Russia is now more \
inclined to agree to a ceasefire; the pressure on them is working,” a statement from Kyiv said.

Ukrainian officials expect talks in the coming days. “I thought I’d first let them meet. They haven’t been \
exactly best friends,” Trump said on Tuesday.
"""


def _a25_opening() -> str:
    text = next(SEEDS.glob("A25_*.txt")).read_text(encoding="utf-8")
    return "\n\n".join(text.split("\n\n")[:4]) + "\n"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def builds(tmp_path_factory, make_project):
    opening = _a25_opening()
    project = make_project(tmp_path_factory.mktemp("multisource"), params={NAME: PARAMS}, sets={NAME: {
        f"{SEED_ID}.txt": SEEDS / f"{SEED_ID}.txt",
        f"{WH_ID}.txt": opening,
        f"{WIRE_ID}.txt": "WASHINGTON (Example Wire) — " + opening,
        "MANIFEST.tsv": MANIFEST,
    }})
    params, reports = project.params_file(NAME), project.reports
    data = reports / NAME / "data"
    with project.environment():
        [first] = build([params], reports=reports, progress=False)
        before = {"html": first.html.read_text(encoding="utf-8"), "changes": _rows(data / "changes.csv"),
                  "facts": pd.read_parquet(data / "facts.parquet"), "quotes": _rows(data / "quote_groups.csv")}
        project.write_sources(NAME, {f"{LEDGER_ID}.md": LEDGER})
        [second] = build([params], reports=reports, progress=False)
    return {"first": first, "second": second, "before": before, "data": data,
            "html": second.html.read_text(encoding="utf-8")}


@pytest.mark.build
def test_copies_are_counted_once_and_said_so(builds):
    data = builds["data"]
    [copy] = _rows(data / "duplicates.csv")
    assert copy["doc"] == WIRE_ID and copy["copy_of"] == WH_ID and float(copy["similarity"]) >= 0.9
    documents = {r["id"] for r in _rows(data / "documents.csv")}
    assert documents == {SEED_ID, WH_ID, LEDGER_ID} and builds["second"].documents == 3
    assert "1 more document is a copy" in builds["html"] and WIRE_ID in builds["html"]


@pytest.mark.build
def test_coverage_names_outlets_and_kinds(builds):
    rows = {(r["outlet"], r["kind"]): r for r in _rows(builds["data"] / "coverage.csv")}
    assert set(rows) == {("New York Times", ""), ("The White House", "articles"), ("The Ledger", "")}
    assert rows[("New York Times", "")]["first"] == "2025-08-07"  # the params' date: the seed carries none
    assert rows[("The White House", "articles")]["first"] == "2025-08-19"
    assert {r["date"] for r in _rows(builds["data"] / "coverage_per_day.csv")} == {
        "2025-08-07", "2025-08-08", "2025-08-19"}


@pytest.mark.build
def test_first_build_says_it_is_the_first(builds):
    before = builds["before"]
    assert "This is the first build of this set" in before["html"]
    assert before["changes"] == [] and set(before["facts"]["kind"]) == {"document", "entity", "quote", "timeline",
                                                                       "event"}
    assert not any(int(r["documents"]) > 1 for r in before["quotes"])  # one report of each, until the Ledger


@pytest.mark.build
def test_changes_csv_lists_what_the_added_document_brought(builds):
    rows = _rows(builds["data"] / "changes.csv")
    assert list(rows[0])[:4] == ["kind", "change", "text", "doc"]
    added_docs = [r for r in rows if r["kind"] == "document"]
    assert added_docs == [{**added_docs[0], "change": "added", "doc": LEDGER_ID,
                           "text": "Kyiv sees pressure on Moscow working"}]
    quotes = [r for r in rows if r["kind"] == "quote" and r["change"] == "added"]
    assert any("It seems Russia is now more inclined" in r["text"] and r["doc"] == LEDGER_ID for r in quotes)
    assert any(r["kind"] == "timeline" and LEDGER_ID in r["doc"] for r in rows)
    assert {r["change"] for r in rows} <= {"added", "removed"}
    assert not [r for r in rows if r["change"] == "removed" and r["kind"] in ("document", "quote")]
    assert all(LEDGER_ID in r["doc"] for r in rows if r["change"] == "added" and r["kind"] != "entity")


@pytest.mark.build
def test_what_changed_section(builds):
    page = builds["html"]
    assert "What changed" in page and "Since the last build (2 documents, now 3)" in page
    assert "<caption>Documents</caption>" in page
    assert "<caption>Quotations (all from The Ledger, 8 Aug 2025)</caption>" in page
    section = page.split(">What changed</h3>", 1)[1].split(">Provenance</h3>", 1)[0]
    assert "Kyiv sees pressure on Moscow working" in section and "The Ledger, 8 Aug 2025" in section
    # The story first; what changed in the appendix, with one line at the top pointing to it.
    assert page.index(">Who says what</h2>") < page.index(">Coverage</h3>") < page.index(">What changed</h3>")
    assert page.index('class="changed"') < page.index(">Bottom line</h2>")


@pytest.mark.build
def test_shared_quotations_are_shown_once_with_their_sources(builds):
    groups = pd.read_csv(builds["data"] / "quote_groups.csv")
    shared = groups[groups["documents"] > 1]
    zelensky = shared[shared["text"].str.contains("more inclined to agree to a ceasefire")]
    assert len(zelensky) == 1
    row = zelensky.iloc[0]
    assert row["sources"] == f"{SEED_ID}; {LEDGER_ID}" and row["outlets"] == 2
    assert row["speaker"] == "Volodymyr Zelensky" and bool(row["wording_differs"])
    assert bool(row["attribution_differs"]) and row["speakers"] == "Kyiv; Volodymyr Zelensky"
    trump = shared[shared["text"].str.contains("first let them meet")]
    assert len(trump) == 1 and set(trump.iloc[0]["sources"].split("; ")) == {WH_ID, LEDGER_ID}
    page = builds["html"]
    differ = page.split(">Where sources differ</h2>", 1)[1].split("</h2>", 1)[0]
    assert "The attribution and wording differ" in differ and differ.count("more inclined to agree") == 2
    variants = pd.read_csv(builds["data"] / "quote_variants.csv")
    assert set(variants[variants["quote"] == row["quote"]]["doc"]) == {SEED_ID, LEDGER_ID}


@pytest.mark.build
def test_speaker_by_outlet_terms_timeline_and_network_tables(builds):
    data = builds["data"]
    speakers = pd.read_csv(data / "speakers_by_outlet.csv").set_index("speaker")
    assert {"New York Times", "The White House", "The Ledger"} <= set(speakers.columns)
    assert speakers.loc["Donald Trump", "The White House"] >= 1 and speakers.loc["Donald Trump", "The Ledger"] == 1
    terms = pd.read_csv(data / "distinctive_terms.csv")  # three short texts: little stands out at the 5% level
    assert set(terms["group"]) <= {"New York Times", "The White House", "The Ledger"}
    assert (terms["z"] >= 1.96).all() and terms.columns.tolist() == ["group", "term", "entity", "count",
                                                                     "elsewhere", "z"]
    timeline = pd.read_csv(data / "timeline_merged.csv")
    assert timeline["date"].tolist() == sorted(timeline["date"]) and (timeline["documents"] >= 1).all()
    edges = pd.read_csv(data / "network_edges.csv")
    assert {"source", "target", "sentences", "documents"} <= set(edges.columns) and len(edges)
    page = builds["html"]
    for heading in ("Coverage", "Distinctive terms", "Who appears with whom"):
        assert f">{heading}</h" in page, heading
