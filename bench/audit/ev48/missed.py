"""The event dev golds' missed events by the clause they stand in, with the rule that dropped each verb.

Round ev48 (session 48). For every event dev gold (``wikinews``, ``wikinews-events-dev`` … ``-dev33``; not the
held-out, validation or blind golds, and dev34/dev35 only with ``--check``), the gold events the extraction
misses, each put in one class by the parse of its verb:

* ``relative``: the verb heads a relative clause (``relcl``: "the man, who was released …");
* ``reduced``: a participle after a noun (``acl``: "a letter … signed by 40 senators");
* ``participle``: a participle clause with no subject of its own (``advcl``/``xcomp``/``conj`` in -ing or
  -ed: "…, killing three people");
* ``agentless``: a passive naming no agent whose gold row has no subject ("Two men were arrested");
* ``other``: the rest.

For each, why no row matched: the check of :class:`toolkit.nlp.events._Reader` that dropped the verb (the
operand of its ``or`` chain that held, found by evaluating each operand of the condition whose ``return`` ran),
"no verb" when the parser did not tag it a verb, or the row the reader made when it made one (a wrong subject
or verb). Parses and facts are made afresh (the facts cache is bypassed so that the reader runs).

    python bench/audit/ev48/missed.py OUT.tsv [--check]
"""

from __future__ import annotations

import ast
import csv
import inspect
import sys
import textwrap
from collections import Counter
from pathlib import Path

from toolkit.extraction import cache
from toolkit.evaluation.scoring import evaluate_gold_set, gold_files, load_gold
from toolkit.nlp import events as events_mod

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold"
DEV = ["wikinews", "wikinews-events-dev"] + [f"wikinews-events-dev{i}" for i in range(2, 34)]
CHECK = ["wikinews-events-dev34", "wikinews-events-dev35"]

READERS: dict[str, object] = {}


def _record_readers() -> None:
    """Keep each document's reader (by its text) and read no facts or sets from the cache."""
    init = events_mod._Reader.__init__

    def keep(self, doc, **kw):
        init(self, doc, **kw)
        READERS[kw.get("text") or doc.text] = self

    events_mod._Reader.__init__ = keep
    get = cache.Cache.get
    cache.Cache.get = lambda self, kind, key, valid=None: None if kind in ("facts", "sets") else get(self, kind, key, valid)


def _method_tree(name: str):
    source = textwrap.dedent(inspect.getsource(getattr(events_mod._Reader, name)))
    first = getattr(events_mod._Reader, name).__code__.co_firstlineno
    return ast.parse(source), first


_TREES = {name: _method_tree(name) for name in ("_is_predicate", "_clause_of", "_tells_no_act", "_actor", "_event",
                                                  "_attribution")}


def _operand_that_held(name: str, line: int, frame_locals: dict) -> str:
    """The source of the operand of the ``or`` test whose ``return`` ran at ``line`` that is true."""
    tree, first = _TREES[name]
    rel = line - first + 1
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and any(s.lineno <= rel <= s.end_lineno for s in node.body
                                            if isinstance(s, ast.Return)):
            test = node.test
        elif isinstance(node, ast.Return) and node.lineno <= rel <= node.end_lineno and isinstance(node.value, ast.BoolOp):
            test = node.value
        else:
            continue
        operands = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
        for op in operands:
            try:
                held = eval(compile(ast.Expression(op), "<rule>", "eval"), vars(events_mod), dict(frame_locals))
            except Exception:  # (an operand that needs a name bound later in the method)
                continue
            if held:
                return ast.unparse(op)[:90]
        return ast.unparse(test)[:90]
    return f"{name}:{line}"


def why_dropped(reader, verb) -> str:
    """Run the reader on one verb under a trace and say which check returned."""
    codes = {getattr(events_mod._Reader, n).__code__: n for n in _TREES}
    last: dict[str, tuple[int, dict]] = {}

    def tracer(frame, event, arg):
        name = codes.get(frame.f_code)
        if name is None:
            return None

        def local(frame, event, arg):
            if event == "return":
                last[name] = (frame.f_lineno, dict(frame.f_locals), arg)
            return local
        return local

    sys.settrace(tracer)
    try:
        row = reader._event(verb)
    finally:
        sys.settrace(None)
    if row is not None:
        return f"row made: {row.subject} | {row.verb} | {row.object}"
    for name in ("_is_predicate", "_clause_of", "_tells_no_act", "_actor", "_attribution"):
        if name not in last:
            continue
        line, local_vars, value = last[name]
        dropped = (value is False) if name == "_is_predicate" else (value is True) if name == "_tells_no_act" \
            else value is None
        if dropped:
            return f"{name}: {_operand_that_held(name, line, local_vars)}"
    line, local_vars, _ = last["_event"]
    return f"_event: {_operand_that_held('_event', line, local_vars)}"


def classify(verb, gold: dict) -> str:
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl":
        return "relative"
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        return "reduced"
    if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp") and verb.tag_ in ("VBG", "VBN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) \
            and verb.head.pos_ in ("VERB", "AUX"):
        return "participle"
    if passive and not gold.get("subject"):
        return "agentless"
    return "other"


def main(out: str, golds: list[str]) -> None:
    _record_readers()
    rows = []
    for name in golds:
        folder = GOLD / name
        result = evaluate_gold_set(folder)
        texts = {doc.id: doc.body for _g, doc in (load_gold(p) for p in gold_files(folder))}
        for part in result["documents"]:
            score = part.get("events")
            if not score:
                continue
            text = texts[part["document"]]
            reader = READERS.get(text)
            for g in score["missed"]:
                verb = None
                if reader is not None:
                    span = reader.doc.char_span(g["verb_start"], g["verb_end"], alignment_mode="expand")
                    verb = span[0] if span is not None else None
                    if span is not None and len(span) > 1:  # a phrasal verb's first word
                        verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), span[0])
                if verb is None:
                    cls, why = "other", "no parse"
                else:
                    cls = classify(verb, g)
                    why = f"no verb ({verb.pos_} {verb.dep_})" if verb.pos_ != "VERB" and verb.i not in reader.hidden \
                        else why_dropped(reader, verb)
                rows.append({"gold": name, "doc": part["document"][:40], "class": cls, "subject": g.get("subject"),
                             "verb": g["verb"], "object": (g.get("object") or "")[:60], "dep": verb.dep_ if verb else "",
                             "why": why, "sentence": text[g["sentence_start"]:g["sentence_end"]].replace("\n", " ")})
        print(name, result["events"]["matched"], "/", result["events"]["gold"], flush=True)
    with open(out, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    print(Counter(r["class"] for r in rows))
    for cls in ("relative", "reduced", "participle", "agentless"):
        print(cls, Counter(r["why"].split(":")[0] + ":" + r["why"].split(":", 1)[-1][:50] for r in rows
                           if r["class"] == cls).most_common(12))


if __name__ == "__main__":
    main(sys.argv[1], CHECK if "--check" in sys.argv else DEV)
