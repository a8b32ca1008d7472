"""The findings a briefing shows, in the order a reader wants them: the bottom line, the
developments and what comes next, who says what, where the sources differ, who's who.

One call, :func:`findings`, makes every table (toolkit.analysis.story, .voices, .roster);
each row carries the provenance of its fact (``doc``, ``start``, ``end``, ``sentence``), and
:meth:`Findings.cited` lists every fact the page links to, so that the "Source texts"
appendix anchors exactly those.

Example:
    >>> found = findings(ex, cmp, focus=params.focus, title=params.title)    # doctest: +SKIP
    >>> found.bottom_line[["date", "text"]]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from toolkit.analysis import roster as roster_mod
from toolkit.analysis import story, voices as voices_mod

CITED_COLUMNS = ["doc", "start", "end", "sentence"]


@dataclass
class Findings:
    """The briefing's story tables (see the module docstring)."""

    actors: dict[str, float]
    bottom_line: pd.DataFrame
    developments: pd.DataFrame
    next: pd.DataFrame
    voices: pd.DataFrame
    chorus: pd.DataFrame
    also_quoted: pd.DataFrame
    differences: pd.DataFrame
    roster: pd.DataFrame
    last_published: object = None
    focus: list[str] = field(default_factory=list)

    def quote_counts(self) -> dict[str, int]:
        """The quotation numbers, the same wherever the briefing gives them."""
        return voices_mod.quote_counts(self.voices)

    def cited(self) -> pd.DataFrame:
        """Every fact the page links to: one row per (doc, start), with its end and sentence."""
        frames = [self.bottom_line, self.developments, self.next, self.voices[self.voices["shown"]],
                  self.chorus, self.also_quoted, self.differences[self.differences["shown"].astype(bool)]]
        rows = pd.concat([f[CITED_COLUMNS] for f in frames if len(f)], ignore_index=True) \
            if any(len(f) for f in frames) else pd.DataFrame(columns=CITED_COLUMNS)
        rows = rows.dropna(subset=["doc", "start"])
        rows = rows.assign(start=rows["start"].astype(int), end=rows["end"].fillna(rows["start"]).astype(int))
        return rows.drop_duplicates(["doc", "start"]).sort_values(["doc", "start"], kind="mergesort") \
            .reset_index(drop=True)


def findings(extraction, comparison=None, *, focus: Iterable[str] = (), title: str | None = None) -> Findings:
    """Every story table of a set, from its extraction (and its outlet comparison)."""
    focus = list(focus)
    actors = story.central_actors(extraction, focus=focus)
    candidates = story.dated_sentences(extraction, actors, voices_mod.title_terms(title))
    _, last = story.publication_window(extraction.documents)
    table = voices_mod.voices(extraction, actors, focus=focus, title=title)
    differences = (voices_mod.differences(comparison, extraction.quotes) if comparison is not None
                   else pd.DataFrame(columns=["quote", "what", "text", "speaker", *CITED_COLUMNS, "shown"]))
    return Findings(actors=actors, bottom_line=story.bottom_line(candidates, last=last),
                    developments=story.developments(candidates, last=last),
                    next=story.whats_next(candidates, extraction, last=last), voices=table,
                    chorus=voices_mod.chorus_lines(table, extraction.documents),
                    also_quoted=voices_mod.also_quoted(table), differences=differences,
                    roster=roster_mod.roster(extraction, focus=focus,
                                             speakers=table.loc[table["confident"], "speaker"] if len(table) else ()),
                    last_published=last, focus=focus)
