"""Scoring the extraction against hand-made gold: quotes, entities, timeline, and GUM.

Two kinds of gold are read:

* project gold files (JSON, like ``tests/data/gold/000_4d240d6c60ada09b.json``): quotes with
  speakers, entities with labels and aliases, dated expressions. Quote texts are given
  without their marks, so each is first *located* in the document (its occurrences are
  taken in order, preferring one that sits between quotation marks) and scored by span;
* the news part of the GUM corpus (CoNLL-U), read and scored in :mod:`toolkit.evaluation.gum`.

Example:
    >>> results = [evaluate_gold(p) for p in gold_files("tests/data/gold")]   # doctest: +SKIP
    >>> print(format_report(results + [evaluate_gum(Path("tests/data/gold/gum-news"))]))

The plain-text table of the results is :func:`toolkit.evaluation.report.format_report`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd

from toolkit.core.paths import project_root
from toolkit.evaluation.events import combine_events, score_events
from toolkit.reading.sources import Document, parse_date, read_document

OPENING_MARKS = "“\"«„"
CLOSING_MARKS = "”\"»“"
_GRANULARITY_BY_LENGTH = {10: "day", 7: "month", 4: "year"}


# --------------------------------------------------------------------------- names

def normalise_name(name) -> str:
    """Fold a name for comparison: case, apostrophes, dots, "the", generational suffixes."""
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return ""
    text = unicodedata.normalize("NFKC", str(name)).replace("’", "'").replace("‘", "'").casefold()
    text = re.sub(r"[.,]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"\s+(jr|sr|ii|iii|iv)$", "", " ".join(text.split()))
    return text


def _surname(name: str) -> str:
    return normalise_name(name).split(" ")[-1] if normalise_name(name) else ""


def _near(a: str, b: str) -> bool:
    """True when two surnames differ by at most one edit (Zelensky/Zelenskyy), for long names."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 1


def _alternatives(gold_speaker) -> list[str]:
    """A gold speaker is a name, a list of equally correct names, or null (nobody named)."""
    if gold_speaker is None:
        return []
    return [gold_speaker] if isinstance(gold_speaker, str) else list(gold_speaker)


def speaker_matches(gold_speaker, predicted, *, lenient: bool = False) -> bool:
    """Whether a predicted speaker agrees with the gold one.

    Args:
        gold_speaker: a name, a list of acceptable names, or ``None`` (nobody named: only an
            empty prediction is right).
        predicted: the extracted speaker (``None``/NaN/"" for none).
        lenient: compare surnames only (last word, one edit allowed for long surnames), so
            "Trump" and "Donald Trump" agree.
    """
    got = normalise_name(predicted)
    names = _alternatives(gold_speaker)
    if not names:
        return got == ""
    if not got:
        return False
    if lenient:
        return any(_near(_surname(n), _surname(got)) for n in names)
    return any(normalise_name(n) == got for n in names)


# --------------------------------------------------------------------------- quotes

def locate_quotes(gold_quotes: list[dict], text: str) -> list[tuple[int, int] | None]:
    """Find each gold quote's span in ``text``, in order; ``None`` when it cannot be found.

    A quote's text is searched from just after the previous quote's start, so repeated
    short quotes ("long") resolve to successive occurrences; an occurrence directly between
    an opening and a closing mark is preferred, since gold texts are what stands between
    the marks. A quote not found after the previous one is searched from the beginning.
    """
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for quote in gold_quotes:
        needle = quote["text"]
        span = _find_marked(text, needle, cursor) or _find_marked(text, needle, 0)
        if span is None:
            at = text.find(needle, cursor)
            at = at if at >= 0 else text.find(needle)
            span = (at, at + len(needle)) if at >= 0 and needle else None
        spans.append(span)
        if span is not None:
            cursor = span[0] + 1
    return spans


