"""Charts for the briefing: who is mentioned, who appears with whom, and when.

Each function takes the data and an optional matplotlib ``ax`` and returns the
:class:`~matplotlib.figure.Figure` it drew on. Figures are created with
``matplotlib.figure.Figure`` rather than ``pyplot`` so that nothing is left in
pyplot's global state (the notebook's inline backend would otherwise display every
chart a second time) and so that the output depends only on the data.

Every figure carries a plain-text description in ``fig.alt_text`` (read by
:func:`toolkit.report.show_figure` for the image's alt text). Empty data gives a figure
saying "no data" rather than an exception.
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

# One colour per entity label, fixed so that a label keeps its colour across charts
# and builds (colour-blind-safe Okabe–Ito palette).
LABEL_COLOURS = {
    "PERSON": "#0072B2",
    "ORG": "#E69F00",
    "GPE": "#009E73",
    "LOC": "#56B4E9",
    "FAC": "#CC79A7",
    "NORP": "#D55E00",
}
OTHER_COLOUR = "#7F7F7F"
MAX_LABEL = 34  # characters of an entity name shown on an axis before "…"
WIDTH = 6.8  # inches: about the text width of an A4 page with 18 mm margins, so PDF charts are not shrunk


def _shorten(name: str, limit: int = MAX_LABEL) -> str:
    name = re.sub(r"\s+", " ", str(name)).strip()
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _figure(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """Return ``(figure, axes)``: the caller's axes, or a new constrained-layout figure."""
    if ax is not None:
        return ax.figure, ax
    fig = Figure(figsize=size, layout="constrained")
    return fig, fig.add_subplot()


def _no_data(fig: Figure, ax: Axes, title: str) -> Figure:
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, "no data", ha="center", va="center", fontsize=14, color=OTHER_COLOUR,
            transform=ax.transAxes)
    fig.alt_text = f"{title}: no data."
    return fig


def _colour(label) -> str:
    return LABEL_COLOURS.get(str(label), OTHER_COLOUR)


