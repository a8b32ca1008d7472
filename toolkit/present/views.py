"""Notebook-facing display helpers: DataFrames to escaped HTML, charts to images with alt text.

Article text is data, never markup: every value that reaches the briefing goes through
:func:`html.escape`, so a quote holding ``<script>`` shows as text. Each ``show_*``
function returns an :class:`IPython.display.HTML` object, so it can be a cell's last
expression.

The helpers live in modules by concern and are all importable from here:
:mod:`toolkit.present.html_tables` (any table, its first rows with a link to the CSV, document
labels), :mod:`toolkit.present.listings` (key sentences, quotations, events, names, dates,
terms, speakers), :mod:`toolkit.present.notes` (the overview, the coverage, what changed, the
appendix) and :mod:`toolkit.present.figures` (charts as PNG with alt text).

Example (a notebook cell)::

    report.show_table(ex.entities, columns={"name": "Name", "mentions": "Mentions"}, max_rows=20)
"""

from __future__ import annotations

# The helpers live in modules by concern; a notebook imports them all from here.
from toolkit.present.figures import PNG_DPI, Figure, show_figure, show_terms_chart  # noqa: F401
from toolkit.present.html_tables import document_labels, show_heading, show_table, show_top  # noqa: F401
from toolkit.present.listings import (SHARED_FIRST_WORDS, show_entities, show_events,  # noqa: F401
                                      show_merged_timeline, show_quote_groups, show_quotes, show_speakers,
                                      show_summary, show_terms)
from toolkit.present.notes import (LARGE_SET, _params_rows, overview, provenance_table, show_changes,  # noqa: F401
                                   show_coverage, versions)
