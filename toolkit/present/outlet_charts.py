"""Charts that set outlets side by side: who each quotes, and the terms that distinguish each.

The data are the tables of :mod:`toolkit.analysis.compare` (``speakers``, ``terms``); every
figure carries ``fig.alt_text``.

Example (a notebook cell)::

    fig = plot_speaker_outlets(cmp.speakers, top=15)
"""

from __future__ import annotations

import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from toolkit.present.chart_style import (FONT, GROUP_COLOURS, MIN_FONT, OTHER_COLOUR, ROW, WIDTH, _figure, _no_data,
                                         _non_empty, _shorten, _title)


def top_speakers(speakers: pd.DataFrame, *, top: int = 15) -> tuple[pd.DataFrame, str]:
    """The most-quoted speakers, chosen by their number of quotations, and a note on the rest.

    Ranked by quotations, then by the number of outlets (or kinds) quoting them. The cut
    never falls inside a tie: when the ``top``-th and the next speaker have the same count
    (61 members of Congress quoted once each), the whole tie is left out and counted in the
    note, rather than a few of them picked by their names' alphabetical order.

    Args:
        speakers: :func:`toolkit.analysis.compare.speaker_table`: ``speaker``, ``total`` and one
            count column per outlet (or kind).
        top: at most this many speakers.

    Returns:
        ``(rows, note)``: the chosen rows, most quoted first, and a line saying how many
        speakers are not shown ("" when all are).

    Example:
        >>> rows, note = top_speakers(cmp.speakers, top=10)     # doctest: +SKIP
        >>> note
        '61 more speakers quoted once each, not shown'
    """
    data = _non_empty(speakers, ["speaker", "total"])
    if data is None:
        return pd.DataFrame(columns=["speaker", "total"]), ""
    columns = [c for c in data.columns if c not in ("speaker", "total")]
    data = data.assign(total=pd.to_numeric(data["total"], errors="coerce").fillna(0).astype(int))
    outlets = (data[columns].apply(pd.to_numeric, errors="coerce").fillna(0) > 0).sum(axis=1) if columns else 0
    data = data.assign(_outlets=outlets)
    data = data.sort_values(["total", "_outlets", "speaker"], ascending=[False, False, True], kind="mergesort")
    rank = list(zip(data["total"], data["_outlets"]))
    if len(data) > top:
        boundary = rank[top]
        chosen = data[[r > boundary for r in rank]]
    else:
        chosen = data
    rest = data.iloc[len(chosen):]
    note = ""
    if len(rest):
        most = int(rest["total"].max())
        times = {1: "once", 2: "twice"}.get(most, f"{most} times")
        each = "each" if int(rest["total"].min()) == most else "or less"
        note = f"{len(rest)} more speaker{'s' if len(rest) > 1 else ''} quoted {times} {each}, not shown"
    return chosen.drop(columns="_outlets").reset_index(drop=True), note


