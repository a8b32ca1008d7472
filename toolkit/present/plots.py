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
"""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

# spaCy's entity labels in the reader's words (the same words as the briefing's who's who).
KINDS = {"PERSON": "Person", "ORG": "Organisation", "GPE": "Country/city", "NORP": "Group", "LOC": "Place",
         "FAC": "Place"}
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
MAX_MATRIX = 16  # names of a co-occurrence heatmap: a cell stays wide enough for its number


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


def _non_empty(frame: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame | None:
    """The frame when it has rows and the needed columns, else ``None``."""
    if frame is None or len(frame) == 0 or any(c not in frame.columns for c in columns):
        return None
    return frame


# ---------------------------------------------------------------- multi-source charts

GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
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
