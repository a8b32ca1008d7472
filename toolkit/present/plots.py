"""Charts for the briefing: who is mentioned, who appears with whom, and when.

Each function takes the data and an optional matplotlib ``ax`` and returns the
:class:`~matplotlib.figure.Figure` it drew on. Figures are created with
``matplotlib.figure.Figure`` rather than ``pyplot`` so that nothing is left in
pyplot's global state (the notebook's inline backend would otherwise display every
chart a second time) and so that the output depends only on the data.

Every figure carries a plain-text description in ``fig.alt_text`` (read by
:func:`toolkit.present.views.show_figure` for the image's alt text). Empty data gives a figure
saying "no data" rather than an exception.
"""

from __future__ import annotations

import datetime as dt
import math
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


def plot_timeline(timeline: pd.DataFrame, *, top: int = 25, ax: Axes | None = None) -> Figure:
    """Stems of the dates the articles refer to, in order, with how many expressions name each.

    Dates are spaced evenly rather than to scale: a briefing mixes "in 2021" with
    "on Friday", and a true time axis would crush the recent days into one point.

    Args:
        timeline: a frame with columns ``date`` (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)
            and ``expression``.
        top: with more dates than this, only the ``top`` most referred to are drawn (a
            set of many documents names hundreds; the tables hold them all).
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
    every = len(keys)
    if every > top:
        frequency = data["key"].value_counts()
        kept = set(sorted(keys, key=lambda k: (-int(frequency[k]), _to_date(k), len(k)))[:top])
        keys = [k for k in keys if k in kept]
        title = f"Dates referred to most ({len(keys)} of {every})"
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
    shown = f"{len(keys)} dates" if every == len(keys) else f"the {len(keys)} most frequent of {every} dates"
    fig.alt_text = f"Timeline of {shown} the articles refer to, in order, with how often: {listed}."
    return fig


def _non_empty(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame | None:
    """The frame when it has rows and the needed columns, else ``None``."""
    if frame is None or len(frame) == 0 or any(c not in frame.columns for c in columns):
        return None
    return frame


# ---------------------------------------------------------------- multi-source charts

GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
MAX_GROUPS = 7  # outlets drawn in their own colour; the rest are "other outlets"


def _bin_dates(dates: list[dt.date]) -> tuple[str, callable]:
    """Days for a span of up to 45 days, weeks up to 40 weeks, months beyond."""
    span = (max(dates) - min(dates)).days if dates else 0
    if span <= 45:
        return "day", lambda d: d
    if span <= 280:
        return "week", lambda d: d - dt.timedelta(days=d.weekday())
    return "month", lambda d: d.replace(day=1)


def plot_coverage(per_day: pd.DataFrame, *, group_label: str = "outlet", ax: Axes | None = None) -> Figure:
    """Stacked bars of documents per day (or week, or month for long spans) and outlet.

    Args:
        per_day: a frame with ``date`` (``YYYY-MM-DD``), ``group`` (outlet or kind) and
            ``documents``, as :func:`toolkit.analysis.compare.per_day` returns.
        group_label: what the groups are ("outlet" or "kind"), for the legend and alt text.
        ax: axes to draw on; a new figure when omitted.
    """
    title = "Documents over time"
    fig, ax = _figure(ax, (WIDTH, 3.0))
    data = _non_empty(per_day, ["date", "group", "documents"])
    if data is not None:
        data = data.assign(day=[_to_date(d) for d in data["date"]])
        data = data[data["day"].notna()]
    if data is None or data.empty:
        return _no_data(fig, ax, title)
    unit, bin_of = _bin_dates(list(data["day"]))
    data = data.assign(bin=[bin_of(d) for d in data["day"]])
    totals = data.groupby("group")["documents"].sum()
    groups = sorted(totals.index, key=lambda g: (-int(totals[g]), str(g)))
    if len(groups) > MAX_GROUPS:
        keep = set(groups[:MAX_GROUPS - 1])
        data = data.assign(group=[g if g in keep else f"other {group_label}s" for g in data["group"]])
        groups = groups[:MAX_GROUPS - 1] + [f"other {group_label}s"]
    table = data.pivot_table(index="bin", columns="group", values="documents", aggfunc="sum", fill_value=0)
    start, end = min(table.index), max(table.index)
    step = {"day": lambda d: d + dt.timedelta(days=1), "week": lambda d: d + dt.timedelta(days=7),
            "month": lambda d: (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)}[unit]
    bins = [start]
    while bins[-1] < end:
        bins.append(step(bins[-1]))
    table = table.reindex(index=bins, columns=groups, fill_value=0)
    xs = list(range(len(bins)))
    bottom = [0] * len(bins)
    for colour, group in zip(GROUP_COLOURS, groups):
        values = [int(v) for v in table[group]]
        ax.bar(xs, values, bottom=bottom, color=colour, width=0.8, label=_shorten(group, 30))
        bottom = [b + v for b, v in zip(bottom, values)]
    fmt = {"day": lambda d: f"{d.day} {d.strftime('%b')}", "week": lambda d: f"{d.day} {d.strftime('%b')}",
           "month": lambda d: d.strftime("%b %Y")}[unit]
    every = max(1, math.ceil(len(bins) / 16))  # at most ~16 tick labels
    ax.set_xticks(xs[::every], [fmt(b) for b in bins[::every]], rotation=35 if len(bins) > 8 else 0,
                  ha="right" if len(bins) > 8 else "center", fontsize=8)
    ax.set_xlim(-0.6, len(bins) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(f"documents per {unit}")
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    if len(groups) > 1:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), title=group_label,
                  title_fontsize=8)
    listed = "; ".join(f"{g} {int(totals.get(g, table[g].sum()))}" for g in groups)
    fig.alt_text = (f"Bar chart of documents per {unit} from {bins[0].isoformat()} to {bins[-1].isoformat()}, "
                    f"stacked by {group_label}: {listed}.")
    return fig


def plot_speaker_outlets(speakers: pd.DataFrame, *, top: int = 15, max_columns: int = 8,
                         group_label: str = "outlet", ax: Axes | None = None) -> Figure:
    """Heatmap of how often each speaker is quoted by each outlet (the ``top`` speakers).

    Args:
        speakers: :func:`toolkit.analysis.compare.speaker_table`: ``speaker``, ``total`` and one
            count column per outlet (or kind).
        top: how many speakers (most quoted first).
        max_columns: how many outlets (those quoting most first).
    """
    title = f"Who is quoted, by {group_label}"
    data = _non_empty(speakers, ["speaker", "total"])
    columns = [c for c in (data.columns if data is not None else []) if c not in ("speaker", "total")][:max_columns]
    rows = 0 if data is None else min(top, len(data))
    fig, ax = _figure(ax, (WIDTH, 1.4 + 0.3 * max(rows, 4)))
    if data is None or rows == 0 or not columns:
        return _no_data(fig, ax, title)
    data = data.head(top)
    if len(columns) == 1:  # one outlet: a heatmap of one column says less than bars
        ypos = list(range(rows))[::-1]
        ax.barh(ypos, data[columns[0]], color=GROUP_COLOURS[0], height=0.7)
        ax.set_yticks(ypos, [_shorten(s, 28) for s in data["speaker"]], fontsize=8)
        for y, value in zip(ypos, data[columns[0]]):
            ax.annotate(str(int(value)), (value, y), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=8)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(f"quotations in {_shorten(columns[0], 40)}")
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_title(f"Who is quoted ({_shorten(columns[0], 40)})")
        listed = "; ".join(f"{s} ({int(t)})" for s, t in zip(data["speaker"], data["total"]))
        fig.alt_text = f"Bar chart of quotations per speaker for the {rows} most quoted speakers: {listed}."
        return fig
    values = data[columns].to_numpy(dtype=float)
    image = ax.imshow(values, cmap=colormaps["Blues"], vmin=0, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(rows), [_shorten(s, 28) for s in data["speaker"]], fontsize=8)
    ax.set_xticks(range(len(columns)), [_shorten(c, 22) for c in columns], fontsize=8,
                  rotation=30 if len(columns) > 3 else 0, ha="right" if len(columns) > 3 else "center")
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    peak = values.max() if values.size else 0
    for i in range(rows):
        for j in range(len(columns)):
            if values[i, j] > 0:
                ax.text(j, i, f"{values[i, j]:g}", ha="center", va="center", fontsize=7,
                        color="white" if values[i, j] > peak * 0.6 else "black")
    ax.set_title(title, pad=12)
    colorbar = fig.colorbar(image, ax=ax, shrink=0.8, label="quotations")
    colorbar.locator = MaxNLocator(integer=True)
    colorbar.update_ticks()
    listed = "; ".join(f"{s} ({int(t)})" for s, t in zip(data["speaker"], data["total"]))
    fig.alt_text = (f"Heatmap of quotations per speaker and {group_label} for the {rows} most quoted speakers "
                    f"across {len(columns)} {group_label}s: {listed}.")
    return fig


def plot_distinctive_terms(terms: pd.DataFrame, *, top: int = 6, max_groups: int = 4,
                           group_label: str = "outlet", ax: Axes | None = None) -> Figure:
    """Bars of the terms that most distinguish each outlet (z-scores of weighted log-odds).

    Args:
        terms: :func:`toolkit.analysis.compare.distinctive_terms`: ``group``, ``term``, ``entity``, ``z``.
        top: terms per outlet.
        max_groups: outlets shown (the first ones in the frame's order).
    """
    title = f"What sets each {group_label} apart"
    data = _non_empty(terms, ["group", "term", "z"])
    groups = list(dict.fromkeys(data["group"]))[:max_groups] if data is not None else []
    if data is not None:
        data = data[data["group"].isin(groups)].groupby("group", sort=False).head(top)
    n = 0 if data is None else len(data)
    fig, ax = _figure(ax, (WIDTH, 1.0 + 0.22 * (n + 1.2 * len(groups))))
    if data is None or n == 0:
        return _no_data(fig, ax, title)
    labels, ys, y = [], [], 0
    for colour, group in zip(GROUP_COLOURS, groups):
        rows = data[data["group"] == group]
        for record in rows.to_dict("records"):
            ax.barh(y, record["z"], color=colour, height=0.7)
            labels.append(_shorten(record["term"], 28))
            ys.append(y)
            y -= 1
        ax.text(0, ys[-len(rows)] + 0.75, _shorten(group, 40), fontsize=8.5, fontweight="bold", color=colour,
                va="bottom")
        y -= 1.2
    ax.set_yticks(ys, labels, fontsize=8)
    ax.set_ylim(y + 0.6, 1.2)
    ax.set_xlabel("z-score of the weighted log-odds (higher: more distinctive)", fontsize=8)
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    listed = "; ".join(f"{g}: " + ", ".join(data.loc[data["group"] == g, "term"].astype(str)) for g in groups)
    fig.alt_text = f"Bar chart of the terms that most distinguish each {group_label}. {listed}."
    return fig


def _circle(names: list[str]) -> dict[str, tuple[float, float]]:
    """Names evenly on a circle, the first at the top, going clockwise."""
    n = len(names)
    return {name: (math.sin(2 * math.pi * i / n), math.cos(2 * math.pi * i / n)) for i, name in enumerate(names)}


def plot_network(nodes: pd.DataFrame, edges: pd.DataFrame, *, max_edges: int = 60,
                 ax: Axes | None = None) -> Figure:
    """Who appears with whom: names on a circle (dot size: mentions), chords for shared sentences.

    A circle rather than a force layout: with a few dominant names (the president, the
    countries) a force layout piles everything onto them, while on a circle every name
    stays legible and the chords' widths show the strong pairs. Names are grouped by
    label (people, organisations, places), most mentioned first.

    Args:
        nodes: ``name``, ``label``, ``mentions`` (:func:`toolkit.analysis.compare.network`).
        edges: ``source``, ``target``, ``sentences``; the ``max_edges`` strongest are drawn.
    """
    title = "Who appears with whom across the set"
    fig, ax = _figure(ax, (WIDTH, WIDTH * 0.92))
    data = _non_empty(nodes, ["name", "label", "mentions"])
    if data is None:
        return _no_data(fig, ax, title)
    order = list(LABEL_COLOURS)
    data = data.assign(_rank=[order.index(lab) if lab in order else len(order) for lab in data["label"]])
    data = data.sort_values(["_rank", "mentions", "name"], ascending=[True, False, True], kind="mergesort")
    links = edges.head(max_edges) if edges is not None and len(edges) else pd.DataFrame(
        columns=["source", "target", "sentences"])
    pos = _circle(list(data["name"]))
    links = links[links["source"].isin(pos) & links["target"].isin(pos)]
    peak = float(links["sentences"].max()) if len(links) else 1.0
    for a, b, w in sorted(zip(links["source"], links["target"], links["sentences"]), key=lambda e: e[2]):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        share = float(w) / peak
        ax.plot([x0, x1], [y0, y1], color="#4c6a8a", linewidth=0.4 + 5.0 * share, alpha=0.15 + 0.55 * share,
                zorder=1, solid_capstyle="round")
    biggest = float(data["mentions"].max()) or 1.0
    for record in data.to_dict("records"):
        x, y = pos[record["name"]]
        ax.scatter([x], [y], s=25 + 350 * float(record["mentions"]) / biggest, color=_colour(record["label"]),
                   edgecolors="white", linewidths=0.8, zorder=2)
        angle = math.degrees(math.atan2(y, x))
        flip = x < -1e-9
        ax.text(1.1 * x, 1.1 * y, _shorten(record["name"], 24), fontsize=7.5, va="center",
                ha="right" if flip else "left", rotation=angle + 180 if flip else angle, rotation_mode="anchor",
                zorder=3)
    ax.set_xlim(-1.8, 1.8)
    ax.set_ylim(-1.75, 1.75)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title)
    labels = sorted(set(map(str, data["label"])), key=lambda lab: (lab not in LABEL_COLOURS, lab))
    ax.legend(handles=[Patch(color=_colour(lab), label=lab) for lab in labels], loc="upper center",
              fontsize=8, frameon=False, bbox_to_anchor=(0.5, 0.0), ncol=len(labels))
    strongest = "; ".join(f"{a} with {b} ({int(w)})" for a, b, w in
                          zip(links["source"][:5], links["target"][:5], links["sentences"][:5])) or "no pair"
    fig.alt_text = (f"Network of {len(data)} names, joined when named in one sentence (line width: how often). "
                    f"Strongest pairs: {strongest}.")
    return fig