def plot_entity_mentions(entities: pd.DataFrame, *, top: int = 15, ax: Axes | None = None) -> Figure:
    """Horizontal bars of the most-mentioned entities, coloured by entity label.

    Args:
        entities: a frame with columns ``name``, ``label`` and ``mentions``.
        top: how many entities to show.
        ax: axes to draw on; a new figure when omitted.

    Returns:
        The figure drawn on.
    """
    title = "Most-mentioned names"
    data = _non_empty(entities, ["name", "label", "mentions"])
    n_rows = 0 if data is None else min(top, len(data))
    fig, ax = _figure(ax, (WIDTH, 1.2 + 0.32 * max(n_rows, 3)))
    if data is None or n_rows == 0:
        return _no_data(fig, ax, title)
    # Ties broken by name so that the order never depends on the input's row order.
    data = data.assign(mentions=pd.to_numeric(data["mentions"], errors="coerce").fillna(0).astype(int))
    data = data.sort_values(["mentions", "name"], ascending=[False, True], kind="mergesort").head(top)
    data = data.iloc[::-1]  # barh draws bottom-up; the most mentioned goes on top
    colours = [_colour(label) for label in data["label"]]
    ypos = range(len(data))
    ax.barh(ypos, data["mentions"], color=colours, height=0.7)
    ax.set_yticks(list(ypos), [_shorten(n) for n in data["name"]])
    ax.set_xlabel("mentions")
    ax.set_title(title)
    for y, value in zip(ypos, data["mentions"]):
        ax.annotate(str(value), (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=8)
    ax.margins(x=0.08)
    ax.spines[["top", "right"]].set_visible(False)
    labels = sorted(set(map(str, data["label"])), key=lambda lab: (lab not in LABEL_COLOURS, lab))
    ax.legend(handles=[Patch(color=_colour(lab), label=lab) for lab in labels], loc="lower right",
              fontsize=8, frameon=False)
    ranked = data.iloc[::-1]
    listed = ", ".join(f"{n} ({m})" for n, m in zip(ranked["name"], ranked["mentions"]))
    fig.alt_text = f"Bar chart of the {len(data)} most-mentioned names, with their mention counts: {listed}."
    return fig


def plot_cooccurrence(matrix: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
    """Heatmap of how often two entities appear together (a square entity × entity frame).

    Args:
        matrix: a square frame of counts whose index and columns are the same names.
        ax: axes to draw on; a new figure when omitted.

    Returns:
        The figure drawn on.
    """
    title = "Who appears with whom"
    size = 0 if matrix is None else min(len(matrix.index), len(matrix.columns))
    fig, ax = _figure(ax, (WIDTH, WIDTH * 0.85))
    if size == 0:
        return _no_data(fig, ax, title)
    values = matrix.iloc[:size, :size].apply(pd.to_numeric, errors="coerce").fillna(0).to_numpy(dtype=float, copy=True)
    for i in range(size):
        values[i, i] = float("nan")  # an entity "with itself" would dominate the colour scale
    cmap = colormaps["Blues"].with_extremes(bad="#eeeeee")
    image = ax.imshow(values, cmap=cmap, vmin=0, aspect="equal", interpolation="nearest")
    names = [_shorten(n, 24) for n in matrix.index[:size]]
    ax.set_xticks(range(size), names, rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(size), names, fontsize=8)
    peak = max((v for v in values.flat if v == v), default=0)
    for i in range(size):
        for j in range(size):
            v = values[i, j]
            if v == v and v > 0:
                ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=7,
                        color="white" if v > peak * 0.6 else "black")
    ax.set_title(title)
    colorbar = fig.colorbar(image, ax=ax, shrink=0.7, label="shared sentences")
    colorbar.locator = MaxNLocator(integer=True)  # counts: no "2.5 sentences" tick
    colorbar.update_ticks()
    pairs = sorted(((values[i, j], matrix.index[i], matrix.columns[j]) for i in range(size)
                    for j in range(i + 1, size) if values[i, j] == values[i, j] and values[i, j] > 0),
                   key=lambda p: (-p[0], str(p[1]), str(p[2])))[:5]
    strongest = "; ".join(f"{a} with {b} ({v:g})" for v, a, b in pairs) or "no pair appears together"
    fig.alt_text = f"Heatmap of how often {size} names appear together. Strongest pairs: {strongest}."
    return fig


def _to_date(value) -> dt.date | None:
    """Read ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (a month or year is placed at its start)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or "").strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _date_label(value: str) -> str:
    """``2025-08-06`` → ``6 Aug 2025``; ``2025-08`` → ``Aug 2025``; ``2025`` → ``2025``."""
    day = _to_date(value)
    parts = str(value).strip().count("-")
    if day is None:
        return str(value)
    return {0: f"{day.year}", 1: day.strftime("%b %Y")}.get(parts, f"{day.day} {day.strftime('%b %Y')}")


def plot_timeline(timeline: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
    """Stems of the dates the articles refer to, in order, with how many expressions name each.

    Dates are spaced evenly rather than to scale: a briefing mixes "in 2021" with
    "on Friday", and a true time axis would crush the recent days into one point.

    Args:
        timeline: a frame with columns ``date`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)
            and ``expression``.
        ax: axes to draw on; a new figure when omitted.

    Returns:
        The figure drawn on.
    """
    title = "Dates referred to"
    fig, ax = _figure(ax, (WIDTH, 3.4))
    data = _non_empty(timeline, ["date"])
    if data is not None:
        data = data.assign(key=[str(v).strip() for v in data["date"]])
        data = data[[_to_date(k) is not None for k in data["key"]]]
    if data is None or data.empty:
        return _no_data(fig, ax, title)
    if "expression" not in data:
        data = data.assign(expression="")
    # A year sorts before the months and days inside it (key length breaks the tie).
    keys = sorted(set(data["key"]), key=lambda k: (_to_date(k), len(k)))
    counts = [int((data["key"] == k).sum()) for k in keys]
    expressions = [sorted(set(map(str, data.loc[data["key"] == k, "expression"]))) for k in keys]
    xs = list(range(len(keys)))
    colour = LABEL_COLOURS["PERSON"]
    ax.vlines(xs, 0, counts, color=colour, linewidth=2)
    ax.plot(xs, counts, "o", color=colour)
    for x, count, exprs in zip(xs, counts, expressions):
        label = _shorten(", ".join(exprs[:2]) + (" …" if len(exprs) > 2 else ""), 26)
        ax.annotate(label, (x, count), xytext=(0, 6), textcoords="offset points", ha="left",
                    fontsize=7, rotation=35, rotation_mode="anchor")
    ax.set_xticks(xs, [_date_label(k) for k in keys], rotation=35 if len(keys) > 6 else 0,
                  ha="right" if len(keys) > 6 else "center", fontsize=8)
    ax.set_xlim(-0.7, len(keys) - 0.3)
    ax.set_ylim(0, max(counts) * 1.6 + 0.6)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("expressions")
    ax.set_xlabel("dates in order (not to scale)", fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    listed = "; ".join(f"{_date_label(k)} ({c})" for k, c in zip(keys, counts))
    fig.alt_text = f"Timeline of {len(keys)} dates the articles refer to, in order, with how often: {listed}."
    return fig


def _non_empty(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame | None:
    """The frame when it has rows and the needed columns, else ``None``."""
    if frame is None or len(frame) == 0 or any(c not in frame.columns for c in columns):
        return None
    return frame
