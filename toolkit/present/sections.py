"""The briefing's story sections as escaped HTML, every fact linked to its source sentence.

The tables come from :mod:`toolkit.analysis.findings`; each row's ``doc`` and ``start``
name the fact, and :func:`fact_id` turns them into the id of its anchor in the "Source
texts" appendix (:func:`toolkit.present.appendix.show_source_texts`), which highlights the sentence. The links are
plain ``#id`` fragments: they work in the HTML and WeasyPrint turns them into the PDF's
internal links.

Example (a notebook cell)::

    sections.show_bottom_line(briefing)
"""

from __future__ import annotations

import html
import re

import pandas as pd
from IPython.display import HTML

from toolkit.core.text import strip_quote_marks
from toolkit.present.html_tables import _run

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MAX_QUOTE_WORDS = 60  # a longer quotation is cut (marked […]); the whole one is in its source text


def _e(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def _count(n: int, noun: str) -> str:
    """"1 quotation", "2 quotations": a count with its noun in the number it takes."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def doc_numbers(documents: pd.DataFrame) -> dict[str, int]:
    """Document id → its number in the "Source texts" appendix (1, 2, …, in the documents' order)."""
    return {doc: i + 1 for i, doc in enumerate(documents["id"])}


def fact_id(numbers: dict[str, int], doc: str, start) -> str:
    """The anchor id of the fact at ``start`` in ``doc``."""
    return f"s{numbers.get(doc, 0)}-{int(start)}"


def day_text(value, *, year: bool = False) -> str:
    """"2025-08-06" as "6 Aug" (with the year when asked); other values as they are."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return str(value or "")
    text = f"{int(match[3])} {MONTHS[int(match[2]) - 1]}"
    return f"{text} {match[1]}" if year else text


def _one_year(documents: pd.DataFrame) -> bool:
    years = {str(p)[:4] for p in documents.get("published", pd.Series(dtype=object)).dropna()}
    return len(years) <= 1


class Links:
    """How the page names and links documents and facts."""

    def __init__(self, documents: pd.DataFrame):
        self.numbers = doc_numbers(documents)
        self.year = not _one_year(documents)
        self.label = {}
        for record in documents.to_dict("records"):
            outlet = record.get("outlet") if isinstance(record.get("outlet"), str) else ""
            when = day_text(record.get("published"), year=self.year) if record.get("published") else ""
            name = ", ".join(p for p in (outlet.removeprefix("The "), when) if p) or str(record["id"])
            self.label[record["id"]] = f"{name} [{self.numbers[record['id']]}]"

    def day(self, value) -> str:
        return day_text(value, year=self.year)

    def days(self, values) -> str:
        """Several days in a few words: "15, 17 & 18 Aug"."""
        texts = [self.day(v) for v in values]
        months = {t.split(" ", 1)[1] if " " in t else t for t in texts}
        if len(texts) > 1 and len(months) == 1 and all(" " in t for t in texts):
            numbers = [t.split(" ", 1)[0] for t in texts]
            return f"{', '.join(numbers[:-1])} & {numbers[-1]} {months.pop()}"
        return " & ".join(texts)

    def fact(self, doc, start, text: str | None = None) -> str:
        """A link to the fact's sentence, labelled with ``text`` (default: its document's name)."""
        label = self.label.get(doc, str(doc)) if text is None else text
        return f'<a class="src" href="#{fact_id(self.numbers, doc, start)}">{_e(label)}</a>'

    def doc(self, doc) -> str:
        return f'<a class="src" href="#doc-{self.numbers.get(doc, 0)}">{_e(self.label.get(doc, doc))}</a>'


def _heading(text: str, ident: str, level: int = 2) -> str:
    return f'<h{level} id="{ident}">{html.escape(text)}</h{level}>'


def show_lede(briefing) -> HTML:
    """What the briefing covers, in one paragraph, and one line when the set changed."""
    ex, found = briefing.extraction, briefing.findings
    docs = ex.documents
    outlets = sorted({str(o) for o in docs.get("outlet", pd.Series(dtype=object)).dropna()})
    dates = sorted(str(d) for d in docs.get("published", pd.Series(dtype=object)).dropna())
    links = Links(docs)
    when = (f", published {links.day(dates[0])}" + (f" to {day_text(dates[-1], year=True)}" if dates[-1] != dates[0]
                                                     else f" {dates[0][:4]}")) if dates else ""
    counts = found.quote_counts()
    text = (f"{_count(len(docs), 'document')} from {', '.join(outlets) or 'unnamed outlets'}"
            f"{when}; {_count(counts['all'], 'quotation')}, {_count(int(found.roster['confident'].sum()), 'name')} "
            "the extraction is confident of. Every date, event and quotation links to its sentence in “Source texts” "
            "at the end.")
    parts = [f'<p class="lede">{html.escape(text)}</p>']
    changed = briefing.changes
    if not changed.first and not changed.unchanged:
        table = changed.counts()
        added, removed = int(table["added"].sum()), int(table["removed"].sum())
        parts.append(f'<p class="changed">Changed since the last build: {_count(added, "new fact")}, {removed} no '
                     'longer present (see <a href="#what-changed">What changed</a>).</p>')
    if ex.skipped is not None and len(ex.skipped):
        parts.append(f'<p class="note">{_count(len(ex.skipped), "file")} skipped or shortened: see '
                     '<a href="#provenance">Provenance</a>.</p>')
    return HTML("".join(parts))


def show_bottom_line(briefing) -> HTML:
    """Bottom line: the key developments, dated, each linked to its sentence and its sources."""
    found, links = briefing.findings, Links(briefing.extraction.documents)
    rows = found.bottom_line
    if rows.empty:
        return HTML(_heading("Bottom line", "bottom-line") +
                    '<p class="empty">No dated development could be told with confidence: see Who says what.</p>')
    items = []
    for record in rows.to_dict("records"):
        days = links.days(str(record.get("dates") or record["date"]).split("; "))
        others = [d for d in str(record["sources"]).split("; ") if d and d != record["doc"]]
        also = "".join(f"; {links.doc(d)}" for d in others[:3])
        more = f"; and {len(others) - 3} more" if len(others) > 3 else ""
        items.append(f'<li><strong>{links.fact(record["doc"], record["start"], days)}</strong> '
                     f'{_run(_e(record["text"]))} <span class="source">({links.fact(record["doc"], record["start"])}'
                     f"{also}{more})</span></li>")
    return HTML(_heading("Bottom line", "bottom-line") + f'<ul class="bottom-line">{"".join(items)}</ul>')


def show_developments(briefing) -> HTML:
    """Developments day by day, then what's next (deadlines and meetings after the last publication)."""
    found, links = briefing.findings, Links(briefing.extraction.documents)
    parts = [_heading("Developments", "developments")]
    rows = found.developments
    if rows.empty:
        parts.append('<p class="empty">No dated development found.</p>')
    else:
        parts.append('<dl class="days">')
        for day, group in rows.groupby("date", sort=True):
            parts.append(f"<dt>{_e(links.day(day))}</dt>")
            for record in group.to_dict("records"):
                also = [links.day(d) for d in str(record.get("dates") or "").split("; ")[1:] if d]
                note = f' <span class="source">(also {_e(", ".join(also))})</span>' if also else ""
                parts.append(f'<dd>{_run(_e(record["text"]))}{note} <span class="source">'
                             f'{links.fact(record["doc"], record["start"])}</span></dd>')
        parts.append("</dl>")
    nxt = found.next
    last = found.last_published
    parts.append(_heading("What's next", "whats-next", 3))
    if nxt.empty:
        after = f" after {day_text(str(last), year=True)}" if last else ""
        parts.append(f'<p class="empty">No deadline or scheduled meeting{_e(after)} is named in the sources.</p>')
    else:
        items = []
        for record in nxt.to_dict("records"):
            when = links.day(record["date"]) if record["granularity"] == "day" else \
                f"week of {links.day(record['date'])}"
            items.append(f'<li><strong>{links.fact(record["doc"], record["start"], when)}</strong> '
                         f'{_run(_e(record["text"]))} <span class="source">(set by {_e(record["set_by"])}; '
                         f'{links.fact(record["doc"], record["start"])})</span></li>')
        parts.append(f'<ul class="next">{"".join(items)}</ul>')
    return HTML("".join(parts))


def _clip_words(text: str, limit: int = MAX_QUOTE_WORDS) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]) + " […]"


