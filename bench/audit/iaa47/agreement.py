"""How far two annotators agree on the events of the same twelve texts, and what that means for the scorer (iaa47).

The first annotation is the gold of tests/data/gold/wikinews-events-dev29 and -dev30; the second is
bench/audit/iaa47/second/ (make_second.py, written and committed before the first was opened). Each annotation's
events are turned into rows of the events table (``EVENT_COLUMNS``: start and end the event's sentence, quoted False)
and scored against the other with ``score_events``, the very function ``toolkit evaluate`` scores the toolkit with
(the same matching: the sentence, the verb's lemma, the subject's head). Then the toolkit's rows (one extraction of
the twelve texts, as ``evaluate_gold_set`` makes it) are scored against each annotation and against their union.

Run: python bench/audit/iaa47/agreement.py [--out FILE] (from the project root, PYTHONPATH set to it).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd

from toolkit.evaluation.events import combine_events, score_events, subject_matches, verb_matches
from toolkit.evaluation.scoring import gold_files, load_gold
from toolkit.extraction.tables import EVENT_COLUMNS

ROOT = Path(__file__).resolve().parents[3]
FIRST = [ROOT / "tests/data/gold/wikinews-events-dev29", ROOT / "tests/data/gold/wikinews-events-dev30"]
SECOND = Path(__file__).resolve().parent / "second"


def rows_of(events: list[dict], doc_id: str) -> pd.DataFrame:
    """An annotation's events as rows of the events table, as the toolkit would write them."""
    rows = [{"doc": doc_id, "subject": e.get("subject"), "verb": e["verb"], "object": e.get("object"),
             "negated": bool(e.get("negated")), "modality": e.get("modality"), "reported_by": e.get("reported_by"),
             "quoted": False, "kind": e.get("kind"), "date": e.get("date"), "start": e["sentence_start"],
             "end": e["sentence_end"], "sentence": None} for e in events]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS)


def as_gold(row: dict) -> dict:
    """A row back as a gold event (its sentence the row's span), for the union of two annotations."""
    return {"subject": row["subject"], "verb": row["verb"], "object": row["object"], "negated": row["negated"],
            "modality": row["modality"], "reported_by": row["reported_by"], "kind": row["kind"], "date": row["date"],
            "sentence_start": int(row["start"]), "sentence_end": int(row["end"])}


