"""The style every chart shares: page width, font sizes, colours by kind and by outlet, empty charts.

A figure is :data:`WIDTH` inches wide, the text width of the A4 page, and the briefing shows
it at that size, so a font size here is the size on paper: no text is smaller than
:data:`MIN_FONT` points. Names keep the colour of their kind (:func:`kind_of`,
:data:`KIND_COLOURS`); outlets take :data:`GROUP_COLOURS` in order. A chart with no data is a
figure saying so (:func:`_no_data`), never an exception. The charts are in
:mod:`toolkit.present.plots`.

Example:
    >>> kind_of("GPE"), KIND_COLOURS[kind_of("ORG")]
    ('Country/city', '#E69F00')
"""

from __future__ import annotations

import re

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

# spaCy's entity labels in the reader's words: the briefing's who's who decides them.
from toolkit.analysis.roster import KINDS

# One colour per kind, fixed so that a kind keeps its colour across charts and builds
# (colour-blind-safe Okabe–Ito palette).
KIND_COLOURS = {
    "Person": "#0072B2",
    "Organisation": "#E69F00",
    "Country/city": "#009E73",
    "Place": "#56B4E9",
    "Group": "#D55E00",
}
OTHER_KIND = "Other"
OTHER_COLOUR = "#7F7F7F"
MAX_LABEL = 34  # characters of an entity name shown on an axis before "…"
WIDTH = 6.8  # inches: about the text width of an A4 page with 18 mm margins, so PDF charts are not shrunk
MIN_FONT = 8.0  # points, at the size the briefing shows a chart: nothing smaller
FONT = 8.5  # labels and ticks
TITLE_FONT = 10.5
ROW = 0.2  # inches per row of a chart with one labelled row per item (8.5 pt text and a gap)


def kind_of(label) -> str:
    """The reader's word for an entity label: ``"GPE"`` → ``"Country/city"`` (a readable kind is kept)."""
    label = str(label)
    if label in KIND_COLOURS:
        return label
    return KINDS.get(label, OTHER_KIND)


def _colour(label) -> str:
    return KIND_COLOURS.get(kind_of(label), OTHER_COLOUR)


def _kind_legend(ax: Axes, labels, **where) -> None:
    """A legend of the kinds among ``labels``, in the fixed order of :data:`KIND_COLOURS`."""
    kinds = sorted({kind_of(lab) for lab in labels},
                   key=lambda k: (list(KIND_COLOURS).index(k) if k in KIND_COLOURS else len(KIND_COLOURS), k))
    ax.legend(handles=[Patch(color=_colour(k), label=k) for k in kinds], fontsize=FONT, frameon=False, **where)


def _shorten(name: str, limit: int = MAX_LABEL) -> str:
    name = re.sub(r"\s+", " ", str(name)).strip()
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """Return ``(figure, axes)``: the caller's axes, or a new constrained-layout figure."""
    if ax is not None:
        return ax.figure, ax
    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _title(ax: Axes, title: str, **options) -> None:
    ax.set_title(title, fontsize=TITLE_FONT, **options)


def _no_data(fig: Figure, ax: Axes, title: str) -> Figure:
    ax.set_axis_off()
    _title(ax, title)
    ax.text(0.5, 0.5, "no data", ha="center", va="center", fontsize=14, color=OTHER_COLOUR,
            transform=ax.transAxes)
    fig.alt_text = f"{title}: no data."
    return fig


def _non_empty(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame | None:
    """The frame when it has rows and the needed columns, else ``None``."""
    if frame is None or len(frame) == 0 or any(c not in frame.columns for c in columns):
        return None
    return frame


# The colours of outlets (or kinds of document), in the order they are drawn.
GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