def plot_speaker_outlets(speakers: pd.DataFrame, *, top: int = 15, max_columns: int = 8,
                         group_label: str = "outlet", ax: Axes | None = None) -> Figure:
    """Heatmap of how often each speaker is quoted by each outlet (the most-quoted speakers).

    Rows are chosen by :func:`top_speakers` (by number of quotations, never cutting a tie);
    the speakers left out are counted under the chart.

    Args:
        speakers: :func:`toolkit.analysis.compare.speaker_table`: ``speaker``, ``total`` and one
            count column per outlet (or kind).
        top: at most this many speakers (most quoted first).
        max_columns: how many outlets (those quoting most first).
    """
    title = f"Who is quoted, by {group_label}"
    data = _non_empty(speakers, ["speaker", "total"])
    columns = [c for c in (data.columns if data is not None else []) if c not in ("speaker", "total")][:max_columns]
    data, note = top_speakers(speakers, top=top) if data is not None else (None, "")
    rows = 0 if data is None else len(data)
    fig, ax = _figure(ax, (WIDTH, 1.6 + ROW * 1.3 * max(rows, 4)))
    if data is None or not columns:
        return _no_data(fig, ax, title)
    if rows == 0:  # every speaker has as many quotations as the others: no "most quoted"
        fig = _no_data(fig, ax, title)
        tie = note.replace(" more", "").replace(", not shown", "")
        ax.texts[-1].set_text(f"no speaker stands out: {tie}")
        ax.texts[-1].set_fontsize(FONT)
        fig.alt_text = f"{title}: no speaker stands out ({tie})."
        return fig
    names = [_shorten(s, 28) for s in data["speaker"]]
    if len(columns) == 1:  # one outlet: a heatmap of one column says less than bars
        ypos = list(range(rows))[::-1]
        ax.barh(ypos, data[columns[0]], color=GROUP_COLOURS[0], height=0.7)
        ax.set_yticks(ypos, names, fontsize=FONT)
        for y, value in zip(ypos, data[columns[0]]):
            ax.annotate(str(int(value)), (value, y), xytext=(3, 0), textcoords="offset points", va="center",
                        fontsize=MIN_FONT)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="x", labelsize=FONT)
        ax.margins(x=0.08)
        ax.set_xlabel(f"quotations in {_shorten(columns[0], 40)}" + (f"\n{note}" if note else ""), fontsize=FONT)
        ax.spines[["top", "right"]].set_visible(False)
        _title(ax, f"Who is quoted ({_shorten(columns[0], 40)})")
        listed = "; ".join(f"{s} ({int(t)})" for s, t in zip(data["speaker"], data["total"]))
        fig.alt_text = (f"Bar chart of quotations per speaker for the {rows} most quoted speakers: {listed}"
                        + (f" ({note})." if note else "."))
        return fig
    values = data[columns].apply(pd.to_numeric, errors="coerce").fillna(0).to_numpy(dtype=float)
    image = ax.imshow(values, cmap=colormaps["Blues"], vmin=0, aspect="auto", interpolation="nearest")
    ax.set_yticks(range(rows), names, fontsize=FONT)
    # Vertical column names once they are many or long: slanted ones overlap their neighbours.
    labels = [_shorten(c, 22) for c in columns]
    upright = len(columns) <= 2 and max(len(c) for c in labels) <= 16
    ax.set_xticks(range(len(columns)), labels, fontsize=FONT, rotation=0 if upright else 90)
    ax.xaxis.tick_top()
    if note:
        ax.set_xlabel(note, fontsize=MIN_FONT, color=OTHER_COLOUR)
    peak = values.max() if values.size else 0
    for i in range(rows):
        for j in range(len(columns)):
            if values[i, j] > 0:
                ax.text(j, i, f"{values[i, j]:g}", ha="center", va="center", fontsize=MIN_FONT,
                        color="white" if values[i, j] > peak * 0.6 else "black")
    _title(ax, title, pad=10)
    colorbar = fig.colorbar(image, ax=ax, shrink=0.8)
    colorbar.set_label("quotations", fontsize=FONT)
    colorbar.ax.tick_params(labelsize=FONT)
    colorbar.locator = MaxNLocator(integer=True)
    colorbar.update_ticks()
    listed = "; ".join(f"{s} ({int(t)})" for s, t in zip(data["speaker"], data["total"]))
    fig.alt_text = (f"Heatmap of quotations per speaker and {group_label} for the {rows} most quoted speakers "
                    f"across {len(columns)} {group_label}s: {listed}" + (f" ({note})." if note else "."))
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
        ax.text(0, ys[-len(rows)] + 0.75, _shorten(group, 40), fontsize=FONT, fontweight="bold", color=colour,
                va="bottom")
        y -= 1.2
    ax.set_yticks(ys, labels, fontsize=FONT)
    ax.set_ylim(y + 0.6, 1.2)
    ax.tick_params(axis="x", labelsize=FONT)
    ax.set_xlabel("z-score of the weighted log-odds (higher: more distinctive)", fontsize=FONT)
    _title(ax, title)
    ax.spines[["top", "right"]].set_visible(False)
    listed = "; ".join(f"{g}: " + ", ".join(data.loc[data["group"] == g, "term"].astype(str)) for g in groups)
    fig.alt_text = f"Bar chart of the terms that most distinguish each {group_label}. {listed}."
    return fig
