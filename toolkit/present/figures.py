"""Figures: a matplotlib chart as a PNG with alt text, displayed by Jupyter and embedded in the PDF.

Example (a notebook cell)::

    show_figure(plots.plot_timeline(ex.timeline))
"""

from __future__ import annotations

import base64
import io

from IPython.display import HTML

PNG_DPI = 144  # twice the CSS pixel density: sharp on screen and in print, still small


class Figure:
    """A chart as a PNG with alt text, displayed by Jupyter (``_repr_mimebundle_``)."""

    def __init__(self, png: bytes, alt: str, width: int):
        self.png, self.alt, self.width = png, alt, width

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt, "width": self.width}}


def show_figure(fig, alt: str | None = None, *, dpi: int = PNG_DPI) -> Figure:
    """A matplotlib figure as a PNG display with alt text (``fig.alt_text`` unless given).

    PNG rather than SVG: Agg's raster output is byte-stable for the same data and
    WeasyPrint embeds it as is, while SVG carries generated ids and dates.
    """
    from matplotlib.text import Text

    # Labels are article text: "$x$" must be drawn as typed, not as TeX math (an
    # unbalanced "$\frac{" would even make drawing fail). Tick numbers are not formatted
    # yet, so they keep matplotlib's own math.
    for label in fig.findobj(Text):
        if "$" in label.get_text():
            label.set_parse_math(False)
    buffer = io.BytesIO()
    # "Software" would write matplotlib's version into the file: left out so that an
    # upgrade that draws identically does not change the bytes.
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    text = alt or getattr(fig, "alt_text", None) or "Chart"
    return Figure(buffer.getvalue(), text, int(round(fig.get_figwidth() * 96)))


def show_terms_chart(comparison, *, top: int = 6):
    """The chart of the distinctive terms, or nothing when no term stands out (the table says why)."""
    from toolkit.present.outlet_charts import plot_distinctive_terms

    if comparison.terms is None or comparison.terms.empty:
        return HTML("")
    return show_figure(plot_distinctive_terms(comparison.terms, top=top, group_label=comparison.group_by))
