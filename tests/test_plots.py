"""Charts: a figure for any data (empty included), drawn on the caller's axes when given;
legible at print size on a real extraction (no text under 8 pt, no two labels overlapping),
speakers chosen by quotations, the network only when it says something."""

from __future__ import annotations

import io
import itertools

import pandas as pd
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from conftest import ROOT, SEED_PUBLISHED
from toolkit.present import plots, views

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
    ax = fig.axes[0]
    rows = sorted(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels())), reverse=True)
    assert [label for _, label in rows] == ["2021", "Feb 2022", "6 Aug 2025", "8 Aug 2025"]  # top to bottom


def test_timeline_with_only_unresolved_dates_says_no_data():
    fig = plots.plot_timeline(pd.DataFrame({"expression": ["someday"], "date": [None]}))
    assert "no data" in _texts(fig)


def test_network_of_nothing_is_no_chart():
    assert plots.plot_network(pd.DataFrame(), pd.DataFrame()) is None
    assert plots.plot_network(None, None) is None


# --------------------------------------------------------------- on a real extraction

PRINTABLE = (210 - 2 * 18) / 25.4  # inches: the A4 page's text width (briefing.css: 18 mm margins)


def _labels(fig: Figure) -> list[tuple[Text, object]]:
    """Every text drawn on ``fig`` with its box in pixels, as laid out for the PNG."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    return [(t, t.get_window_extent(renderer)) for t in fig.findobj(Text)
            if t.get_visible() and t.get_text().strip()]


def _overlaps(fig: Figure) -> list[tuple[str, str]]:
    boxes = _labels(fig)
    return [(a.get_text(), b.get_text()) for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
            if box_a.overlaps(box_b)]


@pytest.fixture(scope="module")
def ukraine(nlp):
    """The default set (eight documents, two outlets) extracted and compared."""
    from toolkit.analysis import compare
    from toolkit.extraction.tables import extract
    from toolkit.reading.sources import read_paths

    sources = read_paths([ROOT / "seeds" / "ukraine-diplomacy"], published=SEED_PUBLISHED)
    ex = extract(sources, nlp=nlp)
    return ex, compare.compare(ex, sources)


def _real_charts(ex, cmp) -> dict[str, Figure]:
    charts = {
        "mentions": plots.plot_entity_mentions(ex.who(), top=15),
        "timeline": plots.plot_timeline(ex.timeline, top=25),
        "cooccurrence": plots.plot_cooccurrence(ex.cooccurrence(top=15)),
        "coverage": plots.plot_coverage(cmp.per_day, group_label=cmp.group_by),
        "speakers": plots.plot_speaker_outlets(cmp.speakers, top=15, group_label=cmp.group_by),
        "terms": plots.plot_distinctive_terms(cmp.terms, group_label=cmp.group_by),
        "network": plots.plot_network(cmp.network_nodes, cmp.network_edges),
    }
    return {name: fig for name, fig in charts.items() if fig is not None}


class TestLegibleAtPrintSize:
    def test_shown_at_most_the_page_width_so_points_are_points(self, ukraine, seed_extraction):
        for fig in [*_real_charts(*ukraine).values(), plots.plot_timeline(seed_extraction.timeline)]:
            assert fig.get_figwidth() <= PRINTABLE
            assert views.show_figure(fig).width / 96 <= PRINTABLE  # CSS px: not shrunk by the page

    def test_no_text_under_8_points(self, ukraine):
        for name, fig in _real_charts(*ukraine).items():
            small = [(t.get_text(), t.get_fontsize()) for t, _ in _labels(fig) if t.get_fontsize() < plots.MIN_FONT]
            assert not small, name

    def test_no_two_labels_overlap(self, ukraine):
        charts = _real_charts(*ukraine)
        assert len(charts) == 7  # the set has a network worth drawing, so every chart is checked
        for name, fig in charts.items():
            assert len(_labels(fig)) > 5, name
            assert _overlaps(fig) == [], name

    def test_the_timeline_of_many_dates_keeps_every_label_apart(self, ukraine):
        ex, _ = ukraine
        dates = ex.timeline["date"].dropna().nunique()
        assert dates > 20
        fig = plots.plot_timeline(ex.timeline, top=dates)
        assert f"{dates} dates" in fig.alt_text
        assert len(fig.axes[0].get_yticklabels()) == dates and _overlaps(fig) == []

    def test_the_overlap_check_sees_overlaps(self):
        fig = Figure(figsize=(3, 2))
        ax = fig.add_subplot()
        ax.text(0.5, 0.5, "Vladimir Putin", fontsize=9)
        ax.text(0.52, 0.5, "Volodymyr Zelensky", fontsize=9)
        assert _overlaps(fig) == [("Vladimir Putin", "Volodymyr Zelensky")]


class TestRealCharts:
    def test_legends_name_kinds_in_words(self, ukraine):
        ex, cmp = ukraine
        for fig in (plots.plot_entity_mentions(ex.who()), plots.plot_network(cmp.network_nodes, cmp.network_edges)):
            legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
            kinds = [k for k in legend if not k.endswith("sentences")]
            assert kinds and set(kinds) <= set(plots.KIND_COLOURS), legend
            assert not set(legend) & set(plots.KINDS)  # no PERSON, GPE, FAC

    def test_speaker_rows_are_the_most_quoted_and_no_tie_is_cut(self, ukraine):
        _, cmp = ukraine
        fig = plots.plot_speaker_outlets(cmp.speakers, top=15, group_label=cmp.group_by)
        ax = fig.axes[0]
        shown = [t.get_text() for t in ax.get_yticklabels()]
        total = dict(zip(cmp.speakers["speaker"], cmp.speakers["total"]))
        counts = [total[s] for s in shown]
        assert 2 <= len(shown) <= 15 and counts == sorted(counts, reverse=True)
        left_out = [t for s, t in total.items() if s not in shown]
        assert left_out and max(left_out) < min(counts)  # chosen by count, not by name
        assert ax.get_xlabel() == f"{len(left_out)} more speakers quoted once each, not shown"
        assert f"({ax.get_xlabel()})" in fig.alt_text

    def test_speakers_of_one_outlet_are_bars_chosen_the_same_way(self, ukraine):
        _, cmp = ukraine
        one = cmp.speakers[["speaker", "total"]].assign(Outlet=cmp.speakers["total"])
        fig = plots.plot_speaker_outlets(one, top=3)
        rows, note = plots.top_speakers(one, top=3)
        ax = fig.axes[0]
        names = [label for _, label in sorted(zip(ax.get_yticks(), (t.get_text() for t in ax.get_yticklabels())),
                                              reverse=True)]  # top to bottom
        assert names == list(rows["speaker"]) and len(names) <= 3 and note in fig.axes[0].get_xlabel()

    def test_network_only_strong_links_between_top_names(self, ukraine):
        _, cmp = ukraine
        nodes, links = plots.strong_links(cmp.network_nodes, cmp.network_edges)
        top = set(cmp.network_nodes["name"][:8])
        assert 3 <= len(links) <= 10 and set(nodes["name"]) <= top
        edges = cmp.network_edges
        among = edges[edges["source"].isin(top) & edges["target"].isin(top)]
        kept = set(zip(links["source"], links["target"]))
        dropped = [w for a, b, w in zip(among["source"], among["target"], among["sentences"]) if (a, b) not in kept]
        assert links["sentences"].min() >= 3 and max(dropped) < links["sentences"].min()  # the strongest, no tie cut
        fig = plots.plot_network(cmp.network_nodes, cmp.network_edges)
        assert len(fig.axes[0].lines) == len(links)
        names = {t.get_text() for t in fig.axes[0].texts}
        assert names == set(nodes["name"])

    def test_network_of_weak_links_is_no_chart(self, nlp):
        from toolkit.analysis import compare
        from toolkit.extraction.tables import extract
        from toolkit.reading.sources import read_paths

        ex = extract(read_paths([ROOT / "seeds" / "hong-kong-protests"]), nlp=nlp)
        cmp = compare.compare(ex)
        assert len(cmp.network_edges) > 10  # pairs, but only two strong ones: Hong Kong with China, with Carrie Lam
        assert plots.strong_links(cmp.network_nodes, cmp.network_edges) is None
        assert plots.plot_network(cmp.network_nodes, cmp.network_edges) is None

    def test_real_charts_are_deterministic(self, ukraine):
        first = {name: _png(fig) for name, fig in _real_charts(*ukraine).items()}
        assert first == {name: _png(fig) for name, fig in _real_charts(*ukraine).items()}
