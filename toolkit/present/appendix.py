"""The briefing's appendix: the source texts, each cited sentence highlighted under the anchor its
links land on, and the provenance of every source, the params and the software.

A small set prints every document whole; a large one (see :func:`whole_texts`) only the documents the
page links to, and of each only the paragraphs it cites.

Example (a notebook cell)::

    appendix.show_source_texts(briefing)
"""

from __future__ import annotations

import re

import pandas as pd
from IPython.display import HTML

from toolkit.present.sections import Links, _e, _heading


def _sentence_span(text: str, start: int, end: int, sentence) -> tuple[int, int]:
    """Where the fact's sentence is in the document's text (the fact's own span if not found)."""
    sentence = str(sentence or "")
    if sentence:
        at = text.find(sentence, max(0, start - len(sentence)), end + len(sentence))
        if at >= 0 and at <= start < at + len(sentence):
            return at, at + len(sentence)
        head = sentence[:60]
        at = text.rfind(head, max(0, start - len(sentence)), start + len(head))
        if at >= 0:
            return at, max(at + len(sentence), end)
    return start, max(end, start + 1)


def source_marks(text: str, facts: pd.DataFrame, number: int) -> tuple[list[tuple[int, int]], dict[int, list[str]]]:
    """The sentences to highlight (merged spans) and the anchors to place (offset → ids)."""
    spans, anchors = [], {}
    for record in facts.to_dict("records"):
        start, end = int(record["start"]), int(record["end"])
        s, e = _sentence_span(text, start, end, record.get("sentence"))
        spans.append((s, e))
        anchors.setdefault(s, []).append(f"s{number}-{start}")
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [tuple(m) for m in merged], anchors


def _render_text(text: str, lo: int, hi: int, spans, anchors) -> str:
    """``text[lo:hi]`` as paragraphs, the cited sentences in <mark>, each fact's anchor before its sentence."""
    cuts = {lo, hi}
    for s, e in spans:
        cuts.update(x for x in (s, e) if lo <= x <= hi)
    cuts.update(x for x in anchors if lo <= x <= hi)
    for match in re.finditer(r"\n\s*", text[lo:hi]):
        cuts.update((lo + match.start(), lo + match.end()))
    points = sorted(cuts)
    out = ["<p>"]
    for a, b in zip(points, points[1:]):
        for ident in anchors.get(a, ()):
            out.append(f'<a class="anchor" id="{ident}"></a>')
        piece = text[a:b]
        if not piece.strip() and "\n" in piece:
            out.append("</p><p>")
            continue
        marked = any(s <= a and b <= e for s, e in spans)
        out.append(f'<mark>{_e(piece)}</mark>' if marked else _e(piece))
    out.append("</p>")
    return "".join(out).replace("<p></p>", "")


# A set this small prints every document whole in "Source texts" and lists every one under
# Provenance; a larger set (a corpus of hundreds of documents would print thousands of PDF
# pages) prints only the paragraphs the page cites, and lists only the documents it links to.
WHOLE_TEXTS_MAX_DOCUMENTS = 40
WHOLE_TEXTS_MAX_WORDS = 100_000


def whole_texts(documents: pd.DataFrame) -> bool:
    """Whether the appendix prints every document whole (else only what the page cites)."""
    words = pd.to_numeric(documents.get("words", pd.Series(dtype=float)), errors="coerce").fillna(0).sum()
    return len(documents) <= WHOLE_TEXTS_MAX_DOCUMENTS and words <= WHOLE_TEXTS_MAX_WORDS


def linked_documents(findings) -> set[str]:
    """The documents the page links to: those of the facts it cites, and the other sources
    the bottom line and the chorus lines name."""
    docs = set(findings.cited()["doc"])
    for sources in findings.bottom_line.get("sources", pd.Series(dtype=object)):
        docs.update([d for d in str(sources).split("; ") if d][:4])
    docs.update(findings.chorus.get("doc", pd.Series(dtype=object)).dropna())
    return docs


def _paragraph_ranges(text: str, lo: int, hi: int, spans) -> list[tuple[int, int]]:
    """The paragraphs (lines of the text) that hold the cited sentences, merged, within lo..hi."""
    ranges: list[list[int]] = []
    for s, e in spans or [(lo, lo)]:
        a = max(lo, text.rfind("\n", 0, s) + 1)
        b = text.find("\n", max(e - 1, a))
        b = min(hi, len(text) if b < 0 else b)
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    return [tuple(r) for r in ranges]