def _in_context(text: str, sentence: str) -> str:
    """A short quotation inside its sentence, the quoted words in bold."""
    sentence = " ".join(str(sentence).split())
    core = strip_quote_marks(str(text)).strip(" ,.;:")
    at = sentence.find(core) if core else -1
    if at < 0:
        return f"“{_e(core)}” <span class=\"note\">in: {_e(_clip_words(sentence, 40))}</span>"
    return (f"{_e(sentence[:at])}<strong>{_e(core)}</strong>{_e(sentence[at + len(core):])}")


def _quote_html(record: dict, links: Links, *, speaker: bool = False) -> str:
    if record["short"]:
        body = _in_context(record["text"], record["sentence"])
    else:
        body = f"“{_e(_clip_words(strip_quote_marks(str(record['text']))))}”"
    who = f"{_e(record['speaker'])} · " if speaker else ""
    relay = record.get("relayed_by")
    told = f"as told by {_e(relay)} · " if isinstance(relay, str) and relay else ""
    return f'<li>{_run(body)} <span class="source">— {who}{told}{links.fact(record["doc"], record["start"])}</span></li>'


def show_voices(briefing) -> HTML:
    """Who says what: the principal speakers (focus first), their most relevant quotations,
    round-ups folded into one line, the other speakers in one line, and the counts."""
    found, links = briefing.findings, Links(briefing.extraction.documents)
    table = found.voices
    counts = found.quote_counts()
    parts = [_heading("Who says what", "who-says-what")]
    if table.empty:
        parts.append('<p class="empty">No quotations found.</p>')
        return HTML("".join(parts))
    principal = table[table["role"] == "principal"]
    for speaker, group in principal.groupby("speaker", sort=False):
        shown = group[group["shown"]]
        focus = " focus" if speaker in found.focus else ""
        parts.append(f'<div class="voice{focus}"><p class="speaker"><strong>{_e(speaker)}</strong> '
                     f'<span class="source">{len(group)} quotation{"s" if len(group) != 1 else ""}'
                     f'{f", {len(shown)} shown" if len(shown) < len(group) else ""}</span></p>'
                     f'<ul class="quotes">{"".join(_quote_html(r, links) for r in shown.to_dict("records"))}</ul>'
                     "</div>")
    silent = [name for name in found.focus if name not in set(principal["speaker"])]
    if silent:
        parts.append(f'<p class="also">Not quoted directly in these sources: {_e(", ".join(silent))} '
                     "(focus of this briefing).</p>")
    for record in found.chorus.to_dict("records"):
        names = record["names"].split("; ")
        title = f"“{record['title']}”" if isinstance(record.get("title"), str) and record["title"] else "one document"
        shown_names = ", ".join(names[:4]) + (f" and {len(names) - 4} others" if len(names) > 4 else "")
        parts.append(f'<p class="chorus">{record["speakers"]} more voices in {_e(title)} '
                     f"({links.doc(record['doc'])}), {record['quotes']} quotations: {_e(shown_names)}. For example, "
                     f"{_e(record['speaker'])}: “{_e(_clip_words(strip_quote_marks(str(record['text'])), 25))}” "
                     f'{links.fact(record["doc"], record["start"], "→ source")}. All in '
                     '<a href="data/voices.csv">data/voices.csv</a>.</p>')
    folded = table.loc[table["role"] == "chorus", "doc"].nunique() - len(found.chorus)
    if folded > 0:
        parts.append(f'<p class="also">{folded} more round-up{"s" if folded != 1 else ""} of reactions, '
                     'with all their speakers, are in <a href="data/voices.csv">data/voices.csv</a>.</p>')
    also = found.also_quoted
    if len(also):
        names = "; ".join(f'{links.fact(r["doc"], r["start"], r["speaker"])} ({r["quotes"]})'
                          for r in also.to_dict("records"))
        others = table.loc[table["role"] == "other", "speaker"].nunique() - len(also)
        more = f"; and {others:,} others quoted less often" if others > 0 else ""
        parts.append(f'<p class="also">Also quoted: {names}{more}.</p>')
    hidden = counts["all"] - counts["shown"]
    parts.append(f'<p class="note">{counts["all"]} quotations in all: {counts["shown"]} shown above, {hidden} not '
                 f'shown ({counts["chorus"]} in round-ups, {counts["uncertain"]} without a confident speaker); '
                 'every one is in <a href="data/voices.csv">data/voices.csv</a>, with why it is not shown.</p>')
    return HTML("".join(parts))