def matched_pairs(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """The (first, second) event pairs ``score_events`` matches, by the same greedy walk in the first's order."""
    order = sorted(first, key=lambda g: (g["sentence_start"], g.get("verb_start", 0)))
    used: set[int] = set()
    pairs = []
    for g in order:
        for i, e in enumerate(second):
            inside = min(e["sentence_end"], g["sentence_end"]) - max(e["sentence_start"], g["sentence_start"])
            if i in used or inside <= 0 or inside < (e["sentence_end"] - e["sentence_start"]) / 2:
                continue
            if verb_matches(g["verb"], e["verb"]) and subject_matches(g.get("subject"), e.get("subject"), []):
                used.add(i)
                pairs.append((g, e))
                break
    return pairs


def field_agreement(pairs: list[tuple[dict, dict]]) -> list[str]:
    """How often two matched annotations agree on the fields the match does not test."""
    def norm(v):
        return v if present(v) else None
    checks = {"negated": lambda e: bool(e.get("negated")), "modality": lambda e: norm(e.get("modality")),
              "reported_by (given or not)": lambda e: present(e.get("reported_by")),
              "kind": lambda e: norm(e.get("kind")) or "action", "date": lambda e: norm(e.get("date")),
              "object (given or not)": lambda e: present(e.get("object"))}
    out = []
    for name, get in checks.items():
        differ = [(a, b) for a, b in pairs if get(a) != get(b)]
        out.append(f"  {name:<28} agree {len(pairs) - len(differ)}/{len(pairs)}")
        out += [f"      1st {get(a)!r:<14} 2nd {get(b)!r:<14} {a['verb']} [{a.get('subject')}]" for a, b in differ]
    return out


def load_pairs() -> list[dict]:
    """Each text's document and its two annotations' events."""
    second = {p.name: p for p in gold_files(SECOND)}
    pairs = []
    for folder in FIRST:
        for path in gold_files(folder):
            gold, document = load_gold(path)
            other = json.loads(second[path.name].read_text(encoding="utf-8"))
            pairs.append({"name": path.stem, "document": document, "first": gold["events"],
                          "second": other["events"]})
    return pairs


def toolkit_rows(pairs: list[dict]) -> pd.DataFrame:
    """The toolkit's event rows for the twelve texts, from one extraction (the path ``toolkit evaluate`` takes)."""
    from toolkit.extraction.tables import extract

    return extract([p["document"] for p in pairs]).events


def pct(v) -> str:
    return "–" if v is None else f"{100 * v:.1f}"


def line(name: str, s: dict) -> str:
    return (f"{name:<58} gold {s['gold']:>3}  rows {s['predicted']:>3}  matched {s['matched']:>3}  "
            f"right {s['right']:>3}  P {pct(s['precision']):>5}  R {pct(s['recall']):>5}  "
            f"dates {s['dated_right']}/{s['dated_gold']}")


def present(value) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def fmt(e: dict, text: str) -> str:
    e = {k: (v if present(v) else None) for k, v in e.items()}
    start = e.get("sentence_start", e.get("start"))
    end = e.get("sentence_end", e.get("end"))
    flags = "".join([" NEG" if e.get("negated") else "", f" mod={e['modality']}" if e.get("modality") else "",
                     f" rep={e['reported_by']}" if e.get("reported_by") else "",
                     f" date={e['date']}" if e.get("date") else ""])
    sentence = " ".join(text[int(start):int(end)].split())
    return f"    [{e.get('subject')}] {e['verb']} [{e.get('object')}]{flags}\n        | {sentence[:150]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="write the report here as well")
    args = parser.parse_args()
    pairs = load_pairs()
    tk = toolkit_rows(pairs)
    out: list[str] = []
    parts: dict[str, list[dict]] = {k: [] for k in ("2v1", "1v2", "tk1", "tk2", "tkU", "tkI")}
    lists: dict[str, list[str]] = {k: [] for k in ("only2", "only1", "tk_sp1_in2", "tk_sp1_not2", "dates",
                                                 "dates2")}
    out.append("== Agreement: the second annotation's events as rows, scored against the first gold (and reverse)")
    for p in pairs:
        doc, text = p["document"].id, p["document"].text
        s21 = score_events(rows_of(p["second"], doc), p["first"])
        s12 = score_events(rows_of(p["first"], doc), p["second"])
        parts["2v1"].append(s21)
        parts["1v2"].append(s12)
        out.append(line(f"2nd vs 1st  {p['name'][:45]}", s21))
        out.append(line(f"1st vs 2nd  {p['name'][:45]}", s12))
        lists["only2"] += [f"  {p['name'][:60]}\n{fmt(r, text)}" for r in s21["spurious"]]
        lists["only1"] += [f"  {p['name'][:60]}\n{fmt(g, text)}" for g in s21["missed"]]
        lists["dates"] += [f"  {p['name'][:60]}: 1st {w['gold']['date']} 2nd {w['row']['date']}\n"
                           f"{fmt(w['gold'], text)}" for w in s21["wrong_dates"]]
        lists["dates2"] += [f"  {p['name'][:60]}: 2nd {w['gold']['date']} 1st {w['row']['date']}\n"
                            f"{fmt(w['gold'], text)}" for w in s12["wrong_dates"]]
        # the union: the first's events and the second's that match none of them
        union = p["first"] + [as_gold(r) for r in s21["spurious"]]
        # the intersection: the first's events that the second also records
        missed_ids = {id(g) for g in s21["missed"]}
        inter = [g for g in p["first"] if id(g) not in missed_ids]
        rows = tk[tk["doc"] == doc]
        t1 = score_events(rows, p["first"])
        parts["tk1"].append(t1)
        parts["tk2"].append(score_events(rows, p["second"]))
        parts["tkU"].append(score_events(rows, union))
        parts["tkI"].append(score_events(rows, inter))
        # of the toolkit's spurious rows against the first gold, which does the second annotation record?
        spurious = pd.DataFrame(t1["spurious"], columns=EVENT_COLUMNS)
        back = score_events(spurious, p["second"])
        lists["tk_sp1_not2"] += [f"  {p['name'][:60]}\n{fmt(r, text)}" for r in back["spurious"]]
        unmatched = {(r["verb"], r["start"], r["subject"]) for r in back["spurious"]}
        lists["tk_sp1_in2"] += [f"  {p['name'][:60]}\n{fmt(r, text)}" for r in spurious.to_dict("records")
                                if (r["verb"], r["start"], r["subject"]) not in unmatched]
    total = {k: combine_events(v) for k, v in parts.items()}
    matched = [pair for p in pairs for pair in matched_pairs(p["first"], p["second"])]
    out.append("")
    out.append(line("POOLED 2nd vs 1st (P = 2nd's precision, R = 2nd's recall)", total["2v1"]))
    out.append(line("POOLED 1st vs 2nd (P = 1st's precision against 2nd)", total["1v2"]))
    a = total["2v1"]
    f1 = 2 * a["matched"] / (a["gold"] + a["predicted"]) if a["gold"] + a["predicted"] else None
    out.append(f"matched pairs {a['matched']}; first {a['gold']}, second {a['predicted']}; "
               f"F1 (Dice) of the two annotations {pct(f1)}; flattened (one marks neg/mod/rep, the other not) "
               f"{a['flattened']} of 2nd vs 1st, {total['1v2']['flattened']} of 1st vs 2nd")
    out.append("")
    out.append(f"== Fields of the {len(matched)} matched pairs that the match does not test")
    out += field_agreement(matched)
    out.append("")
    out.append("== The toolkit's rows against each annotation, their union and their intersection")
    for key, name in (("tk1", "toolkit vs 1st (the gold)"), ("tk2", "toolkit vs 2nd"),
                      ("tkU", "toolkit vs union (either annotator)"), ("tkI", "toolkit vs intersection (both)")):
        out.append(line(name, total[key]))
    n_sp = len(total["tk1"]["spurious"])
    out.append(f"toolkit rows spurious against the 1st: {n_sp}; recorded by the 2nd: {len(lists['tk_sp1_in2'])}; "
               f"not: {len(lists['tk_sp1_not2'])}")
    for key, title in (("only2", "Events the second records and the first does not (2nd's unmatched rows)"),
                       ("only1", "Events the first records and the second does not (1st's unmatched)"),
                       ("dates", "Matched events whose dates differ (1st's date vs 2nd's)"),
                       ("dates2", "Matched events the 2nd dates and the 1st dates otherwise (2nd's vs 1st's)"),
                       ("tk_sp1_in2", "Toolkit rows spurious against the 1st that the 2nd records"),
                       ("tk_sp1_not2", "Toolkit rows spurious against the 1st that the 2nd does not record")):
        out.append("")
        out.append(f"== {title}: {len(lists[key])}")
        out += lists[key]
    report = "\n".join(out) + "\n"
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
