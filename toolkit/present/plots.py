"""Charts for the briefing: who is mentioned, who appears with whom, and when.

Each function takes the data and an optional matplotlib ``ax`` and returns the
:class:`~matplotlib.figure.Figure` it drew on (:func:`plot_network` returns ``None`` when the
network would say nothing; see there). Figures are created with ``matplotlib.figure.Figure``
rather than ``pyplot`` so that nothing is left in pyplot's global state (the notebook's inline
backend would otherwise display every chart a second time) and so that the output depends only
on the data.

Legible at print size: a figure is :data:`WIDTH` inches wide, the text width of the A4 page,
and the briefing shows it at that size (:func:`toolkit.present.views.show_figure` gives its
width in CSS pixels), so a font size here is the size on paper. No text is smaller than
:data:`MIN_FONT` points, and labels are laid out so that none overlaps another: one row per
label where labels are long (dates, names), vertical labels where columns are narrow, fewer
tick labels where there are many (``tests/test_plots.py`` checks the text boxes).

Every figure carries a plain-text description in ``fig.alt_text`` (read by
:func:`toolkit.present.views.show_figure` for the image's alt text). Empty data gives a figure
saying "no data" rather than an exception.

The charts live in modules by family, all importable from here:
:mod:`toolkit.present.entity_charts` (mentions, co-occurrence, network),
:mod:`toolkit.present.time_charts` (timeline, coverage per day),
:mod:`toolkit.present.outlet_charts` (speakers by outlet, distinctive terms), on the shared
sizes and colours of :mod:`toolkit.present.chart_style`.
"""

from __future__ import annotations

# The charts live in modules by family; a notebook imports them all from here.
from toolkit.present.chart_style import (FONT, GROUP_COLOURS, KIND_COLOURS, KINDS, MAX_LABEL, MIN_FONT,  # noqa: F401
                                         OTHER_COLOUR, OTHER_KIND, ROW, TITLE_FONT, WIDTH, kind_of)
from toolkit.present.entity_charts import (MAX_MATRIX, plot_cooccurrence, plot_entity_mentions,  # noqa: F401
                                           plot_network, strong_links)
from toolkit.present.outlet_charts import plot_distinctive_terms, plot_speaker_outlets, top_speakers  # noqa: F401
from toolkit.present.time_charts import MAX_GROUPS, plot_coverage, plot_timeline  # noqa: F401
