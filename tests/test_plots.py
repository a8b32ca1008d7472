"""Charts: a figure for any data (empty included), drawn on the caller's axes when given."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from matplotlib.figure import Figure

from toolkit.present import plots

ENTITIES = pd.DataFrame({
    "name": ["Donald Trump", "Vladimir Putin", "Russia", "NATO",
             "The Extraordinarily Long Name of an International Organisation for Things"],
    "label": ["PERSON", "PERSON", "GPE", "ORG", "ORG"],
    "mentions": [11, 4, 9, 1, 1],
    "documents": [1, 1, 1, 1, 1],
})
NAMES = ["Donald Trump", "Vladimir Putin", "Russia"]
MATRIX = pd.DataFrame([[0, 2, 5], [2, 0, 1], [5, 1, 0]], index=NAMES, columns=NAMES)
TIMELINE = pd.DataFrame({
    "expression": ["Wednesday", "2021", "Friday", "February 2022", "within 24 hours"],
    "date": ["2025-08-06", "2021", "2025-08-08", "2022-02", None],
    "granularity": ["day", "year", "day", "month", None],
})


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=50, metadata={"Software": None})
    return buffer.getvalue()


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


CASES = [
    (plots.plot_entity_mentions, ENTITIES),
    (plots.plot_cooccurrence, MATRIX),
    (plots.plot_timeline, TIMELINE),
]


@pytest.mark.parametrize("plot, data", CASES)
def test_returns_a_figure_with_alt_text(plot, data):
    fig = plot(data)
    assert isinstance(fig, Figure)
    assert fig.alt_text and "no data" not in fig.alt_text
    assert "no data" not in _texts(fig)


@pytest.mark.parametrize("plot, data", CASES)
def test_draws_on_the_given_axes(plot, data):
    fig = Figure()
    ax = fig.add_subplot()
    assert plot(data, ax=ax) is fig
    assert ax.has_data() or ax.images


@pytest.mark.parametrize("plot, data", CASES)
def test_output_is_deterministic(plot, data):
    assert _png(plot(data)) == _png(plot(data))


@pytest.mark.parametrize("plot", [plots.plot_entity_mentions, plots.plot_cooccurrence, plots.plot_timeline])
@pytest.mark.parametrize("empty", [None, pd.DataFrame(), pd.DataFrame(columns=["name", "label", "mentions", "date"])])
def test_empty_data_says_no_data(plot, empty):
    fig = plot(empty)
    assert "no data" in _texts(fig)
    assert fig.alt_text.endswith("no data.")
    _png(fig)  # and it still renders


def test_entity_bars_are_ranked_and_long_names_shortened():
    fig = plots.plot_entity_mentions(ENTITIES, top=3)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Vladimir Putin", "Russia", "Donald Trump"]  # barh draws bottom-up
    long = plots.plot_entity_mentions(ENTITIES)
    shown = [t.get_text() for t in long.axes[0].get_yticklabels()]
    assert max(len(s) for s in shown) <= plots.MAX_LABEL
    assert any(s.endswith("…") for s in shown)


def test_entity_bars_are_coloured_by_label():
    fig = plots.plot_entity_mentions(ENTITIES, top=3)
    colours = {tuple(round(c, 3) for c in bar.get_facecolor()[:3]) for bar in fig.axes[0].patches}
    assert len(colours) == 2  # PERSON and GPE


def test_timeline_orders_dates_and_skips_unresolved():
    fig = plots.plot_timeline(TIMELINE)
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["2021", "Feb 2022", "6 Aug 2025", "8 Aug 2025"]


def test_timeline_with_only_unresolved_dates_says_no_data():
    fig = plots.plot_timeline(pd.DataFrame({"expression": ["someday"], "date": [None]}))
    assert "no data" in _texts(fig)
