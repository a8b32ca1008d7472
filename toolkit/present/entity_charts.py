"""Charts of names: who is mentioned most, who appears with whom (heatmap and network).

Each function takes a table of :class:`~toolkit.extraction.tables.Extraction` or
:mod:`toolkit.analysis.compare` and returns the figure it drew on, with a plain-text
description in ``fig.alt_text`` (:func:`plot_network` returns ``None`` when the network would
say nothing).

Example (a notebook cell)::

    fig = plot_entity_mentions(ex.who(), top=15)
"""

from __future__ import annotations

import math

import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from toolkit.present.chart_style import (FONT, KIND_COLOURS, MIN_FONT, ROW, WIDTH, _colour, _figure, _kind_legend,
                                         _no_data, _non_empty, _shorten, _title, kind_of)

MAX_MATRIX = 16  # names of a co-occurrence heatmap: a cell stays wide enough for its number


def plot_entity_mentions(entities: pd.DataFrame, *, top: int = 15, ax: Axes | None = None) -> Figure:
    """Horizontal bars of the most-mentioned entities, coloured by kind (Person, Organisation, …).

    Args:
        entities: a frame with columns ``name``, ``mentions`` and ``label`` (spaCy's label) or
            ``kind`` (the reader's word, as in the who's who).
        top: how many entities to show.
        ax: axes to draw on; a new figure when omitted.

    Returns:
        The figure drawn on.

    Example:
        >>> fig = plot_entity_mentions(ex.who(), top=10)       # doctest: +SKIP
    """
    title = "Most-mentioned names"
    if entities is not None and "label" not in entities.columns and "kind" in entities.columns:
        entities = entities.rename(columns={"kind": "label"})
    data = _non_empty(entities, ["name", "label", "mentions"])
    n_rows = 0 if data is None else min(top, len(data))
    fig, ax = _figure(ax, (WIDTH, 0.9 + ROW * 1.25 * max(n_rows, 3)))
    if data is None or n_rows == 0:
        return _no_data(fig, ax, title)
    # Ties broken by name so that the order never depends on the input's row order.
    data = data.assign(mentions=pd.to_numeric(data["mentions"], errors="coerce").fillna(0).astype(int))
    data = data.sort_values(["mentions", "name"], ascending=[False, True], kind="mergesort").head(top)
    data = data.iloc[::-1]  # barh draws bottom-up; the most mentioned goes on top
    colours = [_colour(label) for label in data["label"]]
    ypos = range(len(data))
    ax.barh(ypos, data["mentions"], color=colours, height=0.7)
    ax.set_yticks(list(ypos), [_shorten(n) for n in data["name"]], fontsize=FONT)
    ax.tick_params(axis="x", labelsize=FONT)
    ax.set_xlabel("mentions", fontsize=FONT)
    _title(ax, title)
    for y, value in zip(ypos, data["mentions"]):
        ax.annotate(str(value), (value, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=MIN_FONT)
    ax.margins(x=0.08)
    ax.spines[["top", "right"]].set_visible(False)
    # Beside the bars rather than over them: a legend inside the axes can hide a short bar's count.
    _kind_legend(ax, data["label"], loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ranked = data.iloc[::-1]
    listed = ", ".join(f"{n} ({m})" for n, m in zip(ranked["name"], ranked["mentions"]))
    fig.alt_text = f"Bar chart of the {len(data)} most-mentioned names, with their mention counts: {listed}."
    return fig


def plot_cooccurrence(matrix: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
    """Heatmap of how often two entities appear together (a square entity × entity frame).

    At most :data:`MAX_MATRIX` names (the first ones), so that each cell is wide enough for
    its count at a legible size.

    Args:
        matrix: a square frame of counts whose index and columns are the same names.
        ax: axes to draw on; a new figure when omitted.

    Returns:
        The figure drawn on.
    """
    title = "Who appears with whom"
    every = 0 if matrix is None else min(len(matrix.index), len(matrix.columns))
    size = min(every, MAX_MATRIX)
    fig, ax = _figure(ax, (WIDTH, WIDTH * 0.9))
    if size == 0:
        return _no_data(fig, ax, title)
    values = matrix.iloc[:size, :size].apply(pd.to_numeric, errors="coerce").fillna(0).to_numpy(dtype=float, copy=True)
    for i in range(size):
        values[i, i] = float("nan")  # an entity "with itself" would dominate the colour scale
    cmap = colormaps["Blues"].with_extremes(bad="#eeeeee")
    image = ax.imshow(values, cmap=cmap, vmin=0, aspect="equal", interpolation="nearest")
    names = [_shorten(n, 24) for n in matrix.index[:size]]
    # Vertical column names: slanted ones of neighbouring columns would overlap.
    ax.set_xticks(range(size), names, rotation=90, fontsize=FONT)
    ax.set_yticks(range(size), names, fontsize=FONT)
    peak = max((v for v in values.flat if v == v), default=0)
    for i in range(size):
        for j in range(size):
            v = values[i, j]
            if v == v and v > 0:
                ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=MIN_FONT,
                        color="white" if v > peak * 0.6 else "black")
    _title(ax, title if size == every else f"{title} (the first {size} of {every} names)")
    colorbar = fig.colorbar(image, ax=ax, shrink=0.7)
    colorbar.set_label("shared sentences", fontsize=FONT)
    colorbar.ax.tick_params(labelsize=FONT)
    colorbar.locator = MaxNLocator(integer=True)  # counts: no "2.5 sentences" tick
    colorbar.update_ticks()
    pairs = sorted(((values[i, j], matrix.index[i], matrix.columns[j]) for i in range(size)
                    for j in range(i + 1, size) if values[i, j] == values[i, j] and values[i, j] > 0),
                   key=lambda p: (-p[0], str(p[1]), str(p[2])))[:5]
    strongest = "; ".join(f"{a} with {b} ({v:g})" for v, a, b in pairs) or "no pair appears together"
    fig.alt_text = f"Heatmap of how often {size} names appear together. Strongest pairs: {strongest}."
    return fig


def strong_links(nodes: pd.DataFrame | None, edges: pd.DataFrame | None, *, names: int = 8,
                 min_sentences: int = 3, share: float = 0.25, max_links: int = 10, min_links: int = 3
                 ) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """The part of a who-appears-with-whom network worth drawing, or ``None`` when there is none.

    The rule: only the ``names`` most prominent names (``nodes`` in its order, the most
    widely named first) and only strong links between them: pairs named together in at
    least ``min_sentences`` sentences and in at least ``share`` of the strongest pair's
    sentences. When more than ``max_links`` are that strong, the strongest are kept, cut
    where the count drops (never inside a tie). With fewer than ``min_links`` strong links
    the network says nothing a table of pairs does not (two names with one in common), and
    with more than ``max_links`` it is a hairball: ``None``, and the briefing shows the
    table of pairs instead.

    Args:
        nodes: ``name``, ``label``, ``mentions`` (:func:`toolkit.analysis.compare.network`).
        edges: ``source``, ``target``, ``sentences``.

    Returns:
        ``(nodes, edges)``: the names that have a strong link (in ``nodes``' order) and the
        strong links, strongest first; or ``None``.

    Example:
        >>> strong_links(cmp.network_nodes, cmp.network_edges) is None    # doctest: +SKIP
        True
    """
    if _non_empty(nodes, ["name", "label", "mentions"]) is None or _non_empty(
            edges, ["source", "target", "sentences"]) is None:
        return None
    top = list(dict.fromkeys(str(n) for n in nodes["name"]))[:names]
    links = edges.assign(source=edges["source"].astype(str), target=edges["target"].astype(str),
                         sentences=pd.to_numeric(edges["sentences"], errors="coerce").fillna(0).astype(int))
    links = links[links["source"].isin(top) & links["target"].isin(top) & (links["source"] != links["target"])]
    if links.empty:
        return None
    floor = max(min_sentences, math.ceil(share * int(links["sentences"].max())))
    links = links[links["sentences"] >= floor]
    links = links.sort_values(["sentences", "source", "target"], ascending=[False, True, True], kind="mergesort")
    if len(links) > max_links:
        cut = int(links["sentences"].iloc[max_links])
        links = links[links["sentences"] > cut]
    if not min_links <= len(links) <= max_links:
        return None
    linked = set(links["source"]) | set(links["target"])
    kept = nodes[[str(n) in linked for n in nodes["name"]]].drop_duplicates("name")
    return kept.reset_index(drop=True), links.reset_index(drop=True)


def _circle(names: list[str]) -> dict[str, tuple[float, float]]:
    """Names evenly on a circle, the first at the top, going clockwise."""
    n = len(names)
    return {name: (math.sin(2 * math.pi * i / n), math.cos(2 * math.pi * i / n)) for i, name in enumerate(names)}


def plot_network(nodes: pd.DataFrame, edges: pd.DataFrame, *, ax: Axes | None = None,
                 **rule) -> Figure | None:
    """Who appears with whom: the strong links between the most prominent names, or ``None``.

    Only what :func:`strong_links` keeps is drawn (a few names, at most ten strong links);
    when nothing is strong enough, or everything is, there is no chart: ``None`` (the table
    of pairs says it better). Names on a circle (dot size: mentions; colour: kind), a line
    for each link (width: shared sentences). A circle rather than a force layout: with a
    few dominant names a force layout piles everything onto them, while on a circle every
    name stays legible and apart.

    Args:
        nodes: ``name``, ``label``, ``mentions`` (:func:`toolkit.analysis.compare.network`).
        edges: ``source``, ``target``, ``sentences``.
        ax: axes to draw on; a new figure when omitted.
        rule: options of :func:`strong_links` (``names``, ``min_sentences``, ``share``, ``max_links``).

    Returns:
        The figure drawn on, or ``None`` when the network would say nothing.
    """
    strong = strong_links(nodes, edges, **rule)
    if strong is None:
        return None
    data, links = strong
    title = "Who appears with whom: the strongest links"
    fig, ax = _figure(ax, (WIDTH, 4.6))
    order = list(KIND_COLOURS)
    data = data.assign(_rank=[order.index(kind_of(lab)) if kind_of(lab) in order else len(order)
                              for lab in data["label"]],
                       mentions=pd.to_numeric(data["mentions"], errors="coerce").fillna(0))
    data = data.sort_values(["_rank", "mentions", "name"], ascending=[True, False, True], kind="mergesort")
    pos = _circle([str(n) for n in data["name"]])
    peak = float(links["sentences"].max())
    low = float(links["sentences"].min())
    width = lambda w: 0.8 + 5.0 * float(w) / peak  # noqa: E731 - one formula, for lines and legend
    for a, b, w in sorted(zip(links["source"], links["target"], links["sentences"]), key=lambda e: (e[2], e[0], e[1])):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        ax.plot([x0, x1], [y0, y1], color="#4c6a8a", linewidth=width(w), alpha=0.25 + 0.5 * float(w) / peak,
                zorder=1, solid_capstyle="round")
    biggest = float(data["mentions"].max()) or 1.0
    for record in data.to_dict("records"):
        x, y = pos[str(record["name"])]
        ax.scatter([x], [y], s=40 + 300 * float(record["mentions"]) / biggest, color=_colour(record["label"]),
                   edgecolors="white", linewidths=0.8, zorder=2)
        # Upright names, pushed outwards: left of the circle right-aligned, right of it left-aligned.
        ha = "left" if x > 0.3 else "right" if x < -0.3 else "center"
        va = "bottom" if y > 0.3 and ha == "center" else "top" if y < -0.3 and ha == "center" else "center"
        ax.text(1.16 * x, 1.16 * y, _shorten(record["name"], 26), fontsize=FONT, ha=ha, va=va, zorder=3)
    ax.set_xlim(-2.3, 2.3)
    ax.set_ylim(-1.4, 1.4)
    ax.set_aspect("equal")
    ax.set_axis_off()
    _title(ax, title)
    kinds = sorted({kind_of(lab) for lab in data["label"]},
                   key=lambda k: (order.index(k) if k in order else len(order), k))
    handles = [Patch(color=_colour(k), label=k) for k in kinds]
    handles += [Line2D([], [], color="#4c6a8a", linewidth=width(w), label=f"{int(w)} sentences")
                for w in sorted({low, peak})]
    ax.legend(handles=handles, loc="upper center", fontsize=FONT, frameon=False, bbox_to_anchor=(0.5, 0.0),
              ncol=len(handles) if len(handles) <= 5 else 4)
    strongest = "; ".join(f"{a} with {b} ({int(w)})" for a, b, w in
                          zip(links["source"], links["target"], links["sentences"]))
    fig.alt_text = (f"Network of the {len(data)} most prominent names with a strong link, joined when named "
                    f"in the same sentences (line width: how often): {strongest}.")
    return fig
