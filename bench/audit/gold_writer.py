"""Write a gold folder of Wikinews texts from hand annotations: the part every round's ``make_gold.py`` shares.

A round's script holds only its annotations (which texts, what each says, the entities or events read in it) and
calls :func:`write_entity_gold` or :func:`write_event_gold`. Both copy each text byte for byte from the corpus with
its MANIFEST row and the corpus's licence NOTICE, check every annotation against its text before anything is
written for it, and write one json per text in the format ``toolkit evaluate`` reads (see tests/data/gold/README.md).

Entities: each entity's name or an alias must be in its text, and no name or alias may belong to two entities
(case folded). Events: each event names its sentence by a snippet found once in the text and its verb by the word
as written (the ``nth`` occurrence inside the sentence); the offsets are computed here.

Example (a round's script, run from the checkout)::

    from gold_writer import entity, write_entity_gold
    DOCS = {"wn_2020-06-05_Yemeni-journalist": ("press freedom desk: …", [entity("Aden", "GPE"), …])}
    write_entity_gold("wikinews-entities-dev28", DOCS)
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

CORPUS = Path("/work/shared/corpora/wikinews-2019-2020")
GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "gold"
# The corpus's licence note (CC BY 2.5), as every Wikinews gold carries it beside its texts.
NOTICE = GOLD / "wikinews-entities-dev24" / "texts" / "NOTICE"

_ENTITY_ABOUT = ("Only entities are annotated (no quotes, timeline or events). Hand-annotated by reading every "
                 "sentence before any toolkit extraction was run on the text for this gold.")


def entity(name: str, label: str, *aliases: str) -> dict:
    """One entity of a text: its canonical name, its label (PERSON, ORG, GPE, LOC, FAC, NORP) and its other forms."""
    return {"name": name, "label": label, "aliases": list(aliases)}


def event(snippet: str, word: str, subject, verb: str, obj=None, neg=False, mod=None, rep=None, kind="action",
          date=None, nth=1, sent=None) -> dict:
    """One event: its sentence (found by ``snippet``, or spanning ``sent``'s two snippets), its verb as written
    (``word``, the ``nth`` time in the sentence) and its fields as ``toolkit evaluate`` reads them."""
    return dict(snippet=snippet, word=word, nth=nth, sent=sent, subject=subject, verb=verb, object=obj, negated=neg,
                modality=mod, reported_by=rep, kind=kind, date=date)


def _manifest() -> dict[str, dict]:
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _copy_notice(out: Path) -> None:
    if (out / "texts" / "NOTICE").resolve() != NOTICE.resolve():  # (the gold that holds the NOTICE copied keeps it)
        shutil.copyfile(NOTICE, out / "texts" / "NOTICE")


def _write_manifest(out: Path, rows: list[dict]) -> None:
    with open(out / "texts" / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0].keys()), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    _copy_notice(out)


def check_entities(text: str, entities: list[dict]) -> None:
    """Raise AssertionError unless every entity is named in ``text`` (by its name or an alias), every alias is
    there, and no name or alias (case folded) belongs to two entities."""
    names = [x["name"] for x in entities]
    assert len(names) == len(set(names)), "an entity listed twice"
    seen: dict[str, str] = {}
    for x in entities:
        assert x["name"] in text or x["aliases"], x
        for alias in x["aliases"]:
            assert alias in text, x
        for form in [x["name"], *x["aliases"]]:
            assert form.casefold() not in seen, (form, seen.get(form.casefold()))
            seen[form.casefold()] = x["name"]


def write_entity_gold(name: str, docs: dict[str, tuple[str, list[dict]]]) -> int:
    """Write ``tests/data/gold/<name>``: ``docs`` maps a text's file-name prefix to what the text is about (the
    desk, the calls made) and its entities. Returns the number of entities written."""
    out = GOLD / name
    (out / "texts").mkdir(parents=True, exist_ok=True)
    rows, manifest, total = [], _manifest(), 0
    for prefix, (about, entities) in docs.items():
        [path] = list(CORPUS.glob(prefix + "*.txt"))
        check_entities(path.read_text(encoding="utf-8"), entities)
        shutil.copyfile(path, out / "texts" / path.name)
        row = manifest[path.name]
        gold = {"source": f"tests/data/gold/{name}/texts/{path.name}",
                "about": f"Wikinews, {row['date']}: {about} {_ENTITY_ABOUT}",
                "published": row["date"], "outlet": "Wikinews", "entities": entities}
        (out / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")
        rows.append(row)
        total += len(entities)
        print(prefix, len(entities))
    _write_manifest(out, rows)
    print("total", total)
    return total


def sentences(text: str) -> list[tuple[int, int]]:
    """The text's sentences as ``(start, end)`` offsets: split after a full stop, a question or exclamation mark or a
    closing quotation mark before a capital, and at line breaks, as a reader would; an abbreviation ("U.S.",
    "p.m.", "Mr.") ends none."""
    spans, start = [], 0
    for m in re.finditer(r'(?<=[.!?"”])\s+(?=[A-Z(“"])|\n+', text):
        before = text[max(0, m.start() - 5):m.start()]
        if "\n" not in m.group() and re.search(r"(\b[A-Z]\.|\b[ap]\.m\.|\bMr\.|\bDr\.|\bSt\.)$", before):
            continue
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _sentence_of(text: str, spans: list[tuple[int, int]], snippet: str) -> tuple[int, int]:
    at = text.index(snippet)
    assert text.count(snippet) == 1, snippet
    for s0, s1 in spans:
        if s0 <= at < s1:
            return s0, s1
    raise ValueError(snippet)


def event_rows(text: str, events: list[dict]) -> list[dict]:
    """The events of a text with their offsets, in the text's order (AssertionError where an event's snippet or word
    is not where it says)."""
    spans = sentences(text)
    out = []
    for e in events:
        if e["sent"]:
            s0 = text.index(e["sent"][0])
            s1 = text.index(e["sent"][1], s0) + len(e["sent"][1])
            assert s0 <= text.index(e["snippet"]) < s1, e
        else:
            s0, s1 = _sentence_of(text, spans, e["snippet"])
        hits = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(e["word"]), text[s0:s1])]
        assert len(hits) >= e["nth"], (e, text[s0:s1])
        v0 = s0 + hits[e["nth"] - 1]
        out.append({"subject": e["subject"], "verb": e["verb"], "object": e["object"], "negated": e["negated"],
                    "modality": e["modality"], "reported_by": e["reported_by"], "kind": e["kind"], "date": e["date"],
                    "sentence_start": s0, "sentence_end": s1, "verb_start": v0, "verb_end": v0 + len(e["word"])})
    return sorted(out, key=lambda g: (g["sentence_start"], g["verb_start"]))


def write_event_gold(name: str, docs: dict[str, tuple[str, list[dict]]], *, script: str, corpus: Path = CORPUS,
                     outlet: str | None = "Wikinews") -> int:
    """Write ``tests/data/gold/<name>``: ``docs`` maps a text's file name to what it is about (its dates resolved,
    the calls made) and its events; ``script`` is the round's script, named in each json. ``corpus`` is the folder
    the texts come from (its ``MANIFEST.tsv`` and ``NOTICE`` go with them); a text with no date in its manifest row
    gets ``published`` null. Returns the number of events written."""
    out = GOLD / name
    (out / "texts").mkdir(parents=True, exist_ok=True)
    manifest = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    rows, total = [manifest[0]], 0
    for file, (about, events) in docs.items():
        text = (corpus / file).read_text(encoding="utf-8")
        row = [r for r in manifest if r.split("\t")[0] == file]
        assert len(row) == 1, file
        found = event_rows(text, events)
        shutil.copyfile(corpus / file, out / "texts" / file)
        rows.append(row[0])
        gold = {"source": f"tests/data/gold/{name}/texts/{file}", "published": row[0].split("\t")[2] or None,
                "outlet": outlet,
                "about": about + " Events only, annotated by reading every sentence before any toolkit extraction "
                f"was run on the text; offsets by script ({script}).", "events": found}
        (out / file.replace(".txt", ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
        total += len(found)
    (out / "texts" / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    if corpus == CORPUS:
        _copy_notice(out)
    else:
        shutil.copyfile(corpus / "NOTICE", out / "texts" / "NOTICE")
    return total
