"""The evaluation's results as a plain-text table for the terminal, with the errors listed on request.

Example:
    >>> from toolkit.evaluation.scoring import evaluate_gold_set
    >>> print(format_report(evaluate_gold_set("tests/data/gold/wikinews"), errors=5))   # doctest: +SKIP
"""

from __future__ import annotations

from toolkit.evaluation.events import format_events


def _pct(value) -> str:
    return "   –  " if value is None else f"{100 * value:5.1f}%"


def format_report(results, *, errors: int = 0) -> str:
    """A plain-text table of evaluation results for the terminal.

    Args:
        results: one result or a list of results of :func:`~toolkit.evaluation.scoring.evaluate_gold`,
            :func:`~toolkit.evaluation.scoring.evaluate_gold_set` or :func:`~toolkit.evaluation.gum.evaluate_gum`.
        errors: how many errors of each kind (quotes, entities, dates, events) to list under
            each gold file (0: none).
    """
    results = results if isinstance(results, list) else [results]
    lines = []
    quote_head = f"{'quotes':<44} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6} {'spk~':>6}"
    for res in results:
        if res.get("uner"):
            lines += _uner_lines(res, errors)
            continue
        if "overlap" in res:  # GUM
            where = f" of {res['folder']}" if res.get("folder") else ""
            lines += [f"GUM named entities{where} ({res['documents']} documents; labels {', '.join(res['labels_counted'])})",
                      f"  gold linked mentions {res['gold_mentions']}, predicted mentions {res['predicted_mentions']}"]
            for kind in ("overlap", "exact"):
                s = res[kind]
                lines.append(f"  {kind:<8} P {_pct(s['precision'])}  R {_pct(s['recall'])}  F1 {_pct(s['f1'])}")
            lines.append(f"  precision against any proper-noun mention {_pct(res['precision_any_proper'])}")
            lines.append("  label agreement: " + ", ".join(
                f"{t} {_pct(a['accuracy']).strip()} of {a['matched']}" for t, a in res["label_agreement"].items()))
            if res.get("per_entity"):
                e = res["per_entity"]
                lines.append(f"  per document and entity: gold {e['gold_entities']}, predicted {e['predicted_entities']}; "
                             f"P {_pct(e['precision'])}  R {_pct(e['recall'])}  F1 {_pct(e['f1'])}")
                if e.get("issue"):
                    i = e["issue"]
                    lines.append(f"  per entity, the issue's definition (adjective-only names kept): predicted "
                                 f"{i['predicted_entities']}; P {_pct(i['precision'])}  R {_pct(i['recall'])}")
            continue
        parts = res["documents"] if "documents" in res else [res]
        lines.append(f"Gold {res['gold']}")
        lines.append("  " + quote_head)
        for part in parts:
            if part["quotes"]:
                lines.append("  " + _quote_row(part["document"], part["quotes"]))
        if "documents" in res:
            lines.append("  " + _quote_row("TOTAL", res["quotes"]))
        for part in parts:
            if part["entities"]:
                e = part["entities"]
                lines.append(f"  entities: found {e['found']}/{e['gold']} ({_pct(e['recall']).strip()}), label accuracy "
                             f"{_pct(e['label_accuracy']).strip()}, wrong-label violations {len(e['violations'])}")
            if part["timeline"]:
                t = part["timeline"]
                lines.append(f"  timeline: dated {t['dated']}/{t['gold']} ({_pct(t['date_accuracy']).strip()}), "
                             f"granularity {_pct(t['granularity_accuracy']).strip()}")
            if part.get("events"):
                lines.append("  " + format_events(_short(part["document"], 40), part["events"]))
        if "documents" in res and res.get("entities"):
            e = res["entities"]
            lines.append(f"  entities TOTAL: found {e['found']}/{e['gold']} ({_pct(e['recall']).strip()}), label accuracy "
                         f"{_pct(e['label_accuracy']).strip()}, found and labelled right {_pct(e['accuracy']).strip()}, "
                         f"wrong-label violations {len(e['violations'])}")
        if "documents" in res and res.get("timeline"):
            t = res["timeline"]
            lines.append(f"  timeline TOTAL: dated {t['dated']}/{t['gold']} ({_pct(t['date_accuracy']).strip()}), "
                         f"granularity {_pct(t['granularity_accuracy']).strip()}")
        if "documents" in res and res.get("events") and res["events"]["gold"]:
            lines.append("  " + format_events("TOTAL", res["events"]))
        if errors:
            lines += _error_lines(res, parts, errors)
    return "\n".join(lines)


