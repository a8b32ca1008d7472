"""What is new: the facts of a build, kept for the next one, and what changed between them.

Each build keeps the extracted facts of its set (:func:`facts`) in
``reports/<name>/data/facts.parquet`` (written by :mod:`toolkit.pipeline.store`): one row per document, entity, quotation, dated timeline item and event, each with a
stable ``key`` (what makes it the same fact in another build), a readable ``text``, the
documents (``doc``) it comes from and a ``weight`` (how much of it there is: mentions,
reports, supporting documents, words) that orders the changes. The next build of the
same set reads that file before it is replaced, compares, and writes ``data/changes.csv``
with the columns ``kind`` (document, entity, quote, timeline, event), ``change`` (added,
removed), ``text``, ``doc`` (the documents of the fact, ``; ``-separated), ``detail``,
``weight`` and ``key``.

Parquet because pandas reads it back with its types (a CSV would turn an empty speaker
into the text "nan" or a date into a number) and pyarrow is already installed; the rows
are sorted and the file carries no timestamp, so the same facts give the same bytes.

This module only compares tables; reading and writing them is :mod:`toolkit.pipeline.store`.

Example::

    changed = changes.changes_since(store.load_facts(previous_dir), ex)
    changed.first, changed.table          # True on a set's first build; the changes as a frame
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

import pandas as pd

from toolkit.analysis.compare import normalise
from toolkit.core.frames import is_missing, rows_of

FACT_COLUMNS = ["kind", "key", "text", "doc", "detail", "weight"]
TEXT_COLUMNS = ["kind", "key", "text", "doc", "detail"]
CHANGE_COLUMNS = ["kind", "change", "text", "doc", "detail", "weight", "key"]
KINDS = ("document", "entity", "quote", "timeline", "event")


def _docs(values) -> str:
    return "; ".join(sorted({str(v) for v in values}))


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):  # None, NaN, text
        return 0


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def facts(ex) -> pd.DataFrame:
    """The facts of an extraction, one row each, sorted by kind and key.

    * document: key the document id; text its title (or id); detail its outlet and date.
    * entity: key and text the canonical name; detail its label (a label that flips
      when a new document tips the vote is not a new entity).
    * quote: key the normalised words of the quotation (two reports of the same words are
      one fact); text the words as first reported; detail the speaker(s).
    * timeline: key the date and the normalised sentence; text "date: sentence".
    * event: key subject, verb, object, negation and date; text "subject verb object" ("(not named)"
      for an agent the text never names).
    """
    rows: list[dict] = []
    docs = ex.documents
    for record in docs.to_dict("records"):
        detail = " · ".join(str(record[c]) for c in ("outlet", "published") if record.get(c) is not None
                            and record.get(c) == record.get(c))
        title = record.get("title")
        text = title if isinstance(title, str) and title else record["id"]
        rows.append({"kind": "document", "key": record["id"], "text": text,
                     "doc": record["id"], "detail": detail, "weight": _int(record.get("words"))})
    entities: dict[str, list[tuple]] = defaultdict(list)
    for name, label, doc in rows_of(ex.mentions, ["name", "label", "doc"]):
        entities[name].append((label, doc))
    for name in sorted(entities):
        group = entities[name]
        labels = Counter(label for label, _ in group)
        label = min(labels, key=lambda lab: (-labels[lab], lab))
        rows.append({"kind": "entity", "key": name, "text": name, "doc": _docs(d for _, d in group),
                     "detail": label, "weight": len(group)})
    quotes: dict[str, list[tuple]] = defaultdict(list)
    for doc, _, text, speaker in sorted(rows_of(ex.quotes, ["doc", "start", "text", "speaker"]),
                                        key=lambda r: (r[0], r[1])):
        key = normalise(text)
        if key:
            quotes[key].append((doc, text, speaker))
    for key in sorted(quotes):
        group = quotes[key]
        speakers = sorted({s for _, _, s in group if isinstance(s, str) and s})
        rows.append({"kind": "quote", "key": key, "text": str(group[0][1]).strip(), "doc": _docs(d for d, _, _ in group),
                     "detail": "; ".join(speakers) or "unattributed", "weight": len(group)})
    dated: dict[str, list[tuple]] = defaultdict(list)
    for doc, _, date, sentence, expression in sorted(
            rows_of(ex.timeline, ["doc", "start", "date", "sentence", "expression"]), key=lambda r: (r[0], r[1])):
        if not is_missing(date):
            dated[f"{date}|{normalise(sentence)}"].append((doc, date, sentence, expression))
    for key in sorted(dated):
        group = dated[key]
        _, date, sentence, _ = group[0]
        docs = {d for d, _, _, _ in group}
        rows.append({"kind": "timeline", "key": key, "text": f"{date}: {sentence}", "doc": _docs(docs),
                     "detail": "; ".join(sorted({e for _, _, _, e in group})), "weight": len(docs)})
    events: dict[str, list[tuple]] = defaultdict(list)
    quoted_of = ex.events["quoted"] if "quoted" in ex.events else [False] * len(ex.events)
    by_of = ex.events["reported_by"] if "reported_by" in ex.events else [None] * len(ex.events)
    for (doc, _, subject, verb, obj, negated, date), quoted, by in sorted(
            zip(rows_of(ex.events, ["doc", "start", "subject", "verb", "object", "negated", "date"]), quoted_of, by_of),
            key=lambda r: (r[0][0], r[0][1])):
        date = date if isinstance(date, str) else ""
        events[f"{subject}|{'not ' if negated else ''}{verb}|{obj}|{date}"].append(
            (doc, subject, verb, obj, negated, date, quoted is True, by))
    for key in sorted(events):
        group = events[key]
        _, subject, verb, obj, negated, date, quoted, by = group[0]
        verb = f"not {verb}" if bool(negated) else verb
        # A passive whose agent the text never names ("The lawsuit was filed") says so, as the events
        # table does, rather than read as an order ("file the lawsuit"); an event inside a quotation
        # is the speaker's word, not the source's.
        who = subject if isinstance(subject, str) and subject else "(not named)"
        text = " ".join(str(p) for p in (who, verb, obj) if isinstance(p, str) and p)
        if quoted and all(q for *_, q, _b in group):
            text += f" (in {by}'s words)" if isinstance(by, str) and by else " (in a quotation)"
        rows.append({"kind": "event", "key": key, "text": text, "doc": _docs(d for d, *_ in group),
                     "detail": date, "weight": len(group)})
    frame = _frame(rows)
    frame["_kind"] = frame["kind"].map({k: i for i, k in enumerate(KINDS)})
    frame = frame.sort_values(["_kind", "key"], kind="mergesort").drop(columns="_kind")
    return frame.reset_index(drop=True).astype({**{c: "string" for c in TEXT_COLUMNS}, "weight": "int64"})


def compare_facts(previous: pd.DataFrame | None, current: pd.DataFrame) -> pd.DataFrame:
    """The facts added (in ``current`` only) and removed (in ``previous`` only).

    Returns:
        :data:`CHANGE_COLUMNS`, sorted by kind (documents first), change (what is no
        longer present first: the rarer and more surprising), then ``weight`` (mentions,
        reports or supporting documents; the words of a document) and text; ``doc`` is
        where the fact is (added) or was (removed).
    """
    if previous is None:
        return pd.DataFrame(columns=CHANGE_COLUMNS)
    old = previous.set_index(["kind", "key"])
    new = current.set_index(["kind", "key"])
    added = new.loc[new.index.difference(old.index)].reset_index().assign(change="added")
    removed = old.loc[old.index.difference(new.index)].reset_index().assign(change="removed")
    table = pd.concat([added, removed], ignore_index=True) if len(added) or len(removed) else pd.DataFrame(
        columns=CHANGE_COLUMNS)
    if table.empty:
        return pd.DataFrame(columns=CHANGE_COLUMNS)
    table["_kind"] = table["kind"].map({k: i for i, k in enumerate(KINDS)}).fillna(len(KINDS))
    table = table.sort_values(["_kind", "change", "weight", "text", "key"], ascending=[True, False, False, True, True],
                              kind="mergesort")
    return table[CHANGE_COLUMNS].reset_index(drop=True)


@dataclass
class Changes:
    """What changed since the previous build of a set."""

    first: bool
    table: pd.DataFrame
    facts: pd.DataFrame
    previous_documents: int = 0
    lost: str = ""  # why the previous build's facts could not be read (then ``first`` is True)

    @property
    def unchanged(self) -> bool:
        return not self.first and self.table.empty

    def counts(self) -> pd.DataFrame:
        """Added and removed facts per kind (every kind, zeros included)."""
        table = pd.crosstab(self.table["kind"], self.table["change"]) if len(self.table) else pd.DataFrame()
        table = table.reindex(index=list(KINDS), columns=["added", "removed"], fill_value=0).fillna(0).astype(int)
        table.index.name = "kind"
        table.columns.name = None
        return table.reset_index()

    def of(self, kind: str, change: str | None = None) -> pd.DataFrame:
        """The changes of one kind (and optionally one change)."""
        rows = self.table[self.table["kind"] == kind]
        if change is not None:
            rows = rows[rows["change"] == change]
        return rows.reset_index(drop=True)


def changes_since(previous: pd.DataFrame | None, ex) -> Changes:
    """What changed between the facts a previous build kept and the extraction ``ex``.

    Args:
        previous: the previous build's facts (:func:`toolkit.pipeline.store.load_facts`),
            or None on a set's first build.
        ex: the extraction of this build.
    """
    current = facts(ex)
    table = compare_facts(previous, current)
    before = 0 if previous is None else int((previous["kind"] == "document").sum())
    return Changes(first=previous is None, table=table, facts=current, previous_documents=before)