def show_source_texts(briefing) -> HTML:
    """The "Source texts" appendix: every document's text, the sentences the briefing cites
    highlighted and anchored, so that each link of the page lands on its sentence. A large set
    (see :func:`whole_texts`) shows only the documents the page links to, and of each only the
    paragraphs it cites (its first paragraph when it cites none)."""
    docs = {d.id: d for d in briefing.sources.documents}
    documents = briefing.extraction.documents
    links = Links(documents)
    cited = briefing.findings.cited()
    by_doc = {doc: rows for doc, rows in cited.groupby("doc", sort=False)}
    whole = whole_texts(documents)
    shown = None if whole else linked_documents(briefing.findings)
    note = ("Each document as read; the sentences the briefing cites are highlighted." if whole else
            f"This set is large ({len(documents):,} documents): shown are the {len(shown):,} documents the briefing "
            "links to, each with the paragraphs it cites (highlighted); every document is listed in "
            '<a href="data/documents.csv">data/documents.csv</a> and is whole in the set\'s folder under seeds/.')
    parts = [_heading("Source texts", "source-texts"), f'<p class="note">{note}</p>']
    for record in documents.to_dict("records"):
        doc = docs.get(record["id"])
        if doc is None or (shown is not None and record["id"] not in shown):
            continue
        number = links.numbers[record["id"]]
        title = record.get("title") if isinstance(record.get("title"), str) else record["id"]
        url = record.get("url") if isinstance(record.get("url"), str) else ""
        link = (f' · <a href="{_e(url)}">{_e(url)}</a>' if url.startswith(("http://", "https://"))
                else f" · {_e(url)}" if url else "")
        facts = by_doc.get(record["id"], pd.DataFrame(columns=["start", "end", "sentence"]))
        spans, anchors = source_marks(doc.text, facts, number)
        lo = min([doc.body_start, *(s for s, _ in spans), *anchors])
        hi = max([doc.body_end or len(doc.text), *(e for _, e in spans)])
        if whole:
            body = _render_text(doc.text, lo, hi, spans, anchors)
        else:
            ranges = _paragraph_ranges(doc.text, lo, hi, spans)
            gap = '<p class="gap">[…]</p>'
            body = ((gap if doc.text[lo:ranges[0][0]].strip() else "")
                    + gap.join(_render_text(doc.text, a, b, spans, anchors) for a, b in ranges)
                    + (gap if doc.text[ranges[-1][1]:hi].strip() else ""))
        parts.append(f'<section class="source-text"><h3 id="doc-{number}">[{number}] {_e(title)}</h3>'
                     f'<p class="source">{_e(links.label[record["id"]].rsplit(" [", 1)[0])}{link}</p>'
                     f"{body}</section>")
    return HTML("".join(parts))


def show_provenance(briefing) -> HTML:
    """Provenance in a few lines: each source (number, outlet, date, words, file, SHA-256
    prefix; the full hashes are in data/documents.csv and .build.json), the files skipped,
    the params and the software."""
    from toolkit.core.paths import relative_to_seeds
    from toolkit.present.views import _params_rows, show_table, versions

    ex, params = briefing.extraction, briefing.params
    links = Links(ex.documents)
    shown = None if whole_texts(ex.documents) else linked_documents(briefing.findings)
    rows = []
    for record in ex.documents.to_dict("records"):
        if shown is not None and record["id"] not in shown:
            continue
        number = links.numbers[record["id"]]
        url = record.get("url") if isinstance(record.get("url"), str) else ""
        name = _e(relative_to_seeds(record["path"]))
        # Only a web address is a link; any other "url" is shown as the text it is.
        file = (f'<a href="{_e(url)}">{name}</a>' if url.startswith(("http://", "https://"))
                else f"{name} {_e(url)}".strip())
        rows.append(f'<tr><td class="num"><a href="#doc-{number}">[{number}]</a></td>'
                    f'<td>{_e(record.get("outlet"))}</td><td class="short">{_e(record.get("published"))}</td>'
                    f'<td class="num">{_e(record.get("words"))}</td><td class="file">{file}</td>'
                    f'<td class="short"><code>{_e(str(record.get("sha256") or "")[:12])}</code></td></tr>')
    parts = ['<div class="table-wrap"><table class="briefing-table provenance"><caption>Sources</caption><thead><tr>'
             '<th class="num">#</th><th>Outlet</th><th>Published</th><th class="num">Words</th><th>File under '
             'seeds/ (linked to its URL)</th><th>SHA-256</th></tr></thead>'
             f'<tbody>{"".join(rows)}</tbody></table></div>']
    if shown is not None:
        parts.append(f'<p class="note">{len(rows):,} of {len(ex.documents):,} documents listed: those the briefing links '
                     'to. All of them, with their full SHA-256, are in <a href="data/documents.csv">'
                     "data/documents.csv</a>.</p>")
    if len(ex.skipped):
        skipped = ex.skipped.assign(file=[relative_to_seeds(p) for p in ex.skipped["path"]])
        parts.append(show_table(skipped, {"file": "file", "reason": "reason"}, max_rows=None,
                                caption="Skipped or shortened files").data)
    said = "; ".join(f"{_e(k)}: {_e(v)}" for k, v in _params_rows(params) if k not in ("title",))
    parts.append(f'<p class="note">Params: {said}.</p>')
    software = ", ".join(f"{_e(k)} {_e(v)}" for k, v in sorted(versions(ex).items()))
    parts.append(f'<p class="note">Software: {software}. The full SHA-256 of every input and output, and every '
                 "package's version, are in <code>.build.json</code> beside this briefing.</p>")
    return HTML("".join(parts))