def show_differences(briefing) -> HTML:
    """Where sources differ: quotations worded or attributed differently (nothing when none);
    the most telling few (see :func:`toolkit.analysis.voices.differences`), every one in the CSV."""
    found, links = briefing.findings, Links(briefing.extraction.documents)
    rows = found.differences
    if rows.empty:
        return HTML("")
    parts = [_heading("Where sources differ", "where-sources-differ")]
    shown = rows["shown"].astype(bool)
    for quote, group in rows[shown].groupby("quote", sort=False):
        what = group["what"].iloc[0]
        items = ""
        for r in group.to_dict("records"):
            who = r["speaker"] if isinstance(r["speaker"], str) else "unattributed"
            words = _clip_words(strip_quote_marks(str(r["text"])), 40)
            items += (f'<li>{_run(f"{_e(who)}: “{_e(words)}”")} '
                      f'<span class="source">{links.fact(r["doc"], r["start"])}</span></li>')
        every = rows[rows["quote"] == quote]
        more = len(every) - len(group)
        if more:
            items += f'<li class="more">and {more} more report{"s" if more != 1 else ""} of it</li>'
        parts.append(f'<div class="difference"><p><strong>The {_e(what)} differ{"s" if " and " not in what else ""}'
                     f"</strong> between {every['doc'].nunique()} documents:</p><ul>{items}</ul></div>")
    hidden = rows["quote"].nunique() - rows.loc[shown, "quote"].nunique()
    if hidden:
        parts.append(f'<p class="note">{rows["quote"].nunique():,} quotations are worded or attributed differently: '
                     f'the {rows.loc[shown, "quote"].nunique()} most telling are shown (different speakers named, then '
                     f'the most outlets and documents); all of them, with every report, are in '
                     '<a href="data/differences.csv">data/differences.csv</a>.</p>')
    return HTML("".join(parts))


