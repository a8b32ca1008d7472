"""Charts over time: the dates the texts mention, and the documents published per day and outlet.

Dates are one labelled row each, so that no label overlaps another; long spans of coverage
are binned by week or month (:func:`_bin_dates`). Every figure carries ``fig.alt_text``.

Example (a notebook cell)::

    fig = plot_coverage(cmp.per_day, group_label=cmp.group_by)
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from toolkit.present.chart_style import (FONT, GROUP_COLOURS, KIND_COLOURS, MIN_FONT, ROW, WIDTH, _figure, _no_data,
                                         _non_empty, _shorten, _title)


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


def plot_timeline(timeline: pd.DataFrame, *, top: int = 15, ax: Axes | None = None) -> Figure:
    """The dates the articles refer to, one row each in order, with how many expressions name them.

    One row per date, earliest on top, with the expressions that name it beside the row:
    dates and expressions are long labels, and rows keep every one of them legible and
    apart however many there are (side by side under stems, they overlapped). Rows are in
    order but not to scale: a briefing mixes "in 2021" with "on Friday", and a true time
    axis would crush the recent days into one point.

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
    data = _non_empty(timeline, ["date"])
    if data is not None:
        data = data.assign(key=[str(v).strip() for v in data["date"]])
        data = data[[_to_date(k) is not None for k in data["key"]]]
    if data is None or data.empty:
        fig, ax = _figure(ax, (WIDTH, 1.5))
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
    fig, ax = _figure(ax, (WIDTH, 1.0 + ROW * max(len(keys), 3)))
    counts = [int((data["key"] == k).sum()) for k in keys]
    expressions = [_expressions(data.loc[data["key"] == k, "expression"]) for k in keys]
    ys = list(range(len(keys)))[::-1]  # the earliest date on top
    colour = KIND_COLOURS["Person"]
    ax.hlines(ys, 0, counts, color=colour, linewidth=2)
    ax.plot(counts, ys, "o", color=colour, markersize=5)
    ax.set_yticks(ys, [_date_label(k) for k in keys], fontsize=FONT)
    ax.set_ylim(-0.7, len(keys) - 0.3)
    ax.set_xlim(0, max(counts) * 1.08 + 0.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", labelsize=FONT)
    ax.set_xlabel("expressions naming the date (rows in date order, not to scale)", fontsize=FONT)
    # The expressions as a column beside the axes (x in axes units, y in rows).
    beside = ax.get_yaxis_transform()
    for y, label in zip(ys, expressions):
        ax.annotate(label, (1.0, y), xycoords=beside, xytext=(8, 0), textcoords="offset points", ha="left",
                    va="center", fontsize=MIN_FONT, color="#333333")
    _title(ax, title)
    ax.spines[["top", "right"]].set_visible(False)
    listed = "; ".join(f"{_date_label(k)} ({c})" for k, c in zip(keys, counts))
    shown = f"{len(keys)} dates" if every == len(keys) else f"the {len(keys)} most frequent of {every} dates"
    fig.alt_text = f"Timeline of {shown} the articles refer to, in order, with how often: {listed}."
    return fig


def _expressions(values, limit: int = 46) -> str:
    """The distinct expressions of a date, most frequent first, within ``limit`` characters.

    "today" and "Today" are one expression, shown as written most often.
    """
    written = [re.sub(r"\s+", " ", str(v)).strip() for v in values if not pd.isna(v)]
    forms = pd.Series([w for w in written if w]).value_counts()
    counts: dict[str, int] = {}
    shown_as: dict[str, str] = {}
    for form in sorted(forms.index, key=lambda f: (-int(forms[f]), f)):
        key = form.casefold()
        counts[key] = counts.get(key, 0) + int(forms[form])
        shown_as.setdefault(key, form)
    ranked = [shown_as[k] for k in sorted(counts, key=lambda k: (-counts[k], k))]
    shown: list[str] = []
    for expression in ranked:
        more = len(ranked) - len(shown) - 1
        candidate = ", ".join(shown + [_shorten(expression, limit)]) + (f" +{more} more" if more else "")
        if shown and len(candidate) > limit:
            break
        shown.append(_shorten(expression, limit))
    rest = len(ranked) - len(shown)
    return ", ".join(shown) + (f" +{rest} more" if rest else "")


MAX_GROUPS = 7  # outlets drawn in their own colour; the rest are "other outlets"


def _bin_dates(dates: list[dt.date]) -> tuple[str, callable]:
    """Days for a span of up to a month, weeks up to 16 weeks, months beyond: a few bars with
    something in them rather than forty weeks of gaps around six documents."""
    span = (max(dates) - min(dates)).days if dates else 0
    if span <= 31:
        return "day", lambda d: d
    if span <= 112:
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
    fig, ax = _figure(ax, (WIDTH, 2.6))
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
    every = max(1, math.ceil(len(bins) / 16))  # at most 16 tick labels
    ticks = bins[::every]
    if unit == "month":  # the year on the first month and on each January only
        labels = [d.strftime("%b %Y") if i == 0 or d.month == 1 else d.strftime("%b") for i, d in enumerate(ticks)]
    else:
        labels = [f"{d.day} {d.strftime('%b')}" for d in ticks]
    # Upright labels while they fit side by side (an estimate of their width against the room
    # per tick), vertical beyond: slanted ones overlap their neighbours.
    room = (WIDTH - 1.0 - (1.7 if len(groups) > 1 else 0)) * 72 / len(ticks)
    widths = [len(label) * 0.62 * FONT for label in labels]
    upright = all((a + b) / 2 < 0.8 * room for a, b in zip(widths, widths[1:])) and widths[0] / 2 < room
    ax.set_xticks(xs[::every], labels, rotation=0 if upright else 90, fontsize=FONT)
    ax.set_xlim(-0.6, len(bins) - 0.4)
    ax.set_ylim(0, max(bottom) * 1.08 + 0.1)  # the tallest bar is not cut by the frame
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="y", labelsize=FONT)
    ax.set_ylabel(f"documents per {unit}", fontsize=FONT)
    _title(ax, title)
    ax.spines[["top", "right"]].set_visible(False)
    if len(groups) > 1:
        ax.legend(fontsize=FONT, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), title=group_label,
                  title_fontsize=FONT)
    listed = "; ".join(f"{g} {int(totals.get(g, table[g].sum()))}" for g in groups)
    fig.alt_text = (f"Bar chart of documents per {unit} from {bins[0].isoformat()} to {bins[-1].isoformat()}, "
                    f"stacked by {group_label}: {listed}.")
    return fig