def _uner_lines(res: dict, limit: int) -> list[str]:
    """The Universal NER figures of one folder, and its first ``limit`` errors of each kind."""
    lines = [f"UNER names of {res['folder']} ({res['documents']} documents; PER, ORG, LOC)",
             f"  gold names {res['gold']}, found {res['found']} ({_pct(res['recall']).strip()}), label agreement "
             f"{_pct(res['label_agreement']).strip()}, found and labelled right {_pct(res['found_and_right']).strip()}; "
             f"predicted names {res['predicted']} (nationalities left out), precision {_pct(res['precision']).strip()}"]
    errors = res["errors"]
    for e in errors["missed"][:limit]:
        lines.append(f"    name missed          {e['text']} ({e['type']})")
    for e in errors["mislabelled"][:limit]:
        lines.append(f"    name mislabelled     {e['text']}: gold {e['type']}, got {e['predicted_text']} {e['predicted']}")
    for e in errors["spurious"][:limit]:
        lines.append(f"    name spurious        {e['text']} {e['label']}")
    return lines


def _error_lines(res: dict, parts: list[dict], limit: int) -> list[str]:
    """The first ``limit`` errors of each kind, for whoever is improving the rules."""
    lines = []
    quotes = res.get("quotes") or {"errors": {}}
    for kind in ("wrong_speaker", "missed", "spurious"):
        for e in quotes["errors"].get(kind, [])[:limit]:
            who = f"gold {e.get('gold')!r} got {e.get('predicted')!r}" if kind == "wrong_speaker" else repr(e.get("speaker"))
            lines.append(f"    quote {kind:<13} {who}: “{_short(e.get('text'))}”")
    entity_errors = [p["entities"]["errors"] for p in parts if p.get("entities")]
    for name in [n for e in entity_errors for n in e["missing"]][:limit]:
        lines.append(f"    entity missing       {name}")
    for e in [m for e in entity_errors for m in e["mislabelled"]][:limit]:
        lines.append(f"    entity mislabelled   {e['name']}: gold {e['gold']}, got {e['predicted']}")
    for e in [e for p in parts if p.get("timeline") for e in p["timeline"]["errors"]][:limit]:
        lines.append(f"    date {e['problem']:<15} “{_short(e['expression'], 40)}” gold {e['gold']}, got {e['predicted']}")
    events = [p["events"] for p in parts if p.get("events")]
    for g in [g for e in events for g in e["missed"]][:limit]:
        lines.append(f"    event missed         {g.get('subject')} | {g.get('verb')} | {_short(g.get('object'), 40)}")
    for r in [r for e in events for r in e["spurious"]][:limit]:
        lines.append(f"    event spurious       {r.get('subject')} | {r.get('verb')} | {_short(r.get('object'), 40)}")
    for w in [w for e in events for w in e.get("wrong_dates", [])][:limit]:
        g, r = w["gold"], w["row"]
        lines.append(f"    event wrong date     {g.get('subject')} | {g.get('verb')}: gold {g.get('date')}, got {r.get('date')}")
    return lines


def _quote_row(name: str, q: dict) -> str:
    return (f"{_short(name, 44):<44} {q['gold']:>5} {q['predicted']:>5} {_pct(q['precision'])} {_pct(q['recall'])} "
            f"{_pct(q['f1'])} {_pct(q['speaker_accuracy'])} {_pct(q['speaker_accuracy_lenient'])}")


def _short(text, width: int = 60) -> str:
    text = "" if text is None or (isinstance(text, float) and text != text) else " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