def _find_marked(text: str, needle: str, cursor: int) -> tuple[int, int] | None:
    if not needle:
        return None
    at = text.find(needle, cursor)
    while at >= 0:
        end = at + len(needle)
        if at > 0 and text[at - 1] in OPENING_MARKS and end < len(text) and text[end] in CLOSING_MARKS:
            return at, end
        at = text.find(needle, at + 1)
    return None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two ``(start, end)`` spans share (0 when they are apart or only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else (0.0 if n_pred and n_gold else None)
    return {"precision": precision, "recall": recall, "f1": f1}


def score_quotes(predicted: pd.DataFrame, gold: list[dict], text: str) -> dict:
    """Score one document's extracted quotes against its gold quotes.

    A predicted quote matches a gold one when their spans overlap by at least half of the
    gold span; matching is one-to-one, the largest overlaps paired first, so a quote split
    in two is one match and one spurious quote, not two matches.

    Args:
        predicted: rows with ``start``, ``end`` (offsets into ``text``), ``speaker`` and,
            for the error lists, ``text``.
        gold: ``[{"text", "speaker"}]`` as in the gold files.
        text: the document's full text (``Document.text``).

    Returns:
        Counts, precision/recall/F1, speaker accuracy (exact and lenient) over matched
        quotes, and ``errors``: ``missed``, ``spurious``, ``wrong_speaker`` and
        ``unlocated`` (gold quotes whose text is not in the document).
    """
    spans = locate_quotes(gold, text)
    rows = [] if predicted is None else predicted.to_dict("records")
    pairs = []
    for gi, span in enumerate(spans):
        if span is None or span[1] <= span[0]:
            continue
        need = (span[1] - span[0]) / 2
        for pi, row in enumerate(rows):
            shared = overlap(span, (int(row["start"]), int(row["end"])))
            if shared > 0 and shared >= need:
                pairs.append((shared, -abs((row["end"] - row["start"]) - (span[1] - span[0])), gi, pi))
    pairs.sort(reverse=True)
    gold_to_pred: dict[int, int] = {}
    used: set[int] = set()
    for _shared, _closeness, gi, pi in pairs:
        if gi not in gold_to_pred and pi not in used:
            gold_to_pred[gi] = pi
            used.add(pi)

    exact = lenient = 0
    wrong, missed, unlocated = [], [], []
    for gi, quote in enumerate(gold):
        if spans[gi] is None:
            unlocated.append({"text": quote["text"], "speaker": quote.get("speaker")})
        if gi not in gold_to_pred:
            missed.append({"text": quote["text"], "speaker": quote.get("speaker"), "start": (spans[gi] or (None,))[0]})
            continue
        got = rows[gold_to_pred[gi]].get("speaker")
        ok = speaker_matches(quote.get("speaker"), got)
        exact += ok
        lenient += ok or speaker_matches(quote.get("speaker"), got, lenient=True)
        if not ok:
            wrong.append({"text": quote["text"], "gold": quote.get("speaker"),
                          "predicted": None if normalise_name(got) == "" else got,
                          "cue": rows[gold_to_pred[gi]].get("cue"), "start": spans[gi][0]})
    spurious = [{"text": r.get("text"), "speaker": r.get("speaker"), "start": int(r["start"]), "end": int(r["end"])}
                for i, r in enumerate(rows) if i not in used]
    matched = len(gold_to_pred)
    return {
        "gold": len(gold), "predicted": len(rows), "matched": matched,
        **_prf(matched, len(rows), len(gold)),
        "speaker_correct": exact, "speaker_correct_lenient": lenient,
        "speaker_accuracy": exact / matched if matched else None,
        "speaker_accuracy_lenient": lenient / matched if matched else None,
        "gold_without_speaker": sum(1 for q in gold if not _alternatives(q.get("speaker"))),
        "errors": {"missed": missed, "spurious": spurious, "wrong_speaker": wrong, "unlocated": unlocated},
    }


# --------------------------------------------------------------------------- entities and timeline

def _names_of(row) -> set[str]:
    aliases = row.get("aliases")
    parts = [row.get("name")] + (str(aliases).split("; ") if isinstance(aliases, str) and aliases else [])
    return {normalise_name(p) for p in parts if normalise_name(p)}


def score_entities(predicted: pd.DataFrame, gold: list[dict], not_of_label: list[dict] | None = None) -> dict:
    """Recall of gold entities, label accuracy on those found, and wrong-label violations.

    A gold entity is found when a predicted entity has, as its name or one of its aliases,
    the gold name or one of the gold aliases. When several predicted entities qualify, the
    one whose *name* is the gold name is taken, then the one with most mentions, because
    that is the entity a reader of the briefing sees.
    """
    rows = [] if predicted is None else predicted.to_dict("records")
    names = [_names_of(r) for r in rows]
    found = correct = 0
    missing, mislabelled, violations = [], [], []
    for entity in gold:
        wanted = {normalise_name(n) for n in [entity["name"], *entity.get("aliases", [])]}
        hits = [i for i, ns in enumerate(names) if ns & wanted]
        if not hits:
            missing.append(entity["name"])
            continue
        best = max(hits, key=lambda i: (normalise_name(rows[i].get("name")) == normalise_name(entity["name"]),
                                        int(rows[i].get("mentions") or 0)))
        found += 1
        if rows[best].get("label") == entity["label"]:
            correct += 1
        else:
            mislabelled.append({"name": entity["name"], "gold": entity["label"], "predicted": rows[best].get("label")})
    for rule in not_of_label or []:
        key = normalise_name(rule["text"])
        for i, row in enumerate(rows):
            if row.get("label") == rule["wrong_label"] and key in names[i]:
                violations.append({"text": rule["text"], "label": rule["wrong_label"], "entity": row.get("name")})
    return {
        "gold": len(gold), "found": found, "recall": found / len(gold) if gold else None,
        "label_accuracy": correct / found if found else None, "violations": violations,
        "errors": {"missing": missing, "mislabelled": mislabelled},
    }


def _date_text(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return str(value)


def score_timeline(predicted: pd.DataFrame, gold: list[dict], text: str) -> dict:
    """Date and granularity accuracy over the gold dated expressions.

    A gold expression is located at its ``start``/``end`` offsets when the gold gives them and
    they hold the expression (the same words can recur with another date: "yesterday" in a
    quotation and in the narrative), else at its first occurrence (case-insensitively if need
    be); it is dated right when a predicted row overlapping it has the gold date, compared to
    the gold's precision ("2022-02" accepts "2022-02-01"), and its granularity is right
    when that row's granularity equals the gold's (given, or implied by the date's length).
    """
    rows = [] if predicted is None else predicted.to_dict("records")
    dated = grained = located = 0
    errors = []
    for item in gold:
        expression, want = item["expression"], str(item["date"])
        want_grain = item.get("granularity") or _GRANULARITY_BY_LENGTH.get(len(want))
        at = item.get("start")
        if not (isinstance(at, int) and text[at:at + len(expression)].casefold() == expression.casefold()):
            at = text.find(expression)
        if at < 0:
            at = text.casefold().find(expression.casefold())
        if at < 0:
            errors.append({"expression": expression, "gold": want, "predicted": None, "problem": "not in text"})
            continue
        located += 1
        span = (at, at + len(expression))
        near = [r for r in rows if overlap(span, (int(r["start"]), int(r["end"]))) > 0]
        right = [r for r in near if _date_text(r.get("date"))[: len(want)] == want and len(_date_text(r.get("date"))) >= len(want)]
        if right:
            dated += 1
            grained += any(r.get("granularity") == want_grain for r in right)
        else:
            errors.append({"expression": expression, "gold": want,
                           "predicted": [_date_text(r.get("date")) for r in near] or None, "problem": "wrong date" if near else "missed"})
    return {
        "gold": len(gold), "located": located, "dated": dated, "grained": grained,
        "date_accuracy": dated / len(gold) if gold else None,
        "granularity_accuracy": grained / len(gold) if gold else None, "errors": errors,
    }


# --------------------------------------------------------------------------- gold files

def gold_files(path: str | Path) -> list[Path]:
    """The gold JSON files a path names: the file itself, or the ``*.json`` of a folder."""
    path = Path(path)
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def load_gold(gold_path: str | Path) -> tuple[dict, Document]:
    """Read a gold file and the document it annotates, dated with the gold's published date.

    The gold's ``source`` is relative to the project root; a path relative to the gold
    file is tried next, so gold kept outside the project still finds its text.
    """
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = Path(gold["source"])
    candidates = [source] if source.is_absolute() else [project_root() / source, gold_path.parent / source,
                                                        gold_path.parent / source.name]
    path = next((p for p in candidates if p.is_file()), candidates[0])
    document = read_document(path).with_published(parse_date(gold.get("published")))
    return gold, document


def _of_doc(frame: pd.DataFrame | None, doc_id: str) -> pd.DataFrame | None:
    if frame is None or "doc" not in frame:
        return frame
    return frame[frame["doc"] == doc_id]


def evaluate_gold(gold_path: Path, *, nlp=None) -> dict:
    """Run the extraction on a gold file's document and score quotes, entities and timeline.

    Returns:
        ``{"gold", "document", "quotes", "entities", "timeline"}``; a part the gold does not
        annotate is ``None``.
    """
    from toolkit.extraction.tables import extract

    gold, document = load_gold(gold_path)
    ex = extract([document], nlp=nlp)
    return score_extraction(ex, gold, document, name=str(gold_path))


def score_extraction(ex, gold: dict, document: Document, *, name: str = "") -> dict:
    """Score an extraction already made (``extract`` over several documents) for one gold file."""
    result = {"gold": name, "document": document.id, "quotes": None, "entities": None, "timeline": None}
    if "quotes" in gold:
        result["quotes"] = score_quotes(_of_doc(ex.quotes, document.id), gold["quotes"], document.text)
    if "entities" in gold:
        # Entities are merged across documents, so the table is not filtered by document.
        result["entities"] = score_entities(ex.entities, gold["entities"], gold.get("not_entities_of_label"))
    if "timeline" in gold:
        result["timeline"] = score_timeline(_of_doc(ex.timeline, document.id), gold["timeline"], document.text)
    if "events" in gold:
        result["events"] = score_events(_of_doc(ex.events, document.id), gold["events"], gold.get("entities"))
    return result


def evaluate_gold_set(path: str | Path, *, nlp=None) -> dict:
    """Evaluate every gold file of a folder with one extraction run, and total the quotes."""
    from toolkit.extraction.tables import extract

    loaded = [load_gold(p) + (str(p),) for p in gold_files(path)]
    ex = extract([doc for _gold, doc, _name in loaded], nlp=nlp)
    results = [score_extraction(ex, gold, doc, name=name) for gold, doc, name in loaded]
    return {"gold": str(path), "documents": results, "quotes": combine_quotes([r["quotes"] for r in results if r["quotes"]]),
            "events": combine_events([r["events"] for r in results if r.get("events")]),
            "entities": combine_entities([r["entities"] for r in results if r.get("entities")]),
            "timeline": combine_timeline([r["timeline"] for r in results if r.get("timeline")])}


def combine_timeline(parts: list[dict]) -> dict | None:
    """Sum per-document timeline scores: expressions dated right (and at the right granularity) over all gold."""
    if not parts:
        return None
    gold, dated = sum(p["gold"] for p in parts), sum(p["dated"] for p in parts)
    grained = sum(p["grained"] for p in parts)
    return {"gold": gold, "located": sum(p["located"] for p in parts), "dated": dated, "grained": grained,
            "date_accuracy": dated / gold if gold else None,
            "granularity_accuracy": grained / gold if gold else None,
            "errors": [e for p in parts for e in p["errors"]]}


def combine_entities(parts: list[dict]) -> dict | None:
    """Sum per-document entity scores: recall of gold entities and label accuracy over all found."""
    if not parts:
        return None
    gold, found = sum(p["gold"] for p in parts), sum(p["found"] for p in parts)
    correct = sum(p["found"] - len(p["errors"]["mislabelled"]) for p in parts)
    return {"gold": gold, "found": found, "recall": found / gold if gold else None,
            "label_accuracy": correct / found if found else None,
            "accuracy": correct / gold if gold else None,  # found and labelled right, over all gold entities
            "violations": [v for p in parts for v in p["violations"]]}


def combine_quotes(parts: list[dict]) -> dict:
    """Sum per-document quote scores into one (micro-averaged) score; errors are concatenated."""
    total = {k: sum(p[k] for p in parts) for k in ("gold", "predicted", "matched", "speaker_correct",
                                                   "speaker_correct_lenient", "gold_without_speaker")}
    matched = total["matched"]
    total.update(_prf(matched, total["predicted"], total["gold"]))
    total["speaker_accuracy"] = total["speaker_correct"] / matched if matched else None
    total["speaker_accuracy_lenient"] = total["speaker_correct_lenient"] / matched if matched else None
    total["errors"] = {k: [e for p in parts for e in p["errors"][k]] for k in ("missed", "spurious", "wrong_speaker", "unlocated")}
    return total