def show_who(briefing, *, max_rows: int = 20) -> HTML:
    """Who's who: the confident names, focus first, in a compact table; the rest in data/who.csv."""
    found = briefing.findings
    table = found.roster
    sure = table[table["confident"]]
    parts = [_heading("Who's who", "whos-who")]
    if sure.empty:
        parts.append('<p class="empty">No name was found with confidence.</p>')
        return HTML("".join(parts))
    rows = []
    for record in sure.head(max_rows).to_dict("records"):
        aliases = [a for a in str(record["aliases"]).split("; ") if a and a != record["name"]]
        also = ", ".join(aliases[:3]) + (" …" if len(aliases) > 3 else "")
        cls = ' class="focus"' if record["focus"] else ""
        rows.append(f'<tr{cls}><td>{_e(record["name"])}</td><td class="short">{_e(record["kind"])}</td>'
                    f'<td class="num">{record["documents"]}</td><td class="num">{record["mentions"]}</td>'
                    f"<td>{_e(also)}</td></tr>")
    parts.append('<div class="table-wrap"><table class="briefing-table who"><thead><tr><th>Name</th><th>Kind</th>'
                 '<th class="num">Documents</th><th class="num">Mentions</th><th>Also written</th></tr></thead>'
                 f'<tbody>{"".join(rows)}</tbody></table></div>')
    more = len(sure) - min(len(sure), max_rows)
    unsure = len(table) - len(sure)
    parts.append(f'<p class="note">{min(len(sure), max_rows)} of {len(sure)} confident names shown; {more} more, and '
                 f'{unsure} names not confident enough for this page (named once, only in picture credits, not '
                 'a readable name, not a person, organisation, group or place), are in '
                 '<a href="data/who.csv">data/who.csv</a> with their flag.</p>')
    return HTML("".join(parts))


MIN_COMPARE_WORDS = 1500  # each side of a comparison of wording needs this much text


def show_distinctive_terms(briefing) -> HTML:
    """Distinctive terms per outlet (or kind), only when every side has enough text to compare."""
    from toolkit.present.views import show_terms

    cmp = briefing.comparison
    parts = [_heading("Distinctive terms", "distinctive-terms", 3)]
    coverage = cmp.coverage
    key = "kind" if cmp.group_by == "kind" else "outlet"
    words = coverage.groupby(key)["words"].sum() if len(coverage) and key in coverage else pd.Series(dtype=int)
    if len(words) < 2:
        parts.append('<p class="note">One outlet, one kind of document: nothing to compare.</p>')
    elif words.min() < MIN_COMPARE_WORDS:
        said = ", ".join(f"{name} {int(n):,}" for name, n in words.sort_values().items())
        parts.append(f'<p class="note">Not compared: each side needs {MIN_COMPARE_WORDS:,} words to tell its wording '
                     f"apart (words: {_e(said)}).</p>")
    else:
        parts.append(show_terms(cmp.terms, cmp).data)
    return HTML("".join(parts))
